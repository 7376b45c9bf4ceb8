"""The search index: one `search_doc` row per searchable record, kept current by triggers.

SQLite indexes the documents with FTS5's trigram tokenizer (Korean has no spaces to split on,
so only substring matching finds 무역지 inside AI무역지원센터); PostgreSQL uses pg_trgm GIN
indexes over the same table. Triggers rather than application code keep it current, so bulk
inserts, imports and mission-pack merges can never leave it stale. These objects are made by
migrations only and are hidden from Alembic autogenerate (see `is_search_object`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy.engine import Connection

SEARCH_PREFIX = "search_"


def is_search_object(name: str | None) -> bool:
    return bool(name) and name.startswith(SEARCH_PREFIX)  # type: ignore[union-attr]


@dataclass(frozen=True)
class Indexed:
    """How one table becomes search documents: SQL expressions over the row `R`."""

    kind: str
    table: str
    label: str
    body: str
    parent: str  # the investor a contact/project/interaction belongs to, or NULL
    watched: tuple[str, ...]  # the columns whose change re-indexes the row


def _cat(*columns: str) -> str:
    return " || ' ' || ".join(f"coalesce({c}, '')" for c in columns)


INDEXED: tuple[Indexed, ...] = (
    Indexed(
        "investor",
        "investor",
        label="R.name || coalesce(' · ' || R.name_ko, '')",
        body=_cat("R.name", "R.name_ko", "R.website", "R.notes", "{tags}"),
        parent="NULL",
        watched=("name", "name_ko", "website", "notes", "tags", "deleted_at"),
    ),
    Indexed(
        "contact",
        "contact",
        label="R.full_name || coalesce(' · ' || R.name_ko, '')",
        body=_cat("R.full_name", "R.name_ko", "R.job_title", "R.email"),
        parent="R.investor_id",
        watched=("full_name", "name_ko", "job_title", "email", "deleted_at"),
    ),
    Indexed(
        "delegation",
        "delegation",
        label="R.title",
        body=_cat("R.title", "R.title_en", "R.objectives"),
        parent="NULL",
        watched=("title", "title_en", "objectives", "deleted_at"),
    ),
    Indexed(
        # A confidential project is findable by its code name only.
        "project",
        "project",
        label="CASE WHEN R.confidential THEN coalesce(R.code_name, '') ELSE R.title END",
        body="CASE WHEN R.confidential THEN coalesce(R.code_name, '') ELSE " + _cat("R.title", "R.code_name") + " END",
        parent="R.investor_id",
        watched=("title", "code_name", "confidential", "deleted_at"),
    ),
    Indexed(
        "interaction",
        "interaction",
        label="substr(R.summary, 1, 120)",
        body=_cat("R.summary", "R.outcome"),
        parent="R.investor_id",
        watched=("summary", "outcome", "deleted_at"),
    ),
)


def _sql(expr: str, row: str, tags_sql: str) -> str:
    return expr.replace("{tags}", tags_sql).replace("R.", f"{row}.")


# --- SQLite ----------------------------------------------------------------------------------


def _sqlite_doc_triggers() -> dict[str, str]:
    """search_doc → FTS: the external-content table's index follows its rows."""
    return {
        "search_doc_ai": """CREATE TRIGGER search_doc_ai AFTER INSERT ON search_doc BEGIN
            INSERT INTO search_fts(rowid, body) VALUES (new.id, new.body);
        END""",
        "search_doc_ad": """CREATE TRIGGER search_doc_ad AFTER DELETE ON search_doc BEGIN
            INSERT INTO search_fts(search_fts, rowid, body) VALUES ('delete', old.id, old.body);
        END""",
    }


def _sqlite_record_triggers(ix: Indexed) -> dict[str, str]:
    """A searchable table → search_doc, on insert, update of a watched column, and delete."""

    def values(row: str) -> str:
        tags = f"coalesce({row}.tags, '')"
        return (
            f"'{ix.kind}', {row}.id, {_sql(ix.parent, row, tags)}, "
            f"{_sql(ix.label, row, tags)}, {_sql(ix.body, row, tags)}"
        )

    cols = "kind, ref, parent_ref, label, body"
    return {
        f"search_{ix.kind}_ai": f"""CREATE TRIGGER search_{ix.kind}_ai AFTER INSERT ON {ix.table} WHEN new.deleted_at IS NULL BEGIN
                INSERT INTO search_doc({cols}) VALUES ({values("new")});
            END""",
        f"search_{ix.kind}_au": f"""CREATE TRIGGER search_{ix.kind}_au AFTER UPDATE OF {", ".join(ix.watched)} ON {ix.table} BEGIN
                DELETE FROM search_doc WHERE ref = old.id AND kind = '{ix.kind}';
                INSERT INTO search_doc({cols}) SELECT {values("new")} WHERE new.deleted_at IS NULL;
            END""",
        f"search_{ix.kind}_ad": f"""CREATE TRIGGER search_{ix.kind}_ad AFTER DELETE ON {ix.table} BEGIN
                DELETE FROM search_doc WHERE ref = old.id AND kind = '{ix.kind}';
            END""",
    }


def _sqlite_statements() -> list[str]:
    out = [
        """CREATE TABLE search_doc (
            id INTEGER PRIMARY KEY,
            kind VARCHAR(16) NOT NULL,
            ref CHAR(32) NOT NULL,
            parent_ref CHAR(32),
            label TEXT NOT NULL,
            body TEXT NOT NULL
        )""",
        "CREATE UNIQUE INDEX search_doc_ref ON search_doc (ref, kind)",
        "CREATE INDEX search_doc_kind ON search_doc (kind, id)",
        # External-content FTS: the text lives once, in search_doc.
        "CREATE VIRTUAL TABLE search_fts USING fts5(body, content='search_doc', content_rowid='id',"
        " tokenize='trigram')",
        *_sqlite_doc_triggers().values(),
    ]
    for ix in INDEXED:
        out += _sqlite_record_triggers(ix).values()
    return out


