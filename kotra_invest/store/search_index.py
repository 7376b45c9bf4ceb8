"""The search index: one document per searchable record, kept current by triggers.

Each kind of record (investor, contact, delegation, project, interaction) has its own document
table `search_<kind>_doc`. SQLite indexes it with an FTS5 trigram table `search_<kind>_fts`
(Korean has no spaces to split on, so only substring matching finds 무역지 inside
AI무역지원센터); PostgreSQL with a pg_trgm GIN index. One index per kind, not one for all:
a million meeting notes then never slow down finding an investor, because a query walks only
the documents of the kind it wants. Triggers rather than application code keep the documents
current, so bulk inserts, imports and mission-pack merges can never leave them stale. These
objects are made by migrations only and hidden from Alembic autogenerate (`is_search_object`).

Changing what is indexed (INDEXED, the DDL below) needs a new migration that calls
`recreate()` and records the new `fingerprint()`; tests/test_migrations.py fails until it does,
because databases made before the change would otherwise keep the old triggers.
"""

from __future__ import annotations

import hashlib
import re
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
    # The record's name or title, and its other name (Korean or English), for ranking: an exact
    # or prefix match of a name comes before a match anywhere in the text. NULL: no name.
    name: str = "NULL"
    alt_name: str = "NULL"
    # Whether the record leaves every list when its investor (`parent`) is deleted: the delete
    # tombstones the investor only (services/investors.INVESTOR hides the rest), so the search
    # leaves out these documents while their investor is deleted (see LIVE_PARENT).
    gone_with_parent: bool = False


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
        name="R.name",
        alt_name="R.name_ko",
    ),
    Indexed(
        "contact",
        "contact",
        label="R.full_name || coalesce(' · ' || R.name_ko, '')",
        body=_cat("R.full_name", "R.name_ko", "R.job_title", "R.email"),
        parent="R.investor_id",
        watched=("investor_id", "full_name", "name_ko", "job_title", "email", "deleted_at"),
        gone_with_parent=True,
        name="R.full_name",
        alt_name="R.name_ko",
    ),
    Indexed(
        "delegation",
        "delegation",
        label="R.title",
        body=_cat("R.title", "R.title_en", "R.objectives"),
        parent="NULL",
        watched=("title", "title_en", "objectives", "deleted_at"),
        name="R.title",
        alt_name="R.title_en",
    ),
    Indexed(
        # A confidential project is findable by its code name only.
        "project",
        "project",
        label="CASE WHEN R.confidential THEN coalesce(R.code_name, '') ELSE R.title END",
        body="CASE WHEN R.confidential THEN coalesce(R.code_name, '') ELSE " + _cat("R.title", "R.code_name") + " END",
        parent="R.investor_id",
        watched=("investor_id", "title", "code_name", "confidential", "deleted_at"),
        gone_with_parent=True,
        name="CASE WHEN R.confidential THEN R.code_name ELSE R.title END",
        alt_name="CASE WHEN R.confidential THEN NULL ELSE R.code_name END",
    ),
    Indexed(
        "interaction",
        "interaction",
        label="substr(R.summary, 1, 120)",
        body=_cat("R.summary", "R.outcome"),
        parent="R.investor_id",
        watched=("investor_id", "summary", "outcome", "deleted_at"),
        gone_with_parent=True,
    ),
    Indexed(
        # A grievance case of a confidential project is found by its subject; search hides it.
        "case",
        "grievance_case",
        label="R.subject",
        body=_cat("R.subject", "R.description", "R.agency", "R.resolution", "R.policy_proposal"),
        parent="R.investor_id",
        watched=("investor_id", "subject", "description", "agency", "resolution", "policy_proposal", "deleted_at"),
        gone_with_parent=True,
        name="R.subject",
    ),
    Indexed(
        # Not gone with its investor: Aftercare's enquiry list keeps a deleted investor's enquiries.
        "enquiry",
        "enquiry",
        label="R.subject || coalesce(' · ' || R.company, '')",
        body=_cat("R.subject", "R.body", "R.company", "R.contact_name", "R.answer"),
        parent="R.investor_id",
        watched=("investor_id", "subject", "body", "company", "contact_name", "answer", "deleted_at"),
        name="R.subject",
    ),
    Indexed(
        # A file held by a record: its name and the text read from it (domain/document_models
        # TEXT_LIMIT); a DRM-wrapped file has no text, only its name.
        "document",
        "document",
        label="R.name",
        body=_cat("R.name", "R.text"),
        parent="R.investor_id",
        watched=("investor_id", "name", "text", "deleted_at"),
        name="R.name",
    ),
)


