"""The itinerary .ics read back by three parsers we did not write: every event at the app's instant.

icalendar reads zones by their IANA name; vobject and ics.py build them from the file's
VTIMEZONE, as phones and Outlook do: a zone written wrong shows there as a meeting an hour off.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import ics
import pytest
import vobject
from icalendar import Calendar, Event

from kotra_invest.briefing.assemble import delegation_pack
from kotra_invest.briefing.ics import export_calendar, timezone_component
from kotra_invest.domain.enums import ItineraryKind
from kotra_invest.domain.errors import NotFound
from kotra_invest.services.database import connect
from kotra_invest.services.delegations import (
    DelegationDraft,
    DestinationDraft,
    ItineraryDraft,
    add_itinerary_item,
    create_delegation,
    get_itinerary_item,
    update_itinerary_item,
)
from kotra_invest.services.unit_of_work import Context


@dataclass(frozen=True)
class Trip:
    title: str
    city: str
    country: str
    zone: str
    starts: date
    ends: date
    times: tuple[datetime, ...]  # local wall-clock starts, each a one-and-a-half-hour meeting


TRIPS = {
    # The clocks go forward in Europe on 29 March 2026 (02:00 → 03:00).
    "Europe, late March": Trip("유럽 투자유치단", "Frankfurt", "DE", "Europe/Berlin", date(2026, 3, 24), date(2026, 4, 2),
                               tuple(datetime(2026, 3, d, h, 30) for d in range(24, 32) for h in (9, 15))
                               + (datetime(2026, 3, 29, 3, 0), datetime(2026, 4, 1, 23, 30))),
    # … in the US on 8 March 2026.
    "US, mid March": Trip("미국 동부 투자유치단", "New York", "US", "America/New_York", date(2026, 3, 4), date(2026, 3, 12),
                          tuple(datetime(2026, 3, d, h, 0) for d in range(4, 13) for h in (8, 13, 19))),
    "US, June": Trip("미국 서부 투자유치단", "San Jose", "US", "America/Los_Angeles", date(2026, 6, 8), date(2026, 6, 12),
                     tuple(datetime(2026, 6, d, h, 0) for d in range(8, 13) for h in (9, 14, 17))),
    # No summer time, and half an hour off the hour.
    "India, +05:30": Trip("인도 투자유치단", "Bengaluru", "IN", "Asia/Kolkata", date(2026, 3, 26), date(2026, 3, 31),
                          tuple(datetime(2026, 3, d, h, 15) for d in range(26, 31) for h in (0, 10, 23))),
    # Southern hemisphere: summer time ends on 5 April 2026.
    "Sydney, early April": Trip("호주 투자유치단", "Sydney", "AU", "Australia/Sydney", date(2026, 4, 1), date(2026, 4, 8),
                                tuple(datetime(2026, 4, d, 10, 0) for d in range(1, 9))),
}  # fmt: skip


def _make_trip(ctx: Context, trip: Trip) -> uuid.UUID:
    delegation = create_delegation(
        ctx,
        DelegationDraft(
            title=trip.title,
            year=2026,
            lead_province_codes=("KR-30",),
            starts_on=trip.starts,
            ends_on=trip.ends,
            destinations=(DestinationDraft(trip.country, trip.city, trip.zone),),
        ),
    )
    for n, starts in enumerate(trip.times):
        add_itinerary_item(
            ctx,
            delegation,
            ItineraryDraft(
                ItineraryKind.MEETING,
                f"Meeting {n + 1} 면담",
                starts,
                trip.zone,
                starts + timedelta(hours=1, minutes=30),
                city=trip.city,
                venue="HQ",
            ),
        )
    return delegation


def _icalendar(data: bytes) -> dict[str, tuple[datetime, datetime, int]]:
    events = Calendar.from_ical(data).walk("VEVENT")
    return {
        str(e["UID"]): (e.decoded("DTSTART").astimezone(UTC), e.decoded("DTEND").astimezone(UTC), int(e["SEQUENCE"]))
        for e in events
    }


def _vobject(data: bytes) -> dict[str, tuple[datetime, datetime, int]]:
    calendar = vobject.readOne(data.decode("utf-8"))
    found = {}
    for event in calendar.vevent_list:
        # vobject builds its tzinfo from the file's VTIMEZONE (the TZID is no zone it knows by name).
        starts, ends = event.dtstart.value, event.dtend.value
        assert starts.tzinfo is not None
        found[event.uid.value] = (starts.astimezone(UTC), ends.astimezone(UTC), int(event.sequence.value))
    return found


def _ics_py(data: bytes) -> dict[str, tuple[datetime, datetime, int]]:
    calendar = ics.Calendar(data.decode("utf-8"))
    return {e.uid: (e.begin.to("UTC").datetime, e.end.to("UTC").datetime, -1) for e in calendar.events}


PARSERS = {"icalendar": _icalendar, "vobject": _vobject, "ics.py": _ics_py}


@pytest.mark.parametrize("trip", TRIPS.values(), ids=TRIPS.keys())
def test_every_parser_reads_every_event_at_the_apps_instant(ctx: Context, trip: Trip, tmp_path: Path) -> None:
    delegation = _make_trip(ctx, trip)
    path = export_calendar(ctx, delegation, "ko", tmp_path / "trip.ics")
    data = path.read_bytes()
    pack = delegation_pack(ctx, delegation, "ko")
    expected = {f"{line.id}@kotra-invest": (line.starts_utc, line.ends_utc) for line in pack.itinerary}
    assert len(expected) == len(trip.times)
    for name, parse in PARSERS.items():
        read = parse(data)
        wrong = {
            uid: (read[uid][:2], want) for uid, want in expected.items() if read.get(uid, (None, None))[:2] != want
        }
        assert not wrong, f"{name} reads {len(wrong)} of {len(expected)} events at another instant: {wrong}"


def test_the_zone_is_written_with_yearly_rules_not_date_lists(ctx: Context, tmp_path: Path) -> None:
    berlin = timezone_component("Europe/Berlin", [2026]).to_ical().decode()
    assert "RDATE" not in berlin
    assert "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3" in berlin and "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10" in berlin
    new_york = timezone_component("America/New_York", [2026]).to_ical().decode()
    assert "BYDAY=2SU;BYMONTH=3" in new_york and "BYDAY=1SU;BYMONTH=11" in new_york
    kolkata = Calendar.from_ical(timezone_component("Asia/Kolkata", [2026]).to_ical())
    [part] = kolkata.walk("STANDARD")  # one part: no summer time
    assert (part.decoded("TZOFFSETFROM"), part.decoded("TZOFFSETTO")) == (part.decoded("TZOFFSETTO"),) * 2
    assert str(part.decoded("TZOFFSETTO")) == "5:30:00"
    assert not list(kolkata.walk("DAYLIGHT"))


def test_a_re_export_after_an_edit_has_a_higher_sequence_and_the_same_uid(ctx: Context, tmp_path: Path) -> None:
    trip = TRIPS["US, mid March"]
    delegation = _make_trip(ctx, trip)
    first = export_calendar(ctx, delegation, "en", tmp_path / "first.ics").read_bytes()
    pack = delegation_pack(ctx, delegation, "en")
    moved = pack.itinerary[3].id
    assert moved is not None
    draft, version = get_itinerary_item(ctx, moved)
    update_itinerary_item(
        ctx,
        moved,
        version,
        ItineraryDraft(
            draft.kind,
            draft.title,
            datetime(2026, 3, 9, 16, 0),
            draft.time_zone,
            datetime(2026, 3, 9, 17, 0),
            draft.city,
            draft.venue,
            draft.investor_id,
        ),
    )
    second = export_calendar(ctx, delegation, "en", tmp_path / "second.ics").read_bytes()
    uid = f"{moved}@kotra-invest"
    for name in ("icalendar", "vobject"):
        before, after = PARSERS[name](first), PARSERS[name](second)
        assert set(before) == set(after), name  # the same events: the phone updates, never duplicates
        assert after[uid][2] > before[uid][2], name
        assert after[uid][0] == datetime(2026, 3, 9, 20, 0, tzinfo=UTC), name  # 16:00 EDT
        unchanged = [u for u in before if u != uid]
        assert all(after[u][2] == before[u][2] for u in unchanged), name
    event = next(e for e in Calendar.from_ical(second).walk("VEVENT") if str(e["UID"]) == uid)
    assert event.decoded("LAST-MODIFIED") >= event.decoded("CREATED")
    assert event.decoded("DTSTAMP").tzinfo is not None and event.decoded("LAST-MODIFIED").tzinfo is not None


def test_one_meeting_as_its_own_calendar_file(ctx: Context, tmp_path: Path) -> None:
    trip = TRIPS["Europe, late March"]
    delegation = _make_trip(ctx, trip)
    pack = delegation_pack(ctx, delegation, "en")
    line = pack.itinerary[10]
    assert line.id is not None
    data = export_calendar(ctx, delegation, "en", tmp_path / "one.ics", item_id=line.id).read_bytes()
    for name, parse in PARSERS.items():
        read = parse(data)
        assert list(read) == [f"{line.id}@kotra-invest"], name
        assert read[f"{line.id}@kotra-invest"][0] == line.starts_utc, name
    assert [str(z["TZID"]) for z in Calendar.from_ical(data).walk("VTIMEZONE")] == ["Europe/Berlin"]
    with pytest.raises(NotFound):
        export_calendar(ctx, delegation, "en", tmp_path / "none.ics", item_id=uuid.uuid4())
    assert not (tmp_path / "none.ics").exists()


def _cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(tmp_path / "xdg"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "KOTRA_INVEST_LANG": "en",
        "KOTRA_INVEST_USER": "tester",
    }
    env.pop("KOTRA_INVEST_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "kotra_invest", *args], capture_output=True, text=True, env=env, timeout=300, check=False
    )


def test_one_meeting_from_the_command_line(sqlite_url: str, tmp_path: Path) -> None:
    home = Context(db=connect(sqlite_url), actor="tester", access_reason="testing")
    try:
        delegation = _make_trip(home, TRIPS["India, +05:30"])
        line = delegation_pack(home, delegation, "en").itinerary[4]
    finally:
        home.db.dispose()
    out = tmp_path / "meeting.ics"
    done = _cli(
        tmp_path, "--db", sqlite_url, "brief", "인도", "--reason", "testing", "--ics", str(out), "--item", "Meeting 5 "
    )
    assert done.returncode == 0, done.stderr
    [(uid, (starts, _ends, _seq))] = _vobject(out.read_bytes()).items()
    assert (uid, starts) == (f"{line.id}@kotra-invest", line.starts_utc)
    by_id = _cli(
        tmp_path,
        "--db",
        sqlite_url,
        "brief",
        "인도",
        "--reason",
        "testing",
        "--ics",
        str(tmp_path / "by-id.ics"),
        "--item",
        str(line.id),
    )
    assert by_id.returncode == 0, by_id.stderr
    assert list(_ics_py((tmp_path / "by-id.ics").read_bytes())) == [uid]

    for item, words in (("Meeting 1", "several"), ("no such meeting", "No itinerary"), ("", "")):
        refused = _cli(
            tmp_path,
            "--db",
            sqlite_url,
            "brief",
            "인도",
            "--reason",
            "testing",
            "--ics",
            str(tmp_path / "x.ics"),
            "--item",
            item,
        )
        assert refused.returncode == 2 and "Traceback" not in refused.stderr, refused.stderr
        assert len(refused.stderr.strip().splitlines()) == 1 and words in refused.stderr
    alone = _cli(
        tmp_path,
        "--db",
        sqlite_url,
        "brief",
        "인도",
        "--reason",
        "testing",
        "--pdf",
        str(tmp_path / "x.pdf"),
        "--item",
        "Meeting 5",
    )
    assert alone.returncode == 2 and "--ics" in alone.stderr
    assert not (tmp_path / "x.ics").exists() and not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize(
    "zone", ["Australia/Lord_Howe", "Africa/Casablanca", "Europe/Dublin", "America/Santiago", "Asia/Tehran"]
)
def test_zones_with_unusual_rules_read_right_in_every_parser(zone: str) -> None:
    """Half-hour summer time, Ramadan breaks, negative DST, a southern zone, a DST abolished."""
    calendar = Calendar()
    calendar.add("prodid", "-//kotra-invest tests//EN")
    calendar.add("version", "2.0")
    calendar.add_component(timezone_component(zone, [2026]))
    expected = {}
    moment = datetime(2026, 1, 2, 12, 0)
    while moment.year == 2026:
        event = Event()
        event.add("uid", f"{moment:%m%d}@test")
        event.add("dtstamp", datetime(2026, 1, 1, tzinfo=UTC))
        event.add("dtstart", moment.replace(tzinfo=ZoneInfo(zone)))
        event.add("dtend", moment.replace(tzinfo=ZoneInfo(zone)) + timedelta(hours=1))
        event.add("sequence", 0)
        calendar.add_component(event)
        expected[f"{moment:%m%d}@test"] = moment.replace(tzinfo=ZoneInfo(zone)).astimezone(UTC)
        moment += timedelta(days=4)
    data = calendar.to_ical()
    for name, parse in PARSERS.items():
        read = parse(data)
        wrong = {uid: read[uid][0] for uid, want in expected.items() if read[uid][0] != want}
        assert not wrong, f"{name}: {len(wrong)} of {len(expected)} events off in {zone}: {wrong}"
