"""Test helper: the officers of two teams, so permission rules hold on both engines.

On PostgreSQL an actor with no officer record may only read, so service tests that write first
register the test's actor ("tester") as an officer.
"""

from __future__ import annotations

import uuid

from kotra_invest.domain.enums import OfficeKind, Role
from kotra_invest.domain.models import Office, Officer
from kotra_invest.services.unit_of_work import Context, unit_of_work


def team(ctx: Context) -> dict[str, uuid.UUID]:
    """tester and mate work in Seoul, other in Busan; boss is an admin, reader a viewer."""
    with unit_of_work(ctx) as s:
        seoul = Office(code="T-SEL", name_ko="서울", name_en="Seoul", kind=OfficeKind.HEADQUARTERS)
        busan = Office(code="T-PUS", name_ko="부산", name_en="Busan", kind=OfficeKind.REGIONAL_HQ)
        s.add_all([seoul, busan])
        s.flush()
        people = {
            "tester": Officer(
                login="tester", name="김담당", name_en="Kim Officer", role=Role.OFFICER, office_id=seoul.id
            ),
            "mate": Officer(login="mate", name="이동료", name_en="Lee Mate", role=Role.OFFICER, office_id=seoul.id),
            "other": Officer(login="other", name="박부산", name_en="Park Busan", role=Role.OFFICER, office_id=busan.id),
            "boss": Officer(login="boss", name="최관리", name_en="Choi Admin", role=Role.ADMIN),
            "reader": Officer(login="reader", name="정열람", name_en="Jung Reader", role=Role.VIEWER),
        }
        s.add_all(people.values())
        s.commit()
        return {login: officer.id for login, officer in people.items()}


def acting(ctx: Context, login: str, lang: str | None = None) -> Context:
    return Context(db=ctx.db, actor=login, source="test", lang=lang or ctx.lang)
