"""One narrow row per investor with what the recommendation ranking needs from the other tables.

Ranking a delegation's investors (services/recommendations.py) reads, per investor, its best
open pipeline stage, its latest FDI tranche, its latest meeting (and that meeting's delegation)
and its open grievance cases. Joining projects, tranches, a million meetings and the cases for
100,000 investors on every ranking took most of a second; `investor_signal` keeps those figures
so the ranking reads one table by primary key and computes the exact signals only for the few
investors that can still make the list.

Only what every officer may see is kept: projects marked confidential, their tranches, meetings
and cases about them are left out, so the table says nothing a row-level rule hides (officers
read it like any table; it has no rule of its own). The ranking treats its figures as a bound,
adds what the signed-in officer may see of confidential projects, and computes the exact
score — with the confidentiality rule — from the source tables.

Kept current by triggers on both engines, whatever writes (the services, an import, a mission
pack's merge, psql): each change recomputes the figures of the investors it touches from the
source rows. On PostgreSQL the trigger functions run as the owner (SECURITY DEFINER), so an
officer's row-level rules neither hide rows from the recomputation nor need write rights on it.
`rebuild()` recomputes every row (the migration's backfill; tests compare it with the kept one).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.engine import Connection

TABLE = "investor_signal"

# Each figure as a subquery on the investor `investor_signal.investor_id`: the public view only.
_NOT_CONFIDENTIAL = "NOT EXISTS (SELECT 1 FROM project c WHERE c.id = {row}.project_id AND c.confidential = TRUE)"
_LIVE_MEETING = (
    "FROM interaction m WHERE m.investor_id = investor_signal.investor_id AND m.deleted_at IS NULL AND "
    + _NOT_CONFIDENTIAL.format(row="m")
)
# Of meetings at the same moment, one during a trip first (its trip then counts as the latest's).
_LATEST_FIRST = "m.occurred_at DESC, m.delegation_id IS NULL, m.delegation_id"
FIGURES: dict[str, str] = {
    "best_stage": (
        "(SELECT max(s.sort_order) FROM project p JOIN pipeline_stage s ON s.id = p.stage_id"
        " WHERE p.investor_id = investor_signal.investor_id AND p.deleted_at IS NULL AND s.kind = 'open'"
        " AND p.confidential = FALSE)"
    ),
    "last_fdi_on": (
        "(SELECT max(f.on_date) FROM fdi_amount f JOIN project p ON p.id = f.project_id"
        " WHERE p.investor_id = investor_signal.investor_id AND p.deleted_at IS NULL AND f.deleted_at IS NULL"
        " AND p.confidential = FALSE)"
    ),
    "last_met": f"(SELECT max(m.occurred_at) {_LIVE_MEETING})",
    # The latest meeting's trip: a meeting during the trip being planned does not count for it.
    "last_met_delegation_id": (f"(SELECT m.delegation_id {_LIVE_MEETING} ORDER BY {_LATEST_FIRST} LIMIT 1)"),
    "open_grievances": (
        "(SELECT count(*) FROM grievance_case g WHERE g.investor_id = investor_signal.investor_id"
        " AND g.deleted_at IS NULL AND g.status IN ('received', 'acknowledged') AND "
        + _NOT_CONFIDENTIAL.format(row="g")
        + ")"
    ),
}
_MEETING = ("last_met", "last_met_delegation_id")


def _update(figures: tuple[str, ...] | list[str], where: str) -> str:
    sets = ", ".join(f"{name} = {FIGURES[name]}" for name in figures)
    return f"UPDATE investor_signal SET {sets} WHERE {where}"


def _ids(*exprs: str) -> str:
    return f"investor_id IN ({', '.join(exprs)})"


# (table, the columns whose change matters, {operation: statements}); NEW/OLD as in a trigger.
# A project's change can move its meetings and cases in or out of the public view (confidential
# set or cleared), so the investors they belong to are recomputed too.
def _project(row: str) -> list[str]:
    return [
        _update(list(FIGURES), _ids(f"{row}.investor_id")),
        _update(
            [*_MEETING, "open_grievances"],
            f"investor_id IN (SELECT investor_id FROM interaction WHERE project_id = {row}.id"
            f" UNION SELECT investor_id FROM grievance_case WHERE project_id = {row}.id)",
        ),
    ]


def _by_project_of(row: str) -> str:
    return f"investor_id IN (SELECT investor_id FROM project WHERE id = {row}.project_id)"


TRIGGERS: list[tuple[str, tuple[str, ...], dict[str, list[str]]]] = [
    (
        "investor",
        (),
        {
            "INSERT": [
                "INSERT INTO investor_signal (investor_id) VALUES (NEW.id) {ignore}",
                _update(list(FIGURES), "investor_id = NEW.id"),
            ],
            "DELETE": ["DELETE FROM investor_signal WHERE investor_id = OLD.id"],
        },
    ),
    (
        "interaction",
        ("investor_id", "occurred_at", "deleted_at", "project_id", "delegation_id"),
        {
            "INSERT": [_update(_MEETING, _ids("NEW.investor_id"))],
            "UPDATE": [_update(_MEETING, _ids("OLD.investor_id", "NEW.investor_id"))],
            "DELETE": [_update(_MEETING, _ids("OLD.investor_id"))],
        },
    ),
    (
        "project",
        ("investor_id", "stage_id", "deleted_at", "confidential"),
        {"INSERT": _project("NEW"), "UPDATE": _project("OLD") + _project("NEW"), "DELETE": _project("OLD")},
    ),
    (
        "fdi_amount",
        ("project_id", "on_date", "deleted_at"),
        {
            "INSERT": [_update(["last_fdi_on"], _by_project_of("NEW"))],
            "UPDATE": [
                _update(["last_fdi_on"], _by_project_of("OLD")),
                _update(["last_fdi_on"], _by_project_of("NEW")),
            ],
            "DELETE": [_update(["last_fdi_on"], _by_project_of("OLD"))],
        },
    ),
    (
        "grievance_case",
        ("investor_id", "project_id", "status", "deleted_at"),
        {
            "INSERT": [_update(["open_grievances"], _ids("NEW.investor_id"))],
            "UPDATE": [_update(["open_grievances"], _ids("OLD.investor_id", "NEW.investor_id"))],
            "DELETE": [_update(["open_grievances"], _ids("OLD.investor_id"))],
        },
    ),
    (
        # A stage renumbered or turned from open to won changes the best stage of its projects' investors.
        "pipeline_stage",
        ("kind", "sort_order"),
        {
            "UPDATE": [
                _update(
                    ["best_stage"],
                    "investor_id IN (SELECT investor_id FROM project WHERE stage_id IN (OLD.id, NEW.id))",
                )
            ],
            "DELETE": [
                _update(["best_stage"], "investor_id IN (SELECT investor_id FROM project WHERE stage_id = OLD.id)")
            ],
        },
    ),
]


def _sqlite_ddl() -> list[str]:
    out = []
    for table, columns, ops in TRIGGERS:
        for op, statements in ops.items():
            event = f"UPDATE OF {', '.join(columns)}" if op == "UPDATE" else op
            body = "; ".join(s.format(ignore="ON CONFLICT DO NOTHING") for s in statements)
            out.append(f"CREATE TRIGGER {TABLE}_{table}_{op.lower()} AFTER {event} ON {table} BEGIN {body}; END")
    return out


def _postgresql_ddl() -> list[str]:
    out = []
    for table, columns, ops in TRIGGERS:
        branches = " ELSIF ".join(
            f"TG_OP = '{op}' THEN " + " ".join(s.format(ignore="ON CONFLICT DO NOTHING") + ";" for s in statements)
            for op, statements in ops.items()
        )
        function = f"kotra_{TABLE}_{table}"
        out.append(
            f"CREATE OR REPLACE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER"
            f" SET search_path = public, pg_temp AS $$ BEGIN IF {branches} END IF; RETURN NULL; END $$"
        )
        events = " OR ".join(f"UPDATE OF {', '.join(columns)}" if op == "UPDATE" else op for op in ops)
        out.append(
            f"CREATE TRIGGER {TABLE}_{table} AFTER {events} ON {table} FOR EACH ROW EXECUTE FUNCTION {function}()"
        )
    return out


def create(conn: Connection) -> None:
    """The triggers that keep `investor_signal` current (the table is the migration's)."""
    for statement in _sqlite_ddl() if conn.dialect.name == "sqlite" else _postgresql_ddl():
        conn.exec_driver_sql(statement)


def drop(conn: Connection) -> None:
    for table, _columns, ops in TRIGGERS:
        if conn.dialect.name == "sqlite":
            for op in ops:
                conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {TABLE}_{table}_{op.lower()}")
        else:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {TABLE}_{table} ON {table}")
            conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS kotra_{TABLE}_{table}()")


def rebuild(conn: Connection) -> None:
    """Every investor's figures recomputed from the source tables, set-based (one pass over each
    table, not a subquery per investor: right after a bulk load the server has no statistics yet
    and would plan 100,000 correlated subqueries as scans)."""
    public = "(c.id IS NULL OR c.confidential = FALSE)"
    conn.exec_driver_sql("DELETE FROM investor_signal")
    conn.exec_driver_sql(
        "INSERT INTO investor_signal (investor_id, best_stage, last_fdi_on, last_met, last_met_delegation_id, open_grievances)"
        " SELECT i.id, st.best, fd.latest, lm.occurred_at, lm.delegation_id, coalesce(gc.n, 0) FROM investor i"
        " LEFT JOIN (SELECT p.investor_id, max(s.sort_order) AS best FROM project p JOIN pipeline_stage s ON s.id = p.stage_id"
        "  WHERE p.deleted_at IS NULL AND s.kind = 'open' AND p.confidential = FALSE GROUP BY p.investor_id) st"
        "  ON st.investor_id = i.id"
        " LEFT JOIN (SELECT p.investor_id, max(f.on_date) AS latest FROM fdi_amount f JOIN project p ON p.id = f.project_id"
        "  WHERE p.deleted_at IS NULL AND f.deleted_at IS NULL AND p.confidential = FALSE GROUP BY p.investor_id) fd"
        "  ON fd.investor_id = i.id"
        " LEFT JOIN (SELECT m.investor_id, m.occurred_at, m.delegation_id,"
        f"  row_number() OVER (PARTITION BY m.investor_id ORDER BY {_LATEST_FIRST}) AS n"
        f"  FROM interaction m LEFT JOIN project c ON c.id = m.project_id WHERE m.deleted_at IS NULL AND {public}) lm"
        "  ON lm.investor_id = i.id AND lm.n = 1"
        " LEFT JOIN (SELECT g.investor_id, count(*) AS n FROM grievance_case g LEFT JOIN project c ON c.id = g.project_id"
        f"  WHERE g.deleted_at IS NULL AND g.status IN ('received', 'acknowledged') AND {public} GROUP BY g.investor_id) gc"
        "  ON gc.investor_id = i.id"
    )


@contextmanager
def bulk_load(conn: Connection) -> Iterator[None]:
    """Inside one transaction: load many rows without recomputing per row, then recompute every
    investor's figures once (demo data, large imports), as search_index.bulk_load does."""
    if conn.dialect.name == "sqlite":
        drop(conn)  # SQLite cannot switch a trigger off; dropped and made again in the same transaction
        try:
            yield
        finally:
            create(conn)
    else:
        for table, _columns, _ops in TRIGGERS:
            conn.exec_driver_sql(f"ALTER TABLE {table} DISABLE TRIGGER {TABLE}_{table}")
        try:
            yield
        finally:
            for table, _columns, _ops in TRIGGERS:
                conn.exec_driver_sql(f"ALTER TABLE {table} ENABLE TRIGGER {TABLE}_{table}")
    rebuild(conn)
