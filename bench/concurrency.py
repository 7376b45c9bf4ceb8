"""Benchmark: 50 officers at once on the shared PostgreSQL server — save p95 and search p95.

    .venv/bin/python bench/concurrency.py [--scale 333] [--officers 50] [--seconds 20] [--db URL]

Without --db a private PostgreSQL cluster is started the way tests/pg_server.py starts one, but
in a folder that is kept (`--cluster`, default /tmp/kotra-bench-pg): the demo data at `--scale`
(333 ≈ 100,000 investors) is built once and reused. The officers are processes × threads
(`--processes`), each a real client with its own connections, signed in as a demo officer
(role officer, so the permission rule applies) editing investors of their own team.

Each officer repeats: one search (all kinds, as the search box does), one save of an investor
(read it, save a change with the version read). The saves run a third time with the server
enforcing the rules itself (`server init`: row-level security, and the audit triggers when this
version has them), each officer connected as their own PostgreSQL login: its p95 against the
app's without them is the price of the server's enforcement. The baseline runs under the same concurrency
and does the bare SQL of the same work: the index lookup on each kind's search documents, and
`UPDATE investor … WHERE id = … AND version = …` after a `SELECT version`. Nothing asserts a
time; it prints a Markdown table.
"""

# ruff: noqa: E402  (the import path is fixed before the imports: see below)
from __future__ import annotations

import argparse
import multiprocessing
import os
import platform
import pwd
import random
import statistics
import sys
import threading
import time
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from kotra_invest.domain.errors import StaleRecord
from kotra_invest.domain.models import Investor, Officer
from kotra_invest.services import search as search_service
from kotra_invest.services.database import connect, upgrade
from kotra_invest.services.investors import InvestorDraft, update_investor
from kotra_invest.services.server import init_server
from kotra_invest.services.unit_of_work import Context, unit_of_work
from kotra_invest.store import pg_security

PAUSE_S = (0.5, 1.5)  # between one officer's searches in the paced runs: about one a second each
QUERIES = ("유치", "대전", "수소", "무역지원", "robotics", "battery", "Motors", "반도체", "hanseatic", "바이오", "ai")
DATABASE = "kotra_bench"


# --- the server --------------------------------------------------------------------------------


