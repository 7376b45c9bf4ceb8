"""`import KIND FILE`: an Excel/CSV tracker into the database, all valid rows or, with --dry-run, none."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from kotra_invest.catalog import Message, msg
from kotra_invest.commands._shared import command_adder, opened, output_file, progress_done, progress_printer, say
from kotra_invest.help_language import tr

IMPORTING = msg("commands.imports", "Importing…")
CHECKING = msg("commands.imports", "Checking the file…")
"""What `import` shows while it reads the file's rows (and saves them, without --dry-run)."""


DUPLICATE_REASONS = {
    "name": msg("commands.imports", "name"),
    "fuzzy_name": msg("commands.imports", "similar name"),
    "website": msg("commands.imports", "website"),
    "email": msg("commands.imports", "e-mail"),
    "same_title": msg("commands.imports", "same title"),
    "same_interaction": msg("commands.imports", "same meeting"),
}
"""Why a row was taken for a duplicate (`Duplicate.reason`), as its report line says it."""

DUPLICATE_ACTIONS = {
    "skipped": msg("commands.imports", "skipped"),
    "updated": msg("commands.imports", "updated"),
    "created": msg("commands.imports", "created"),
}
"""What was done with a duplicate row (`Duplicate.action`)."""


def _said(words: dict[str, Message], code: str, lang: str) -> str:
    return words[code].text(lang) if code in words else code


def cmd_import(args: argparse.Namespace) -> int:
    from kotra_invest.importers import import_file, save_mapping, suggest, write_error_workbook
    from kotra_invest.importers.read import open_source

    source = Path(args.file)
    errors_to = output_file(args.errors, ".xlsx") if args.errors else None  # before a row is saved
    with opened(args, source="import") as ctx:
        delegation = investor = None
        if args.delegation and args.kind not in ("itinerary", "members", "investors"):
            from kotra_invest.domain.errors import ValidationError

            raise ValidationError("invalid_value", field="--delegation", value=f"import {args.kind}")
        if args.delegation:  # an itinerary's or members' rows belong to one delegation, named once for the file
            from kotra_invest.services.delegations import find_delegation

            delegation = find_delegation(ctx, args.delegation).id
        if args.investor and args.kind not in ("contacts", "projects", "interactions"):
            from kotra_invest.domain.errors import ValidationError

            raise ValidationError("invalid_value", field="--investor", value=f"import {args.kind}")
        if args.investor:  # a profile workbook's sheet: one investor's records, which name it nowhere
            from kotra_invest.services.investors import find_investor

            investor = find_investor(ctx, args.investor).id
        report = import_file(
            ctx,
            args.kind,
            source,
            sheet=args.sheet,
            encoding=args.encoding,
            mapping_file=args.mapping,
            on_duplicate=args.on_duplicate,
            dry_run=args.dry_run,
            progress=progress_printer(args, CHECKING if args.dry_run else IMPORTING),
            unknown_investors=args.unknown_investors,
            unknown_owners=args.unknown_owners,
            delegation=delegation,
            investor=investor,
        )
    progress_done()
    if args.save_mapping and not args.mapping:
        info = open_source(source, sheet=args.sheet, encoding=args.encoding)
        with opened(args, source="import") as ctx:
            saved = save_mapping(suggest(ctx, args.kind, info))
        say(args, msg("commands.imports", "Mapping remembered: {saved}"), saved=saved)
    errors_file: Path | None = None
    if report.errors:
        errors_file = errors_to or source.with_name(f"{source.stem}.errors.xlsx")
        write_error_workbook(report, errors_file)
    if args.json:
        from kotra_invest.services.read_models import to_json

        data = to_json({k: v for k, v in report.__dict__.items() if k != "failed_rows"})
        data["errors_file"] = str(errors_file) if errors_file else None
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return _status(report)
    dup_skipped = sum(1 for d in report.duplicates if d.action == "skipped")
    if report.dry_run:
        say(args, msg("commands.imports", "[dry run: nothing was saved]"))
    say(
        args,
        msg(
            "commands.imports",
            "{file_name}: {rows_read:,} rows — created {created:,}, updated {updated:,}, skipped as duplicates {dup_skipped:,}, failed {failed:,}",
        ),
        file_name=report.file_name,
        rows_read=report.rows_read,
        created=report.created,
        updated=report.updated,
        dup_skipped=dup_skipped,
        failed=report.failed,
    )
    # Said outside the f-strings: pyside6-lupdate finds no msg() inside one, and left them untranslated.
    column = msg("commands.imports", "column").text(args.settings.lang)
    error = msg("commands.imports", "error").text(args.settings.lang)
    for line in report.explanations:
        print(f"  {column} {line}")
    names = {
        "contacts": msg("commands.imports", "contact persons"),
        "projects": msg("commands.imports", "projects"),
        "interactions": msg("commands.imports", "last meetings"),
        "investors": msg("commands.imports", "new investors"),
        "officers": msg("commands.imports", "new officer accounts"),
        "meeting_targets": msg("commands.imports", "the delegation's investors to meet"),
    }
    for related, made, changed, left in report.related:
        ko_name, en_name = names[related]
        say(
            args,
            msg(
                "commands.imports", "  {en_name}: created {made:,}, updated {changed:,}, skipped as duplicates {left:,}"
            ),
            ko_name=ko_name,
            made=made,
            changed=changed,
            left=left,
            en_name=en_name,
        )
    lang = args.settings.lang
    for d in report.duplicates[:20]:
        where = msg("commands.imports", "row {row}").text(lang, row=d.matched_row) if d.matched_row else "DB"
        why, done = _said(DUPLICATE_REASONS, d.reason, lang), _said(DUPLICATE_ACTIONS, d.action, lang)
        said = msg("commands.imports", "duplicate").text(lang)
        print(f"  {said} {d.row}: {d.name} = {d.matched_name} ({where}, {why}) → {done}")
    for e in report.errors[:20]:
        print(f"  {error} {e.row} [{e.column or '-'}]: {e.message}")
    if len(report.errors) > 20 or len(report.duplicates) > 20:
        say(args, msg("commands.imports", "  … (the full list with --json)"))
    if report.duplicates and args.on_duplicate is None:
        say(args, msg("commands.imports", "Duplicates were skipped; choose with --on-duplicate skip|update|create."))
    if errors_file:
        say(
            args,
            msg("commands.imports", "Rows that failed, to fix and import again: {errors_file}"),
            errors_file=errors_file,
        )
    return _status(report)


