"""Cell values as officers write them: amounts, dates, phones, e-mails, company names, column names."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from decimal import Decimal

import pytest

from kotra_invest.importers.dedupe import CompanyIndex, company_key
from kotra_invest.importers.mapping import Mapping, suggest_mapping
from kotra_invest.importers.values import (
    CellError,
    parse_amount,
    parse_date,
    parse_datetime,
    parse_day_and_time,
    parse_email,
    parse_instant,
    parse_phone,
)


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("4억2000만", "420000000", "KRW"),
        ("4억 2,000만 원", "420000000", "KRW"),
        ("1.5억", "150000000", "KRW"),
        ("3천만", "30000000", "KRW"),
        ("1조 2천억", "1200000000000", "KRW"),
        ("500만 달러", "5000000", "USD"),
        ("USD 12.5M", "12500000", "USD"),
        ("$12.5 million", "12500000", "USD"),
        ("US$ 2 bn", "2000000000", "USD"),
        ("₩3,000,000,000", "3000000000", "KRW"),
        ("￦ 1,000", "1000", "KRW"),
        ("EUR 3m", "3000000", "EUR"),
        ("12,500,000", "12500000", None),
        ("７５０", "750", None),  # full-width digits from a Korean IME
        (12500000, "12500000", None),
        (1234.5, "1234.5", None),
    ],
)
def test_amount_notations(text: object, amount: str, currency: str | None) -> None:
    assert parse_amount(text, "capex") == (Decimal(amount).quantize(Decimal("0.01")), currency)


@pytest.mark.parametrize(
    "text", ["abc", "1억억", "5만 3억", "12.5 zillion", "-5", "USD 5 EUR", "1,2,3", "nan", "1e400"]
)
def test_what_is_not_an_amount_is_refused_with_the_text(text: str) -> None:
    with pytest.raises(CellError) as caught:
        parse_amount(text, "capex")
    assert caught.value.field == "capex"


def test_blank_amount_is_none() -> None:
    assert parse_amount("  ", "capex") is None and parse_amount(None, "capex") is None


@pytest.mark.parametrize(
    "text",
    [
        "2026.3.4",
        "2026. 3. 4.",
        "2026-03-04",
        "2026/03/04",
        "2026년 3월 4일",
        "26.3.4",
        "20260304",
        46085,
        "46085",
        datetime(2026, 3, 4),
        date(2026, 3, 4),
        "2026.03.04",
    ],
)
def test_korean_and_iso_dates_and_excel_serials(text: object) -> None:
    assert parse_date(text, "on") == date(2026, 3, 4)


def test_day_first_or_month_first_only_when_unambiguous() -> None:
    assert parse_date("25/03/2026", "on") == date(2026, 3, 25)
    assert parse_date("03/25/2026", "on") == date(2026, 3, 25)
    with pytest.raises(CellError) as caught:
        parse_date("03/04/2026", "on")
    assert caught.value.code == "import_ambiguous_date"


@pytest.mark.parametrize("text", ["2026-02-30", "yesterday", "12", 99999999, True, "2026.13.1"])
def test_impossible_dates_are_refused(text: object) -> None:
    with pytest.raises(CellError):
        parse_date(text, "on")


def test_times_are_korean_wall_clock_stored_as_utc() -> None:
    assert parse_datetime("2026년 3월 4일 오후 2시 30분", "at") == datetime(2026, 3, 4, 14, 30)
    assert parse_instant("2026-03-04 14:30", "at") == datetime(2026, 3, 4, 5, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("2026. 3. 4. (수) 14:00", time(14)),  # the app's own day, then a time
        ("2026-03-04 (Wed) 2:00 PM", time(14)),
        ("2026.3.4 오후 2:00", time(14)),
        ("26.3.4 14시 30분", time(14, 30)),
        ("2026년 3월 4일 오전 12시", time(0)),
        ("2026-03-04T14:30", time(14, 30)),
        ("2026. 3. 4. (수)", None),  # a day alone: the box keeps its time
        ("2026-03-04", None),
    ],
)
def test_a_day_and_the_time_written_after_it(text: str, at: time | None) -> None:
    assert parse_day_and_time(text, "at") == (date(2026, 3, 4), at)
    assert parse_datetime(text, "at") == datetime.combine(date(2026, 3, 4), at or time())


def test_what_is_no_date_and_time_is_said_so() -> None:
    with pytest.raises(CellError) as caught:
        parse_day_and_time("2026-03-04 25:00", "at")
    assert caught.value.message("en") == (
        "Not a date and time: 2026-03-04 25:00 (e.g. 2026-03-04 14:00, 2026.3.4 2:00 PM)"
    )
    with pytest.raises(CellError) as caught:
        parse_day_and_time("3/4/2026 14:00", "at")
    assert caught.value.code == "import_ambiguous_date"
    assert parse_day_and_time("  ", "at") is None


def test_phones_are_written_internationally() -> None:
    assert parse_phone("02-3460-7114", "phone") == "+82 2-3460-7114"
    assert parse_phone("010 1234 5678", "phone") == "+82 10-1234-5678"
    assert parse_phone(1012345678, "phone") == "+82 10-1234-5678"  # Excel ate the leading 0
    assert parse_phone("+49 89 636 00", "phone").startswith("+49 89")
    with pytest.raises(CellError) as caught:
        parse_phone("12", "phone")
    assert caught.value.code == "import_bad_phone"


def test_emails_are_checked_and_their_domain_lowercased() -> None:
    assert parse_email("mailto:Jane.Doe@Example.COM", "email") == "Jane.Doe@example.com"
    with pytest.raises(CellError):
        parse_email("jane at example", "email")


def test_company_names_compare_without_legal_form_case_or_width() -> None:
    assert company_key("Siemens AG") == company_key("SIEMENS Aktiengesellschaft") == company_key("ｓｉｅｍｅｎｓ")
    assert company_key("(주)한화") == company_key("한화 주식회사")
    assert company_key("Siemens Energy") != company_key("Siemens")


def test_fuzzy_duplicates_catch_a_typo_but_not_a_different_company() -> None:
    index = CompanyIndex()
    index.add("Samsung Biologics", None, 2)
    index.add("Siemens", None, 3)
    found = index.find("Samsung Biologic Co., Ltd.")
    assert found is not None and found.row == 2 and found.reason in ("name", "fuzzy_name")
    typo = index.find("Samsnug Biologics")
    assert typo is not None and typo.reason == "fuzzy_name" and typo.score >= 90
    assert index.find("Siemens Energy") is None


def test_columns_are_mapped_from_korean_and_english_headers() -> None:
    mapping = suggest_mapping("investors", ("회사명", "Country", "업종", "홈페이지 ", "비고", "내부코드"))
    assert mapping.columns == ("name", "country", "industry", "website", "notes", None)
    contacts = suggest_mapping("contacts", ("기업명", "성명", "직위", "E-mail", "휴대폰"))
    assert contacts.columns == ("investor", "full_name", "job_title", "email", "phone")
    assert contacts.missing_required() == ()


def test_a_user_reassigns_a_column_and_a_field_stays_in_one_column() -> None:
    mapping = Mapping("investors", ("A", "B"), ("name", None))
    changed = mapping.assign(1, "name")
    assert changed.columns == (None, "name")
    assert changed.missing_required() == ()
    assert Mapping("investors", ("A",), (None,)).missing_required() == ("name",)
