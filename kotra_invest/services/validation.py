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


# A quadrillion in any currency: more than any investment, and exact to the cent in every store.
MAX_AMOUNT = Decimal("1e15")
FIRST_DATE, LAST_DATE = date(1900, 1, 1), date(2100, 12, 31)


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
    if result >= MAX_AMOUNT:  # beyond it the embedded file keeps a float, not the cents (and 1e400 cannot be rounded)
        raise ValidationError("amount_too_large", field=field, value=value)
    return result.quantize(Decimal("0.01"))


def plausible_date(value: date | None, field: str) -> date | None:
    """A date a record can hold: from 1900 (the first a workbook can store) to 2100; outside is a typo."""
    if value is not None and not FIRST_DATE <= value <= LAST_DATE:
        raise ValidationError("date_out_of_range", field=field, value=value.isoformat())
    return value


def currency(value: str | None, field: str = "currency") -> str:
    """An ISO 4217 code in capitals. None (not given) is USD; a blank given on purpose
    (`--currency ""`) is refused, not read as dollars: the forms and imports put their own
    default in place of an empty field before it gets here."""
    if value is None:
        return "USD"
    code = value.strip().upper()
    if not code:
        raise ValidationError("required", field=field)
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