# The condition a document `d` of a kind gone_with_parent meets while its investor is not deleted.
# Checked on the candidates an index walk yields, before its LIMIT, so a page holds as many hits
# as before; and at query time rather than by removing the documents, so the delete's undo (and a
# pack that brings the delete home) needs no re-indexing and no trigger on the investor. A scalar
# subquery, not NOT EXISTS: PostgreSQL may turn a NOT EXISTS into an anti join that reads every
# investor, while this stays a probe of the investor's key per candidate on both engines.
LIVE_PARENT = "(SELECT i.deleted_at FROM investor i WHERE i.id = d.parent_ref) IS NULL"


def live_parent(kind: str) -> str:
    """SQL to AND onto a walk of `kind`'s documents `d`: its LIVE_PARENT condition, or nothing."""
    return next((f" AND {LIVE_PARENT}" for ix in INDEXED if ix.kind == kind and ix.gone_with_parent), "")


def _sql(expr: str, row: str, tags_sql: str) -> str:
    return expr.replace("{tags}", tags_sql).replace("R.", f"{row}.")


def doc_table(kind: str) -> str:
    return f"search_{kind}_doc"


def fts_table(kind: str) -> str:
    return f"search_{kind}_fts"


def bigram_table(kind: str) -> str:
    return f"search_{kind}_bi"


def names_table(kind: str) -> str:
    return f"search_{kind}_names"


_COLUMNS = "ref, parent_ref, label, body, name_key, alt_key"


def _key(expr: str) -> str:
    # Lower-cased on both sides by the engine's own lower(), so a query compares like the index.
    return f"nullif(lower(trim({expr})), '')"


def _values(ix: Indexed, row: str, tags: str) -> str:
    return (
        f"{row}.id, {_sql(ix.parent, row, tags)}, {_sql(ix.label, row, tags)}, {_sql(ix.body, row, tags)}, "
        f"{_key(_sql(ix.name, row, tags))}, {_key(_sql(ix.alt_name, row, tags))}"
    )


# --- SQLite ----------------------------------------------------------------------------------
#
# Two FTS5 tables per kind. The trigram one (external content: the document table) answers
# terms of three or more characters anywhere in the text. The bigram one is contentless, with
# every pair of adjacent characters as a token (unicode61 keeps 무역 or i무 whole and cuts a pair
# with a space or a sign down to its one letter) and detail=column (no positions: a pair is one
# token). Its `body` column answers two-character terms anywhere. Its `names` column holds the
# names' pairs and single characters, each tagged with a private-use character (U+E000 pairs,
# U+E001 singles, token characters to unicode61), so a name lookup reads a doclist of names
# only and never walks the far longer doclist of the same pair in the text; a name containing
# a longer term contains all its pairs, so names are searched by their pairs at any length.
# Both are supersets of LIKE (case folding); the service checks each hit with LIKE, so the hits
# are exactly LIKE's.

PAIR_TAG, SINGLE_TAG = "\ue000", "\ue001"


# The text is cut into pieces of GRAM_PIECE characters (and the one after, for the pair across
# the cut) and each piece into pairs: substr finds a character position by walking the string
# from its start, so pairs taken from the whole text cost the square of its length (a document's
# 200,000 characters of text took 95 s to index; now about a second).
GRAM_PIECE = 256


def _zeros(count_sql: str) -> str:
    """A series 0 … count-1 from json_each over an array of zeros (a trigger body cannot hold a
    recursive CTE)."""
    return f"json_each('[' || substr(replace(hex(zeroblob({count_sql})), '00', ',0'), 2) || ']')"


def sqlite_grams(text_sql: str, *, singles: bool = False) -> str:
    """SQL for the space-separated character pairs of `text_sql`, the last character alone
    (and each single character too, for names: a one-character search looks in
    names only)."""
    assert ord(PAIR_TAG) == 57344 and ord(SINGLE_TAG) == 57345
    pieces = _zeros(f"(length({text_sql}) + {GRAM_PIECE - 1}) / {GRAM_PIECE}")
    piece = f"substr({text_sql}, c.key * {GRAM_PIECE} + 1, {GRAM_PIECE + 1})"
    gram = "substr(p.s, j.key + 1, 2)"
    if singles:  # the names: tagged pairs and tagged single characters
        gram = f"{gram} || char(57344) || ' ' || substr(p.s, j.key + 1, 1) || char(57345)"
    # LIMIT -1 keeps the pieces a subquery of their own (flattened, each pair would take its
    # piece from the whole text again); CROSS JOIN walks each piece's pairs in turn.
    return (
        f"coalesce((SELECT group_concat({gram}, ' ') FROM (SELECT {piece} AS s FROM {pieces} c LIMIT -1) p "
        f"CROSS JOIN {_zeros(str(GRAM_PIECE))} j WHERE j.key < length(p.s)), '')"
    )