def _cluster(folder: Path) -> Any:
    """A PostgreSQL cluster kept in `folder` (made on first use), started; stop() when done."""
    import pg_server

    cluster = pg_server._Cluster()
    cluster.bin_dir = pg_server.find_bin_dir()
    if os.geteuid() == 0:
        cluster._run_as = "postgres"
    folder.mkdir(parents=True, exist_ok=True)
    if cluster._run_as:
        owner = pwd.getpwnam(cluster._run_as)
        os.chown(folder, owner.pw_uid, owner.pw_gid)
    cluster.dir = folder
    data = folder / "data"
    if not (data / "PG_VERSION").exists():
        cluster._pg(
            "initdb",
            "-D",
            str(data),
            "-U",
            pg_server.SUPERUSER,
            "--auth=trust",
            "--encoding=UTF8",
            "--no-locale",
            "--no-sync",
        )
        with (data / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write(
                "\n# kotra-invest benchmark cluster (durability as a real server: fsync on)\n"
                f"listen_addresses = ''\nunix_socket_directories = '{folder}'\nmax_connections = 300\n"
                "shared_buffers = 512MB\n"
                # The server's own time per operation, apart from the clients' and the queue's.
                "shared_preload_libraries = 'pg_stat_statements'\npg_stat_statements.track = top\n"
                "pg_stat_statements.track_planning = on\n"
            )
    try:
        cluster.pg_ctl("status")
        return None  # already running (another run of this benchmark): use it, leave it running
    except pg_server.Unavailable:
        pass
    cluster.pg_ctl("-w", "-t", "120", "start")
    cluster._running = True
    return cluster


def _server_url(folder: Path, database: str) -> str:
    return f"postgresql+psycopg://postgres@/{database}?host={folder}"


def _ensure_data(folder: Path, scale: int) -> str:
    admin = create_engine(_server_url(folder, "postgres"), isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as conn:
        name = f"{DATABASE}_{scale}"
        if not conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}).scalar():
            conn.execute(text(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'"))
    admin.dispose()
    url = _server_url(folder, name)
    upgrade(url)
    ctx = Context(connect(url), actor="bench", source="bench")
    with unit_of_work(ctx) as s:
        empty = s.scalar(select(Investor.id).limit(1)) is None
    if empty:
        from kotra_invest.demo import generate_demo

        started = time.perf_counter()
        generate_demo(ctx, scale=scale)
        print(f"built demo data at scale {scale} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
        with ctx.db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))
    ctx.db.dispose()
    return url


def _officers(url: str, count: int) -> list[tuple[str, list[uuid.UUID]]]:
    """`count` demo officers (role officer), each with investors of their own team to edit."""
    db = connect(url)
    with unit_of_work(Context(db, actor="bench")) as s:
        people = s.execute(
            select(Officer.login, Officer.office_id)
            .where(Officer.role == "officer", Officer.active.is_(True), Officer.office_id.is_not(None))
            .order_by(Officer.login)
        ).all()
        chosen = []
        for i in range(count):
            login, office = people[i % len(people)]
            team = select(Officer.id).where(Officer.office_id == office).scalar_subquery()
            ids = list(
                s.scalars(
                    select(Investor.id)
                    .where(Investor.owner_id.in_(team), Investor.deleted_at.is_(None))
                    .order_by(Investor.id)
                    .limit(500)
                )
            )
            chosen.append((login, ids))
    db.dispose()
    return chosen


# --- one client process: several officers as threads ----------------------------------------------


def _officer(
    kind: str, work: str, ctx: Context, ids: list[uuid.UUID], seed: int, until: float, out: dict[str, list[float]]
) -> None:
    rng = random.Random(seed)
    # The bare index lookup: bigram arrays for two characters, pg_trgm for three or more.
    bare_search = {
        short: [
            text(
                f"SELECT d.ref, d.label, d.parent_ref FROM search_{k}_doc d WHERE "
                + ("d.grams @> search_bigrams(:t)" if short else "d.body ILIKE :q")
                + " LIMIT 50"
            )
            for k in search_service.KINDS
        ]
        for short in (True, False)
    }
    while time.perf_counter() < until:
        query, investor = rng.choice(QUERIES), rng.choice(ids)
        cpu = time.thread_time()
        if work.startswith("search"):
            began = time.perf_counter()
            if kind in ("app", "rls"):
                search_service.search(ctx, query)
            else:
                with ctx.db.engine.connect() as conn:
                    for sql in bare_search[len(query) < 3]:
                        conn.execute(sql, {"q": f"%{query}%", "t": query}).all()
            out["search"].append((time.perf_counter() - began) * 1000)
            out["cpu"].append((time.thread_time() - cpu) * 1000)
            if work == "search_paced":  # the search box searches on a pause in typing: not back to back
                time.sleep(rng.uniform(*PAUSE_S))
            continue

        began = time.perf_counter()
        if kind in ("app", "rls"):
            with unit_of_work(ctx) as s:  # what the edit form loads: the record as the user sees it
                record = s.get(Investor, investor)
                assert record is not None
                draft = InvestorDraft(
                    name=record.name,
                    name_ko=record.name_ko,
                    website=record.website,
                    size=record.size,
                    country_code=record.country.code if record.country else None,
                    industry_code=record.industry.code if record.industry else None,
                    owner_login=record.owner.login if record.owner else None,
                    tags=tuple(record.tags or ()),
                    in_korea=record.in_korea,
                    notes=f"bench {rng.random():.6f}",
                )
                version = record.version
            try:
                update_investor(ctx, investor, version, draft)
            except StaleRecord:
                out["conflicts"].append(1)
        else:
            with ctx.db.engine.begin() as conn:
                version = conn.execute(text("SELECT version FROM investor WHERE id = :i"), {"i": investor}).scalar()
                changed = conn.execute(
                    text("UPDATE investor SET notes = :n, version = version + 1 WHERE id = :i AND version = :v"),
                    {"n": f"bench {rng.random():.6f}", "i": investor, "v": version},
                ).rowcount
                if not changed:
                    out["conflicts"].append(1)
        out["save"].append((time.perf_counter() - began) * 1000)
        out["cpu"].append((time.thread_time() - cpu) * 1000)


def _client(
    kind: str,
    work: str,
    url: str,
    officers: list[tuple[str, list[uuid.UUID]]],
    start: Any,
    seconds: float,
    results: Any,
) -> None:
    db = connect(url)
    # With the server's rules each officer is their own login: a connection pool of their own.
    own = {login: connect(login_url(url, login)) for login, _ in officers} if kind == "rls" else {}
    outs: list[dict[str, list[float]]] = [{"search": [], "save": [], "conflicts": [], "cpu": []} for _ in officers]
    start.wait()
    until = time.perf_counter() + seconds
    threads = [
        threading.Thread(
            target=_officer,
            args=(kind, work, Context(own.get(login, db), actor=login, source="bench"), ids, n, until, outs[n]),
        )
        for n, (login, ids) in enumerate(officers)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    db.dispose()
    for officer_db in own.values():
        officer_db.dispose()
    results.put({k: [x for o in outs for x in o[k]] for k in ("search", "save", "conflicts", "cpu")})


def _server_stats(url: str) -> bool:
    """Whether the server counts its own time per statement (pg_stat_statements, preloaded);
    made ready in the bench database when it can be (needs the superuser the bench runs as)."""
    with create_engine(url, poolclass=NullPool, isolation_level="AUTOCOMMIT").connect() as conn:
        if "pg_stat_statements" not in conn.execute(text("SHOW shared_preload_libraries")).scalar():
            return False
        try:
            conn.execute(text("CREATE EXTENSION IF NOT EXISTS pg_stat_statements"))
        except Exception:  # not allowed: the figures say so rather than fail the run
            return False
    return True


def _server_ms(url: str, reset: bool) -> float:
    """The server's planning and execution time of every statement in this database since the
    last reset, in ms (statements at top level: a function's inner work counts in its call)."""
    with create_engine(url, poolclass=NullPool, isolation_level="AUTOCOMMIT").connect() as conn:
        total = conn.execute(
            text(
                "SELECT coalesce(sum(total_exec_time + total_plan_time), 0) FROM pg_stat_statements s"
                " JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = current_database()"
            )
        ).scalar()
        if reset:
            conn.execute(text("SELECT pg_stat_statements_reset()"))
    return float(total or 0)


def _run(
    kind: str, work: str, url: str, officers: list[tuple[str, list[uuid.UUID]]], processes: int, seconds: float
) -> dict[str, list[float]]:
    stats = _server_stats(url)
    if stats:
        _server_ms(url, reset=True)
    merged = _run_clients(kind, work, url, officers, processes, seconds)
    # Mean server ms per operation (NaN without pg_stat_statements): the rest of an operation's
    # wall time is the client's CPU and the waits (network, queue for the shared CPUs).
    operations = len(merged["search"] if work.startswith("search") else merged["save"]) or 1
    merged["server"] = [_server_ms(url, reset=False) / operations if stats else float("nan")]
    return merged


def _run_clients(
    kind: str, work: str, url: str, officers: list[tuple[str, list[uuid.UUID]]], processes: int, seconds: float
) -> dict[str, list[float]]:
    spawn = multiprocessing.get_context("spawn")
    start, results = spawn.Barrier(processes), spawn.Queue()
    groups = [officers[i::processes] for i in range(processes)]
    workers = [spawn.Process(target=_client, args=(kind, work, url, g, start, seconds, results)) for g in groups]
    for w in workers:
        w.start()
    merged: dict[str, list[float]] = {"search": [], "save": [], "conflicts": [], "cpu": []}
    for _ in workers:
        got = results.get(timeout=seconds + 600)
        for key in merged:
            merged[key].extend(got[key])
    for w in workers:
        w.join()
    return merged


def login_url(url: str, login: str) -> str:
    return make_url(url).set(username=login).render_as_string(hide_password=False)


def _server_rules(url: str, officers: list[tuple[str, list[uuid.UUID]]]) -> None:
    """`server init` on the bench database (as its owner) and a login for each officer."""
    db = connect(url)
    try:
        init_server(db)
        with db.engine.begin() as conn:
            for login in sorted({login for login, _ in officers}):
                pg_security.set_login(conn, login, "kotra_officer")
    finally:
        db.dispose()


def _p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=100)[94] if len(samples) > 1 else (samples or [float("nan")])[0]


TITLE = "Shared server: 50 officers at once on PostgreSQL"
NEEDS_POSTGRES = True


def section(env: object) -> str:
    """For bench/run.py: the server given with --pg must hold the 100k demo (see main() to build it)."""
    url = getattr(env, "pg_url", None)
    if not url:
        raise RuntimeError("needs a PostgreSQL server (--pg URL)")
    seconds = 5.0 if getattr(env, "quick", False) else 20.0
    return "\n".join(measure(url, 50, 10, seconds, env))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, default=333)
    parser.add_argument("--officers", type=int, default=50)
    parser.add_argument("--processes", type=int, default=10, help="client processes the officers are spread over")
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--cluster", type=Path, default=Path("/tmp/kotra-bench-pg"))
    parser.add_argument("--db", help="an existing, migrated and filled PostgreSQL database instead")
    args = parser.parse_args()

    cluster = None
    if args.db:
        url = args.db
    else:
        cluster = _cluster(args.cluster)
        url = _ensure_data(args.cluster, args.scale)
    try:
        lines = measure(url, args.officers, args.processes, args.seconds)
    finally:
        if cluster is not None:
            cluster.pg_ctl("-m", "fast", "-w", "stop")
    print("\n".join(lines))
    return 0


