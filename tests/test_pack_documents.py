"""Mission packs carry the documents of the records they carry; documents added abroad come home."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest
from document_files import pdf
from mission_data import Mission, build_home, open_pack_ctx
from sqlalchemy import func, select

from kotra_invest.domain.document_models import Document, DocumentBlob
from kotra_invest.services import documents
from kotra_invest.services.search import search
from kotra_invest.services.unit_of_work import Context, unit_of_work
from kotra_invest.sync.merge import apply_merge, plan_merge
from kotra_invest.sync.pack import export_pack


@pytest.fixture
def mission(ctx: Context) -> Mission:
    return build_home(ctx)


def test_documents_travel_with_their_records_and_come_home(ctx: Context, mission: Mission, tmp_path: Path) -> None:
    admin = Context(db=ctx.db, actor="home-admin", source="test", access_reason="testing")
    brochure = tmp_path / "Daejeon site brochure.pdf"
    pdf(brochure, "Daejeon robot cluster site")
    (acme_doc,) = documents.add_documents(ctx, "investor", mission.acme, [brochure]).added
    documents.add_documents(admin, "investor", mission.outsider, [pdf(tmp_path / "outsider.pdf", "not on this trip")])
    documents.add_documents(admin, "project", mission.secret, [pdf(tmp_path / "falcon.pdf", "Falcon term sheet")])
    path = tmp_path / "trip.kipack"
    export_pack(ctx, mission.delegation, path, passphrase="trip secret")

    abroad = open_pack_ctx(path, "trip secret")
    try:
        names = [r.name for r in documents.list_documents(abroad, "investor", mission.acme)]
        assert names == ["Daejeon site brochure.pdf"]  # not the confidential project's, not the outsider's
        with unit_of_work(abroad) as s:
            assert s.scalar(select(func.count()).select_from(Document)) == 1
        copy = documents.save_document(abroad, acme_doc.id, tmp_path / "abroad-copy.pdf")
        assert copy.read_bytes() == brochure.read_bytes()
        # Abroad: a new document on Acme, found by search in the pack.
        minutes = pdf(tmp_path / "Acme meeting minutes.pdf", "Agreed site visit in Daejeon next month")
        (added,) = documents.add_documents(abroad, "investor", mission.acme, [minutes]).added
        assert [h.id for h in search(abroad, "site visit", kinds=["document"])] == [added.id]
    finally:
        abroad.db.dispose()

    plan = plan_merge(ctx, path, "trip secret")
    assert [(c.entity, c.record_id) for c in plan.inserts] == [("document", added.id)]
    apply_merge(ctx, plan)
    home = {r.name: r for r in documents.list_documents(ctx, "investor", mission.acme)}
    assert set(home) == {"Daejeon site brochure.pdf", "Acme meeting minutes.pdf"}
    back = documents.save_document(ctx, added.id, tmp_path / "home-copy.pdf")
    assert back.read_bytes() == minutes.read_bytes()
    assert [h.id for h in search(ctx, "site visit", kinds=["document"])] == [added.id]
    # Merging the same pack again brings nothing new.
    assert plan_merge(ctx, path, "trip secret").already_merged


def test_a_pack_can_leave_documents_out(ctx: Context, mission: Mission, tmp_path: Path) -> None:
    big = tmp_path / "scan.bin"
    big.write_bytes(os.urandom(3 * 1024 * 1024))
    documents.add_documents(ctx, "investor", mission.acme, [big])
    with_docs, without = tmp_path / "with.kipack", tmp_path / "without.kipack"
    export_pack(ctx, mission.delegation, with_docs)
    export_pack(ctx, mission.delegation, without, with_documents=False)
    assert with_docs.stat().st_size > without.stat().st_size + 3 * 1024 * 1024
    abroad = open_pack_ctx(without)
    try:
        assert documents.list_documents(abroad, "investor", mission.acme) == []
        with unit_of_work(abroad) as s:
            assert s.scalar(select(func.count()).select_from(DocumentBlob)) == 0
    finally:
        abroad.db.dispose()
    # Merging a pack without documents deletes none at home.
    apply_merge(ctx, plan_merge(ctx, without))
    assert [r.name for r in documents.list_documents(ctx, "investor", mission.acme)] == ["scan.bin"]


def test_an_email_imported_at_home_and_abroad_is_one_meeting_after_the_merge(
    ctx: Context, mission: Mission, tmp_path: Path
) -> None:
    """A colleague at home and the officer abroad both file the same e-mail: one meeting comes out of
    the merge, with the message's files once, and what the officer abroad added to it."""
    from test_mail_import import korean_eml_utf8

    from kotra_invest.domain.document_models import MailMessage
    from kotra_invest.domain.models import Interaction
    from kotra_invest.services import interactions, mail_import
    from kotra_invest.services.documents import RecordRef
    from kotra_invest.sync.merge import resolve_all

    path = tmp_path / "trip.kipack"
    export_pack(ctx, mission.delegation, path)
    eml = korean_eml_utf8(tmp_path / "plan.eml", b"%PDF-1.4 tiny")
    to = RecordRef("investor", mission.acme, "Acme")
    home_meeting = mail_import.import_mail(ctx, eml, to).meeting_id
    abroad = open_pack_ctx(path)
    try:
        abroad_meeting = mail_import.import_mail(abroad, eml, to).meeting_id
        draft, version = interactions.get_interaction(abroad, abroad_meeting)
        interactions.update_interaction(
            abroad, abroad_meeting, version, dataclasses.replace(draft, outcome="Site visit agreed")
        )
    finally:
        abroad.db.dispose()
    assert abroad_meeting != home_meeting
    plan = plan_merge(ctx, path)
    assert plan.inserts == ()  # neither the meeting nor the message's files come a second time
    apply_merge(ctx, plan, resolve_all(plan, "home"))
    with unit_of_work(ctx) as s:
        assert s.scalar(select(func.count()).select_from(MailMessage)) == 1
        meetings = s.scalars(
            select(Interaction).where(Interaction.investor_id == mission.acme, Interaction.deleted_at.is_(None))
        ).all()
        email_meetings = [m for m in meetings if m.kind.value == "email"]
        assert [m.id for m in email_meetings] == [home_meeting]
        assert email_meetings[0].outcome == "Site visit agreed"
    names = sorted(r.name for r in documents.list_documents(ctx, "meeting", home_meeting))
    assert len(names) == len(set(names)) == 2  # the message and its attachment, once each
    assert plan_merge(ctx, path).already_merged