def _sqlite_names(row: str) -> str:
    return f"coalesce({row}.name_key, '') || ' ' || coalesce({row}.alt_key, '')"


def _sqlite_name_grams(row: str) -> str:
    return sqlite_grams(_sqlite_names(row), singles=True)


def _sqlite_fts_triggers(ix: Indexed) -> dict[str, str]:
    """Documents → FTS: both indexes follow their document table."""
    doc, fts, bi, names = doc_table(ix.kind), fts_table(ix.kind), bigram_table(ix.kind), names_table(ix.kind)
    return {
        f"{doc}_ai": f"""CREATE TRIGGER {doc}_ai AFTER INSERT ON {doc} BEGIN
            INSERT INTO {fts}(rowid, body) VALUES (new.id, new.body);
            INSERT INTO {names}(rowid, name_key, alt_key) VALUES (new.id, new.name_key, new.alt_key);
            INSERT INTO {bi}(rowid, names, body)
                VALUES (new.id, {_sqlite_name_grams("new")}, {sqlite_grams("new.body")});
        END""",
        f"{doc}_ad": f"""CREATE TRIGGER {doc}_ad AFTER DELETE ON {doc} BEGIN
            INSERT INTO {fts}({fts}, rowid, body) VALUES ('delete', old.id, old.body);
            INSERT INTO {names}({names}, rowid, name_key, alt_key) VALUES ('delete', old.id, old.name_key, old.alt_key);
            INSERT INTO {bi}({bi}, rowid, names, body)
                VALUES ('delete', old.id, {_sqlite_name_grams("old")}, {sqlite_grams("old.body")});
        END""",
    }


def _sqlite_record_triggers(ix: Indexed) -> dict[str, str]:
    """Records → documents, on insert, on update of a watched column, and on delete."""
    doc = doc_table(ix.kind)
    tags = "coalesce(new.tags, '')"
    return {
        f"search_{ix.kind}_ai": f"""CREATE TRIGGER search_{ix.kind}_ai AFTER INSERT ON {ix.table}
            WHEN new.deleted_at IS NULL BEGIN
                INSERT INTO {doc}({_COLUMNS}) VALUES ({_values(ix, "new", tags)});
            END""",
        f"search_{ix.kind}_au": f"""CREATE TRIGGER search_{ix.kind}_au AFTER UPDATE OF {", ".join(ix.watched)}
            ON {ix.table} BEGIN
                DELETE FROM {doc} WHERE ref = old.id;
                INSERT INTO {doc}({_COLUMNS}) SELECT {_values(ix, "new", tags)} WHERE new.deleted_at IS NULL;
            END""",
        f"search_{ix.kind}_ad": f"""CREATE TRIGGER search_{ix.kind}_ad AFTER DELETE ON {ix.table} BEGIN
                DELETE FROM {doc} WHERE ref = old.id;
            END""",
    }


def _sqlite_statements(kinds: tuple[Indexed, ...] = INDEXED) -> list[str]:
    out: list[str] = []
    for ix in kinds:
        doc, fts, bi = doc_table(ix.kind), fts_table(ix.kind), bigram_table(ix.kind)
        out += [
            f"""CREATE TABLE {doc} (
                id INTEGER PRIMARY KEY,
                ref CHAR(32) NOT NULL UNIQUE,
                parent_ref CHAR(32),
                label TEXT NOT NULL,
                body TEXT NOT NULL,
                name_key TEXT,
                alt_key TEXT
            )""",
            # Exact and prefix name matches are B-tree lookups (a kind without names costs nothing).
            f"CREATE INDEX {doc}_name ON {doc}(name_key) WHERE name_key IS NOT NULL",
            f"CREATE INDEX {doc}_alt ON {doc}(alt_key) WHERE alt_key IS NOT NULL",
            # External content: the text is stored once, in the document table.
            f"CREATE VIRTUAL TABLE {fts} USING fts5(body, content='{doc}', content_rowid='id', tokenize='trigram')",
            # The names alone, by trigram: a name holding a 3+ character term, without walking
            # the (far longer) doclists of the whole text.
            f"""CREATE VIRTUAL TABLE {names_table(ix.kind)} USING fts5(name_key, alt_key, content='{doc}',
                content_rowid='id', tokenize='trigram')""",
            f"""CREATE VIRTUAL TABLE {bi} USING fts5(names, body, content='', detail=column, columnsize=0,
                tokenize='unicode61 remove_diacritics 0')""",
            *_sqlite_fts_triggers(ix).values(),
            *_sqlite_record_triggers(ix).values(),
        ]
    return out


