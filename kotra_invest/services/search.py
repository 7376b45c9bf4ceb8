"""Search everything (investors, contacts, delegations, projects, interaction notes), ko and en.

One service over two engines, every lookup an index lookup:
- terms of three or more characters: SQLite FTS5 trigram, PostgreSQL pg_trgm (ILIKE);
- one and two characters: the bigram index (SQLite: FTS5 over character pairs; PostgreSQL: GIN
  over arrays of pairs), so 수소, 로봇, 대전 are as quick as longer words;
- a search of single characters only (김, A) looks in names and titles only: in a million
  meeting notes one syllable matches nearly everything, while a name holding it is what the
  user is after (the search box's hint says so).
Every term must match (AND), anywhere in the record's text: Korean is searched by substring.
The indexes are supersets of LIKE (they fold case more widely); each hit is checked with LIKE,
so the hits are exactly those of a LIKE scan (on SQLite, but for the Hangul terms the walk's own
index matched exactly: Hangul has no case, and their LIKE was half of a two-syllable walk).

Ranking, within each kind: the name or title equal to the query, then starting with it, then
names containing every term, then records containing them anywhere. Each tier is its own
index walk with its own LIMIT, so nothing scores every match; on PostgreSQL all in one
statement, on SQLite in up to three per kind, a later one skipped when the earlier tiers fill
the page (a common word's name matches spare the walk of the whole text).
"""

from __future__ import annotations

import functools
import json
import operator
import uuid
import weakref
from collections.abc import Sequence
from typing import Any

from sqlalchemy import BindParameter, Connection, bindparam, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from kotra_invest.domain.errors import ValidationError
from kotra_invest.domain.models import Contact, Country, Delegation, Interaction, Investor, Project
from kotra_invest.services import access
from kotra_invest.services.read_models import SearchHit
from kotra_invest.services.unit_of_work import Context, unit_of_work
from kotra_invest.store import search_index

# Also the order results come in: what an officer most often looks for first.
KINDS = ("investor", "delegation", "project", "contact", "interaction", "case", "enquiry", "document")
_TRIGRAM = 3
_NAMED = {ix.kind for ix in search_index.INDEXED if ix.name != "NULL"}

# The tiers of a kind's hits, best first, and their names in SearchHit.match.
EXACT, PREFIX, NAME_CONTAINS, ANYWHERE = (
    search_index.EXACT, search_index.PREFIX, search_index.NAME_CONTAINS, search_index.ANYWHERE,
)  # fmt: skip
MATCHES = {EXACT: "exact", PREFIX: "prefix", NAME_CONTAINS: "name", ANYWHERE: "text"}
_TIER_OF = {name: tier for tier, name in MATCHES.items()}


def terms_of(query: str) -> list[str]:
    return [t for t in query.split() if t]


def like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _fts_phrase(term: str) -> str:
    # Quoted, so the user's text is a literal phrase and never FTS5 query syntax.
    return '"' + term.replace('"', '""') + '"'


def _as_uuid(value: object) -> uuid.UUID | None:
    if value is None:
        return None
    if isinstance(value, uuid.UUID):
        return value
    # SQLite stores the 32 hex digits: from an int, 3x quicker than UUID(str) (hundreds a search).
    return uuid.UUID(int=int(str(value).replace("-", ""), 16))


def _bigram_usable(term: str) -> bool:
    """The bigram index has a token for a term only if it holds a letter or digit (unicode61
    drops signs); a term of signs only is the rare case left to a scan."""
    return any(c.isalnum() for c in term)


def names_match(terms: list[str]) -> str | None:
    """The FTS5 query for names holding every term, over the tagged pairs and single characters
    of the bigram table's `names` column (see store/search_index.py); None when a term has a
    sign or a space in it, which the names' tokens cannot answer (then a scan, rare)."""
    if not all(term.isalnum() for term in terms):
        return None
    tokens: list[str] = []
    for term in terms:
        grams = (
            [term + search_index.SINGLE_TAG]
            if len(term) == 1
            else [term[i : i + 2] + search_index.PAIR_TAG for i in range(len(term) - 1)]
        )
        tokens += [g for g in dict.fromkeys(grams) if g not in tokens]
    return "{names} : (" + " AND ".join(_fts_phrase(t) for t in tokens) + ")"


