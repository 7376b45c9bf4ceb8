"""Benchmark: importing a 50,000-row messy investor workbook against a bare openpyxl read of it.

    .venv/bin/python bench/import_bench.py [--rows 50000] [--repeat 1] [--db-url URL]

The workbook is built here: a title row, a blank row, Korean headers, company names from a
realistic mix of syllables and legal forms, countries and industries in Korean, English and
ISO codes, amounts as "4억2000만" / "USD 12.5M" / "12,500,000", 2% bad rows and 2% duplicates.
The baseline opens the same file with openpyxl read-only and touches every cell value, which is
the floor for any xlsx import. Each run imports into a fresh SQLite database (or the given
server, which must be empty). Not a test: prints a Markdown table with rows/second and the ratio.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import openpyxl

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kotra_invest.importers import open_source, run_import, suggest_mapping  # noqa: E402
from kotra_invest.services.database import connect  # noqa: E402
from kotra_invest.services.unit_of_work import Context  # noqa: E402

_SYLLABLES = (
    "ka",
    "ro",
    "mi",
    "tel",
    "vex",
    "on",
    "ar",
    "bi",
    "sun",
    "zen",
    "lo",
    "qua",
    "tri",
    "nor",
    "del",
    "ix",
    "pha",
    "gen",
    "sol",
    "tor",
    "mar",
    "lux",
    "ven",
    "cor",
    "ber",
    "ell",
    "dra",
    "kin",
    "sa",
    "yo",
)
_FORMS = ("Inc.", "GmbH", "AG", "Ltd.", "Co., Ltd.", "S.A.", "B.V.", "K.K.", "Pte. Ltd.", "(주)", "LLC", "")
_COUNTRIES = (
    "미국",
    "USA",
    "US",
    "독일",
    "Germany",
    "DE",
    "일본",
    "Japan",
    "JP",
    "중국",
    "China",
    "프랑스",
    "GB",
    "영국",
    "싱가포르",
    "Netherlands",
    "대만",
)
_INDUSTRIES = ("로봇", "Robotics", "반도체", "SEMI", "제약·바이오", "이차전지", "Secondary batteries", "수소", "AI")
_AMOUNTS = ("4억2000만", "USD 12.5M", "12,500,000", "$3.2 million", "1.5억", "US$ 2 bn", "3천만", None)


def build_workbook(path: Path, rows: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    book = openpyxl.Workbook(write_only=True)
    ws = book.create_sheet("투자가 목록")
    ws.append(["2026년 투자가 관리대장 (벤치마크)"])
    ws.append([])
    ws.append(["회사명", "국가", "업종", "홈페이지", "투자금액", "담당자 메모"])
    names: list[str] = []
    for i in range(rows):
        if names and rng.random() < 0.02:
            name = rng.choice(names).upper()  # a duplicate written differently
        else:
            stem = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()
            name = f"{stem} {rng.choice(('Robotics', 'Bio', 'Energy', 'Systems', 'Materials', 'Labs', ''))}".strip()
            name = f"{name} {i}" if rng.random() < 0.3 else name
            names.append(name)
        country = "Narnia" if rng.random() < 0.02 else rng.choice(_COUNTRIES)
        ws.append(
            [
                f"{name} {rng.choice(_FORMS)}".strip(),
                country,
                rng.choice(_INDUSTRIES),
                f"https://www.{name.split()[0].lower()}{i}.example.com",
                rng.choice(_AMOUNTS),
                "2026.3.4 면담" if rng.random() < 0.3 else None,
            ]
        )
    book.save(path)


def build_csv(path: Path, rows: int, seed: int = 15) -> None:
    """The same tracker saved by Korean Excel as CSV (CP949, its title as the first line)."""
    import csv

    xlsx = path.with_suffix(".source.xlsx")
    build_workbook(xlsx, rows, seed)
    book = openpyxl.load_workbook(xlsx, read_only=True)
    with path.open("w", encoding="cp949", errors="replace", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        for row in book.worksheets[0].iter_rows(values_only=True):
            writer.writerow(["" if v is None else v for v in row])
    book.close()
    xlsx.unlink()


def bare_csv_read(path: Path) -> int:
    """The floor for a CSV import: Python's csv module over the decoded file, every cell touched."""
    import csv

    n = 0
    with path.open(encoding="cp949", newline="") as handle:
        for row in csv.reader(handle):
            for _value in row:
                pass
            n += 1
    return n