def _sqlite_drop(kinds: tuple[Indexed, ...] = INDEXED) -> list[str]:
    out = [f"DROP TRIGGER IF EXISTS {name}" for ix in kinds for name in _sqlite_record_triggers(ix)]
    for ix in kinds:
        out += [
            f"DROP TABLE IF EXISTS {names_table(ix.kind)}",
            f"DROP TABLE IF EXISTS {bigram_table(ix.kind)}",
            f"DROP TABLE IF EXISTS {fts_table(ix.kind)}",
            f"DROP TABLE IF EXISTS {doc_table(ix.kind)}",
        ]
    return out


# --- PostgreSQL ------------------------------------------------------------------------------
#
# In-schema, no extension beyond pg_trgm: each document carries the array of its text's
# character pairs (and its names' pairs and single characters), computed by the database as
# generated columns, under GIN indexes. `grams @> search_bigrams('대전')` is an index lookup.

# search_bigrams walks the text once, character by character (each next to the one after it):
# `substr(s, i, 2)` for every i, as it first did, finds position i from the start of a multibyte
# string each time, so a document's 200,000 characters of text took a quarter of an hour to
# index (50,000 took 54 s; now 0.4 s for 200,000). The pairs are the same (migration 0021).
SEARCH_BIGRAMS = r"""FUNCTION search_bigrams(t text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(array_agg(DISTINCT g), '{}') FROM (
            SELECT c || lead(c) OVER (ORDER BY i) AS g
            FROM unnest(string_to_array(lower(coalesce(t, '')), NULL)) WITH ORDINALITY AS u(c, i)
        ) pairs WHERE g IS NOT NULL AND g !~ '\s'
    $$"""

_PG_FUNCTIONS = [
    "CREATE " + SEARCH_BIGRAMS,
    r"""CREATE FUNCTION search_name_grams(a text, b text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(array_agg(DISTINCT g), '{}') FROM (
            SELECT substr(x.s, i, n) AS g FROM (SELECT lower(coalesce(a, '') || ' ' || coalesce(b, '')) AS s) x,
                generate_series(1, length(x.s)) AS i, (VALUES (1), (2)) AS v(n)
        ) grams WHERE g <> '' AND g !~ '\s'
    $$""",
]


# No pending list (GIN's fastupdate): with it, every new or changed document's keys wait in an
# unsorted list that each search reads whole before the index proper, until a vacuum or a full
# list (4 MB) folds them in. Measured at scale 10 after a re-index: the investors' names lookup
# 14-18 ms with the list, 0.4 ms without; under 50 officers saving it grows again all day, and
# the saver that fills it pays the merge. Without it each save writes its pairs into the index
# directly (a few hundred keys for a meeting note).
_GIN_DIRECT = "WITH (fastupdate = off)"


def postgresql_gin_indexes(kinds: tuple[Indexed, ...] = INDEXED) -> list[str]:
    """The names of the GIN indexes of the PostgreSQL search documents."""
    return [f"{doc_table(ix.kind)}_{name}" for ix in kinds for name in ("body_trgm", "grams", "name_grams")]


def set_postgresql_pending_lists(conn: Connection, *, on: bool) -> None:
    """Turn the GIN indexes' pending lists on or off; off, fold in what is pending now (a
    migration's work: a database made before 0018 keeps its indexes otherwise)."""
    for name in postgresql_gin_indexes(present_kinds(conn)):
        conn.exec_driver_sql(f"ALTER INDEX IF EXISTS {name} SET (fastupdate = {'on' if on else 'off'})")
        if not on:
            conn.exec_driver_sql(
                f"SELECT gin_clean_pending_list(to_regclass('{name}')) WHERE to_regclass('{name}') IS NOT NULL"
            )


def _postgresql_statements(kinds: tuple[Indexed, ...] = INDEXED) -> list[str]:
    out = ["CREATE EXTENSION IF NOT EXISTS pg_trgm", *_PG_FUNCTIONS]
    for ix in kinds:
        doc = doc_table(ix.kind)
        out += [
            f"""CREATE TABLE {doc} (
                id BIGSERIAL PRIMARY KEY,
                ref UUID NOT NULL UNIQUE,
                parent_ref UUID,
                label TEXT NOT NULL,
                body TEXT NOT NULL,
                name_key TEXT,
                alt_key TEXT,
                grams TEXT[] GENERATED ALWAYS AS (search_bigrams(body)) STORED,
                name_grams TEXT[] GENERATED ALWAYS AS (search_name_grams(name_key, alt_key)) STORED
            )""",
            f"CREATE INDEX {doc}_body_trgm ON {doc} USING gin (body gin_trgm_ops) {_GIN_DIRECT}",
            f"CREATE INDEX {doc}_grams ON {doc} USING gin (grams) {_GIN_DIRECT}",
            f"CREATE INDEX {doc}_name_grams ON {doc} USING gin (name_grams) {_GIN_DIRECT}",
            f'CREATE INDEX {doc}_name ON {doc} ((name_key COLLATE "C")) WHERE name_key IS NOT NULL',
            f'CREATE INDEX {doc}_alt ON {doc} ((alt_key COLLATE "C")) WHERE alt_key IS NOT NULL',
            f"""CREATE FUNCTION search_{ix.kind}_sync() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP <> 'INSERT' THEN
                    DELETE FROM {doc} WHERE ref = OLD.id;
                END IF;
                IF TG_OP <> 'DELETE' AND NEW.deleted_at IS NULL THEN
                    INSERT INTO {doc}({_COLUMNS}) VALUES ({_values(ix, "NEW", "coalesce(NEW.tags::text, '')")});
                END IF;
                RETURN NULL;
            END $$""",
            f"""CREATE TRIGGER search_{ix.kind}_sync
                AFTER INSERT OR DELETE OR UPDATE OF {", ".join(ix.watched)} ON {ix.table}
                FOR EACH ROW EXECUTE FUNCTION search_{ix.kind}_sync()""",
        ]
    return out


