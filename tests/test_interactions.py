"""Interactions: the investor's timeline, links that must agree, and the confidentiality rule."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from people import acting, team

from kotra_invest.domain.enums import InteractionKind
from kotra_invest.domain.errors import NotFound, StaleRecord, ValidationError
from kotra_invest.services import history, records
from kotra_invest.services.contacts import CONTACT, ContactDraft
from kotra_invest.services.interactions import (
    INTERACTION,
    InteractionDraft,
    create_interaction,
    get_interaction,
    get_interaction_row,
    timeline,
    update_interaction,
)
from kotra_invest.services.investors import InvestorDraft, create_investor
from kotra_invest.services.projects import ProjectDraft, create_project
from kotra_invest.services.unit_of_work import Context

WHEN = datetime(2026, 4, 14, 16, 30, tzinfo=UTC)


@pytest.fixture
def investor(ctx: Context) -> uuid.UUID:
    team(ctx)
    return create_investor(ctx, InvestorDraft(name="Norvik Robotics AB"))


def test_timeline_is_newest_first_and_pages_without_gaps(ctx: Context, investor: uuid.UUID) -> None:
    for i in range(7):
        create_interaction(
            ctx, InteractionDraft(InteractionKind.EMAIL, WHEN + timedelta(hours=i), f"Mail {i}", investor)
        )
    # Two at the same moment: the keyset on (time, id) still shows both exactly once.
    create_interaction(ctx, InteractionDraft(InteractionKind.CALL, WHEN, "Call at the same time", investor))
    seen: list[str] = []
    page = timeline(ctx, investor, limit=3)
    seen += [r.summary for r in page.rows]
    while page.next is not None:
        page = timeline(ctx, investor, after=page.next, limit=3)
        seen += [r.summary for r in page.rows]
    assert seen[:6] == [f"Mail {i}" for i in range(6, 0, -1)]
    assert sorted(seen[6:]) == ["Call at the same time", "Mail 0"] and len(seen) == 8
    row = get_interaction_row(ctx, page.rows[-1].id)
    assert row.officer == "Kim Officer"  # the signed-in officer logged it


def test_links_must_belong_to_the_same_investor(ctx: Context, investor: uuid.UUID) -> None:
    other = create_investor(ctx, InvestorDraft(name="Other Co"))
    their_contact = records.create(ctx, CONTACT, ContactDraft("Someone", other))
    their_project = create_project(ctx, ProjectDraft(other, "Their plant"))
    for change, field in (({"contact_id": their_contact}, "contact"), ({"project_id": their_project}, "project")):
        with pytest.raises(ValidationError) as caught:
            create_interaction(
                ctx, replace(InteractionDraft(InteractionKind.MEETING, WHEN, "Meet", investor), **change)
            )
        assert (caught.value.code, caught.value.field) == ("not_of_investor", field)
    with pytest.raises(ValidationError) as caught:
        create_interaction(ctx, InteractionDraft(InteractionKind.MEETING, datetime(2026, 4, 14, 9), "Naive", investor))
    assert caught.value.field == "occurred_at"
    with pytest.raises(ValidationError) as caught:
        create_interaction(ctx, InteractionDraft(InteractionKind.MEETING, WHEN, "  ", investor))
    assert caught.value.field == "summary"
    # A contact alone is enough: the meeting lands on the contact's company.
    via_contact = create_interaction(
        ctx, InteractionDraft(InteractionKind.CALL, WHEN, "Hello", contact_id=their_contact)
    )
    assert get_interaction_row(ctx, via_contact).investor_id == other


def test_notes_about_a_hidden_project_are_hidden_with_it(ctx: Context, investor: uuid.UUID) -> None:
    secret = create_project(ctx, ProjectDraft(investor, "Gigafactory", confidential=True, code_name="Falcon"))
    hidden = create_interaction(
        ctx, InteractionDraft(InteractionKind.MEETING, WHEN, "Gigafactory", investor, project_id=secret)
    )
    create_interaction(ctx, InteractionDraft(InteractionKind.CALL, WHEN, "Courtesy call", investor))
    busan = acting(ctx, "other")
    assert [r.summary for r in timeline(busan, investor).rows] == ["Courtesy call"]
    for attempt in (lambda: get_interaction(busan, hidden), lambda: records.delete(busan, INTERACTION, hidden)):
        with pytest.raises(NotFound):
            attempt()
    with pytest.raises(ValidationError) as caught:  # nor can they attach notes to it
        create_interaction(busan, InteractionDraft(InteractionKind.CALL, WHEN, "x", investor, project_id=secret))
    assert caught.value.field == "project"
    assert {r.project for r in timeline(ctx, investor).rows} == {"Gigafactory", None}  # its team sees it


def test_edit_conflict_delete_restore(ctx: Context, investor: uuid.UUID) -> None:
    item = create_interaction(ctx, InteractionDraft(InteractionKind.MEETING, WHEN, "Intro", investor))
    draft, version = get_interaction(ctx, item)
    assert draft.officer_login == "tester"
    assert update_interaction(ctx, item, version, replace(draft, outcome="Wants a site visit")) == version + 1
    with pytest.raises(StaleRecord):
        update_interaction(ctx, item, version, replace(draft, outcome="other"))
    records.delete(ctx, INTERACTION, item)
    assert timeline(ctx, investor).rows == ()
    records.restore(ctx, INTERACTION, item)
    assert timeline(ctx, investor).rows[0].outcome == "Wants a site visit"


def test_a_contact_who_moved_to_another_investor_stays_on_their_old_meetings_and_these_can_be_edited(
    ctx: Context, investor: uuid.UUID
) -> None:
    """Anna met us for Norvik, then joined Globex and was moved there. Her meeting stays Norvik's
    (it is what happened with Norvik then) and still names her; the move left the meeting impossible
    to edit: any save of it, a typo in its notes or a value put back from its history, was refused
    with "The contact chosen belongs to another investor". Naming another company's person anew,
    or moving the meeting to another company with her, is still refused."""
    globex = create_investor(ctx, InvestorDraft(name="Globex Batteries"))
    anna = records.create(ctx, CONTACT, ContactDraft("Anna Berg", investor))
    talk = create_interaction(
        ctx, InteractionDraft(InteractionKind.MEETING, WHEN, "Site tallk", investor, contact_id=anna)
    )
    person, version = records.get(ctx, CONTACT, anna)
    records.update(ctx, CONTACT, anna, version, replace(person, investor_id=globex))

    (row,) = timeline(ctx, investor).rows
    assert (row.id, row.contact) == (talk, "Anna Berg")  # on Norvik's timeline, with her name
    assert timeline(ctx, globex).rows == ()
    draft, version = get_interaction(ctx, talk)
    version = update_interaction(ctx, talk, version, replace(draft, summary="Site talk"))
    assert get_interaction(ctx, talk)[0] == replace(draft, summary="Site talk")  # she is still on it
    (typo_fixed,) = [c for c in history.record_history(ctx, "interaction", talk) if c.field == "summary"]
    version = history.restore_value(ctx, typo_fixed.id, version)  # the History tab's Restore
    assert get_interaction(ctx, talk)[0] == draft

    third = create_investor(ctx, InvestorDraft(name="Third Co"))
    with pytest.raises(ValidationError) as caught:  # the meeting moved to another company with her
        update_interaction(ctx, talk, version, replace(draft, investor_id=third))
    assert (caught.value.code, caught.value.field) == ("not_of_investor", "contact")
    bob = records.create(ctx, CONTACT, ContactDraft("Bob Lee", investor))
    version = update_interaction(ctx, talk, version, replace(draft, contact_id=bob))  # another of Norvik's people
    with pytest.raises(ValidationError) as caught:  # and Anna, Globex's now, named on it anew
        update_interaction(ctx, talk, version, replace(draft, contact_id=anna))
    assert (caught.value.code, caught.value.field) == ("not_of_investor", "contact")
