"""Alembic environment: the only way kotra-invest's schema is made or changed.

Run through `kotra-invest db upgrade` (which hands us an open connection), or with the alembic
command line and `-x db=FILE|URL`.
"""

from __future__ import annotations

import os
from typing import Any

from alembic import context
from sqlalchemy import create_engine

from kotra_invest.config import ENV_DB, database_url
from kotra_invest.domain.models import Base
from kotra_invest.store.search_index import is_search_object

config = context.config
target_metadata = Base.metadata


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    # The search index (FTS5 virtual table and its shadow tables, pg_trgm table) is made by raw
    # DDL in migrations; autogenerate would otherwise try to drop it.
    if type_ in ("table", "index") and is_search_object(name):
        return False
    return not (
        type_ == "index" and reflected and getattr(obj, "table", None) is not None and is_search_object(obj.table.name)
    )


def _configure(connection: Any) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        include_object=include_object,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    given = context.get_x_argument(as_dictionary=True).get("db") or os.environ.get(ENV_DB)
    if not given:
        raise SystemExit("give the database with -x db=FILE|URL or KOTRA_INVEST_DB")
    engine = create_engine(database_url(given))
    with engine.begin() as conn:
        _configure(conn)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("offline (SQL script) migrations are not supported")
run_migrations_online()
