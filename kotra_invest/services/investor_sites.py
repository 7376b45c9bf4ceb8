"""Where an investor is: its headquarters' city and the sites it already runs in Korea.

The HQ city is kept as the reference list's English name when the list knows it (domain/cities),
so that it matches a delegation's destinations whatever language it was typed in; a city the
list does not know is kept as written, and location matching then falls back to the country.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kotra_invest.domain.base import utcnow
from kotra_invest.domain.cities import City, find_city
from kotra_invest.domain.errors import ValidationError
from kotra_invest.domain.models import Fez, Province
from kotra_invest.domain.recommend_models import InvestorSite
from kotra_invest.services import validation as check


@dataclass(frozen=True)
class SiteDraft:
    """A Korean site: a province's ISO code (e.g. KR-30) and, if it lies in one, a FEZ's code."""

    province_code: str
    fez_code: str | None = None


@dataclass(frozen=True)
class SiteRow:
    province_code: str
    province: str
    fez_code: str | None
    fez: str | None

    def label(self) -> str:
        return f"{self.province} ({self.fez})" if self.fez else self.province


def listed_city(country_code: str | None, hq_city: str | None) -> City | None:
    """The reference list's city the text names (English or Korean), in the investor's country."""
    if not country_code or not hq_city:
        return None
    return find_city(country_code, hq_city)


def normalised_hq_city(country_code: str | None, text: str | None) -> str | None:
    """What is stored: the listed city's English name, else the text as written (trimmed)."""
    value = check.text(text, "hq_city", max_length=120)
    if value is None:
        return None
    city = listed_city(country_code, value)
    return city.name_en if city else value


def hq_city_label(country_code: str | None, hq_city: str | None, lang: str) -> str | None:
    """The HQ city in the officer's language when the list knows it, else as it was written."""
    city = listed_city(country_code, hq_city)
    return city.name(lang) if city else hq_city


def site_rows(session: Session, investor_ids: Iterable[uuid.UUID], lang: str) -> dict[uuid.UUID, list[SiteRow]]:
    """Each investor's live Korean sites, in province order."""
    ids = list(investor_ids)
    out: dict[uuid.UUID, list[SiteRow]] = {i: [] for i in ids}
    if not ids:
        return out
    query = (
        select(
            InvestorSite.investor_id,
            Province.code,
            Province.name_ko,
            Province.name_en,
            Fez.code,
            Fez.name_ko,
            Fez.name_en,
        )
        .join(Province, Province.id == InvestorSite.province_id)
        .outerjoin(Fez, Fez.id == InvestorSite.fez_id)
        .where(InvestorSite.investor_id.in_(ids), InvestorSite.deleted_at.is_(None))
        .order_by(Province.sort_order, Fez.sort_order)
    )
    for inv, pcode, pko, pen, fcode, fko, fen in session.execute(query):
        out[inv].append(
            SiteRow(pcode, pko if lang == "ko" else pen, fcode, (fko if lang == "ko" else fen) if fcode else None)
        )
    return out


def resolve_sites(session: Session, drafts: Iterable[SiteDraft]) -> set[tuple[uuid.UUID, uuid.UUID | None]]:
    """The (province id, FEZ id) pairs the drafts name; an unknown code is a validation error."""
    provinces = dict(session.execute(select(Province.code, Province.id)).all())
    fezs = dict(session.execute(select(Fez.code, Fez.id)).all())
    wanted: set[tuple[uuid.UUID, uuid.UUID | None]] = set()
    for draft in drafts:
        province = provinces.get(draft.province_code.strip().upper())
        if province is None:
            raise ValidationError("invalid_value", field="korean_sites", value=draft.province_code)
        fez = None
        if draft.fez_code:
            fez = fezs.get(draft.fez_code.strip().upper())
            if fez is None:
                raise ValidationError("invalid_value", field="korean_sites", value=draft.fez_code)
        wanted.add((province, fez))
    return wanted


def write_sites(session: Session, investor_id: uuid.UUID, wanted: set[tuple[uuid.UUID, uuid.UUID | None]]) -> None:
    """Make the investor's live sites exactly `wanted`: new ones added, old ones revived or
    tombstoned (a delete travels in mission packs like any other)."""
    existing = {
        (s.province_id, s.fez_id): s
        for s in session.scalars(select(InvestorSite).where(InvestorSite.investor_id == investor_id))
    }
    for key, site in existing.items():
        if key in wanted and site.deleted_at is not None:
            site.deleted_at = None
        elif key not in wanted and site.deleted_at is None:
            site.deleted_at = utcnow()
    for province, fez in wanted - existing.keys():
        session.add(InvestorSite(investor_id=investor_id, province_id=province, fez_id=fez))


def site_drafts(session: Session, investor_id: uuid.UUID) -> tuple[SiteDraft, ...]:
    return tuple(SiteDraft(r.province_code, r.fez_code) for r in site_rows(session, [investor_id], "en")[investor_id])