def _sqlite_source(doc: str, fts: str, bi: str, long_terms: list[str], short_terms: list[str]) -> tuple[str, str, str]:
    """(FROM, the index condition, what to order by) for the tier that finds terms anywhere:
    the trigram index when a term has 3+ characters, else the bigram one. Ordered by the FTS
    table's own rowid, so FTS5 walks its doclist backwards and stops at the LIMIT (ordering by
    the document's id instead sorts every match first)."""
    if long_terms:
        return f"{fts} f JOIN {doc} d ON d.id = f.rowid", f"{fts} MATCH :all_long", "f.rowid"
    if short_terms and all(_bigram_usable(t) for t in short_terms):
        return f"{bi} b JOIN {doc} d ON d.id = b.rowid", f"{bi} MATCH :all_short", "b.rowid"
    # Signs only (rare): a scan, newest first, that still stops at the LIMIT.
    return f"{doc} d", "1", "d.id"


# The Hangul syllables block, by code point: characters compared, not words shown to anyone.
_FIRST_SYLLABLE, _LAST_SYLLABLE = chr(0xAC00), chr(0xD7A3)


def _caseless(term: str) -> bool:
    """Hangul syllables only: no case, so the FTS5 tokenizers' folding leaves them (and nothing
    else folds into them) and an index token of them is exactly that text (see _sqlite_tiers)."""
    return all(_FIRST_SYLLABLE <= c <= _LAST_SYLLABLE for c in term)


# search_index.LIVE_PARENT asked the other way round, for the service's own walks on SQLite: the
# document's investor is not among the deleted ones. The scalar subquery probes two B-trees of all
# investors (the key index, then the row) for every candidate of a walk, a fifth of a contact's,
# meeting's or project's walk (measured); this list is read once per statement from the small
# index of deleted investors (ix_investor_deleted), each candidate then a probe of that list.
# The same rows: an investor's id is its key, and a document without one (NULL) is kept.
_SQLITE_LIVE_PARENT = (
    " AND (d.parent_ref IS NULL OR d.parent_ref NOT IN (SELECT id FROM investor WHERE deleted_at IS NOT NULL))"
)