def drop_kinds(conn: Connection, kinds: tuple[str, ...]) -> None:
    """Drop some kinds' part of the index (a downgrade that removes their tables)."""
    for kind in kinds:
        drop_kind(conn, kind)


def drop_kind(conn: Connection, kind: str) -> None:
    """Drop one kind's documents, indexes and triggers (a downgrade that removes its table)."""
    ix = next(i for i in INDEXED if i.kind == kind)
    if conn.dialect.name == "sqlite":
        statements = [f"DROP TRIGGER IF EXISTS {name}" for name in _sqlite_record_triggers(ix)]
        statements += [f"DROP TABLE IF EXISTS {t}" for t in (names_table(kind), bigram_table(kind), fts_table(kind))]
    else:
        statements = [
            f"DROP TRIGGER IF EXISTS search_{kind}_sync ON {ix.table}",
            f"DROP FUNCTION IF EXISTS search_{kind}_sync()",
        ]
    for statement in [*statements, f"DROP TABLE IF EXISTS {doc_table(kind)}"]:
        conn.exec_driver_sql(statement)


def _postgresql_drop(kinds: tuple[Indexed, ...] = INDEXED) -> list[str]:
    out = [f"DROP TRIGGER IF EXISTS search_{ix.kind}_sync ON {ix.table}" for ix in kinds]
    out += [f"DROP FUNCTION IF EXISTS search_{ix.kind}_sync()" for ix in kinds]
    out += [f"DROP TABLE IF EXISTS {doc_table(ix.kind)}" for ix in kinds]
    return out + [
        "DROP FUNCTION IF EXISTS search_bigrams(text)",
        "DROP FUNCTION IF EXISTS search_name_grams(text, text)",
    ]


def present_kinds(conn: Connection) -> tuple[Indexed, ...]:
    """The kinds whose tables this schema has: an old migration (0002, 0008) rebuilding the index
    runs before a later one made a newer kind's table (0014's documents), and indexes without it."""
    from sqlalchemy import inspect

    tables = set(inspect(conn).get_table_names())
    return tuple(ix for ix in INDEXED if ix.table in tables)


def replace_sqlite_gram_triggers(conn: Connection) -> None:
    """Remake SQLite's document → index triggers with the current `sqlite_grams` (migration 0021:
    the same pairs, taken piece by piece); what is indexed is unchanged, so nothing is re-indexed."""
    for ix in present_kinds(conn):
        for name, sql in _sqlite_fts_triggers(ix).items():
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
            conn.exec_driver_sql(sql)


def create(conn: Connection) -> None:
    kinds = present_kinds(conn)
    statements = _sqlite_statements(kinds) if conn.dialect.name == "sqlite" else _postgresql_statements(kinds)
    for statement in statements:
        conn.exec_driver_sql(statement)


def drop(conn: Connection) -> None:
    kinds = present_kinds(conn)
    statements = _sqlite_drop(kinds) if conn.dialect.name == "sqlite" else _postgresql_drop(kinds)
    for statement in statements:
        conn.exec_driver_sql(statement)


# --- PostgreSQL: the search itself --------------------------------------------------------------
#
# One statement per kind for any number of terms, over six parameters: :q (the terms joined by
# spaces), :terms (text[]), :patterns (text[], each term's LIKE pattern), :n (the LIMIT of each
# tier), :pairs and :names (text[]: the terms' character pairs, and their name grams, as
# PG_GRAMS computes them: once per search, before the statement). A term's pairs are those of
# the terms joined by spaces (search_bigrams drops every pair with a space in it), so "every
# term's pairs" is one array. Passed in, not computed inside: an SQL function is not folded to a
# constant by the planner, and its eight kinds' calls cost 16 of 20 ms of a search's execution
# at 300,000 meetings. The service runs the statement as it is; with the server's rules
# installed, pg_security wraps it in SECURITY DEFINER functions (see there for why). The
# search of every kind at once (postgresql_search_all) takes the kinds asked for as :kinds.

