"""Briefing pack content and the itinerary calendar, from a real database."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from kotra_invest.briefing.assemble import delegation_pack, investor_profile
from kotra_invest.briefing.ics import write_itinerary_ics
from kotra_invest.domain.enums import FdiKind, ItineraryKind, ProjectType
from kotra_invest.domain.errors import Ambiguous, NotFound
from kotra_invest.domain.models import FdiAmount, MeetingTarget, Project
from kotra_invest.domain.reference_data import reference_id
from kotra_invest.services.delegations import (
    DelegationDraft,
    DestinationDraft,
    ItineraryDraft,
    add_itinerary_item,
    create_delegation,
)
from kotra_invest.services.investors import InvestorDraft, create_investor, find_investor
from kotra_invest.services.unit_of_work import Context, unit_of_work

LONG_NAME = "Extremely Long Name " * 8 + "International Holdings GmbH & Co. KGaA"  # 198 characters


@pytest.fixture
def delegation(ctx: Context) -> dict[str, object]:
    delegation_id = create_delegation(
        ctx,
        DelegationDraft(
            title="대전 AI·로봇 투자유치단 (미국·일본)",
            title_en="Daejeon AI & Robotics Delegation to the US and Japan",
            year=2026,
            lead_province_codes=("KR-30",),
            target_industry_code="ROBOT",
            starts_on=date(2026, 3, 8),
            ends_on=date(2026, 3, 14),
            objectives="로봇 감속기 공급망 투자 유치",
            destinations=(
                DestinationDraft("US", "San Jose", "America/Los_Angeles", "새너제이"),
                DestinationDraft("JP", "Tokyo", "Asia/Tokyo", "도쿄"),
            ),
        ),
    )
    norvik = create_investor(
        ctx, InvestorDraft(name="Norvik Robotics AB", name_ko="노르빅 로보틱스", country_code="SE")
    )
    lonely = create_investor(ctx, InvestorDraft(name=LONG_NAME, country_code="DE"))  # no contacts at all
    with unit_of_work(ctx) as session:
        secret = Project(
            investor_id=norvik,
            title="Secret Gumi Gearbox Plant",
            project_type=ProjectType.GREENFIELD,
            stage_id=reference_id("pipeline_stage", "NOTIFIED"),
            target_province_id=reference_id("province", "KR-47"),
            confidential=True,
            code_name="Project Aurora",
        )
        secret.fdi_amounts = [FdiAmount(kind=FdiKind.NOTIFIED, amount=Decimal("42000000"), on_date=date(2026, 2, 1))]
        session.add_all(
            [
                secret,
                MeetingTarget(
                    delegation_id=delegation_id, investor_id=norvik, priority=1, talking_points='=HYPERLINK("x")'
                ),
                MeetingTarget(delegation_id=delegation_id, investor_id=lonely, priority=2),
            ]
        )
        session.commit()
    # 09:30 on 9 March in San Jose is the day after DST began: UTC-7, 01:30 next day in Korea.
    add_itinerary_item(
        ctx,
        delegation_id,
        ItineraryDraft(
            ItineraryKind.IR_SEMINAR,
            "Korea Robotics IR",
            datetime(2026, 3, 9, 9, 30),
            "America/Los_Angeles",
            datetime(2026, 3, 9, 11, 0),
            city="San Jose",
            investor_id=norvik,
        ),
    )
    add_itinerary_item(
        ctx,
        delegation_id,
        ItineraryDraft(
            ItineraryKind.MEETING, "Kansai meeting", datetime(2026, 3, 12, 14, 0), "Asia/Tokyo", city="Tokyo"
        ),
    )
    return {"id": delegation_id, "norvik": norvik, "lonely": lonely}


def test_pack_holds_the_delegation_in_the_chosen_language(ctx: Context, delegation: dict[str, object]) -> None:
    ko = delegation_pack(ctx, delegation["id"], "ko")  # type: ignore[arg-type]
    en = delegation_pack(ctx, delegation["id"], "en")  # type: ignore[arg-type]
    assert (ko.title, ko.subtitle) == (
        "대전 AI·로봇 투자유치단 (미국·일본)",
        "Daejeon AI & Robotics Delegation to the US and Japan",
    )
    # An English pack does not carry the Korean title as a subtitle its readers cannot read.
    assert (en.title, en.subtitle) == (ko.subtitle, None)
    assert ko.destinations == ("새너제이, 미국", "도쿄, 일본") and en.destinations == (
        "San Jose, United States",
        "Tokyo, Japan",
    )
    assert (ko.lead_provinces, en.lead_provinces, ko.target_industry) == (("대전광역시",), ("Daejeon",), "로봇")
    assert ko.labels["itinerary"] == "일정" and en.labels["itinerary"] == "Itinerary"
    assert [p.name for p in ko.investors] == ["Norvik Robotics AB", LONG_NAME]  # by priority


def test_a_korean_pack_names_the_stops_in_korean_where_the_destination_has_a_korean_name(
    ctx: Context, delegation: dict[str, object], tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    from kotra_invest.briefing.xlsx import write_delegation_xlsx
    from kotra_invest.services.delegations import DelegationDraft, DestinationDraft, get_delegation, update_delegation

    ko = delegation_pack(ctx, delegation["id"], "ko")  # type: ignore[arg-type]
    en = delegation_pack(ctx, delegation["id"], "en")  # type: ignore[arg-type]
    assert [x.city for x in ko.itinerary] == ["새너제이", "도쿄"]
    assert [x.city for x in en.itinerary] == ["San Jose", "Tokyo"]
    events = Calendar.from_ical(write_itinerary_ics(ko, tmp_path / "trip.ics").read_bytes()).walk("VEVENT")
    assert sorted(str(e.get("location")) for e in events) == ["도쿄", "새너제이"]
    book = load_workbook(write_delegation_xlsx(ko, tmp_path / "pack.xlsx"))
    cells = {str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value}
    assert {"새너제이", "도쿄"} <= cells and "San Jose" not in cells and "Tokyo" not in cells
    # A destination without a Korean name keeps the English one the officer typed.
    draft, version = get_delegation(ctx, delegation["id"])  # type: ignore[arg-type]
    assert isinstance(draft, DelegationDraft)
    tokyo = DestinationDraft("JP", "Tokyo", "Asia/Tokyo")
    update_delegation(ctx, delegation["id"], version, replace(draft, destinations=(draft.destinations[0], tokyo)))  # type: ignore[arg-type]
    assert [x.city for x in delegation_pack(ctx, delegation["id"], "ko").itinerary] == ["새너제이", "Tokyo"]  # type: ignore[arg-type]


def test_itinerary_is_in_each_citys_time_with_korea_time_beside_it(ctx: Context, delegation: dict[str, object]) -> None:
    pack = delegation_pack(ctx, delegation["id"], "en")  # type: ignore[arg-type]
    ir, meeting = pack.itinerary
    assert (ir.starts_local, ir.time_zone, ir.utc_offset) == (
        datetime(2026, 3, 9, 9, 30),
        "America/Los_Angeles",
        "UTC-07:00",
    )
    assert ir.starts_korea == datetime(2026, 3, 10, 1, 30)
    assert (ir.kind, ir.investor) == ("IR seminar", "Norvik Robotics AB")
    assert (meeting.utc_offset, meeting.starts_korea) == ("UTC+09:00", datetime(2026, 3, 12, 14, 0))


def test_confidential_project_leaves_only_its_code_name(ctx: Context, delegation: dict[str, object]) -> None:
    pack = delegation_pack(ctx, delegation["id"], "ko")  # type: ignore[arg-type]
    [project] = pack.investors[0].projects
    assert (project.title, project.notified_usd, project.stage) == ("Project Aurora", Decimal("42000000"), "신고")
    assert "Secret Gumi" not in repr(pack)
    assert pack.investors[0].offers[0].province == "경상북도"  # the project's target region and what it offers
    assert "대구경북경제자유구역" in pack.investors[0].offers[0].fezs
    lonely = pack.investors[1]
    assert lonely.contacts == () and lonely.interactions == () and lonely.offers[0].province == "대전광역시"


def test_the_calendar_keeps_time_zones_and_one_event_per_entry(
    ctx: Context, delegation: dict[str, object], tmp_path: Path
) -> None:
    pack = delegation_pack(ctx, delegation["id"], "ko")  # type: ignore[arg-type]
    path = write_itinerary_ics(pack, tmp_path / "trip.ics")
    calendar = Calendar.from_ical(path.read_bytes())
    events = list(calendar.walk("VEVENT"))
    zones = {str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")}
    assert zones == {"America/Los_Angeles", "Asia/Tokyo"}
    starts = [e.decoded("DTSTART") for e in events]
    assert starts[0] == datetime(2026, 3, 9, 9, 30, tzinfo=ZoneInfo("America/Los_Angeles"))
    assert starts[0].astimezone(ZoneInfo("Asia/Seoul")).hour == 1
    assert str(events[1]["SUMMARY"]) == "Kansai meeting"
    assert events[1].decoded("DTEND") - starts[1] == timedelta(hours=1)  # no end given: an hour


def test_a_delegation_without_itinerary_gives_an_empty_calendar(ctx: Context, tmp_path: Path) -> None:
    bare = create_delegation(ctx, DelegationDraft(title="기획 중 유치단", year=2027, lead_province_codes=("KR-45",)))
    pack = delegation_pack(ctx, bare, "en")
    assert pack.itinerary == () and pack.investors == () and pack.subtitle is None
    calendar = Calendar.from_ical(write_itinerary_ics(pack, tmp_path / "empty.ics").read_bytes())
    assert list(calendar.walk("VEVENT")) == []


def test_investor_profile_and_lookup_by_name(ctx: Context, delegation: dict[str, object]) -> None:
    assert find_investor(ctx, "노르빅").id == delegation["norvik"]
    assert find_investor(ctx, "norvik robotics ab").id == delegation["norvik"]
    create_investor(ctx, InvestorDraft(name="Norvik Robotics Japan KK"))
    assert find_investor(ctx, "Norvik Robotics AB").id == delegation["norvik"]  # the exact name wins
    with pytest.raises(Ambiguous):
        find_investor(ctx, "Norvik")
    with pytest.raises(NotFound):
        find_investor(ctx, "Nobody GmbH")
    profile = investor_profile(ctx, delegation["norvik"], "en").profile  # type: ignore[arg-type]
    assert (profile.name, profile.country, profile.talking_points) == ("Norvik Robotics AB", "Sweden", None)


def test_exports_are_ordinary_documents_and_replace_old_ones_whole(
    ctx: Context, delegation: dict[str, object], tmp_path: Path
) -> None:
    import os

    pack = delegation_pack(ctx, delegation["id"], "en")  # type: ignore[arg-type]
    umask = os.umask(0)
    os.umask(umask)
    path = write_itinerary_ics(pack, tmp_path / "new" / "trip.ics")  # the folder is made too
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask  # not the private 0600 of a temp file
    assert [p.name for p in path.parent.iterdir()] == ["trip.ics"]  # no temp file left behind
