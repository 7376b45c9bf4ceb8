"""Reading our workbooks with LibreOffice, a client we did not write (skipped where it is not installed)."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def xlsx_rows_via_libreoffice(path: Path, workdir: Path) -> list[list[str]]:
    """The first sheet as LibreOffice reads it, converted headless to CSV (UTF-8)."""
    program = soffice()
    assert program is not None
    out = workdir / "lo-out"
    out.mkdir(exist_ok=True)
    profile = workdir / "lo-profile"  # a private profile: no clash with another soffice running
    subprocess.run(
        [
            program,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1",
            "--outdir",
            str(out),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    with (out / (path.stem + ".csv")).open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))