def test_a_grievance_cases_papers_travel_and_one_added_abroad_comes_home(
    ctx: Context, mission: Mission, tmp_path: Path
) -> None:
    from datetime import date

    from kotra_invest.domain.aftercare_models import CaseCategory
    from kotra_invest.services import aftercare, records

    case = records.create(
        ctx, aftercare.CASE, aftercare.CaseDraft(mission.acme, "E-7 visa delay", CaseCategory.LABOUR, date(2026, 6, 1))
    )
    (letter,) = documents.add_documents(
        ctx, "case", case, [pdf(tmp_path / "Ministry reply.pdf", "Visa fast track granted")]
    ).added
    path = tmp_path / "trip.kipack"
    export_pack(ctx, mission.delegation, path, passphrase="trip secret")
    abroad = open_pack_ctx(path, "trip secret")
    try:
        assert [r.id for r in documents.list_documents(abroad, "case", case)] == [letter.id]
        (note,) = documents.add_documents(
            abroad, "case", case, [pdf(tmp_path / "Visit notes.pdf", "The investor thanked the Home Doctor")]
        ).added
    finally:
        abroad.db.dispose()
    apply_merge(ctx, plan_merge(ctx, path, "trip secret"))
    assert {r.id for r in documents.list_documents(ctx, "case", case)} == {letter.id, note.id}
    assert {r.id for r in documents.list_documents(ctx, "investor", mission.acme)} >= {letter.id, note.id}


def test_papers_filed_abroad_on_a_record_merged_at_home_since_land_on_the_survivor(
    ctx: Context, mission: Mission, tmp_path: Path
) -> None:
    """Abroad, a paper is filed on Borg and one on Acme's contact; at home Borg is merged into Acme
    and the contact into a colleague's card of the same person. Each paper comes home filed under
    the survivor, so the survivor's Documents tab lists it (not the loser's tombstone)."""
    from kotra_invest.services import merging, records
    from kotra_invest.services.contacts import CONTACT, ContactDraft

    path = tmp_path / "trip.kipack"
    export_pack(ctx, mission.delegation, path)
    abroad = open_pack_ctx(path)
    try:
        (borg_doc,) = documents.add_documents(
            abroad, "investor", mission.borg, [pdf(tmp_path / "borg.pdf", "Borg")]
        ).added
        (card,) = documents.add_documents(
            abroad, "contact", mission.contact, [pdf(tmp_path / "card.pdf", "Card")]
        ).added
    finally:
        abroad.db.dispose()
    colleague = records.create(ctx, CONTACT, ContactDraft(full_name="Ann Lee (2)", investor_id=mission.acme))
    merging.merge_investors(ctx, mission.acme, mission.borg)
    merging.merge_contacts(ctx, colleague, mission.contact)

    apply_merge(ctx, plan_merge(ctx, path))
    with unit_of_work(ctx) as s:
        filed = {d.id: (d.record_kind, d.record_id, d.investor_id, d.contact_id) for d in s.scalars(select(Document))}
    assert filed[borg_doc.id] == ("investor", mission.acme, mission.acme, None)
    assert filed[card.id] == ("contact", colleague, mission.acme, colleague)
    assert {r.id for r in documents.list_documents(ctx, "investor", mission.acme)} >= {borg_doc.id, card.id}
    assert [r.id for r in documents.list_documents(ctx, "contact", colleague)] == [card.id]
