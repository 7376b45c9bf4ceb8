"""Where investors already are in Korea, and the recommendations a delegation's leader set aside.

Apart from domain/models.py so that branches adding tables merge; imported by one line at its
bottom so the tables are part of the one metadata.
"""

# No `from __future__ import annotations`: SQLAlchemy would evaluate every annotation as a string
# (see domain/models.py); a class named before it is defined is quoted.

import uuid
from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kotra_invest.domain.base import Base, Synced
from kotra_invest.domain.models import Fez, Province


class InvestorSite(Synced, Base):
    """A site an investor already runs in Korea: a province, and the FEZ it lies in if any.

    The expansion prospects a delegation's lead province looks for ("already invests in Daejeon").
    """

    __tablename__ = "investor_site"
    __table_args__ = (UniqueConstraint("investor_id", "province_id", "fez_id"),)
    investor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("investor.id"), index=True)
    province_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("province.id"), index=True)
    fez_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("fez.id"), index=True)
    note: Mapped[str | None] = mapped_column(String(200))

    province: Mapped[Province] = relationship()
    fez: Mapped[Fez | None] = relationship()


class RecommendationDismissal(Synced, Base):
    """An investor the leader set aside for one delegation: it stays out of that trip's
    recommendations (a tombstone brings it back), and other trips still see it."""

    __tablename__ = "recommendation_dismissal"
    __table_args__ = (UniqueConstraint("delegation_id", "investor_id"),)
    delegation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("delegation.id"), index=True)
    investor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("investor.id"), index=True)


class InvestorSignal(Base):
    """What the recommendation ranking reads per investor, kept by triggers from the source
    tables (store/investor_signal.py): only what every officer may see, so it is a bound the
    ranking refines with the signed-in officer's confidential projects. Never written by the app."""

    __tablename__ = "investor_signal"
    investor_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    best_stage: Mapped[int | None]  # the furthest open stage's sort order
    last_fdi_on: Mapped[date | None] = mapped_column(Date)
    last_met: Mapped[datetime | None]
    last_met_delegation_id: Mapped[uuid.UUID | None]
    open_grievances: Mapped[int] = mapped_column(default=0, server_default="0")
