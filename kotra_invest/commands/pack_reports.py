"""`pack reports`: the kept reports of mission packs merged here, listed or one in full."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from kotra_invest.catalog import Message, msg
from kotra_invest.help_language import tr


def register(pack_commands: Any, common: argparse.ArgumentParser) -> None:
    """Add `pack reports [ID]` to the `pack` command group."""
    text = tr(msg("cli", "list the reports of merged mission packs, or show one (its id or the first characters)"))
    reports = pack_commands.add_parser("reports", parents=[common], help=text, description=text)
    reports.add_argument("report", nargs="?", help=tr(msg("cli", "the report to show in full")))
    reports.add_argument("--json", action="store_true", help=tr(msg("cli", "print JSON")))
    reports.set_defaults(handler=cmd_pack_reports)


TWIN = msg("commands.packs", "TWIN {entity} '{pack_label}' {record_id} / home '{home_label}' {home_id}: {reason}")
"""A pack's record that may be one the database has already (`pack reports`, `pack merge`)."""


_COUNTED = {"inserted": "insert", "updated": "update", "conflicts": "conflict", "twins": "twin"}
"""A report's counts (`MergeReportRow.counts`) by the heads of their lines (`MERGE_HEADS`)."""


def _head(head: Message | None, kind: str, lang: str) -> str:
    return kind if head is None else head.text(lang)


def _value(value: Any, lang: str) -> str:
    return msg("commands.packs", "(empty)").text(lang) if value is None or value == [] else repr(value)


def cmd_pack_reports(args: argparse.Namespace) -> int:
    from kotra_invest.commands._shared import MERGE_HEADS, opened, print_json
    from kotra_invest.domain.kinds import record_kind
    from kotra_invest.services.merge_history import merge_report, merge_reports

    lang = args.settings.lang
    ko = lang == "ko"
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
            heads = {kind: MERGE_HEADS.get(_COUNTED.get(kind, kind)) for kind in row.counts}
            counts = ", ".join(f"{_head(heads[kind], kind, lang)} {n}" for kind, n in row.counts.items() if n)
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
        said = msg("commands.packs", "CONFLICT {entity} '{label}' {field}: home {home} / pack {pack} -> {choice}")
        home, pack = _value(c["home"], lang), _value(c["pack"], lang)
        print(
            said.text(
                lang,
                entity=record_kind(c["entity"], lang),
                label=c["label"],
                field=c["field"],
                home=home,
                pack=pack,
                choice=c["choice"],
            )
        )
    for kind in ("refused", "already_home", "erased"):
        head = MERGE_HEADS[kind].text(lang)
        for h in items[kind]:
            where = f" {h['field']} {_value(h['pack'], lang)}" if h["field"] else ""
            print(f"{head} {record_kind(h['entity'], lang)} '{h['label']}'{where}: {h[reason]}")
    for t in items["twin"]:
        print(
            TWIN.text(
                lang,
                entity=record_kind(t["entity"], lang),
                pack_label=t["pack_label"],
                record_id=t["record_id"],
                home_label=t["home_label"],
                home_id=t["home_id"],
                reason=t[reason],
            )
        )
    changed, added = MERGE_HEADS["update"].text(lang), MERGE_HEADS["insert"].text(lang)
    for c in items["update"]:
        print(
            f"{changed} {record_kind(c['entity'], lang)} '{c['label']}' {c['field']}: {_value(c['home'], lang)} -> {_value(c['pack'], lang)}"
        )
    for c in items["insert"]:
        print(f"{added} {record_kind(c['entity'], lang)} '{c['label']}'")
    return 0
