"""Cell values as officers type them (amounts in 억/만, dates with dots, Excel serials) to typed values.

Every parser takes what a cell holds (str, int, float, datetime, None) and returns the typed
value, None for a blank cell, or raises `CellError` with a code the error report explains.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

import phonenumbers

from kotra_invest.domain.currencies import is_currency
from kotra_invest.domain.errors import ValidationError
from kotra_invest.services import validation as check
from kotra_invest.services.duplicates import website_domain

KST = ZoneInfo("Asia/Seoul")
_EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 is 1900-01-01 once Excel's 1900 leap-year bug is allowed for
# Serials of 1950-01-01 .. 2100-12-31: a bare number outside this range is not a date anyone meant.
_SERIAL_RANGE = (18264, 73415)
_NOT_ALNUM = re.compile(r"[\W_]+")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class CellError(ValidationError):
    """One cell that cannot be stored; `field` names the target field, params what was wrong."""


def blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def as_text(value: Any) -> str | None:
    """A cell as trimmed text; whole floats lose their '.0' (Excel stores 2026 as 2026.0)."""
    if blank(value):
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    text = unicodedata.normalize("NFC", str(value)).strip()
    return text or None


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """A comparison key for names: width- and case-folded, without spaces and punctuation."""
    # [\W_] is exactly what str.isalnum() refuses (\w is the alphanumerics and "_").
    return _NOT_ALNUM.sub("", unicodedata.normalize("NFKC", text).casefold())


def text_value(value: Any, field: str, *, max_length: int, single_line: bool = False) -> str | None:
    """A cell as stored text: without control characters and bidi overrides (a name also on one line)."""
    text = as_text(value)
    if text is not None:
        text = (check.single_line(text) if single_line else check.clean(text).strip()) or None
    if text is not None and len(text) > max_length:
        raise CellError("too_long", field=field, max=max_length)
    return text


# --- amounts -------------------------------------------------------------------------------

# Korean number units: the big ones (만, 억, 조) close a four-digit group; 천/백/십 count inside it.
_BIG_UNITS = {"만": Decimal(10) ** 4, "억": Decimal(10) ** 8, "조": Decimal(10) ** 12}
_SMALL_UNITS = {"천": Decimal(1000), "백": Decimal(100), "십": Decimal(10)}
_WESTERN_SCALE = {
    "k": Decimal(10) ** 3,
    "thousand": Decimal(10) ** 3,
    "m": Decimal(10) ** 6,
    "mn": Decimal(10) ** 6,
    "mil": Decimal(10) ** 6,
    "mio": Decimal(10) ** 6,
    "million": Decimal(10) ** 6,
    "millions": Decimal(10) ** 6,
    "b": Decimal(10) ** 9,
    "bn": Decimal(10) ** 9,
    "bil": Decimal(10) ** 9,
    "billion": Decimal(10) ** 9,
    "billions": Decimal(10) ** 9,
}
# Currency words and signs, longest first so "US$" wins over "$".
_CURRENCY_MARKS: list[tuple[str, str]] = sorted(
    [
        ("usd", "USD"),
        ("us$", "USD"),
        ("$", "USD"),
        ("달러", "USD"),
        ("불", "USD"),
        ("dollars", "USD"),
        ("dollar", "USD"),
        ("krw", "KRW"),
        ("₩", "KRW"),
        ("￦", "KRW"),
        ("원", "KRW"),
        ("won", "KRW"),
        ("eur", "EUR"),
        ("€", "EUR"),
        ("유로", "EUR"),
        ("euro", "EUR"),
        ("euros", "EUR"),
        ("jpy", "JPY"),
        ("¥", "JPY"),
        ("엔", "JPY"),
        ("yen", "JPY"),
        ("cny", "CNY"),
        ("rmb", "CNY"),
        ("위안", "CNY"),
        ("yuan", "CNY"),
        ("gbp", "GBP"),
        ("£", "GBP"),
        ("파운드", "GBP"),
        ("chf", "CHF"),
        ("sgd", "SGD"),
        ("s$", "SGD"),
        ("hkd", "HKD"),
        ("hk$", "HKD"),
        ("twd", "TWD"),
        ("aud", "AUD"),
        ("a$", "AUD"),
        ("cad", "CAD"),
        ("c$", "CAD"),
        ("sek", "SEK"),
        ("dkk", "DKK"),
    ],
    key=lambda pair: -len(pair[0]),
)
_NUMBER = r"\d+(?:,\d{3})*(?:\.\d+)?|\.\d+"
_KOREAN_TOKEN = re.compile(rf"({_NUMBER})|([조억만천백십])")
_WESTERN = re.compile(rf"^({_NUMBER})\s*([a-z]*)$")
_MAX_AMOUNT = Decimal(10) ** 18  # what the money column (Numeric(20, 2)) can hold


def _take_currency(text: str) -> tuple[str, str | None]:
    """The text without its currency marks, and the currency they name (None if none)."""
    found: str | None = None
    lowered = text.casefold()
    for mark, code in _CURRENCY_MARKS:
        if mark in lowered:
            if mark.isalpha() and mark.isascii():
                # A Latin word only counts on its own ("usd 5", not the "m" of "5m" or a "won" inside a word).
                pattern = re.compile(rf"(?<![a-z]){re.escape(mark)}(?![a-z])")
                if not pattern.search(lowered):
                    continue
                lowered = pattern.sub(" ", lowered)
            else:
                lowered = lowered.replace(mark, " ")
            if found is not None and found != code:
                raise ValueError("two currencies")
            found = code
    return lowered, found


def _korean_amount(text: str) -> Decimal:
    compact = text.replace(" ", "")
    position = 0
    total = Decimal(0)
    group = Decimal(0)
    current: Decimal | None = None
    last_big = Decimal(10) ** 16
    for match in _KOREAN_TOKEN.finditer(compact):
        if match.start() != position:
            raise ValueError("stray text")
        position = match.end()
        number, unit = match.groups()
        if number is not None:
            if current is not None:
                raise ValueError("two numbers in a row")
            current = Decimal(number.replace(",", ""))
        elif unit in _SMALL_UNITS:
            group += (current if current is not None else Decimal(1)) * _SMALL_UNITS[unit]
            current = None
        else:
            if _BIG_UNITS[unit] >= last_big:  # "1억억", "5만 3억": not a way anyone writes a number
                raise ValueError("units out of order")
            last_big = _BIG_UNITS[unit]
            group += current if current is not None else Decimal(0)
            total += (group or Decimal(1)) * _BIG_UNITS[unit]
            group, current = Decimal(0), None
    if position != len(compact):
        raise ValueError("stray text")
    return total + group + (current or Decimal(0))


def parse_amount(value: Any, field: str) -> tuple[Decimal, str | None] | None:
    """An amount and the currency its text names: "4억2000만", "USD 12.5M", "₩3,000,000,000".

    Korean unit notation without a currency word is taken as won (nobody writes dollars as
    4억2000만 without saying 달러); otherwise the currency is None and the caller's column or
    default decides.
    """
    if blank(value):
        return None
    if isinstance(value, bool):
        raise CellError("import_bad_amount", field=field, value=value)
    if isinstance(value, int | float | Decimal):
        try:
            amount = Decimal(str(value))
        except InvalidOperation as exc:  # nan, inf
            raise CellError("import_bad_amount", field=field, value=value) from exc
        return _checked(amount, value, field), None
    raw = unicodedata.normalize("NFKC", str(value)).strip()
    # NFKC turns "￦" into "₩" and full-width digits into ASCII; drop a trailing "정" (금 … 원정).
    text = raw.removeprefix("금").removesuffix("정").strip()
    try:
        rest, currency = _take_currency(text)
        rest = rest.strip().rstrip(".").strip()
        if any(unit in rest for unit in (*_BIG_UNITS, *_SMALL_UNITS)):
            amount = _korean_amount(rest)
            currency = currency or "KRW"
        else:
            match = _WESTERN.match(re.sub(r"\s+", "", rest))  # "12.5 million", "12 500 000"
            if match is None:
                raise ValueError("not an amount")
            number, scale = match.groups()
            if scale and scale not in _WESTERN_SCALE:
                raise ValueError("unknown scale")
            amount = Decimal(number.replace(",", "")) * (_WESTERN_SCALE[scale] if scale else 1)
    except (ValueError, InvalidOperation) as exc:
        raise CellError("import_bad_amount", field=field, value=raw) from exc
    return _checked(amount, raw, field), currency


def written_currency(text: str) -> str | None:
    """The currency an amount's text names in words or signs ("USD 12.5M", "4억 달러", "₩3,000"),
    not the won that Korean units alone imply; None when it names none (or two)."""
    raw = unicodedata.normalize("NFKC", text).strip().removeprefix("금").removesuffix("정")
    try:
        return _take_currency(raw)[1]
    except ValueError:
        return None


def _checked(amount: Decimal, shown: Any, field: str) -> Decimal:
    if not amount.is_finite() or amount >= _MAX_AMOUNT:
        raise CellError("import_bad_amount", field=field, value=shown)
    if amount < 0:
        raise CellError("negative_amount", field=field)
    return amount.quantize(Decimal("0.01"))


# Units written in a column's header, e.g. "투자금액 (백만불)": the cells then hold bare numbers.
_HEADER_UNITS: list[tuple[re.Pattern[str], Decimal, str | None]] = [
    (
        re.compile(r"백만\s*(불|달러)|usd\s*(m|mn|mil|million)\b|(m|mn|million)\s*usd|us\$\s*(m|mn)\b"),
        Decimal(10) ** 6,
        "USD",
    ),
    (re.compile(r"천\s*(불|달러)|usd\s*(k|thousand)\b|(k|thousand)\s*usd"), Decimal(10) ** 3, "USD"),
    (re.compile(r"억\s*원|\(억\)|\[억\]|단위\s*:?\s*억"), Decimal(10) ** 8, "KRW"),
    (re.compile(r"백만\s*원|krw\s*(m|mn|million)\b"), Decimal(10) ** 6, "KRW"),
    (re.compile(r"천\s*원|krw\s*(k|thousand)\b"), Decimal(10) ** 3, "KRW"),
    (re.compile(r"만\s*원"), Decimal(10) ** 4, "KRW"),
    (re.compile(r"\b(usd|us\$)\b|\(\$\)|\(달러\)|\(불\)"), Decimal(1), "USD"),
    (re.compile(r"\bkrw\b|\(원\)|\(₩\)"), Decimal(1), "KRW"),
]


def header_unit(header: str) -> tuple[Decimal, str | None]:
    """The multiplier and currency a column header states for its numbers: (1, None) if none."""
    text = unicodedata.normalize("NFKC", header).casefold()
    for pattern, multiplier, currency in _HEADER_UNITS:
        if pattern.search(text):
            return multiplier, currency
    return Decimal(1), None


def parse_currency(value: Any, field: str) -> str | None:
    text = as_text(value)
    if text is None:
        return None
    if re.fullmatch(r"[A-Za-z]{3}", text):
        if not is_currency(text.upper()):
            raise CellError("invalid_currency", field=field, value=text)
        return text.upper()
    try:
        rest, currency = _take_currency(text)
    except ValueError:
        currency, rest = None, text
    if currency is None or rest.strip():
        raise CellError("invalid_currency", field=field, value=text)
    return currency


# --- dates ---------------------------------------------------------------------------------

_YMD = re.compile(r"^(\d{4}|\d{2})\s*[-./년]\s*(\d{1,2})\s*[-./월]\s*(\d{1,2})\s*[.일]?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_DMY = re.compile(r"^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$")
_TIME = re.compile(r"^(?:(오전|오후|am|pm)\s*)?(\d{1,2})\s*(?::|시)\s*(\d{2})?\s*(?:분)?(?::(\d{2}))?\s*(am|pm)?$")


def _serial(number: float, field: str, shown: Any) -> datetime:
    if not _SERIAL_RANGE[0] <= number <= _SERIAL_RANGE[1]:
        raise CellError("import_bad_date", field=field, value=shown)
    whole = int(number)
    seconds = round((number - whole) * 86400)
    return datetime.combine(_EXCEL_EPOCH + timedelta(days=whole), time()) + timedelta(seconds=seconds)


def _date_part(text: str, field: str, shown: str) -> date:
    match = _YMD.match(text) or _COMPACT.match(text)
    try:
        if match:
            year, month, day = (int(g) for g in match.groups())
            if year < 100:
                year += 2000
            return date(year, month, day)
        match = _DMY.match(text)
        if match:
            first, second, year = (int(g) for g in match.groups())
            if first > 12 >= second:
                return date(year, second, first)  # 25/03/2026: day first
            if second > 12 >= first:
                return date(year, first, second)  # 03/25/2026: month first
            if first == second:
                return date(year, first, second)
            raise CellError("import_ambiguous_date", field=field, value=shown)
    except ValueError as exc:  # 2026-02-30
        raise CellError("import_bad_date", field=field, value=shown) from exc
    raise CellError("import_bad_date", field=field, value=shown)


def _time_part(text: str, field: str, shown: str) -> time:
    match = _TIME.match(text.casefold())
    if match is None:
        raise CellError("import_bad_date", field=field, value=shown)
    before, hour_s, minute_s, second_s, after = match.groups()
    hour, minute, second = int(hour_s), int(minute_s or 0), int(second_s or 0)
    marker = before or after
    if marker in ("오후", "pm") and hour < 12:
        hour += 12
    elif marker in ("오전", "am") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59 or second > 59:
        raise CellError("import_bad_date", field=field, value=shown)
    return time(hour, minute, second)


_WEEKDAY_NOTE = re.compile(
    r"\s*\((?:[월화수목금토일](?:요일)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?)\.?\)$",
    re.IGNORECASE,
)


# A day, then a time of day: "2026.3.4 14:30", "2026년 3월 4일 오후 2시", "2026. 3. 4. (수) 14:00" (the app's own day).
_DAY_THEN_TIME = re.compile(
    r"^(.*?\d\s*(?:일|\.)?(?:\s*\([^()]*\))?)\s+((?:오전|오후|am|pm)?\s*\d{1,2}\s*(?::|시).*)$", re.IGNORECASE
)


def _day_and_time(value: str, field: str) -> tuple[date, time | None]:
    """A day as officers and the app's lists write one, and the time of day written after it (None when
    none is): "2026. 3. 4. (수) 14:00", "2026-03-04T14:30", "26.3.4 오후 2시", "2026-03-04 (Wed)", "46085"."""
    shown = unicodedata.normalize("NFKC", value).strip()
    # "2026. 3. 4. (수)", "2026-03-04 (Wed)": how the app's lists write a day; the weekday is a courtesy.
    bare = _WEEKDAY_NOTE.sub("", shown)
    text = bare.rstrip(".").strip() if not re.search(r"\d\.$", bare) else bare
    if re.fullmatch(r"\d{5}(\.\d+)?", text):
        serial = _serial(float(text), field, shown)
        return serial.date(), serial.time() if "." in text else None
    match = _DAY_THEN_TIME.match(re.sub(r"(?<=\d)T(?=\d)", " ", text))
    if match is None:
        return _date_part(text.rstrip(".").strip(), field, shown), None
    day_text = _WEEKDAY_NOTE.sub("", match.group(1).strip())
    return _date_part(day_text.rstrip(".").strip(), field, shown), _time_part(match.group(2).strip(), field, shown)


def parse_datetime(value: Any, field: str) -> datetime | None:
    """A wall-clock date and time (naive) from "2026.3.4", "2026-03-04 14:30", "2026년 3월 4일 오후 2시", 46085."""
    if blank(value):
        return None
    if isinstance(value, bool):
        raise CellError("import_bad_date", field=field, value=value)
    if isinstance(value, datetime):
        return value.replace(tzinfo=None) if value.tzinfo is None else value.astimezone(KST).replace(tzinfo=None)
    if isinstance(value, date):
        return datetime.combine(value, time())
    if isinstance(value, time):
        raise CellError("import_bad_date", field=field, value=value.isoformat())
    if isinstance(value, int | float):
        return _serial(float(value), field, value)
    day, at = _day_and_time(str(value), field)
    return datetime.combine(day, at if at is not None else time())


def parse_day_and_time(value: Any, field: str) -> tuple[date, time | None] | None:
    """A date-time typed or pasted whole: the day `parse_date` reads, and the time of day when one follows
    it (14:00, 14시, 14시 30분, 오후 2시, 오후 2:00, 2:00 PM), else None: a date-time box given a day alone
    keeps its own time. None for blank text. Text that is neither is said to be no date and time."""
    if blank(value):
        return None
    try:
        return _day_and_time(str(value), field)
    except CellError as exc:
        if exc.code != "import_bad_date":
            raise  # a day that could be 3 April or 4 March is said so
        raise CellError(exc.code, field=field, value=exc.params["value"], sentence="import_bad_date_time") from exc


# A time of day written alone, as the start of the text: "14:00", "14시 30분", "오후 2시", "2:00 PM".
_TIME_ALONE = re.compile(r"^(?:오전|오후|am|pm)?\s*\d{1,2}\s*(?::|시)", re.IGNORECASE)


def parse_time_alone(value: Any, field: str) -> time | None:
    """A time of day typed alone ("14:00", "14시 30분", "오후 2시", "2:00 PM"), for a date-time box that
    keeps its day; None when the text does not begin as a time (a day, blank), which is then read as a
    day and time. A time that is none (25:00) is said to be no date and time."""
    text = unicodedata.normalize("NFKC", str(value)).strip() if not blank(value) else ""
    if not _TIME_ALONE.match(text):
        return None
    try:
        return _time_part(text, field, text)
    except CellError as exc:
        raise CellError(exc.code, field=field, value=text, sentence="import_bad_date_time") from exc


def parse_date(value: Any, field: str) -> date | None:
    moment = parse_datetime(value, field)
    return moment.date() if moment is not None else None


def parse_instant(value: Any, field: str) -> datetime | None:
    """A moment in UTC: the file's wall-clock times are Korean time (the officers' own clock)."""
    moment = parse_datetime(value, field)
    return moment.replace(tzinfo=KST).astimezone(UTC) if moment is not None else None


# --- small things --------------------------------------------------------------------------


def parse_email(value: Any, field: str) -> str | None:
    text = as_text(value)
    if text is None:
        return None
    text = text.removeprefix("mailto:").strip()
    if len(text) > 255 or not _EMAIL.match(text):
        raise CellError("invalid_email", field=field, value=text)
    local, _, domain = text.rpartition("@")
    return f"{local}@{domain.lower()}"


def parse_phone(value: Any, field: str, region: str | None = None) -> str | None:
    """A phone number in international format ("+82 2-3460-7114"). A national number is read as
    one of `region` (the investor's country), else of Korea: officers note the Korean numbers of
    foreign firms' staff here as often as the numbers abroad."""
    text = as_text(value)
    if text is None:
        return None
    if isinstance(value, int | float) and not text.startswith("0"):
        text = "0" + text  # Excel drops the trunk 0 of a number typed as a number
    for candidate in dict.fromkeys((region or "KR", "KR")):
        try:
            number = phonenumbers.parse(text, candidate)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            if re.fullmatch(r"\+\d{7,15}", text):
                return text  # already canonical (E.164), as the app itself stores and exports it
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    # A number already written internationally that this phone-number table does not know (a new
    # range, an extension plan) is kept as written: the contact editor stores it, so an export of
    # the app reads back. Only text that is no phone number at all is refused.
    if re.fullmatch(r"\+\d[\d\s().\-/]{5,24}", text) and 7 <= sum(ch.isdigit() for ch in text) <= 15:
        return text
    raise CellError("import_bad_phone", field=field, value=text)


_TRUE = {"y", "yes", "true", "1", "o", "v", "✓", "✔", "예", "네", "있음", "유", "해당", "참", "x"}
_FALSE = {"n", "no", "false", "0", "-", "아니오", "아니요", "없음", "무", "해당없음", "거짓"}


def parse_bool(value: Any, field: str) -> bool | None:
    if blank(value):
        return None
    if isinstance(value, bool):
        return value
    text = fold(as_text(value) or "")
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise CellError("invalid_value", field=field, value=as_text(value))


def parse_int(value: Any, field: str, *, low: int = 0, high: int = 10**9) -> int | None:
    if blank(value):
        return None
    text = (as_text(value) or "").replace(",", "").removesuffix("%").removesuffix("명").removesuffix("개").strip()
    try:
        number = Decimal(text)
    except InvalidOperation as exc:
        raise CellError("invalid_value", field=field, value=as_text(value)) from exc
    if not number.is_finite() or number != number.to_integral_value() or not low <= number <= high:
        raise CellError("invalid_value", field=field, value=as_text(value))
    return int(number)


def parse_percent(value: Any, field: str) -> int | None:
    """A probability as a whole percent: 40, "40%", "40 %"; a fraction below 1 (0.4, as older
    exports and Excel's % cells hold it) is read as that share. 1 is 1 % — 100 % is written 100."""
    if isinstance(value, float) and 0 < value < 1:
        value = round(value * 100)
    elif isinstance(value, str) and re.fullmatch(r"\s*0?\.\d+\s*", value):
        value = round(float(value) * 100)
    return parse_int(value, field, high=100)


def parse_tags(value: Any, field: str) -> list[str]:
    text = as_text(value)
    if text is None:
        return []
    return sorted({t.strip() for t in re.split(r"[,;/|·\n]", text) if t.strip()})


def parse_website(value: Any, field: str) -> str | None:
    text = text_value(value, field, max_length=255)
    if text is None:
        return None
    domain = website_domain(text)
    if domain is None or "." not in domain or " " in domain:
        raise CellError("invalid_value", field=field, value=text)
    return text
