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
from kotra_invest.services import access
from kotra_invest.services.read_models import SearchHit
from kotra_invest.services.unit_of_work import Context, unit_of_work
from kotra_invest.store import search_index

# Also the order results come in: what an officer most often looks for first.
KINDS = ("investor", "delegation", "project", "contact", "interaction")
_TRIGRAM = 3


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
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def _kind_query(ctx: Context, kind: str, terms: list[str], limit: int) -> tuple[str, dict[str, object]]:
    doc, fts = search_index.doc_table(kind), search_index.fts_table(kind)
    params: dict[str, object] = {"limit": limit}
    where: list[str] = []
    long_terms = [t for t in terms if len(t) >= _TRIGRAM]
    if ctx.db.is_sqlite and long_terms:
        params["match"] = " AND ".join(_fts_phrase(t) for t in long_terms)
        like_terms = [t for t in terms if len(t) < _TRIGRAM]
        source = f"{fts} f JOIN {doc} d ON d.id = f.rowid"
        where.append(f"{fts} MATCH :match")
        order = "f.rowid DESC"
    else:
        like_terms = terms
        source = f"{doc} d"
        order = "d.id DESC"
    operator = "LIKE" if ctx.db.is_sqlite else "ILIKE"
    for i, term in enumerate(like_terms):
        params[f"t{i}"] = like_pattern(term)
        where.append(f"d.body {operator} :t{i} ESCAPE '\\'")
    sql = f"SELECT d.ref, d.label, d.parent_ref FROM {source} WHERE {' AND '.join(where)} ORDER BY {order} LIMIT :limit"
    return sql, params


def search(ctx: Context, query: str, *, kinds: Sequence[str] = KINDS, limit: int = 50) -> list[SearchHit]:
    """Records whose text contains every term of `query`: up to `limit` of each kind asked for,
    grouped by kind in the order of KINDS, the most recently indexed first within a kind.

    Newest first rather than by bm25 rank: ranking has to score every match before the first
    row comes back, which for a common term over a million meeting notes takes hundreds of
    milliseconds; walking the index backwards stops at `limit`.
    """
    terms = terms_of(query.replace("\x00", ""))  # NUL cannot be stored or searched for
    if not terms:
        raise ValidationError("empty_query", field="query")
    hits: list[SearchHit] = []
    with unit_of_work(ctx) as session:  # database failures come back as domain errors
        who = access.principal(session, ctx)
        for kind in (k for k in KINDS if k in kinds):
            sql, params = _kind_query(ctx, kind, terms, limit)
            found = [
                SearchHit(kind, _as_uuid(ref), label, _as_uuid(parent))  # type: ignore[arg-type]
                for ref, label, parent in session.execute(text(sql), params)
            ]
            if kind == "project" and not who.is_admin:
                # A confidential project of another team does not exist for this user, not even
                # by its code name. Filtered after the index (whose design is fixed): a page may
                # then hold fewer than `limit` projects, never a hidden one.
                visible = access.visible_project_ids(session, who, [hit.id for hit in found])
                found = [hit for hit in found if hit.id in visible]
            elif kind == "interaction" and not who.is_admin:
                visible = access.visible_interaction_ids(session, who, [hit.id for hit in found])
                found = [hit for hit in found if hit.id in visible]
            hits.extend(found)
    return hits
