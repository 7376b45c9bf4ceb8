"""Search finds only what the lists show: a deleted investor's contacts, meetings, projects and
cases stay in place under its tombstone but leave every list, so search leaves them too, in
every tier of the ranking, and the delete's undo brings them back (SQLite; PostgreSQL as the
service runs it, and on an initialised server through its SECURITY DEFINER kotra_search)."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from pg_server import OwnedDatabase
from test_server_rules import World, world  # noqa: F401 - fixture

from kotra_invest.domain.aftercare_models import CaseCategory
from kotra_invest.services import aftercare, records
from kotra_invest.services.investors import INVESTOR
from kotra_invest.services.search import search
from kotra_invest.services.server import init_server
from kotra_invest.services.unit_of_work import Context
from kotra_invest.store import migrate, search_index
from kotra_invest.store.engine import open_database

# A query for each way a hit is found: the exact name, a prefix, a name holding the term, the
# text anywhere (three characters and more: trigrams; two: the pairs), and the confidential
# project's code name.
QUERIES = ("Ada Lovelace", "Ada", "Lovelace", "acme.example", "Plant", "pl", "Falcon", "Customs")


def _found(ctx: Context) -> set[tuple[str, str]]:
    return {(h.kind, h.label) for q in QUERIES for h in search(ctx, q) if h.kind != "investor"}


def test_a_deleted_investors_people_meetings_projects_and_cases_leave_search_until_undone(world: World) -> None:  # noqa: F811
    kim = world.as_("kim")
    acme: uuid.UUID = world.ids["acme"]
    records.create(
        kim, aftercare.CASE, aftercare.CaseDraft(acme, "Customs ruling on cathodes", CaseCategory.CUSTOMS, date.today())
    )
    before = _found(kim)
    assert {kind for kind, _label in before} == {"contact", "interaction", "project", "case"}, before

    records.delete(kim, INVESTOR, acme)
    assert _found(kim) == set()
    assert _found(world.as_("boss")) == set()  # an admin, whom no rule hides anything from

    records.restore(kim, INVESTOR, acme)
    assert _found(kim) == before


def test_without_the_servers_rules_the_service_hides_them_the_same_way(ctx: Context) -> None:
    """SQLite and a server before `server init`: the statement the service runs itself."""
    from people import team

    from kotra_invest.services.contacts import CONTACT, ContactDraft
    from kotra_invest.services.investors import InvestorDraft, create_investor

    team(ctx)
    gone = create_investor(ctx, InvestorDraft(name="Gone Batteries"))
    kept = create_investor(ctx, InvestorDraft(name="Kept Batteries"))
    lost = records.create(ctx, CONTACT, ContactDraft(full_name="Mina Seo", investor_id=gone))
    stays = records.create(ctx, CONTACT, ContactDraft(full_name="Mina Seong", investor_id=kept))
    records.delete(ctx, INVESTOR, gone)
    for query in ("Mina", "Seo", "in"):
        assert [h.id for h in search(ctx, query, kinds=("contact",))] == [stays], query
    records.restore(ctx, INVESTOR, gone)
    assert {h.id for h in search(ctx, "Mina", kinds=("contact",))} == {lost, stays}


@pytest.mark.postgres
def test_the_upgrade_gives_an_initialised_servers_search_functions_the_check(
    owned_pg: OwnedDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Migration 0022: the server's kotra_search functions, made by an earlier `server init`,
    leave out a deleted investor's records from the upgrade on, not from the next `server init`."""
    owned_pg.migrate()
    db = open_database(owned_pg.url)
    try:
        migrate.downgrade(db, "0021_search_bigrams_linear")
        with monkeypatch.context() as before:  # the functions as 0021's `server init` made them
            before.setattr(search_index, "live_parent", lambda kind: "")
            init_server(db)

        def bodies() -> list[str]:
            with db.engine.connect() as conn:
                sql = "SELECT prosrc FROM pg_proc WHERE proname IN ('kotra_search', 'kotra_search_contact')"
                return [row[0] for row in conn.exec_driver_sql(sql)]

        assert [search_index.LIVE_PARENT in body for body in bodies()] == [False, False]
        migrate.upgrade(db)
        assert [search_index.LIVE_PARENT in body for body in bodies()] == [True, True]
    finally:
        db.dispose()
