"""`pack reports`: the kept reports of mission packs merged here, listed or one in full."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from kotra_invest.catalog import msg
from kotra_invest.commands._help import tr


def register(pack_commands: Any, common: argparse.ArgumentParser) -> None:
    """Add `pack reports [ID]` to the `pack` command group."""
    text = tr(msg("cli", "list the reports of merged mission packs, or show one (its id or the first characters)"))
    reports = pack_commands.add_parser("reports", parents=[common], help=text, description=text)
    reports.add_argument("report", nargs="?", help=tr(msg("cli", "the report to show in full")))
    reports.add_argument("--json", action="store_true", help=tr(msg("cli", "print JSON")))
    reports.set_defaults(handler=cmd_pack_reports)


def _value(value: Any) -> str:
    return "(empty)" if value is None or value == [] else repr(value)


def cmd_pack_reports(args: argparse.Namespace) -> int:
    from kotra_invest.commands._shared import opened, print_json
    from kotra_invest.services.merge_history import merge_report, merge_reports

    ko = args.settings.lang == "ko"
    with opened(args) as ctx:
        if args.report is None:
            rows = merge_reports(ctx)
        else:
            report = merge_report(ctx, args.report)
    if args.report is None:
        if args.json:
            print_json(rows)
            return 0
        if not rows:
            print(msg("commands.pack_reports", "No mission pack has been merged here.").text(args.settings.lang))
        for row in rows:
            counts = ", ".join(f"{kind} {n}" for kind, n in row.counts.items() if n)
            print(f"{str(row.id)[:8]}  {row.at:%Y-%m-%d %H:%M} UTC  {row.by:<12} {row.delegation}  ({counts or '-'})")
        return 0
    if args.json:
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    print(f"{report['delegation']} · {report['at'][:16]} · {report['by']} · {report['pack']}")
    reason = "reason_ko" if ko else "reason"
    items = report["items"]
    for c in items["conflict"]:
        print(
            f"CONFLICT {c['entity']} '{c['label']}' {c['field']}: home {_value(c['home'])} / pack {_value(c['pack'])}"
            f" -> {c['choice']}"
        )
    for kind, head in (("refused", "REFUSED"), ("already_home", "ALREADY HOME"), ("erased", "ERASED")):
        for h in items[kind]:
            where = f" {h['field']} {_value(h['pack'])}" if h["field"] else ""
            print(f"{head} {h['entity']} '{h['label']}'{where}: {h[reason]}")
    for t in items["twin"]:
        print(
            f"TWIN {t['entity']} '{t['pack_label']}' {t['record_id']} / home '{t['home_label']}' {t['home_id']}: "
            f"{t[reason]}"
        )
    for c in items["update"]:
        print(f"CHANGED {c['entity']} '{c['label']}' {c['field']}: {_value(c['home'])} -> {_value(c['pack'])}")
    for c in items["insert"]:
        print(f"ADDED {c['entity']} '{c['label']}'")
    return 0
