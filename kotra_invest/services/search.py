"""Search everything (investors, contacts, delegations, projects, interaction notes), ko and en.

One service over two engines. SQLite: FTS5 trigram for terms of three or more characters (a
trigram index cannot answer shorter ones), LIKE over the same documents for shorter terms.
PostgreSQL: ILIKE, which pg_trgm's GIN index answers for any term of three or more characters.
Every term must match (AND), anywhere in the record's text: Korean is searched by substring.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import text

from kotra_invest.domain.errors import ValidationError
from kotra_invest.services.read_models import SearchHit
from kotra_invest.services.unit_of_work import Context

KINDS = ("investor", "contact", "delegation", "project", "interaction")
_TRIGRAM = 3


def terms_of(query: str) -> list[str]:
    return [t for t in query.split() if t]


def _like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _fts_phrase(term: str) -> str:
    # Quoted, so the user's text is a literal phrase and never FTS5 query syntax.
    return '"' + term.replace('"', '""') + '"'


def _as_uuid(value: object) -> uuid.UUID | None:
    if value is None:
        return None
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def search(ctx: Context, query: str, *, kinds: Sequence[str] = KINDS, limit: int = 50) -> list[SearchHit]:
    """The records whose text contains every term of `query`, most recently indexed first.

    Newest first rather than by bm25 rank: ranking must score every match before the first
    row comes back, which for a common term over a million meeting notes takes hundreds of
    milliseconds; walking the index backwards stops at `limit`.
    """
    terms = terms_of(query)
    if not terms:
        raise ValidationError("empty_query", field="query")
    kinds = [k for k in kinds if k in KINDS]
    params: dict[str, object] = {"limit": limit}
    kind_sql = ", ".join(f"'{k}'" for k in kinds)  # from the fixed KINDS list, never user text
    # No kind condition when every kind is wanted: it would stop SQLite walking the table in
    # id order and make it sort all matches first.
    where = [f"d.kind IN ({kind_sql})"] if set(kinds) != set(KINDS) else ["1 = 1"]
    long_terms = [t for t in terms if len(t) >= _TRIGRAM]
    short_terms = [t for t in terms if len(t) < _TRIGRAM]

    sqlite = ctx.db.is_sqlite
    if sqlite and long_terms:
        params["match"] = " AND ".join(_fts_phrase(t) for t in long_terms)
        like_terms = short_terms
        source = "search_fts f JOIN search_doc d ON d.id = f.rowid"
        where.insert(0, "search_fts MATCH :match")
        order = "f.rowid DESC"
    else:
        like_terms = terms
        source = "search_doc d"
        order = "d.id DESC"
    operator = "LIKE" if sqlite else "ILIKE"
    for i, term in enumerate(like_terms):
        params[f"t{i}"] = _like_pattern(term)
        where.append(f"d.body {operator} :t{i} ESCAPE '\\'")

    sql = f"SELECT d.kind, d.ref, d.label, d.parent_ref FROM {source} WHERE {' AND '.join(where)} ORDER BY {order} LIMIT :limit"
    with ctx.db.engine.connect() as conn:
        rows = conn.execute(text(sql), params).all()
    return [SearchHit(kind, _as_uuid(ref), label, _as_uuid(parent)) for kind, ref, label, parent in rows]  # type: ignore[arg-type]
