"""`pack export|info|merge`: offline mission packs out and back home (`pack reports` is in pack_reports)."""

from __future__ import annotations

import argparse
import dataclasses
import json
from pathlib import Path
from typing import Any

from kotra_invest.catalog import msg
from kotra_invest.commands import pack_reports
from kotra_invest.commands._shared import (
    MERGE_HEADS,
    access_reason_option,
    command_adder,
    opened,
    output_file,
    print_json,
    progress_done,
    progress_printer,
    say,
)
from kotra_invest.files.text import padded
from kotra_invest.help_language import tr

PACK_EXTENSION = ".kipack"
"""A mission pack's file: what the desktop's Open and Save dialogs list."""


def _passphrase(args: argparse.Namespace) -> str | None:
    from kotra_invest.domain.errors import DomainError as Error

    if not args.passphrase_file:
        return None
    try:
        text = Path(args.passphrase_file).expanduser().read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise Error("passphrase_file", path=args.passphrase_file, reason=reason) from exc
    passphrase = text.splitlines()[0] if text.strip() else ""
    if not passphrase:
        raise Error("passphrase_file", path=args.passphrase_file, reason="empty")
    return passphrase


def cmd_pack_export(args: argparse.Namespace) -> int:
    from kotra_invest.services.delegations import find_delegation
    from kotra_invest.sync.pack import export_pack

    target = output_file(args.file, PACK_EXTENSION)  # before the database is opened or the reason logged
    passphrase = _passphrase(args)
    with opened(args) as ctx:
        info = export_pack(
            ctx,
            find_delegation(ctx, args.delegation).id,
            target,
            passphrase=passphrase,
            progress=progress_printer(args, msg("commands.packs", "Writing the mission pack…")),
            with_documents=not args.without_documents,
        )
    progress_done()
    say(
        args,
        msg("commands.packs", "Wrote the mission pack {file} ({delegation_title}, {records:,} records)"),
        file=target,
        delegation_title=info.delegation_title,
        records=info.records,
    )
    return 0


def cmd_pack_info(args: argparse.Namespace) -> int:
    from kotra_invest.services.unit_of_work import Context
    from kotra_invest.sync.pack import copied_open, files_left_beside, open_pack, pack_info

    missing = files_left_beside(Path(args.file).expanduser())  # before opening folds them in
    db = open_pack(Path(args.file), _passphrase(args))
    try:
        info = pack_info(Context(db=db, actor=args.settings.login))
        missing += copied_open(db)
    finally:
        db.dispose()
    assert info is not None  # open_pack refuses anything else
    if args.json:
        print_json({**dataclasses.asdict(info), "left_behind": [m.message(args.settings.lang) for m in missing]})
        return 0
    say(
        args,
        msg(
            "commands.packs",
            "Mission pack for {delegation_title}, cut from {source} on {cut_at:%Y-%m-%d %H:%M} UTC by {cut_by}",
        ),
        delegation_title=info.delegation_title,
        source=info.source,
        cut_at=info.cut_at,
        cut_by=info.cut_by,
    )
    warning_word = msg("commands.packs", "WARNING").text(args.settings.lang)
    for warning in missing:
        print(f"{warning_word}: {warning.message(args.settings.lang)}")
    return 0


def _show(value: Any, lang: str) -> str:
    return msg("commands.packs", "(empty)").text(lang) if value is None or value == [] else str(value)


