"""Merging duplicate investors and contacts, the duplicate check the editors and the importer share,
and handing investors to another owner — on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from mission_data import add, build_home, edit, get, open_pack_ctx
from sqlalchemy import select

from kotra_invest.domain.enums import InteractionKind
from kotra_invest.domain.errors import DomainError
from kotra_invest.domain.models import AuditEntry, Contact, Interaction, Investor, MeetingTarget, Project
from kotra_invest.services import contacts, duplicates, interactions, merging, owners, projects, records
from kotra_invest.services.history import record_history
from kotra_invest.services.investors import InvestorDraft, create_investor, list_investors
from kotra_invest.services.officers import ensure_officer
from kotra_invest.services.search import search
from kotra_invest.services.unit_of_work import Context, unit_of_work
from kotra_invest.sync.merge import apply_merge, plan_merge
from kotra_invest.sync.pack import export_pack


@pytest.fixture
def two(ctx: Context) -> tuple[uuid.UUID, uuid.UUID]:
    """Siemens twice: once with the website, once with a typo and a project, a meeting and a contact."""
    ensure_officer(ctx)
    keep = create_investor(
        ctx,
        InvestorDraft(
            name="Siemens Healthineers AG", website="https://www.siemens-healthineers.com", owner_login="tester"
        ),
    )
    drop = create_investor(
        ctx,
        InvestorDraft(
            name="Siemens Healthneers",
            country_code="DE",
            industry_code="BIO",
            notes="met at BIO-Europe",
            owner_login="tester",
        ),
    )
    projects.create_project(ctx, projects.ProjectDraft(investor_id=drop, title="Incheon diagnostics plant"))
    interactions.create_interaction(
        ctx,
        interactions.InteractionDraft(
            kind=InteractionKind.MEETING,
            occurred_at=datetime(2026, 3, 4, 5, tzinfo=UTC),
            summary="Kick-off",
            investor_id=drop,
        ),
    )
    records.create(
        ctx,
        contacts.CONTACT,
        contacts.ContactDraft(full_name="Anna Berg", investor_id=drop, email="anna.berg@siemens-healthineers.com"),
    )
    return keep, drop


def _of(ctx: Context, model: type, investor_id: uuid.UUID) -> int:
    with unit_of_work(ctx) as s:
        return len(s.scalars(select(model.id).where(model.investor_id == investor_id)).all())


def test_the_editor_check_finds_the_same_website_mail_domain_and_a_typo(
    ctx: Context, two: tuple[uuid.UUID, uuid.UUID]
) -> None:
    keep, drop = two
    by_site = duplicates.investor_duplicate(ctx, "Totally New GmbH", website="http://siemens-healthineers.com/kr")
    assert by_site is not None and (by_site.record_id, by_site.reason) == (keep, "website")
    typo = duplicates.investor_duplicate(ctx, "Siemens Helthneers AG", exclude=keep)
    assert typo is not None and typo.record_id == drop and typo.reason == "fuzzy_name"
    assert duplicates.investor_duplicate(ctx, "Siemens Healthineers", exclude=keep) is not None  # the other one
    assert duplicates.investor_duplicate(ctx, "Bayer AG", website="https://bayer.com") is None
    # A contact's mail domain names their company; a free-mail address names nobody.
    records.create(
        ctx, contacts.CONTACT, contacts.ContactDraft(full_name="Min Park", investor_id=drop, email="min@shs-korea.kr")
    )
    mail = duplicates.investor_duplicate(ctx, "SHS Korea Ltd", website="https://www.shs-korea.kr")
    assert mail is not None and (mail.record_id, mail.reason) == (drop, "website")
    records.create(
        ctx, contacts.CONTACT, contacts.ContactDraft(full_name="Lee", investor_id=keep, email="lee@gmail.com")
    )
    assert duplicates.investor_duplicate(ctx, "Unrelated Co", website="https://gmail.com") is None
    person = duplicates.contact_duplicate(ctx, "Berg Anna", investor_id=drop)
    assert person is not None and person.reason == "name"
    assert duplicates.contact_duplicate(ctx, "Someone", email="ANNA.BERG@siemens-healthineers.com") is not None
    assert duplicates.contact_duplicate(ctx, "Someone", email="someone@gmail.com") is None


def test_merge_moves_everything_takes_the_chosen_values_and_undo_restores_both(
    ctx: Context, two: tuple[uuid.UUID, uuid.UUID]
) -> None:
    keep, drop = two
    result = merging.merge_investors(ctx, keep, drop, {"name": "keep", "notes": "drop"})
    assert (_of(ctx, Project, keep), _of(ctx, Interaction, keep), _of(ctx, Contact, keep)) == (1, 1, 1)
    assert (_of(ctx, Project, drop), _of(ctx, Interaction, drop)) == (0, 0)
    survivor, loser = get(ctx, Investor, keep), get(ctx, Investor, drop)
    # Empty fields of the survivor take the loser's values; the chosen ones win.
    assert (survivor.name, survivor.notes, survivor.website) == (
        "Siemens Healthineers AG",
        "met at BIO-Europe",
        "https://www.siemens-healthineers.com",
    )
    assert survivor.country_id is not None
    assert loser.deleted_at is not None and loser.merged_into_id == keep
    assert [r.name for r in list_investors(ctx).rows] == ["Siemens Healthineers AG"]
    assert [h.id for h in search(ctx, "Healthneers", kinds=("investor",))] == []  # the loser left search too
    merged_line = [c for c in record_history(ctx, "investor", keep) if c.field == "merged_from"]
    assert merged_line and "Siemens Healthneers" in (merged_line[0].new or "")

    merging.unmerge(ctx, result)
    assert (_of(ctx, Project, drop), _of(ctx, Interaction, drop), _of(ctx, Contact, drop)) == (1, 1, 1)
    assert _of(ctx, Project, keep) == 0
    survivor, loser = get(ctx, Investor, keep), get(ctx, Investor, drop)
    assert (survivor.notes, survivor.country_id) == (None, None)
    assert loser.deleted_at is None and loser.merged_into_id is None


def test_an_undo_after_someone_edited_the_survivor_is_refused(ctx: Context, two: tuple[uuid.UUID, uuid.UUID]) -> None:
    keep, drop = two
    result = merging.merge_investors(ctx, keep, drop)
    with unit_of_work(ctx) as s:
        s.get(Investor, keep).notes = "edited after the merge"  # type: ignore[union-attr]
        s.commit()
    with pytest.raises(DomainError) as caught:
        merging.unmerge(ctx, result)
    assert caught.value.code == "merge_changed"


def test_merging_a_record_with_itself_or_a_deleted_one_is_refused(
    ctx: Context, two: tuple[uuid.UUID, uuid.UUID]
) -> None:
    keep, drop = two
    with pytest.raises(DomainError):
        merging.merge_investors(ctx, keep, keep)
    merging.merge_investors(ctx, keep, drop)
    with pytest.raises(DomainError):
        merging.merge_investors(ctx, keep, drop)


def test_merge_contacts_moves_their_meetings(ctx: Context, two: tuple[uuid.UUID, uuid.UUID]) -> None:
    keep, _drop = two
    first = records.create(
        ctx, contacts.CONTACT, contacts.ContactDraft(full_name="Jan Roth", investor_id=keep, phone="+49 30 1234")
    )
    second = records.create(
        ctx, contacts.CONTACT, contacts.ContactDraft(full_name="Roth Jan", investor_id=keep, email="jan@roth.de")
    )
    meeting = interactions.create_interaction(
        ctx,
        interactions.InteractionDraft(
            kind=InteractionKind.CALL,
            occurred_at=datetime(2026, 3, 5, tzinfo=UTC),
            summary="Call",
            investor_id=keep,
            contact_id=second,
        ),
    )
    result = merging.merge_contacts(ctx, first, second)
    assert get(ctx, Interaction, meeting).contact_id == first
    assert (get(ctx, Contact, first).email, get(ctx, Contact, first).phone) == ("jan@roth.de", "+49 30 1234")
    merging.unmerge(ctx, result)
    assert get(ctx, Interaction, meeting).contact_id == second


def test_two_contacts_of_different_investors_are_not_merged_and_nothing_changes(
    ctx: Context, two: tuple[uuid.UUID, uuid.UUID]
) -> None:
    """A duplicate person is the same person at the same company: merging Jan Roth of one investor
    into Jan Roth of another would put the second company's meeting with a person of the first."""
    keep, drop = two
    first = records.create(ctx, contacts.CONTACT, contacts.ContactDraft(full_name="Jan Roth", investor_id=keep))
    second = records.create(ctx, contacts.CONTACT, contacts.ContactDraft(full_name="Jan Roth", investor_id=drop))
    meeting = interactions.create_interaction(
        ctx,
        interactions.InteractionDraft(
            kind=InteractionKind.CALL,
            occurred_at=datetime(2026, 3, 5, tzinfo=UTC),
            summary="Call",
            investor_id=drop,
            contact_id=second,
        ),
    )
    for attempt in (
        lambda: merging.merge_contacts(ctx, first, second),
        lambda: merging.merge_contacts(ctx, second, first, default="drop"),
        lambda: merging.merge_preview(ctx, "contact", first, second),  # the desk's dialog asks this first
    ):
        with pytest.raises(DomainError) as refused:
            attempt()
        assert refused.value.code == "merge_other_investor"
    assert refused.value.message("en") == (
        "Jan Roth is a contact of Siemens Healthneers and Jan Roth of Siemens Healthineers AG: "
        "only two contacts of the same investor can be merged."
    )
    assert refused.value.message("ko") == (
        "Jan Roth은(는) Siemens Healthneers, Jan Roth은(는) Siemens Healthineers AG의 연락처입니다: "
        "같은 투자가의 연락처끼리만 병합할 수 있습니다."
    )
    assert get(ctx, Interaction, meeting).contact_id == second
    assert [(get(ctx, Contact, c).deleted_at, get(ctx, Contact, c).merged_into_id) for c in (first, second)] == [
        (None, None),
        (None, None),
    ]
    assert [c.field for c in record_history(ctx, "contact", first) if c.field == "merged_from"] == []


