"""One statement of the rules (domain/rules.py), two enforcers: the same cases on the embedded
file (the service layer) and on a shared PostgreSQL server where every officer connects as
their own login, after `server init` (the service layer and the server's row-level security).

On PostgreSQL each refused case is tried again in plain SQL on the same login, as someone with
psql would: the server refuses it by itself.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from pg_server import OwnedDatabase
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from kotra_invest.domain.enums import FdiKind, InteractionKind, ItineraryKind, Role
from kotra_invest.domain.errors import DomainError, NotFound
from kotra_invest.services import history, officers, records
from kotra_invest.services.contacts import CONTACT, ContactDraft
from kotra_invest.services.database import connect
from kotra_invest.services.delegations import (
    DelegationDraft,
    ItineraryDraft,
    add_itinerary_item,
    add_target,
    create_delegation,
    set_leader,
)
from kotra_invest.services.interactions import (
    INTERACTION,
    InteractionDraft,
    create_interaction,
    get_interaction,
)
from kotra_invest.services.investors import InvestorDraft, create_investor, update_investor
from kotra_invest.services.projects import (
    PROJECT,
    FdiAmountDraft,
    ProjectDraft,
    add_fdi_amount,
    create_project,
    move_project,
)
from kotra_invest.services.server import init_server
from kotra_invest.services.tasks import TaskDraft, complete_task, create_task
from kotra_invest.services.unit_of_work import Context
from kotra_invest.store.engine import Database

# login -> (role, office): two offices, a leader of the second, an admin and a viewer.
PEOPLE = {
    "kim": (Role.OFFICER, "HQ"),
    "mate": (Role.OFFICER, "HQ"),
    "park": (Role.OFFICER, "RHQ-BS"),
    "lead": (Role.LEADER, "RHQ-BS"),
    "boss": (Role.ADMIN, "HQ"),
    "reader": (Role.VIEWER, "HQ"),
}
SECRET_TITLE = "Gumi gigafactory"


@dataclass
class World:
    engine: str
    dbs: dict[str, Database] = field(default_factory=dict)
    ids: dict[str, uuid.UUID] = field(default_factory=dict)
    urls: dict[str, str] = field(default_factory=dict)

    def as_(self, login: str) -> Context:
        return Context(db=self.dbs[login], actor=login, source="test")


def _seed(setup: Context) -> dict[str, uuid.UUID]:
    """Kim's (HQ) investor, contact, projects (one confidential), tranche, meetings and task;
    Park's (Busan) investor; a delegation led by Lead (Busan) that means to meet Kim's investor."""
    for login, (role, office) in PEOPLE.items():
        officers.create_officer(setup, login, login.title(), role, office_code=office)
    ids: dict[str, uuid.UUID] = {}
    ids["acme"] = create_investor(setup, InvestorDraft(name="Acme Robotics", owner_login="kim"))
    ids["globex"] = create_investor(setup, InvestorDraft(name="Globex Batteries", owner_login="park"))
    ids["contact"] = records.create(setup, CONTACT, ContactDraft("Ada Lovelace", ids["acme"], email="ada@acme.example"))
    ids["plant"] = create_project(setup, ProjectDraft(ids["acme"], "Daejeon plant", owner_login="kim"))
    ids["secret"] = create_project(
        setup, ProjectDraft(ids["acme"], SECRET_TITLE, confidential=True, code_name="Falcon", owner_login="kim")
    )
    ids["tranche"] = add_fdi_amount(
        setup, ids["secret"], FdiAmountDraft(FdiKind.NOTIFIED, "900000000", date(2026, 4, 1))
    )
    when = datetime(2026, 4, 2, tzinfo=UTC)
    ids["meeting"] = create_interaction(
        setup, InteractionDraft(InteractionKind.MEETING, when, "Plant tour", ids["acme"], officer_login="kim")
    )
    ids["secret_meeting"] = create_interaction(
        setup,
        InteractionDraft(
            InteractionKind.MEETING,
            when,
            "Falcon site shortlist",
            ids["acme"],
            project_id=ids["secret"],
            officer_login="kim",
        ),
    )
    ids["task"] = create_task(setup, TaskDraft("Send the brochure", investor_id=ids["acme"], assignee_login="kim"))
    ids["trip"] = create_delegation(setup, DelegationDraft("부산 투자유치단", 2026, ("KR-26",)))
    set_leader(setup, ids["trip"], "lead")
    add_target(setup, ids["trip"], ids["acme"])
    return ids


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def world(request: pytest.FixtureRequest, sqlite_url: str) -> Iterator[World]:
    yield from _world(request, request.param, sqlite_url)


@pytest.fixture
def pg_world(request: pytest.FixtureRequest, sqlite_url: str) -> Iterator[World]:
    yield from _world(request, "postgresql", sqlite_url)


def _world(request: pytest.FixtureRequest, engine: str, sqlite_url: str) -> Iterator[World]:
    w = World(engine)
    migrated = request.getfixturevalue("migrated")
    if engine == "sqlite":
        migrated(sqlite_url)
        db = connect(sqlite_url)
        w.ids = _seed(Context(db=db, actor="setup", source="test"))
        w.dbs = {login: db for login in PEOPLE}
        yield w
        db.dispose()
        return
    owned: OwnedDatabase = request.getfixturevalue("owned_pg")
    migrated(owned.url)  # as the owner's `kotra-invest db upgrade` leaves it
    owner_db = connect(owned.url)
    init_server(owner_db)  # like `kotra-invest server init`
    w.ids = _seed(Context(db=owner_db, actor="setup", source="test"))
    owner_db.dispose()
    w.urls = {login: owned.url_for(login) for login in PEOPLE}
    w.dbs = {login: connect(url) for login, url in w.urls.items()}
    yield w
    for db in w.dbs.values():
        db.dispose()


# --- the cases: (name, what the officer does) -> who may, who is refused, for whom it is absent


def _edit_investor(w: World, who: str) -> None:
    update_investor(
        w.as_(who),
        w.ids["acme"],
        _version(w, "investor", w.ids["acme"]),
        InvestorDraft(name="Acme Robotics", notes=f"by {who}", owner_login="kim"),
    )


def _edit_contact_email(w: World, who: str) -> None:
    draft, version = records.get(w.as_(who), CONTACT, w.ids["contact"])
    records.update(
        w.as_(who),
        CONTACT,
        w.ids["contact"],
        version,
        ContactDraft(draft.full_name, draft.investor_id, email=f"{who}@x.example"),
    )


def _edit_capex(w: World, who: str) -> None:
    draft, version = records.get(w.as_(who), PROJECT, w.ids["plant"])
    fields = {**draft.__dict__, "capex_amount": Decimal("5.00"), "probability": 90}
    records.update(w.as_(who), PROJECT, w.ids["plant"], version, ProjectDraft(**fields))


def _move_to_lost(w: World, who: str) -> None:
    move_project(w.as_(who), w.ids["plant"], "LOST", lost_reason="went to Vietnam")


def _add_tranche(w: World, who: str) -> None:
    add_fdi_amount(w.as_(who), w.ids["plant"], FdiAmountDraft(FdiKind.ARRIVED, "1000", date(2026, 5, 1)))


def _delete_meeting(w: World, who: str) -> None:
    records.delete(w.as_(who), INTERACTION, w.ids["meeting"])


def _complete_task(w: World, who: str) -> None:
    complete_task(w.as_(who), w.ids["task"])


def _add_itinerary(w: World, who: str) -> None:
    add_itinerary_item(
        w.as_(who),
        w.ids["trip"],
        ItineraryDraft(ItineraryKind.MEETING, "Acme HQ", datetime(2026, 6, 1, 10), "Asia/Seoul"),
    )


def _secret_tranche_history(w: World, who: str) -> None:
    history.record_history(w.as_(who), "fdi_amount", w.ids["tranche"])


def _secret_meeting(w: World, who: str) -> None:
    get_interaction(w.as_(who), w.ids["secret_meeting"])


def _promote_self(w: World, who: str) -> None:
    officers.set_role(w.as_(who), who, Role.ADMIN)


def _version(w: World, entity: str, record_id: uuid.UUID) -> int:
    return history.current_version(w.as_("boss"), entity, record_id)


CASES: dict[str, tuple[Callable[[World, str], None], dict[str, str]]] = {
    # ok: done; refused: a sentence saying whose record it is (or read-only / admins only);
    # missing: the record does not exist for them.
    "edit investor": (
        _edit_investor,
        {"kim": "ok", "mate": "ok", "lead": "ok", "park": "refused", "reader": "refused"},
    ),
    "contact e-mail": (_edit_contact_email, {"mate": "ok", "lead": "ok", "park": "refused", "reader": "refused"}),
    "project capex": (_edit_capex, {"mate": "ok", "park": "refused", "reader": "refused"}),
    "move to lost": (_move_to_lost, {"kim": "ok", "park": "refused"}),
    "add a tranche": (_add_tranche, {"mate": "ok", "park": "refused"}),
    "delete a meeting": (_delete_meeting, {"park": "refused", "kim": "ok"}),
    "complete a task": (_complete_task, {"park": "refused", "mate": "ok"}),
    "delegation itinerary": (_add_itinerary, {"kim": "refused", "park": "ok", "lead": "ok"}),
    "history of a secret tranche": (
        _secret_tranche_history,
        {"park": "missing", "lead": "missing", "mate": "ok", "boss": "ok"},
    ),
    "meeting about a secret": (_secret_meeting, {"park": "missing", "kim": "ok"}),
    "promote oneself": (_promote_self, {"kim": "refused", "lead": "refused"}),
}

_PARAMS = [(case, who, outcome) for case, (_, by) in CASES.items() for who, outcome in by.items()]


def _outcome(action: Callable[[], None]) -> tuple[str, str]:
    try:
        action()
    except NotFound:
        return "missing", ""
    except DomainError as exc:
        assert exc.code in ("not_permitted", "read_only", "admin_only"), exc.message("en")
        return "refused", exc.message("en")
    return "ok", ""


@pytest.mark.parametrize(("case", "who", "expected"), _PARAMS, ids=[f"{c}-{w}" for c, w, _ in _PARAMS])
def test_the_rules_hold_on_both_engines(world: World, case: str, who: str, expected: str) -> None:
    action, _ = CASES[case]
    outcome, message = _outcome(lambda: action(world, who))
    assert outcome == expected
    if outcome == "refused" and "may not change" in message:
        assert "(it belongs to " in message  # whose it is, so the officer knows whom to ask


def test_the_refusal_names_the_owner_in_both_languages(world: World) -> None:
    with pytest.raises(DomainError) as refused:
        _edit_contact_email(world, "park")
    assert (
        refused.value.message("en")
        == "You may not change this contact record (it belongs to Kim, KOTRA Headquarters (Invest KOREA))."
    )
    assert (
        refused.value.message("ko")
        == "이 연락처 기록을 변경할 수 없습니다 (Kim, KOTRA 본사 (인베스트코리아) 담당 기록입니다)."
    )


def test_the_desk_refuses_a_new_record_for_what_it_would_add(world: World) -> None:
    """Park adds a contact to Kim's investor at the desk: refused as an addition (what it would be
    added to, and whose that is), as the importer says it, not as a change of a record Park never had."""
    with pytest.raises(DomainError) as refused:
        records.create(world.as_("park"), CONTACT, ContactDraft("Grace Hopper", world.ids["acme"]))
    assert refused.value.code == "not_permitted"  # the code callers test is the same
    assert refused.value.message("en") == (
        "You may not add contact records to this investor: it belongs to Kim, KOTRA Headquarters (Invest KOREA)."
    )
    assert refused.value.message("ko") == (
        "이 투자가에는 연락처 기록을 추가할 수 없습니다 (Kim, KOTRA 본사 (인베스트코리아) 담당 투자가입니다)."
    )


# --- the same attacks in plain SQL, on the officer's own login (PostgreSQL only) -----------


def _sql(world: World, login: str, statement: str, **params: Any) -> int | list[Any]:
    """Run one statement as `login`; the rows of a SELECT, the row count of a change."""
    engine = create_engine(world.urls[login], poolclass=NullPool)
    try:
        with engine.begin() as conn:
            result = conn.execute(text(statement), params)
            return list(result) if result.returns_rows else result.rowcount
    finally:
        engine.dispose()


@pytest.mark.postgres
@pytest.mark.parametrize(
    ("who", "statement", "outcome"),
    [
        ("park", "SELECT title, capex_amount FROM project WHERE confidential", []),
        ("park", f"SELECT title FROM project WHERE title = '{SECRET_TITLE}'", []),
        ("park", "SELECT amount FROM fdi_amount", []),
        ("park", "SELECT summary FROM interaction WHERE summary LIKE 'Falcon%'", []),
        ("park", "SELECT label FROM search_interaction_doc WHERE body LIKE '%Falcon%'", []),
        ("park", "SELECT old_value, new_value FROM audit_log WHERE entity = 'fdi_amount'", []),
        ("park", "UPDATE project SET capex_amount = 1 WHERE title = 'Daejeon plant'", 0),
        ("park", "UPDATE contact SET email = 'evil@x.example'", 0),
        ("park", "UPDATE interaction SET summary = 'gone'", 0),
        ("park", "UPDATE officer SET role = 'admin' WHERE login = 'park'", "denied"),
        ("kim", "UPDATE officer SET role = 'admin' WHERE login = 'kim'", "denied"),
        ("kim", "DELETE FROM interaction", "denied"),
        ("kim", "DELETE FROM investor", "denied"),
        ("kim", "UPDATE audit_log SET old_value = '[erased]'", "denied"),
        ("kim", "UPDATE alembic_version SET version_num = 'x'", "denied"),
        (
            "kim",
            "INSERT INTO audit_log (id, at, actor, source, change_set, entity, record_id, action) VALUES "
            "(gen_random_uuid(), now(), 'boss', 'psql', gen_random_uuid(), 'investor', gen_random_uuid(), 'update')",
            "denied",
        ),
        ("reader", "UPDATE investor SET notes = 'x'", "denied"),  # viewers have no write grant at all
        # The search functions (SECURITY DEFINER, so the indexes work under RLS) hide what the rules hide.
        ("park", "SELECT label FROM kotra_search_project('Falcon', ARRAY['Falcon'], ARRAY['%Falcon%'], 50)", []),
        ("park", "SELECT label FROM kotra_search_interaction('Falcon', ARRAY['Falcon'], ARRAY['%Falcon%'], 50)", []),
        (
            "kim",
            "SELECT DISTINCT label FROM kotra_search_project('Falcon', ARRAY['Falcon'], ARRAY['%Falcon%'], 50)",
            [("Falcon",)],
        ),
        (
            "mate",
            "SELECT DISTINCT label FROM kotra_search_interaction('Falcon', ARRAY['Falcon'], ARRAY['%Falcon%'], 50)",
            [("Falcon site shortlist",)],
        ),  # same office as its owner
        ("kim", f"SELECT title FROM project WHERE title = '{SECRET_TITLE}'", [(SECRET_TITLE,)]),  # the owner sees it
        ("mate", "UPDATE project SET probability = 50 WHERE title = 'Daejeon plant'", 1),  # same office
    ],
)
def test_plain_sql_on_an_officers_own_login_meets_the_same_rules(
    pg_world: World, who: str, statement: str, outcome: Any
) -> None:
    try:
        result: Any = _sql(pg_world, who, statement)
    except DBAPIError as exc:
        assert "permission denied" in str(exc.orig) or "row-level security" in str(exc.orig), str(exc.orig)
        result = "denied"
    if isinstance(result, list):
        result = [tuple(r) for r in result]
    assert result == outcome


@pytest.mark.postgres
def test_the_search_box_on_an_officers_own_login_finds_what_the_rules_let_them_see(pg_world: World) -> None:
    """On the server the search of projects and meetings runs through kotra_search_<kind> (row-level
    security would turn every index lookup into a scan): the same hits as the rules allow."""
    from kotra_invest.services.search import search

    def found(login: str, query: str) -> list[tuple[str, str]]:
        return sorted((h.kind, h.label) for h in search(pg_world.as_(login), query))

    assert found("park", "Falcon") == []  # another office's confidential project and its meeting
    assert found("mate", "Falcon") == [("interaction", "Falcon site shortlist"), ("project", "Falcon")]
    assert found("park", "Plant") == [("interaction", "Plant tour"), ("project", "Daejeon plant")]
    assert found("park", "pl") == found("mate", "pl")  # two characters: the bigram index, nothing hidden


def _note_on_the_confidential_project(pg_world: World, note: str) -> None:
    """Kim (on the project's team) writes `note` on the confidential project's meeting."""
    updated = _sql(
        pg_world, "kim", "UPDATE interaction SET summary = :s WHERE id = :i", s=note, i=pg_world.ids["secret_meeting"]
    )
    assert updated == 1


@pytest.mark.postgres
def test_a_two_character_search_on_an_officers_login_finds_what_the_like_scan_finds(pg_world: World) -> None:
    """Through kotra_search (one call, every kind, a plan kept per connection): the newest
    page of meetings holding 유치 is the LIKE scan's, also when the newest 1,000 documents hold
    none of them and the search falls back from its walk by recency to the whole index; with a
    page large enough, every hit of the scan and no hidden one."""
    from kotra_invest.domain.models import Interaction
    from kotra_invest.services.search import search
    from kotra_invest.services.unit_of_work import unit_of_work

    when = datetime(2026, 5, 1, tzinfo=UTC)
    with unit_of_work(pg_world.as_("kim")) as session:
        session.add_all(
            Interaction(
                investor_id=pg_world.ids["acme"],
                kind=InteractionKind.MEETING,
                occurred_at=when,
                summary=f"{'대전 투자유치 협의' if i < 250 else '현장 방문'} {i}",
            )
            for i in range(1300)
        )
        session.commit()
    hidden_note = "Falcon 부지 유치 검토"  # on the confidential project: hidden from Park
    _note_on_the_confidential_project(pg_world, hidden_note)

    for login in ("park", "kim"):
        scan = [
            uuid.UUID(str(ref))
            for (ref,) in _sql(
                pg_world, login, "SELECT ref FROM search_interaction_doc WHERE body ILIKE '%유치%' ORDER BY id DESC"
            )
        ]
        assert len(scan) == (250 if login == "park" else 251), login  # the rules hide the Falcon note from Park
        page = [h.id for h in search(pg_world.as_(login), "유치", kinds=("interaction",), limit=60)]
        assert page == scan[:60], login
        everything = {h.id for h in search(pg_world.as_(login), "유치", kinds=("interaction",), limit=100_000)}
        assert everything == set(scan), login


@pytest.mark.postgres
def test_a_rare_word_of_common_pairs_on_an_officers_login_finds_what_the_like_scan_finds(
    pg_world: World, owned_pg: OwnedDatabase
) -> None:
    """무역지원 and "tradewind" are rare, their character pairs common (무역, 역지, 지원 in 1,250
    notes that never hold the word): the newest page is the LIKE scan's, with the newest 1,000
    documents holding none of them (the search falls back from its walk by recency to the whole
    index). 지사화 is in one of twenty of the newest notes (too few for a page in the newest
    1,000, enough in the wider window) and in 40 old ones: the page from the wider window, and a
    page of 200 (the wider window too falls short) from the whole index. The note on the
    confidential project stays hidden from Park; with a page large enough, every hit of the scan
    and no hidden one."""
    from kotra_invest.domain.models import Interaction
    from kotra_invest.services.search import search
    from kotra_invest.services.unit_of_work import unit_of_work

    when = datetime(2026, 5, 1, tzinfo=UTC)
    with unit_of_work(pg_world.as_("kim")) as session:
        # The words first (older), the notes of their pairs after them (the newest).
        notes = [f"KOTRA 무역지원센터 상담, tradewind fund{' 지사화' if i < 40 else ''} {i}" for i in range(80)]
        notes += [f"무역 지원 역지사지, trade wind dew{' 지사화 사업' if i % 20 == 0 else ''} {i}" for i in range(1250)]
        session.add_all(
            Interaction(investor_id=pg_world.ids["acme"], kind=InteractionKind.MEETING, occurred_at=when, summary=note)
            for note in notes
        )
        session.commit()
    # The wider window is read only where walking it costs less than the lookup: in a kind of
    # many documents, as the planner counts them (set as a superuser: 300,000 meetings; no
    # autovacuum to count them again during the test).
    admin = create_engine(owned_pg.server.admin_url.set(database=make_url(owned_pg.url).database), poolclass=NullPool)
    with admin.begin() as conn:
        conn.execute(text("ALTER TABLE search_interaction_doc SET (autovacuum_enabled = false)"))
        conn.execute(text("UPDATE pg_class SET reltuples = 300000 WHERE oid = 'search_interaction_doc'::regclass"))
    admin.dispose()
    hidden_note = "Falcon 무역지원 tradewind 지사화 검토"  # on the confidential project: hidden from Park
    _note_on_the_confidential_project(pg_world, hidden_note)

    found_by_park = {"무역지원": 80, "tradewind": 80, "TradeWind": 80, "지사화": 40 + 63}
    for word, count in found_by_park.items():
        for login in ("park", "kim"):
            scan = [
                uuid.UUID(str(ref))
                for (ref,) in _sql(
                    pg_world,
                    login,
                    "SELECT ref FROM search_interaction_doc WHERE body ILIKE :p ORDER BY id DESC",
                    p=f"%{word}%",
                )
            ]
            assert len(scan) == (count if login == "park" else count + 1), (word, login)
            for limit in (60, 200):
                page = [h.id for h in search(pg_world.as_(login), word, kinds=("interaction",), limit=limit)]
                assert page == scan[:limit], (word, login, limit)
            everything = {h.id for h in search(pg_world.as_(login), word, kinds=("interaction",), limit=100_000)}
            assert everything == set(scan), (word, login)


def test_every_record_kind_has_a_stated_rule() -> None:
    """A table added without a rule would be admins' only on both engines (fail closed); this
    says so when it happens, so the rule is stated on purpose."""
    from kotra_invest.domain.base import Base, Synced
    from kotra_invest.domain.rules import RULES

    synced = {m.class_.__tablename__ for m in Base.registry.mappers if issubclass(m.class_, Synced)}
    # A link table's key is two foreign keys (a document's chunk is keyed by its blob and a number).
    links = {
        t.name
        for t in Base.metadata.tables.values()
        if len(t.primary_key.columns) == 2 and all(c.foreign_keys for c in t.primary_key.columns)
    }
    assert synced - RULES.keys() == set()
    assert links - RULES.keys() == set()
    assert all(RULES[t].links for t in links)