def measure_csv_dry_run(rows: int) -> list[str]:
    """A `rows`-row CP949 CSV tracker checked end to end (dry run) against a bare csv.reader read."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench-dry-run.csv"
        build_csv(path, rows)
        started, cpu = time.perf_counter(), time.process_time()
        bare_csv_read(path)
        bare, bare_cpu = time.perf_counter() - started, time.process_time() - cpu
        cpu = time.process_time()
        seconds, created, duplicates, failed = dry_run_once(path, f"sqlite:///{Path(tmp) / 'dry.sqlite3'}")
        dry_cpu = time.process_time() - cpu
    return [
        f"Dry run of a {rows:,}-row CP949 CSV (the same generated tracker): would create {created:,},"
        f" duplicates {duplicates:,}, failed {failed:,}. The baseline is Python's csv module reading the"
        " decoded file (there is no parsing floor below it).",
        "",
        "| step | seconds | rows/s | ratio to bare read |",
        "|---|---:|---:|---:|",
        f"| bare csv.reader read | {bare:.2f} | {rows / bare:,.0f} | 1.00 |",
        f"| kotra-invest dry run | {seconds:.2f} | {rows / seconds:,.0f} | {seconds / bare:.2f} |",
        f"| bare read, CPU seconds | {bare_cpu:.2f} | {rows / bare_cpu:,.0f} | 1.00 |",
        f"| dry run, CPU seconds | {dry_cpu:.2f} | {rows / dry_cpu:,.0f} | {dry_cpu / bare_cpu:.2f} |",
    ]


def bare_read(path: Path) -> int:
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    n = 0
    for row in book.worksheets[0].iter_rows(values_only=True):
        for _value in row:
            pass
        n += 1
    book.close()
    return n


def import_once(path: Path, url: str) -> tuple[float, int, int, int]:
    db = connect(url)
    try:
        ctx = Context(db=db, actor="bench", source="bench")
        started = time.perf_counter()
        info = open_source(path)
        report = run_import(ctx, info, suggest_mapping("investors", info.headers, remembered=False))
        return time.perf_counter() - started, report.created, len(report.duplicates), report.failed
    finally:
        db.dispose()


def dry_run_once(path: Path, url: str) -> tuple[float, int, int, int]:
    """Open, map, convert, de-duplicate every row and report — writing nothing (`import --dry-run`)."""
    db = connect(url)
    try:
        ctx = Context(db=db, actor="bench", source="bench")
        started = time.perf_counter()
        info = open_source(path)
        report = run_import(ctx, info, suggest_mapping("investors", info.headers, remembered=False), dry_run=True)
        return time.perf_counter() - started, report.created, len(report.duplicates), report.failed
    finally:
        db.dispose()


def measure_dry_run(rows: int, env: object | None = None) -> list[str]:
    """A `rows`-row tracker checked end to end (dry run) against a bare openpyxl read-only read."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench-dry-run.xlsx"
        build_workbook(path, rows, seed=14)
        # Wall time and this process's CPU time of each: on a shared machine the wall time is
        # mostly waiting for a core, the CPU time is the work (both sides are one thread).
        started, cpu = time.perf_counter(), time.process_time()
        bare_read(path)
        bare, bare_cpu = time.perf_counter() - started, time.process_time() - cpu
        cpu = time.process_time()
        seconds, created, duplicates, failed = dry_run_once(path, f"sqlite:///{Path(tmp) / 'dry.sqlite3'}")
        dry_cpu = time.process_time() - cpu  # includes opening the database, a fraction of a second
    if env is not None and hasattr(env, "record"):
        env.record("import_dry_run", f"{rows:,}-row dry run", seconds, bare)
    return [
        f"Dry run (`import --dry-run`) of {rows:,} generated rows: every row read, converted, its duplicates found"
        f" in the file (near-linear: blocked by first letters, end of first word and the name's numbers) — would"
        f" create {created:,}, duplicates {duplicates:,}, failed {failed:,}.",
        "",
        "| step | seconds | rows/s | ratio to bare read |",
        "|---|---:|---:|---:|",
        f"| bare openpyxl read-only read | {bare:.2f} | {rows / bare:,.0f} | 1.00 |",
        f"| kotra-invest dry run (open, map, convert, dedupe, report) | {seconds:.2f} | {rows / seconds:,.0f} |"
        f" {seconds / bare:.2f} |",
        f"| bare read, CPU seconds | {bare_cpu:.2f} | {rows / bare_cpu:,.0f} | 1.00 |",
        f"| dry run, CPU seconds | {dry_cpu:.2f} | {rows / dry_cpu:,.0f} | {dry_cpu / bare_cpu:.2f} |",
    ]


