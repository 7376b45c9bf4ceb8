"""A record's documents go to the trash with it and come back with it (records.Kind.documents), for
every kind documents are filed under: a deleted contact's, case's, application's, step's or
project's papers leave the investor's and the project's lists, search stops finding them, and the
delete's undo (records.restore) brings back those that went with it — not one deleted before."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from document_files import pdf
from people import team
from test_server_rules import World, world  # noqa: F401 - fixture

from kotra_invest.domain.aftercare_models import CaseCategory, GrantingBody, IncentiveType, MilestoneStep
from kotra_invest.domain.document_models import RECORD_TABLES
from kotra_invest.domain.enums import InteractionKind
from kotra_invest.domain.errors import DomainError
from kotra_invest.services import aftercare, documents, incentives, privacy, projects, records
from kotra_invest.services.contacts import CONTACT, ContactDraft
from kotra_invest.services.delegations import DELEGATION, DelegationDraft, create_delegation
from kotra_invest.services.interactions import INTERACTION, InteractionDraft
from kotra_invest.services.investors import INVESTOR, InvestorDraft, create_investor, investor_page
from kotra_invest.services.records import Kind
from kotra_invest.services.search import search
from kotra_invest.services.unit_of_work import Context


@pytest.fixture
def acme(ctx: Context) -> dict[str, uuid.UUID]:
    team(ctx)
    investor = create_investor(ctx, InvestorDraft(name="Acme Batteries"))
    project = projects.create_project(
        ctx, projects.ProjectDraft(investor_id=investor, title="Cathode plant", stage_code="NOTIFIED")
    )
    return {"investor": investor, "project": project}


def _names(ctx: Context, kind: str, record_id: uuid.UUID) -> set[str]:
    return {d.name for d in documents.list_documents(ctx, kind, record_id)}


def _filed(ctx: Context, kind: str, record_id: uuid.UUID, path: Path) -> uuid.UUID:
    (row,) = documents.add_documents(ctx, kind, record_id, [path]).added
    return row.id


def _records(ctx: Context, ids: dict[str, uuid.UUID]) -> list[tuple[Kind[Any, Any], str, uuid.UUID]]:
    """One record of each kind filed under the investor or its project: (Kind, record kind, id)."""
    contact = records.create(ctx, CONTACT, ContactDraft(full_name="Anna Berg", investor_id=ids["investor"]))
    case = records.create(
        ctx, aftercare.CASE, aftercare.CaseDraft(ids["investor"], "Customs ruling", CaseCategory.CUSTOMS, date.today())
    )
    application = records.create(
        ctx,
        incentives.INCENTIVE,
        incentives.IncentiveDraft(IncentiveType.CASH_GRANT, GrantingBody.MINISTRY, applied_on=date(2026, 5, 1)),
        project_id=ids["project"],
    )
    step = records.create(
        ctx,
        incentives.MILESTONE,
        incentives.MilestoneDraft(MilestoneStep.FIC_REGISTRATION, date(2026, 3, 4)),
        project_id=ids["project"],
    )
    return [
        (CONTACT, "contact", contact),
        (aftercare.CASE, "case", case),
        (incentives.INCENTIVE, "incentive", application),
        (incentives.MILESTONE, "milestone", step),
    ]


def test_each_records_documents_go_with_it_and_come_back_with_its_undo(
    ctx: Context, acme: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    investor, project = acme["investor"], acme["project"]
    documents.add_documents(ctx, "investor", investor, [pdf(tmp_path / "deck.pdf", "the investor's deck")])
    for kind, record_kind, record_id in _records(ctx, acme):
        paper = pdf(tmp_path / f"{record_kind}.pdf", f"Zyxwv{record_kind} paper")
        _filed(ctx, record_kind, record_id, paper)
        assert f"{record_kind}.pdf" in _names(ctx, "investor", investor)
        records.delete(ctx, kind, record_id)
        assert _names(ctx, "investor", investor) == {"deck.pdf"}, record_kind
        assert _names(ctx, "project", project) == set(), record_kind
        assert search(ctx, f"Zyxwv{record_kind}", kinds=["document"]) == []
        records.restore(ctx, kind, record_id)
        assert _names(ctx, "investor", investor) == {"deck.pdf", f"{record_kind}.pdf"}, record_kind
        assert len(search(ctx, f"Zyxwv{record_kind}", kinds=["document"])) == 1
        records.delete(ctx, kind, record_id)  # gone for good before the next kind's turn


def test_a_projects_own_papers_go_with_it_and_one_deleted_before_stays_deleted(
    ctx: Context, acme: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    """A project's papers are listed in its investor's documents too: deleting the project takes
    them; its undo brings back those that went with it, not one the officer had deleted before."""
    investor, project = acme["investor"], acme["project"]
    _filed(ctx, "project", project, pdf(tmp_path / "feasibility.pdf", "feasibility"))
    draft = _filed(ctx, "project", project, pdf(tmp_path / "draft MOU.pdf", "draft"))
    documents.delete_document(ctx, draft)
    assert _names(ctx, "investor", investor) == {"feasibility.pdf"}
    records.delete(ctx, projects.PROJECT, project)
    assert _names(ctx, "investor", investor) == set()
    records.restore(ctx, projects.PROJECT, project)
    assert _names(ctx, "investor", investor) == {"feasibility.pdf"}
    assert _names(ctx, "project", project) == {"feasibility.pdf"}


def test_an_investors_and_a_delegations_own_papers_are_not_found_once_they_are_deleted(
    ctx: Context, acme: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    """Listed nowhere else, but search would find them and lead to a record that is gone."""
    trip = create_delegation(ctx, DelegationDraft("충북 이차전지 투자유치단", 2026, ("KR-43",)))
    for kind, record_kind, record_id in ((INVESTOR, "investor", acme["investor"]), (DELEGATION, "delegation", trip)):
        _filed(ctx, record_kind, record_id, pdf(tmp_path / f"{record_kind}.pdf", f"Qwxyz{record_kind} letter"))
        records.delete(ctx, kind, record_id)
        assert search(ctx, f"Qwxyz{record_kind}", kinds=["document"]) == []
        records.restore(ctx, kind, record_id)
        assert _names(ctx, record_kind, record_id) == {f"{record_kind}.pdf"}


def test_an_erased_contacts_documents_leave_the_investors_list(
    ctx: Context, acme: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    investor = acme["investor"]
    person = records.create(ctx, CONTACT, ContactDraft(full_name="Anna Berg", investor_id=investor))
    _filed(ctx, "contact", person, pdf(tmp_path / "Anna Berg CV.pdf", "Zyxwv curriculum"))
    privacy.erase_contact(replace(ctx, actor="boss"), person, reason="data subject request 2026-17")  # an admin's act
    assert _names(ctx, "investor", investor) == set()
    assert search(ctx, "Zyxwv", kinds=["document"]) == []


def test_each_kind_names_the_record_kind_its_documents_are_filed_under() -> None:
    """A typo in a Kind's `documents` would take nothing, silently: each names its own table's kind."""
    kinds = [
        INVESTOR,
        CONTACT,
        projects.PROJECT,
        DELEGATION,
        INTERACTION,
        aftercare.CASE,
        incentives.INCENTIVE,
        incentives.MILESTONE,
    ]
    assert {k.documents: k.entity for k in kinds} == RECORD_TABLES


def test_the_owner_deletes_a_contact_and_a_project_with_their_documents_under_the_servers_rules(
    world: World,  # noqa: F811
    tmp_path: Path,
) -> None:
    """On the shared server each officer is their own login under row-level security: Kim's
    documents on her investor's contact and project go and come back with them; another office's
    officer is refused and nothing of them goes."""
    w = world
    kim, park = w.as_("kim"), w.as_("park")
    _filed(kim, "contact", w.ids["contact"], pdf(tmp_path / "card.pdf", "Ada's card"))
    _filed(kim, "project", w.ids["plant"], pdf(tmp_path / "site plan.pdf", "site plan"))
    both = {"card.pdf", "site plan.pdf"}
    assert _names(kim, "investor", w.ids["acme"]) == both
    for kind, record_id in ((CONTACT, w.ids["contact"]), (projects.PROJECT, w.ids["plant"])):
        with pytest.raises(DomainError):
            records.delete(park, kind, record_id)
    assert _names(kim, "investor", w.ids["acme"]) == both
    records.delete(kim, CONTACT, w.ids["contact"])
    records.delete(kim, projects.PROJECT, w.ids["plant"])
    assert _names(kim, "investor", w.ids["acme"]) == set()
    records.restore(kim, CONTACT, w.ids["contact"])
    records.restore(kim, projects.PROJECT, w.ids["plant"])
    assert _names(kim, "investor", w.ids["acme"]) == both


def _meeting(ctx: Context, investor: uuid.UUID, **links: Any) -> uuid.UUID:
    return records.create(
        ctx,
        INTERACTION,
        InteractionDraft(
            InteractionKind.MEETING, datetime(2026, 3, 4, 2, tzinfo=UTC), "Site talk", investor_id=investor, **links
        ),
    )


def test_a_deleted_projects_applications_and_steps_papers_go_with_it_its_meetings_and_cases_stay(
    ctx: Context, acme: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    """A deleted project's applications and steps leave every list, so their papers go; its meetings
    stay on the investor's timeline and its cases in Aftercare, so theirs stay listed. Undo: all back."""
    investor, project = acme["investor"], acme["project"]
    filed = dict((kind, record_id) for _k, kind, record_id in _records(ctx, acme) if kind in ("incentive", "milestone"))
    filed["meeting"] = _meeting(ctx, investor, project_id=project)
    filed["case"] = records.create(
        ctx,
        aftercare.CASE,
        aftercare.CaseDraft(investor, "Land lease", CaseCategory.CUSTOMS, date.today(), project_id=project),
    )
    for kind, record_id in filed.items():
        _filed(ctx, kind, record_id, pdf(tmp_path / f"{kind}.pdf", f"Zyxwv{kind} paper"))
    everything = {f"{kind}.pdf" for kind in filed}
    records.delete(ctx, projects.PROJECT, project)
    assert [m.id for m in investor_page(ctx, investor).timeline] == [filed["meeting"]]  # what the user sees
    assert filed["case"] in {c.id for c in aftercare.case_list(ctx, investor_id=investor)}
    assert incentives.incentive_list(ctx, investor_id=investor) == []
    assert _names(ctx, "investor", investor) == {"meeting.pdf", "case.pdf"}
    assert search(ctx, "Zyxwvincentive", kinds=["document"]) == search(ctx, "Zyxwvmilestone", kinds=["document"]) == []
    records.restore(ctx, projects.PROJECT, project)
    assert _names(ctx, "investor", investor) == _names(ctx, "project", project) == everything


