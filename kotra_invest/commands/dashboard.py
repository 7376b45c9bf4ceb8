"""`dashboard`: the dashboard's figures for a year, including its 신고/도착 USD totals."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from kotra_invest import formatting
from kotra_invest.catalog import msg
from kotra_invest.commands._shared import opened, print_json, say
from kotra_invest.domain.errors import ValidationError
from kotra_invest.files.text import display_width, padded
from kotra_invest.help_language import tr


def cmd_dashboard(args: argparse.Namespace) -> int:
    from kotra_invest.services.dashboard import year_figures
    from kotra_invest.services.read_models import to_json

    year = date.today().year if args.year is None else args.year
    if not 1900 <= year <= 2100:  # 0 read as "this year", 99999 was an "unexpected error"
        raise ValidationError("date_out_of_range", field="year", value=str(year))
    with opened(args) as ctx:
        figures = year_figures(ctx, year)
    total = figures.fdi_total
    if args.json:
        # The headline first: the year's notified (신고) and arrived (도착) USD, then every figure.
        print_json(
            {
                "year": year,
                "notified_usd": total.notified_usd,
                "arrived_usd": total.arrived_usd,
                "figures": to_json(figures),
            }
        )
        return 0
    lang = args.settings.lang
    notified, arrived = formatting.usd(total.notified_usd, lang), formatting.usd(total.arrived_usd, lang)
    say(
        args,
        msg("commands.dashboard", "{year}: notified (신고) {notified} · arrived (도착) {arrived}"),
        year=year,
        notified=notified,
        arrived=arrived,
    )
    say(
        args,
        msg("commands.dashboard", "delegations: {counted} of {target}"),
        counted=figures.delegations.counted,
        target=figures.delegation_target,
    )
    names, counts = figures.names.stages, figures.projects_by_stage  # names in the pipeline's order
    order = [code for code in names if code in counts] + [code for code in counts if code not in names]
    stages = {names.get(code, code): counts[code] for code in order}
    width = max((display_width(name) for name in stages), default=0)
    for name, count in stages.items():
        print(f"  {padded(name, width)} {count:>6,}")
    return 0


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    sub = commands.add_parser(
        "dashboard",
        parents=[common],
        help=tr(msg("cli", "the dashboard's figures for a year")),
        description=tr(msg("cli", "the dashboard's figures for a year, with the notified and arrived USD totals")),
    )
    sub.set_defaults(handler=cmd_dashboard)
    sub.add_argument("--year", type=int, help=tr(msg("cli", "the year (default: this year)")))
    sub.add_argument("--json", action="store_true", help=tr(msg("cli", "print the figures as JSON")))
