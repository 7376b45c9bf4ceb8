"""The delegation's itinerary as an iCalendar file, for leaders' phones.

Each event keeps the city's own IANA zone (with its VTIMEZONE), so a phone shows 09:30 in San
Jose as 09:30 there and as the right hour at home.
"""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from kotra_invest import __version__
from kotra_invest.briefing.content import DelegationPack
from kotra_invest.files.atomic import replaced_atomically

# An itinerary entry without an end time shows as an hour-long block.
DEFAULT_LENGTH = timedelta(hours=1)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _text(value: str) -> str:
    """Text as iCalendar allows it: no control characters (RFC 5545 forbids them)."""
    return _CONTROL.sub(" ", value)


def itinerary_calendar(pack: DelegationPack) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", f"-//kotra-invest//{__version__}//KO")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", pack.title)
    for line in pack.itinerary:
        zone = ZoneInfo(line.time_zone)
        starts = line.starts_local.replace(tzinfo=zone)
        ends = line.ends_local.replace(tzinfo=zone) if line.ends_local else starts + DEFAULT_LENGTH
        event = Event()
        event.add("uid", f"{line.id or f'{pack.id}-{starts.isoformat()}'}@kotra-invest")
        event.add("dtstamp", pack.generated_at)
        event.add("dtstart", starts)
        event.add("dtend", ends)
        event.add("summary", _text(line.title))
        location = ", ".join(part for part in (line.venue, line.city) if part)
        if location:
            event.add("location", _text(location))
        details = [f"{pack.labels.get('kind', 'Kind')}: {line.kind}"]
        if line.investor:
            details.append(f"{pack.labels.get('investor', 'Investor')}: {line.investor}")
        if line.notes:
            details.append(line.notes)
        event.add("description", _text("\n".join(details)))
        event.add("categories", [line.kind])
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar


def write_itinerary_ics(pack: DelegationPack, path: Path) -> Path:
    """Write the calendar next to `path` first and move it into place: never half a file."""
    with replaced_atomically(path) as temp:
        temp.write_bytes(itinerary_calendar(pack).to_ical())
    return path
