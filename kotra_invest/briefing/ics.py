"""The delegation's itinerary as an iCalendar file, for leaders' phones.

Each event keeps the city's own IANA zone, so a phone shows 09:30 in San Jose as 09:30 there
and as the right hour at home. Clients read the zone from the file's VTIMEZONE, not from a zone
database of their own: vobject and Outlook misread zones written as long RDATE lists (summer
events came out an hour off), so each zone is written the way the RFC's own examples are —
one STANDARD and one DAYLIGHT part with a yearly RRULE, or a single STANDARD part for a zone
without summer time (Asia/Kolkata, +05:30).

A phone replaces an event it already has only when the new copy says it is newer: every event
carries a stable UID (the itinerary item's id), a SEQUENCE that grows with the item's version,
LAST-MODIFIED and DTSTAMP.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard

from kotra_invest import __version__
from kotra_invest.briefing.content import DelegationPack, ItineraryLine
from kotra_invest.domain.errors import Ambiguous, NotFound
from kotra_invest.files.atomic import replaced_atomically
from kotra_invest.services.calendar import Revision, itinerary_revisions
from kotra_invest.services.unit_of_work import Context

# An itinerary entry without an end time shows as an hour-long block.
DEFAULT_LENGTH = timedelta(hours=1)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _text(value: str) -> str:
    """Text as iCalendar allows it: no control characters (RFC 5545 forbids them)."""
    return _CONTROL.sub(" ", value)


def _utc(moment: datetime) -> datetime:
    """Stored timestamps are UTC; SQLite hands them back without a zone."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


# --- VTIMEZONE from the zone database ------------------------------------------------------


@dataclass(frozen=True)
class _Onset:
    """One change of a zone's offset: the instant and the offsets and name on either side."""

    at: datetime  # UTC
    before: timedelta
    after: timedelta
    name: str
    dst: bool

    @property
    def local(self) -> datetime:
        """The wall-clock time the change happens at, read on the clock before it (RFC 5545)."""
        return (self.at + self.before).replace(tzinfo=None)


def _offset(zone: ZoneInfo, at: datetime) -> timedelta:
    return at.astimezone(zone).utcoffset() or timedelta(0)


def _onsets(zone: ZoneInfo, year: int) -> list[_Onset]:
    """The zone's changes of offset in `year`: a daily scan, then a binary search to the second."""
    found = []
    day = datetime(year, 1, 1, tzinfo=UTC)
    end = datetime(year + 1, 1, 1, tzinfo=UTC)
    previous = _offset(zone, day)
    while day < end:
        following = day + timedelta(days=1)
        now = _offset(zone, following)
        if now != previous:
            low, high = day, following
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                if _offset(zone, middle) == previous:
                    low = middle
                else:
                    high = middle
            local = high.astimezone(zone)
            found.append(_Onset(high, previous, now, local.tzname() or "", bool(local.dst())))
            previous = now
        day = following
    return found


def _weekday_rule(onset: _Onset) -> str:
    """BYDAY for the onset's local date, e.g. "2SU" (second Sunday) or "-1SU" (last Sunday)."""
    local = onset.local
    code = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")[local.weekday()]
    next_month = (local.replace(day=1) + timedelta(days=32)).replace(day=1)
    if (next_month - local.replace(hour=0, minute=0, second=0)).days <= 7:
        return f"-1{code}"
    return f"{(local.day - 1) // 7 + 1}{code}"


def _rule_holds(rule: tuple[int, str, tuple[int, int, int]], onset: _Onset) -> bool:
    local = onset.local
    month, byday, clock = rule
    if local.month != month or (local.hour, local.minute, local.second) != clock:
        return False
    weekday = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")[local.weekday()]
    ordinal = int(byday[:-2])
    if byday[-2:] != weekday:
        return False
    if ordinal < 0:
        next_month = (local.replace(day=1) + timedelta(days=32)).replace(day=1)
        return (next_month - local.replace(hour=0, minute=0, second=0)).days <= 7
    return (local.day - 1) // 7 + 1 == ordinal


def _component(
    onset: _Onset, rrule: dict[str, object] | None, until: datetime | None
) -> TimezoneStandard | TimezoneDaylight:
    part = TimezoneDaylight() if onset.dst else TimezoneStandard()
    part.add("dtstart", onset.local)
    part.add("tzoffsetfrom", onset.before)
    part.add("tzoffsetto", onset.after)
    if onset.name:
        part.add("tzname", onset.name)
    if rrule is not None:
        if until is not None:
            rrule = {**rrule, "until": until}
        part.add("rrule", rrule)
    return part