TITLE = "Import of an Excel tracker (50,000 rows; dry run of 200,000)"


def measure(rows: int, repeat: int = 1, db_url: str | None = None) -> list[str]:
    """Build a messy workbook of `rows` rows, then time a bare openpyxl read and the import of it."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench-investors.xlsx"
        build_workbook(path, rows)
        bare, imported = [], []
        outcome = (0, 0, 0)
        for run in range(repeat):
            started = time.perf_counter()
            bare_read(path)
            bare.append(time.perf_counter() - started)
            url = db_url or f"sqlite:///{Path(tmp) / f'bench-{run}.sqlite3'}"
            seconds, *counts = import_once(path, url)
            imported.append(seconds)
            outcome = tuple(counts)  # type: ignore[assignment]
    b, i = statistics.median(bare), statistics.median(imported)
    return [
        f"Import of {rows:,} generated rows (Korean headers, mixed amounts, 2 % unknown countries) into an empty"
        f" SQLite file: created {outcome[0]:,}, duplicates {outcome[1]:,}, failed {outcome[2]:,}.",
        "",
        "| step | seconds | rows/s | ratio to bare read |",
        "|---|---:|---:|---:|",
        f"| bare openpyxl read-only read | {b:.2f} | {rows / b:,.0f} | 1.00 |",
        f"| kotra-invest import (read, convert, dedupe, write, audit, index) | {i:.2f} | {rows / i:,.0f} | {i / b:.2f} |",
    ]


def section(env: object) -> str:
    """For bench/run.py: 50,000 rows imported and 200,000 dry-run (2,000 / 10,000 with --quick)."""
    quick = getattr(env, "quick", False)
    rows = 2_000 if quick else 50_000
    return "\n".join([*measure(rows), "", *measure_dry_run(10_000 if quick else 200_000, env)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--db-url", help="an empty database to import into (default: a fresh SQLite file per run)")
    parser.add_argument(
        "--dry-run-rows", type=int, default=0, help="instead: dry-run this many rows against a bare read"
    )
    parser.add_argument("--csv-rows", type=int, default=0, help="instead: dry-run a CP949 CSV of this many rows")
    args = parser.parse_args()
    if args.csv_rows:
        print("\n".join(measure_csv_dry_run(args.csv_rows)))
        return
    if args.dry_run_rows:
        print("\n".join(measure_dry_run(args.dry_run_rows)))
        return
    print("\n".join(measure(args.rows, args.repeat, args.db_url)))


if __name__ == "__main__":
    main()
