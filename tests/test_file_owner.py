"""The person at the keyboard owns an embedded file: with demo data in it they can still edit everything."""

from __future__ import annotations

import pytest

from kotra_invest.demo import generate_demo
from kotra_invest.domain.enums import Role
from kotra_invest.domain.errors import DomainError
from kotra_invest.services import access, investors
from kotra_invest.services.investors import get_investor
from kotra_invest.services.officers import ensure_file_owner, ensure_officer
from kotra_invest.services.unit_of_work import Context


def test_the_file_owner_may_edit_the_demo_officers_records(sqlite_url: str) -> None:
    from kotra_invest.services.database import connect

    db = connect(sqlite_url)
    generate_demo(Context(db, "demo", "demo"))
    me = Context(db, "someone", "desktop", "en")
    ensure_officer(me)  # registered as a plain officer (as earlier versions did) …
    row = investors.list_investors(me, limit=1).rows[0]
    draft, version = get_investor(me, row.id)
    with pytest.raises(DomainError):
        investors.update_investor(me, row.id, version, draft)  # … could not edit another team's investor

    ensure_file_owner(me)
    assert access.current(me).role is Role.ADMIN
    assert investors.update_investor(me, row.id, version, draft) == version + 1
    db.dispose()


@pytest.mark.postgres
def test_a_server_has_no_file_owner(pg_url: str) -> None:
    from kotra_invest.services.database import connect, upgrade

    upgrade(pg_url)
    db = connect(pg_url)
    with pytest.raises(DomainError):
        ensure_file_owner(Context(db, "someone"))
    db.dispose()
