"""The ministry's quarterly table, from tranches built by hand (tests/fdi_quarter.py): the JSON
and the workbook (read back by LibreOffice) cell by cell against sums computed by hand, to the
cent, on SQLite and PostgreSQL; the CLI's bad input; the rates table and its CSV import."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from fdi_quarter import (
    EXPECTED_DIRECT,
    EXPECTED_RATES,
    EXPECTED_TOTAL,
    EXPECTED_ULTIMATE_COUNTRY,
    EXPECTED_UNCONVERTED,
    build_quarter,
)
from office import soffice, xlsx_rows_via_libreoffice

from kotra_invest.domain.errors import ValidationError
from kotra_invest.services import dashboard, fx
from kotra_invest.services.fdi_report import DIMENSIONS, fdi_report
from kotra_invest.services.unit_of_work import Context

ZERO = (Decimal(0), Decimal(0))


def _cli(*args: str, db: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "KOTRA_INVEST_LANG": "en",
        "KOTRA_INVEST_USER": "tester",
    }
    env.pop("KOTRA_INVEST_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "kotra_invest", "--db", db, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )


def _figures(cell: dict[str, str]) -> tuple[Decimal, Decimal]:
    return Decimal(cell["notified_usd"]), Decimal(cell["arrived_usd"])


def test_the_quarterly_table_as_json_and_xlsx_is_the_hand_computed_sums(
    ctx: Context, db_url: str, tmp_path: Path
) -> None:
    build_quarter(ctx)
    out = tmp_path / "fdi-2026-q2.xlsx"
    result = _cli(
        "report", "fdi", "--year", "2026", "--quarter", "2", "--xlsx", str(out), "--json", db=db_url, home=tmp_path
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["quarters"] == [2] and data["country_basis"] == "direct"
    for dimension in DIMENSIONS:
        rows = {row["key"]: row for row in data["sections"][dimension]["rows"]}
        for key, row in rows.items():
            want = EXPECTED_DIRECT[dimension].get(key, ZERO)
            assert _figures(row["quarters"]["Q2"]) == want, (dimension, key)
            assert _figures(row["total"]) == want, (dimension, key)
        assert set(EXPECTED_DIRECT[dimension]) <= set(rows), dimension
        # Every tranche counts once in each section: each section adds up to the total.
        sums = tuple(sum((_figures(r["total"])[i] for r in rows.values()), Decimal(0)) for i in (0, 1))
        assert sums == EXPECTED_TOTAL, dimension
    # Every region and province is listed, with or without money: the ministry's table has them all.
    assert len(data["sections"]["region"]["rows"]) == 8 and len(data["sections"]["province"]["rows"]) == 17
    assert _figures(data["total"]) == EXPECTED_TOTAL
    assert [
        (r["currency"], date.fromisoformat(r["on_date"]), Decimal(r["units_per_usd"])) for r in data["rates_used"]
    ] == EXPECTED_RATES
    assert [
        (u["currency"], date.fromisoformat(u["on_date"]), Decimal(u["amount"])) for u in data["unconverted"]
    ] == EXPECTED_UNCONVERTED

    ultimate = _cli(
        "report", "fdi", "--year", "2026", "--quarter", "2", "--country", "ultimate", "--json", db=db_url, home=tmp_path
    )
    assert ultimate.returncode == 0, ultimate.stderr
    countries = {r["key"]: _figures(r["total"]) for r in json.loads(ultimate.stdout)["sections"]["country"]["rows"]}
    assert countries == EXPECTED_ULTIMATE_COUNTRY

    if soffice() is None:
        pytest.skip("LibreOffice is not installed")
    sheet = xlsx_rows_via_libreoffice(out, tmp_path)
    assert sheet[1][0] == "Country by: Direct investor's country"
    names = {  # what the sheet calls each key, in English
        "country": {"NL": "Netherlands", "JP": "Japan", "DE": "Germany"},
        "industry": {"BATTERY": "Secondary batteries", "SEMI": "Semiconductors", "HYDROGEN": "Hydrogen"},
        "type": {"greenfield": "Greenfield", "mna": "M&A"},
        "new_or_additional": {"new": "New", "additional": "Additional (existing investor)"},
        "region": {
            "CC": "Central (Chungcheong)",
            "CAP": "Capital Region",
            "JB": "Jeonbuk Special Self-Governing Province",
        },
        "province": {"KR-44": "Chungnam", "KR-11": "Seoul", "KR-45": "Jeonbuk"},
    }
    headers = {
        "country": "Country",
        "industry": "Industry",
        "type": "Type",
        "new_or_additional": "New / additional",
        "region": "Region (5+3)",
        "province": "Province",
    }

    def money(text: str) -> Decimal:
        return Decimal(text.replace(",", "")) if text.strip() else Decimal(0)

    starts = {row[0]: i for i, row in enumerate(sheet) if row and row[0] in headers.values()}
    assert set(starts) == set(headers.values())
    for dimension, header in headers.items():
        top = starts[header]
        assert sheet[top][1:5] == ["Q2 Notified", "Q2 Arrived", "Total Notified", "Total Arrived"]
        section = []
        for row in sheet[top + 1 :]:
            if not row or not row[0]:
                break
            section.append(row)
        by_label = {row[0]: row for row in section}
        assert by_label["Total"][1:5] == [f"{v:,.2f}" for v in (*EXPECTED_TOTAL, *EXPECTED_TOTAL)], dimension
        for key, label in names[dimension].items():
            want = EXPECTED_DIRECT[dimension][key]
            assert [money(c) for c in by_label[label][1:5]] == [*want, *want], (dimension, label)
        others = [row for row in section if row[0] not in (*names[dimension].values(), "Total")]
        assert all(money(c) == 0 for row in others for c in row[1:5]), dimension


def test_the_dashboard_counts_non_usd_tranches_at_their_rate_and_says_which(ctx: Context) -> None:
    build_quarter(ctx)
    figures = dashboard.year_figures(ctx, 2026)
    # The year: the quarter plus the Q1 and Q3 tranches of 999 and 777 USD.
    assert figures.fdi_total.notified_usd == EXPECTED_TOTAL[0] + Decimal(999 + 777)
    assert figures.fdi_total.arrived_usd == EXPECTED_TOTAL[1]
    assert [(r.currency, r.on_date, r.units_per_usd) for r in figures.rates_used] == EXPECTED_RATES
    assert [(u.currency, u.on_date, u.amount) for u in figures.unconverted] == EXPECTED_UNCONVERTED


def test_a_report_asks_for_a_real_quarter_and_basis(ctx: Context) -> None:
    with pytest.raises(ValidationError, match="quarter"):
        fdi_report(ctx, 2026, 5)
    with pytest.raises(ValidationError):
        fdi_report(ctx, 2026, None, "sideways")


def test_rates_cli_set_list_import_and_refusals(sqlite_url: str, tmp_path: Path) -> None:
    assert _cli("db", "upgrade", db=sqlite_url, home=tmp_path).returncode == 0
    ok = _cli("rates", "set", "eur", "0.92", "--on", "2026-01-02", "--json", db=sqlite_url, home=tmp_path)
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["currency"] == "EUR"
    # A user's file: a title row, Korean headers, CP949, thousands separators, dotted dates.
    good = tmp_path / "환율.csv"
    good.write_bytes(
        '2026년 매매기준율\n통화,기준일,환율(1달러당),출처\nKRW,2026.01.02,"1,450.50",서울외국환중개\nJPY,2026-03-31,150.2,\n'.encode(
            "cp949"
        )
    )
    imported = _cli("rates", "import", str(good), db=sqlite_url, home=tmp_path)
    assert imported.returncode == 0 and "Imported 2 rates" in imported.stdout, imported.stderr
    listed = json.loads(_cli("rates", "list", "--json", db=sqlite_url, home=tmp_path).stdout)
    assert [(r["currency"], r["on_date"], Decimal(r["units_per_usd"])) for r in listed] == [
        ("EUR", "2026-01-02", Decimal("0.92")),
        ("JPY", "2026-03-31", Decimal("150.2")),
        ("KRW", "2026-01-02", Decimal("1450.5")),
    ]
    bad_file = tmp_path / "bad.csv"
    bad_file.write_text("currency,date,rate\nCHF,2026-01-05,0.88\nKRW,2026-02-30,1400\n", encoding="utf-8")
    for args, word in (
        (("rates", "set", "XYZ", "1", "--on", "2026-01-02"), "XYZ"),
        (("rates", "set", "USD", "1", "--on", "2026-01-02"), "USD needs no rate"),
        (("rates", "set", "KRW", "-5", "--on", "2026-01-02"), "above 0"),
        (("rates", "set", "KRW", "1400", "--on", "2026-13-01"), "Date"),
        (("rates", "import", str(bad_file)), "line 3"),
        (("rates", "import", str(tmp_path / "missing.csv")), "Cannot read"),
        (("report", "fdi", "--year", "2026", "--quarter", "5"), "quarter"),
    ):
        result = _cli(*args, db=sqlite_url, home=tmp_path)
        assert result.returncode == 2, (args, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and word in lines[0] and "Traceback" not in result.stderr, (args, result.stderr)
    after = json.loads(_cli("rates", "list", "--json", db=sqlite_url, home=tmp_path).stdout)
    assert after == listed  # nothing of the bad file (not even its good CHF line) was saved


def test_the_most_recent_rate_on_or_before_the_date_applies() -> None:
    book = fx.RateBook({"EUR": [(date(2026, 5, 1), Decimal("0.9")), (date(2026, 1, 1), Decimal("0.8"))]})
    used = fx.Conversion()
    assert book.to_usd(Decimal(90), "EUR", date(2026, 5, 1), used) == Decimal("100.00")
    assert book.to_usd(Decimal(80), "EUR", date(2026, 4, 30), used) == Decimal("100.00")
    assert book.to_usd(Decimal(80), "EUR", date(2025, 12, 31), used) is None
    assert book.to_usd(Decimal(5), "USD", date(2020, 1, 1), used) == Decimal(5)
    assert [u.on_date for u in used.unconverted] == [date(2025, 12, 31)]
