"""The project page in one call: the project, its 신고/도착 tranches and totals, its dated stage
history with reasons, its meetings and its tasks (one unit of work: one consistent moment)."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from kotra_invest.domain.enums import FdiKind
from kotra_invest.domain.errors import NotFound
from kotra_invest.domain.models import Interaction, Project, Task
from kotra_invest.services import access
from kotra_invest.services import interactions as interaction_rows
from kotra_invest.services import projects as project_rows
from kotra_invest.services import tasks as task_rows
from kotra_invest.services.page_models import FdiAmountRow, FdiSum, FdiTotal, ProjectPage, StageChange
from kotra_invest.services.records import visible_project
from kotra_invest.services.unit_of_work import Context, unit_of_work


def totals(tranches: list[FdiAmountRow], lang: str) -> tuple[FdiTotal, ...]:
    """신고 and 도착: USD summed; other currencies summed per currency and shown unconverted."""
    result = []
    for kind in (FdiKind.NOTIFIED, FdiKind.ARRIVED):
        mine = [t for t in tranches if t.kind == kind.value]
        usd = sum((t.amount for t in mine if t.currency == "USD"), Decimal(0))
        others: dict[str, Decimal] = {}
        for t in mine:
            if t.currency != "USD":
                others[t.currency] = others.get(t.currency, Decimal(0)) + t.amount
        result.append(
            FdiTotal(
                kind.value, kind.label(lang), usd, tuple(FdiSum(kind.value, c, v) for c, v in sorted(others.items()))
            )
        )
    return tuple(result)


def project_page(ctx: Context, project_id: uuid.UUID, *, today: date | None = None) -> ProjectPage:
    """Everything the project window shows; NotFound for a missing, deleted or hidden project."""
    lang = ctx.lang
    with unit_of_work(ctx) as session:
        who = access.principal(session, ctx)
        project = visible_project(session, who, project_id)
        fetched = session.execute(project_rows.rows_query(lang, who).where(Project.id == project_id)).all()
        if not fetched:  # the investor was deleted: the project goes with it
            raise NotFound("project", project_id)
        row = project_rows.to_rows(session, fetched, lang)[0]
        tranches = project_rows.amount_rows(session, lang, project_id)
        stages = project_rows.stage_changes(session, lang, project_id)
        meetings = session.execute(
            interaction_rows.rows_query(lang, who)
            .where(Interaction.project_id == project_id)
            .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
        ).all()
        task_query = task_rows.rows_query(lang, who).where(Task.project_id == project_id)
        tasks = task_rows.to_rows(session.execute(task_query).all(), lang, today or date.today())
        lost_reason = project.lost_reason
        if not stages or stages[-1].to_stage != row.stage:
            # Records from a file import or the demo have no recorded move: their stage is still dated.
            stages.append(
                StageChange(
                    at=project.created_at,
                    on_date=row.stage_since,
                    from_stage=stages[-1].to_stage if stages else None,
                    to_stage=row.stage,
                    actor=project.updated_by or "",
                    reason=lost_reason,
                )
            )
    return ProjectPage(
        row=row,
        lost_reason=lost_reason,
        tranches=tuple(tranches),
        totals=totals(tranches, lang),
        stages=tuple(stages),
        meetings=tuple(interaction_rows.to_row(m, lang) for m in meetings),
        tasks=tuple(sorted(tasks, key=lambda t: t.status != "open")),
    )
