"""Reference data lookups: codes (as users and files give them) to the rows' ids."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from kotra_invest.domain.errors import ValidationError
from kotra_invest.domain.models import ReferenceRow


def id_for_code(session: Session, model: type[ReferenceRow], code: str | None, field: str) -> uuid.UUID | None:
    """The id of the live reference row with `code`; an unknown code is a validation error."""
    if not code:
        return None
    found = session.scalar(
        select(model.id).where(model.code == code.strip().upper(), model.deleted_at.is_(None))  # type: ignore[attr-defined]
    )
    if found is None:
        raise ValidationError("invalid_value", field=field, value=code)
    return found
