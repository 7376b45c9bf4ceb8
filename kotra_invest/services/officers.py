"""Officers: who is signed in, and the record that carries their name into the audit trail."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from kotra_invest.domain.enums import Role
from kotra_invest.domain.models import Officer
from kotra_invest.services.unit_of_work import Context, unit_of_work


def ensure_officer(ctx: Context, *, name: str | None = None, role: Role = Role.OFFICER) -> uuid.UUID:
    """The id of the officer signed in as `ctx.actor`, registering them on first use.

    On the embedded database the person at the keyboard is its only user; the shared server's
    sign-in and roles build on this record.
    """
    with unit_of_work(ctx) as session:
        found = session.scalar(select(Officer.id).where(Officer.login == ctx.actor))
        if found is not None:
            return found
        officer = Officer(login=ctx.actor, name=name or ctx.actor, role=role)
        session.add(officer)
        session.commit()
        return officer.id
