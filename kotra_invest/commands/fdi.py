"""`report fdi` (the ministry's quarterly table) and `rates list|set|import` (dated exchange rates)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kotra_invest.commands._shared import amount, command_adder, day, opened, print_json, say


def cmd_report_fdi(args: argparse.Namespace) -> int:
    from kotra_invest.briefing.fdi_xlsx import write_fdi_xlsx
    from kotra_invest.services.fdi_report import check_period, fdi_report, report_json

    check_period(args.year, args.quarter)  # bad input: one sentence, before the database is opened
    lang = args.settings.lang
    with opened(args) as ctx:
        report = fdi_report(ctx, args.year, args.quarter, args.country)
    if args.xlsx:
        write_fdi_xlsx(report, Path(args.xlsx), lang)
    if args.json:
        print_json(report_json(report, lang))
        return 0
    total = report.total
    say(
        args,
        f"{args.year}년 신고 USD {total.notified_usd:,} · 도착 USD {total.arrived_usd:,} "
        f"(국가 기준: {report.country_basis_label})",
        f"{args.year}: notified USD {total.notified_usd:,} · arrived USD {total.arrived_usd:,} "
        f"(country by: {report.country_basis_label})",
    )
    for r in report.rates_used:
        say(
            args,
            f"  환율 {r.currency} {r.on_date}: 1달러 = {r.units_per_usd}",
            f"  rate {r.currency} {r.on_date}: 1 USD = {r.units_per_usd}",
        )
    for u in report.unconverted:
        say(
            args,
            f"  환율 없음, 합계 제외: {u.currency} {u.amount:,} ({u.on_date})",
            f"  no rate, left out: {u.currency} {u.amount:,} ({u.on_date})",
        )
    if args.xlsx:
        say(args, f"저장했습니다: {args.xlsx}", f"Written: {args.xlsx}")
    return 0


def cmd_rates_list(args: argparse.Namespace) -> int:
    from kotra_invest.services.fx import list_rates

    with opened(args) as ctx:
        rows = list_rates(ctx, args.currency)
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        print(f"{r.currency}  {r.on_date}  {r.units_per_usd}  {r.source or ''}".rstrip())
    return 0


def cmd_rates_set(args: argparse.Namespace) -> int:
    from kotra_invest.services.fx import check_rate, set_rate

    on = day(args.on, "on_date")
    units = amount(args.units_per_usd, "units_per_usd")
    check_rate(args.currency, on, units)  # before the database is opened
    with opened(args) as ctx:
        row = set_rate(ctx, args.currency, on, units, args.source)
    if args.json:
        print_json(row)
    else:
        say(
            args,
            f"저장했습니다: {row.currency} {row.on_date} 1달러 = {row.units_per_usd}",
            f"Saved: {row.currency} {row.on_date} 1 USD = {row.units_per_usd}",
        )
    return 0


def cmd_rates_import(args: argparse.Namespace) -> int:
    from kotra_invest.services.fx import import_rates, read_rates_file

    path = Path(args.file)
    read_rates_file(path)  # a bad file is refused before the database is opened
    with opened(args) as ctx:
        count = import_rates(ctx, path)
    if args.json:
        print_json({"imported": count})
    else:
        say(args, f"환율 {count}건을 가져왔습니다.", f"Imported {count} rates.")
    return 0


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    def group(name: str, help_text: str) -> Any:
        parser = commands.add_parser(name, parents=[common], help=help_text, description=help_text)
        return parser.add_subparsers(dest=f"{name}_command", required=True, metavar="COMMAND")

    add = command_adder(common)

    reports = group("report", "reports counted the ministry's way")
    fdi = add(
        reports,
        "fdi",
        cmd_report_fdi,
        "the ministry's quarterly FDI table: 신고 and 도착 by quarter and "
        "country, industry, type, 신규/증액, region and province (USD, to the cent)",
    )
    fdi.add_argument("--year", type=int, required=True)
    fdi.add_argument("--quarter", type=int, help="1-4 (default: the whole year, quarter by quarter)")
    fdi.add_argument(
        "--country",
        choices=("direct", "ultimate"),
        default="direct",
        help="count by the direct investor's country (the official statistics', default) or the ultimate parent's",
    )
    fdi.add_argument("--xlsx", metavar="FILE", help="write the table as an Excel workbook")
    fdi.add_argument("--json", action="store_true", help="print the table as JSON")

    rates = group("rates", "dated exchange rates: non-USD tranches convert at their date's rate")
    rlist = add(rates, "list", cmd_rates_list, "list the rates (1 USD = N units), by currency and date")
    rlist.add_argument("--currency")
    rlist.add_argument("--json", action="store_true", help="print a JSON array")
    rset = add(rates, "set", cmd_rates_set, "add or replace the rate of a currency from a date on")
    rset.add_argument("currency", help="ISO 4217 code, e.g. KRW, EUR, JPY")
    rset.add_argument("units_per_usd", help="units of the currency per US dollar, e.g. 1385.5 for KRW")
    rset.add_argument("--on", required=True, metavar="YYYY-MM-DD", help="the day the rate applies from")
    rset.add_argument("--source", help="where the rate comes from, e.g. 서울외국환중개 매매기준율")
    rset.add_argument("--json", action="store_true", help="print the rate as JSON")
    rimport = add(
        rates,
        "import",
        cmd_rates_import,
        "add or replace rates from a CSV (currency, date, units per USD[, source]); all or nothing",
    )
    rimport.add_argument("file")
    rimport.add_argument("--json", action="store_true", help="print the count as JSON")