def cmd_pack_merge(args: argparse.Namespace) -> int:
    from kotra_invest.domain.errors import DomainError as Error
    from kotra_invest.domain.kinds import record_kind
    from kotra_invest.services.read_models import to_json
    from kotra_invest.sync.merge import apply_merge, plan_merge, resolve_all

    # The conflicts are written as JSON (the desktop reads the kept reports from the database).
    report = output_file(args.report, ".json") if args.report else Path(args.file).with_suffix(".conflicts.json")
    passphrase = _passphrase(args)
    with opened(args, source="merge") as ctx:
        reading = progress_printer(args, msg("commands.packs", "Reading the mission pack…"))
        plan = plan_merge(ctx, Path(args.file), passphrase, progress=reading)
        progress_done()
        counts: dict[str, list[int]] = {}
        for change in plan.inserts:
            counts.setdefault(change.entity, [0, 0])[0] += 1
        for change in plan.updates:
            counts.setdefault(change.entity, [0, 0])[1] += 1
        if plan.already_merged:
            say(args, msg("commands.packs", "This pack was merged already; nothing to change."))
            return 0
        lang = args.settings.lang
        if args.dry_run:
            counted = msg("commands.packs", "{entity} would add {added:>6,}   would change {changed:>6,} field(s)")
        else:
            counted = msg("commands.packs", "{entity} add {added:>6,}   change {changed:>6,} field(s)")
        for entity, (added, changed) in sorted(counts.items()):
            kind = padded(record_kind(entity, lang), 24)
            print(counted.text(lang, entity=kind, added=added, changed=changed))
        conflict = msg(
            "commands.packs", "CONFLICT {entity} '{label}' {field}: home {home} ({home_by}) / pack {pack} ({pack_by})"
        )
        for c in plan.conflicts:
            home, pack = repr(_show(c.home, lang)), repr(_show(c.pack, lang))
            said = conflict.text(
                lang,
                entity=record_kind(c.entity, lang),
                label=c.label,
                field=c.field,
                home=home,
                home_by=c.home_by or "?",
                pack=pack,
                pack_by=c.pack_by or "?",
            )
            print(said)
        for held in (*plan.refused, *plan.already_home, *plan.erased):
            head = MERGE_HEADS[held.kind].text(lang)
            where = f" {held.field}" if held.field else ""
            value = f" {_show(held.pack, lang)!r}" if held.field else ""
            print(f"{head} {record_kind(held.entity, lang)} '{held.label}'{where}{value}: {held.reason(lang)}")
        for twin in plan.twins:
            print(
                pack_reports.TWIN.text(
                    lang,
                    entity=record_kind(twin.entity, lang),
                    pack_label=twin.pack_label,
                    record_id=twin.pack_id,
                    home_label=twin.home_label,
                    home_id=twin.home_id,
                    reason=twin.reason(lang),
                )
            )
        if plan.superseded:
            say(
                args,
                msg(
                    "commands.packs",
                    "This is an older copy of a pack whose later state was merged already; nothing was changed.",
                ),
            )
            return 0
        if args.dry_run:
            say(args, msg("commands.packs", "Dry run: nothing was changed."))
            return 0
        if plan.conflicts and not args.prefer:
            try:
                report.write_text(
                    json.dumps(to_json(list(plan.conflicts)), ensure_ascii=False, indent=2), encoding="utf-8"
                )
            except OSError as exc:
                raise Error("write_failed", path=str(report), reason=exc.strerror or str(exc)) from exc
            raise Error("merge_conflicts_report", count=len(plan.conflicts), report=str(report))
        resolutions = resolve_all(plan, args.prefer) if args.prefer else {}
        merging = progress_printer(args, msg("commands.packs", "Merging the mission…"))
        summary = apply_merge(ctx, plan, resolutions, progress=merging)
    progress_done()
    say(
        args,
        msg(
            "commands.packs",
            "Merged: {inserted:,} record(s) added, {updated_fields:,} field(s) changed, {count} conflict(s) resolved",
        ),
        inserted=summary.inserted,
        updated_fields=summary.updated_fields,
        count=len(plan.conflicts),
    )
    if summary.report_id is not None:
        say(
            args,
            msg("commands.packs", "Merge report: kotra-invest pack reports {report_id}"),
            report_id=summary.report_id,
        )
    return 0


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    add = command_adder(common)

    packs = commands.add_parser(
        "pack", parents=[common], help=tr(msg("cli", "offline mission packs: export, inspect, merge back"))
    )
    pack_commands = packs.add_subparsers(title=tr(msg("cli", "pack commands")), metavar="ACTION", required=True)
    pexp = add(
        pack_commands,
        "export",
        cmd_pack_export,
        tr(msg("cli", "write one delegation and its investors to a mission pack")),
    )
    pexp.add_argument(
        "--without-documents",
        action="store_true",
        help=tr(msg("cli", "leave the records' documents out (a smaller pack)")),
    )
    pexp.add_argument("delegation", help=tr(msg("cli", "id, or a part of the title that only one delegation has")))
    pexp.add_argument("file", help=tr(msg("cli", "the pack file to write, FILE.kipack (replaced only when complete)")))
    pexp.add_argument(
        "--passphrase-file", metavar="F", help=tr(msg("cli", "encrypt the pack with the first line of this file"))
    )
    access_reason_option(pexp)
    pinfo = add(
        pack_commands, "info", cmd_pack_info, tr(msg("cli", "say which delegation and database a pack belongs to"))
    )
    pinfo.add_argument("file")
    pinfo.add_argument("--passphrase-file", metavar="F")
    pinfo.add_argument("--json", action="store_true", help=tr(msg("cli", "print JSON")))
    pmerge = add(pack_commands, "merge", cmd_pack_merge, tr(msg("cli", "merge a mission pack back into this database")))
    pmerge.add_argument("file")
    pmerge.add_argument("--passphrase-file", metavar="F")
    pmerge.add_argument(
        "--dry-run",
        action="store_true",
        help=tr(msg("cli", "report what would change and the conflicts; change nothing")),
    )
    pmerge.add_argument("--prefer", choices=("pack", "home"), help=tr(msg("cli", "resolve every conflict this way")))
    pmerge.add_argument(
        "--report",
        metavar="FILE.json",
        help=tr(msg("cli", "where to write unresolved conflicts (default: beside the pack)")),
    )
    pack_reports.register(pack_commands, common)
