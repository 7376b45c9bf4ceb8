"""Reference data: codes (as users and files give them) to ids, and listing and renaming rows.

Reference data is seeded by a migration but belongs to the agency: an admin can rename a
region or an industry without a new release, and the change is audited like any other.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from kotra_invest.domain.errors import NotFound, ValidationError
from kotra_invest.domain.models import Country, Fez, Industry, Office, PipelineStage, Province, ReferenceRow, Region
from kotra_invest.services import access
from kotra_invest.services import validation as check
from kotra_invest.services.read_models import ReferenceItem
from kotra_invest.services.unit_of_work import Context, unit_of_work

KINDS: dict[str, type[ReferenceRow]] = {
    "regions": Region,
    "provinces": Province,
    "fezs": Fez,
    "industries": Industry,
    "stages": PipelineStage,
    "countries": Country,
    "offices": Office,
}


def id_for_code(session: Session, model: type[ReferenceRow], code: str | None, field: str) -> uuid.UUID | None:
    """The id of the live reference row with `code`; an unknown code is a validation error."""
    if not code:
        return None
    found = session.scalar(select(model.id).where(model.code == code.strip().upper(), model.deleted_at.is_(None)))
    if found is None:
        raise ValidationError("invalid_value", field=field, value=code)
    return found


def require_known(ctx: Context, given: dict[str, str | list[str] | tuple[str, ...] | None]) -> None:
    """Refuse filter codes that name nothing ({"countries": "XX", "officers": "kim"}): a typo in a
    filter is an error to show, not an empty list that reads like "no such records"."""
    from kotra_invest.domain.models import Officer

    with unit_of_work(ctx) as session:
        for kind, codes in given.items():
            for code in [codes] if isinstance(codes, str) else list(codes or ()):
                if kind == "officers":
                    found = session.scalar(select(Officer.id).where(Officer.login == code.strip()))
                else:
                    model = _model(kind)
                    found = session.scalar(select(model.id).where(model.code == code.strip().upper()))
                if found is None:
                    raise ValidationError("unknown_filter_code", field=kind, value=code, kind=kind)


def _model(kind: str) -> type[ReferenceRow]:
    model = KINDS.get(kind)
    if model is None:
        raise ValidationError("invalid_value", field="kind", value=kind)
    return model


def _parents(row: ReferenceRow) -> tuple[str, ...]:
    if isinstance(row, Province):
        return (row.region.code,)
    if isinstance(row, Fez):
        return tuple(p.code for p in row.provinces)
    return ()


def list_reference(ctx: Context, kind: str) -> list[ReferenceItem]:
    model = _model(kind)
    with unit_of_work(ctx) as session:
        rows = session.scalars(
            select(model).where(model.deleted_at.is_(None)).order_by(model.sort_order, model.code)
        ).all()
        return [ReferenceItem(r.id, r.code, r.name_ko, r.name_en, _parents(r), r.version) for r in rows]


def rename_reference(ctx: Context, kind: str, code: str, *, name_ko: str | None, name_en: str | None) -> ReferenceItem:
    """Give a reference row new Korean and/or English names; its code and links stay."""
    model = _model(kind)
    with unit_of_work(ctx) as session:
        access.require_admin(access.principal(session, ctx))  # reference data is the agency's, not one officer's
        row = session.scalar(select(model).where(model.code == code.strip().upper()))
        if row is None:
            raise NotFound(kind, code)
        if name_ko is not None:
            row.name_ko = check.required_text(name_ko, "name_ko", max_length=120)
        if name_en is not None:
            row.name_en = check.required_text(name_en, "name_en", max_length=160)
        session.commit()
        return ReferenceItem(row.id, row.code, row.name_ko, row.name_en, _parents(row), row.version)