def _sqlite_tiers(kind: str, terms: list[str], *, plain: bool = False) -> list[str]:
    """The kind's tier walks on SQLite. `plain`: with the shared LIVE_PARENT check, as kind_query
    states the ranking (the service's stages use _SQLITE_LIVE_PARENT, tested to give the same)."""
    doc, fts, bi = search_index.doc_table(kind), search_index.fts_table(kind), search_index.bigram_table(kind)
    cols = "d.ref, d.label, d.parent_ref"
    names = "(coalesce(d.name_key, '') || char(10) || coalesce(d.alt_key, ''))"
    long_terms = [t for t in terms if len(t) >= _TRIGRAM]
    short_terms = [t for t in terms if len(t) < _TRIGRAM]

    gone = search_index.live_parent(kind)  # a deleted investor's contacts, meetings … are not found
    if gone and not plain:
        gone = _SQLITE_LIVE_PARENT

    def checked(text_sql: str, proven: set[int]) -> str:
        """Each term's LIKE check, but for the terms of Hangul syllables the walk's own index
        matched (term lengths in `proven`): for them the index is exact, not a superset. A
        trigram phrase of 3+ syllables is their sequence; a pair of syllables is one token of
        the bigram table, made only from those two characters side by side (a sign or space
        splits a pair into shorter tokens); a tagged single syllable is that character in a
        name. Their LIKE, half of a two-syllable walk's time (measured), decides nothing."""
        checks = [
            f"{text_sql} LIKE :t{i} ESCAPE '\\'"
            for i, term in enumerate(terms)
            if not (min(len(term), _TRIGRAM) in proven and _caseless(term))
        ]
        return " AND ".join(checks or ["1"]) + gone

    tiers: list[str] = []
    if kind in _NAMED:
        if long_terms:  # the names' own trigram index
            nt = search_index.names_table(kind)
            source, match, walk = f"{nt} m JOIN {doc} d ON d.id = m.rowid", f"{nt} MATCH :names_long", "m.rowid"
            proven = {_TRIGRAM}
        elif names_match(terms) is not None:
            source, match, walk = f"{bi} b JOIN {doc} d ON d.id = b.rowid", f"{bi} MATCH :names", "b.rowid"
            proven = {1, 2}  # every term: its tagged single character or pair (names_match)
        else:
            source, match, walk = f"{doc} d", "d.name_key IS NOT NULL", "d.id"
            proven = set()
        tiers += [
            f"SELECT {EXACT}, '', -d.id, {cols} FROM {doc} d WHERE (d.name_key = lower(:q) OR d.alt_key = lower(:q))"
            f"{gone} ORDER BY d.id DESC LIMIT :n",
            # Alphabetical within the prefix tier, so the walk of the name index stops at :n.
            f"SELECT {PREFIX}, d.name_key, -d.id, {cols} FROM {doc} d WHERE d.name_key > lower(:q)"
            f" AND d.name_key < lower(:q) || char(1114111){gone} ORDER BY d.name_key LIMIT :n",
            f"SELECT {PREFIX}, d.alt_key, -d.id, {cols} FROM {doc} d WHERE d.alt_key > lower(:q)"
            f" AND d.alt_key < lower(:q) || char(1114111){gone} ORDER BY d.alt_key LIMIT :n",
            f"SELECT {NAME_CONTAINS}, '', -d.id, {cols} FROM {source} WHERE {match} AND {checked(names, proven)}"
            f" ORDER BY {walk} DESC LIMIT :n",
        ]
    if any(len(t) >= 2 for t in terms):
        pairs = [t for t in short_terms if len(t) == 2]
        source, match, walk = _sqlite_source(doc, fts, bi, long_terms, pairs)
        proven = {_TRIGRAM} if long_terms else {2} if source.startswith(bi) else set()
        tiers.append(
            f"SELECT {ANYWHERE}, '', -d.id, {cols} FROM {source} WHERE {match} AND {checked('d.body', proven)}"
            f" ORDER BY {walk} DESC LIMIT :n"
        )
    return tiers


def kind_query(
    is_sqlite: bool, kind: str, terms: list[str], limit: int, grams: tuple[list[str], list[str]] | None = None
) -> tuple[str, dict[str, object]]:
    """One statement for a kind: its tiers' index walks side by side, each with its own LIMIT.
    Rows are (tier, name order within the tier, newest first, ref, label, parent_ref).
    PostgreSQL: `grams` are the terms' pairs and name grams (postgresql_grams)."""
    if not is_sqlite:
        if kind not in _NAMED and not any(len(t) >= 2 for t in terms):
            return "", {}  # single characters search names only: nothing to look up
        assert grams is not None, "PostgreSQL: pass the terms' grams (postgresql_grams)"
        return search_index.postgresql_search(kind), _postgresql_params(terms, limit, grams)
    sql = _sqlite_tiers_sql(kind, _shape(terms))
    return sql, _sqlite_params(sql, terms, limit)


def _shape(terms: list[str]) -> tuple[tuple[int, bool, bool, bool], ...]:
    """What a kind's SQLite statement depends on, besides the kind: per term, its length class
    (1, 2, 3+), whether it is letters and digits only, whether the bigram index has it, and
    whether it is Hangul syllables only (_caseless)."""
    return tuple((min(len(t), _TRIGRAM), t.isalnum(), _bigram_usable(t), _caseless(t)) for t in terms)


def _shaped_terms(shape: tuple[tuple[int, bool, bool, bool], ...]) -> list[str]:
    """Stand-in terms of that shape: _sqlite_tiers reads only their lengths and character classes."""
    return [
        (_FIRST_SYLLABLE * n)
        if caseless
        else ("a" * n)
        if alnum
        else ("-" * n if not usable else "a-"[:n] + "a" * max(n - 2, 0))
        for n, alnum, usable, caseless in shape
    ]


def _union(tiers: list[str]) -> str:
    return " UNION ALL ".join(f"SELECT * FROM ({tier}) AS tier{i}" for i, tier in enumerate(tiers))


