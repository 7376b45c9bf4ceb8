"""Search and the investors list against the bare SQL on the same data, in the same run.

    .venv/bin/python bench/search.py [--db URL] [--repeat 30]   (or through bench/run.py)

Search: the service `search.search` (what the global search box calls: every kind of record, 60
of each, ranked exact / prefix / name / text) and the investors-only search, against the bare
index lookup per document table, nothing else: no join for labels, no ranking, no row objects.
The bare lookup is the index the term needs: FTS5 trigram MATCH for 3+ characters, the bigram
FTS5 MATCH for 2, the bigram names column for 1 (a single character searches names only). With
a PostgreSQL server (bench/run.py starts one), the same queries on it, one client: the service
against the bare GIN lookup (bigram arrays for 1-2 characters, pg_trgm ILIKE for 3+). The list:
`list_investors` for the first page and for a keyset page after 90,000 rows, against the bare
`SELECT … ORDER BY name, id LIMIT 100` (with the same keyset condition for the deep page).
"""

from __future__ import annotations

import argparse
import sys
import uuid
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from harness import Env, cpu_pair_ms, default_url, pct, timed_ms, timed_pair_ms  # noqa: E402

from kotra_invest.services import search as search_service  # noqa: E402
from kotra_invest.services.database import connect  # noqa: E402
from kotra_invest.services.investors import list_investors  # noqa: E402
from kotra_invest.services.read_models import Cursor  # noqa: E402
from kotra_invest.services.unit_of_work import Context  # noqa: E402

TITLE = "Search and the investors list"
QUERIES = {
    "Korean 1 char (대)": "대",
    "Korean 2 chars (유치)": "유치",
    "Korean 2 chars (대전)": "대전",
    "Korean 3+ chars (무역지원)": "무역지원",
    "Korean 3+ chars, rare (노르빅)": "노르빅",
    "English 1 char (k)": "k",
    "English 2 chars (ai)": "ai",
    "English (robotics)": "robotics",
    "English, rare (hanseatic)": "hanseatic",
}
BOX_LIMIT = 60  # what the global search box asks for (ui/search_box.py)
PAGE = 100
DEEP = 90_000  # the deep page starts after this many rows


NAMED = ("investor", "delegation", "project", "contact")  # kinds with a name or title


def _bare_search(ctx: Context, query: str, kinds: tuple[str, ...], limit: int) -> Callable[[], object]:
    """The bare index lookup a hand-written app would run per document table (see the docstring)."""
    params: dict[str, object] = {"n": limit}
    if ctx.db.is_sqlite:
        params["q"] = f'"{query}"' if len(query) > 1 else f'{{names}} : "{query}"'
        table = "fts" if len(query) >= 3 else "bi"
        statements = [
            text(f"SELECT rowid FROM search_{k}_{table} WHERE search_{k}_{table} MATCH :q LIMIT :n")
            for k in kinds
            if len(query) > 1 or k in NAMED
        ]
    else:
        params["q"] = query
        params["p"] = f"%{query}%"
        where = {1: "name_grams @> ARRAY[lower(:q)]", 2: "grams @> search_bigrams(:q)"}.get(len(query), "body ILIKE :p")
        statements = [
            text(f"SELECT id FROM search_{k}_doc WHERE {where} LIMIT :n") for k in kinds if len(query) > 1 or k in NAMED
        ]

    def run() -> object:
        with ctx.db.engine.connect() as conn:
            return [conn.execute(sql, params).all() for sql in statements]

    return run


def _floor_search(ctx: Context, query: str, kinds: tuple[str, ...], limit: int) -> Callable[[], object]:
    """The least any list of hits does beyond the bare lookup (SQLite): the same index walk, newest
    first, each hit's label and parent read from its document. No ranking, no context, no access
    rule, no Python objects: the floor under any search that shows what it found."""
    query_text = f'"{query}"' if len(query) > 1 else f'{{names}} : "{query}"'
    table = "fts" if len(query) >= 3 else "bi"
    statements = [
        text(
            f"SELECT d.ref, d.label, d.parent_ref FROM search_{k}_{table} f JOIN search_{k}_doc d ON d.id = f.rowid"
            f" WHERE search_{k}_{table} MATCH :q ORDER BY f.rowid DESC LIMIT :n"
        )
        for k in kinds
        if len(query) > 1 or k in NAMED
    ]

    def run() -> object:
        with ctx.db.engine.connect() as conn:
            return [conn.execute(sql, {"q": query_text, "n": limit}).all() for sql in statements]

    return run


