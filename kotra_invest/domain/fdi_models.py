"""Dated exchange rates: how a non-USD FDI tranche becomes USD in the ministry's tables.

A tranche converts at the most recent rate on or before its date; a tranche with no such rate
is reported as unconverted, never counted as 0.
"""

# No `from __future__ import annotations`: SQLAlchemy would evaluate every annotation as a string
# (see domain/models.py); a class named before it is defined is quoted.

from datetime import date
from decimal import Decimal

from sqlalchemy import Date, Numeric, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from kotra_invest.domain.base import Base, Synced


class ExchangeRate(Synced, Base):
    """One dated rate: 1 USD = `units_per_usd` of `currency` (KRW 1,380; EUR 0.92; JPY 150)."""

    __tablename__ = "exchange_rate"
    __table_args__ = (UniqueConstraint("currency", "on_date"),)
    currency: Mapped[str] = mapped_column(String(3))
    on_date: Mapped[date] = mapped_column(Date)
    units_per_usd: Mapped[Decimal] = mapped_column(Numeric(20, 8))
    source: Mapped[str | None] = mapped_column(String(160))  # e.g. 서울외국환중개 매매기준율
