"""Small checks shared by the services; each raises a ValidationError naming the field."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kotra_invest.domain.errors import ValidationError

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")
# ISO 4217 codes in use (2026), funds and metals included; XTS (testing) and XXX (no currency)
# are not amounts anyone invests. "ZZZ" from a hand-edited pack is refused like a typo.
CURRENCIES = frozenset(
    """
    AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF
    BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF CHE CHF CHW CLF
    CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB
    EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HRK HTG HUF
    IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD
    KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU
    MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN
    PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD
    SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY
    TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES VND VUV WST
    XAF XAG XAU XCD XCG XDR XOF XPD XPF XPT XSU XUA YER ZAR ZMW ZWG
    ZWL
    """.split()  # noqa: SIM905 - a table to read, not a list to scroll
)


def text(value: str | None, field: str, *, required: bool = False, max_length: int | None = None) -> str | None:
    """Trimmed text, or None for blank; refuses blanks where required and overlong values."""
    cleaned = value.strip() if isinstance(value, str) else value
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
    return result.quantize(Decimal("0.01"))


def currency(value: str | None, field: str = "currency") -> str:
    code = (value or "USD").strip().upper()
    if not _CURRENCY.match(code) or code not in CURRENCIES:
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
