"""What the command modules share: parsing a date, an amount, an id or a record's name, safely."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from kotra_invest.domain.errors import ValidationError


def day(value: str | None, field: str) -> date | None:
    """YYYY-MM-DD, or None when not given; anything else is one clear sentence, exit 2."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError as exc:
        raise ValidationError("invalid_value", field=field, value=value) from exc


def moment(value: str | None, field: str) -> datetime | None:
    """An ISO date and time; without a zone it is this computer's local time."""
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError as exc:
        raise ValidationError("invalid_value", field=field, value=value) from exc
    return parsed if parsed.tzinfo is not None else parsed.astimezone()


def amount(value: str, field: str = "amount") -> Decimal:
    try:
        return Decimal(value.replace(",", "").replace("_", "").strip())
    except InvalidOperation as exc:
        raise ValidationError("invalid_value", field=field, value=value) from exc


def record_id(value: str, field: str) -> uuid.UUID:
    try:
        return uuid.UUID(value.strip())
    except ValueError as exc:
        raise ValidationError("invalid_value", field=field, value=value) from exc
