"""A small delegation with investors, people, projects and meetings, for the mission pack tests."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import select, text

from kotra_invest.domain.base import Base
from kotra_invest.domain.enums import (
    FdiKind,
    InteractionKind,
    ItineraryKind,
    OfficeKind,
    ProjectType,
    Role,
)
from kotra_invest.domain.models import (
    Contact,
    Delegation,
    FdiAmount,
    Fez,
    Interaction,
    Investor,
    ItineraryItem,
    MeetingTarget,
    Office,
    Officer,
    PipelineStage,
    Project,
)
from kotra_invest.services.database import connect
from kotra_invest.services.delegations import DelegationDraft, DestinationDraft, create_delegation
from kotra_invest.services.unit_of_work import Context, unit_of_work
from kotra_invest.store.engine import Database

T = TypeVar("T", bound=Base)

DRAFT = DelegationDraft(
    title="대전 AI·로봇 투자유치단",
    title_en="Daejeon AI & Robotics Delegation",
    year=2026,
    lead_province_codes=("KR-30",),
    target_industry_code="ROBOT",
    starts_on=date(2026, 4, 12),
    ends_on=date(2026, 4, 19),
    destinations=(DestinationDraft("US", "San Jose", "America/Los_Angeles"),),
)


@dataclass(frozen=True)
class Mission:
    delegation: uuid.UUID
    acme: uuid.UUID  # a meeting target
    borg: uuid.UUID  # a meeting target
    cyber: uuid.UUID  # met in the itinerary only
    outsider: uuid.UUID  # not part of the delegation
    contact: uuid.UUID  # at Acme
    project: uuid.UUID  # Acme's open project
    secret: uuid.UUID  # Acme's confidential project, owned by someone of another office
    interaction: uuid.UUID


def build_home(ctx: Context) -> Mission:
    """The home database before the trip; `ctx.actor` is an officer who may write."""
    with unit_of_work(ctx) as s:
        seoul = s.scalar(select(Office).where(Office.kind == OfficeKind.HEADQUARTERS)) or s.scalar(select(Office))
        other = s.scalar(select(Office).where(Office.id != seoul.id))
        s.add(Officer(login=ctx.actor, name="Tester", role=Role.OFFICER, office_id=seoul.id))
        s.add(Officer(login="abroad", name="Field Officer", role=Role.OFFICER, office_id=seoul.id))
        keeper = Officer(login="keeper", name="Secret Keeper", role=Role.OFFICER, office_id=other.id)
        s.add(keeper)
        s.commit()
        keeper_id = keeper.id
    delegation = create_delegation(ctx, DRAFT)
    # The records around it are seeded as the database's administrator would have them: one of
    # them (the confidential project) belongs to another office, which ctx.actor may not create.
    with unit_of_work(Context(db=ctx.db, actor="home-admin", source=ctx.source)) as s:
        stage = s.scalar(select(PipelineStage).order_by(PipelineStage.sort_order))
        acme = Investor(name="Acme Robotics", notes="first contact at CES")
        borg = Investor(name="Borg Batteries")
        cyber = Investor(name="Cyberdyne Systems")
        outsider = Investor(name="Outsider Pharma")
        s.add_all([acme, borg, cyber, outsider])
        s.flush()
        contact = Contact(investor_id=acme.id, full_name="Ada Lovelace", job_title="CFO")
        project = Project(
            investor_id=acme.id,
            title="Daejeon plant",
            project_type=ProjectType.GREENFIELD,
            stage_id=stage.id,
            capex_amount=Decimal("120000000.00"),
        )
        secret = Project(
            investor_id=acme.id,
            title="Project Falcon real name",
            project_type=ProjectType.MNA,
            stage_id=stage.id,
            confidential=True,
            code_name="FALCON",
            owner_id=keeper_id,
        )
        s.add_all([contact, project, secret])
        s.flush()
        s.add(
            FdiAmount(
                project_id=project.id, kind=FdiKind.NOTIFIED, amount=Decimal("5000000.00"), on_date=date(2026, 1, 5)
            )
        )
        s.add(FdiAmount(project_id=secret.id, kind=FdiKind.NOTIFIED, amount=Decimal("9.00"), on_date=date(2026, 1, 5)))
        meeting = Interaction(
            investor_id=acme.id,
            contact_id=contact.id,
            kind=InteractionKind.MEETING,
            occurred_at=datetime(2026, 2, 1, 9, tzinfo=UTC),
            summary="Intro call",
        )
        s.add(meeting)
        s.add_all([MeetingTarget(delegation_id=delegation, investor_id=i.id) for i in (acme, borg)])
        s.add(
            ItineraryItem(
                delegation_id=delegation,
                kind=ItineraryKind.MEETING,
                title="Cyberdyne HQ",
                starts_local=datetime(2026, 4, 13, 10),
                time_zone="America/Los_Angeles",
                investor_id=cyber.id,
            )
        )
        s.commit()
        return Mission(
            delegation, acme.id, borg.id, cyber.id, outsider.id, contact.id, project.id, secret.id, meeting.id
        )


def open_pack_ctx(path: Path, passphrase: str | None = None, actor: str = "abroad") -> Context:
    """The pack as the laptop opens it abroad: like any database."""
    return Context(db=connect(f"sqlite:///{path}", passphrase=passphrase), actor=actor, source="desktop")


def edit(ctx: Context, model: type[T], record_id: uuid.UUID, **values: Any) -> None:
    with unit_of_work(ctx) as s:
        obj = s.get(model, record_id)
        assert obj is not None
        for key, value in values.items():
            setattr(obj, key, value)
        s.commit()


def add(ctx: Context, obj: Base) -> uuid.UUID:
    with unit_of_work(ctx) as s:
        s.add(obj)
        s.commit()
        return obj.id  # type: ignore[attr-defined,no-any-return]


def get(ctx: Context, model: type[T], record_id: uuid.UUID) -> T:
    with unit_of_work(ctx) as s:
        obj = s.get(model, record_id)
        assert obj is not None
        return obj


def fezs_of(ctx: Context, delegation_id: uuid.UUID) -> set[str]:
    with unit_of_work(ctx) as s:
        return {f.code for f in s.get(Delegation, delegation_id).fezs}  # type: ignore[union-attr]


def set_fezs(ctx: Context, delegation_id: uuid.UUID, codes: set[str]) -> None:
    with unit_of_work(ctx) as s:
        delegation = s.get(Delegation, delegation_id)
        assert delegation is not None
        delegation.fezs = list(s.scalars(select(Fez).where(Fez.code.in_(codes))))
        s.commit()


TABLES = ("investor", "contact", "project", "fdi_amount", "interaction", "task", "delegation", "delegation_fez",
          "itinerary_item", "meeting_target", "audit_log", "app_setting")  # fmt: skip


def fingerprint(db: Database) -> str:
    """Everything a merge could touch, hashed: equal means the database is exactly as it was."""
    digest = hashlib.sha256()
    with db.engine.connect() as conn:
        for table in TABLES:
            rows = conn.execute(text(f"SELECT * FROM {table}")).all()
            for row in sorted(repr(tuple(row)) for row in rows):
                digest.update(row.encode())
    return digest.hexdigest()
