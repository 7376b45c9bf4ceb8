"""The `kotra-invest` command line: database upkeep, demo data, lists and search for scripts.

Run bare, it opens the desktop app. Every failure a user can act on ends as one line on
stderr and a non-zero exit; anything unexpected is logged with its traceback to a file and
reported in one line too.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kotra_invest import __version__, formatting, logs
from kotra_invest.commands import backups, pack_reports
from kotra_invest.commands import server as server_commands
from kotra_invest.commands import synonyms as synonyms_commands
from kotra_invest.config import Settings
from kotra_invest.domain.errors import DomainError

if TYPE_CHECKING:  # the services load only when a command needs them: a faster start
    from kotra_invest.services.unit_of_work import Context

EXIT_USER_ERROR = 2
EXIT_UNEXPECTED = 1

log = logging.getLogger("kotra_invest")


@contextmanager
def _opened(args: argparse.Namespace, *, source: str = "cli", create: bool = False) -> Iterator[Context]:
    """The services' context for one command: the database is open only while it runs. A file
    that does not exist is an error (a typo must not leave an empty database behind): only
    `db upgrade` and `demo` create one."""
    from kotra_invest.services.connections import signed_in_context

    settings: Settings = args.settings
    # On a server the signed-in officer is the server user (or --login); on the file, the OS user.
    ctx = signed_in_context(
        settings.database_url, settings.login, login=getattr(args, "login", None), source=source, lang=settings.lang,
        create=create,
    )
    reason = getattr(args, "access_reason", None)
    if reason is not None:  # why personal data is printed or downloaded: the access log keeps it
        ctx = dataclasses.replace(ctx, access_reason=reason)
    try:
        yield ctx
    finally:
        ctx.db.dispose()


def _print_json(rows: Any) -> None:
    from kotra_invest.services.read_models import to_json

    json.dump(to_json(rows), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _say(args: argparse.Namespace, ko: str, en: str) -> None:
    print(ko if args.settings.lang == "ko" else en)


# --- db ------------------------------------------------------------------------------------


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from kotra_invest.services.database import upgrade

    before, after = upgrade(args.settings.database_url)
    if before == after:
        _say(args, f"이미 최신입니다 ({after}).", f"Already up to date ({after}).")
    else:
        _say(
            args,
            f"업그레이드했습니다: {before or '빈 데이터베이스'} → {after}",
            f"Upgraded: {before or 'empty'} → {after}",
        )
    if not args.settings.database_url.startswith("sqlite"):
        # The server enforces the new version's rules only once `server init` has run again.
        _say(args, "이제 'kotra-invest server init'을 실행하세요.", "Now run 'kotra-invest server init'.")
    return 0


def cmd_db_check(args: argparse.Namespace) -> int:
    from kotra_invest.store import migrate, search_index
    from kotra_invest.store.engine import integrity_problems, open_database

    db = open_database(args.settings.database_url, create=False)
    try:
        state = migrate.schema_state(db)
        problems = integrity_problems(db)
        if state == "current":
            with db.engine.connect() as conn:
                problems += [f"search index: missing {name}" for name in search_index.missing_objects(conn)]
        print(f"database: {db.describe()}")
        print(f"schema: {state} ({migrate.current_revision(db) or 'none'}; newest known {migrate.head_revision()})")
        if problems:
            print("integrity: DAMAGED")
            for problem in problems[:20]:
                print(f"  {problem}")
        else:
            print("integrity: ok")
        return 0 if state == "current" and not problems else EXIT_USER_ERROR
    finally:
        db.dispose()


def cmd_db_backup(args: argparse.Namespace) -> int:
    from kotra_invest.store.backup import backup
    from kotra_invest.store.engine import open_database

    db = open_database(args.settings.database_url, create=False)
    try:
        target = backup(db, Path(args.file) if args.file else None)
    finally:
        db.dispose()
    _say(args, f"백업했습니다: {target}", f"Backed up to {target}")
    return 0


def cmd_db_restore(args: argparse.Namespace) -> int:
    from kotra_invest.services.database import restore_backup

    # Not opened first: the database being restored may be too damaged to open at all.
    previous = restore_backup(args.settings.database_url, Path(args.file))
    kept = f" (previous content kept in {previous})" if previous else ""
    _say(args, f"복원했습니다: {args.file}{kept}", f"Restored from {args.file}{kept}")
    return 0


# --- demo ----------------------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace) -> int:
    from kotra_invest.services.demo import generate_demo

    def progress(step: str, fraction: float) -> None:
        print(f"\r{step:<40} {fraction:6.1%}", end="", file=sys.stderr, flush=True)

    with _opened(args, source="demo", create=True) as ctx:
        summary = generate_demo(
            ctx, scale=args.scale, seed=args.seed, progress=progress if sys.stderr.isatty() else None
        )
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(
        f"demo data: {summary.investors} investors, {summary.contacts} contacts, {summary.projects} projects, "
        f"{summary.interactions} interactions, {summary.tasks} tasks, {summary.delegations} delegations, "
        f"{summary.promotion_events} FEZ promotion events in {summary.seconds:.1f} s"
    )
    return 0


# --- lists and search -----------------------------------------------------------------------


def cmd_delegations_list(args: argparse.Namespace) -> int:
    from kotra_invest.services.delegations import list_delegations

    with _opened(args) as ctx:
        rows = list_delegations(ctx, year=args.year, status=args.status)
    if args.json:
        _print_json(rows)
        return 0
    for row in rows:
        dates = f"{row.starts_on or '?'}–{row.ends_on or '?'}"
        title = row.title if ctx.lang == "ko" or not row.title_en else row.title_en
        print(f"{dates:<23} {row.status:<10} {title}  [{', '.join(row.destinations)}]")
    _say(args, f"{len(rows)}건", f"{len(rows)} delegation(s)")
    return 0


def _print_investors(args: argparse.Namespace, rows: Sequence[Any]) -> None:
    if args.json:
        _print_json(list(rows))
        return
    for row in rows:
        korean = f" · {row.name_ko}" if row.name_ko else ""
        print(f"{row.name}{korean}  ({row.country or '-'}, {row.industry or '-'})  {row.id}")
    _say(args, f"{len(rows)}건", f"{len(rows)} investor(s)")


def cmd_investors_search(args: argparse.Namespace) -> int:
    from kotra_invest.services.investors import search_investors

    with _opened(args) as ctx:
        rows = search_investors(ctx, args.text, limit=args.limit)
    _print_investors(args, rows)
    return 0


def cmd_investors_list(args: argparse.Namespace) -> int:
    from kotra_invest.services.investors import list_investors
    from kotra_invest.services.read_models import InvestorFilter
    from kotra_invest.services.reference import require_known

    filters = InvestorFilter(args.country, args.industry, args.region, args.stage, args.owner)
    with _opened(args) as ctx:
        require_known(ctx, {"countries": args.country, "industries": args.industry, "regions": args.region,
                            "stages": args.stage, "officers": args.owner})  # fmt: skip
        page = list_investors(ctx, filters, sort=args.sort, limit=args.limit)
    _print_investors(args, page.rows)
    return 0


def cmd_investors_add(args: argparse.Namespace) -> int:
    from kotra_invest.services.investors import InvestorDraft, create_investor, get_investor_row

    draft = InvestorDraft(
        name=args.name,
        name_ko=args.name_ko,
        country_code=args.country,
        direct_country_code=args.direct_country,
        industry_code=args.industry,
        website=args.website,
        tags=tuple(args.tag or ()),
        notes=args.notes,
    )
    with _opened(args) as ctx:
        row = get_investor_row(ctx, create_investor(ctx, draft))
    if args.json:
        _print_json(row)
    else:
        _say(args, f"등록했습니다: {row.name} ({row.id})", f"Added {row.name} ({row.id})")
    return 0


def cmd_projects_export(args: argparse.Namespace) -> int:
    from kotra_invest.briefing.pipeline import export_pipeline_xlsx

    def progress(done: int, total: int) -> None:
        print(f"\r{done:,} / {total:,}", end="", file=sys.stderr, flush=True)

    with _opened(args) as ctx:
        rows = export_pipeline_xlsx(
            ctx, Path(args.file), lang=args.settings.lang, progress=progress if sys.stderr.isatty() else None
        )
    if sys.stderr.isatty():
        print(file=sys.stderr)
    _say(args, f"프로젝트 {rows:,}건을 저장했습니다: {args.file}", f"Wrote {rows:,} projects to {args.file}")
    return 0


def cmd_projects_list(args: argparse.Namespace) -> int:
    from kotra_invest.services.page_models import ProjectFilter
    from kotra_invest.services.projects import list_projects

    filters = ProjectFilter(
        stage_codes=tuple(args.stage or ()),
        region_code=args.region,
        province_code=args.province,
        industry_code=args.industry,
        fez_code=args.fez,
        owner_login=args.owner,
        text=args.text,
        include_closed=not args.open_only,
    )
    from kotra_invest.services.reference import require_known

    with _opened(args) as ctx:
        require_known(ctx, {"stages": args.stage, "regions": args.region, "provinces": args.province,
                            "industries": args.industry, "fezs": args.fez, "officers": args.owner})  # fmt: skip
        page = list_projects(ctx, filters, sort=args.sort, descending=args.desc, limit=args.limit)
    if args.json:
        _print_json(list(page.rows))
        return 0
    for row in page.rows:
        notified = formatting.usd(row.notified_usd, args.settings.lang) if row.notified_usd else "-"
        print(f"{row.stage:<24} {row.title}  ({row.investor}, {row.province or '-'})  {notified}  {row.id}")
    more = " +" if page.next is not None else ""
    _say(args, f"{len(page.rows)}건{more}", f"{len(page.rows)}{more} project(s)")
    return 0


def cmd_projects_move(args: argparse.Namespace) -> int:
    from datetime import date

    from kotra_invest.domain.errors import ValidationError
    from kotra_invest.services.projects import find_project, get_project_row, move_project

    try:
        on_date = date.fromisoformat(args.on) if args.on else None
    except ValueError as exc:
        raise ValidationError("invalid_value", field="on_date", value=args.on) from exc
    with _opened(args) as ctx:
        project_id = find_project(ctx, args.project).id
        move_project(ctx, project_id, args.stage, on_date=on_date, lost_reason=args.reason)
        row = get_project_row(ctx, project_id)
    if args.json:
        _print_json(row)
    else:
        _say(args, f"{row.title}: {row.stage} ({row.stage_since})", f"{row.title}: {row.stage} since {row.stage_since}")
    return 0


def cmd_tasks_list(args: argparse.Namespace) -> int:
    from kotra_invest.services.tasks import task_list

    with _opened(args) as ctx:
        rows = task_list(ctx, scope=args.scope, include_closed=args.closed, overdue_only=args.overdue, limit=args.limit)
    if args.json:
        _print_json(rows)
        return 0
    for row in rows:
        flag = "!" if row.overdue else " "
        about = row.project or row.investor or row.delegation or ""
        due = row.due_on.isoformat() if row.due_on else "-"  # a date's own format() would read "<10" as strftime
        status = "" if row.status == "open" else f" [{row.status_label}]"
        who = f"  ({row.assignee})" if args.scope != "mine" and row.assignee else ""
        print(f"{flag} {due:<10} {row.title}{status}  {about}{who}  {row.id}")
    _say(args, f"할 일 {len(rows)}건", f"{len(rows)} task(s)")
    return 0
def cmd_import(args: argparse.Namespace) -> int:
    from kotra_invest.importers import import_file, save_mapping, suggest, write_error_workbook
    from kotra_invest.importers.read import open_source

    def progress(done: int, total: int) -> None:
        print(f"\r{done:,} / {total:,}", end="", file=sys.stderr, flush=True)

    source = Path(args.file)
    with _opened(args, source="import") as ctx:
        delegation = None
        if args.delegation and args.kind not in ("itinerary", "members", "investors"):
            from kotra_invest.domain.errors import ValidationError

            raise ValidationError("invalid_value", field="--delegation", value=f"import {args.kind}")
        if args.delegation:  # an itinerary's rows belong to one delegation, named once for the file
            from kotra_invest.services.delegations import find_delegation

            delegation = find_delegation(ctx, args.delegation).id
        investor = None
        if args.investor and args.kind not in ("contacts", "projects", "interactions"):
            from kotra_invest.domain.errors import ValidationError

            raise ValidationError("invalid_value", field="--investor", value=f"import {args.kind}")
        if args.investor:  # a profile workbook's sheet: one investor's records, which name it nowhere
            from kotra_invest.services.investors import find_investor

            investor = find_investor(ctx, args.investor).id
        report = import_file(
            ctx,
            args.kind,
            source,
            sheet=args.sheet,
            encoding=args.encoding,
            mapping_file=args.mapping,
            on_duplicate=args.on_duplicate,
            dry_run=args.dry_run,
            progress=progress if sys.stderr.isatty() else None,
            unknown_investors=args.unknown_investors,
            unknown_owners=args.unknown_owners,
            delegation=delegation,
            investor=investor,
        )
    if sys.stderr.isatty():
        print(file=sys.stderr)
    if args.save_mapping and not args.mapping:
        info = open_source(source, sheet=args.sheet, encoding=args.encoding)
        with _opened(args, source="import") as ctx:
            saved = save_mapping(suggest(ctx, args.kind, info))
        _say(args, f"열 매핑을 기억했습니다: {saved}", f"Mapping remembered: {saved}")
    errors_file: Path | None = None
    if report.errors:
        errors_file = Path(args.errors) if args.errors else source.with_name(f"{source.stem}.errors.xlsx")
        write_error_workbook(report, errors_file)
    if args.json:
        from kotra_invest.services.read_models import to_json

        data = to_json({k: v for k, v in report.__dict__.items() if k != "failed_rows"})
        data["errors_file"] = str(errors_file) if errors_file else None
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    ko = args.settings.lang == "ko"
    dup_skipped = sum(1 for d in report.duplicates if d.action == "skipped")
    if report.dry_run:
        _say(args, "[시험 실행: 아무것도 저장하지 않았습니다]", "[dry run: nothing was saved]")
    _say(
        args,
        f"{report.file_name}: {report.rows_read:,}행 — 추가 {report.created:,}, 갱신 {report.updated:,}, "
        f"중복으로 건너뜀 {dup_skipped:,}, 오류 {report.failed:,}",
        f"{report.file_name}: {report.rows_read:,} rows — created {report.created:,}, updated {report.updated:,}, "
        f"skipped as duplicates {dup_skipped:,}, failed {report.failed:,}",
    )
    for line in report.explanations:
        print(f"  {'열 매핑' if ko else 'column'} {line}")
    names = {"contacts": ("상대 담당자", "contact persons"), "projects": ("프로젝트", "projects"),
             "interactions": ("최근 접촉", "last meetings"), "investors": ("새 투자가", "new investors"),
             "officers": ("새 직원 계정", "new officer accounts"),
             "meeting_targets": ("투자유치단 면담 대상", "the delegation's investors to meet")}  # fmt: skip
    for related, made, changed, left in report.related:
        ko_name, en_name = names[related]
        _say(args, f"  {ko_name}: 추가 {made:,}, 갱신 {changed:,}, 중복으로 건너뜀 {left:,}",
             f"  {en_name}: created {made:,}, updated {changed:,}, skipped as duplicates {left:,}")  # fmt: skip
    for d in report.duplicates[:20]:
        where = f"{d.matched_row}행" if d.matched_row and ko else (f"row {d.matched_row}" if d.matched_row else "DB")
        print(f"  {'중복' if ko else 'duplicate'} {d.row}: {d.name} = {d.matched_name} ({where}, {d.reason}) → {d.action}")
    for e in report.errors[:20]:
        print(f"  {'오류' if ko else 'error'} {e.row} [{e.column or '-'}]: {e.message}")
    if len(report.errors) > 20 or len(report.duplicates) > 20:
        _say(args, "  … (전체 목록은 --json)", "  … (the full list with --json)")
    if report.duplicates and args.on_duplicate is None:
        _say(args, "중복 행은 건너뛰었습니다. --on-duplicate skip|update|create 로 처리 방법을 정하세요.",
             "Duplicates were skipped; choose with --on-duplicate skip|update|create.")
    if errors_file:
        _say(args, f"오류 행을 고쳐 다시 가져올 수 있는 파일: {errors_file}",
             f"Rows that failed, to fix and import again: {errors_file}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from kotra_invest.services.search import KINDS, search

    with _opened(args) as ctx:
        hits = search(ctx, args.text, kinds=args.kind or KINDS, limit=args.limit)
    if args.json:
        _print_json(hits)
        return 0
    for hit in hits:
        print(f"{hit.kind:<12} {hit.label}  {hit.id}")
    _say(args, f"{len(hits)}건", f"{len(hits)} match(es)")
    return 0


def cmd_reference_list(args: argparse.Namespace) -> int:
    from kotra_invest.services.reference import list_reference

    with _opened(args) as ctx:
        items = list_reference(ctx, args.kind)
    if args.json:
        _print_json(items)
        return 0
    for item in items:
        parents = f"  ({', '.join(item.parents)})" if item.parents else ""
        print(f"{item.code:<12} {item.name_ko} / {item.name_en}{parents}")
    return 0


def cmd_reference_rename(args: argparse.Namespace) -> int:
    from kotra_invest.services.reference import rename_reference

    with _opened(args) as ctx:
        item = rename_reference(ctx, args.kind, args.code, name_ko=args.ko, name_en=args.en)
    print(f"{item.code:<12} {item.name_ko} / {item.name_en}")
    return 0


def _write(args: argparse.Namespace, writer: Callable[[Any, Path], Path], pack: Any, target: str) -> None:
    from kotra_invest.domain.errors import StorageError

    try:
        written = writer(pack, Path(target))
    except OSError as exc:
        raise StorageError("write_failed", path=target, reason=exc.strerror or str(exc)) from exc
    _say(args, f"작성했습니다: {written}", f"Wrote {written}")


def _check_outputs(*targets: str | None) -> None:
    """Before anything is written: at least one output, and no two outputs in the same file."""
    from kotra_invest.domain.errors import ValidationError

    given = [Path(t).expanduser().resolve() for t in targets if t]
    if not given:
        raise ValidationError("required", field="output")
    if len(set(given)) < len(given):
        raise ValidationError("invalid_value", field="output", value="the same file twice")


def _print_preflight(args: argparse.Namespace, pack: Any) -> None:
    """The pre-flight list before the files: what to fix in the records, not a reason to stop."""
    from kotra_invest.briefing.preflight import preflight

    problems = preflight(pack)
    serious = sum(1 for p in problems if p.serious)
    _say(
        args,
        f"사전 점검: 확인할 내용 {serious}건" + (f", 참고 {len(problems) - serious}건" if len(problems) > serious else ""),
        f"Pre-flight check: {serious} to look at" + (f", {len(problems) - serious} to note" if len(problems) > serious else ""),
    )
    for p in problems:
        print(f"  {'!' if p.serious else '-'} {p.message}")


def cmd_brief(args: argparse.Namespace) -> int:
    from kotra_invest.briefing.assemble import delegation_pack
    from kotra_invest.domain.errors import ValidationError
    from kotra_invest.services.delegations import find_delegation

    _check_outputs(args.xlsx, args.pdf, args.ics)
    if args.item is not None and not args.ics:
        raise ValidationError("required", field="--ics")
    with _opened(args) as ctx:
        delegation_id = find_delegation(ctx, args.delegation).id
        pack = delegation_pack(ctx, delegation_id, args.settings.lang)
        if args.ics:
            from kotra_invest.briefing.ics import find_item
            from kotra_invest.services.calendar import itinerary_revisions

            revisions = itinerary_revisions(ctx, delegation_id)
            only = find_item(pack, args.item, revisions) if args.item is not None else None
    _print_preflight(args, pack)
    if args.xlsx:
        from kotra_invest.briefing.xlsx import write_delegation_xlsx

        _write(args, write_delegation_xlsx, pack, args.xlsx)
    if args.pdf:
        from kotra_invest.briefing.pdf import write_delegation_pdf

        _write(args, write_delegation_pdf, pack, args.pdf)
    if args.ics:
        from kotra_invest.briefing.ics import write_itinerary_ics

        _write(args, lambda p, path: write_itinerary_ics(p, path, revisions, only), pack, args.ics)
    return 0


def cmd_profile(args: argparse.Namespace) -> int:
    from kotra_invest.briefing.assemble import investor_profile
    from kotra_invest.services.investors import find_investor

    _check_outputs(args.xlsx, args.pdf)
    with _opened(args) as ctx:
        pack = investor_profile(ctx, find_investor(ctx, args.investor).id, args.settings.lang)
    if args.pdf:
        from kotra_invest.briefing.pdf import write_profile_pdf

        _write(args, write_profile_pdf, pack, args.pdf)
    if args.xlsx:
        from kotra_invest.briefing.xlsx import write_profile_xlsx

        _write(args, write_profile_xlsx, pack, args.xlsx)
    return 0


# --- mission packs ---------------------------------------------------------------------------


def _passphrase(args: argparse.Namespace) -> str | None:
    from kotra_invest.domain.errors import DomainError as Error

    if not args.passphrase_file:
        return None
    try:
        text = Path(args.passphrase_file).expanduser().read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise Error("passphrase_file", path=args.passphrase_file, reason=reason) from exc
    passphrase = text.splitlines()[0] if text.strip() else ""
    if not passphrase:
        raise Error("passphrase_file", path=args.passphrase_file, reason="empty")
    return passphrase


def _progress_printer() -> Callable[[int, int], None] | None:
    if not sys.stderr.isatty():
        return None

    def progress(done: int, total: int) -> None:
        print(f"\r{done} / {total}", end="", file=sys.stderr, flush=True)

    return progress


def cmd_pack_export(args: argparse.Namespace) -> int:
    from kotra_invest.services.delegations import find_delegation
    from kotra_invest.sync.pack import export_pack

    passphrase = _passphrase(args)
    with _opened(args) as ctx:
        info = export_pack(
            ctx, find_delegation(ctx, args.delegation).id, Path(args.file), passphrase=passphrase,
            progress=_progress_printer(), with_documents=not args.without_documents,
        )  # fmt: skip
    if sys.stderr.isatty():
        print(file=sys.stderr)
    _say(
        args,
        f"출장 팩을 만들었습니다: {args.file} ({info.delegation_title}, 기록 {info.records:,}건)",
        f"Wrote the mission pack {args.file} ({info.delegation_title}, {info.records:,} records)",
    )
    return 0


def cmd_pack_info(args: argparse.Namespace) -> int:
    from kotra_invest.services.unit_of_work import Context
    from kotra_invest.sync.pack import copied_open, files_left_beside, open_pack, pack_info

    missing = files_left_beside(Path(args.file).expanduser())  # before opening folds them in
    db = open_pack(Path(args.file), _passphrase(args))
    try:
        info = pack_info(Context(db=db, actor=args.settings.login))
        missing += copied_open(db)
    finally:
        db.dispose()
    assert info is not None  # open_pack refuses anything else
    if args.json:
        _print_json({**dataclasses.asdict(info), "left_behind": [m.message(args.settings.lang) for m in missing]})
        return 0
    _say(
        args,
        f"{info.delegation_title} 출장 팩: {info.source}에서 {info.cut_at:%Y-%m-%d %H:%M} UTC에 {info.cut_by} 님이 만듦",
        f"Mission pack for {info.delegation_title}, cut from {info.source} on {info.cut_at:%Y-%m-%d %H:%M} UTC "
        f"by {info.cut_by}",
    )
    for warning in missing:
        print(f"{'주의' if args.settings.lang == 'ko' else 'WARNING'}: {warning.message(args.settings.lang)}")
    return 0


def _show(value: Any) -> str:
    return "(empty)" if value is None or value == [] else str(value)


def cmd_pack_merge(args: argparse.Namespace) -> int:
    from kotra_invest.domain.errors import DomainError as Error
    from kotra_invest.services.read_models import to_json
    from kotra_invest.sync.merge import apply_merge, plan_merge, resolve_all

    passphrase = _passphrase(args)
    with _opened(args, source="merge") as ctx:
        plan = plan_merge(ctx, Path(args.file), passphrase, progress=_progress_printer())
        if sys.stderr.isatty():
            print(file=sys.stderr)
        counts: dict[str, list[int]] = {}
        for change in plan.inserts:
            counts.setdefault(change.entity, [0, 0])[0] += 1
        for change in plan.updates:
            counts.setdefault(change.entity, [0, 0])[1] += 1
        if plan.already_merged:
            _say(
                args,
                "이미 병합한 출장 팩입니다. 바꿀 것이 없습니다.",
                "This pack was merged already; nothing to change.",
            )
            return 0
        verb = "would " if args.dry_run else ""
        for entity, (added, changed) in sorted(counts.items()):
            print(f"{entity:<24} {verb}add {added:>6,}   {verb}change {changed:>6,} field(s)")
        for c in plan.conflicts:
            print(f"CONFLICT {c.entity} '{c.label}' {c.field}: home {_show(c.home)!r} ({c.home_by or '?'}) / "
                  f"pack {_show(c.pack)!r} ({c.pack_by or '?'})")  # fmt: skip
        lang = args.settings.lang
        for held in (*plan.refused, *plan.already_home, *plan.erased):
            head = {"refused": "REFUSED", "already_home": "ALREADY HOME", "erased": "ERASED"}[held.kind]
            where = f" {held.field}" if held.field else ""
            value = f" {_show(held.pack)!r}" if held.field else ""
            print(f"{head} {held.entity} '{held.label}'{where}{value}: {held.reason(lang)}")
        for twin in plan.twins:
            print(f"TWIN {twin.entity} '{twin.pack_label}' {twin.pack_id} / home '{twin.home_label}' {twin.home_id}: "
                  f"{twin.reason(lang)}")  # fmt: skip
        if args.dry_run:
            _say(args, "시험 실행: 아무것도 바꾸지 않았습니다.", "Dry run: nothing was changed.")
            return 0
        if plan.conflicts and not args.prefer:
            report = Path(args.report) if args.report else Path(args.file).with_suffix(".conflicts.json")
            try:
                report.write_text(json.dumps(to_json(list(plan.conflicts)), ensure_ascii=False, indent=2),
                                  encoding="utf-8")  # fmt: skip
            except OSError as exc:
                raise Error("write_failed", path=str(report), reason=exc.strerror or str(exc)) from exc
            raise Error("merge_conflicts_report", count=len(plan.conflicts), report=str(report))
        resolutions = resolve_all(plan, args.prefer) if args.prefer else {}
        summary = apply_merge(ctx, plan, resolutions, progress=_progress_printer())
    if sys.stderr.isatty():
        print(file=sys.stderr)
    _say(
        args,
        f"병합했습니다: 기록 {summary.inserted:,}건 추가, 항목 {summary.updated_fields:,}개 변경, "
        f"충돌 {len(plan.conflicts)}건 해결",
        f"Merged: {summary.inserted:,} record(s) added, {summary.updated_fields:,} field(s) changed, "
        f"{len(plan.conflicts)} conflict(s) resolved",
    )
    if summary.report_id is not None:
        _say(args, f"병합 보고서: kotra-invest pack reports {summary.report_id}",
             f"Merge report: kotra-invest pack reports {summary.report_id}")  # fmt: skip
    return 0


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


# --- server mode: who am I, officers, history, personal data ---------------------------------


def cmd_whoami(args: argparse.Namespace) -> int:
    from kotra_invest.services import access

    with _opened(args) as ctx:
        who = access.current(ctx)
        where = ctx.db.describe()
    print(f"{who.login} ({who.role.label(args.settings.lang)}) @ {where}")
    return 0


def cmd_officers_list(args: argparse.Namespace) -> int:
    from kotra_invest.services.officers import list_officers

    with _opened(args) as ctx:
        rows = list_officers(ctx, include_inactive=args.all)
    if args.json:
        _print_json(rows)
        return 0
    for row in rows:
        state = "" if row.active else " (inactive)"
        print(f"{row.login:<20} {row.role_label:<10} {row.office_code or '-':<8} {row.name}{state}")
    return 0


def _password(args: argparse.Namespace, login: str) -> str | None:
    """A new server login's password: the first line of --password-file, else asked (twice,
    never echoed) when a person is at the terminal; None on the embedded file or in a script."""
    from getpass import getpass

    from kotra_invest.services.connections import login_for

    if args.password_file:
        try:
            with open(args.password_file, encoding="utf-8") as fh:
                password = fh.readline().rstrip("\r\n")
        except OSError as exc:
            raise DomainError("password_file", path=args.password_file, reason=exc.strerror or str(exc)) from exc
        if not password:
            raise DomainError("password_file", path=args.password_file, reason="empty")
        return password
    if login_for(args.settings.database_url) is None or not sys.stdin.isatty():
        return None
    first = getpass(f"Password for {login}: ")
    if first != getpass("Again: "):
        raise DomainError("passwords_differ")
    return first or None


def cmd_officers_add(args: argparse.Namespace) -> int:
    from kotra_invest.services.officers import create_officer

    password = _password(args, args.new_login)
    with _opened(args) as ctx:
        create_officer(
            ctx, args.new_login, args.name, args.role, office_code=args.office, name_en=args.name_en,
            email=args.email, password=password,
        )  # fmt: skip
    _say(args, f"등록했습니다: {args.new_login} ({args.role})", f"Registered {args.new_login} ({args.role})")
    return 0


def cmd_officers_set_role(args: argparse.Namespace) -> int:
    from kotra_invest.services.officers import set_role

    with _opened(args) as ctx:
        row = set_role(ctx, args.officer, args.role)
    _say(args, f"{row.login}: {row.role_label}", f"{row.login}: {row.role_label}")
    return 0


def cmd_officers_deactivate(args: argparse.Namespace) -> int:
    from kotra_invest.services.officers import deactivate

    with _opened(args) as ctx:
        row = deactivate(ctx, args.officer)
    _say(args, f"비활성화했습니다: {row.login}", f"Deactivated {row.login}")
    return 0


def _uuid(value: str) -> Any:
    import uuid

    try:
        return uuid.UUID(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError("not an id (a UUID)") from exc


def cmd_history_show(args: argparse.Namespace) -> int:
    from kotra_invest.services import history

    with _opened(args) as ctx:
        changes = history.record_history(ctx, args.entity, args.id)
        if args.xlsx:
            history.export_history(ctx, args.entity, args.id, Path(args.xlsx))
    if args.json:
        _print_json(changes)
        return 0
    lang = args.settings.lang
    for c in changes:
        when = c.when.strftime("%Y-%m-%d %H:%M")
        what = f"{c.label(lang)}: {c.old} → {c.new}" if c.field else (c.new or "")
        print(f"{when} {c.who:<16} {c.source:<8} {c.action_label:<8} {c.entity} {what}"[:200] + f"  [{c.id}]")
    return 0


def cmd_history_restore(args: argparse.Namespace) -> int:
    from kotra_invest.services.history import restore_value

    with _opened(args) as ctx:
        version = restore_value(ctx, args.entry, args.version)
    _say(args, f"되돌렸습니다 (버전 {version}).", f"Restored (now version {version}).")
    return 0


def cmd_privacy_export(args: argparse.Namespace) -> int:
    from kotra_invest.services.privacy import export_contact

    with _opened(args) as ctx:
        json_path, xlsx_path = export_contact(ctx, args.contact, Path(args.folder))
    print(json_path)
    print(xlsx_path)
    return 0


def cmd_privacy_erase(args: argparse.Namespace) -> int:
    from kotra_invest.services.privacy import erase_contact

    with _opened(args) as ctx:
        erase_contact(ctx, args.contact, args.reason)
    _say(args, "연락처의 개인정보를 삭제했습니다.", "The contact's personal data has been erased.")
    return 0


# --- the parser ------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    from kotra_invest.commands import audit as audit_commands
    from kotra_invest.commands import dashboard as dashboard_cli
    from kotra_invest.commands import documents as document_cli
    from kotra_invest.commands import meetings as meeting_cli
    from kotra_invest.commands import projects as project_cli
    from kotra_invest.commands import tasks as task_cli

    def options(default: Any) -> argparse.ArgumentParser:
        shared = argparse.ArgumentParser(add_help=False)
        shared.add_argument(
            "--db",
            metavar="URL",
            default=default,
            help="database URL (default: the embedded SQLite file; env KOTRA_INVEST_DB)",
        )
        shared.add_argument("--lang", choices=("ko", "en"), default=default, help="language (env KOTRA_INVEST_LANG)")
        shared.add_argument(
            "--login",
            default=default,
            help="act as this officer (default: the server's user name; on the embedded file, the OS user)",
        )
        return shared

    # Subcommands take --db too, but must not reset a value given before the subcommand.
    common = options(argparse.SUPPRESS)
    parser = argparse.ArgumentParser(
        prog="kotra-invest",
        parents=[options(None)],
        description="CRM for investment-attraction officers. Without a command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"kotra-invest {__version__}")
    parser.add_argument(
        "--self-test", action="store_true", help="open the desktop app's main window, then quit (checks an installation)"
    )
    parser.set_defaults(handler=cmd_desktop)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    def add(
        group: Any, name: str, handler: Callable[[argparse.Namespace], int], help_text: str
    ) -> argparse.ArgumentParser:
        sub = group.add_parser(name, parents=[common], help=help_text, description=help_text)
        sub.set_defaults(handler=handler)
        return sub

    db = commands.add_parser("db", parents=[common], help="database upkeep: upgrade, check, backup, restore")
    db_commands = db.add_subparsers(title="db commands", metavar="ACTION", required=True)
    add(db_commands, "upgrade", cmd_db_upgrade, "migrate the database to the newest schema (backs up first)")
    add(db_commands, "check", cmd_db_check, "report schema version and integrity; non-zero exit when not healthy")
    backup = add(db_commands, "backup", cmd_db_backup, "write a consistent copy of the database")
    backup.add_argument("file", nargs="?", help="where to write it (default: the backups folder beside the database)")
    restore = add(
        db_commands, "restore", cmd_db_restore, "replace the database with a backup (the current one is kept)"
    )
    restore.add_argument("file")

    backups.register(commands, common)
    demo = add(commands, "demo", cmd_demo, "fill an empty database with a believable 2026 of demo data")
    demo.add_argument("--scale", type=_positive, default=1, help="multiply investors and their records (333 ≈ 100,000)")
    demo.add_argument("--seed", type=int, default=2026)

    delegations = commands.add_parser("delegations", parents=[common], help="investment-attraction delegations")
    delegation_commands = delegations.add_subparsers(title="delegation commands", metavar="ACTION", required=True)
    dlist = add(delegation_commands, "list", cmd_delegations_list, "list delegations")
    dlist.add_argument("--year", type=int)
    dlist.add_argument("--status", choices=("planning", "confirmed", "travelling", "done", "cancelled"))
    dlist.add_argument("--json", action="store_true", help="print a JSON array")

    investors = commands.add_parser("investors", parents=[common], help="investors")
    investor_commands = investors.add_subparsers(title="investor commands", metavar="ACTION", required=True)
    isearch = add(
        investor_commands, "search", cmd_investors_search, "find investors by any part of their names or notes"
    )
    isearch.add_argument("text")
    isearch.add_argument("--limit", type=_positive, default=50)
    isearch.add_argument("--json", action="store_true", help="print a JSON array")
    ilist = add(investor_commands, "list", cmd_investors_list, "list investors, filtered")
    for option in ("country", "industry", "region", "stage", "owner"):
        ilist.add_argument(f"--{option}")
    ilist.add_argument("--sort", choices=("name", "updated"), default="name")
    ilist.add_argument("--limit", type=_positive, default=100)
    ilist.add_argument("--json", action="store_true", help="print a JSON array")

    iadd = add(investor_commands, "add", cmd_investors_add, "register an investor")
    iadd.add_argument("name", help="company name in its original spelling")
    iadd.add_argument("--name-ko", help="Korean rendering of the name")
    iadd.add_argument("--country", help="ISO code of the ultimate parent's home country, e.g. DE")
    iadd.add_argument("--direct-country", help="ISO code of the direct investor's country, as notified "
                      "(the official statistics'), e.g. NL for a Dutch holding; default: the parent's")  # fmt: skip
    iadd.add_argument("--industry", help="industry code, e.g. ROBOT, BIO, BATTERY")
    iadd.add_argument("--website")
    iadd.add_argument("--tag", action="append")
    iadd.add_argument("--notes")
    iadd.add_argument("--json", action="store_true", help="print the new investor as JSON")

    projects = commands.add_parser("projects", parents=[common], help="investment projects (the FDI pipeline)")
    project_commands = projects.add_subparsers(title="project commands", metavar="ACTION", required=True)
    pexport = add(project_commands, "export", cmd_projects_export, "write the whole pipeline as an Excel tracker")
    pexport.add_argument("file", help="the .xlsx file to write (replaced only when complete)")
    plist = add(project_commands, "list", cmd_projects_list, "list the pipeline, filtered (visible projects only)")
    plist.add_argument("--stage", action="append", help="stage code, e.g. LEAD, MOU (repeatable)")
    for option in ("region", "province", "industry", "fez", "owner", "text"):
        plist.add_argument(f"--{option}")
    plist.add_argument("--open-only", action="store_true", help="only stages still in progress")
    plist.add_argument("--sort", choices=("title", "updated", "investor"), default="title")
    plist.add_argument("--desc", action="store_true", help="sort descending")
    plist.add_argument("--limit", type=_positive, default=100)
    plist.add_argument("--json", action="store_true", help="print a JSON array")
    pmove = add(project_commands, "move", cmd_projects_move, "move a project to another stage (dated, audited)")
    pmove.add_argument("project", help="id, or a part of the title that only one project has")
    pmove.add_argument("stage", help="stage code, e.g. SITE_VISIT, MOU, NOTIFIED, LOST")
    pmove.add_argument("--on", metavar="YYYY-MM-DD", help="the date it entered the stage (default today)")
    pmove.add_argument("--reason", help="why it was lost (needed for LOST)")
    pmove.add_argument("--json", action="store_true", help="print the moved project as JSON")
    project_cli.register(project_commands, common)

    tasks = commands.add_parser("tasks", parents=[common], help="my tasks and follow-ups")
    task_commands = tasks.add_subparsers(title="task commands", metavar="ACTION", required=True)
    tlist = add(task_commands, "list", cmd_tasks_list, "my open tasks, overdue first")
    tlist.add_argument("--overdue", action="store_true", help="only the overdue ones")
    tlist.add_argument("--scope", choices=("mine", "office", "everyone"), default="mine",
                       help="whose: mine (default), my office's, everyone's (admins and leaders)")
    tlist.add_argument("--closed", action="store_true", help="done and cancelled ones too")
    tlist.add_argument("--limit", type=_positive, default=100)
    tlist.add_argument("--json", action="store_true", help="print a JSON array")
    task_cli.register(task_commands, common)
    dashboard_cli.register(commands, common)
    meeting_cli.register(commands, common)
    document_cli.register(commands, common)

    importing = add(commands, "import", cmd_import,
                    "import an Excel/CSV tracker or list: investors, contacts, projects, interactions, delegations, "
                    "tasks, a delegation's itinerary or members")
    importing.add_argument("kind", choices=("investors", "contacts", "projects", "interactions", "delegations", "tasks",
                                            "itinerary", "members"))
    importing.add_argument("--delegation", help="itinerary, members: the delegation they belong to; investors: also make each "
                           "one of its investors to meet (id, or a part of the title only it has)")
    importing.add_argument("--investor", help="contacts, projects, interactions: the investor the rows belong to when "
                           "they do not name it, e.g. a profile workbook's sheets (id or unambiguous name)")
    importing.add_argument("file", help=".xlsx or .csv (UTF-8 or CP949)")
    importing.add_argument("--sheet", help="the sheet to read (default: the first that holds anything)")
    importing.add_argument("--encoding", help="a CSV's encoding if detection guesses wrong, e.g. cp949")
    importing.add_argument("--mapping", metavar="FILE", help='JSON {"columns": {"header": "field"}}')
    importing.add_argument("--save-mapping", action="store_true", help="remember the mapping for this header set")
    importing.add_argument("--dry-run", action="store_true", help="check and report; change nothing")
    importing.add_argument("--on-duplicate", choices=("skip", "update", "create"),
                           help="what a duplicate row does (default: reported and skipped)")
    importing.add_argument("--errors", metavar="FILE", help="where to write the failed rows (default: FILE.errors.xlsx)")
    importing.add_argument("--json", action="store_true", help="print the report as JSON")
    importing.add_argument("--unknown-investors", choices=("error", "create"), default="error",
                           help="projects/meetings/tasks naming an investor not in the database: refuse the row (default) "
                                "or create the investor from the row (e.g. a pipeline export into an empty database)")
    importing.add_argument("--unknown-owners", choices=("error", "empty", "create", "stop"), default="error",
                           help="an owner who is no officer here: refuse the row (default), leave the owner empty, "
                                "create the officer (admins), or stop the import storing nothing")  # fmt: skip

    everything = add(commands, "search", cmd_search, "search investors, contacts, delegations, projects and notes")
    everything.add_argument("text")
    everything.add_argument(
        "--kind", action="append", choices=("investor", "contact", "delegation", "project", "interaction", "case", "enquiry", "document")
    )
    everything.add_argument("--limit", type=_positive, default=50)
    everything.add_argument("--json", action="store_true", help="print a JSON array")
    brief = add(commands, "brief", cmd_brief, "export a delegation's briefing pack (xlsx, PDF) and itinerary (.ics)")
    brief.add_argument("delegation", help="id, or a part of the title that only one delegation has")
    brief.add_argument("--xlsx", metavar="FILE")
    brief.add_argument("--pdf", metavar="FILE")
    brief.add_argument("--ics", metavar="FILE", help="the itinerary as a calendar file, with time zones")
    brief.add_argument(
        "--reason", dest="access_reason", metavar="TEXT",
        help="why you print or download this personal data (required; kept in the access log)",
    )  # fmt: skip
    brief.add_argument("--item", metavar="ITEM", help="with --ics: only this itinerary item (its id, or a part of its title)")
    profile = add(commands, "profile", cmd_profile, "export one investor's profile (PDF, xlsx)")
    profile.add_argument("investor", help="id, or a part of the name that only one investor has")
    profile.add_argument("--pdf", metavar="FILE")
    profile.add_argument("--xlsx", metavar="FILE")
    profile.add_argument(
        "--reason", dest="access_reason", metavar="TEXT",
        help="why you print or download this personal data (required; kept in the access log)",
    )  # fmt: skip

    synonyms_commands.register(commands, common)
    reference = commands.add_parser(
        "reference", parents=[common], help="reference data: regions, provinces, FEZs, industries …"
    )
    reference_commands = reference.add_subparsers(title="reference commands", metavar="ACTION", required=True)
    kinds = ("regions", "provinces", "fezs", "industries", "stages", "countries", "offices")
    rlist = add(reference_commands, "list", cmd_reference_list, "list one kind of reference data")
    rlist.add_argument("kind", choices=kinds)
    rlist.add_argument("--json", action="store_true", help="print a JSON array")
    rename = add(reference_commands, "rename", cmd_reference_rename, "change the Korean and/or English name of a row")
    rename.add_argument("kind", choices=kinds)
    rename.add_argument("code")
    rename.add_argument("--ko", help="new Korean name")
    rename.add_argument("--en", help="new English name")

    packs = commands.add_parser("pack", parents=[common], help="offline mission packs: export, inspect, merge back")
    pack_commands = packs.add_subparsers(title="pack commands", metavar="ACTION", required=True)
    pexp = add(pack_commands, "export", cmd_pack_export, "write one delegation and its investors to a mission pack")
    pexp.add_argument("--without-documents", action="store_true", help="leave the records' documents out (a smaller pack)")
    pexp.add_argument("delegation", help="id, or a part of the title that only one delegation has")
    pexp.add_argument("file", help="the pack file to write (replaced only when complete)")
    pexp.add_argument("--passphrase-file", metavar="F", help="encrypt the pack with the first line of this file")
    pexp.add_argument(
        "--reason", dest="access_reason", metavar="TEXT",
        help="why you print or download this personal data (required; kept in the access log)",
    )  # fmt: skip
    pinfo = add(pack_commands, "info", cmd_pack_info, "say which delegation and database a pack belongs to")
    pinfo.add_argument("file")
    pinfo.add_argument("--passphrase-file", metavar="F")
    pinfo.add_argument("--json", action="store_true", help="print JSON")
    pmerge = add(pack_commands, "merge", cmd_pack_merge, "merge a mission pack back into this database")
    pmerge.add_argument("file")
    pmerge.add_argument("--passphrase-file", metavar="F")
    pmerge.add_argument(
        "--dry-run", action="store_true", help="report what would change and the conflicts; change nothing"
    )
    pmerge.add_argument("--prefer", choices=("pack", "home"), help="resolve every conflict this way")
    pmerge.add_argument(
        "--report", metavar="FILE", help="where to write unresolved conflicts (default: beside the pack)"
    )
    pack_reports.register(pack_commands, common)
    add(commands, "whoami", cmd_whoami, "show who is signed in, with which role, on which database")
    server_commands.register(commands, common)

    roles = ("admin", "officer", "leader", "viewer")
    officers = commands.add_parser("officers", parents=[common], help="users and their roles (admins only)")
    officer_commands = officers.add_subparsers(title="officer commands", metavar="ACTION", required=True)
    olist = add(officer_commands, "list", cmd_officers_list, "list the officers")
    olist.add_argument("--all", action="store_true", help="include deactivated officers")
    olist.add_argument("--json", action="store_true", help="print a JSON array")
    oadd = add(officer_commands, "add", cmd_officers_add, "register an officer (their login is their server user)")
    oadd.add_argument("new_login", metavar="LOGIN")
    oadd.add_argument("name", help="name as shown (Korean)")
    oadd.add_argument("--role", choices=roles, default="officer")
    oadd.add_argument("--office", help="office code: the officer's team")
    oadd.add_argument("--name-en")
    oadd.add_argument("--email")
    oadd.add_argument(
        "--password-file", metavar="F", help="on a server: the new login's password, the first line of F (else asked)"
    )
    orole = add(officer_commands, "set-role", cmd_officers_set_role, "change an officer's role")
    orole.add_argument("officer", metavar="LOGIN")
    orole.add_argument("role", choices=roles)
    odeact = add(officer_commands, "deactivate", cmd_officers_deactivate, "stop an officer from making changes")
    odeact.add_argument("officer", metavar="LOGIN")

    history = commands.add_parser("history", parents=[common], help="field history of a record, and restoring it")
    history_commands = history.add_subparsers(title="history commands", metavar="ACTION", required=True)
    hshow = add(history_commands, "show", cmd_history_show, "list every change of a record, newest first")
    hshow.add_argument("entity", help="investor, delegation, contact, project …")
    hshow.add_argument("id", type=_uuid)
    hshow.add_argument("--xlsx", metavar="FILE", help="also write the history to an Excel file")
    hshow.add_argument(
        "--reason", dest="access_reason", metavar="TEXT",
        help="why you download a history holding a contact's data (required then; kept in the access log)",
    )  # fmt: skip
    hshow.add_argument("--json", action="store_true", help="print a JSON array")
    hrestore = add(history_commands, "restore", cmd_history_restore, "put back the value a change replaced")
    hrestore.add_argument("entry", type=_uuid, help="the change's id (the last column of 'history show')")
    hrestore.add_argument("--version", type=int, required=True, help="the record's version you looked at")

    privacy = commands.add_parser("privacy", parents=[common], help="a contact's personal data: export, erase")
    privacy_commands = privacy.add_subparsers(title="privacy commands", metavar="ACTION", required=True)
    pexp = add(privacy_commands, "export", cmd_privacy_export, "write all we hold about a contact (JSON, xlsx)")
    pexp.add_argument("contact", type=_uuid)
    pexp.add_argument("folder")
    pexp.add_argument(
        "--reason", dest="access_reason", metavar="TEXT",
        help="why you print or download this personal data (required; kept in the access log)",
    )  # fmt: skip
    perase = add(privacy_commands, "erase", cmd_privacy_erase, "erase a contact's personal data on request")
    perase.add_argument("contact", type=_uuid)
    perase.add_argument("--reason", required=True, help="why (e.g. the request's reference); kept in the audit")
    audit_commands.register(commands, common)
    from kotra_invest.commands import export, merge
    from kotra_invest.commands import map as map_commands

    merge.register(commands, common)
    export.register(commands, common)
    map_commands.register(commands, common)
    from kotra_invest.commands import cases, enquiries, incentives, milestones

    for group in (cases, incentives, milestones, enquiries):  # aftercare: after 신고
        group.register(commands, common)
    from kotra_invest.commands import fdi as fdi_commands

    fdi_commands.register(commands, common)
    from kotra_invest.commands import contacts as contact_cli

    contact_cli.register(commands, common)  # after merge: adds `list` to its `contacts` group
    from kotra_invest.commands import recommend as recommend_commands

    recommend_commands.register(commands, common)
    return parser


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number


def _log_unexpected(exc: BaseException) -> Path | None:
    log.error("unexpected error", exc_info=exc)
    for handler in log.handlers:
        handler.flush()
    return logs.setup_logging()


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    args.settings = Settings.resolve(db=args.db, lang=args.lang)
    logs.setup_logging()
    try:
        return int(args.handler(args))
    except DomainError as exc:
        print(f"kotra-invest: {exc.message(args.settings.lang)}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("kotra-invest: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug: the user gets one line, the log gets the traceback
        logged = _log_unexpected(exc)
        where = f" (details in {logged})" if logged else ""
        summary = (str(exc).strip().splitlines() or [""])[0][:200]  # SQL errors run to many lines
        print(f"kotra-invest: unexpected error: {type(exc).__name__}: {summary}{where}", file=sys.stderr)
        return EXIT_UNEXPECTED


if __name__ == "__main__":
    sys.exit(main())