@functools.lru_cache(maxsize=512)
def _sqlite_tiers_sql(kind: str, shape: tuple[tuple[int, bool, bool, bool], ...]) -> str:
    # Built once per kind and shape of query: building the SQL anew cost as much as running it.
    return _union(_sqlite_tiers(kind, _shaped_terms(shape), plain=True))


@functools.lru_cache(maxsize=512)
def _sqlite_stages(kind: str, shape: tuple[tuple[int, bool, bool, bool], ...]) -> tuple[str, ...]:
    """The kind's tiers in the order they rank, as up to three statements: the name lookups
    (exact and prefix: B-tree walks, cheap together), the names containing the terms, the text.
    A later stage is run only while the earlier ones found fewer than :n records, since its
    rows would rank after all of theirs: a common word's name matches fill the page, and its
    walk of the whole text (the costliest, every hit's text read to check it) is not needed."""
    tiers = _sqlite_tiers(kind, _shaped_terms(shape))
    if kind not in _NAMED:
        return (_union(tiers),) if tiers else ()
    return tuple(_union(group) for group in (tiers[:3], tiers[3:4], tiers[4:]) if group)


def _sqlite_params(sql: str, terms: list[str], limit: int) -> dict[str, object]:
    params = _sqlite_all_params(terms, limit)
    return {k: v for k, v in params.items() if f":{k}" in sql}


def _sqlite_all_params(terms: list[str], limit: int) -> dict[str, object]:
    """Every parameter any of the search's statements may name, made once per search: sqlite3
    reads from the mapping only the names a statement has."""
    params: dict[str, object] = {"n": limit, "q": " ".join(terms)}
    for i, term in enumerate(terms):
        params[f"t{i}"] = like_pattern(term)
    long_match = " AND ".join(_fts_phrase(t) for t in terms if len(t) >= _TRIGRAM)
    params["all_long"] = long_match or None
    params["all_short"] = " AND ".join(_fts_phrase(t) for t in terms if len(t) == 2) or None
    params["names"] = names_match(terms)
    params["names_long"] = long_match or None
    return params


_new_object = object.__new__
_set_slot = object.__setattr__
_UNKNOWN_SAFETY = uuid.SafeUUID.unknown


def _uuid_of_ref(ref: str) -> uuid.UUID:
    """uuid.UUID(ref) for the 32 hex digits SQLite stores, without its parsing and checks (twice
    as quick, measured; hundreds a search): the same value, equal and equally hashed."""
    if len(ref) == 32:
        value = int(ref, 16)
        if value >= 0:  # a negative one (a sign in place of a digit) is UUID()'s to refuse
            found = _new_object(uuid.UUID)
            _set_slot(found, "int", value)
            _set_slot(found, "is_safe", _UNKNOWN_SAFETY)
            return found
    return uuid.UUID(ref)


