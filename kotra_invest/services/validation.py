"""Small checks shared by the services; each raises a ValidationError naming the field."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kotra_invest.domain.currencies import is_currency
from kotra_invest.domain.errors import ValidationError

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")
# The ISO 4217 table is kotra_invest.domain.currencies (one table for saves, imports and merges).


# Characters nobody types on purpose into a name or a note, and that make text lie about itself:
# C0/C1 controls (but tab and line breaks), the bidi embeddings, overrides and isolates that make
# "exe.txt" show as "txt.exe", zero-width spaces and a stray byte-order mark.
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u202a-\u202e\u2066-\u2069\ufeff]")


def clean(value: str) -> str:
    """The text without control characters and bidi overrides (every stored text goes through this)."""
    return _UNSAFE.sub("", value)


def single_line(value: str | None) -> str | None:
    """A name as one line: cleaned, its line breaks and tabs and runs of spaces made one space."""
    if value is None:
        return None
    return re.sub(r"\s+", " ", clean(value)).strip() or None


def text(value: str | None, field: str, *, required: bool = False, max_length: int | None = None) -> str | None:
    """Trimmed text without control characters or bidi overrides, or None for blank; refuses
    blanks where required and overlong values."""
    cleaned = clean(value).strip() if isinstance(value, str) else value
    if not cleaned:
        if required:
            raise ValidationError("required", field=field)
        return None
    if max_length is not None and len(cleaned) > max_length:
        raise ValidationError("too_long", field=field, max=max_length)
    return cleaned


def required_text(value: str | None, field: str, *, max_length: int | None = None) -> str:
    result = text(value, field, required=True, max_length=max_length)
    assert result is not None
    return result


def email(value: str | None, field: str = "email") -> str | None:
    cleaned = text(value, field, max_length=255)
    if cleaned is not None and not _EMAIL.match(cleaned):
        raise ValidationError("invalid_email", field=field, value=cleaned)
    return cleaned


# Money is Numeric(20, 2) (domain.base.MONEY): below a quintillion, or PostgreSQL refuses the row.
_MONEY_LIMIT = Decimal(10) ** 18


def amount(value: Decimal | str | int | None, field: str) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        result = value if isinstance(value, Decimal) else Decimal(str(value).replace(",", ""))
    except InvalidOperation as exc:
        raise ValidationError("invalid_value", field=field, value=value) from exc
    if not result.is_finite():
        raise ValidationError("invalid_value", field=field, value=value)
    if result < 0:
        raise ValidationError("negative_amount", field=field)
    if result >= _MONEY_LIMIT:  # the column's 18 digits before the point (and quantize's too)
        raise ValidationError("amount_too_large", field=field, value=value)
    return result.quantize(Decimal("0.01"))


def currency(value: str | None, field: str = "currency") -> str:
    code = (value or "USD").strip().upper()
    if not _CURRENCY.match(code) or not is_currency(code):
        raise ValidationError("invalid_currency", field=field, value=value)
    return code


def probability(value: int | None) -> int | None:
    if value is not None and not 0 <= value <= 100:
        raise ValidationError("invalid_probability", field="probability")
    return value


def date_range(starts: date | None, ends: date | None) -> None:
    if starts and ends and ends < starts:
        raise ValidationError("date_order", field="ends_on")


def time_zone(value: str | None, field: str = "time_zone") -> str:
    key = required_text(value, field, max_length=64)
    try:
        ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError("unknown_time_zone", field=field, value=key) from exc
    return key