def test_advisers_merge_with_advisers_only(ctx: Context, two: tuple[uuid.UUID, uuid.UUID]) -> None:
    """An adviser (a contact of no investor) may sit in any investor's meetings: merged into a
    company's person, those meetings would name that company's person; the other way round, the
    company's person would leave its contacts list. Two advisers are one adviser."""
    keep, drop = two
    adviser = records.create(ctx, contacts.CONTACT, contacts.ContactDraft(full_name="Dr. Mira Cho"))
    namesake = records.create(ctx, contacts.CONTACT, contacts.ContactDraft(full_name="Mira Cho", email="mira@cho.kr"))
    person = records.create(ctx, contacts.CONTACT, contacts.ContactDraft(full_name="Mira Cho", investor_id=keep))
    meeting = interactions.create_interaction(
        ctx,
        interactions.InteractionDraft(
            kind=InteractionKind.MEETING,
            occurred_at=datetime(2026, 3, 6, tzinfo=UTC),
            summary="Tax advice",
            investor_id=drop,
            contact_id=adviser,
        ),
    )
    for keep_id, drop_id in ((person, adviser), (adviser, person)):
        with pytest.raises(DomainError) as refused:
            merging.merge_contacts(ctx, keep_id, drop_id)
        assert refused.value.code == "merge_other_investor"
        assert refused.value.message("en") == (
            "Dr. Mira Cho is a contact of no investor (an adviser) and Mira Cho is at Siemens Healthineers AG: "
            "an adviser can be merged only with another adviser."
        )
    assert get(ctx, Interaction, meeting).contact_id == adviser
    assert get(ctx, Contact, person).deleted_at is None and get(ctx, Contact, adviser).deleted_at is None

    merging.merge_contacts(ctx, adviser, namesake)
    assert get(ctx, Contact, adviser).email == "mira@cho.kr" and get(ctx, Contact, namesake).merged_into_id == adviser
    assert get(ctx, Interaction, meeting).contact_id == adviser


