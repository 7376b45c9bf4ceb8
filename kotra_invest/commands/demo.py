"""`demo`: fill an empty database with a believable year of the agency's work."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from kotra_invest.catalog import msg
from kotra_invest.commands._shared import command_adder, opened, positive, progress_done, say
from kotra_invest.files.text import padded
from kotra_invest.help_language import tr

STEPS = {
    "officers": msg("commands.demo", "officers"),
    "investors": msg("commands.demo", "investors"),
    "contacts": msg("commands.demo", "contact persons"),
    "projects": msg("commands.demo", "projects"),
    "delegations": msg("commands.demo", "delegations"),
    "promotion_events": msg("commands.demo", "FEZ promotion events"),
    "interactions": msg("commands.demo", "meetings"),
    "tasks": msg("commands.demo", "tasks"),
    "search index": msg("commands.demo", "search index"),
    "done": msg("commands.demo", "done"),
}
"""The demo generator's steps (`generate_demo`'s progress) as the progress line names them."""


def cmd_demo(args: argparse.Namespace) -> int:
    from kotra_invest.demo import generate_demo

    lang = args.settings.lang
    making = msg("commands.demo", "Creating demo data…").text(lang)

    def progress(step: str, fraction: float) -> None:
        said = STEPS[step].text(lang) if step in STEPS else step
        print(f"\r{making} {padded(said, 24)} {fraction:6.1%}", end="", file=sys.stderr, flush=True)

    with opened(args, source="demo", create=True) as ctx:
        summary = generate_demo(
            ctx, scale=args.scale, seed=args.seed, progress=progress if sys.stderr.isatty() else None
        )
    progress_done()
    say(
        args,
        msg(
            "commands.demo",
            "demo data: {investors} investors, {contacts} contacts, {projects} projects, {interactions} interactions, "
            "{tasks} tasks, {delegations} delegations, {promotion_events} FEZ promotion events in {seconds:.1f} s",
        ),
        investors=summary.investors,
        contacts=summary.contacts,
        projects=summary.projects,
        interactions=summary.interactions,
        tasks=summary.tasks,
        delegations=summary.delegations,
        promotion_events=summary.promotion_events,
        seconds=summary.seconds,
    )
    return 0


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    add = command_adder(common)

    demo = add(commands, "demo", cmd_demo, tr(msg("cli", "fill an empty database with a believable 2026 of demo data")))
    demo.add_argument(
        "--scale", type=positive, default=1, help=tr(msg("cli", "multiply investors and their records (333 ≈ 100,000)"))
    )
    demo.add_argument("--seed", type=int, default=2026)
