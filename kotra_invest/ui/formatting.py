"""How amounts, dates and times read on screen: the Korean way in Korean, millions in English."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

_EOK = 10**8
_MAN = 10**4
_JO = 10**12


def korean_number(value: Decimal | int) -> str:
    """'4억2000만' for 420,000,000: 조/억/만 units, below 만 dropped as noise (as officers write it)."""
    whole = int(Decimal(value).to_integral_value(ROUND_HALF_UP))
    sign = "-" if whole < 0 else ""
    whole = abs(whole)
    if whole < _MAN:
        return f"{sign}{whole:,}"
    jo, rest = divmod(whole, _JO)
    eok, rest = divmod(rest, _EOK)
    man = rest // _MAN
    parts = [f"{jo:,}조" if jo else "", f"{eok}억" if eok else "", f"{man}만" if man else ""]
    return sign + "".join(parts)


def usd(value: Decimal | int | None, lang: str) -> str:
    """A USD amount: '4억2000만 달러' in Korean, 'USD 420.0 M' in English; '—' when unknown."""
    if value is None:
        return "—"
    amount = Decimal(value)
    if lang == "ko":
        return f"{korean_number(amount)} 달러" if amount else "0 달러"
    millions = amount / Decimal(1_000_000)
    return f"USD {millions:,.1f} M"


def money(value: Decimal | int | None, currency: str, lang: str) -> str:
    """An amount in its own currency (KRW in 억/만 in Korean; others with the ISO code)."""
    if value is None:
        return "—"
    if currency == "USD":
        return usd(value, lang)
    amount = Decimal(value)
    if lang == "ko" and currency == "KRW":
        return f"{korean_number(amount)} 원"
    return f"{currency} {amount:,.0f}"


KOREA = ZoneInfo("Asia/Seoul")
_WEEKDAYS = {"ko": "월화수목금토일", "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")}

# The one date style of the app, for Qt's pickers too (QDateEdit display formats): four-digit
# years; Korean "2026. 3. 4. (수)", English "2026-03-04 (Wed)".
PICKER_DATE = {"ko": "yyyy. M. d. (ddd)", "en": "yyyy-MM-dd (ddd)"}


def day(value: date | None, lang: str) -> str:
    """A date in the app's one style: 2026. 3. 4. (수) / 2026-03-04 (Wed)."""
    if value is None:
        return ""
    weekday = _WEEKDAYS["ko" if lang == "ko" else "en"][value.weekday()]
    if lang == "ko":
        return f"{value.year}. {value.month}. {value.day}. ({weekday})"
    return f"{value.isoformat()} ({weekday})"


def moment(value: datetime | None, lang: str, zone: str | None = None) -> str:
    """A stored (UTC) moment on the clock of `zone` (Korea when not given), the zone named:
    '2026. 3. 4. (수) 14:30 KST'. Never the PC's own zone: a laptop abroad would shift it silently."""
    if value is None:
        return ""
    tz = ZoneInfo(zone) if zone else KOREA
    local = (value if value.tzinfo is not None else value.replace(tzinfo=UTC)).astimezone(tz)
    return f"{day(local.date(), lang)} {local:%H:%M} {local.tzname()}"


def wall_clock(value: datetime, zone: str, lang: str) -> str:
    """A naive wall-clock time in `zone`, labelled: '2026. 3. 4. (수) 10:00 CET'."""
    local = value.replace(tzinfo=ZoneInfo(zone))
    return f"{day(local.date(), lang)} {local:%H:%M} {local.tzname()}"