def measure(url: str, officer_count: int, process_count: int, seconds: float, env: Any = None) -> list[str]:
    """Saves and searches by `officer_count` simulated officers, app and bare SQL, as Markdown lines."""
    officers = _officers(url, officer_count)
    processes = min(process_count, officer_count)
    # Saves and searches are measured in runs of their own: on a small machine a mixed run
    # times mostly the searches' CPU, whichever operation the clock is on.
    runs = {
        (kind, work): _run(kind, work, url, officers, processes, seconds)
        for work in ("save", "search", "search_paced")
        for kind in ("app", "bare")
    }
    _server_rules(url, officers)  # the database's owner and the superuser are not bound by them
    for work in ("save", "search", "search_paced"):  # each officer on their own login, as deployed
        runs[("rls", work)] = _run("rls", work, url, officers, processes, seconds)
    # One officer alone, back to back: what the server and one client do with no queue at all.
    alone = min(seconds, 10.0)
    runs[("rls", "search_alone")] = _run("rls", "search", url, officers[:1], 1, alone)
    runs[("bare", "search_alone")] = _run("bare", "search", url, officers[:1], 1, alone)
    with create_engine(url, poolclass=NullPool).connect() as conn:
        investors = conn.execute(text("SELECT count(*) FROM investor")).scalar()
        version = conn.execute(text("SHOW server_version")).scalar()
    lines = [
        f"Machine: {platform.platform()}, {multiprocessing.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"PostgreSQL {version}; {investors:,} investors; {officer_count} officers at once "
        f"({processes} processes), {seconds:.0f} s per run.",
        "",
        "| work | app ops/s | app p50 ms | app p95 ms | baseline ops/s | baseline p50 ms | baseline p95 ms | p95 ratio"
        " | server ms/op app / baseline | client CPU ms/op app / baseline | wait ms/op app / baseline |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    if env is not None:
        bare = runs[("bare", "search_paced")]["search"]
        env.record(
            "search_pg_50",
            f"search, {officer_count} officers on their own logins, about one search a second each",
            _p95(runs[("rls", "search_paced")]["search"]),
            _p95(bare),
        )
        env.record(
            "search_pg_50",
            f"search, {officer_count} officers on their own logins, back to back",
            _p95(runs[("rls", "search")]["search"]),
            _p95(runs[("bare", "search")]["search"]),
        )
    rows = (
        ("save", "app"),
        ("search", "app"),
        ("search", "rls"),
        ("search_paced", "app"),
        ("search_paced", "rls"),
        ("search_alone", "rls"),
    )
    for work, kind in rows:
        key = "search" if work.startswith("search") else work
        a, b = runs[(kind, work)][key], runs[("bare", work)][key]
        name = {
            "search": "search, back to back",
            "search_paced": "search, about one a second per officer",
            "search_alone": "search, ONE officer alone, back to back",
        }.get(work, work)
        name += ", own logins (row-level security)" if kind == "rls" else ", one owner login"
        span = alone if work == "search_alone" else seconds
        cpu_a, cpu_b = statistics.mean(runs[(kind, work)]["cpu"]), statistics.mean(runs[("bare", work)]["cpu"])
        server_a, server_b = runs[(kind, work)]["server"][0], runs[("bare", work)]["server"][0]
        wait_a, wait_b = statistics.mean(a) - server_a - cpu_a, statistics.mean(b) - server_b - cpu_b
        lines.append(
            f"| {name} | {len(a) / span:.0f} | {statistics.median(a):.1f} | {_p95(a):.1f} | "
            f"{len(b) / span:.0f} | {statistics.median(b):.1f} | {_p95(b):.1f} | {_p95(a) / _p95(b):.2f}× | "
            f"{server_a:.1f} / {server_b:.1f} | {cpu_a:.1f} / {cpu_b:.1f} | {wait_a:.1f} / {wait_b:.1f} |"
        )
    lines.append("")
    rls, app = runs[("rls", "save")]["save"], runs[("app", "save")]["save"]
    lines.append(
        f"Saves with the server enforcing the rules (row-level security{', audit triggers' if _audit() else ''};"
        f" each officer on their own login): {len(rls) / seconds:.0f} ops/s, p50 {statistics.median(rls):.1f} ms,"
        f" p95 {_p95(rls):.1f} ms — **{_p95(rls) / _p95(app):.2f}×** the app's save p95 without them."
    )
    lines.append("")
    conflicts = (len(runs[("app", "save")]["conflicts"]), len(runs[("bare", "save")]["conflicts"]))
    lines.append(
        f"Each row is its own run: {officer_count} officers doing only that. Search = the search box (all eight kinds,"
        f" queries {', '.join(QUERIES)}; the baseline: the bare index lookup, bigram arrays for 2 characters and pg_trgm"
        " for 3+); save = read an investor, save a change with its version. Back to back: each officer searches again"
        f" the moment a search returns (a stress test: {officer_count} closed loops on the shared CPUs); about one a"
        f" second: each officer pauses {PAUSE_S[0]}–{PAUSE_S[1]} s between searches, as the search box searches on a"
        " pause in typing. Own logins: after `server init`, each officer connected as their own PostgreSQL login, so"
        " the server's row-level security applies (the search goes through"
        " kotra_search, one call for every kind, store/pg_security.py)."
        f" Conflicts detected (two officers of a team saving one investor): app {conflicts[0]}, baseline {conflicts[1]}."
        " The simulated officers' clients share this machine's CPUs with the server: where the app's client CPU per"
        " operation is the larger part, the ratio measures the clients, not the server (each officer has a PC)."
        " Server ms/op: the server's planning and execution time per operation (pg_stat_statements, every statement"
        " the operation sent, a search function's inner work in its call), mean; client CPU ms/op: the client"
        " thread's CPU, mean; wait ms/op: mean wall time minus both, the time spent queueing for the shared CPUs"
        " (server processes and clients alike) and on the socket."
    )
    return lines


def _audit() -> bool:
    try:
        from kotra_invest.store import pg_audit  # type: ignore[attr-defined]  # noqa: F401
    except ImportError:
        return False
    return True


if __name__.startswith("bench_"):
    # Loaded by bench/run.py under another name: the spawned client processes must find `_client`
    # by an importable module name (bench/ is on their path), the same object in this process.
    sys.modules["concurrency"] = sys.modules[__name__]
    _client.__module__ = "concurrency"

if __name__ == "__main__":
    sys.exit(main())
