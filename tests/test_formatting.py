"""Amounts and dates read the way officers say them — the same on screen, in the PDF, xlsx and CLI."""

import re
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import kotra_invest
from kotra_invest.formatting import (
    compact,
    day,
    day_range,
    exact,
    korean_number,
    list_day,
    long_day,
    moment,
    moment_day,
    money,
    short_day,
    usd,
)


def test_korean_units_as_officers_write_them() -> None:
    assert korean_number(420_000_000) == "4억2,000만"
    assert korean_number(Decimal("6100000000")) == "61억"
    assert korean_number(1_250_030_000_000) == "1조2,500억3,000만"
    assert korean_number(12_345_678) == "1,234만"
    assert korean_number(9_999) == "9,999"
    assert korean_number(-50_000) == "-5만"


def test_usd_in_each_language() -> None:
    assert usd(420_000_000, "ko") == "4억2,000만 달러"
    assert usd(420_000_000, "en") == "USD 420.0 M"
    assert usd(None, "en") == "—"
    assert money(3_000_000_000, "KRW", "ko") == "30억 원"
    assert money(5_000, "EUR", "en") == "EUR 5,000"
    assert exact(Decimal("12500000")) == "12,500,000"
    assert exact(Decimal("0.5")) == "0.50"
    assert compact(420_000_000, "ko") == "4.2억" and compact(420_000_000, "en") == "420M"


def test_dates_in_each_language() -> None:
    d = date(2026, 3, 4)
    assert day(d, "ko") == "2026. 3. 4. (수)" and day(d, "en") == "2026-03-04 (Wed)"
    assert long_day(d, "en") == "Wednesday 4 March 2026" and long_day(d, "ko") == "2026. 3. 4. (수)"
    assert short_day(d, "ko") == "3. 4. (수)" and short_day(d, "en") == "Wed 4 Mar"
    assert day_range(d, date(2026, 3, 6), "en") == "2026-03-04 (Wed) – 2026-03-06 (Fri)"
    assert day_range(None, None, "ko") == "—"
    assert list_day(d, "ko") == "2026. 3. 4." and list_day(d, "en") == "2026-03-04" and list_day(None, "en") == ""
    # A stored UTC moment reads on Korea's clock, never the PC's, with its zone named.
    assert moment(datetime(2026, 3, 4, 5, 30, tzinfo=UTC), "ko") == "2026. 3. 4. (수) 14:30 KST"
    # Its day is Korea's too: 20:00 UTC on the 3rd is already the 4th in Seoul (a naive one is UTC).
    assert moment_day(datetime(2026, 3, 3, 20, 0, tzinfo=UTC), "en") == "2026-03-04"
    assert moment_day(datetime(2026, 3, 3, 20, 0), "ko") == "2026. 3. 4." and moment_day(None, "en") == ""


# Where a Korean amount is spelled out with 억/만 units outside the one formatting module, the
# screen and the PDF can drift apart again (they did: 4억2,000만 vs 4억2000만). Parsing (importers)
# reads units and is not a second way of writing them.
_SPELLED_UNITS = re.compile(r"f[\"'][^\"']*\}(조|억|만)")


def test_no_second_copy_of_the_korean_amount_writer() -> None:
    package = Path(kotra_invest.__file__).parent
    copies = [
        str(path.relative_to(package))
        for path in package.rglob("*.py")
        if path.name != "formatting.py" and _SPELLED_UNITS.search(path.read_text(encoding="utf-8"))
    ]
    assert copies == []


def test_a_text_of_several_lines_shows_on_one_table_row() -> None:
    from kotra_invest.formatting import one_line

    mail = "[노르빅] 새만금 투자 계획\n\n안녕하세요,  김 과장님.\r\n\r\n계획서를 보내드립니다."
    assert one_line(mail) == "[노르빅] 새만금 투자 계획 — 안녕하세요, 김 과장님. 계획서를 보내드립니다."
    assert one_line("Site visit in Ulsan") == "Site visit in Ulsan"
    assert one_line("  \n ") == ""
    cut = one_line("x" * 200, limit=10)
    assert cut == "xxxxxxxxx…" and len(cut) == 10
