"""The desktop's Investors page on 100,000 investors: time to the first screenful, and to a search
result shown in the table, each against the bare SQL that fetches the same rows.

    .venv/bin/python bench/investors_page.py --db sqlite:///bench/.cache/demo-333.sqlite3 [--repeat 20]

Not a test: it prints a Markdown section (`section()` is what the runner calls).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

QUERY = "robotics"


def _ms(fn: Callable[[], object], repeat: int) -> list[float]:
    fn()  # warm caches
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def _p(samples: list[float], q: int) -> float:
    return statistics.quantiles(samples, n=100)[q - 1] if len(samples) > 1 else samples[0]


TITLE = "Desktop investors page (100k investors)"


def section(env: object) -> str:
    """For bench/run.py: the cached 100k demo database."""
    return measure(str(env.url), 5 if getattr(env, "quick", False) else 20)


def measure(db_url: str, repeat: int = 20) -> str:
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import text

    from kotra_invest.services.database import connect
    from kotra_invest.services.unit_of_work import Context
    from kotra_invest.ui.investors import PAGE_SIZE, InvestorsPage

    app = QApplication.instance() or QApplication([])
    db = connect(db_url)
    ctx = Context(db, "bench", "desktop", "en")
    from PySide6.QtGui import QUndoStack

    stack = QUndoStack()

    def first_screen() -> object:
        page = InvestorsPage(ctx, stack)  # builds filters, loads the first keyset page
        page.resize(1280, 760)
        page.show()
        app.processEvents()  # the rows are painted
        assert page.model.rowCount() == PAGE_SIZE
        page.close()
        page.deleteLater()
        return page

    bare_first = text(
        "SELECT i.id, i.name, i.name_ko, c.code, c.name_en, ind.name_en, o.name, i.website, i.updated_at, i.version"
        " FROM investor i LEFT JOIN country c ON c.id = i.country_id LEFT JOIN industry ind ON ind.id = i.industry_id"
        " LEFT JOIN officer o ON o.id = i.owner_id WHERE i.deleted_at IS NULL ORDER BY i.name, i.id LIMIT :n"
    )

    def bare_first_screen() -> object:
        with db.engine.connect() as conn:
            return conn.execute(bare_first, {"n": PAGE_SIZE}).all()

    page = InvestorsPage(ctx, stack)
    page.resize(1280, 760)
    page.show()

    def search_shown() -> object:
        page.text.setText(QUERY)
        page._debounce.stop()  # measure the work, not the typing pause
        page._filters_changed()
        app.processEvents()
        shown = page.model.rowCount()
        page.text.setText("")
        page._debounce.stop()
        return shown

    # The same rows by hand: the hits from the trigram index (newest first, as the app takes them),
    # then the first screenful of those investors by name.
    bare_hits = text(
        "SELECT d.ref FROM search_investor_fts f JOIN search_investor_doc d ON d.id = f.rowid"
        " WHERE search_investor_fts MATCH :q ORDER BY f.rowid DESC LIMIT 1000"
    )

    def bare_search_rows() -> object:
        with db.engine.connect() as conn:
            refs = [r[0] for r in conn.execute(bare_hits, {"q": f'"{QUERY}"'})]
            marks = ", ".join(f":r{i}" for i in range(len(refs))) or "NULL"
            screen = text(
                "SELECT i.id, i.name, i.name_ko, c.code, c.name_en, ind.name_en, o.name, i.website, i.updated_at,"
                " i.version FROM investor i LEFT JOIN country c ON c.id = i.country_id"
                " LEFT JOIN industry ind ON ind.id = i.industry_id LEFT JOIN officer o ON o.id = i.owner_id"
                f" WHERE i.deleted_at IS NULL AND i.id IN ({marks}) ORDER BY i.name, i.id LIMIT :n"
            )
            return conn.execute(screen, {"n": PAGE_SIZE, **{f"r{i}": ref for i, ref in enumerate(refs)}}).all()

    rows = []
    for label, app_fn, bare_fn in (
        (f"investors page, first screenful ({PAGE_SIZE} rows)", first_screen, bare_first_screen),
        (f"investors page, search '{QUERY}' shown in the table", search_shown, bare_search_rows),
    ):
        app_ms, bare_ms = _ms(app_fn, repeat), _ms(bare_fn, repeat)
        rows.append(
            f"| {label} | {_p(app_ms, 50):.1f} | {_p(app_ms, 95):.1f} | {_p(bare_ms, 50):.1f} | {_p(bare_ms, 95):.1f} | "
            f"{_p(app_ms, 95) / _p(bare_ms, 95):.2f}× |"
        )
    page.close()
    db.dispose()
    investors = rows
    return "\n".join(
        [
            "Offscreen Qt: building the page (filters, the first keyset page) until its rows are painted, and a",
            "text filter until the table shows the hits; the baseline is the bare SQL of the same rows.",
            "",
            "| work | app p50 ms | app p95 ms | bare p50 ms | bare p95 ms | p95 ratio |",
            "|---|---:|---:|---:|---:|---:|",
            *investors,
        ]
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", default=f"sqlite:///{ROOT / 'bench' / '.cache' / 'demo-333.sqlite3'}")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    print(measure(args.db, args.repeat))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
