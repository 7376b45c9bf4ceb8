"""Roles through the services: a viewer cannot write through any service, an officer changes
only their own team's records, and another team's confidential project is absent from every
path that exists: investor lists, search, the pipeline export, briefing packs, the dashboard
and the history."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from kotra_invest.briefing.assemble import delegation_pack, investor_profile
from kotra_invest.briefing.pipeline import export_pipeline_xlsx
from kotra_invest.domain.enums import FdiKind, InteractionKind, NewOrAdditional, OfficeKind, ProjectType, Role
from kotra_invest.domain.errors import DomainError, NotFound
from kotra_invest.domain.models import (
    Delegation,
    FdiAmount,
    Interaction,
    Investor,
    MeetingTarget,
    Office,
    Officer,
    Project,
)
from kotra_invest.domain.reference_data import reference_id
from kotra_invest.services import access, history, officers, records
from kotra_invest.services.dashboard import year_figures
from kotra_invest.services.database import connect
from kotra_invest.services.delegations import DelegationDraft, create_delegation
from kotra_invest.services.investors import (
    INVESTOR,
    InvestorDraft,
    create_investor,
    get_investor_row,
    list_investors,
    update_investor,
)
from kotra_invest.services.read_models import InvestorFilter
from kotra_invest.services.reference import list_reference, rename_reference
from kotra_invest.services.search import search
from kotra_invest.services.unit_of_work import Context, unit_of_work

SECRET_TITLE, SECRET_CODE = "Gumi gigafactory", "Project Falcon"


@pytest.fixture
def world(ctx: Context) -> dict[str, uuid.UUID]:
    with unit_of_work(ctx) as s:
        seoul = Office(code="T-SEL", name_ko="서울", name_en="Seoul", kind=OfficeKind.HEADQUARTERS)
        busan = Office(code="T-PUS", name_ko="부산", name_en="Busan", kind=OfficeKind.HEADQUARTERS)
        s.add_all([seoul, busan])
        s.flush()
        people = {
            "owner": Officer(login="owner", name="owner", role=Role.OFFICER, office_id=seoul.id),
            "mate": Officer(login="mate", name="mate", role=Role.OFFICER, office_id=seoul.id),
            "other": Officer(login="other", name="other", role=Role.OFFICER, office_id=busan.id),
            "leader": Officer(login="leader", name="leader", role=Role.LEADER, office_id=busan.id),
            "boss": Officer(login="boss", name="boss", role=Role.ADMIN),
            "reader": Officer(login="reader", name="reader", role=Role.VIEWER),
        }
        s.add_all(people.values())
        s.flush()
        acme = Investor(name="Acme Robotics", owner_id=people["owner"].id)
        globex = Investor(name="Globex Batteries", owner_id=people["other"].id)
        s.add_all([acme, globex])
        s.flush()
        secret = Project(
            investor_id=acme.id,
            title=SECRET_TITLE,
            project_type=ProjectType.GREENFIELD,
            confidential=True,
            code_name=SECRET_CODE,
            owner_id=people["owner"].id,
            stage_id=reference_id("pipeline_stage", "MEETING"),
            target_province_id=reference_id("province", "KR-47"),
        )
        public = Project(
            investor_id=acme.id,
            title="Sales office",
            project_type=ProjectType.GREENFIELD,
            new_or_additional=NewOrAdditional.ADDITIONAL,
            owner_id=people["other"].id,
            stage_id=reference_id("pipeline_stage", "LEAD"),
        )
        s.add_all([secret, public])
        s.flush()
        s.add(
            FdiAmount(
                project_id=secret.id,
                kind=FdiKind.NOTIFIED,
                amount=Decimal("250000000"),
                currency="USD",
                on_date=date(2026, 5, 1),
            )
        )
        s.add(
            Interaction(
                investor_id=acme.id,
                project_id=secret.id,
                kind=InteractionKind.MEETING,
                occurred_at=datetime(2026, 4, 2, 1, 0, tzinfo=UTC),
                summary="Falcon site shortlist",
            )
        )
        s.add(
            Interaction(
                investor_id=globex.id,
                kind=InteractionKind.CALL,
                occurred_at=datetime(2026, 4, 3, 1, 0, tzinfo=UTC),
                summary="Cathode shortlist call",
            )
        )
        trip = Delegation(title="구미 배터리 투자유치단", year=2026, leader_id=people["leader"].id)
        s.add(trip)
        s.flush()
        s.add(MeetingTarget(delegation_id=trip.id, investor_id=acme.id))
        s.commit()
        return {"acme": acme.id, "globex": globex.id, "secret": secret.id, "public": public.id, "trip": trip.id}


def as_(ctx: Context, login: str) -> Context:
    return Context(db=ctx.db, actor=login, source="test", lang="en", access_reason="testing")


def _code(call: object) -> str:
    with pytest.raises(DomainError) as caught:
        call()  # type: ignore[operator]
    return caught.value.code


def test_a_viewer_cannot_write_through_any_service(ctx: Context, world: dict[str, uuid.UUID]) -> None:
    reader = as_(ctx, "reader")
    version = get_investor_row(ctx, world["acme"]).version
    assert _code(lambda: create_investor(reader, InvestorDraft(name="Initech"))) == "read_only"
    assert _code(lambda: update_investor(reader, world["acme"], version, InvestorDraft(name="Hacked"))) == "read_only"
    assert _code(lambda: records.delete(reader, INVESTOR, world["acme"])) == "read_only"
    draft = DelegationDraft(title="x", year=2026, lead_province_codes=("KR-11",))
    assert _code(lambda: create_delegation(reader, draft)) == "read_only"
    assert _code(lambda: rename_reference(reader, "regions", "CAP", name_ko="x", name_en=None)) == "admin_only"
    assert get_investor_row(ctx, world["acme"]).name == "Acme Robotics"
    assert [r.name for r in list_investors(reader).rows] == ["Acme Robotics", "Globex Batteries"]  # reading is fine
    assert "read-only" in DomainError("read_only", login="reader").message("en")


def test_officers_change_their_own_and_their_teams_records_only(ctx: Context, world: dict[str, uuid.UUID]) -> None:
    version = get_investor_row(ctx, world["acme"]).version
    assert _code(lambda: update_investor(as_(ctx, "other"), world["acme"], version, InvestorDraft(name="X"))) == (
        "not_permitted"
    )
    kept = {"owner_login": "owner"}  # a draft is the whole record: the owner stays
    version = update_investor(as_(ctx, "mate"), world["acme"], version, InvestorDraft("Acme Robotics AG", **kept))
    # A delegation leader of another team (Busan) may update the investors their delegation is to meet …
    version = update_investor(as_(ctx, "leader"), world["acme"], version, InvestorDraft("Acme Robotics SE", **kept))
    row = get_investor_row(ctx, world["acme"])
    assert (row.name, row.owner) == ("Acme Robotics SE", "owner")
    # … but not the other investors of another team.
    globex = get_investor_row(ctx, world["globex"]).version
    other = {"owner_login": "other"}
    assert _code(lambda: update_investor(as_(ctx, "mate"), world["globex"], globex, InvestorDraft("Y", **other))) == (
        "not_permitted"
    )
    assert _code(lambda: update_investor(as_(ctx, "reader"), world["globex"], globex, InvestorDraft("Y", **other))) == (
        "read_only"
    )
    assert _code(lambda: rename_reference(as_(ctx, "owner"), "regions", "CAP", name_ko="수도", name_en=None)) == (
        "admin_only"
    )
    rename_reference(as_(ctx, "boss"), "regions", "CAP", name_ko="수도권(개칭)", name_en=None)
    assert {r.code: r.name_ko for r in list_reference(ctx, "regions")}["CAP"] == "수도권(개칭)"


def test_another_teams_confidential_project_is_in_no_list_or_search(ctx: Context, world: dict[str, uuid.UUID]) -> None:
    meeting = InvestorFilter(stage_code="MEETING")
    assert [r.name for r in list_investors(as_(ctx, "other"), meeting).rows] == []
    assert [r.name for r in list_investors(as_(ctx, "mate"), meeting).rows] == ["Acme Robotics"]
    assert [r.name for r in list_investors(as_(ctx, "boss"), meeting).rows] == ["Acme Robotics"]

    assert search(as_(ctx, "other"), "Falcon", kinds=("project",)) == []
    assert search(as_(ctx, "reader"), "Falcon") == []
    assert [h.label for h in search(as_(ctx, "reader"), "shortlist")] == ["Cathode shortlist call"]
    assert len(search(as_(ctx, "owner"), "shortlist")) == 2
    assert [h.id for h in search(as_(ctx, "mate"), "Falcon", kinds=("project",))] == [world["secret"]]
    assert [h.label for h in search(as_(ctx, "other"), "Sales", kinds=("project",))] == ["Sales office"]


def test_another_teams_confidential_project_is_not_exported(
    ctx: Context, world: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    def cells(login: str) -> str:
        path = tmp_path / f"{login}.xlsx"
        rows = export_pipeline_xlsx(as_(ctx, login), path, lang="en")
        text_ = " ".join(str(v) for row in load_workbook(path).active.iter_rows(values_only=True) for v in row)
        return f"{rows} {text_}"

    other, mate = cells("other"), cells("mate")
    assert other.startswith("1 ") and SECRET_CODE not in other and SECRET_TITLE not in other
    assert mate.startswith("2 ") and SECRET_CODE in mate
    assert SECRET_TITLE not in mate  # even the team's own export carries the code name only


def test_another_teams_confidential_project_is_not_in_packs_or_figures(
    ctx: Context, world: dict[str, uuid.UUID]
) -> None:
    profile = investor_profile(as_(ctx, "other"), world["acme"], lang="en").profile
    assert [p.title for p in profile.projects] == ["Sales office"]
    assert all("Falcon" not in i.summary for i in profile.interactions)
    team = investor_profile(as_(ctx, "owner"), world["acme"], lang="en").profile
    assert sorted(p.title for p in team.projects) == [SECRET_CODE, "Sales office"]

    pack = delegation_pack(as_(ctx, "other"), world["trip"], lang="en")
    assert [p.title for p in pack.investors[0].projects] == ["Sales office"]
    assert dict(pack.kpis.pipeline_by_stage).get("Meeting") == 0

    assert year_figures(as_(ctx, "other"), 2026).fdi_total.notified_usd == 0
    assert year_figures(as_(ctx, "other"), 2026).projects_by_stage.get("MEETING", 0) == 0
    assert year_figures(as_(ctx, "mate"), 2026).fdi_total.notified_usd == Decimal("250000000")
    assert year_figures(as_(ctx, "boss"), 2026).projects_by_stage["MEETING"] == 1


def test_another_teams_confidential_project_has_no_history(ctx: Context, world: dict[str, uuid.UUID]) -> None:
    with pytest.raises(NotFound):
        history.record_history(as_(ctx, "other"), "project", world["secret"])
    assert history.record_history(as_(ctx, "mate"), "project", world["secret"])
    acme = history.record_history(as_(ctx, "other"), "investor", world["acme"])
    assert {c.record_id for c in acme} == {world["acme"], world["public"]}  # the secret's entries are left out


def test_restoring_a_value_needs_the_right_to_change_the_record(ctx: Context, world: dict[str, uuid.UUID]) -> None:
    renamed = InvestorDraft(name="Acme Robotics GmbH", owner_login="owner")  # a draft is the whole record
    version = update_investor(as_(ctx, "owner"), world["acme"], 1, renamed)
    change = next(c for c in history.record_history(ctx, "investor", world["acme"]) if c.field == "name")
    assert _code(lambda: history.restore_value(as_(ctx, "other"), change.id, version)) == "not_permitted"
    assert _code(lambda: history.restore_value(as_(ctx, "reader"), change.id, version)) == "read_only"
    history.restore_value(as_(ctx, "mate"), change.id, version)
    assert get_investor_row(ctx, world["acme"]).name == "Acme Robotics"


def test_only_admins_manage_officers_and_one_admin_always_remains(ctx: Context, world: dict[str, uuid.UUID]) -> None:
    assert _code(lambda: officers.list_officers(as_(ctx, "owner"))) == "admin_only"
    assert _code(lambda: officers.create_officer(as_(ctx, "owner"), "eve", "Eve", Role.ADMIN)) == "admin_only"
    boss = as_(ctx, "boss")
    officers.create_officer(boss, "park.jiwon", "박지원", Role.OFFICER, office_code="T-PUS", name_en="Park Jiwon")
    assert _code(lambda: officers.create_officer(boss, "park.jiwon", "Again")) == "officer_exists"
    assert _code(lambda: officers.set_role(boss, "boss", Role.OFFICER)) == "last_admin"
    assert officers.set_role(boss, "park.jiwon", "leader").role == "leader"
    officers.deactivate(boss, "park.jiwon")
    assert "park.jiwon" not in {o.login for o in officers.list_officers(boss)}
    with unit_of_work(as_(ctx, "park.jiwon")) as s:
        assert access.principal(s, as_(ctx, "park.jiwon")).role is Role.VIEWER  # deactivated: read only
    entries = history.record_history(ctx, "officer", officers.list_officers(boss, include_inactive=True)[-1].id)
    assert entries  # user management is audited like everything else


@pytest.mark.postgres
def test_an_unregistered_server_user_may_only_read(pg_url: str) -> None:
    from kotra_invest.services.database import upgrade

    upgrade(pg_url)
    role = f"guest_{uuid.uuid4().hex[:8]}"
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as conn:
        conn.execute(text(f'CREATE ROLE "{role}" LOGIN'))
        conn.execute(text(f'GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO "{role}"'))
    try:
        db = connect(make_url(pg_url).set(username=role).render_as_string(hide_password=False))
        try:
            guest = Context(db=db, actor=role, source="test")
            assert access.current(guest).role is Role.VIEWER
            assert _code(lambda: create_investor(guest, InvestorDraft(name="Initech"))) == "read_only"
        finally:
            db.dispose()
    finally:
        with admin.connect() as conn:
            # The owner (not a superuser) takes back what it granted, then drops the role.
            conn.execute(text(f'REVOKE ALL ON ALL TABLES IN SCHEMA public FROM "{role}"'))
            conn.execute(text(f'DROP ROLE "{role}"'))
        admin.dispose()


def test_the_command_line_signs_in_and_enforces_roles(
    db_url: str, capsys: pytest.CaptureFixture[str], request: pytest.FixtureRequest
) -> None:
    """On the embedded file `--login` names the officer; on a server (set up as
    docs/operations.md says, by a non-superuser owner) each officer is their own login."""
    from kotra_invest.cli import main

    owned = None if db_url.startswith("sqlite") else request.getfixturevalue("owned_pg")
    owner_url = db_url if owned is None else owned.url

    def run(*args: str, login: str | None = None) -> tuple[int, str, str]:
        if login is None:
            target = ["--db", owner_url]
        elif owned is None:
            target = ["--db", owner_url, "--login", login]
        else:
            target = ["--db", owned.url_for(login)]
        code = main([*target, *args])
        out, err = capsys.readouterr()
        return code, out, err

    assert run("db", "upgrade")[0] == 0
    if owned is not None:
        assert run("server", "init")[0] == 0
    assert run("officers", "add", "kim.minji", "김민지", "--role", "admin", "--office", "HQ")[0] == 0
    assert run("officers", "add", "lee.viewer", "이조회", "--role", "viewer")[0] == 0
    assert run("whoami", login="kim.minji")[1].startswith("kim.minji (Administrator)")
    code, _, err = run("investors", "add", "Acme", login="lee.viewer")
    assert code == 2 and "read-only" in err and len(err.strip().splitlines()) == 1
    assert run("officers", "list", login="lee.viewer")[2].strip().endswith("(lee.viewer is not one).")
    code, out, _ = run("investors", "add", "Acme", "--json", login="kim.minji")
    investor = json.loads(out)["id"]
    code, out, _ = run("history", "show", "investor", investor, "--json")
    assert code == 0 and [(c["action"], c["who"]) for c in json.loads(out)] == [("insert", "kim.minji")]
    code, _, err = run("officers", "deactivate", "kim.minji", login="kim.minji")
    assert code == 2 and "last active administrator" in err
    code, _, err = run("privacy", "erase", str(uuid.uuid4()), "--reason", "request")
    assert code == 2 and "No contact found" in err
