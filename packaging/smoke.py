"""Smoke-run an installed kotra-invest (a wheel in a fresh virtualenv, or the PyInstaller bundle).

    python packaging/smoke.py PATH/TO/kotra-invest

Runs what a new user's first minutes do — create a database, fill it with the demo, export a
briefing PDF, open the desktop's main window — from a scratch folder, and fails (exit 1, one line
naming the step) when any of it does not work. Standard library only: it must run beside any
installation. The PDF must embed the Korean font: an installation that lost its fonts renders
Hangul as empty boxes, which no exit status would show.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path


def run(step: str, command: list[str], env: dict[str, str]) -> str:
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=600)
    if done.returncode != 0:
        sys.exit(f"smoke: {step} failed (exit {done.returncode}): {done.stderr.strip()[-800:]}")
    return done.stdout


def font_names(pdf: bytes) -> set[str]:
    """The BaseFont names of a PDF, whether its objects are plain or in compressed streams."""
    names = set(re.findall(rb"/BaseFont\s*/([A-Za-z0-9+\-]+)", pdf))
    for stream in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S):
        try:
            names |= set(re.findall(rb"/BaseFont\s*/([A-Za-z0-9+\-]+)", zlib.decompress(stream)))
        except zlib.error:
            continue
    return {n.decode() for n in names}


def main() -> None:
    exe = [str(Path(sys.argv[1]).resolve())]
    work = Path(tempfile.mkdtemp(prefix="kotra-smoke-"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KOTRA_INVEST_LANG="ko", HOME=str(work))
    db = ["--db", f"sqlite:///{work / 'smoke.sqlite3'}"]
    print(run("version", [*exe, "--version"], env).strip())
    run("db upgrade", [*exe, *db, "db", "upgrade"], env)
    run("demo", [*exe, *db, "demo"], env)
    delegations = json.loads(run("delegations list", [*exe, *db, "delegations", "list", "--json"], env))
    if not delegations:
        sys.exit("smoke: the demo made no delegations")
    pdf = work / "brief.pdf"
    run(
        "brief --pdf",
        [*exe, *db, "brief", str(delegations[0]["id"]), "--pdf", str(pdf), "--reason", "installation check"],
        env,
    )
    fonts = font_names(pdf.read_bytes())
    if not any("NanumGothic" in name for name in fonts):
        sys.exit(f"smoke: the briefing PDF does not embed the Korean font (fonts: {sorted(fonts)})")
    shown = run("desktop --self-test", [*exe, *db, "--self-test"], env)
    if "main window shown" not in shown:
        sys.exit(f"smoke: the desktop did not show its main window: {shown!r}")
    print(
        f"smoke: ok — database, demo ({len(delegations)} delegations), briefing PDF with {sorted(fonts)}, main window"
    )


if __name__ == "__main__":
    main()
