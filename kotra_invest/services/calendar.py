"""How far each itinerary item has been edited: what a calendar file needs so phones update."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from kotra_invest.domain.models import ItineraryItem
from kotra_invest.services.unit_of_work import Context, unit_of_work


@dataclass(frozen=True)
class Revision:
    """An item's edit count and times: SEQUENCE, CREATED and LAST-MODIFIED of its event."""

    version: int  # 1 when created, +1 per save (the record's optimistic-locking counter)
    created_at: datetime
    updated_at: datetime
    title: str = ""  # as stored: an English pack may show a title built from the item instead


def itinerary_revisions(ctx: Context, delegation_id: uuid.UUID) -> dict[uuid.UUID, Revision]:
    """Each live item of the delegation's itinerary, by id."""
    with unit_of_work(ctx) as session:
        rows = session.execute(
            select(
                ItineraryItem.id,
                ItineraryItem.version,
                ItineraryItem.created_at,
                ItineraryItem.updated_at,
                ItineraryItem.title,
            ).where(ItineraryItem.delegation_id == delegation_id, ItineraryItem.deleted_at.is_(None))
        )
        return {
            item_id: Revision(version, created, updated, title) for item_id, version, created, updated, title in rows
        }
