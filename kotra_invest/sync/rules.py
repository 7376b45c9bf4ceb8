"""The domain rules a value from a mission pack must pass before it comes home: the save's own.

A pack is an SQLite file on a laptop abroad; anything can be written into it. The merge checks
each incoming record with the same checks the services run on a save (services.validation and
the itinerary's clock rules), so nothing reaches home that the desktop could not have saved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kotra_invest.domain.errors import ValidationError
from kotra_invest.services import validation as check
from kotra_invest.services.delegations import _exists_on_the_clock


@dataclass(frozen=True)
class Rule:
    """One check over some fields of a record; `droppable`: the record is valid without the value."""

    fields: tuple[str, ...]
    test: Callable[[dict[str, Any]], object]  # raises ValidationError; what it returns is unused
    droppable: bool = False


def _required(name: str, max_length: int | None = None) -> Rule:
    return Rule((name,), lambda r: check.required_text(r.get(name), name, max_length=max_length))


def _optional(name: str, test: Callable[[Any, str], Any]) -> Rule:
    return Rule((name,), lambda r: test(r.get(name), name), droppable=True)


def _amount(name: str, *, required: bool) -> Rule:
    def test(record: dict[str, Any]) -> None:
        if record.get(name) is None:
            if required:
                raise ValidationError("required", field=name)
            return
        check.amount(record[name], name)

    return Rule((name,), test, droppable=not required)


def _currency(name: str) -> Rule:
    def test(record: dict[str, Any]) -> None:
        value = record.get(name)
        if value is not None and check.currency(value, name) != value:
            raise ValidationError("invalid_currency", field=name, value=value)  # "usd" is stored as "USD"

    return Rule((name,), test)


def _probability(record: dict[str, Any]) -> None:
    value = record.get("probability")
    if value is not None:
        check.probability(value)


def _dates(start: str, end: str) -> Rule:
    return Rule((start, end), lambda r: check.date_range(r.get(start), r.get(end)))


def _time_zone(record: dict[str, Any]) -> None:
    check.time_zone(record.get("time_zone"))


def _itinerary_times(record: dict[str, Any]) -> None:
    """As delegations.add_itinerary_item: an end not before the start, both on the city's clocks."""
    starts, ends, zone = record.get("starts_local"), record.get("ends_local"), record.get("time_zone")
    if starts is None:
        raise ValidationError("required", field="starts_local")
    if starts.tzinfo is not None:
        raise ValidationError("invalid_value", field="starts_local", value="give the local wall-clock time")
    if ends is not None and ends < starts:
        raise ValidationError("date_order", field="ends_local")
    try:
        zone = check.time_zone(zone)
    except ValidationError:
        return  # the zone's own rule reports it; without a zone there is no clock to check against
    for name, moment in (("starts_local", starts), ("ends_local", ends)):
        if moment is not None and not _exists_on_the_clock(moment, zone):
            raise ValidationError("nonexistent_local_time", field=name, value=moment.isoformat(" ", "minutes"))


RULES: dict[str, tuple[Rule, ...]] = {
    "investor": (_required("name", 200),),
    "contact": (_required("full_name", 160), _optional("email", check.email)),
    "project": (
        _required("title", 200),
        _amount("capex_amount", required=False),
        _currency("capex_currency"),
        Rule(("probability",), _probability),
    ),
    "fdi_amount": (_amount("amount", required=True), _currency("currency")),
    "delegation": (_required("title", 200), _dates("starts_on", "ends_on")),
    "delegation_destination": (_required("city", 120), Rule(("time_zone",), _time_zone)),
    "delegation_member": (_required("name", 120),),
    "interaction": (_required("summary"),),
    "task": (_required("title", 200),),
    "itinerary_item": (
        _required("title", 200),
        Rule(("time_zone",), _time_zone),
        Rule(("starts_local", "ends_local", "time_zone"), _itinerary_times),
    ),
}


def problems(entity: str, record: dict[str, Any]) -> list[tuple[Rule, ValidationError]]:
    """Each rule the record breaks, with the save's own error (empty: it could have been saved)."""
    found = []
    for rule in RULES.get(entity, ()):
        try:
            rule.test(record)
        except ValidationError as exc:
            found.append((rule, exc))
    return found
