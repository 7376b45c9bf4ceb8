"""Delegations: creating them with their rules, finding them by name, itinerary in local time."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from kotra_invest.domain.enums import DelegationStatus, ItineraryKind
from kotra_invest.domain.errors import Ambiguous, NotFound, ValidationError
from kotra_invest.domain.models import ItineraryItem
from kotra_invest.services.delegations import (
    DelegationDraft,
    DestinationDraft,
    ItineraryDraft,
    add_itinerary_item,
    create_delegation,
    find_delegation,
    list_delegations,
)
from kotra_invest.services.unit_of_work import Context, unit_of_work

DAEJEON = DelegationDraft(
    title="대전 AI·로봇 투자유치단 (미국·일본)",
    title_en="Daejeon AI & Robotics Investment Delegation to the US and Japan",
    year=2026,
    lead_province_codes=("KR-30",),
    other_province_codes=("KR-44",),
    target_industry_code="ROBOT",
    starts_on=date(2026, 4, 12),
    ends_on=date(2026, 4, 19),
    status=DelegationStatus.CONFIRMED,
    destinations=(
        DestinationDraft("US", "San Jose", "America/Los_Angeles", "새너제이"),
        DestinationDraft("JP", "Tokyo", "Asia/Tokyo", "도쿄"),
    ),
)


def test_delegation_is_listed_with_its_provinces_regions_and_destinations(ctx: Context) -> None:
    delegation_id = create_delegation(ctx, DAEJEON)

    [row] = list_delegations(ctx, year=2026)
    assert row.id == delegation_id
    assert row.lead_provinces == ("Daejeon",)
    assert row.regions == ("CC",)  # Daejeon and Chungnam are both 중부권
    assert row.destinations == ("San Jose (US)", "Tokyo (JP)")
    assert (row.industry, row.status) == ("Robotics", "confirmed")
    korean = list_delegations(Context(ctx.db, ctx.actor, lang="ko"), year=2026)[0]
    assert (korean.lead_provinces, korean.destinations, korean.industry) == (
        ("대전광역시",),
        ("새너제이 (US)", "도쿄 (JP)"),
        "로봇",
    )
    assert list_delegations(ctx, year=2025) == []
    assert list_delegations(ctx, status="done") == []


@pytest.mark.parametrize(
    ("change", "code", "field"),
    [
        ({"title": " "}, "required", "title"),
        ({"lead_province_codes": ()}, "required", "lead_province"),
        ({"lead_province_codes": ("KR-99",)}, "invalid_value", "province"),
        ({"ends_on": date(2026, 4, 1)}, "date_order", "ends_on"),
        ({"destinations": (DestinationDraft("US", "Boston", "America/Bostonn"),)}, "unknown_time_zone", "time_zone"),
        ({"year": 1900}, "invalid_value", "year"),
    ],
)
def test_a_broken_rule_is_reported_and_nothing_is_saved(ctx: Context, change: dict, code: str, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        create_delegation(ctx, DelegationDraft(**{**DAEJEON.__dict__, **change}))
    assert (caught.value.code, caught.value.field) == (code, field)
    assert list_delegations(ctx) == []


def test_find_by_id_or_unambiguous_fragment_and_list_candidates_otherwise(ctx: Context) -> None:
    daejeon = create_delegation(ctx, DAEJEON)
    create_delegation(
        ctx,
        DelegationDraft(
            title="충북 제약·바이오 투자유치단 (유럽)",
            title_en="Chungbuk pharma-bio delegation to Europe",
            year=2026,
            lead_province_codes=("KR-43",),
        ),
    )

    assert find_delegation(ctx, str(daejeon)).id == daejeon
    assert find_delegation(ctx, "AI·로봇").id == daejeon
    assert find_delegation(ctx, "robotics").id == daejeon
    with pytest.raises(Ambiguous) as caught:
        find_delegation(ctx, "투자유치단")
    assert len(caught.value.candidates) == 2 and "대전" in caught.value.message("en")
    with pytest.raises(NotFound):
        find_delegation(ctx, "수소")


def test_itinerary_keeps_the_local_wall_clock_time_and_its_zone(ctx: Context) -> None:
    delegation_id = create_delegation(ctx, DAEJEON)
    add_itinerary_item(
        ctx,
        delegation_id,
        ItineraryDraft(
            ItineraryKind.IR_SEMINAR,
            "Korea Robotics Investment Forum",
            datetime(2026, 4, 14, 9, 30),
            "America/Los_Angeles",
            datetime(2026, 4, 14, 12, 0),
            city="San Jose",
        ),
    )
    with unit_of_work(ctx) as session:
        item = session.scalars(select(ItineraryItem)).one()
        assert item.starts_local == datetime(2026, 4, 14, 9, 30)
        assert item.starts_at().astimezone(ZoneInfo("Asia/Seoul")) == datetime(
            2026, 4, 15, 1, 30, tzinfo=ZoneInfo("Asia/Seoul")
        )

    with pytest.raises(ValidationError) as caught:
        add_itinerary_item(
            ctx,
            delegation_id,
            ItineraryDraft(
                ItineraryKind.MEETING, "Backwards", datetime(2026, 4, 15, 10), "Asia/Tokyo", datetime(2026, 4, 15, 9)
            ),
        )
    assert caught.value.code == "date_order"


def test_a_time_skipped_by_the_clocks_going_forward_is_refused(ctx: Context) -> None:
    delegation_id = create_delegation(ctx, DAEJEON)
    with pytest.raises(ValidationError) as caught:
        add_itinerary_item(
            ctx,
            delegation_id,
            ItineraryDraft(ItineraryKind.MEETING, "Night meeting", datetime(2026, 3, 29, 2, 30), "Europe/Berlin"),
        )
    assert (caught.value.code, caught.value.field) == ("nonexistent_local_time", "starts_local")
    # 02:30 the night the clocks go back exists (twice); it is accepted as the first one.
    add_itinerary_item(
        ctx,
        delegation_id,
        ItineraryDraft(ItineraryKind.MEETING, "Autumn night", datetime(2026, 10, 25, 2, 30), "Europe/Berlin"),
    )