def _same_sql(ctx: Context, query: str, limit: int) -> Callable[[], object]:
    """The service's own SQL (labels joined from the documents) on one connection, with no session,
    access context or read models: how much of the gap to the bare query is the SQL itself."""
    terms = search_service.terms_of(query)
    statements = [search_service.kind_query(ctx.db.is_sqlite, kind, terms, limit) for kind in search_service.KINDS]
    statements = [(sql, params) for sql, params in statements if sql]

    def run() -> object:
        with ctx.db.engine.connect() as conn:
            return [conn.execute(text(sql), params).all() for sql, params in statements]

    return run


def _bare_page(ctx: Context, after: tuple[str, object] | None) -> Callable[[], object]:
    where = "deleted_at IS NULL" + (" AND (name, id) > (:name, :id)" if after else "")
    sql = text(f"SELECT * FROM investor WHERE {where} ORDER BY name, id LIMIT {PAGE}")
    params = {"name": after[0], "id": after[1]} if after else {}

    def run() -> object:
        with ctx.db.engine.connect() as conn:
            return conn.execute(sql, params).all()

    return run


def _pg_rows(url: str, repeat: int) -> list[tuple[str, list[float], list[float]]]:
    """The search box's queries on the PostgreSQL server, one client at a time."""
    db = connect(url, migrate_embedded=False)
    ctx = Context(db, actor="bench", source="bench")
    rows = []
    try:
        for label, query in QUERIES.items():
            app, bare = timed_pair_ms(
                lambda q=query: search_service.search(ctx, q, limit=BOX_LIMIT),
                _bare_search(ctx, query, search_service.KINDS, BOX_LIMIT),
                repeat,
            )
            rows.append((f"PostgreSQL: search box, all kinds, {label}", app, bare))
    finally:
        db.dispose()
    return rows