def timezone_component(name: str, years: Iterable[int]) -> Timezone:
    """The VTIMEZONE of IANA zone `name` for the given years, with yearly RRULEs where they fit.

    Each kind of change (into and out of summer time) is one part with DTSTART at its first
    onset and an RRULE; where a zone's rule changed within the years, the older rule ends with
    UNTIL and a new part starts. An onset that follows no yearly weekday rule is a part of its
    own (DTSTART only): valid RFC 5545 and read alike by every client.
    """
    zone = ZoneInfo(name)
    span = sorted(set(years))
    tz = Timezone()
    tz.add("tzid", name)
    # From the year before: an event early in the first year falls under the previous change.
    onsets = [o for year in range(span[0] - 1, span[-1] + 1) for o in _onsets(zone, year)]
    if not onsets:
        # No change in those years: one STANDARD part from well before them.
        start = datetime(span[0] - 1, 1, 1, tzinfo=UTC)
        offset = _offset(zone, start)
        local = start.astimezone(zone)
        fixed = _Onset(start, offset, offset, local.tzname() or "", False)
        part = TimezoneStandard()
        part.add("dtstart", datetime(1970, 1, 1))
        part.add("tzoffsetfrom", fixed.before)
        part.add("tzoffsetto", fixed.after)
        if fixed.name:
            part.add("tzname", fixed.name)
        tz.add_component(part)
        return tz
    # Group the onsets by kind (direction of the change); within a kind, runs that keep one rule.
    for dst in (False, True):
        kind = [o for o in onsets if o.dst == dst]
        run: list[_Onset] = []
        rule: tuple[int, str, tuple[int, int, int]] | None = None
        runs: list[tuple[list[_Onset], tuple[int, str, tuple[int, int, int]] | None]] = []
        for onset in kind:
            local = onset.local
            if (
                run
                and rule is not None
                and _rule_holds(rule, onset)
                and onset.before == run[0].before
                and onset.after == run[0].after
                and local.year == run[-1].local.year + 1
            ):
                run.append(onset)
                continue
            if run:
                runs.append((run, rule))
            run = [onset]
            rule = (local.month, _weekday_rule(onset), (local.hour, local.minute, local.second))
        if run:
            runs.append((run, rule))
        for index, (members, found_rule) in enumerate(runs):
            last_run = index == len(runs) - 1
            if len(members) == 1 and not last_run:
                tz.add_component(_component(members[0], None, None))
                continue
            assert found_rule is not None
            month, byday, _clock = found_rule
            rrule: dict[str, object] = {"freq": "yearly", "bymonth": month, "byday": byday}
            until = None if last_run else members[-1].at.replace(tzinfo=UTC)
            tz.add_component(_component(members[0], rrule, until))
    return tz


# --- events --------------------------------------------------------------------------------


def _event(pack: DelegationPack, line: ItineraryLine, revision: Revision | None) -> Event:
    zone = ZoneInfo(line.time_zone)
    starts = line.starts_local.replace(tzinfo=zone)
    ends = line.ends_local.replace(tzinfo=zone) if line.ends_local else starts + DEFAULT_LENGTH
    event = Event()
    event.add("uid", f"{line.id or f'{pack.id}-{starts.isoformat()}'}@kotra-invest")
    event.add("dtstamp", _utc(pack.generated_at))
    if revision is not None:
        event.add("created", _utc(revision.created_at))
        event.add("last-modified", _utc(revision.updated_at))
        event.add("sequence", max(revision.version - 1, 0))
    else:
        event.add("sequence", 0)
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
    return event


def itinerary_calendar(
    pack: DelegationPack,
    revisions: Mapping[uuid.UUID, Revision] | None = None,
    only: uuid.UUID | None = None,
) -> Calendar:
    """The itinerary (or only the item `only`) as a calendar, each zone with its VTIMEZONE."""
    revisions = revisions or {}
    lines = [line for line in pack.itinerary if only is None or line.id == only]
    calendar = Calendar()
    calendar.add("prodid", f"-//kotra-invest//{__version__}//KO")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    title = pack.title if only is None or not lines else f"{pack.title}: {lines[0].title}"
    calendar.add("x-wr-calname", _text(title))
    years: dict[str, set[int]] = {}
    for line in lines:
        ends = line.ends_local or line.starts_local + DEFAULT_LENGTH
        years.setdefault(line.time_zone, set()).update({line.starts_local.year, ends.year})
    # The zone's current rules as well as the trip's: a calendar re-read next year stays right.
    this_year = datetime.now(UTC).year
    for name in sorted(years):
        calendar.add_component(timezone_component(name, years[name] | {this_year}))
    for line in lines:
        calendar.add_component(_event(pack, line, revisions.get(line.id) if line.id else None))
    return calendar


def write_itinerary_ics(
    pack: DelegationPack,
    path: Path,
    revisions: Mapping[uuid.UUID, Revision] | None = None,
    only: uuid.UUID | None = None,
) -> Path:
    """Write the calendar next to `path` first and move it into place: never half a file."""
    with replaced_atomically(path) as temp:
        temp.write_bytes(itinerary_calendar(pack, revisions, only).to_ical())
    return path


def export_calendar(
    ctx: Context, delegation_id: uuid.UUID, lang: str, path: Path, item_id: uuid.UUID | None = None
) -> Path:
    """The delegation's itinerary — or the one item `item_id` — as an .ics file at `path`.

    Raises NotFound("itinerary_item") when `item_id` is not a live item of the delegation.
    """
    from kotra_invest.briefing.assemble import delegation_pack

    pack = delegation_pack(ctx, delegation_id, lang)
    if item_id is not None and not any(line.id == item_id for line in pack.itinerary):
        raise NotFound("itinerary_item", item_id)
    return write_itinerary_ics(pack, path, itinerary_revisions(ctx, delegation_id), item_id)


def find_item(pack: DelegationPack, key: str, revisions: dict[uuid.UUID, Revision] | None = None) -> uuid.UUID:
    """The itinerary item named by its id, or by a part of its title that only it has — the title
    as shown in the pack or as stored (an English pack replaces a Korean-only title)."""
    try:
        wanted: uuid.UUID | None = uuid.UUID(key.strip())
    except ValueError:
        wanted = None
    if wanted is not None:
        if not any(line.id == wanted for line in pack.itinerary):
            raise NotFound("itinerary_item", key)
        return wanted
    needle = key.strip().casefold()
    stored = {item: r.title.casefold() for item, r in (revisions or {}).items()}
    found = [
        line
        for line in pack.itinerary
        if line.id is not None and needle and (needle in line.title.casefold() or needle in stored.get(line.id, ""))
    ]
    if len(found) > 1:
        raise Ambiguous("itinerary_item", key, [f"{line.starts_local:%Y-%m-%d %H:%M} {line.title}" for line in found])
    if not found or found[0].id is None:
        raise NotFound("itinerary_item", key)
    return found[0].id