# The tiers of a kind's hits, best first (services/search.py names them).
EXACT, PREFIX, NAME_CONTAINS, ANYWHERE = 1, 2, 3, 4


def pg_name_keys(grams: str) -> str:
    """SQL: the name grams `grams` (an SQL text[]) a names lookup needs, without the single
    characters inside one of its pairs. A name holding a pair holds both its characters, so the
    lookup finds the same names; but a single character is in most names (each of "hanseatic"'s
    letters in nearly every contact's), and GIN reads every key's list of names: 22 ms of a
    search for nothing at 84,000 contacts, as against under 1 ms for the pairs alone."""
    return (
        f"ARRAY(SELECT g FROM unnest({grams}) AS g WHERE length(g) > 1"
        f" OR NOT EXISTS (SELECT 1 FROM unnest({grams}) AS p WHERE length(p) > 1 AND strpos(p, g) > 0))"
    )


# :pairs and :names from :terms (the same functions the generated columns use).
PG_GRAMS = "SELECT search_bigrams(array_to_string(CAST(:terms AS text[]), ' ')), " + pg_name_keys(
    "search_name_grams(array_to_string(CAST(:terms AS text[]), ' '), '')"
)


def named(sql: str, names: dict[str, str]) -> str:
    """`sql` with its :name parameters renamed (a function body's own variables); casts (::text)
    are left alone, and a parameter without a new name is an error."""
    return re.sub(r"(?<!:):([a-z_]+)\b", lambda m: names[m.group(1)], sql)


# How many of a kind's newest documents a tier that walks by recency reads before it falls back
# to the full index lookup (see postgresql_search); and the wider window it reads first when the
# first held some hits, but too few: enough that PG_WIDE / PG_WINDOW times them fill the page,
# and the walk is the cheaper way. With k hits in the newest PG_WINDOW of N documents, the walk
# reads about PG_WINDOW * n / k documents and the lookup at least k * N / PG_WINDOW matches, each
# costing about 2.5 times a walked one (measured at scale 100: 6.3 µs a match of 투자유치, 1.7-2.7
# µs a walked document): the walk is worth it when k * k * N >= PG_WIDE_WORTH * n.
PG_WINDOW = 1000
PG_WIDE = 10_000
PG_WIDE_WORTH = PG_WINDOW * PG_WINDOW * 2 // 5


