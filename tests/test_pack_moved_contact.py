"""A person who moved to another investor, in the mission packs of both companies: the old company's
meetings with them travel with it and name them; bringing the pack home leaves them where they are."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from document_files import pdf
from mission_data import DRAFT, Mission, build_home, get, open_pack_ctx
from sqlalchemy import func, select

from kotra_invest.briefing.assemble import delegation_pack
from kotra_invest.domain.enums import InteractionKind
from kotra_invest.domain.models import Contact, Interaction, Investor, Task
from kotra_invest.services import contacts, documents, interactions, records
from kotra_invest.services.delegations import add_target, create_delegation
from kotra_invest.services.investors import investor_page
from kotra_invest.services.unit_of_work import Context, unit_of_work
from kotra_invest.sync.merge import apply_merge, plan_merge
from kotra_invest.sync.pack import export_pack


@dataclass(frozen=True)
class Moved:
    home: Mission
    nimbus: uuid.UUID  # where Ada works now: not part of the trip to Acme
    nina: uuid.UUID  # Nimbus's own person
    nimbus_meeting: uuid.UUID  # Nimbus's own meeting
    follow_up: uuid.UUID  # the task that came of Acme's meeting with Ada


def _move(ctx: Context, contact_id: uuid.UUID, investor_id: uuid.UUID) -> None:
    """As the desktop's contact editor and `contacts edit --investor` move a person."""
    person, version = records.get(ctx, contacts.CONTACT, contact_id)
    records.update(ctx, contacts.CONTACT, contact_id, version, replace(person, investor_id=investor_id))


def _nimbus(ctx: Context, home: Mission) -> Moved:
    """Ada Lovelace met us for Acme ("Intro call"), then joined Nimbus Motors, which has people and
    meetings of its own."""
    with unit_of_work(ctx) as s:
        nimbus = Investor(name="Nimbus Motors")
        s.add(nimbus)
        s.flush()
        nina = Contact(investor_id=nimbus.id, full_name="Nina Park")
        s.add(nina)
        s.flush()
        met = Interaction(
            investor_id=nimbus.id,
            contact_id=nina.id,
            kind=InteractionKind.CALL,
            occurred_at=datetime(2026, 3, 1, 9, tzinfo=UTC),
            summary="Nimbus battery call",
        )
        follow_up = Task(title="Send Acme the site list", investor_id=home.acme, interaction_id=home.interaction)
        s.add_all([met, follow_up])
        s.commit()
        return Moved(home, nimbus.id, nina.id, met.id, follow_up.id)


@pytest.fixture
def moved(ctx: Context) -> Moved:
    home = build_home(ctx)
    world = _nimbus(ctx, home)
    _move(ctx, home.contact, world.nimbus)
    return world


def _timeline(ctx: Context, investor_id: uuid.UUID) -> list[tuple[str, str | None]]:
    return [(row.summary, row.contact) for row in interactions.timeline(ctx, investor_id).rows]


def _count(ctx: Context, model: type, **where: object) -> int:
    with unit_of_work(ctx) as s:
        query = select(func.count()).select_from(model)
        for key, value in where.items():
            query = query.where(getattr(model, key) == value)
        return int(s.scalar(query) or 0)


def test_a_pack_for_the_old_company_carries_its_meetings_with_someone_who_has_moved_on(
    ctx: Context, moved: Moved, tmp_path: Path
) -> None:
    """The trip meets Acme. Abroad, Acme's timeline used to lack the meeting with Ada (and the task
    that came of it): she is Nimbus's now, and only Acme's own people travelled. The meeting travels
    with Acme, naming her, and says where she is now; Nimbus itself travels as its own row only."""
    home = moved.home
    path = tmp_path / "trip.kipack"
    export_pack(ctx, home.delegation, path)
    abroad = open_pack_ctx(path)
    try:
        assert _timeline(abroad, home.acme) == _timeline(ctx, home.acme) == [("Intro call", "Ada Lovelace")]
        assert get(abroad, Task, moved.follow_up).interaction_id == home.interaction
        person = contacts.attendee(abroad, home.contact)
        assert (person.name, person.investor, person.deleted) == ("Ada Lovelace", "Nimbus Motors", False)
        assert [c.full_name for c in investor_page(abroad, home.acme).contacts] == []  # not Acme's any more
        # Nimbus is context for the name, not part of the trip: none of its own people or meetings.
        assert [c.full_name for c in investor_page(abroad, moved.nimbus).contacts] == ["Ada Lovelace"]
        assert _count(abroad, Contact, id=moved.nina) == 0
        assert _count(abroad, Interaction, id=moved.nimbus_meeting) == 0
    finally:
        abroad.db.dispose()