def test_a_deleted_investors_contacts_meetings_and_projects_papers_go_with_it_and_come_back_exactly(
    ctx: Context, acme: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    """Everything a deleted investor had leaves every list and window with it; its papers must not
    stay in a delegation's Documents tab or in search. The undo brings back what went with it, not
    a paper deleted on its own before."""
    investor, project = acme["investor"], acme["project"]
    trip = create_delegation(ctx, DelegationDraft("충북 이차전지 투자유치단", 2026, ("KR-43",)))
    filed = {kind: record_id for _k, kind, record_id in _records(ctx, acme)}
    filed["meeting"] = _meeting(ctx, investor, delegation_id=trip)
    filed["project"] = project
    for kind, record_id in filed.items():
        _filed(ctx, kind, record_id, pdf(tmp_path / f"{kind}.pdf", f"Zyxwv{kind} paper"))
    old = _filed(ctx, "contact", filed["contact"], pdf(tmp_path / "old CV.pdf", "an old CV"))
    documents.delete_document(ctx, old)
    assert _names(ctx, "delegation", trip) == {"meeting.pdf"}
    records.delete(ctx, INVESTOR, investor)
    assert _names(ctx, "delegation", trip) == set()
    for kind in filed:
        assert search(ctx, f"Zyxwv{kind}", kinds=["document"]) == [], kind
    records.restore(ctx, INVESTOR, investor)
    assert _names(ctx, "delegation", trip) == {"meeting.pdf"}
    assert _names(ctx, "investor", investor) == {f"{kind}.pdf" for kind in filed}
    for kind in filed:
        assert len(search(ctx, f"Zyxwv{kind}", kinds=["document"])) == 1, kind


def test_a_record_deleted_while_its_investor_was_keeps_its_papers_until_its_own_undo(
    ctx: Context, acme: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    """The investor's delete took the contact's card; the contact was deleted too before the investor
    came back: the card stays in the trash with the contact, and the contact's undo brings it back."""
    investor = acme["investor"]
    person = records.create(ctx, CONTACT, ContactDraft(full_name="Anna Berg", investor_id=investor))
    _filed(ctx, "contact", person, pdf(tmp_path / "card.pdf", "a business card"))
    records.delete(ctx, INVESTOR, investor)
    records.delete(ctx, CONTACT, person)
    records.restore(ctx, INVESTOR, investor)
    assert _names(ctx, "investor", investor) == set()
    records.restore(ctx, CONTACT, person)
    assert _names(ctx, "investor", investor) == {"card.pdf"}


def test_each_hidden_kind_is_one_documents_are_filed_under() -> None:
    """A typo in a Kind's `hides` would take nothing, silently."""
    for kind in (INVESTOR, projects.PROJECT):
        assert kind.hides and set(kind.hides) <= set(RECORD_TABLES), kind.entity


def test_the_owner_deletes_her_investor_with_its_records_papers_under_the_servers_rules(
    world: World,  # noqa: F811
    tmp_path: Path,
) -> None:
    """Under row-level security, as Kim's own login: deleting her investor takes her contact's,
    meeting's and confidential project's papers (each changed by ORM in the delete's unit of work),
    and the undo brings them back; Park, of another office, is refused and nothing goes."""
    w = world
    kim, park = w.as_("kim"), w.as_("park")
    _filed(kim, "contact", w.ids["contact"], pdf(tmp_path / "card.pdf", "Ada's card"))
    _filed(kim, "meeting", w.ids["meeting"], pdf(tmp_path / "minutes.pdf", "plant tour minutes"))
    _filed(kim, "project", w.ids["secret"], pdf(tmp_path / "Falcon.pdf", "the confidential plan"))
    everything = {"card.pdf", "minutes.pdf", "Falcon.pdf"}
    with pytest.raises(DomainError):
        records.delete(park, INVESTOR, w.ids["acme"])
    assert _names(kim, "investor", w.ids["acme"]) == everything
    records.delete(kim, INVESTOR, w.ids["acme"])
    assert search(kim, "Ada's card", kinds=["document"]) == search(kim, "Falcon", kinds=["document"]) == []
    records.restore(kim, INVESTOR, w.ids["acme"])
    assert _names(kim, "investor", w.ids["acme"]) == everything


def test_an_officer_may_not_delete_her_investor_while_another_offices_papers_are_filed_under_it(
    world: World,  # noqa: F811
    tmp_path: Path,
) -> None:
    """Park (Busan) keeps a confidential project under Kim's investor, with its plan. Kim's delete
    of the investor used to take her own papers and leave Park's live, filed under a company that was
    gone: no list showed it and nobody could reach it. Now the delete is refused in one sentence
    naming whose papers stop it (not the project: Kim may not know it) and what to do, and nothing
    changes. An admin's delete takes all of it, and its undo brings back exactly that."""
    w = world
    kim, park, boss = w.as_("kim"), w.as_("park"), w.as_("boss")
    gull = projects.create_project(
        park,
        projects.ProjectDraft(w.ids["acme"], "Busan plant", confidential=True, code_name="Gull", owner_login="park"),
    )
    _filed(park, "project", gull, pdf(tmp_path / "Gull plan.pdf", "the Busan plan"))
    _filed(kim, "investor", w.ids["acme"], pdf(tmp_path / "deck.pdf", "the company deck"))
    with pytest.raises(DomainError) as refused:
        records.delete(kim, INVESTOR, w.ids["acme"])
    assert refused.value.message("en") == (
        "This investor cannot be deleted: 1 document(s) filed under it belong to Park, Busan Regional Headquarters, "
        "and you may not delete them; ask them to delete those documents first, or ask an administrator to delete "
        "the investor."
    )
    assert refused.value.message("ko").startswith(
        "이 투자가 기록은 삭제할 수 없습니다: 함께 삭제될 문서 1건이 Park, 부산"
    )
    assert investor_page(kim, w.ids["acme"]).name == "Acme Robotics"  # nothing went
    assert _names(kim, "investor", w.ids["acme"]) == {"deck.pdf"}
    assert _names(park, "project", gull) == {"Gull plan.pdf"}
    records.delete(boss, INVESTOR, w.ids["acme"])
    assert search(park, "Busan plan", kinds=["document"]) == search(kim, "company deck", kinds=["document"]) == []
    with pytest.raises(DomainError) as refused:  # Kim's undo would bring back her part only
        records.restore(kim, INVESTOR, w.ids["acme"])
    assert refused.value.message("en").startswith(
        "This investor cannot be restored: 1 document(s) deleted with it belong to Park, Busan Regional Headquarters"
    )
    assert search(kim, "company deck", kinds=["document"]) == []  # nothing came back
    records.restore(boss, INVESTOR, w.ids["acme"])
    assert _names(park, "project", gull) == {"Gull plan.pdf"}
    assert _names(kim, "investor", w.ids["acme"]) == {"deck.pdf"}