def test_change_owner_of_a_selection_and_back(ctx: Context, two: tuple[uuid.UUID, uuid.UUID]) -> None:
    keep, drop = two
    previous = owners.change_owner(ctx, [keep, drop], None)
    assert {r.owner for r in list_investors(ctx).rows} == {None}
    owners.restore_owners(ctx, previous)
    assert {get(ctx, Investor, i).owner_id is not None for i in (keep, drop)} == {True}
    with pytest.raises(DomainError):
        owners.change_owner(ctx, [keep], "nobody-of-that-name")


def test_a_pack_cut_before_the_merge_still_merges_onto_the_survivor(ctx: Context, tmp_path: Path) -> None:
    mission = build_home(ctx)
    pack = tmp_path / "mission.kipack"
    export_pack(ctx, mission.delegation, pack)
    logged: list[uuid.UUID] = []
    pctx = open_pack_ctx(pack)
    try:
        logged.append(
            add(
                pctx,
                Interaction(
                    investor_id=mission.borg,
                    delegation_id=mission.delegation,
                    kind=InteractionKind.MEETING,
                    occurred_at=datetime(2026, 4, 13, 17, tzinfo=UTC),
                    summary="Met Borg's CFO",
                ),
            )
        )
    finally:
        pctx.db.dispose()
    # At home, Borg turns out to be Acme under another name: merged while the team is away.
    merging.merge_investors(ctx, mission.acme, mission.borg)

    apply_merge(ctx, plan_merge(ctx, pack))
    assert get(ctx, Interaction, logged[0]).investor_id == mission.acme
    with unit_of_work(ctx) as s:
        targets = s.scalars(
            select(MeetingTarget).where(MeetingTarget.investor_id == mission.borg, MeetingTarget.deleted_at.is_(None))
        ).all()
        assert targets == []
        assert s.scalar(select(AuditEntry.id).where(AuditEntry.field == "merged_from")) is not None


