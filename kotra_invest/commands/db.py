"""`db upgrade|check|backup|restore`: the database's upkeep."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kotra_invest.catalog import msg
from kotra_invest.commands._shared import EXIT_USER_ERROR, SCHEMA_STATES, command_adder, output_file, say
from kotra_invest.help_language import tr


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from kotra_invest.services.database import upgrade

    before, after = upgrade(args.settings.database_url)
    if before == after:
        say(args, msg("commands.db", "Already up to date ({after})."), after=after)
    else:
        empty = msg("commands.db", "empty").text(args.settings.lang)
        say(args, msg("commands.db", "Upgraded: {before} → {after}"), before=before or empty, after=after)
    if not args.settings.database_url.startswith("sqlite"):
        # The server enforces the new version's rules only once `server init` has run again.
        say(args, msg("commands.db", "Now run 'kotra-invest server init'."))
    return 0


def cmd_db_check(args: argparse.Namespace) -> int:
    from kotra_invest.store import migrate, search_index
    from kotra_invest.store.engine import integrity_problems, open_database

    lang = args.settings.lang
    db = open_database(args.settings.database_url, create=False)
    try:
        state = migrate.schema_state(db)
        problems = integrity_problems(db)
        if state == "current":
            with db.engine.connect() as conn:
                missing = msg("commands.db", "search index: missing {name}")
                problems += [missing.text(lang, name=name) for name in search_index.missing_objects(conn)]
        say(args, msg("commands.db", "database: {where}"), where=db.describe())
        say(
            args,
            msg("commands.db", "schema: {state} ({revision}; newest known {newest})"),
            state=SCHEMA_STATES[state].text(lang) if state in SCHEMA_STATES else state,
            revision=migrate.current_revision(db) or msg("commands.db", "none").text(lang),
            newest=migrate.head_revision(),
        )
        if problems:
            say(args, msg("commands.db", "integrity: DAMAGED"))
            for problem in problems[:20]:
                print(f"  {problem}")
        else:
            say(args, msg("commands.db", "integrity: ok"))
        return 0 if state == "current" and not problems else EXIT_USER_ERROR
    finally:
        db.dispose()


def cmd_db_backup(args: argparse.Namespace) -> int:
    from kotra_invest.store.backup import backup
    from kotra_invest.store.engine import open_database, parse_database_url

    # What `db restore` and the backups folder take (an SQLite file), or pg_dump's archive on a server.
    server = parse_database_url(args.settings.database_url).get_backend_name() == "postgresql"
    target = output_file(args.file, ".dump" if server else ".sqlite3") if args.file else None
    db = open_database(args.settings.database_url, create=False)
    try:
        target = backup(db, target)
    finally:
        db.dispose()
    say(args, msg("commands.db", "Backed up to {target}"), target=target)
    return 0


def cmd_db_restore(args: argparse.Namespace) -> int:
    from kotra_invest.services.database import missing_file, restore_backup

    # Not opened first: the database being restored may be too damaged to open at all. Nor refused
    # when there is none: a backup restored onto a new PC makes its database (restore_backup),
    # and says where, so a mistyped --db shows.
    new = missing_file(args.settings.database_url)
    previous = restore_backup(args.settings.database_url, Path(args.file))
    if new is not None:
        say(args, msg("commands.db", "Restored from {file} into a new database: {path}"), file=args.file, path=new)
        return 0
    if previous is not None:
        said = msg("commands.db", "Restored from {file} (the previous content is kept in {previous})")
        say(args, said, file=args.file, previous=previous)
    else:
        say(args, msg("commands.db", "Restored from {file}"), file=args.file)
    return 0


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    add = command_adder(common)

    db = commands.add_parser(
        "db", parents=[common], help=tr(msg("cli", "database upkeep: upgrade, check, backup, restore"))
    )
    db_commands = db.add_subparsers(title=tr(msg("cli", "db commands")), metavar="ACTION", required=True)
    add(
        db_commands,
        "upgrade",
        cmd_db_upgrade,
        tr(msg("cli", "migrate the database to the newest schema (backs up first)")),
    )
    add(
        db_commands,
        "check",
        cmd_db_check,
        tr(msg("cli", "report schema version and integrity; non-zero exit when not healthy")),
    )
    backup = add(db_commands, "backup", cmd_db_backup, tr(msg("cli", "write a consistent copy of the database")))
    backup.add_argument(
        "file",
        nargs="?",
        help=tr(
            msg(
                "cli",
                "where to write it: FILE.sqlite3, or FILE.dump on a server (default: the backups folder beside the database)",
            )
        ),
    )
    restore = add(
        db_commands,
        "restore",
        cmd_db_restore,
        tr(msg("cli", "replace the database with a backup (the current one is kept)")),
    )
    restore.add_argument("file")