def _status(report: Any) -> int:
    """1 when a row failed (the others were stored, or would be without --dry-run), as `cp` exits 1
    when one of its files could not be copied: a script or a scheduled import notices."""
    return 1 if report.failed else 0


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    from kotra_invest.domain.enums import IMPORT_KINDS

    add = command_adder(common)

    importing = add(
        commands,
        "import",
        cmd_import,
        tr(
            msg(
                "cli",
                "import an Excel/CSV tracker or list: investors, contacts, projects, interactions, delegations, "
                "tasks, a delegation's itinerary or members, grievance cases, incentive applications, enquiries",
            )
        ),
    )
    importing.add_argument(
        "kind",
        choices=IMPORT_KINDS,
    )
    importing.add_argument("file", help=tr(msg("cli", ".xlsx or .csv (UTF-8 or CP949)")))
    importing.add_argument("--sheet", help=tr(msg("cli", "the sheet to read (default: the first that holds anything)")))
    importing.add_argument("--encoding", help=tr(msg("cli", "a CSV's encoding if detection guesses wrong, e.g. cp949")))
    importing.add_argument("--mapping", metavar="FILE", help=tr(msg("cli", 'JSON {"columns": {"header": "field"}}')))
    importing.add_argument(
        "--save-mapping", action="store_true", help=tr(msg("cli", "remember the mapping for this header set"))
    )
    importing.add_argument("--dry-run", action="store_true", help=tr(msg("cli", "check and report; change nothing")))
    importing.add_argument(
        "--on-duplicate",
        choices=("skip", "update", "create"),
        help=tr(msg("cli", "what a duplicate row does (default: reported and skipped)")),
    )
    importing.add_argument(
        "--errors", metavar="FILE", help=tr(msg("cli", "where to write the failed rows (default: FILE.errors.xlsx)"))
    )
    importing.add_argument("--json", action="store_true", help=tr(msg("cli", "print the report as JSON")))
    importing.add_argument(
        "--unknown-investors",
        choices=("error", "create"),
        default="error",
        help=tr(
            msg(
                "cli",
                "projects/meetings/tasks/cases naming an investor not in the database: refuse the row (default) "
                "or create the investor from the row (e.g. a pipeline export into an empty database)",
            )
        ),
    )
    importing.add_argument(
        "--unknown-owners",
        choices=("error", "empty", "create", "stop"),
        default="error",
        help=tr(
            msg(
                "cli",
                "an owner who is no officer here: refuse the row (default), leave the owner empty, "
                "create the officer (admins), or stop the import storing nothing",
            )
        ),
    )
    importing.add_argument(
        "--delegation",
        help=tr(
            msg(
                "cli",
                "itinerary, members: the delegation they belong to; investors: also make "
                "each one of its investors to meet (id, or a part of the title only it has)",
            )
        ),
    )
    importing.add_argument(
        "--investor",
        help=tr(
            msg(
                "cli",
                "contacts, projects, interactions: the investor the rows belong to when "
                "they do not name it, e.g. a profile workbook's sheets (id or unambiguous name)",
            )
        ),
    )
