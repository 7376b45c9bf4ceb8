"""The shared server goes away in the middle of the working day."""

from __future__ import annotations

import pytest
from pg_server import PgServer

from kotra_invest.domain.errors import StorageError
from kotra_invest.services.database import connect, upgrade
from kotra_invest.services.investors import InvestorDraft, create_investor, get_investor_row, update_investor
from kotra_invest.services.unit_of_work import Context


@pytest.mark.postgres
def test_a_save_while_the_server_is_down_fails_clearly_and_succeeds_after_restart(private_server: PgServer) -> None:
    url = private_server.create_owned_database().url  # as an owner, not the superuser
    upgrade(url)
    db = connect(url)
    ctx = Context(db, "kim.minji", source="desktop")
    investor = create_investor(ctx, InvestorDraft(name="Fjordheim Grid ASA", website="https://old.example"))
    edit = InvestorDraft(name="Fjordheim Grid ASA", website="https://new.example")

    private_server.pause()
    with pytest.raises(StorageError) as caught:
        update_investor(ctx, investor, 1, edit)
    assert caught.value.code == "database_unreachable"
    assert "Cannot connect" in caught.value.message("en")

    private_server.resume()
    before = get_investor_row(ctx, investor)
    assert (before.website, before.version) == ("https://old.example", 1)  # nothing half-written
    assert update_investor(ctx, investor, 1, edit) == 2  # the same edit saves once the server is back
    assert get_investor_row(ctx, investor).website == "https://new.example"
    db.dispose()
