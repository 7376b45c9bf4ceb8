"""The investor page in one call: company facts, people, projects with 신고/도착, timeline, tasks.

One unit of work reads everything, so the page shows one consistent moment. Projects the caller
may not see (confidential, another team) are left out, and so are interactions and tasks about them.
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from kotra_invest.domain.enums import TaskStatus
from kotra_invest.domain.models import Delegation, Investor, MeetingTarget, Project, Task
from kotra_invest.services import access, access_log
from kotra_invest.services import projects as project_rows
from kotra_invest.services import tasks as task_rows
from kotra_invest.services.contacts import contacts_of
from kotra_invest.services.interactions import timeline_rows
from kotra_invest.services.investor_sites import hq_city_label, site_drafts, site_rows
from kotra_invest.services.investors import InvestorDraft
from kotra_invest.services.page_models import InvestorPage
from kotra_invest.services.records import live, officer_login
from kotra_invest.services.unit_of_work import Context, unit_of_work


def get_investor(ctx: Context, investor_id: uuid.UUID) -> tuple[InvestorDraft, int]:
    """The investor as an editable draft and the version it was read at (for reload / overwrite);
    save it with `investors.update_investor(ctx, id, version, draft)`."""
    with unit_of_work(ctx) as session:
        inv = live(session, Investor, investor_id, "investor")
        draft = InvestorDraft(
            name=inv.name,
            name_ko=inv.name_ko,
            country_code=inv.country.code if inv.country else None,
            industry_code=inv.industry.code if inv.industry else None,
            size=inv.size,
            website=inv.website,
            owner_login=officer_login(session, inv.owner_id),
            tags=tuple(inv.tags or ()),
            in_korea=inv.in_korea,
            notes=inv.notes,
            # Shown as "same as the parent's" when it is: it then follows the parent's country.
            direct_country_code=(
                inv.direct_country.code if inv.direct_country and inv.direct_country_id != inv.country_id else None
            ),
            hq_city=inv.hq_city,
            sites=site_drafts(session, inv.id),
        )
        return draft, inv.version


def investor_page(
    ctx: Context, investor_id: uuid.UUID, *, today: date | None = None, timeline_limit: int = 30
) -> InvestorPage:
    """Everything the investor page shows. Raises NotFound for a missing or deleted investor.

    The timeline holds the newest `timeline_limit` interactions; when `timeline_more` is true, page
    on with `interactions.timeline(ctx, id, after=Cursor(last.occurred_at, last.id))`."""
    lang = ctx.lang
    today = today or date.today()
    with unit_of_work(ctx) as session:
        who = access.principal(session, ctx)
        inv = live(session, Investor, investor_id, "investor")
        contacts = contacts_of(session, investor_id, lang)
        fetched = session.execute(
            project_rows.rows_query(lang, who)
            .where(Project.investor_id == investor_id)
            .order_by(Project.stage_since.is_(None), Project.stage_since.desc(), Project.title, Project.id)
        ).all()
        projects = project_rows.to_rows(session, fetched, lang)
        timeline, more = timeline_rows(session, who, lang, investor_id, None, timeline_limit)
        tasks = task_rows.to_rows(
            session.execute(
                task_rows.rows_query(lang, who).where(Task.investor_id == investor_id, Task.status == TaskStatus.OPEN)
            ).all(),
            lang,
            today,
        )
        delegations = session.execute(
            select(Delegation.id, Delegation.title, Delegation.title_en, MeetingTarget.status, Delegation.year)
            .join(MeetingTarget, MeetingTarget.delegation_id == Delegation.id)
            .where(
                MeetingTarget.investor_id == investor_id,
                MeetingTarget.deleted_at.is_(None),
                Delegation.deleted_at.is_(None),
            )
            .order_by(Delegation.starts_on.desc(), Delegation.title)
        ).all()
        # The window lists the contacts' names, e-mails and phones: a view of their personal data.
        access_log.record(
            ctx, access_log.VIEW, "investor_window", [c.id for c in contacts], subject=inv.id, session=session
        )
        session.commit()
        return InvestorPage(
            id=inv.id,
            version=inv.version,
            name=inv.name,
            name_ko=inv.name_ko,
            country_code=inv.country.code if inv.country else None,
            country=inv.country.name(lang) if inv.country else None,
            direct_country=inv.direct_country.name(lang) if inv.direct_country else None,
            industry=inv.industry.name(lang) if inv.industry else None,
            size=inv.size.value if inv.size else None,
            size_label=inv.size.label(lang) if inv.size else None,
            website=inv.website,
            owner=(inv.owner.name if lang == "ko" else inv.owner.name_en or inv.owner.name) if inv.owner else None,
            tags=tuple(inv.tags or ()),
            in_korea=inv.in_korea,
            notes=inv.notes,
            hq_city=hq_city_label(inv.country.code if inv.country else None, inv.hq_city, lang),
            korean_sites=tuple(site.label() for site in site_rows(session, [inv.id], lang)[inv.id]),
            contacts=tuple(contacts),
            projects=tuple(projects),
            notified_usd=sum((p.notified_usd for p in projects), Decimal(0)),
            arrived_usd=sum((p.arrived_usd for p in projects), Decimal(0)),
            timeline=tuple(timeline),
            timeline_more=more,
            open_tasks=tuple(tasks),
            # Titles repeat year after year ("경남 로봇 투자유치단"): the year tells them apart.
            delegations=tuple(
                (d_id, _with_year(title if lang == "ko" or not title_en else title_en, year), status.label(lang))
                for d_id, title, title_en, status, year in delegations
            ),
        )


def _with_year(title: str, year: int) -> str:
    return title if str(year) in title else f"{title} ({year})"