def _sqlite_hits(
    driver: _SqliteDriver,
    kind: str,
    shape: tuple[tuple[int, bool, bool, bool], ...],
    params: dict[str, object],
    limit: int,
    lang: str,
    parents: dict[str | None, uuid.UUID | None],
) -> list[SearchHit]:
    """A kind's best `limit` hits with their context: its tiers' statements (built once per shape
    of query, see _sqlite_stages), ranked here as `ranked` does, then the context of those hits
    by key. Run on the driver's own connection: rows as it gives them, nothing to build.
    `params` holds every statement's parameters (_sqlite_all_params); `parents` the parent ids
    made so far in this search (many hits, of several kinds, share an investor)."""
    rows: list[Any] = []
    for sql in _sqlite_stages(kind, shape):  # none: single characters in a kind without names
        rows += driver.rows(sql, params)
        if len({row[3] for row in rows}) >= limit:
            break  # the later stages' rows would all rank after these
    rows.sort(key=_RANK_KEY)
    seen: set[str] = set()
    best: list[tuple[int, str, str, str | None]] = []
    for tier, _name, _newest, ref, label, parent in rows:
        if ref not in seen:
            seen.add(ref)
            best.append((tier, ref, label, parent))
            if len(best) == limit:
                break
    context = _sqlite_context(driver, kind, lang, best)
    moment, day = driver.processors
    hits: list[SearchHit] = []
    append = hits.append
    # Each hit's ten fields as one dict display, in the dataclass's order, rather than five then
    # an update by a keyword dict made per hit (0.9–0.95× the search's Python time, measured).
    # The frozen dataclass's own __init__ sets its fields one object.__setattr__ at a time (3.6 µs
    # a hit against 1.3 µs for a filled __dict__; up to 480 hits a search). Equal, and equally
    # hashed, to SearchHit(…); a hit without a row of context has none (as in _with_context).
    no_dates: tuple[Any, ...] = (None, None, None)
    for tier, ref, label, parent in best:
        parent_id = parents.get(parent)
        if parent_id is None and parent is not None:
            parent_id = parents[parent] = _uuid_of_ref(parent)
        found = context.get(ref)
        if kind == "interaction":
            company, at = found or (None, None)
            fields = {
                "kind": kind, "id": _uuid_of_ref(ref), "label": label, "parent_id": parent_id, "match": MATCHES[tier],
                "context": company, "year": None, "starts_on": None, "ends_on": None,
                "occurred_at": None if found is None else moment(at),
            }  # fmt: skip
        elif kind == "delegation":
            year, first, last = found or no_dates
            fields = {
                "kind": kind, "id": _uuid_of_ref(ref), "label": label, "parent_id": parent_id, "match": MATCHES[tier],
                "context": None, "year": year, "starts_on": None if found is None else day(first),
                "ends_on": None if found is None else day(last), "occurred_at": None,
            }  # fmt: skip
        else:
            fields = {
                "kind": kind, "id": _uuid_of_ref(ref), "label": label, "parent_id": parent_id, "match": MATCHES[tier],
                "context": None if found is None else found[0], "year": None, "starts_on": None, "ends_on": None,
                "occurred_at": None,
            }  # fmt: skip
        hit = _new_object(SearchHit)
        _set_slot(hit, "__dict__", fields)
        append(hit)
    return hits


_RANK_KEY = operator.itemgetter(0, 1, 2)  # tier, name order within the tier, newest first


class _SqliteDriver:
    """The session's own SQLite connection, used directly; its errors wrapped as SQLAlchemy
    wraps them, so unit_of_work still turns them into domain errors."""

    def __init__(self, session: Session) -> None:
        self.connection = session.connection().connection.driver_connection
        dbapi = session.get_bind().dialect.dbapi
        assert dbapi is not None
        self.error = dbapi.Error  # sqlite3's, or SQLCipher's for a pack
        self.processors = _sqlite_processors(session)

    def rows(self, sql: str, params: dict[str, object]) -> list[Any]:
        try:
            return self.connection.execute(sql, params).fetchall()  # type: ignore[union-attr]
        except self.error as exc:
            raise DBAPIError.instance(sql, params, exc, self.error) from exc


# The context of a kind's hits (what _with_context gives them), by key: SQLite stores ids as 32
# hex digits, and the keys go in as one JSON array, so each statement's text is the same every
# search (the driver keeps it prepared). Rows: (key, context…) as _sqlite_hits reads them. A
# project's company is looked up by the hit's parent (the document's parent_ref is the project's
# investor_id), so a project hit costs no read of the project. The keys are walked in place
# (json_each joined to the table's key) rather than as `id IN (SELECT …)`, which first copies
# them into a sorted temporary index: they are distinct already (one per hit, or a set of
# parents), and each row is read by its key either way (0.7–0.8× the statement's CPU, measured).
_KEYS = "json_each(:keys) k"
_SQLITE_CONTEXT = {
    ("investor", "ko"): f"SELECT x.id, c.name_ko FROM {_KEYS} JOIN investor x ON x.id = k.value LEFT JOIN country c ON c.id = x.country_id",
    ("investor", "en"): f"SELECT x.id, c.name_en FROM {_KEYS} JOIN investor x ON x.id = k.value LEFT JOIN country c ON c.id = x.country_id",
    "contact": f"SELECT x.id, i.name, x.job_title FROM {_KEYS} JOIN contact x ON x.id = k.value LEFT JOIN investor i ON i.id = x.investor_id",
    "project": f"SELECT x.id, x.name FROM {_KEYS} JOIN investor x ON x.id = k.value",
    "interaction": f"SELECT x.id, i.name, x.occurred_at FROM {_KEYS} JOIN interaction x ON x.id = k.value LEFT JOIN investor i ON i.id = x.investor_id",
    "delegation": f"SELECT x.id, x.year, x.starts_on, x.ends_on FROM {_KEYS} JOIN delegation x ON x.id = k.value",
}  # fmt: skip


