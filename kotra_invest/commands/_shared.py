"""What the command modules share: the database opened for one command, printing (JSON, or a
sentence in the user's language), adding a command to a group, and parsing a date, an amount, an
id or a record's name safely."""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
import unicodedata
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kotra_invest.catalog import Message, msg
from kotra_invest.domain.errors import ValidationError
from kotra_invest.help_language import mistaken_as, tr
from kotra_invest.services import validation as check

if TYPE_CHECKING:  # the services load only when a command needs them: a faster start
    from kotra_invest.config import Settings
    from kotra_invest.services.unit_of_work import Context


MERGE_HEADS: dict[str, Message] = {
    "refused": msg("commands.packs", "REFUSED"),
    "already_home": msg("commands.packs", "ALREADY HOME"),
    "erased": msg("commands.packs", "ERASED"),
    "update": msg("commands.packs", "CHANGED"),
    "insert": msg("commands.packs", "ADDED"),
    "conflict": msg("commands.packs", "CONFLICT"),
    "twin": msg("commands.packs", "TWIN"),
}
"""The head of each line of a merge's plan (`pack merge`) and its report (`pack reports`), in the
words of the desktop's merge dialog."""

SCHEMA_STATES: dict[str, Message] = {
    "empty": msg("commands.db", "empty"),
    "current": msg("commands.db", "current"),
    "outdated": msg("commands.db", "outdated"),
    "too_new": msg("commands.db", "newer than this program"),
}
"""A database schema's state (`store.migrate.schema_state`) as `db check` and `server test` say it."""

EXIT_USER_ERROR = 2
"""What a command returns when the user can act on the failure (one sentence on stderr says what)."""


@contextmanager
def opened(args: argparse.Namespace, *, source: str = "cli", create: bool = False) -> Iterator[Context]:
    """The services' context for one command: the database is open only while it runs. A file
    that does not exist is an error (a typo must not leave an empty database behind): only
    `db upgrade` and `demo` create one."""
    from kotra_invest.services.connections import signed_in_context

    settings: Settings = args.settings
    # On a server the signed-in officer is the server user (or --login); on the file, the OS user.
    ctx = signed_in_context(
        settings.database_url,
        settings.login,
        login=getattr(args, "login", None),
        source=source,
        lang=settings.lang,
        create=create,
    )
    reason = getattr(args, "access_reason", None)
    if reason is not None:  # why personal data is printed or downloaded: the access log keeps it
        ctx = dataclasses.replace(ctx, access_reason=reason)
    try:
        yield ctx
    finally:
        ctx.db.dispose()