def _sqlite_drop() -> list[str]:
    out = [f"DROP TRIGGER IF EXISTS search_{ix.kind}_{t}" for ix in INDEXED for t in ("ai", "au", "ad")]
    return out + ["DROP TABLE IF EXISTS search_fts", "DROP TABLE IF EXISTS search_doc"]


# --- PostgreSQL ------------------------------------------------------------------------------


def _postgresql_statements() -> list[str]:
    out = [
        "CREATE EXTENSION IF NOT EXISTS pg_trgm",
        """CREATE TABLE search_doc (
            id BIGSERIAL PRIMARY KEY,
            kind VARCHAR(16) NOT NULL,
            ref UUID NOT NULL,
            parent_ref UUID,
            label TEXT NOT NULL,
            body TEXT NOT NULL
        )""",
        "CREATE UNIQUE INDEX search_doc_ref ON search_doc (ref, kind)",
        "CREATE INDEX search_doc_kind ON search_doc (kind, id)",
        "CREATE INDEX search_doc_body_trgm ON search_doc USING gin (body gin_trgm_ops)",
    ]
    for ix in INDEXED:
        tags = "coalesce(NEW.tags::text, '')"
        values = (
            f"'{ix.kind}', NEW.id, {_sql(ix.parent, 'NEW', tags)}, "
            f"{_sql(ix.label, 'NEW', tags)}, {_sql(ix.body, 'NEW', tags)}"
        )
        out += [
            f"""CREATE FUNCTION search_{ix.kind}_sync() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP <> 'INSERT' THEN
                    DELETE FROM search_doc WHERE ref = OLD.id AND kind = '{ix.kind}';
                END IF;
                IF TG_OP <> 'DELETE' AND NEW.deleted_at IS NULL THEN
                    INSERT INTO search_doc(kind, ref, parent_ref, label, body) VALUES ({values});
                END IF;
                RETURN NULL;
            END $$""",
            f"""CREATE TRIGGER search_{ix.kind}_sync
                AFTER INSERT OR DELETE OR UPDATE OF {", ".join(ix.watched)} ON {ix.table}
                FOR EACH ROW EXECUTE FUNCTION search_{ix.kind}_sync()""",
        ]
    return out


def _postgresql_drop() -> list[str]:
    out = [f"DROP TRIGGER IF EXISTS search_{ix.kind}_sync ON {ix.table}" for ix in INDEXED]
    out += [f"DROP FUNCTION IF EXISTS search_{ix.kind}_sync()" for ix in INDEXED]
    return out + ["DROP TABLE IF EXISTS search_doc"]


def create(conn: Connection) -> None:
    statements = _sqlite_statements() if conn.dialect.name == "sqlite" else _postgresql_statements()
    for statement in statements:
        conn.exec_driver_sql(statement)


def drop(conn: Connection) -> None:
    statements = _sqlite_drop() if conn.dialect.name == "sqlite" else _postgresql_drop()
    for statement in statements:
        conn.exec_driver_sql(statement)


def _index_missing(conn: Connection) -> None:
    """Add a document for every live record that has none yet."""
    for ix in INDEXED:
        tags = "coalesce(R.tags, '')" if conn.dialect.name == "sqlite" else "coalesce(R.tags::text, '')"
        conn.exec_driver_sql(
            f"INSERT INTO search_doc(kind, ref, parent_ref, label, body) SELECT '{ix.kind}', R.id, "
            f"{ix.parent}, {ix.label}, {ix.body.replace('{tags}', tags)} FROM {ix.table} R "
            f"WHERE R.deleted_at IS NULL AND NOT EXISTS "
            f"(SELECT 1 FROM search_doc s WHERE s.ref = R.id AND s.kind = '{ix.kind}')"
        )


@contextmanager
def _sqlite_without(conn: Connection, triggers: dict[str, str]) -> Iterator[None]:
    for name in triggers:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    try:
        yield
    finally:
        for sql in triggers.values():
            conn.exec_driver_sql(sql)


def rebuild(conn: Connection) -> None:
    """Re-derive every document from the tables (after a restore, or to repair the index)."""
    if conn.dialect.name != "sqlite":
        conn.exec_driver_sql("DELETE FROM search_doc")
        _index_missing(conn)
        return
    # Row by row, the FTS triggers would index everything twice; one 'rebuild' is far cheaper.
    with _sqlite_without(conn, _sqlite_doc_triggers()):
        conn.exec_driver_sql("DELETE FROM search_doc")
        _index_missing(conn)
        conn.exec_driver_sql("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")


@contextmanager
def bulk_load(conn: Connection) -> Iterator[None]:
    """Inside one transaction: load many records without indexing them one by one, then index
    them all at once (demo data, large imports). Roughly halves the load time at 1M records."""
    if conn.dialect.name != "sqlite":
        tables = [ix.table for ix in INDEXED]
        for table in tables:
            conn.exec_driver_sql(f"ALTER TABLE {table} DISABLE TRIGGER search_{table}_sync")
        try:
            yield
        finally:
            for table in tables:
                conn.exec_driver_sql(f"ALTER TABLE {table} ENABLE TRIGGER search_{table}_sync")
        _index_missing(conn)
        return
    inserts = {name: sql for ix in INDEXED for name, sql in _sqlite_record_triggers(ix).items() if name.endswith("_ai")}
    with _sqlite_without(conn, inserts):
        yield
    with _sqlite_without(conn, _sqlite_doc_triggers()):
        _index_missing(conn)
        conn.exec_driver_sql("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
