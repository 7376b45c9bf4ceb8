"""`documents add|list|get|replace|delete|restore|versions|limit` and `mail import`: files and e-mails in the record."""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path
from typing import Any

from kotra_invest.catalog import msg
from kotra_invest.commands._shared import (
    access_reason_option,
    action_adder,
    opened,
    output_file,
    print_json,
    record_id,
    say,
)
from kotra_invest.domain.errors import ValidationError
from kotra_invest.help_language import tr

_RECORD_HELP = msg(
    "cli",
    "the record: an id, a name only one investor, project or delegation has, or KIND:KEY "
    "(investor:, contact:, project:, delegation:, meeting:<id>, case:<id>, incentive:<id>, milestone:<id>)",
)
_REASON_HELP = msg(
    "cli", "why you download this personal data (needed for a contact's documents; kept in the access log)"
)


def _size(size: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024  # type: ignore[assignment]
    return str(size)


def _line(row: Any) -> str:
    flags = []
    if row.drm:
        flags.append(f"DRM:{row.drm}")
    if not row.current:
        flags.append(f"v{row.series_no} (old)")
    elif row.series_no > 1:
        flags.append(f"v{row.series_no}")
    return f"{row.id}  {row.name}  {_size(row.size)}  {row.mime}{'  ' + ' '.join(flags) if flags else ''}"


def _print_rows(args: argparse.Namespace, rows: list[Any]) -> None:
    if args.json:
        print_json([{**_json_row(r)} for r in rows])
        return
    for row in rows:
        print(_line(row))


def _json_row(row: Any) -> dict[str, Any]:
    from kotra_invest.services.read_models import to_json

    data = to_json(row)
    data["previewable"] = row.previewable
    return data


def cmd_add(args: argparse.Namespace) -> int:
    from kotra_invest.services import documents

    with opened(args) as ctx:
        record = documents.find_record(ctx, args.record)
        batch = documents.add_documents(ctx, record.kind, record.id, [Path(f) for f in args.files])
    # A file already attached is no failure (exit 0): one sentence each, on stderr beside --json's rows.
    for skipped in batch.already:
        print(skipped.message(args.settings.lang), file=sys.stderr if args.json else sys.stdout)
    if args.json:
        _print_rows(args, list(batch.added))
        return 0
    for row in batch.added:
        say(args, msg("commands.documents", "Attached to {label}: {value}"), label=record.label, value=_line(row))
        if row.drm:
            say(
                args,
                msg("commands.documents", "  A document-DRM ({drm}) file: it cannot be previewed or searched."),
                drm=row.drm,
            )
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from kotra_invest.services import documents

    with opened(args) as ctx:
        record = documents.find_record(ctx, args.record)
        rows = documents.list_documents(ctx, record.kind, record.id, versions=args.versions)
    if not args.json and not rows:
        say(args, msg("commands.documents", "{label}: no documents."), label=record.label)
    _print_rows(args, rows)
    return 0


def cmd_get(args: argparse.Namespace) -> int:
    from kotra_invest.services import documents

    document_id = record_id(args.id, "document")
    with opened(args) as ctx:
        # The document's own extension, checked before anything is written or logged: the PDF
        # saved as notes.txt opens in nothing. A name without one (or a document without one) is kept.
        extension = documents.get_document_row(ctx, document_id).extension
        target = output_file(args.file, extension) if extension else Path(args.file).expanduser()
        target = documents.save_document(ctx, document_id, target)
    say(args, msg("commands.documents", "Saved: {target}"), target=target)
    return 0


def cmd_replace(args: argparse.Namespace) -> int:
    from kotra_invest.services import documents

    document_id = record_id(args.id, "document")
    with opened(args) as ctx:
        row = documents.replace_document(ctx, document_id, Path(args.file))
    if args.json:
        print_json(_json_row(row))
    else:
        say(args, msg("commands.documents", "Replaced (the old version is kept): {value}"), value=_line(row))
    return 0


def cmd_delete(args: argparse.Namespace, restore: bool = False) -> int:
    from kotra_invest.services import documents

    document_id = record_id(args.id, "document")
    with opened(args) as ctx:
        (documents.restore_document if restore else documents.delete_document)(ctx, document_id)
    if restore:
        say(args, msg("commands.documents", "Restored: {document_id}"), document_id=document_id)
    else:
        say(args, msg("commands.documents", "Deleted (undo: documents restore {document_id})"), document_id=document_id)
    return 0


def cmd_versions(args: argparse.Namespace) -> int:
    from kotra_invest.services import documents

    document_id = record_id(args.id, "document")
    with opened(args) as ctx:
        rows = documents.document_versions(ctx, document_id)
    _print_rows(args, rows)
    return 0


def cmd_limit(args: argparse.Namespace) -> int:
    from kotra_invest.services import documents

    if args.mb is not None and not math.isfinite(args.mb):  # argparse's float takes "nan" and "inf"
        raise ValidationError("document_limit", field="limit", value=args.mb)
    with opened(args) as ctx:
        if args.mb is not None:
            documents.set_size_limit(ctx, int(args.mb * 1024 * 1024))
        limit = documents.size_limit(ctx)
    say(args, msg("commands.documents", "Largest file accepted: {value:.1f} MB"), value=limit / 1048576)
    return 0


def cmd_mail_import(args: argparse.Namespace) -> int:
    from kotra_invest.services import documents, mail_import

    with opened(args) as ctx:
        to = documents.find_record(ctx, args.to) if args.to else None
        result = mail_import.import_mail(ctx, Path(args.file), to, add_unknown=args.add_contacts)
    if args.json:
        from kotra_invest.services.read_models import to_json

        data = to_json(result)
        data["unknown"] = to_json(result.unknown)
        print_json(data)
        return 0
    if result.restored:
        say(
            args,
            msg(
                "commands.documents",
                "Imported before, and its meeting {meeting_id} was deleted: it is restored with {count} document(s).",
            ),
            meeting_id=result.meeting_id,
            count=len(result.documents),
        )
        for row in result.documents:
            say(args, msg("commands.documents", "  document: {value}"), value=_line(row))
        return 0
    if not result.created:
        say(
            args,
            msg("commands.documents", "Already imported (meeting {meeting_id}): nothing new."),
            meeting_id=result.meeting_id,
        )
        return 0
    zone = f" ({result.sent_zone})" if result.sent_zone else ""
    when = result.sent_at.isoformat() if result.sent_at else "-"
    say(
        args,
        msg("commands.documents", "Imported the e-mail as a meeting: {subject} — {value}, {when}{zone} — {meeting_id}"),
        subject=result.subject,
        value=result.sender or "-",
        when=when,
        zone=zone,
        meeting_id=result.meeting_id,
    )
    for row in result.documents:
        say(args, msg("commands.documents", "  document: {value}"), value=_line(row))
        if row.drm:
            say(
                args,
                msg("commands.documents", "    A document-DRM ({drm}) file: it cannot be previewed or searched."),
                drm=row.drm,
            )
    for person in result.people:
        if person.contact_id is not None:
            say(args, msg("commands.documents", "  matched contact: {address}"), address=person.address)
    unknown = result.unknown
    if unknown and result.added_contacts:
        say(
            args,
            msg("commands.documents", "  added as new contacts: {join}"),
            join=", ".join(p.address for p in unknown),
        )
    elif unknown:
        say(
            args,
            msg("commands.documents", "  unknown addresses (--add-contacts adds them as contacts): {join}"),
            join=", ".join(p.address for p in unknown),
        )
    return 0


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add the `documents` and `mail` groups."""
    group = commands.add_parser(
        "documents", parents=[common], help=tr(msg("cli", "files held by records (stored in the database)"))
    )
    actions = group.add_subparsers(dest="documents_command", required=True, metavar="ACTION")

    add = action_adder(actions, common)

    dadd = add(
        "add", cmd_add, tr(msg("cli", "attach files to a record (type read from the content; one save for all)"))
    )
    dadd.add_argument("record", help=tr(_RECORD_HELP))
    dadd.add_argument("files", nargs="+", metavar="FILE")
    dadd.add_argument("--json", action="store_true", help=tr(msg("cli", "print the documents as JSON")))
    dlist = add("list", cmd_list, tr(msg("cli", "a record's documents, newest first")))
    dlist.add_argument("record", help=tr(_RECORD_HELP))
    dlist.add_argument("--versions", action="store_true", help=tr(msg("cli", "old versions too")))
    dlist.add_argument("--json", action="store_true", help=tr(msg("cli", "print a JSON array")))
    dget = add("get", cmd_get, tr(msg("cli", "save a document's content to a file")))
    dget.add_argument("id", help=tr(msg("cli", "the document's id (documents list)")))
    dget.add_argument(
        "file",
        metavar="FILE",
        help=tr(msg("cli", "where to save it, with the document's extension (added if left out)")),
    )
    access_reason_option(dget, _REASON_HELP)
    drep = add("replace", cmd_replace, tr(msg("cli", "a new version of a document (the old one is kept)")))
    drep.add_argument("id")
    drep.add_argument("file", metavar="FILE")
    drep.add_argument("--json", action="store_true", help=tr(msg("cli", "print the new version as JSON")))
    ddel = add("delete", cmd_delete, tr(msg("cli", "delete a document (undo: documents restore)")))
    ddel.add_argument("id")
    dres = add("restore", lambda a: cmd_delete(a, restore=True), tr(msg("cli", "bring a deleted document back")))
    dres.add_argument("id")
    dver = add("versions", cmd_versions, tr(msg("cli", "every version of a document, newest first")))
    dver.add_argument("id")
    dver.add_argument("--json", action="store_true", help=tr(msg("cli", "print a JSON array")))
    dlim = add("limit", cmd_limit, tr(msg("cli", "show (or, as an admin, set) the largest file a record may hold")))
    dlim.add_argument("--set", dest="mb", type=float, metavar="MB", help=tr(msg("cli", "the new limit in MB")))

    mail_group = commands.add_parser(
        "mail", parents=[common], help=tr(msg("cli", "e-mails (.msg, .eml) into the timeline"))
    )
    mail_actions = mail_group.add_subparsers(dest="mail_command", required=True, metavar="ACTION")
    mimport = mail_actions.add_parser(
        "import",
        parents=[common],
        help=tr(msg("cli", "an Outlook .msg or an .eml as a meeting of kind e-mail, with its attachments")),
        description=tr(msg("cli", "an Outlook .msg or an .eml as a meeting of kind e-mail, with its attachments")),
    )
    mimport.set_defaults(handler=cmd_mail_import)
    mimport.add_argument("file", metavar="FILE.msg|FILE.eml")
    mimport.add_argument(
        "--to",
        metavar="RECORD",
        help=tr(
            msg(
                "cli",
                "the record: an id, a name only one investor, project or delegation has, or KIND:KEY "
                "(investor:, contact:, project:, delegation:, meeting:<id>, case:<id>, incentive:<id>, milestone:<id>)"
                "; default: the investor of its known contacts",
            )
        ),
    )
    mimport.add_argument(
        "--add-contacts",
        action="store_true",
        help=tr(msg("cli", "add the unknown addresses as contacts of the investor")),
    )
    mimport.add_argument("--json", action="store_true", help=tr(msg("cli", "print the result as JSON")))
