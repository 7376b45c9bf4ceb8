"""Dated exchange rates: the editable table, its CSV import, and converting a tranche to USD.

A non-USD tranche converts at the most recent rate of its currency on or before its date. A
tranche with no such rate is *unconverted*: it is listed, never counted as 0, so a total always
says which rates it used and what it left out. Each converted tranche is rounded to the cent
(half up) before it is summed, so a table's cells add up to its totals exactly.
"""

from __future__ import annotations

import bisect
import csv
import io
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kotra_invest.catalog import msg
from kotra_invest.domain.currencies import is_currency
from kotra_invest.domain.errors import ValidationError
from kotra_invest.domain.fdi_models import ExchangeRate
from kotra_invest.services.read_models import RateUsed, Unconverted
from kotra_invest.services.unit_of_work import Context, unit_of_work

CENT = Decimal("0.01")


@dataclass(frozen=True)
class RateRow:
    """A rate as the table shows it: 1 USD = units_per_usd of currency, from on_date on."""

    id: uuid.UUID
    currency: str
    on_date: date
    units_per_usd: Decimal
    source: str | None


@dataclass
class Conversion:
    """What a total used: the rates, and the tranches it could not convert."""

    rates_used: set[RateUsed] = field(default_factory=set)
    unconverted: list[Unconverted] = field(default_factory=list)

    def merged(self, other: Conversion) -> Conversion:
        return Conversion(self.rates_used | other.rates_used, [*self.unconverted, *other.unconverted])


class RateBook:
    """All live rates, by currency in date order, for converting many tranches in one pass."""

    def __init__(self, rates: dict[str, list[tuple[date, Decimal]]]) -> None:
        self._rates = {cur: sorted(rows) for cur, rows in rates.items()}
        self._dates = {cur: [d for d, _ in rows] for cur, rows in self._rates.items()}

    def rate_for(self, currency: str, on: date) -> RateUsed | None:
        dates = self._dates.get(currency)
        if not dates:
            return None
        i = bisect.bisect_right(dates, on)
        if i == 0:
            return None  # every rate is later than the tranche
        rate_date, units = self._rates[currency][i - 1]
        return RateUsed(currency, rate_date, units)

    def to_usd(self, amount: Decimal, currency: str, on: date, used: Conversion) -> Decimal | None:
        """`amount` in USD (to the cent), noting the rate in `used`; None (and noted) without a rate."""
        if currency == "USD":
            return Decimal(amount)
        rate = self.rate_for(currency, on)
        if rate is None:
            used.unconverted.append(Unconverted(currency, on, Decimal(amount)))
            return None
        used.rates_used.add(rate)
        return (Decimal(amount) / rate.units_per_usd).quantize(CENT, rounding=ROUND_HALF_UP)


def load_rate_book(session: Session) -> RateBook:
    rates: dict[str, list[tuple[date, Decimal]]] = defaultdict(list)
    for currency, on, units in session.execute(
        select(ExchangeRate.currency, ExchangeRate.on_date, ExchangeRate.units_per_usd).where(
            ExchangeRate.deleted_at.is_(None)
        )
    ):
        rates[currency].append((on, plain(Decimal(str(units)))))
    return RateBook(rates)


def plain(value: Decimal) -> Decimal:
    """1400.00000000 -> 1400, 0.92000000 -> 0.92: the rate as written, never 1.4E+3."""
    return Decimal(format(value.normalize(), "f"))


def _row(r: ExchangeRate) -> RateRow:
    return RateRow(r.id, r.currency, r.on_date, plain(Decimal(str(r.units_per_usd))), r.source)


def list_rates(ctx: Context, currency: str | None = None) -> list[RateRow]:
    with unit_of_work(ctx) as session:
        query = select(ExchangeRate).where(ExchangeRate.deleted_at.is_(None))
        if currency:
            query = query.where(ExchangeRate.currency == currency.strip().upper())
        rows = session.scalars(query.order_by(ExchangeRate.currency, ExchangeRate.on_date)).all()
        return [_row(r) for r in rows]


def check_rate(currency: str, on: date | None, units_per_usd: Decimal | str | None) -> tuple[str, date, Decimal]:
    """The rate's fields, checked: an ISO 4217 code other than USD, a date, a number above 0."""
    code = (currency or "").strip().upper()
    if not code:
        raise ValidationError("required", field="currency")
    if not is_currency(code):
        raise ValidationError("invalid_currency", value=currency)
    if code == "USD":
        raise ValidationError("rate_of_usd")
    if on is None:
        raise ValidationError("required", field="on_date")
    try:
        units = Decimal(str(units_per_usd).replace(",", "").strip()) if units_per_usd is not None else None
    except InvalidOperation:
        units = None
    if units is None or not units.is_finite() or units <= 0:
        raise ValidationError("invalid_rate", value=units_per_usd)
    return code, on, units


def _upsert(session: Session, code: str, on: date, units: Decimal, source: str | None) -> None:
    row = session.scalar(select(ExchangeRate).where(ExchangeRate.currency == code, ExchangeRate.on_date == on))
    if row is None:
        session.add(ExchangeRate(currency=code, on_date=on, units_per_usd=units, source=source))
        return
    row.units_per_usd = units
    row.deleted_at = None
    if source is not None:
        row.source = source


def set_rate(
    ctx: Context, currency: str, on: date | None, units_per_usd: Decimal | str, source: str | None = None
) -> RateRow:
    """Add the rate of `currency` on `on`, or replace the one already there."""
    code, day, units = check_rate(currency, on, units_per_usd)
    with unit_of_work(ctx) as session:
        _upsert(session, code, day, units, (source or "").strip() or None)
        session.commit()
        return _row(
            session.scalars(
                select(ExchangeRate).where(ExchangeRate.currency == code, ExchangeRate.on_date == day)
            ).one()
        )