def postgresql_search(kind: str, visible: str = "true") -> str:
    """The ranked tiers of `kind`'s search as one statement: rows of (tier, name order within the
    tier, newest first, ref, label, parent_ref). `visible`: an SQL condition on the document `d`
    every hit must meet as well (the caller's access rule, when it is not row-level security).

    The tiers that find a term inside names or text (newest first) look in two ways, the second
    only when the first falls short: the newest PG_WINDOW documents, read by recency, checked one
    by one (a common pair, 유치 in 13% of meeting notes, fills the page after a few hundred), then
    the GIN lookup of every match, sorted (a rare term: a handful). Either alone is slow for the
    other case (measured at 300,000 meetings: the lookup 190 ms for 유치, the walk by recency
    hundreds of ms for a rare name), and which to use cannot be left to the planner: its estimate
    of an array's `@>` was 258 rows for 7,281, and a plan made once per connection must suit every
    term. The newest page of matches is the same either way.

    Between the two, a term of middling frequency (투자유치 in 4% of meetings: 30 in the newest
    1,000, 12,841 in all) reads the newest PG_WIDE documents the same way, when the first window's
    hits promise a full page there and the walk costs less than the lookup (PG_WIDE_WORTH):
    5-10 ms where the lookup of every match, each one read and checked before the newest are
    sorted out, took 110 ms. A rare term never pays for it (no hit in the first window), nor a
    small kind (the lookup of hanseatic's 233 investor names, 4.5 ms, against 12 ms to walk 7,114
    investors), and when the wider window still falls short the lookup answers. Each
    way returns the newest matches of its window, so whichever answers, the page is the same
    (the rows of a way that fell short are among the answering way's; ranked() keeps each once)."""
    doc = doc_table(kind)
    patterns = "CAST(:patterns AS text[])"
    names = "(coalesce(d.name_key, '') || E'\\n' || coalesce(d.alt_key, ''))"
    # Each hit is checked against `visible` after its tier's walk, on twice its rows, not on every
    # match before it: checked first, a common word's 50,000 meetings were each looked up (a tier
    # may then return fewer than :n hits when most of the newest are hidden, never a hidden one).
    factor = "" if visible == "true" else "2 * "

    gone = live_parent(kind)

    def walk(number: int, order: str, source: str, where: str, by: str) -> str:
        inner = (
            f"SELECT {number} AS tier, {order} AS name_order, -d.id AS newest, d.ref, d.label, d.parent_ref"
            f" FROM {source} WHERE {where}{gone} ORDER BY {by} LIMIT {factor}:n"
        )
        return inner if visible == "true" else f"SELECT * FROM ({inner}) AS d WHERE {visible} LIMIT :n"

    def by_recency(number: int, index: str, check: str) -> str:
        # The walk checks the text alone: the pairs are the index's key, and reading a row's
        # array of them would cost more than the LIKE it spares.
        def window(size: int) -> str:
            return f"(SELECT * FROM {doc} ORDER BY id DESC LIMIT {size}) d"

        newest = walk(number, "''", window(PG_WINDOW), check, "d.id DESC")
        wider = walk(number, "''", window(PG_WIDE), check, "d.id DESC")
        every = walk(number, "''", f"{doc} d", f"{index} AND {check}", "d.id DESC")
        found = "(SELECT count(*) FROM newest)"
        # The planner's count of the kind's documents (none before a first ANALYZE: no walk).
        size = f"(SELECT greatest(c.reltuples, 0) FROM pg_class c WHERE c.oid = '{doc}'::regclass)"
        promise = (
            f"{found} < :n AND {found} * {PG_WIDE // PG_WINDOW} >= :n"
            f" AND {found} * {found} * {size} >= CAST({PG_WIDE_WORTH} AS float8) * :n"  # no integer overflow
        )
        return (
            f"WITH newest AS MATERIALIZED ({newest}),"
            f" wider AS MATERIALIZED (SELECT * FROM ({wider}) AS wider WHERE {promise})"
            " SELECT * FROM newest UNION ALL SELECT * FROM wider"
            f" UNION ALL SELECT * FROM ({every}) AS every"
            f" WHERE {found} < :n AND (SELECT count(*) FROM wider) < :n"
        )

    tiers: list[str] = []
    if any(ix.kind == kind and ix.name != "NULL" for ix in INDEXED):
        key, alt = 'd.name_key COLLATE "C"', 'd.alt_key COLLATE "C"'
        tiers += [
            # Each name by its own index, in its order: under a plan made once for every term,
            # `ORDER BY id` (or none) read a kind's documents looking for a name whose values
            # the statistics find few and common (19-38 ms for none among 30,000 cases).
            walk(EXACT, "''", f"{doc} d", f"{key} = lower(:q)", key),
            walk(EXACT, "''", f"{doc} d", f"{alt} = lower(:q)", alt),
            # Alphabetical within the prefix tier, so the walk of the name index stops at :n.
            walk(PREFIX, "d.name_key", f"{doc} d", f"{key} > lower(:q) AND {key} < lower(:q) || chr(1114111)", key),
            walk(PREFIX, "d.alt_key", f"{doc} d", f"{alt} > lower(:q) AND {alt} < lower(:q) || chr(1114111)", alt),
            by_recency(NAME_CONTAINS, "d.name_grams @> CAST(:names AS text[])", f"{names} ILIKE ALL ({patterns})"),
        ]
    # Anywhere in the text: only when a term has a pair (single characters search names only).
    pairs = "CAST(:pairs AS text[])"
    tiers.append(
        by_recency(ANYWHERE, f"d.grams @> {pairs}", f"cardinality({pairs}) > 0 AND d.body ILIKE ALL ({patterns})")
    )
    return " UNION ALL ".join(f"SELECT * FROM ({tier}) AS tier{i}" for i, tier in enumerate(tiers))


# --- maintenance -----------------------------------------------------------------------------