def _sqlite_context(
    driver: _SqliteDriver, kind: str, lang: str, best: list[tuple[int, str, str, str | None]]
) -> dict[str, tuple[Any, ...]]:
    """Per hit's ref: (context,) or for a meeting (company, occurred_at), for a delegation (year,
    starts_on, ends_on); a hit without a row has no context (as in _with_context)."""
    sql = _SQLITE_CONTEXT.get((kind, "ko" if lang == "ko" else "en") if kind == "investor" else kind)
    if sql is None or not best:
        return {}
    if kind == "project":
        keys = {parent for _tier, _ref, _label, parent in best if parent is not None}
        companies = {row[0]: row[1] for row in driver.rows(sql, {"keys": json.dumps(sorted(keys))})}
        return {ref: (companies[parent],) for _tier, ref, _label, parent in best if parent in companies}
    rows = driver.rows(sql, {"keys": json.dumps([ref for _tier, ref, _label, _parent in best])})
    if kind == "contact":  # the company and the job title
        return {key: (" · ".join(x for x in (company, title) if x) or None,) for key, company, title in rows}
    return {row[0]: tuple(row[1:]) for row in rows}


_processors: dict[object, tuple[Any, Any]] = {}


def _sqlite_processors(session: Session) -> tuple[Any, Any]:
    """How the ORM reads a stored moment and day (UTCDateTime, Date), so the hits carry the
    values the ORM statements gave them (None stays None)."""
    dialect = session.get_bind().dialect
    found = _processors.get(dialect)
    if found is None:
        processors = [
            column.type.dialect_impl(dialect).result_processor(dialect, None)
            for column in (Interaction.__table__.c.occurred_at, Delegation.__table__.c.starts_on)
        ]
        found = _processors[dialect] = tuple(  # type: ignore[assignment]
            (lambda v, p=p: None if v is None else p(v)) if p is not None else (lambda v: v) for p in processors
        )
    return found  # type: ignore[return-value]


def postgresql_grams(conn: Session | Connection, terms: list[str]) -> tuple[list[str], list[str]]:
    """The terms' character pairs and name grams, computed by the server's own functions (the
    ones its index columns are generated by), so they match the index exactly."""
    pairs, names = conn.execute(text(search_index.PG_GRAMS), {"terms": terms}).one()
    return list(pairs), list(names)


def _postgresql_params(
    terms: list[str], limit: int, grams: tuple[list[str], list[str]] | None = None
) -> dict[str, object]:
    params: dict[str, object] = {"q": " ".join(terms), "terms": terms, "patterns": [like_pattern(t) for t in terms]}
    params["n"] = limit
    if grams is not None:
        params["pairs"], params["names"] = grams
    return params


# The server's rules (`server init`) hide the documents of confidential projects by row-level
# security, and under it PostgreSQL may use no GIN index for `@>` or ILIKE (they are not
# LEAKPROOF): every document of the kind was read and its policy function called, 7 s a search
# per officer at 30,000 meetings. So there the search goes through the server's SECURITY
# DEFINER function `kotra_search` (store/pg_security.py): the same statement, its indexes
# usable, each hit checked against the same rule. Without the rules (a server not yet
# initialised, or its owner) the service runs that statement itself.
_has_definer: weakref.WeakKeyDictionary[object, bool] = weakref.WeakKeyDictionary()
_DEFINER_CALL = (
    "SELECT * FROM kotra_search(:q, CAST(:terms AS text[]), CAST(:patterns AS text[]), :n, CAST(:kinds AS text[]))"
)


