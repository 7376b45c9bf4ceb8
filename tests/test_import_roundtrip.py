"""Every export reads back: the pipeline tracker, imported into an EMPTY database, exports again
cell for cell the same (probabilities as whole percents, arrival dates, owners by name)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from kotra_invest.briefing.pipeline import COLUMNS, export_pipeline_xlsx
from kotra_invest.demo import generate_demo
from kotra_invest.domain.enums import Role
from kotra_invest.domain.errors import DomainError
from kotra_invest.domain.models import Officer, Project
from kotra_invest.importers import open_source, run_import, suggest
from kotra_invest.services.database import connect
from kotra_invest.services.officers import ensure_officer
from kotra_invest.services.unit_of_work import Context, unit_of_work


def _rows(path: Path) -> list[tuple[Any, ...]]:
    sheet = openpyxl.load_workbook(path, read_only=True).worksheets[0]
    rows = [tuple(row) for row in sheet.iter_rows(values_only=True)]
    return [rows[0], *sorted(rows[1:], key=lambda r: tuple("" if v is None else str(v) for v in r))]


def _empty(tmp_path: Path, name: str) -> Context:
    target = Context(
        db=connect(f"sqlite:///{tmp_path / name}"), actor="tester", source="test", lang="en", access_reason="testing"
    )
    ensure_officer(target, role=Role.ADMIN)
    return target


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_pipeline_export_reads_back_into_an_empty_database(ctx: Context, tmp_path: Path, lang: str) -> None:
    generate_demo(ctx, scale=1)
    with unit_of_work(ctx) as session:  # the two ends of the probability scale, and an arrival
        first, second = session.scalars(select(Project).where(Project.confidential.is_(False)).limit(2)).all()
        first.probability, second.probability = 100, 1
        session.commit()
    exported = tmp_path / f"pipeline-{lang}.xlsx"
    written = export_pipeline_xlsx(ctx, exported, lang=lang)
    assert written >= 300

    target = _empty(tmp_path, f"empty-{lang}.sqlite3")
    info = open_source(exported)
    mapping = suggest(target, "projects", info)
    report = run_import(
        target, info, mapping, on_duplicate="create", unknown_investors="create", unknown_owners="create"
    )
    assert (report.created, report.failed) == (written, 0), report.errors[:5]

    again = tmp_path / f"again-{lang}.xlsx"
    assert export_pipeline_xlsx(target, again, lang=lang) == written
    assert _rows(again) == _rows(exported)
    keys = [c[0] for c in COLUMNS]
    probability, latest_arrival = keys.index("probability"), keys.index("latest_arrived")
    probabilities = [r[probability] for r in _rows(again)[1:]]
    assert 100 in probabilities and 1 in probabilities  # 100 % stays 100, 1 % stays 1
    arrivals = [r[latest_arrival] for r in _rows(again)[1:] if r[latest_arrival] is not None]
    assert arrivals  # arrived projects come back with their arrival dates
    target.db.dispose()


def test_unknown_owners_are_refused_left_empty_created_or_stop_the_import(ctx: Context, tmp_path: Path) -> None:
    from import_helpers import counts, xlsx

    ensure_officer(ctx, role=Role.ADMIN)
    path = xlsx(
        tmp_path / "p.xlsx",
        [
            ["투자가", "프로젝트", "담당자", "가능성"],
            ["Acme", "Plant", "박신규", 0.4],
            ["Acme", "Lab", "tester", "100%"],
        ],
    )
    info = open_source(path)
    mapping = suggest(ctx, "projects", info)
    refused = run_import(ctx, info, mapping, unknown_investors="create", dry_run=True)
    assert [(e.row, e.code) for e in refused.errors] == [(2, "import_unknown_officer")]
    before = counts(ctx)
    with pytest.raises(DomainError) as stopped:
        run_import(ctx, info, mapping, unknown_investors="create", unknown_owners="stop")
    assert "Row 2 names 박신규 as owner" in stopped.value.message("en") and counts(ctx) == before
    empty = run_import(replace(ctx), info, mapping, unknown_investors="create", unknown_owners="empty", dry_run=True)
    assert (empty.created, empty.failed) == (2, 0)
    created = run_import(ctx, info, mapping, unknown_investors="create", unknown_owners="create")
    assert created.created == 2 and ("officers", 1, 0, 0) in created.related
    with unit_of_work(ctx) as session:
        plant = session.scalars(select(Project).where(Project.title == "Plant")).one()
        assert plant.probability == 40
        assert session.get(Officer, plant.owner_id).name == "박신규"
        assert session.scalars(select(Project).where(Project.title == "Lab")).one().probability == 100


def test_fdi_amounts_with_their_dates_come_back(ctx: Context, tmp_path: Path) -> None:
    from import_helpers import xlsx

    ensure_officer(ctx, role=Role.OFFICER)
    path = xlsx(
        tmp_path / "p.xlsx",
        [["Investor", "Project", "Arrived (USD)", "Latest arrived"], ["Acme", "Plant", 500000, date(2026, 3, 25)]],
    )
    info = open_source(path)
    report = run_import(ctx, info, suggest(ctx, "projects", info), unknown_investors="create")
    assert report.created == 1, report.errors
    with unit_of_work(ctx) as session:
        (amount,) = session.scalars(select(Project)).one().fdi_amounts
        assert (amount.kind.value, amount.amount, amount.on_date) == ("arrived", Decimal(500000), date(2026, 3, 25))


def _sheet(path: Path, title: str, tmp_path: Path) -> Path:
    """One sheet of a briefing workbook saved on its own, as an officer would copy it out."""
    book = openpyxl.load_workbook(path)
    for ws in list(book.worksheets):
        if ws.title != title:
            book.remove(ws)
    out = tmp_path / f"{title}.xlsx"
    book.save(out)
    return out


def test_the_briefing_workbook_tables_read_back_into_an_empty_database(ctx: Context, tmp_path: Path) -> None:
    """A delegation pack's tables (investors, people, open projects, interactions), each imported
    into an empty database, give each investor the same profile as in the pack."""
    from kotra_invest.briefing.assemble import delegation_pack, investor_profile
    from kotra_invest.briefing.xlsx import write_delegation_xlsx
    from kotra_invest.domain.models import MeetingTarget

    generate_demo(ctx, scale=1)
    with unit_of_work(ctx) as session:
        delegation_id = session.scalars(select(MeetingTarget.delegation_id).limit(1)).one()
    pack = delegation_pack(ctx, delegation_id, lang="ko")
    assert pack.investors
    workbook = write_delegation_xlsx(pack, tmp_path / "briefing.xlsx")

    target = _empty(tmp_path, "briefing-empty.sqlite3")
    for title, kind in (
        ("면담 대상 투자가", "investors"),
        ("인물", "contacts"),
        ("진행 프로젝트", "projects"),
        ("접촉 이력", "interactions"),
    ):
        info = open_source(_sheet(workbook, title, tmp_path))
        mapping = suggest(target, kind, info, owners_are_officers=True)
        report = run_import(target, info, mapping, on_duplicate="create", unknown_owners="create")
        assert report.failed == 0, (title, report.errors[:3])

    with unit_of_work(target) as session:
        from kotra_invest.domain.models import Investor

        ids = {i.name: i.id for i in session.scalars(select(Investor))}
    assert set(ids) == {i.name for i in pack.investors}
    for original in pack.investors:
        again = investor_profile(target, ids[original.name], lang="ko").profile
        fields = ("name", "name_ko", "country", "industry", "size", "website", "owner", "in_korea")
        assert {f: getattr(again, f) for f in fields} == {f: getattr(original, f) for f in fields}
        assert sorted(again.contacts, key=repr) == sorted(original.contacts, key=repr)
        same = (
            "title",
            "project_type",
            "stage",
            "stage_since",
            "target_province",
            "fez",
            "industry",
            "capex",
            "capex_currency",
            "expected_jobs",
            "probability",
            "notified_usd",
            "arrived_usd",
        )
        assert sorted(tuple(getattr(p, f) for f in same) for p in again.projects) == sorted(
            tuple(getattr(p, f) for f in same) for p in original.projects
        )
        assert [(i.when, i.kind, i.officer, i.contact, i.summary, i.outcome) for i in again.interactions] == [
            (i.when, i.kind, i.officer, i.contact, i.summary, i.outcome) for i in original.interactions
        ]
    target.db.dispose()


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_briefing_itinerary_reads_back_into_an_empty_database(ctx: Context, tmp_path: Path, lang: str) -> None:
    """The briefing workbook's 일정 / Itinerary sheet is a list of the trip's itinerary items: into an
    empty database that holds the trip (from the delegations list) and its investors (from the
    workbook's own investors sheet, which with --delegation also makes them the trip's investors to
    meet), `import itinerary --sheet … --delegation …` gives the trip the same itinerary, line for
    line: local times, zones, Korea times, kinds, cities, venues, investors; `import members` the
    same members from the table under the overview."""
    import contextlib
    import io
    import json

    from sqlalchemy import func

    from kotra_invest.briefing.assemble import delegation_pack
    from kotra_invest.briefing.xlsx import write_delegation_xlsx
    from kotra_invest.cli import main
    from kotra_invest.domain.models import Delegation, ItineraryItem

    generate_demo(ctx, scale=1)
    with unit_of_work(ctx) as session:
        delegation_id, items = session.execute(
            select(ItineraryItem.delegation_id, func.count())
            .where(ItineraryItem.deleted_at.is_(None))
            .group_by(ItineraryItem.delegation_id)
            .order_by(func.count().desc())
            .limit(1)
        ).one()
        trip = session.get(Delegation, delegation_id)
        assert trip is not None
        # The delegations list names a trip in the list's language: its Korean, or its English title.
        keys = {(trip.title, trip.year, trip.starts_on), (trip.title_en or trip.title, trip.year, trip.starts_on)}
    assert items >= 5
    pack = delegation_pack(ctx, delegation_id, lang=lang)
    workbook = write_delegation_xlsx(pack, tmp_path / "briefing.xlsx")
    sheets = openpyxl.load_workbook(workbook, read_only=True).sheetnames
    itinerary_sheet, investors_sheet = sheets[1], sheets[2]  # overview, itinerary, investors to meet, …

    target = _empty(tmp_path, f"itinerary-{lang}.sqlite3")

    def cli(db: Context, *args: str) -> dict[str, Any]:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            who = ["--login", db.actor] if db.db.is_sqlite else []  # a server knows its user by the connection
            assert main(["--db", db.db.url.render_as_string(hide_password=False), "--lang", lang, *who, *args]) == 0
        return json.loads(out.getvalue()) if "--json" in args else {}

    cli(ctx, "export", "delegations", str(tmp_path / "delegations.xlsx"))
    cli(target, "import", "delegations", str(tmp_path / "delegations.xlsx"), "--on-duplicate", "create", "--json")
    with unit_of_work(target) as session:
        (copy_id,) = [d.id for d in session.scalars(select(Delegation)) if (d.title, d.year, d.starts_on) in keys]
    # The investors to meet, with the trip chosen: each row is also one of its meeting targets.
    report = cli(
        target,
        "import",
        "investors",
        str(workbook),
        "--sheet",
        investors_sheet,
        "--on-duplicate",
        "create",
        "--unknown-owners",
        "create",
        "--delegation",
        str(copy_id),
        "--json",
    )
    assert ["meeting_targets", len(pack.investors), 0, 0] in report["related"], report["related"]
    report = cli(
        target, "import", "itinerary", str(workbook), "--sheet", itinerary_sheet, "--delegation", str(copy_id), "--json"
    )
    assert (report["created"], report["errors"]) == (len(pack.itinerary), []), report["errors"][:3]

    again = delegation_pack(target, copy_id, lang=lang)
    people = ("name", "priority", "meeting_status", "talking_points")
    assert [tuple(getattr(i, f) for f in people) for i in again.investors] == [
        tuple(getattr(i, f) for f in people) for i in pack.investors
    ]
    same = (
        "day",
        "starts_local",
        "ends_local",
        "time_zone",
        "utc_offset",
        "starts_korea",
        "kind",
        "title",
        "city",
        "venue",
        "investor",
        "notes",
    )
    assert [tuple(getattr(i, f) for f in same) for i in again.itinerary] == [
        tuple(getattr(i, f) for f in same) for i in pack.itinerary
    ]
    # The members, the table under the overview's label–value pairs: found below them by its header.
    report = cli(
        target, "import", "members", str(workbook), "--sheet", sheets[0], "--delegation", str(copy_id), "--json"
    )
    assert (report["created"], report["errors"]) == (len(pack.members), []), report["errors"][:3]
    members = ("name", "name_en", "organisation", "position", "is_leader")
    shown = delegation_pack(target, copy_id, lang=lang)
    assert sorted(tuple(getattr(m, f) for f in members) for m in shown.members) == sorted(
        tuple(getattr(m, f) for f in members) for m in pack.members
    )
    assert len(pack.members) >= 2

    # The same sheet again: every line is one the trip has already.
    report = cli(
        target, "import", "itinerary", str(workbook), "--sheet", itinerary_sheet, "--delegation", str(copy_id), "--json"
    )
    assert (report["created"], len(report["duplicates"])) == (0, len(pack.itinerary))
    target.db.dispose()


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_an_investors_profile_workbook_reads_back_into_an_empty_database(
    ctx: Context, tmp_path: Path, lang: str
) -> None:
    """The profile workbook lists one investor's people, meetings and projects without naming the
    investor on any row: `import … --sheet … --investor NAME` into an empty database that holds the
    investor (from the investors list) gives it the same profile."""
    import contextlib
    import io
    import json

    from sqlalchemy import func

    from kotra_invest.briefing.assemble import investor_profile
    from kotra_invest.briefing.xlsx import write_profile_xlsx
    from kotra_invest.cli import main
    from kotra_invest.domain.models import Contact, Interaction, Investor

    generate_demo(ctx, scale=1)
    with unit_of_work(ctx) as session:  # a well-documented investor: people, meetings and projects
        counts = {
            investor_id: n
            for investor_id, n in session.execute(
                select(Interaction.investor_id, func.count())
                .where(Interaction.deleted_at.is_(None))
                .group_by(Interaction.investor_id)
            )
        }
        with_people = set(session.scalars(select(Contact.investor_id).where(Contact.deleted_at.is_(None))))
        with_projects = set(session.scalars(select(Project.investor_id).where(Project.confidential.is_(False))))
        chosen = max((i for i in counts if i in with_people and i in with_projects), key=lambda i: counts[i])
        name = session.get(Investor, chosen).name  # type: ignore[union-attr]
    pack = investor_profile(ctx, chosen, lang=lang)
    workbook = write_profile_xlsx(pack, tmp_path / "profile.xlsx")
    sheets = openpyxl.load_workbook(workbook, read_only=True).sheetnames  # profile, people, meetings, projects
    assert len(sheets) == 4

    target = _empty(tmp_path, f"profile-{lang}.sqlite3")

    def cli(db: Context, *args: str) -> dict[str, Any]:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            who = ["--login", db.actor] if db.db.is_sqlite else []
            assert main(["--db", db.db.url.render_as_string(hide_password=False), "--lang", lang, *who, *args]) == 0
        return json.loads(out.getvalue()) if "--json" in args else {}

    cli(ctx, "export", "investors", str(tmp_path / "investors.xlsx"))
    cli(
        target,
        "import",
        "investors",
        str(tmp_path / "investors.xlsx"),
        "--on-duplicate",
        "create",
        "--unknown-owners",
        "create",
        "--json",
    )
    for sheet, kind in zip(sheets[1:], ("contacts", "interactions", "projects"), strict=True):
        report = cli(
            target,
            "import",
            kind,
            str(workbook),
            "--sheet",
            sheet,
            "--investor",
            name,
            "--on-duplicate",
            "create",
            "--unknown-owners",
            "create",
            "--json",
        )
        assert report["errors"] == [] and report["created"] >= 1, (kind, report["errors"][:3])

    with unit_of_work(target) as session:
        (copy,) = session.scalars(select(Investor.id).where(Investor.name == name)).all()
    again = investor_profile(target, copy, lang=lang).profile
    original = pack.profile
    assert sorted(again.contacts, key=repr) == sorted(original.contacts, key=repr)
    same = (
        "title",
        "project_type",
        "stage",
        "stage_since",
        "target_province",
        "fez",
        "industry",
        "capex",
        "capex_currency",
        "expected_jobs",
        "probability",
        "notified_usd",
        "arrived_usd",
    )
    assert sorted(tuple(getattr(p, f) for f in same) for p in again.projects) == sorted(
        tuple(getattr(p, f) for f in same) for p in original.projects
    )
    assert [(i.when, i.kind, i.officer, i.contact, i.summary, i.outcome) for i in again.interactions] == [
        (i.when, i.kind, i.officer, i.contact, i.summary, i.outcome) for i in original.interactions
    ]
    target.db.dispose()
