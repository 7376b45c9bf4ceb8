"""Handing investors to another officer: one or a whole selection in one audited action."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping

from sqlalchemy import select

from kotra_invest.domain.errors import NotFound
from kotra_invest.domain.models import Investor, Officer
from kotra_invest.services import access
from kotra_invest.services.records import officer_id
from kotra_invest.services.unit_of_work import Context, unit_of_work


def change_owner(ctx: Context, investor_ids: Iterable[uuid.UUID], login: str | None) -> dict[uuid.UUID, str | None]:
    """Make `login` (None: nobody) the owner of every investor given; returns each one's previous
    owner's login, which `restore_owners` takes to undo. All or nothing: one investor the user may
    not edit refuses the whole change."""
    with unit_of_work(ctx) as session:
        who = access.principal(session, ctx)
        new_owner = officer_id(session, login)
        previous: dict[uuid.UUID, str | None] = {}
        for investor_id in investor_ids:
            investor = session.get(Investor, investor_id)
            if investor is None or investor.deleted_at is not None:
                raise NotFound("investor", investor_id)
            access.require_edit_investor(session, who, investor)
            previous[investor.id] = (
                session.scalar(select(Officer.login).where(Officer.id == investor.owner_id))
                if investor.owner_id
                else None
            )
            investor.owner_id = new_owner
        session.commit()
        return previous


def restore_owners(ctx: Context, owners: Mapping[uuid.UUID, str | None]) -> None:
    """Give each investor back the owner it had (the undo of `change_owner`)."""
    with unit_of_work(ctx) as session:
        who = access.principal(session, ctx)
        access.require_write(who)
        logins = {login: officer_id(session, login) for login in set(owners.values())}
        for investor_id, login in owners.items():
            investor = session.get(Investor, investor_id)
            if investor is None:
                raise NotFound("investor", investor_id)
            investor.owner_id = logins[login]
        session.commit()