def delete_rate(ctx: Context, rate_id: uuid.UUID) -> None:
    from kotra_invest.domain.base import utcnow

    with unit_of_work(ctx) as session:
        row = session.get(ExchangeRate, rate_id)
        if row is None or row.deleted_at is not None:
            raise ValidationError("not_found", entity="exchange rate", key=str(rate_id))
        row.deleted_at = utcnow()
        session.commit()


@dataclass(frozen=True)
class RateState:
    """What the table holds for one currency and date: a rate, or none (`units_per_usd` None)."""

    currency: str
    on_date: date
    units_per_usd: Decimal | None
    source: str | None


def rate_states(ctx: Context, keys: Iterable[tuple[str, date]]) -> list[RateState]:
    """The rates at these (currency, date) keys now: what an undo puts back."""
    wanted = {(c.strip().upper(), d) for c, d in keys}
    with unit_of_work(ctx) as session:
        held = {
            (r.currency, r.on_date): r
            for r in session.scalars(select(ExchangeRate).where(ExchangeRate.currency.in_({c for c, _d in wanted})))
            if (r.currency, r.on_date) in wanted and r.deleted_at is None
        }
    return [
        RateState(c, d, held[(c, d)].units_per_usd, held[(c, d)].source)
        if (c, d) in held
        else RateState(c, d, None, None)
        for c, d in sorted(wanted)
    ]


def restore_rates(ctx: Context, states: Iterable[RateState]) -> None:
    """Put these keys back as they were (a rate, or none): one audited transaction."""
    from kotra_invest.domain.base import utcnow

    with unit_of_work(ctx) as session:
        for state in states:
            row = session.scalar(
                select(ExchangeRate).where(
                    ExchangeRate.currency == state.currency, ExchangeRate.on_date == state.on_date
                )
            )
            if state.units_per_usd is None:
                if row is not None and row.deleted_at is None:
                    row.deleted_at = utcnow()
            elif row is None:
                session.add(
                    ExchangeRate(
                        currency=state.currency,
                        on_date=state.on_date,
                        units_per_usd=state.units_per_usd,
                        source=state.source,
                    )
                )
            else:
                row.units_per_usd, row.source, row.deleted_at = state.units_per_usd, state.source, None
            session.flush()
        session.commit()


# Headers a rates file may use, Korean or English; the first matching column wins.
_HEADERS = {
    "currency": ("currency", "ccy", "통화", "통화코드"),
    "on_date": ("date", "on_date", "일자", "기준일", "날짜", "고시일"),
    "units_per_usd": ("units", "rate", "per_usd", "perusd", "환율", "1달러당", "달러당", "매매기준율"),
    "source": ("source", "출처"),
}


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp949"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValidationError("rates_file_unreadable", reason=msg("services.fx", "not UTF-8 or CP949 text"))


def read_rates_file(path: Path) -> list[tuple[str, date, Decimal, str | None]]:
    """The rates of a CSV file (header row: currency, date, units per USD[, source]), all checked.

    Title rows above the header are skipped. Any bad row stops the whole file with its line.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError("rates_file_unreadable", reason=exc.strerror or str(exc)) from exc
    if data[:4] == b"PK\x03\x04" or data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise ValidationError(
            "rates_file_unreadable",
            reason=msg("services.fx", "a workbook (or a DRM-protected file), not CSV: save it as CSV first"),
        )
    rows = list(csv.reader(io.StringIO(_decode(data))))
    columns: dict[str, int] | None = None
    found: list[tuple[str, date, Decimal, str | None]] = []
    for line, cells in enumerate(rows, start=1):
        cells = [c.strip() for c in cells]
        if not any(cells):
            continue
        if columns is None:
            lowered = [c.lower().replace(" ", "") for c in cells]
            guess = {
                key: next((i for i, c in enumerate(lowered) if any(c.startswith(n) for n in names)), -1)
                for key, names in _HEADERS.items()
            }
            if min(guess["currency"], guess["on_date"], guess["units_per_usd"]) >= 0:
                columns = guess
            continue  # a title row, or the header itself

        def cell(key: str, cells: list[str] = cells, columns: dict[str, int] = columns) -> str:
            i = columns[key]
            return cells[i] if 0 <= i < len(cells) else ""

        try:
            on = date.fromisoformat(cell("on_date").replace(".", "-").replace("/", "-"))
        except ValueError:
            not_a_date = msg("services.fx", "not a date: {value}")
            raise ValidationError(
                "rates_file_row",
                line=line,
                reason_ko=not_a_date.text("ko", value=repr(cell("on_date"))),
                reason_en=not_a_date.text("en", value=repr(cell("on_date"))),
            ) from None
        try:
            code, day, units = check_rate(cell("currency"), on, cell("units_per_usd"))
        except ValidationError as exc:
            raise ValidationError(
                "rates_file_row", line=line, reason_ko=exc.message("ko"), reason_en=exc.message("en")
            ) from None
        found.append((code, day, units, cell("source") or None))
    if columns is None:
        raise ValidationError(
            "rates_file_unreadable",
            reason=msg("services.fx", "no header row with currency, date and rate columns"),
        )
    return found


def import_rates(ctx: Context, path: Path) -> int:
    """Add or replace every rate of the file in one transaction: all of them, or none."""
    rates = read_rates_file(path)
    with unit_of_work(ctx) as session:
        for code, day, units, source in rates:
            _upsert(session, code, day, units, source)
            session.flush()
        session.commit()
    return len(rates)
