"""Benchmark: documents in the database — a 20 MB file in and out against a bare file copy, and a
mission pack's size with and without the records' documents.

    .venv/bin/python bench/documents.py [--repeat 3] [--mb 20]

Works on a small demo database of its own (scale 1) in a temporary folder, so the cached demo
of the other benchmarks is never given documents. The baseline of "add" and "read back" is
`shutil.copyfile` of the same file on the same disk: what keeping the file in a shared folder
costs. The database hashes the bytes (SHA-256), writes them in 1 MiB rows and, for reading,
checks the hash again; the ratio says what that costs. Not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from harness import Env, load_average  # noqa: E402

from kotra_invest.demo import generate_demo  # noqa: E402
from kotra_invest.services import documents  # noqa: E402
from kotra_invest.services.database import connect  # noqa: E402
from kotra_invest.services.delegations import list_delegations  # noqa: E402
from kotra_invest.services.unit_of_work import Context  # noqa: E402
from kotra_invest.sync.pack import documents_size, export_pack  # noqa: E402

TITLE = "Documents in the database (issue 17)"


def _median_s(fn: Callable[[], object], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def measure(repeat: int = 3, megabytes: int = 20) -> str:
    with tempfile.TemporaryDirectory(prefix="kotra-bench-docs-") as folder:
        root = Path(folder)
        db = connect(f"sqlite:///{root / 'docs.sqlite3'}")
        ctx = Context(db=db, actor="bench", source="bench", lang="en", access_reason="benchmark")
        try:
            generate_demo(ctx, scale=1, seed=17)
            trip = max(list_delegations(ctx, year=2026), key=lambda d: d.investors_to_meet)
            from kotra_invest.services.delegations import delegation_page

            investor = delegation_page(ctx, trip.id).targets[0].investor_id
            lines = []
            add_s, copy_s, read_s, back_s = [], [], [], []
            last = None
            for attempt in range(repeat):
                # Fresh random bytes each time: the same content would be stored only once.
                scan = root / f"scan-{attempt}.bin"
                scan.write_bytes(os.urandom(megabytes * 1024 * 1024))
                started = time.perf_counter()
                (last,) = documents.add_documents(ctx, "investor", investor, [scan]).added
                add_s.append(time.perf_counter() - started)
                started = time.perf_counter()
                shutil.copyfile(scan, root / f"copy-{attempt}.bin")
                copy_s.append(time.perf_counter() - started)
                started = time.perf_counter()
                documents.save_document(ctx, last.id, root / f"back-{attempt}.bin")
                read_s.append(time.perf_counter() - started)
                started = time.perf_counter()
                shutil.copyfile(root / f"copy-{attempt}.bin", root / f"again-{attempt}.bin")
                back_s.append(time.perf_counter() - started)
            add, copy, read, back = (statistics.median(x) for x in (add_s, copy_s, read_s, back_s))
            lines += [
                f"A {megabytes} MB file of random bytes (median of {repeat}), load average {load_average()}:",
                "",
                "| work | database | bare file copy | ratio |",
                "|---|---:|---:|---:|",
                f"| add (hash, type, 1 MiB chunks, commit) | {add * 1000:.0f} ms | {copy * 1000:.0f} ms | {add / copy:.1f}× |",
                f"| read back to a file (hash checked) | {read * 1000:.0f} ms | {back * 1000:.0f} ms | {read / back:.1f}× |",
                "",
            ]
            count, size = documents_size(ctx, trip.id)
            with_docs, without = root / "with.kipack", root / "without.kipack"
            with_s = _median_s(lambda: export_pack(ctx, trip.id, with_docs), 1)
            without_s = _median_s(lambda: export_pack(ctx, trip.id, without, with_documents=False), 1)
            mb = 1024 * 1024
            lines += [
                f"Mission pack of “{trip.title}” ({count} documents, {size / mb:.1f} MB of them):",
                "",
                "| pack | size | export time |",
                "|---|---:|---:|",
                f"| with documents | {with_docs.stat().st_size / mb:.1f} MB | {with_s:.2f} s |",
                f"| without documents (`--without-documents`) | {without.stat().st_size / mb:.1f} MB | {without_s:.2f} s |",
            ]
            return "\n".join(lines)
        finally:
            db.dispose()


def section(env: Env) -> str:
    return measure(repeat=1 if env.quick else 3, megabytes=4 if env.quick else 20)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--mb", type=int, default=20)
    args = parser.parse_args()
    print(measure(args.repeat, args.mb))


if __name__ == "__main__":
    main()
