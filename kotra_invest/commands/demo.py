"""`demo`: fill an empty database with a believable year of the agency's work."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from kotra_invest.catalog import msg
from kotra_invest.commands._shared import command_adder, opened, positive
from kotra_invest.help_language import tr


def cmd_demo(args: argparse.Namespace) -> int:
    from kotra_invest.demo import generate_demo

    def progress(step: str, fraction: float) -> None:
        print(f"\r{step:<40} {fraction:6.1%}", end="", file=sys.stderr, flush=True)

    with opened(args, source="demo", create=True) as ctx:
        summary = generate_demo(
            ctx, scale=args.scale, seed=args.seed, progress=progress if sys.stderr.isatty() else None
        )
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(
        f"demo data: {summary.investors} investors, {summary.contacts} contacts, {summary.projects} projects, "
        f"{summary.interactions} interactions, {summary.tasks} tasks, {summary.delegations} delegations, "
        f"{summary.promotion_events} FEZ promotion events in {summary.seconds:.1f} s"
    )
    return 0


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    add = command_adder(common)

    demo = add(commands, "demo", cmd_demo, tr(msg("cli", "fill an empty database with a believable 2026 of demo data")))
    demo.add_argument(
        "--scale", type=positive, default=1, help=tr(msg("cli", "multiply investors and their records (333 ≈ 100,000)"))
    )
    demo.add_argument("--seed", type=int, default=2026)