def _searched_by_definer(session: Session, ctx: Context) -> bool:
    engine = ctx.db.engine
    known = _has_definer.get(engine)
    if known is None:
        found = session.scalar(
            text("SELECT to_regprocedure('kotra_search(text, text[], text[], integer, text[])') IS NOT NULL")
        )
        known = _has_definer[engine] = bool(found)
    return known


def _postgresql_rows(
    session: Session, ctx: Context, terms: list[str], kinds: list[str], limit: int
) -> dict[str, list[Any]]:
    """Every kind's tiers in one statement: one round trip to a server many officers share."""
    if _searched_by_definer(session, ctx):
        sql, params = _DEFINER_CALL, _postgresql_params(terms, limit)  # the function computes the grams
    else:
        sql = search_index.postgresql_search_all()
        params = _postgresql_params(terms, limit, postgresql_grams(session, terms))
    params["kinds"] = kinds
    by_kind: dict[str, list[Any]] = {kind: [] for kind in kinds}
    for kind, *row in session.execute(text(sql), params):
        by_kind[kind].append(row)
    return by_kind


def ranked(rows: Sequence[tuple[int, str, int, object, str, object]], kind: str, limit: int) -> list[SearchHit]:
    """The tiers' rows best first, each record once (at its best tier), at most `limit`."""
    seen: set[object] = set()
    hits: list[SearchHit] = []
    for tier, _name, _newest, ref, label, parent in sorted(rows, key=lambda r: (r[0], r[1], r[2])):
        if ref in seen:
            continue
        seen.add(ref)
        hits.append(SearchHit(kind, _as_uuid(ref), label, _as_uuid(parent), MATCHES[tier]))  # type: ignore[arg-type]
        if len(hits) == limit:
            break
    return hits


def search(ctx: Context, query: str, *, kinds: Sequence[str] = KINDS, limit: int = 50) -> list[SearchHit]:
    """Records whose text contains every term of `query`: up to `limit` of each kind asked for,
    best match first (see the module's docstring): all exact name matches, then all prefix
    matches, and so on, each tier in the order of KINDS; among equals the most recently indexed
    first. So "대전" lists the delegation named 대전 before the investors whose notes mention it.
    """
    terms = terms_of(query.replace("\x00", ""))  # NUL cannot be stored or searched for
    if not terms:
        raise ValidationError("empty_query", field="query")
    hits: list[SearchHit] = []
    with unit_of_work(ctx) as session:  # database failures come back as domain errors
        who = access.principal(session, ctx)
        asked = [k for k in KINDS if k in kinds]
        # SQLite: statements per kind (_sqlite_stages): measured, small statements beat one UNION
        # ALL of them all (SQLite plans the trigram walks worse inside the compound, 3x slower
        # for English), and a round trip to an in-process database costs microseconds.
        # PostgreSQL: one statement for all (a round trip each is a wait on the server).
        pg_rows = None if ctx.db.is_sqlite else _postgresql_rows(session, ctx, terms, asked, limit)
        driver = _SqliteDriver(session) if pg_rows is None else None
        if driver is not None:
            shape, params = _shape(terms), _sqlite_all_params(terms, limit)
            parents: dict[str | None, uuid.UUID | None] = {None: None}
        for kind in asked:
            if pg_rows is not None:
                found = ranked(pg_rows[kind], kind, limit)
            else:  # plain SQL, ranked and with its context (_sqlite_hits)
                assert driver is not None
                found = _sqlite_hits(driver, kind, shape, params, limit, ctx.lang, parents)
            if kind == "project" and not who.is_admin:
                # A confidential project of another team does not exist for this user, not even
                # by its code name. Filtered after the index (whose design is fixed): a page may
                # then hold fewer than `limit` projects, never a hidden one.
                visible = access.visible_project_ids(session, who, [hit.id for hit in found])
                found = [hit for hit in found if hit.id in visible]
            elif kind == "interaction" and not who.is_admin:
                visible = access.visible_interaction_ids(session, who, [hit.id for hit in found])
                found = [hit for hit in found if hit.id in visible]
            elif kind == "case" and not who.is_admin:
                visible = _visible_case_ids(session, who, [hit.id for hit in found])
                found = [hit for hit in found if hit.id in visible]
            elif kind == "document":
                # Old versions are found through their current one; a confidential project's
                # documents are as hidden as the project.
                visible = access.visible_document_ids(session, who, [hit.id for hit in found])
                found = [hit for hit in found if hit.id in visible]
            hits.extend(found)
        if pg_rows is not None:
            hits = _with_context(session, ctx.lang, hits)
    hits.sort(key=lambda hit: _TIER_OF[hit.match])  # stable: kinds stay in KINDS order within a tier
    return hits