def test_a_pack_follows_merges_of_merges_for_new_and_edited_records_alike(ctx: Context, tmp_path: Path) -> None:
    """Abroad, a meeting is logged with Borg and the old intro call moved to Borg; at home Borg
    is merged into Cyberdyne, then Cyberdyne into Outsider Pharma. Both land on Outsider; a
    meeting with Acme, merged into nobody, stays Acme's."""
    mission = build_home(ctx)
    pack = tmp_path / "mission.kipack"
    export_pack(ctx, mission.delegation, pack)
    pctx = open_pack_ctx(pack)
    try:
        met = {
            investor: add(
                pctx,
                Interaction(
                    investor_id=investor,
                    delegation_id=mission.delegation,
                    kind=InteractionKind.MEETING,
                    occurred_at=datetime(2026, 4, 13, 17, tzinfo=UTC),
                    summary="Met in San Jose",
                ),
            )
            for investor in (mission.borg, mission.acme)
        }
        edit(pctx, Interaction, mission.interaction, investor_id=mission.borg, contact_id=None, summary="Borg's call")
    finally:
        pctx.db.dispose()
    merging.merge_investors(ctx, mission.cyber, mission.borg)
    merging.merge_investors(ctx, mission.outsider, mission.cyber)

    apply_merge(ctx, plan_merge(ctx, pack))
    assert get(ctx, Interaction, met[mission.borg]).investor_id == mission.outsider
    assert get(ctx, Interaction, met[mission.acme]).investor_id == mission.acme
    moved = get(ctx, Interaction, mission.interaction)
    assert (moved.investor_id, moved.summary) == (mission.outsider, "Borg's call")
