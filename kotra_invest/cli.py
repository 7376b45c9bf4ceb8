"""The `kotra-invest` command line: database upkeep, demo data, lists and search for scripts.

Run bare, it opens the desktop app. Each command group is one module of `commands/` owning its
parser and handlers (`register(commands, common)`); this module only builds the top of the parser,
lists the groups and turns failures into exits. Every failure a user can act on ends as one line
on stderr and a non-zero exit; anything unexpected is logged with its traceback to a file and
reported in one line too.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from kotra_invest import __version__, logs
from kotra_invest.catalog import msg
from kotra_invest.config import Settings
from kotra_invest.domain.errors import DomainError
from kotra_invest.help_language import HelpParser, help_language, speaking, tr

EXIT_UNEXPECTED = 1

log = logging.getLogger("kotra_invest")


def cmd_desktop(args: argparse.Namespace) -> int:
    import gc

    # No garbage collection until the window is up (after the first paint ui.app hands it to a
    # timer on the GUI thread): the start allocates ~200,000 objects and no cycles worth collecting, and the
    # collector's passes over them cost ~15 % of the data layer's import.
    gc.disable()
    # A window first, the data layer (SQLAlchemy, the models, the services) on a worker thread
    # behind it: the import costs several times what a bare PySide6 window does (ui/start.py).
    from kotra_invest.ui.start import run

    return run(args.settings, self_test=getattr(args, "self_test", False))


# --- the parser ------------------------------------------------------------------------------


def build_parser(with_commands: bool = True, lang: str = "en") -> argparse.ArgumentParser:
    """The whole command line, its help in `lang` ('ko' or 'en'); `with_commands=False` leaves the
    command groups out (the parser of a bare start, see `opens_the_desktop`: the same options,
    usage line and errors)."""
    with speaking(lang):
        parser, commands, common = _top_parser()
        if with_commands:
            _register_groups(commands, common)
    return parser


def opens_the_desktop(argv: Sequence[str]) -> bool:
    """Whether `argv` only opens the desktop: no command, no --help or --version, nothing but
    `--db`, `--lang`, `--login` with a value and `--self-test`, spelled out in full.

    Such a start needs none of the 31 command groups, whose modules and sub-parsers cost ~70 ms
    before the desktop's first window (issue 15): it is parsed by the top of the parser alone,
    which answers it exactly as the whole parser does. Anything else (an abbreviation argparse
    would expand, a value that looks like an option, a command) gets the whole parser."""
    valued = ("--db", "--lang", "--login")
    i = 0
    while i < len(argv):
        name, equals, _ = argv[i].partition("=")
        if (name == "--self-test" and not equals) or (name in valued and equals):
            i += 1  # --self-test, --db=FILE
        elif name in valued and i + 1 < len(argv) and not argv[i + 1].startswith("-"):
            i += 2  # --db FILE
        else:
            return False
    return True


def _top_parser() -> tuple[argparse.ArgumentParser, Any, argparse.ArgumentParser]:
    """The parser's top: (the parser, its commands' sub-parsers, the options every command shares)."""

    def options(default: Any) -> argparse.ArgumentParser:
        shared = argparse.ArgumentParser(add_help=False)
        shared.add_argument(
            "--db",
            metavar="FILE|URL",
            default=default,
            help=tr(
                msg(
                    "cli",
                    "the database: an SQLite file (~/kotra.sqlite3, D:\\mission\\seoul.sqlite3) or a URL "
                    "(postgresql://user@host/kotra); default: the embedded SQLite file; env KOTRA_INVEST_DB",
                )
            ),
        )
        shared.add_argument(
            "--lang", choices=("ko", "en"), default=default, help=tr(msg("cli", "language (env KOTRA_INVEST_LANG)"))
        )
        shared.add_argument(
            "--login",
            default=default,
            help=tr(
                msg("cli", "act as this officer (default: the server's user name; on the embedded file, the OS user)")
            ),
        )
        return shared

    # Subcommands take --db too, but must not reset a value given before the subcommand.
    common = options(argparse.SUPPRESS)
    parser = HelpParser(  # its help laid out in columns in Korean, and its command groups' too
        prog="kotra-invest",
        parents=[options(None)],
        description=tr(msg("cli", "CRM for investment-attraction officers. Without a command, opens the desktop app.")),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"kotra-invest {__version__}",
        help=tr(msg("cli", "show program's version number and exit")),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=tr(msg("cli", "open the desktop app's main window, then quit (checks an installation)")),
    )
    parser.set_defaults(handler=cmd_desktop)
    commands = parser.add_subparsers(title=tr(msg("cli", "commands")), metavar="COMMAND")
    return parser, commands, common


def _register_groups(commands: Any, common: argparse.ArgumentParser) -> None:
    # The groups import no service at module level: the services load only when a command runs.
    from kotra_invest.commands import (
        audit,
        backups,
        briefing,
        cases,
        contacts,
        dashboard,
        db,
        delegations,
        demo,
        documents,
        enquiries,
        export,
        fdi,
        history,
        imports,
        incentives,
        investors,
        map,
        meetings,
        merge,
        milestones,
        officers,
        packs,
        privacy,
        projects,
        recommend,
        reference,
        search,
        server,
        synonyms,
        tasks,
    )

    # In the order `--help` lists them; `contacts` after `merge`, which makes the `contacts` group.
    groups = (
        db,
        backups,
        demo,
        delegations,
        investors,
        projects,
        tasks,
        dashboard,
        meetings,
        documents,
        imports,
        search,
        briefing,
        synonyms,
        reference,
        packs,
        server,
        officers,
        history,
        privacy,
        audit,
        merge,
        export,
        map,
        cases,
        incentives,
        milestones,
        enquiries,
        fdi,
        contacts,
        recommend,
    )
    for group in groups:
        group.register(commands, common)


def _log_unexpected(exc: BaseException) -> Path | None:
    log.error("unexpected error", exc_info=exc)
    for handler in log.handlers:
        handler.flush()
    return logs.setup_logging()


def parse(words: Sequence[str]) -> argparse.Namespace:
    """`words` parsed; --help, --version and a mistake end the process here (exit 0, 0 and 2), said in
    the language the command would speak (`help_language`)."""
    lang = help_language(words)
    # A bare start's parser is built in English: it shows no help, and Korean help texts would cost
    # the catalogue's parse (~40 ms) before the first window. Its errors (--lang fr) are in `lang`.
    parser = build_parser(with_commands=False) if opens_the_desktop(words) else build_parser(lang=lang)
    with speaking(lang):  # argparse's errors, and --help, are said while it parses
        return parser.parse_args(words)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(sys.argv[1:] if argv is None else list(argv))
    args.settings = Settings.resolve(db=args.db, lang=args.lang)
    logs.setup_logging()
    try:
        return int(args.handler(args))
    except DomainError as exc:
        # Imported here: the commands' shared module is not needed to open the desktop (~30 ms of
        # imports before its first window, issue 15).
        from kotra_invest.commands._shared import EXIT_USER_ERROR

        print(f"kotra-invest: {exc.message(args.settings.lang)}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print(f"kotra-invest: {msg('cli', 'interrupted').text(args.settings.lang)}", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug: the user gets one line, the log gets the traceback
        logged = _log_unexpected(exc)
        lang = args.settings.lang
        where = msg("cli", " (details in {log})").text(lang, log=logged) if logged else ""
        summary = (str(exc).strip().splitlines() or [""])[0][:200]  # SQL errors run to many lines
        said = msg("cli", "unexpected error: {kind}: {summary}{where}")
        print(
            f"kotra-invest: {said.text(lang, kind=type(exc).__name__, summary=summary, where=where)}", file=sys.stderr
        )
        return EXIT_UNEXPECTED


if __name__ == "__main__":
    sys.exit(main())
