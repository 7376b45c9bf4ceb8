"""The permission rule on its own: who sees a confidential project, who may write."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from kotra_invest.domain.enums import OfficeKind, ProjectType, Role
from kotra_invest.domain.models import Investor, Office, Officer, PipelineStage, Project
from kotra_invest.services import access
from kotra_invest.services.unit_of_work import Context, unit_of_work


def _setup(ctx: Context) -> dict[str, uuid.UUID]:
    with unit_of_work(ctx) as s:
        seoul = Office(code="T-SEL", name_ko="서울", name_en="Seoul", kind=OfficeKind.HEADQUARTERS)
        busan = Office(code="T-PUS", name_ko="부산", name_en="Busan", kind=OfficeKind.HEADQUARTERS)
        s.add_all([seoul, busan])
        s.flush()
        people = {
            "owner": Officer(login="owner", name="owner", role=Role.OFFICER, office_id=seoul.id),
            "mate": Officer(login="mate", name="mate", role=Role.OFFICER, office_id=seoul.id),
            "other": Officer(login="other", name="other", role=Role.OFFICER, office_id=busan.id),
            "boss": Officer(login="boss", name="boss", role=Role.ADMIN),
            "reader": Officer(login="reader", name="reader", role=Role.VIEWER),
        }
        s.add_all(people.values())
        s.flush()
        stage = s.scalars(select(PipelineStage)).first()
        investor = Investor(name="Acme")
        s.add(investor)
        s.flush()
        secret = Project(
            investor_id=investor.id,
            title="Gigafactory",
            project_type=ProjectType.GREENFIELD,
            stage_id=stage.id,
            confidential=True,
            code_name="Falcon",
            owner_id=people["owner"].id,
        )
        public = Project(
            investor_id=investor.id,
            title="Sales office",
            project_type=ProjectType.GREENFIELD,
            stage_id=stage.id,
            owner_id=people["other"].id,
        )
        s.add_all([secret, public])
        s.commit()
        return {"secret": secret.id, "public": public.id}


def _visible_titles(ctx: Context, login: str) -> set[str]:
    as_login = Context(db=ctx.db, actor=login, source="test", lang="en")
    with unit_of_work(as_login) as s:
        who = access.principal(s, as_login)
        return set(s.scalars(select(Project.title).where(access.visible_projects(who))))


def test_confidential_project_is_seen_by_owner_team_and_admin_only(ctx: Context) -> None:
    _setup(ctx)
    assert _visible_titles(ctx, "owner") == {"Gigafactory", "Sales office"}
    assert _visible_titles(ctx, "mate") == {"Gigafactory", "Sales office"}
    assert _visible_titles(ctx, "boss") == {"Gigafactory", "Sales office"}
    assert _visible_titles(ctx, "other") == {"Sales office"}
    assert _visible_titles(ctx, "reader") == {"Sales office"}


def test_viewer_may_not_write_and_says_so(ctx: Context) -> None:
    _setup(ctx)
    reader = Context(db=ctx.db, actor="reader", source="test", lang="ko")
    with unit_of_work(reader) as s:
        who = access.principal(s, reader)
    assert not who.may_write
    try:
        access.require_write(who)
    except access.DomainError as exc:
        assert "reader" in exc.message("en") and "read-only" in exc.message("en")
    else:
        raise AssertionError("a viewer was allowed to write")


def test_unknown_login_is_admin_for_the_owner_of_the_database(ctx: Context) -> None:
    # The tests connect as the file's owner (SQLite) or a PostgreSQL superuser: the one who can
    # create the first admin. An ordinary server role is a viewer: tests/test_permissions.py.
    stranger = Context(db=ctx.db, actor="nobody-registered", source="test")
    with unit_of_work(stranger) as s:
        who = access.principal(s, stranger)
    assert who.role is Role.ADMIN
