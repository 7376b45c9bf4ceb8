"""A person's data: exported whole on request, and erased so that not even the history keeps it."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from kotra_invest.domain.enums import Consent, InteractionKind
from kotra_invest.domain.errors import DomainError
from kotra_invest.domain.models import AuditEntry, Contact, Interaction
from kotra_invest.services import history, privacy
from kotra_invest.services.investors import InvestorDraft, create_investor
from kotra_invest.services.search import search
from kotra_invest.services.unit_of_work import Context, unit_of_work

EMAIL = "haruto.sato@kpm.example"


@pytest.fixture
def person(ctx: Context) -> uuid.UUID:
    investor = create_investor(ctx, InvestorDraft(name="Kansai Precision Motors K.K."))
    with unit_of_work(ctx) as s:
        contact = Contact(
            investor_id=investor,
            full_name="Haruto Sato",
            name_ko="사토 하루토",
            email=EMAIL,
            phone="+81 6 1234 5678",
            consent=Consent.GIVEN,
            source="business card",
        )
        s.add(contact)
        s.flush()
        s.add(
            Interaction(
                investor_id=investor,
                contact_id=contact.id,
                kind=InteractionKind.MEETING,
                occurred_at=datetime(2026, 3, 4, 1, 0, tzinfo=UTC),
                summary="오사카 본사 면담",
            )
        )
        s.commit()
    with unit_of_work(ctx) as s:  # a later edit: the old phone number sits in the audit trail
        found = s.get(Contact, contact.id)
        assert found is not None
        found.phone = "+81 6 9999 0000"
        s.commit()
    return contact.id


def test_export_holds_everything_about_the_person(ctx: Context, person: uuid.UUID, tmp_path: Path) -> None:
    json_path, xlsx_path = privacy.export_contact(ctx, person, tmp_path / "request-17")
    held = json.loads(json_path.read_text(encoding="utf-8"))
    assert held["contact"]["email"] == EMAIL and held["contact"]["investor"] == "Kansai Precision Motors K.K."
    assert [i["summary"] for i in held["interactions"]] == ["오사카 본사 면담"]
    assert any(h["old"] == "+81 6 1234 5678" for h in held["history"])  # what we held before, too
    book = load_workbook(xlsx_path)
    assert book.sheetnames == ["Contact", "Interactions", "Meetings", "Enquiries", "History"]
    assert ("email", EMAIL) in list(book["Contact"].iter_rows(values_only=True))


def test_erasure_leaves_no_personal_value_anywhere(ctx: Context, person: uuid.UUID, tmp_path: Path) -> None:
    privacy.erase_contact(ctx, person, reason="data subject request 2026-17")
    with unit_of_work(ctx) as s:
        contact = s.get(Contact, person)
        assert contact is not None and contact.deleted_at is not None  # a tombstone stays
        assert (contact.full_name, contact.email, contact.phone, contact.name_ko) == ("[erased]", None, None, None)
        trail = s.scalars(select(AuditEntry).where(AuditEntry.record_id == person)).all()
        stored = " ".join(f"{e.old_value} {e.new_value}" for e in trail)
        for secret in ("Haruto", "사토", EMAIL, "1234 5678", "9999", "business card"):
            assert secret not in stored
        erasure = [e for e in trail if e.action.value == "erase"]
        assert [(e.actor, e.new_value) for e in erasure] == [(ctx.actor, "data subject request 2026-17")]
    assert search(ctx, "Haruto") == [] and search(ctx, "haruto.sato") == []
    held = json.loads(privacy.export_contact(ctx, person, tmp_path)[0].read_text(encoding="utf-8"))
    assert held["contact"]["erased"] is True and EMAIL not in json.dumps(held, ensure_ascii=False)
    redacted = [c for c in history.record_history(ctx, "contact", person) if c.old == "[erased]"]
    assert redacted and not any(c.restorable for c in redacted)


def test_erasing_twice_or_without_a_reason_is_refused(ctx: Context, person: uuid.UUID) -> None:
    with pytest.raises(DomainError) as caught:
        privacy.erase_contact(ctx, person, reason="  ")
    assert caught.value.code == "required"
    privacy.erase_contact(ctx, person, reason="request")
    with pytest.raises(DomainError) as caught:
        privacy.erase_contact(ctx, person, reason="again")
    assert caught.value.code == "erased"


def test_the_audit_trail_still_refuses_any_other_change(db_url: str, ctx: Context, person: uuid.UUID) -> None:
    with ctx.db.engine.connect() as conn:
        for statement in (
            "UPDATE audit_log SET old_value = 'forged' WHERE old_value IS NOT NULL",
            "UPDATE audit_log SET actor = 'mallory', old_value = '[erased]'",
            "DELETE FROM audit_log",
        ):
            with pytest.raises(Exception, match="append-only"):
                conn.exec_driver_sql(statement)
            conn.rollback()
