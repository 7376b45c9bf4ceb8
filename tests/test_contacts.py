"""Contacts: personal data with consent, edits with versions, delete and restore."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

import pytest
from people import acting, team

from kotra_invest.domain.enums import Consent
from kotra_invest.domain.errors import DomainError, NotFound, StaleRecord, ValidationError
from kotra_invest.services import records
from kotra_invest.services.contacts import (
    CONTACT,
    ContactDraft,
    get_contact_row,
    list_contacts,
)
from kotra_invest.services.investors import InvestorDraft, create_investor
from kotra_invest.services.unit_of_work import Context


@pytest.fixture
def investor(ctx: Context) -> uuid.UUID:
    team(ctx)
    return create_investor(ctx, InvestorDraft(name="Norvik Robotics AB"))


def test_contacts_are_listed_by_name_with_consent_in_the_callers_language(ctx: Context, investor: uuid.UUID) -> None:
    records.create(ctx, CONTACT, ContactDraft("Erik Sand", investor, email="erik@norvik.se"))
    anna = records.create(
        ctx,
        CONTACT,
        ContactDraft(
            "Anna Lindqvist",
            investor,
            "안나",
            consent=Consent.GIVEN,
            consent_on=date(2026, 3, 1),
            source="business card",
        ),
    )
    assert [c.full_name for c in list_contacts(ctx, investor)] == ["Anna Lindqvist", "Erik Sand"]
    assert get_contact_row(acting(ctx, "tester", "ko"), anna).consent_label == "동의"


@pytest.mark.parametrize(
    ("change", "code", "field"),
    [
        ({"full_name": ""}, "required", "full_name"),
        ({"email": "anna at norvik"}, "invalid_email", "email"),
        ({"phone": "call me"}, "invalid_value", "phone"),
        ({"consent_on": date(2026, 1, 1)}, "consent_date_without_answer", "consent_on"),
        ({"investor_id": uuid.uuid4()}, "invalid_value", "investor"),
    ],
)
def test_bad_input_names_the_field(ctx: Context, investor: uuid.UUID, change: dict, code: str, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        records.create(ctx, CONTACT, replace(ContactDraft("Anna", investor), **change))
    assert (caught.value.code, caught.value.field) == (code, field)
    assert caught.value.message("ko") and caught.value.message("en") != caught.value.message("ko")
    assert list_contacts(ctx, investor) == []


def test_edit_undo_conflict_delete_restore(ctx: Context, investor: uuid.UUID) -> None:
    anna = records.create(ctx, CONTACT, ContactDraft("Anna Lindqvist", investor, job_title="VP Asia"))
    draft, version = records.get(ctx, CONTACT, anna)
    v2 = records.update(ctx, CONTACT, anna, version, replace(draft, job_title="CEO"))
    assert v2 == 2 and get_contact_row(ctx, anna).job_title == "CEO"
    with pytest.raises(StaleRecord):
        records.update(ctx, CONTACT, anna, version, replace(draft, phone="+46 8 123"))
    records.update(ctx, CONTACT, anna, v2, draft)  # undo
    assert get_contact_row(ctx, anna).job_title == "VP Asia"

    with pytest.raises(DomainError) as caught:
        records.delete(acting(ctx, "reader"), CONTACT, anna)
    assert caught.value.code == "read_only"
    records.delete(ctx, CONTACT, anna)
    assert list_contacts(ctx, investor) == []
    with pytest.raises(NotFound):
        records.get(ctx, CONTACT, anna)
    assert records.restore(ctx, CONTACT, anna) == 5
    assert [c.id for c in list_contacts(ctx, investor)] == [anna]