def print_json(rows: Any) -> None:
    from kotra_invest.services.read_models import to_json

    json.dump(to_json(rows), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def say(args: argparse.Namespace, message: Message, **values: Any) -> None:
    """Print a catalogue sentence in the reader's language, `{placeholders}` filled from `values`."""
    print(message.text(args.settings.lang, **values))


def progress_printer(args: argparse.Namespace, doing: Message) -> Callable[[int, int], None] | None:
    """What a long command shows on stderr while it works, when a person is watching: `doing`
    ("Importing…") and how far it is, in the reader's language; None in a script (stderr not a
    terminal), which gets no progress. The caller ends the line with `progress_done()`."""
    if not sys.stderr.isatty():
        return None
    said = doing.text(args.settings.lang)

    def progress(done: int, total: int) -> None:
        print(f"\r{said} {done:,} / {total:,}", end="", file=sys.stderr, flush=True)

    return progress


def progress_done() -> None:
    """End the progress line on stderr (if there is one), so what follows starts on a line of its own."""
    if sys.stderr.isatty():
        print(file=sys.stderr)


def edit_record(
    args: argparse.Namespace,
    kind: Any,
    entity: str,
    change: Callable[[Context, Any], Any],
    show: Callable[[argparse.Namespace, Context, uuid.UUID, Message], None],
    done: Message,
) -> int:
    """`KIND edit|move ID …`: read the record `args.id`, save `change(ctx, draft)` through the one
    edit path (a stale or invalid draft is refused in one sentence), then show it with `done`."""
    from kotra_invest.services import records

    record = record_id(args.id, entity)
    with opened(args) as ctx:
        draft, version = records.get(ctx, kind, record)
        records.update(ctx, kind, record, version, change(ctx, draft))
        show(args, ctx, record, done)
    return 0


def command_adder(common: argparse.ArgumentParser) -> Callable[..., argparse.ArgumentParser]:
    """`add(group, name, handler, help_text)`: a command in `group` running `handler`, taking the
    options every command takes (`common`: --db, --lang, --login)."""

    def add(
        group: Any, name: str, handler: Callable[[argparse.Namespace], int], help_text: str
    ) -> argparse.ArgumentParser:
        sub = group.add_parser(name, parents=[common], help=help_text, description=help_text)
        sub.set_defaults(handler=handler)
        return sub

    return add


def action_adder(
    group: Any, common: argparse.ArgumentParser, *, json_option: bool = False
) -> Callable[..., argparse.ArgumentParser]:
    """`add(name, handler, help_text)`: an action of one group (`cases add`, `cases list` …);
    with `json_option`, each takes --json too."""
    add_command = command_adder(common)

    def add(name: str, handler: Callable[[argparse.Namespace], int], help_text: str) -> argparse.ArgumentParser:
        parser = add_command(group, name, handler, help_text)
        if json_option:
            parser.add_argument("--json", action="store_true", help=tr(msg("cli", "print as JSON")))
        return parser

    return add


ACCESS_REASON_HELP = msg("cli", "why you print or download this personal data (required; kept in the access log)")


def access_reason_option(parser: argparse.ArgumentParser, help_text: Message = ACCESS_REASON_HELP) -> None:
    """`--reason TEXT`: why personal data leaves the database; `opened` hands it to the access log."""
    parser.add_argument("--reason", dest="access_reason", metavar="TEXT", help=tr(help_text))


@mistaken_as(int)
def positive(value: str) -> int:
    """An argparse type: a whole number of 1 or more."""
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(tr(msg("cli", "must be 1 or more")))
    return number


def uuid_arg(value: str) -> uuid.UUID:
    """An argparse type: a record's id."""
    try:
        return uuid.UUID(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(tr(msg("cli", "not an id (a UUID)"))) from exc


# A day written year first, as officers write it and as the app shows it: 2026.3.4, 2026. 3. 4. (수),
# 2026년 3월 4일, 2026/03/04. Day-first and month-first forms stay refused: 03/04/2026 is two days.
_YEAR_FIRST = re.compile(r"^\d{4}\s*[-./년]")


def day(value: str | None, field: str) -> date | None:
    """YYYY-MM-DD or a year-first day as officers write it (2026.3.4, 2026년 3월 4일), or None when
    not given; anything else is one clear sentence, exit 2."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError as exc:
        text = unicodedata.normalize("NFKC", value).strip()
        if _YEAR_FIRST.match(text) and not re.search(r"[:시]", text):  # a time is not a day
            from kotra_invest.importers.values import parse_date

            try:
                parsed = parse_date(text, field)
            except ValidationError:
                parsed = None
            if parsed is not None:
                return parsed
        raise ValidationError("invalid_value", field=field, value=value) from exc


def _date_and_time(value: str, field: str) -> datetime:
    """An ISO date and time, or one written year first as officers write it (2026. 3. 4. 14:00,
    2026년 3월 4일 오후 2시); day-first and month-first forms stay refused."""
    try:
        return datetime.fromisoformat(value.strip())
    except ValueError as exc:
        text = unicodedata.normalize("NFKC", value).strip()
        if _YEAR_FIRST.match(text):
            from kotra_invest.importers.values import parse_datetime

            try:
                parsed = parse_datetime(text, field)
            except ValidationError:
                parsed = None
            if parsed is not None:
                return parsed
        raise ValidationError("invalid_value", field=field, value=value) from exc


def moment(value: str | None, field: str) -> datetime | None:
    """An ISO date and time (or 2026. 3. 4. 14:00); without a zone it is this computer's local time."""
    if value is None:
        return None
    parsed = _date_and_time(value, field)
    check.plausible_date(parsed.date(), field)  # year 1 on this computer's clock is before datetime's first day in UTC
    return parsed if parsed.tzinfo is not None else parsed.astimezone()


def moment_at(value: str | None, zone: str | None, field: str) -> datetime | None:
    """`--at` on the clock of `--zone` (an IANA name) when one is given: "10:00" in Warsaw is
    Warsaw's ten o'clock. Without a zone, as `moment`; an --at with its own offset keeps it."""
    if zone is None:
        return moment(value, field)
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        place = ZoneInfo(zone.strip())
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError("unknown_time_zone", field="time_zone", value=zone) from exc
    if value is None:
        return None
    parsed = _date_and_time(value, field)
    check.plausible_date(parsed.date(), field)
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=place)


def amount(value: str, field: str = "amount") -> Decimal:
    try:
        return Decimal(value.replace(",", "").replace("_", "").strip())
    except InvalidOperation as exc:
        raise ValidationError("invalid_value", field=field, value=value) from exc


def amount_in(value: str, currency: str | None, field: str = "amount") -> tuple[Decimal, str | None]:
    """An amount and its currency as officers write them: 12,500,000 as it stands; 1억 5천만,
    4억2000만 달러, USD 12.5M as `import` reads them (Korean units without a currency word are won).
    `currency` is the one the user gave (None: not given): it wins over won taken from the units,
    and a currency the text names that it contradicts is refused rather than one of them dropped."""
    try:
        return amount(value, field), currency
    except ValidationError:
        from kotra_invest.importers.values import parse_amount, written_currency

        parsed = parse_amount(value, field)
        if parsed is None:
            raise
        number, implied = parsed
        named = written_currency(value)
        if currency is not None and named is not None and currency.strip().upper() != named:
            raise ValidationError("invalid_value", field="currency", value=f"{currency} ({value})") from None
        return number, currency if currency is not None else implied


def output_file(value: str, extension: str) -> Path:
    """Where a command writes a file of one format (`extension`, e.g. ".xlsx"), checked before
    anything is opened or written: a name without an extension gets this one (as the desktop's
    Save dialogs do); another extension is refused, since a workbook in report.txt opens in
    nothing; so is a folder."""
    path = Path(value).expanduser()
    if path.is_dir():
        raise ValidationError("write_failed", path=str(path), reason=msg("cli", "a folder, not a file"))
    if not path.suffix:
        return path.with_name(path.name + extension)
    if path.suffix.lower() != extension:
        raise ValidationError("wrong_extension", field="output", extension=extension, path=value)
    return path


def record_id(value: str, field: str) -> uuid.UUID:
    try:
        return uuid.UUID(value.strip())
    except ValueError as exc:
        raise ValidationError("invalid_value", field=field, value=value) from exc
