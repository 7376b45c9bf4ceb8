"""The shipped bundle: its size on disk, and its start to a shown main window against the same
program run from the virtualenv and a bare PySide6 window.

Builds the one-folder PyInstaller bundle (packaging/kotra-invest.spec, a few minutes) into
bench/.cache/bundle, then times `--self-test` (open the main window, let the first pages load,
quit) on a small demo database. Each figure is the median of several starts.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from harness import Env

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
CACHE = BENCH / ".cache" / "bundle"
BARE_WINDOW = (
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "from PySide6.QtCore import QTimer\n"
    "app = QApplication([]); w = QMainWindow(); w.setWindowTitle('bare'); w.show()\n"
    "QTimer.singleShot(0, app.quit); app.exec()\n"
)


def build() -> Path:
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "pyinstaller>=6.10,<7"], check=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            str(ROOT / "packaging" / "kotra-invest.spec"),
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            str(CACHE / "dist"),
            "--workpath",
            str(CACHE / "build"),
        ],
        check=True,
        cwd=ROOT,
    )
    return CACHE / "dist" / "kotra-invest"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def median_start(command: list[str], repeat: int, env: dict[str, str]) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, env=env, timeout=300)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def section(env: Env) -> str:
    bundle = build()
    exe = bundle / "kotra-invest"
    work = Path(tempfile.mkdtemp(prefix="bench-bundle-"))
    run_env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    run_env |= {"QT_QPA_PLATFORM": "offscreen", "HOME": str(work)}
    db = ["--db", f"sqlite:///{work / 'demo.sqlite3'}"]
    subprocess.run([str(exe), *db, "demo"], check=True, capture_output=True, env=run_env)
    repeat = 3 if env.quick else 7
    venv_exe = Path(sys.executable).with_name("kotra-invest")
    bundle_s = median_start([str(exe), *db, "--self-test"], repeat, run_env)
    venv_s = median_start([str(venv_exe), *db, "--self-test"], repeat, run_env)
    bare_s = median_start([sys.executable, "-c", BARE_WINDOW], repeat, run_env)
    size = folder_size(bundle)
    return "\n".join(
        [
            f"One-folder bundle: **{size / 1e6:,.0f} MB** on disk ({sum(1 for _ in bundle.rglob('*')):,} files).",
            "",
            "| start to a shown main window (offscreen, median) | seconds | ratio to bare |",
            "|---|---|---|",
            f"| bare PySide6 window | {bare_s:.2f} | 1.00× |",
            f"| kotra-invest from the virtualenv | {venv_s:.2f} | {venv_s / bare_s:.2f}× |",
            f"| kotra-invest bundle | {bundle_s:.2f} | {bundle_s / bare_s:.2f}× |",
            "",
            "`--self-test` waits for the first pages' loads to finish, so it is a little more than the",
            "time to the first paint that the desktop section measures.",
        ]
    )
