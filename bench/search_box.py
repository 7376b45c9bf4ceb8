"""The global search box showing an answer: GUI-thread time, against a bare list of the same lines.

    .venv/bin/python bench/search_box.py [--db URL] [--repeat 30]   (or through bench/run.py)

The search itself runs on a worker thread (bench/search.py times it); what the officer waits for
on the GUI thread is the answer being put on screen: `GlobalSearch._deliver` with the service's
real hits for each query (up to 60 of each kind, as the box asks), until the popup is laid out
and painted. The baseline is what a hand-written box would do with the same answer: a bare
QListWidget, `addItems` of the same plain lines (no highlighted rich text, no context words),
shown and painted. Both are timed in CPU time of this process (time.process_time), which the wait
for a CPU on a shared machine does not inflate, alternating, after one warm-up each.

Not a test: nothing asserts a time. Prints a Markdown section (`section()` is what bench/run.py calls).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from harness import Env, cpu_pair_ms, default_url, pct  # noqa: E402

TITLE = "Search box: showing the answer on the GUI thread"
QUERIES = ("대", "유치", "대전", "ai", "robotics")
BOX_LIMIT = 60  # what ui/search_box.py asks the service for, per kind


def measure(db_url: str, repeat: int) -> str:
    from PySide6.QtWidgets import QApplication, QListWidget

    from kotra_invest.services import search
    from kotra_invest.services.database import connect
    from kotra_invest.services.unit_of_work import Context
    from kotra_invest.ui.search_box import GlobalSearch

    qt = QApplication.instance() or QApplication([])
    db = connect(db_url, migrate_embedded=False)
    ctx = Context(db, actor="bench", source="desktop", lang="ko")
    box = GlobalSearch(ctx)
    box.resize(600, 30)
    box.show()
    bare_list = QListWidget()
    bare_list.resize(600, 14 * 22)
    bare_list.show()
    lines = []
    try:
        for query in QUERIES:
            hits = search.search(ctx, query, limit=BOX_LIMIT)
            plain = [f"{hit.kind} · {hit.label}" for hit in hits]

            def shown(q: str = query, answer: list[object] = hits) -> None:
                box._timer.stop()  # no search of its own: the answer arrives as the worker's would
                box._generation += 1
                box._deliver(box._generation, q, answer)
                qt.processEvents()  # laid out and painted

            def bare(answer: list[str] = plain) -> None:
                bare_list.clear()
                bare_list.addItems(answer)
                bare_list.setCurrentRow(0)
                qt.processEvents()

            app_ms, bare_ms = cpu_pair_ms(shown, bare, repeat)
            a50, a95, b50, b95 = pct(app_ms, 50), pct(app_ms, 95), pct(bare_ms, 50), pct(bare_ms, 95)
            lines.append(
                f"| {query} ({len(hits)} hits) | {a50:.2f} | {a95:.2f} | {b50:.2f} | {b95:.2f} | "
                f"{a50 / b50:.2f}× | {a95 / b95:.2f}× |"
            )
    finally:
        box.popup.hide()
        box.close()
        bare_list.close()
        db.dispose()
    return "\n".join(
        [
            f"{db.describe()}; {repeat} runs each, CPU time, app and bare alternating. The app draws each hit as rich"
            " text (the matched words in bold, the context in grey) and words its context (company, dates, moment).",
            "",
            "| answer | app p50 ms | app p95 ms | bare p50 ms | bare p95 ms | p50 ratio | p95 ratio |",
            "|---|---:|---:|---:|---:|---:|---:|",
            *lines,
        ]
    )


def section(env: Env) -> str:
    return measure(env.url, 5 if env.quick else max(env.repeat, 30))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", default=default_url())
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    print(f"## {TITLE}\n")
    print(measure(args.db, args.repeat))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
