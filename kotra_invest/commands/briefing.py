"""`brief` and `profile`: a delegation's briefing pack and an investor's profile, as files."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kotra_invest.catalog import msg
from kotra_invest.commands._shared import access_reason_option, command_adder, opened, output_file, say
from kotra_invest.help_language import tr


def _write(args: argparse.Namespace, writer: Callable[[Any, Path], Path], pack: Any, target: Path) -> None:
    from kotra_invest.domain.errors import StorageError

    try:
        written = writer(pack, target)
    except OSError as exc:
        raise StorageError("write_failed", path=str(target), reason=exc.strerror or str(exc)) from exc
    say(args, msg("commands.briefing", "Wrote {written}"), written=written)


def _outputs(args: argparse.Namespace, *formats: str) -> dict[str, Path]:
    """Before anything is written: the files asked for (--xlsx, --pdf, --ics), at least one, each
    ending in its format's extension (so no two outputs can be the same file)."""
    from kotra_invest.domain.errors import ValidationError

    given = {f: output_file(getattr(args, f), f".{f}") for f in formats if getattr(args, f)}
    if not given:
        raise ValidationError("required", field="output")
    return given


def _print_preflight(args: argparse.Namespace, pack: Any) -> None:
    """The pre-flight list before the files: what to fix in the records, not a reason to stop."""
    from kotra_invest.briefing.preflight import preflight

    problems = preflight(pack)
    serious = sum(1 for p in problems if p.serious)
    if len(problems) > serious:
        words = msg("commands.briefing", "Pre-flight check: {serious} to look at, {notes} to note")
    else:
        words = msg("commands.briefing", "Pre-flight check: {serious} to look at")
    say(args, words, serious=serious, notes=len(problems) - serious)
    for p in problems:
        print(f"  {'!' if p.serious else '-'} {p.message}")
        if args.all_problems:
            for line in p.details:
                print(f"      {line}")
    if not args.all_problems and any(p.details for p in problems):
        hint = msg("commands.briefing", "(Korean-only texts: one line per kind; --all-problems lists each one)")
        print(f"  {hint.text(args.settings.lang)}")


def cmd_brief(args: argparse.Namespace) -> int:
    from kotra_invest.briefing.assemble import delegation_pack
    from kotra_invest.domain.errors import ValidationError
    from kotra_invest.services.delegations import find_delegation

    outputs = _outputs(args, "xlsx", "pdf", "ics")
    if args.item is not None and not args.ics:
        raise ValidationError("required", field="--ics")
    with opened(args) as ctx:
        delegation_id = find_delegation(ctx, args.delegation).id
        pack = delegation_pack(ctx, delegation_id, args.settings.lang)
        if args.ics:
            from kotra_invest.briefing.ics import find_item
            from kotra_invest.services.calendar import itinerary_revisions

            revisions = itinerary_revisions(ctx, delegation_id)
            only = find_item(pack, args.item, revisions) if args.item is not None else None
    _print_preflight(args, pack)
    if "xlsx" in outputs:
        from kotra_invest.briefing.xlsx import write_delegation_xlsx

        _write(args, write_delegation_xlsx, pack, outputs["xlsx"])
    if "pdf" in outputs:
        from kotra_invest.briefing.pdf import write_delegation_pdf

        _write(args, write_delegation_pdf, pack, outputs["pdf"])
    if "ics" in outputs:
        from kotra_invest.briefing.ics import write_itinerary_ics

        _write(args, lambda p, path: write_itinerary_ics(p, path, revisions, only), pack, outputs["ics"])
    return 0


def cmd_profile(args: argparse.Namespace) -> int:
    from kotra_invest.briefing.assemble import investor_profile
    from kotra_invest.services.investors import find_investor

    outputs = _outputs(args, "xlsx", "pdf")
    with opened(args) as ctx:
        pack = investor_profile(ctx, find_investor(ctx, args.investor).id, args.settings.lang)
    if "pdf" in outputs:
        from kotra_invest.briefing.pdf import write_profile_pdf

        _write(args, write_profile_pdf, pack, outputs["pdf"])
    if "xlsx" in outputs:
        from kotra_invest.briefing.xlsx import write_profile_xlsx

        _write(args, write_profile_xlsx, pack, outputs["xlsx"])
    return 0


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    add = command_adder(common)

    brief = add(
        commands,
        "brief",
        cmd_brief,
        tr(msg("cli", "export a delegation's briefing pack (xlsx, PDF) and itinerary (.ics)")),
    )
    brief.add_argument("delegation", help=tr(msg("cli", "id, or a part of the title that only one delegation has")))
    brief.add_argument("--xlsx", metavar="FILE")
    brief.add_argument("--pdf", metavar="FILE")
    brief.add_argument(
        "--ics", metavar="FILE", help=tr(msg("cli", "the itinerary as a calendar file, with time zones"))
    )
    access_reason_option(brief)
    brief.add_argument(
        "--item",
        metavar="ITEM",
        help=tr(msg("cli", "with --ics: only this itinerary item (its id, or a part of its title)")),
    )
    brief.add_argument(
        "--all-problems",
        action="store_true",
        help=tr(
            msg(
                "cli",
                "pre-flight check: list each Korean-only text an English pack leaves out under its kind's line (by default one line per kind)",
            )
        ),
    )
    profile = add(commands, "profile", cmd_profile, tr(msg("cli", "export one investor's profile (PDF, xlsx)")))
    profile.add_argument("investor", help=tr(msg("cli", "id, or a part of the name that only one investor has")))
    profile.add_argument("--pdf", metavar="FILE")
    profile.add_argument("--xlsx", metavar="FILE")
    access_reason_option(profile)
