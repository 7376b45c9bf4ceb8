"""`map`: the dashboard's tile map of Korea for a figure and a year, saved as a PNG.

The PNG is painted by the desktop's own painter (ui/korea_map.py) on an offscreen image, so it is
the dashboard's map to the pixel; ui is imported only when the command runs, as `run` does.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from kotra_invest.catalog import msg
from kotra_invest.commands._shared import opened, output_file, say
from kotra_invest.help_language import tr

FIGURE_CHOICES = ("notified", "arrived", "pipeline", "delegations", "cases")


def cmd_map(args: argparse.Namespace) -> int:
    from kotra_invest.domain.errors import DomainError, ValidationError
    from kotra_invest.services.korea_map import korea_map

    path = output_file(args.png, ".png")
    if not path.parent.is_dir():  # a typo in the folder must not create folders
        raise ValidationError("write_failed", path=str(path), reason=msg("commands.map", "no such folder"))
    year = args.year or date.today().year
    lang = args.settings.lang
    with opened(args) as ctx:
        data = korea_map(ctx, args.figure, year, lang=lang)
    from kotra_invest.ui.korea_map import save_png

    try:
        save_png(data, path)
    except DomainError:
        raise
    except OSError as exc:
        raise ValidationError("write_failed", path=str(path), reason=exc.strerror or str(exc)) from exc
    if not data.available:
        say(
            args,
            msg("commands.map", "{figure_label}: not available (an empty map was saved)"),
            figure_label=data.figure_label,
        )
    say(args, msg("commands.map", "Map saved: {path}"), path=path)
    return 0


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    sub = commands.add_parser(
        "map",
        parents=[common],
        help=tr(msg("cli", "the tile map of Korea for a figure, as a PNG")),
        description=tr(msg("cli", "the dashboard's tile map of Korea, one figure per province, saved as a PNG")),
    )
    sub.set_defaults(handler=cmd_map)
    sub.add_argument(
        "--figure",
        required=True,
        choices=FIGURE_CHOICES,
        help=tr(
            msg(
                "cli",
                "notified (신고 USD), arrived (도착 USD), pipeline (projects), delegations (by lead "
                "province) or cases (open grievance cases)",
            )
        ),
    )
    sub.add_argument("--year", type=int, help=tr(msg("cli", "the year (default: this year)")))
    sub.add_argument("--png", required=True, metavar="FILE", help=tr(msg("cli", "the PNG file to write")))
