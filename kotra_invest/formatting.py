"""How amounts, dates and times read, wherever they are shown: the desktop, the PDF and xlsx
briefing books, and the command line. One module so the four never drift apart (they did:
4억2,000만 in the PDF, 4억2000만 on screen). Qt-free, so every layer may use it.

Korean: amounts in 조/억/만 with thousands separators inside each group (4억2,000만, 1조2,500억),
dates as 2026. 3. 4. (수). English: USD in millions (USD 420.0 M), dates as 2026-03-04 (Wed).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

KOREA = ZoneInfo("Asia/Seoul")
DASH = "—"

_MAN = 10**4
_EOK = 10**8
_JO = 10**12

_WEEKDAYS = {
    "ko": ("월", "화", "수", "목", "금", "토", "일"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}
_LONG_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# The one date style, for Qt's pickers too (QDateEdit display formats): four-digit years.
PICKER_DATE = {"ko": "yyyy. M. d. (ddd)", "en": "yyyy-MM-dd (ddd)"}


def _language(lang: str) -> str:
    return "ko" if lang == "ko" else "en"


def whole(value: Decimal | int | float) -> int:
    """Rounded half up, as people round money (Python's round() rounds half to even)."""
    return int(Decimal(value).quantize(Decimal(1), rounding=ROUND_HALF_UP))


# --- amounts ----------------------------------------------------------------------------------


def korean_number(value: Decimal | int) -> str:
    """'4억2,000만' for 420,000,000: 조/억/만 units, below 만 dropped as noise (as officers say it)."""
    n = whole(value)
    sign = "-" if n < 0 else ""
    n = abs(n)
    if n < _MAN:
        return f"{sign}{n:,}"
    jo, rest = divmod(n, _JO)
    eok, rest = divmod(rest, _EOK)
    man = rest // _MAN
    parts = [f"{jo:,}조" if jo else "", f"{eok:,}억" if eok else "", f"{man:,}만" if man else ""]
    return sign + "".join(parts)


def exact(value: Decimal | int | None) -> str:
    """12,500,000 — whole units with separators (table cells); the cents only when there are some."""
    if value is None:
        return DASH
    amount = Decimal(value)
    return f"{amount:,.0f}" if amount == amount.to_integral_value() else f"{amount:,.2f}"


def usd(value: Decimal | int | None, lang: str) -> str:
    """A USD amount as a reader says it: '4억2,000만 달러' / 'USD 420.0 M'; '—' when unknown."""
    if value is None:
        return DASH
    amount = Decimal(value)
    if _language(lang) == "ko":
        return f"{korean_number(amount)} 달러" if amount else "0 달러"
    return f"USD {amount / Decimal(1_000_000):,.1f} M"


def money(value: Decimal | int | None, currency: str, lang: str) -> str:
    """An amount in its own currency (KRW in 억/만 in Korean; others with the ISO code)."""
    if value is None:
        return DASH
    if currency == "USD":
        return usd(value, lang)
    amount = Decimal(value)
    if _language(lang) == "ko" and currency == "KRW":
        return f"{korean_number(amount)} 원"
    return f"{currency} {amount:,.0f}"


def compact(value: float, lang: str) -> str:
    """A chart axis tick: short, so long amounts do not collide (4.2억, 3만; 1.5B, 420M)."""
    v = abs(value)
    sign = "-" if value < 0 else ""
    if _language(lang) == "ko":
        if v >= _EOK:
            return f"{sign}{v / _EOK:,.1f}억".replace(".0억", "억")
        if v >= _MAN:
            return f"{sign}{v / _MAN:,.0f}만"
        return f"{sign}{v:,.0f}"
    for scale, suffix in ((10**9, "B"), (10**6, "M"), (10**3, "K")):
        if v >= scale:
            return f"{sign}{v / scale:,.1f}{suffix}".replace(f".0{suffix}", suffix)
    return f"{sign}{v:,.0f}"


# --- dates and times --------------------------------------------------------------------------


def weekday(value: date, lang: str) -> str:
    return _WEEKDAYS[_language(lang)][value.weekday()]


def day(value: date | None, lang: str) -> str:
    """A date in the app's one style: 2026. 3. 4. (수) / 2026-03-04 (Wed); '' when unknown."""
    if value is None:
        return ""
    return f"{list_day(value, lang)} ({weekday(value, lang)})"


def list_day(value: date | None, lang: str) -> str:
    """A date in a list's column, without the weekday (DOMAIN.md: the 요일 is for schedules):
    2026. 3. 4. / 2026-03-04; '' when unknown. Five dated columns of a pipeline list would
    otherwise take the width its titles need."""
    if value is None:
        return ""
    if _language(lang) == "ko":
        return f"{value.year}. {value.month}. {value.day}."
    return value.isoformat()


def long_day(value: date, lang: str) -> str:
    """A day heading: '2026. 2. 2. (월)' / 'Monday 2 February 2026'."""
    if _language(lang) == "ko":
        return day(value, lang)
    return f"{_LONG_WEEKDAYS[value.weekday()]} {value.day} {value:%B %Y}"


def short_day(value: date, lang: str) -> str:
    """A day inside a known year: '2. 2. (월)' / 'Mon 2 Feb'."""
    if _language(lang) == "ko":
        return f"{value.month}. {value.day}. ({weekday(value, lang)})"
    return f"{weekday(value, lang)} {value.day} {value:%b}"


def day_range(starts: date | None, ends: date | None, lang: str) -> str:
    """A trip's dates: one day, or first – last; '—' when neither is known."""
    if starts and ends and starts != ends:
        return f"{day(starts, lang)} – {day(ends, lang)}"
    return day(starts or ends, lang) or DASH


def moment(value: datetime | None, lang: str, zone: str | None = None) -> str:
    """A stored (UTC) moment on the clock of `zone` (Korea when not given), the zone named:
    '2026. 3. 4. (수) 14:30 KST'. Never the PC's own zone: a laptop abroad would shift it silently."""
    if value is None:
        return ""
    tz = ZoneInfo(zone) if zone else KOREA
    local = (value if value.tzinfo is not None else value.replace(tzinfo=UTC)).astimezone(tz)
    return f"{day(local.date(), lang)} {local:%H:%M} {local.tzname()}"


def moment_day(value: datetime | None, lang: str) -> str:
    """The day of a stored (UTC) moment on Korea's clock, as a list shows it: '2026. 3. 4.' (a
    list's 수정일, where the time of day is not worth a column's width; `moment` says it whole)."""
    if value is None:
        return ""
    return list_day((value if value.tzinfo is not None else value.replace(tzinfo=UTC)).astimezone(KOREA).date(), lang)


def moment_at_place(value: datetime | None, lang: str, zone: str | None) -> str:
    """A meeting's moment on Korea's clock, and on the place's when that differs:
    '2027. 5. 11. (화) 17:00 KST (10:00 CEST)' — the place's date too when it is another day."""
    korea = moment(value, lang)
    if value is None or not zone:
        return korea
    there = (value if value.tzinfo is not None else value.replace(tzinfo=UTC)).astimezone(ZoneInfo(zone))
    here = (value if value.tzinfo is not None else value.replace(tzinfo=UTC)).astimezone(KOREA)
    if there.utcoffset() == here.utcoffset():
        return korea
    local = f"{there:%H:%M} {there.tzname()}" if there.date() == here.date() else moment(value, lang, zone)
    return f"{korea} ({local})"


def wall_clock(value: datetime, zone: str, lang: str) -> str:
    """A naive wall-clock time in `zone`, labelled: '2026. 3. 4. (수) 10:00 CET'."""
    local = value.replace(tzinfo=ZoneInfo(zone))
    return f"{day(local.date(), lang)} {local:%H:%M} {local.tzname()}"


def one_line(text: str, limit: int = 90) -> str:
    """A text of several lines on one table row: its first line, then the rest run together, cut
    at `limit` characters. A meeting's notes or an imported e-mail (subject, a blank line, the
    body) would otherwise be squeezed into a row's height, its first line cut and "…" below it."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    lines = [line for line in lines if line]
    if not lines:
        return ""
    flat = lines[0] + (" — " + " ".join(lines[1:]) if len(lines) > 1 else "")
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"