def _visible_case_ids(session: Session, who: access.Principal, ids: list[uuid.UUID]) -> set[uuid.UUID]:
    """The grievance cases among `ids` not about a project hidden from `who`."""
    from kotra_invest.domain.aftercare_models import GrievanceCase

    if not ids:
        return set()
    return set(
        session.scalars(
            select(GrievanceCase.id).where(
                GrievanceCase.id.in_(ids), access.project_shown(who, GrievanceCase.project_id)
            )
        )
    )


def _ids() -> BindParameter[list[uuid.UUID]]:
    return bindparam("ids", expanding=True)


# Built once: building the statements anew cost a fifth of a search's Python time.
_INVESTOR_CONTEXT = {
    lang: select(Investor.id, name).outerjoin(Country, Country.id == Investor.country_id).where(Investor.id.in_(_ids()))
    for lang, name in (("ko", Country.name_ko), ("en", Country.name_en))
}
_CONTACT_CONTEXT = (
    select(Contact.id, Investor.name, Contact.job_title)
    .outerjoin(Investor, Investor.id == Contact.investor_id)
    .where(Contact.id.in_(_ids()))
)
_PROJECT_CONTEXT = (
    select(Project.id, Investor.name).join(Investor, Investor.id == Project.investor_id).where(Project.id.in_(_ids()))
)
_INTERACTION_CONTEXT = (
    select(Interaction.id, Investor.name, Interaction.occurred_at)
    .outerjoin(Investor, Investor.id == Interaction.investor_id)
    .where(Interaction.id.in_(_ids()))
)
_DELEGATION_CONTEXT = select(Delegation.id, Delegation.year, Delegation.starts_on, Delegation.ends_on).where(
    Delegation.id.in_(_ids())
)


def _with_context(session: Session, lang: str, hits: list[SearchHit]) -> list[SearchHit]:
    """The hits with what tells them apart (one small query per kind found, by id)."""
    ids: dict[str, list[uuid.UUID]] = {}
    for hit in hits:
        ids.setdefault(hit.kind, []).append(hit.id)
    extra: dict[uuid.UUID, dict[str, object]] = {}
    if ids.get("investor"):
        statement = _INVESTOR_CONTEXT["ko" if lang == "ko" else "en"]
        for rid, country in session.execute(statement, {"ids": ids["investor"]}):
            extra[rid] = {"context": country}
    if ids.get("contact"):
        for rid, company, title in session.execute(_CONTACT_CONTEXT, {"ids": ids["contact"]}):
            extra[rid] = {"context": " · ".join(x for x in (company, title) if x) or None}
    if ids.get("project"):
        for rid, company in session.execute(_PROJECT_CONTEXT, {"ids": ids["project"]}):
            extra[rid] = {"context": company}
    if ids.get("interaction"):
        for rid, company, moment in session.execute(_INTERACTION_CONTEXT, {"ids": ids["interaction"]}):
            extra[rid] = {"context": company, "occurred_at": moment}
    if ids.get("delegation"):
        for rid, year, first, last in session.execute(_DELEGATION_CONTEXT, {"ids": ids["delegation"]}):
            extra[rid] = {"year": year, "starts_on": first, "ends_on": last}
    # A new hit only where there is context (dataclasses.replace costs 13 µs a hit).
    return [
        SearchHit(hit.kind, hit.id, hit.label, hit.parent_id, hit.match, **more) if (more := extra.get(hit.id)) else hit  # type: ignore[arg-type]
        for hit in hits
    ]