def test_the_pack_brought_home_leaves_the_person_where_they_are_and_once(
    ctx: Context, moved: Moved, tmp_path: Path
) -> None:
    """Untouched, the pack brings nothing. Abroad the officer notes the meeting's outcome and Ada's new
    phone: both come home, and Ada stays at Nimbus, one person, still on Acme's meeting."""
    home = moved.home
    path = tmp_path / "trip.kipack"
    export_pack(ctx, home.delegation, path)
    assert plan_merge(ctx, path).is_empty

    abroad = open_pack_ctx(path)
    try:
        draft, version = interactions.get_interaction(abroad, home.interaction)
        interactions.update_interaction(abroad, home.interaction, version, replace(draft, outcome="Sends the specs"))
        person, version = records.get(abroad, contacts.CONTACT, home.contact)
        records.update(abroad, contacts.CONTACT, home.contact, version, replace(person, phone="+1 408 555 0100"))
    finally:
        abroad.db.dispose()

    plan = plan_merge(ctx, path)
    assert not plan.conflicts and not plan.refused and not plan.twins and not plan.inserts
    apply_merge(ctx, plan)
    ada = get(ctx, Contact, home.contact)
    assert (ada.investor_id, ada.phone) == (moved.nimbus, "+1 408 555 0100")
    assert _count(ctx, Contact, full_name="Ada Lovelace") == 1
    meeting = get(ctx, Interaction, home.interaction)
    assert (meeting.investor_id, meeting.contact_id, meeting.outcome) == (home.acme, home.contact, "Sends the specs")
    assert get(ctx, Investor, moved.nimbus).version == 1  # its context row came back unchanged


def test_a_person_moved_at_home_during_the_trip_is_not_moved_back_by_the_pack(ctx: Context, tmp_path: Path) -> None:
    """The pack was cut while Ada was still Acme's; she moved at home during the trip, and the officer
    abroad, who still has her at Acme, notes her phone. The phone comes home; she stays at Nimbus."""
    home = build_home(ctx)
    world = _nimbus(ctx, home)
    path = tmp_path / "trip.kipack"
    export_pack(ctx, home.delegation, path)
    _move(ctx, home.contact, world.nimbus)
    abroad = open_pack_ctx(path)
    try:
        person, version = records.get(abroad, contacts.CONTACT, home.contact)
        assert person.investor_id == home.acme
        records.update(abroad, contacts.CONTACT, home.contact, version, replace(person, phone="+1 408 555 0100"))
    finally:
        abroad.db.dispose()
    plan = plan_merge(ctx, path)
    assert not plan.conflicts and not plan.inserts
    apply_merge(ctx, plan)
    ada = get(ctx, Contact, home.contact)
    assert (ada.investor_id, ada.phone) == (world.nimbus, "+1 408 555 0100")
    assert _count(ctx, Contact, full_name="Ada Lovelace") == 1


def test_a_pack_for_the_new_company_carries_the_person_and_the_card_filed_on_them_before(
    ctx: Context, tmp_path: Path
) -> None:
    """Ada's business card was filed on her while she was Acme's (the document names Acme). A trip
    to Nimbus, where she is now, carries her and her card; Acme's own meetings with her stay with
    Acme (as at home, where Nimbus's window does not list them either)."""
    home = build_home(ctx)
    world = _nimbus(ctx, home)
    documents.add_documents(ctx, "contact", home.contact, [pdf(tmp_path / "Ada card.pdf", "Ada Lovelace, CFO")])
    _move(ctx, home.contact, world.nimbus)
    trip = create_delegation(
        ctx,
        replace(
            DRAFT, title="Nimbus trip", title_en="Nimbus trip", starts_on=date(2026, 5, 4), ends_on=date(2026, 5, 8)
        ),
    )
    add_target(ctx, trip, world.nimbus)

    path = tmp_path / "nimbus.kipack"
    export_pack(ctx, trip, path)
    abroad = open_pack_ctx(path)
    try:
        names = [c.full_name for c in investor_page(abroad, world.nimbus).contacts]
        assert names == ["Ada Lovelace", "Nina Park"]
        assert [d.name for d in documents.list_documents(abroad, "contact", home.contact)] == ["Ada card.pdf"]
        assert _timeline(abroad, world.nimbus) == [("Nimbus battery call", "Nina Park")]
    finally:
        abroad.db.dispose()
    assert plan_merge(ctx, path).is_empty


@pytest.mark.parametrize(
    ("lang", "named", "adviser"),
    [
        ("en", "Ada Lovelace (now at Nimbus Motors)", "Grace Hopper (adviser)"),
        ("ko", "Ada Lovelace (현재 Nimbus Motors 소속)", "Grace Hopper (자문역)"),
    ],
)
def test_the_trips_briefing_book_names_the_person_of_an_old_meeting_and_where_they_are_now(
    ctx: Context, moved: Moved, tmp_path: Path, lang: str, named: str, adviser: str
) -> None:
    """Acme's "History of interactions" printed the meeting with Ada with no counterpart (only Acme's
    own people were looked up), and so the call with an adviser of no investor; at home and from
    the pack abroad it names them as the meeting's editor does."""
    home = moved.home
    with unit_of_work(ctx) as s:
        grace = Contact(investor_id=None, full_name="Grace Hopper")
        s.add(grace)
        s.flush()
        s.add(
            Interaction(
                investor_id=home.acme,
                contact_id=grace.id,
                kind=InteractionKind.CALL,
                occurred_at=datetime(2026, 3, 2, 9, tzinfo=UTC),
                summary="Adviser call",
            )
        )
        s.commit()
    path = tmp_path / "trip.kipack"
    export_pack(ctx, home.delegation, path)
    abroad = open_pack_ctx(path)
    try:
        for where in (ctx, replace(abroad, access_reason="briefing abroad")):
            book = delegation_pack(where, home.delegation, lang)
            [acme] = [p for p in book.investors if p.id == home.acme]
            assert [(line.summary, line.contact) for line in acme.interactions] == [
                ("Adviser call", adviser),
                ("Intro call", named),
            ]
            assert "Ada Lovelace" not in [p.name for p in acme.contacts]
    finally:
        abroad.db.dispose()