def _index_missing(conn: Connection, ix: Indexed) -> None:
    """Add a document for every live record of this kind that has none yet."""
    tags = "coalesce(R.tags, '')" if conn.dialect.name == "sqlite" else "coalesce(R.tags::text, '')"
    doc = doc_table(ix.kind)
    conn.exec_driver_sql(
        f"INSERT INTO {doc}({_COLUMNS}) SELECT {_values(ix, 'R', tags)} FROM {ix.table} R "
        f"WHERE R.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM {doc} d WHERE d.ref = R.id)"
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


def _sqlite_reindex(conn: Connection, ix: Indexed, *, from_scratch: bool) -> None:
    # Row by row, the FTS triggers would cost as much again as the documents themselves; one
    # 'rebuild' of the FTS table from its document table is far cheaper.
    with _sqlite_without(conn, _sqlite_fts_triggers(ix)):
        if from_scratch:
            conn.exec_driver_sql(f"DELETE FROM {doc_table(ix.kind)}")
        _index_missing(conn, ix)
        conn.exec_driver_sql(f"INSERT INTO {fts_table(ix.kind)}({fts_table(ix.kind)}) VALUES ('rebuild')")
        conn.exec_driver_sql(f"INSERT INTO {names_table(ix.kind)}({names_table(ix.kind)}) VALUES ('rebuild')")
        bi = bigram_table(ix.kind)
        conn.exec_driver_sql(f"INSERT INTO {bi}({bi}) VALUES ('delete-all')")  # contentless: no 'rebuild'
        conn.exec_driver_sql(
            f"INSERT INTO {bi}(rowid, names, body) SELECT d.id, {_sqlite_name_grams('d')}, "
            f"{sqlite_grams('d.body')} FROM {doc_table(ix.kind)} d"
        )


def rebuild(conn: Connection) -> None:
    """Re-derive every document from the tables (after a restore, or to repair the index)."""
    for ix in present_kinds(conn):
        if conn.dialect.name == "sqlite":
            _sqlite_reindex(conn, ix, from_scratch=True)
        else:
            conn.exec_driver_sql(f"DELETE FROM {doc_table(ix.kind)}")
            _index_missing(conn, ix)


@contextmanager
def bulk_load(conn: Connection) -> Iterator[None]:
    """Inside one transaction: load many records without indexing them one by one, then index
    them all at once (demo data, large imports). Roughly halves the load time at 1M records."""
    kinds = present_kinds(conn)
    if conn.dialect.name != "sqlite":
        for ix in kinds:
            conn.exec_driver_sql(f"ALTER TABLE {ix.table} DISABLE TRIGGER search_{ix.kind}_sync")
        try:
            yield
        finally:
            for ix in kinds:
                conn.exec_driver_sql(f"ALTER TABLE {ix.table} ENABLE TRIGGER search_{ix.kind}_sync")
        # A million documents go into the GIN indexes through their pending lists, merged in
        # sorted batches, as an index build does; key by key they would take many times longer.
        set_postgresql_pending_lists(conn, on=True)
        for ix in kinds:
            _index_missing(conn, ix)
        set_postgresql_pending_lists(conn, on=False)
        return
    inserts = {name: sql for ix in kinds for name, sql in _sqlite_record_triggers(ix).items() if name.endswith("_ai")}
    with _sqlite_without(conn, inserts):
        yield
    for ix in kinds:
        _sqlite_reindex(conn, ix, from_scratch=False)


def recreate(conn: Connection) -> None:
    """Drop and rebuild the whole index with the current definitions (for a migration)."""
    drop(conn)
    create(conn)
    rebuild(conn)


def fingerprint() -> str:
    """A short hash of the index's DDL on both engines: it changes whenever the design does."""
    ddl = "\n".join([*_sqlite_statements(), *_postgresql_statements()])
    return hashlib.sha256(" ".join(ddl.split()).encode()).hexdigest()[:16]


def missing_objects(conn: Connection) -> list[str]:
    """The index's tables and triggers that should exist and do not (a damaged index)."""
    kinds = present_kinds(conn)
    if conn.dialect.name == "sqlite":
        expected = {doc_table(ix.kind) for ix in kinds} | {fts_table(ix.kind) for ix in kinds}
        expected |= {bigram_table(ix.kind) for ix in kinds} | {names_table(ix.kind) for ix in kinds}
        expected |= {name for ix in kinds for name in (*_sqlite_record_triggers(ix), *_sqlite_fts_triggers(ix))}
        present = {row[0] for row in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
    else:
        expected = {doc_table(ix.kind) for ix in kinds} | {f"search_{ix.kind}_sync" for ix in kinds}
        present = {row[0] for row in conn.exec_driver_sql("SELECT tablename FROM pg_tables")}
        present |= {row[0] for row in conn.exec_driver_sql("SELECT tgname FROM pg_trigger WHERE tgenabled <> 'D'")}
    return sorted(expected - present)


def postgresql_search_all(visible: dict[str, str] | None = None) -> str:
    """Every kind's ranked tiers in one statement (one round trip, one plan): rows of (kind, tier,
    name order, newest first, ref, label, parent_ref) for the kinds in :kinds. A kind not asked
    for is a branch whose condition folds to false when the statement is planned with its
    values, so it costs no index walk. `visible`: per kind, as for postgresql_search."""
    visible = visible or {}
    branches = [
        f"SELECT '{ix.kind}'::text AS kind, k.* FROM ({postgresql_search(ix.kind, visible.get(ix.kind, 'true'))}) AS k"
        f" WHERE '{ix.kind}' = ANY(CAST(:kinds AS text[]))"
        for ix in INDEXED
    ]
    return " UNION ALL ".join(branches)
