"""`report fdi` (the ministry's quarterly table) and `rates list|set|import` (dated exchange rates)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kotra_invest.catalog import msg
from kotra_invest.commands._shared import amount, command_adder, day, opened, output_file, print_json, say
from kotra_invest.help_language import tr


def cmd_report_fdi(args: argparse.Namespace) -> int:
    from kotra_invest.briefing.fdi_xlsx import write_fdi_xlsx
    from kotra_invest.services.fdi_report import check_period, fdi_report, report_json

    check_period(args.year, args.quarter)  # bad input: one sentence, before the database is opened
    xlsx = output_file(args.xlsx, ".xlsx") if args.xlsx else None
    lang = args.settings.lang
    with opened(args) as ctx:
        report = fdi_report(ctx, args.year, args.quarter, args.country)
    if xlsx is not None:
        write_fdi_xlsx(report, xlsx, lang)
    if args.json:
        print_json(report_json(report, lang))
        return 0
    total = report.total
    say(
        args,
        msg(
            "commands.fdi",
            "{year}: notified USD {notified_usd:,} · arrived USD {arrived_usd:,} (country by: {country_basis_label})",
        ),
        year=args.year,
        notified_usd=total.notified_usd,
        arrived_usd=total.arrived_usd,
        country_basis_label=report.country_basis_label,
    )
    for r in report.rates_used:
        say(
            args,
            msg("commands.fdi", "  rate {currency} {on_date}: 1 USD = {units_per_usd}"),
            currency=r.currency,
            on_date=r.on_date,
            units_per_usd=r.units_per_usd,
        )
    for u in report.unconverted:
        say(
            args,
            msg("commands.fdi", "  no rate, left out: {currency} {amount:,} ({on_date})"),
            currency=u.currency,
            amount=u.amount,
            on_date=u.on_date,
        )
    if xlsx is not None:
        say(args, msg("commands.fdi", "Written: {xlsx}"), xlsx=xlsx)
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
            msg("commands.fdi", "Saved: {currency} {on_date} 1 USD = {units_per_usd}"),
            currency=row.currency,
            on_date=row.on_date,
            units_per_usd=row.units_per_usd,
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
        say(args, msg("commands.fdi", "Imported {count} rates."), count=count)
    return 0


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    def group(name: str, help_text: str) -> Any:
        parser = commands.add_parser(name, parents=[common], help=help_text, description=help_text)
        return parser.add_subparsers(dest=f"{name}_command", required=True, metavar="COMMAND")

    add = command_adder(common)

    reports = group("report", tr(msg("cli", "reports counted the ministry's way")))
    fdi = add(
        reports,
        "fdi",
        cmd_report_fdi,
        tr(
            msg(
                "cli",
                "the ministry's quarterly FDI table: 신고 and 도착 by quarter and "
                "country, industry, type, 신규/증액, region and province (USD, to the cent)",
            )
        ),
    )
    fdi.add_argument("--year", type=int, required=True)
    fdi.add_argument("--quarter", type=int, help=tr(msg("cli", "1-4 (default: the whole year, quarter by quarter)")))
    fdi.add_argument(
        "--country",
        choices=("direct", "ultimate"),
        default="direct",
        help=tr(
            msg(
                "cli",
                "count by the direct investor's country (the official statistics', default) or the ultimate parent's",
            )
        ),
    )
    fdi.add_argument("--xlsx", metavar="FILE", help=tr(msg("cli", "write the table as an Excel workbook")))
    fdi.add_argument("--json", action="store_true", help=tr(msg("cli", "print the table as JSON")))

    rates = group("rates", tr(msg("cli", "dated exchange rates: non-USD tranches convert at their date's rate")))
    rlist = add(rates, "list", cmd_rates_list, tr(msg("cli", "list the rates (1 USD = N units), by currency and date")))
    rlist.add_argument("--currency")
    rlist.add_argument("--json", action="store_true", help=tr(msg("cli", "print a JSON array")))
    rset = add(rates, "set", cmd_rates_set, tr(msg("cli", "add or replace the rate of a currency from a date on")))
    rset.add_argument("currency", help=tr(msg("cli", "ISO 4217 code, e.g. KRW, EUR, JPY")))
    rset.add_argument("units_per_usd", help=tr(msg("cli", "units of the currency per US dollar, e.g. 1385.5 for KRW")))
    rset.add_argument("--on", required=True, metavar="YYYY-MM-DD", help=tr(msg("cli", "the day the rate applies from")))
    rset.add_argument("--source", help=tr(msg("cli", "where the rate comes from, e.g. 서울외국환중개 매매기준율")))
    rset.add_argument("--json", action="store_true", help=tr(msg("cli", "print the rate as JSON")))
    rimport = add(
        rates,
        "import",
        cmd_rates_import,
        tr(msg("cli", "add or replace rates from a CSV (currency, date, units per USD[, source]); all or nothing")),
    )
    rimport.add_argument("file")
    rimport.add_argument("--json", action="store_true", help=tr(msg("cli", "print the count as JSON")))
