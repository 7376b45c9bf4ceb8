"""`audit verify` and `access-log report | purge | retention`: checking the audit trail's hash
chains, and the monthly review of who viewed, printed or downloaded personal data."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from kotra_invest.catalog import msg
from kotra_invest.commands._shared import command_adder, say
from kotra_invest.files.text import display_width
from kotra_invest.help_language import tr

EXIT_BROKEN = 1  # the chain is broken: not a usage error (2), a finding


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from kotra_invest.commands._shared import opened
    from kotra_invest.domain.kinds import record_kind
    from kotra_invest.services.audit_trail import verify

    with opened(args) as ctx:
        reports = verify(ctx)
    if args.json:
        json.dump(
            {
                "intact": all(r.broken is None for r in reports),
                "chains": [
                    {"chain": r.chain, "entries": r.entries, "broken": r.broken.as_dict() if r.broken else None}
                    for r in reports
                ],
            },
            sys.stdout,
            ensure_ascii=False,
            indent=2,
        )
        sys.stdout.write("\n")
    for r in reports:
        if r.broken is None:
            if not args.json:
                say(
                    args,
                    msg("commands.audit", "{chain}: {entries:,} entries, chain intact"),
                    chain=record_kind(r.chain, args.settings.lang),
                    entries=r.entries,
                )
            continue
        b = r.broken
        when = b.at.isoformat() if b.at else "?"
        print(
            f"kotra-invest: {r.chain}: the chain breaks at entry {b.entry_id} (number {b.seq}, {when}, {b.table}): "
            f"{b.reason}",
            file=sys.stderr,
        )
    return 0 if all(r.broken is None for r in reports) else EXIT_BROKEN


def cmd_access_report(args: argparse.Namespace) -> int:
    from kotra_invest.commands._shared import opened, output_file
    from kotra_invest.services.access_log import monthly_report, write_report_xlsx

    xlsx = output_file(args.xlsx, ".xlsx") if args.xlsx else None
    with opened(args) as ctx:
        report = monthly_report(ctx, args.month)
    if xlsx is not None:
        write_report_xlsx(report, xlsx, args.settings.lang)
    if args.json:
        json.dump(report.as_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    print(report.rule)
    header = (
        msg("commands.audit", "officer"),
        msg("commands.audit", "views"),
        msg("commands.audit", "prints"),
        msg("commands.audit", "downloads"),
        msg("commands.audit", "contacts out"),
        msg("commands.audit", "usual"),
    )
    print("  ".join(" " * (12 - display_width(said)) + said for said in (h.text(args.settings.lang) for h in header)))
    for o in report.officers:
        mark = "  !" if o.flagged else ""
        cells = (o.actor, o.views, o.prints, o.downloads, o.contacts_out, f"{o.usual_out:.1f}")
        print("  ".join(f"{c!s:>12}" for c in cells) + mark)
    if not report.officers:
        say(args, msg("commands.audit", "{month}: no accesses recorded."), month=report.month)
    return 0


def cmd_access_purge(args: argparse.Namespace) -> int:
    from kotra_invest.commands._shared import opened
    from kotra_invest.services.access_log import purge, retention_days

    with opened(args) as ctx:
        removed = purge(ctx)
        days = retention_days(ctx)
    say(
        args,
        msg("commands.audit", "Removed {removed:,} access-log entries older than the retention period ({days} days)."),
        days=days,
        removed=removed,
    )
    return 0


def cmd_access_retention(args: argparse.Namespace) -> int:
    from kotra_invest.commands._shared import opened
    from kotra_invest.services.access_log import retention_days, set_retention_days

    with opened(args) as ctx:
        if args.days is not None:
            set_retention_days(ctx, args.days)
        days = retention_days(ctx)
    say(args, msg("commands.audit", "Access-log retention: {days} days"), days=days)
    return 0


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    add = command_adder(common)

    audit = commands.add_parser("audit", parents=[common], help=tr(msg("cli", "the audit trail: check its hash chain")))
    audit_commands = audit.add_subparsers(title=tr(msg("cli", "audit commands")), metavar="ACTION", required=True)
    verify = add(
        audit_commands,
        "verify",
        cmd_audit_verify,
        tr(msg("cli", "walk the audit trail's and the access log's hash chains; name the first broken link (exit 1)")),
    )
    verify.add_argument("--json", action="store_true", help=tr(msg("cli", "print the result as JSON")))

    access = commands.add_parser(
        "access-log",
        parents=[common],
        help=tr(msg("cli", "who viewed, printed or downloaded personal data (개인정보 접속기록)")),
    )
    access_commands = access.add_subparsers(
        title=tr(msg("cli", "access-log commands")), metavar="ACTION", required=True
    )
    report = add(
        access_commands, "report", cmd_access_report, tr(msg("cli", "the monthly review, unusual volumes flagged"))
    )
    report.add_argument("--month", required=True, help=tr(msg("cli", "the month to review, e.g. 2026-11 (UTC)")))
    report.add_argument("--xlsx", metavar="FILE", help=tr(msg("cli", "also write the review as an Excel workbook")))
    report.add_argument("--json", action="store_true", help=tr(msg("cli", "print the review as JSON")))
    add(
        access_commands,
        "purge",
        cmd_access_purge,
        tr(msg("cli", "remove entries older than the retention period (admins)")),
    )
    retention = add(
        access_commands, "retention", cmd_access_retention, tr(msg("cli", "show or set how long entries are kept"))
    )
    retention.add_argument("days", nargs="?", type=int, help=tr(msg("cli", "days to keep (at least 730)")))