def section(env: Env) -> str:
    db = connect(env.url, migrate_embedded=False)
    ctx = Context(db, actor="bench", source="bench")
    # Sub-millisecond work: a p95 of 30 samples is one scheduler hiccup on a shared machine.
    repeat = env.repeat if env.quick else max(env.repeat, 100)
    rows: list[tuple[str, list[float], list[float]]] = []
    same_sql: list[str] = []
    try:
        for label, query in QUERIES.items():
            app, bare = timed_pair_ms(
                lambda q=query: search_service.search(ctx, q, limit=BOX_LIMIT),
                _bare_search(ctx, query, search_service.KINDS, BOX_LIMIT),
                repeat,
            )
            own = timed_ms(_same_sql(ctx, query, BOX_LIMIT), repeat)
            same_sql.append(f"{label} {pct(own, 95):.2f} ms")
            rows.append((f"search box, all kinds, {label}", app, bare))
            env.record("search_p95", f"search {label}", pct(app, 95), pct(bare, 95))
            app, bare = cpu_pair_ms(
                lambda q=query: search_service.search(ctx, q, limit=BOX_LIMIT),
                _bare_search(ctx, query, search_service.KINDS, BOX_LIMIT),
                repeat,
            )
            rows.append((f"search box, all kinds, {label}, CPU time", app, bare))
            if ctx.db.is_sqlite:
                floor, bare = cpu_pair_ms(
                    _floor_search(ctx, query, search_service.KINDS, BOX_LIMIT),
                    _bare_search(ctx, query, search_service.KINDS, BOX_LIMIT),
                    repeat,
                )
                rows.append((f"floor: newest first with labels, no ranking, {label}, CPU time", floor, bare))
            app, bare = timed_pair_ms(
                lambda q=query: search_service.search(ctx, q, kinds=("investor",), limit=50),
                _bare_search(ctx, query, ("investor",), 50),
                repeat,
            )
            rows.append((f"investors only, {label}", app, bare))

        with db.engine.connect() as conn:
            investors = conn.execute(text("SELECT count(*) FROM investor WHERE deleted_at IS NULL")).scalar() or 0
            docs = sum(
                conn.execute(text(f"SELECT count(*) FROM search_{k}_doc")).scalar() or 0 for k in search_service.KINDS
            )
            deep = min(DEEP, max(investors - PAGE, 0))
            name, key = conn.execute(
                text("SELECT name, id FROM investor WHERE deleted_at IS NULL ORDER BY name, id LIMIT 1 OFFSET :n"),
                {"n": max(deep - 1, 0)},
            ).one()
        cursor = Cursor(sort_value=name, id=uuid.UUID(str(key)))
        app, bare = timed_pair_ms(lambda: list_investors(ctx, limit=PAGE), _bare_page(ctx, None), repeat)
        rows.append((f"investors list, first page ({PAGE})", app, bare))
        env.record("list_first_page", "investors list, first page", pct(app, 50), pct(bare, 50))
        app, bare = timed_pair_ms(
            lambda: list_investors(ctx, after=cursor, limit=PAGE), _bare_page(ctx, (name, key)), repeat
        )
        same = [r.id for r in list_investors(ctx, after=cursor, limit=PAGE).rows] == [
            uuid.UUID(str(r.id))
            for r in _bare_page(ctx, (name, key))()  # type: ignore[attr-defined]
        ]
        rows.append((f"investors list, keyset page after {deep:,} rows", app, bare))
    finally:
        db.dispose()
    pg_note = "No PostgreSQL server in this run: its rows are missing."
    if env.pg_url:
        rows += _pg_rows(env.pg_url, max(env.repeat, 30))
        pg_note = "PostgreSQL rows: one client on an idle server (the 50-officer load is its own section)."

    lines = [
        f"{investors:,} investors, {docs:,} search documents ({db.describe()}); {repeat} runs per row, warm cache, app and bare calls alternating.",
        "",
        "| work | app p50 ms | app p95 ms | baseline p50 ms | baseline p95 ms | p50 ratio | p95 ratio |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name_, app, bare in rows:
        a50, a95, b50, b95 = pct(app, 50), pct(app, 95), pct(bare, 50), pct(bare, 95)
        lines.append(
            f"| {name_} | {a50:.2f} | {a95:.2f} | {b50:.2f} | {b95:.2f} | {a50 / b50:.2f}× | {a95 / b95:.2f}× |"
        )
    lines += [
        "",
        f"Baselines return bare rowids from the {len(search_service.KINDS)} kinds' indexes (one lookup each); the app"
        " walks up to five ranked tiers per kind (exact name, name prefix ×2, names containing, anywhere), joins the"
        " documents for each hit's label and parent, checks each hit with LIKE, applies the access rule and builds"
        " read models. The CPU-time rows time the same calls in this process's CPU time (time.process_time), which the"
        " wait for a CPU on a loaded machine does not inflate. The floor rows are the least any list of hits"
        " does beyond the bare lookup: the same index walk newest first, each hit's label read from its document;"
        " no ranking, context, access rule or objects (SQLite). The service's ranked tiers as one statement per kind (kind_query: every tier, where the SQLite service stops after the name tiers when they fill the page; no context) run bare on one connection takes, p95: "
        + "; ".join(same_sql)
        + ". "
        + pg_note
        + " The deep page"
        + (" returns the same rows as the bare keyset query." if same else " DIFFERS from the bare keyset query."),
    ]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", help="database URL (default: the newest cached demo database)")
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--pg", help="a PostgreSQL URL holding the demo data: its rows in the same run")
    args = parser.parse_args()
    url = args.db or default_url()
    if url is None:
        print("no cached demo database: run bench/run.py first, or pass --db", file=sys.stderr)
        return 2
    print(section(Env(url=url, scale=0, repeat=args.repeat, pg_url=args.pg)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
