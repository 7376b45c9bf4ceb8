"""The delegation page: itinerary in local and Korea time, investors to meet, results, edits and undo."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from people import acting, team

from kotra_invest.domain.enums import DelegationStatus, ItineraryKind, MeetingTargetStatus, OrganisationKind
from kotra_invest.domain.errors import DomainError, NotFound, StaleRecord, ValidationError
from kotra_invest.services import records
from kotra_invest.services.dashboard import upcoming_trips  # the one list of trips (the dashboard's)
from kotra_invest.services.delegations import (
    DELEGATION,
    DELEGATION_MEMBER,
    DELEGATION_ORGANISATION,
    ITINERARY_ITEM,
    MEETING_TARGET,
    DelegationDraft,
    DelegationFilter,
    DestinationDraft,
    ItineraryDraft,
    MemberDraft,
    OrganisationDraft,
    ResultsDraft,
    TargetDraft,
    add_itinerary_item,
    add_member,
    add_organisation,
    add_target,
    create_delegation,
    delegation_page,
    filter_delegations,
    get_delegation,
    get_itinerary_item,
    list_delegations,
    organisations,
    set_delegation_fezs,
    set_leader,
    set_results,
    update_delegation,
    update_itinerary_item,
    update_target,
)
from kotra_invest.services.investors import InvestorDraft, create_investor
from kotra_invest.services.unit_of_work import Context

DAEJEON = DelegationDraft(
    title="대전 AI·로봇 투자유치단 (미국·일본)",
    title_en="Daejeon AI & Robotics Investment Delegation",
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


@pytest.fixture
def delegation(ctx: Context) -> uuid.UUID:
    team(ctx)
    return create_delegation(ctx, DAEJEON)


def test_itinerary_runs_day_by_day_in_the_city_clock_with_korea_time_beside(
    ctx: Context, delegation: uuid.UUID
) -> None:
    investor = create_investor(ctx, InvestorDraft(name="Norvik Robotics AB"))
    # Added out of order: the flight to Tokyo, then the San Jose seminar, then a meeting.
    add_itinerary_item(
        ctx,
        delegation,
        ItineraryDraft(ItineraryKind.TRAVEL, "SJC → HND", datetime(2026, 4, 15, 11, 0), "America/Los_Angeles"),
    )
    add_itinerary_item(
        ctx,
        delegation,
        ItineraryDraft(
            ItineraryKind.IR_SEMINAR,
            "Robotics Forum",
            datetime(2026, 4, 14, 9, 30),
            "America/Los_Angeles",
            datetime(2026, 4, 14, 12, 0),
            city="San Jose",
        ),
    )
    add_itinerary_item(
        ctx,
        delegation,
        ItineraryDraft(
            ItineraryKind.MEETING, "Norvik", datetime(2026, 4, 16, 15, 0), "Asia/Tokyo", investor_id=investor
        ),
    )

    page = delegation_page(ctx, delegation)
    assert [d.day for d in page.itinerary] == [date(2026, 4, 14), date(2026, 4, 15), date(2026, 4, 16)]
    forum = page.itinerary[0].items[0]
    assert (forum.starts_local, forum.zone_abbreviation, forum.utc_offset) == (
        datetime(2026, 4, 14, 9, 30),
        "PDT",
        "UTC-07:00",
    )
    assert forum.starts_korea == datetime(2026, 4, 15, 1, 30, tzinfo=ZoneInfo("Asia/Seoul"))
    assert forum.ends_korea == datetime(2026, 4, 15, 4, 0, tzinfo=ZoneInfo("Asia/Seoul"))
    meeting = page.itinerary[2].items[0]
    assert (meeting.zone_abbreviation, meeting.investor, meeting.kind_label) == ("JST", "Norvik Robotics AB", "Meeting")
    assert [p.code for p in page.provinces] == ["KR-30", "KR-44"] and page.provinces[0].is_lead
    assert [x.city for x in page.destinations] == ["San Jose", "Tokyo"]


def test_investors_to_meet_can_be_added_removed_and_restored(ctx: Context, delegation: uuid.UUID) -> None:
    a = create_investor(ctx, InvestorDraft(name="Alpha Robotics", country_code="US", industry_code="ROBOT"))
    b = create_investor(ctx, InvestorDraft(name="Beta Motion KK", country_code="JP"))
    ta = add_target(ctx, delegation, a, TargetDraft(priority=1, talking_points="Cobot plant in Daedeok"))
    tb = add_target(ctx, delegation, b)
    with pytest.raises(ValidationError) as caught:
        add_target(ctx, delegation, a)
    assert (caught.value.code, caught.value.field) == ("already_a_target", "investor")

    page = delegation_page(ctx, delegation)
    assert [(t.investor, t.country, t.priority) for t in page.targets] == [
        ("Alpha Robotics", "United States", 1),
        ("Beta Motion KK", "Japan", 2),
    ]
    assert list_delegations(ctx)[0].investors_to_meet == 2

    records.delete(ctx, MEETING_TARGET, tb)
    assert [t.investor for t in delegation_page(ctx, delegation).targets] == ["Alpha Robotics"]
    records.restore(ctx, MEETING_TARGET, tb)
    records.delete(ctx, MEETING_TARGET, ta)
    assert add_target(ctx, delegation, a) == ta  # the old entry comes back, with its talking points
    [alpha] = [t for t in delegation_page(ctx, delegation).targets if t.id == ta]
    assert alpha.talking_points == "Cobot plant in Daedeok"

    update_target(ctx, ta, alpha.version, TargetDraft(MeetingTargetStatus.MET, 1, alpha.talking_points))
    with pytest.raises(StaleRecord):
        update_target(ctx, ta, alpha.version, TargetDraft(MeetingTargetStatus.DECLINED))
    assert delegation_page(ctx, delegation).results.targets_met == 1


def test_results_and_overview_edits_return_versions_and_refuse_stale_saves(ctx: Context, delegation: uuid.UUID) -> None:
    draft, version = get_delegation(ctx, delegation)
    assert draft == DAEJEON and version == 1
    v2 = set_results(ctx, delegation, version, ResultsDraft(12, 2, "150,000,000", "Two MOUs signed in Tokyo"))
    with pytest.raises(StaleRecord):
        set_results(ctx, delegation, version, ResultsDraft(1))
    results = delegation_page(ctx, delegation).results
    assert (results.meetings_held, results.mous, results.pledged_usd) == (12, 2, Decimal("150000000.00"))

    changed = replace(
        draft,
        status=DelegationStatus.DONE,
        lead_province_codes=("KR-30",),
        other_province_codes=("KR-43",),  # Chungnam leaves, Chungbuk joins
        destinations=(
            DestinationDraft("JP", "Tokyo", "Asia/Tokyo", "도쿄"),
            DestinationDraft("JP", "Osaka", "Asia/Tokyo"),
        ),
    )
    v3 = update_delegation(ctx, delegation, v2, changed)
    assert v3 == v2 + 1
    page = delegation_page(ctx, delegation)
    assert [p.code for p in page.provinces] == ["KR-30", "KR-43"]
    assert [x.city for x in page.destinations] == ["Tokyo", "Osaka"]
    assert list_delegations(ctx, status="done")[0].id == delegation
    # Undo: the previous draft saved on the new version brings Chungnam and San Jose back.
    update_delegation(ctx, delegation, v3, draft)
    assert get_delegation(ctx, delegation)[0] == DAEJEON

    assert set_delegation_fezs(ctx, delegation, ("cbfez", "DGFEZ")) == v3 + 2
    assert delegation_page(ctx, delegation).fezs == (("DGFEZ", "Daegu-Gyeongbuk FEZ"), ("CBFEZ", "Chungbuk FEZ"))
    with pytest.raises(ValidationError) as caught:
        update_delegation(ctx, delegation, v3 + 2, replace(draft, lead_province_codes=("KR-99",)))
    assert caught.value.field == "province"


def test_members_and_itinerary_entries_edit_delete_and_restore(ctx: Context, delegation: uuid.UUID) -> None:
    leader = add_member(ctx, delegation, MemberDraft("이대전", "Lee Daejeon", "대전광역시", "경제과학부시장", True))
    add_member(ctx, delegation, MemberDraft("김담당", officer_login="tester"))
    with pytest.raises(ValidationError) as caught:
        add_member(ctx, delegation, MemberDraft(" "))
    assert caught.value.field == "name"
    page = delegation_page(ctx, delegation)
    assert [(m.name, m.is_leader, m.officer_login) for m in page.members] == [
        ("이대전", True, None),
        ("김담당", False, "tester"),
    ]
    records.delete(ctx, DELEGATION_MEMBER, leader)
    assert [m.name for m in delegation_page(ctx, delegation).members] == ["김담당"]

    item = add_itinerary_item(
        ctx,
        delegation,
        ItineraryDraft(ItineraryKind.MEETING, "Lunch", datetime(2026, 4, 13, 12), "America/Los_Angeles"),
    )
    draft, version = get_itinerary_item(ctx, item)
    assert update_itinerary_item(ctx, item, version, replace(draft, starts_local=datetime(2026, 4, 13, 13))) == 2
    with pytest.raises(ValidationError) as caught:
        update_itinerary_item(ctx, item, 2, replace(draft, starts_local=datetime(2026, 3, 8, 2, 30)))
    assert caught.value.code == "nonexistent_local_time"
    records.delete(ctx, ITINERARY_ITEM, item)
    assert delegation_page(ctx, delegation).itinerary == ()
    records.restore(ctx, ITINERARY_ITEM, item)
    assert delegation_page(ctx, delegation).itinerary[0].items[0].starts_local == datetime(2026, 4, 13, 13)


def test_filters_and_upcoming_trips(ctx: Context, delegation: uuid.UUID) -> None:
    busan = create_delegation(
        ctx,
        DelegationDraft(
            title="부산 조선·해양 투자유치단 (독일)",
            year=2026,
            lead_province_codes=("KR-26",),
            target_industry_code="SHIP",
            starts_on=date(2026, 6, 1),
            ends_on=date(2026, 6, 6),
            destinations=(DestinationDraft("DE", "Hamburg", "Europe/Berlin"),),
        ),
    )
    create_delegation(
        ctx,
        DelegationDraft(
            title="취소된 유치단",
            year=2026,
            lead_province_codes=("KR-11",),
            starts_on=date(2026, 5, 1),
            status=DelegationStatus.CANCELLED,
        ),
    )

    def ids(**f: object) -> list[uuid.UUID]:
        return [r.id for r in filter_delegations(ctx, DelegationFilter(**f))]  # type: ignore[arg-type]

    assert ids(region_code="SE") == [busan]
    assert ids(region_code="cc") == [delegation]
    assert ids(country_code="JP") == [delegation]
    assert ids(industry_code="SHIP") == [busan]
    assert ids(statuses=("confirmed", "planning")) == [delegation, busan]
    assert ids(text="조선") == [busan]
    with pytest.raises(ValidationError):
        ids(statuses=("sleeping",))

    assert [r.id for r in upcoming_trips(ctx, date(2026, 4, 15), 5)] == [delegation, busan]  # under way counts
    assert [r.id for r in upcoming_trips(ctx, date(2026, 4, 20), 5)] == [busan]
    assert upcoming_trips(ctx, date(2026, 4, 1), 1)[0].id == delegation


def test_leader_is_one_of_our_officers(ctx: Context, delegation: uuid.UUID) -> None:
    assert set_leader(ctx, delegation, "tester", expected_version=1) == 2
    assert delegation_page(ctx, delegation).leader == "Kim Officer"
    assert delegation_page(acting(ctx, "tester", "ko"), delegation).leader == "김담당"
    with pytest.raises(ValidationError) as caught:
        set_leader(ctx, delegation, "ghost")
    assert caught.value.field == "leader"
    with pytest.raises(StaleRecord):
        set_leader(ctx, delegation, None, expected_version=1)


def test_delete_restore_and_read_only(ctx: Context, delegation: uuid.UUID) -> None:
    with pytest.raises(DomainError) as caught:
        set_results(acting(ctx, "reader"), delegation, 1, ResultsDraft(1))
    assert caught.value.code == "read_only"
    records.delete(ctx, DELEGATION, delegation, expected_version=1)
    assert list_delegations(ctx) == []
    with pytest.raises(NotFound):
        delegation_page(ctx, delegation)
    records.restore(ctx, DELEGATION, delegation)
    assert delegation_page(ctx, delegation).title == DAEJEON.title


def test_participating_organisations_are_listed_in_the_callers_language(ctx: Context, delegation: uuid.UUID) -> None:
    city = add_organisation(
        ctx, delegation, OrganisationDraft(OrganisationKind.LOCAL_GOVERNMENT, "대전광역시", "Daejeon Metropolitan City")
    )
    add_organisation(ctx, delegation, OrganisationDraft(OrganisationKind.AGENCY, "대전테크노파크"))
    with pytest.raises(ValidationError) as caught:
        add_organisation(ctx, delegation, OrganisationDraft(OrganisationKind.AGENCY, " "))
    assert caught.value.field == "name_ko"
    assert delegation_page(ctx, delegation).organisations == (
        ("Local government", "Daejeon Metropolitan City"),
        ("Agency", "대전테크노파크"),
    )
    korean = delegation_page(acting(ctx, "tester", "ko"), delegation).organisations
    assert korean[0] == ("지방자치단체", "대전광역시")
    records.delete(ctx, DELEGATION_ORGANISATION, city)
    assert [draft.name_ko for _, draft, _ in organisations(ctx, delegation)] == ["대전테크노파크"]
    records.restore(ctx, DELEGATION_ORGANISATION, city)
    assert len(organisations(ctx, delegation)) == 2


def test_a_province_taken_off_is_gone_from_the_list_and_the_search_by_name(ctx: Context) -> None:
    from dataclasses import replace as changed

    from kotra_invest.services import delegations as pages
    from kotra_invest.services.delegations import DelegationDraft, create_delegation, find_delegation, list_delegations

    trip = create_delegation(
        ctx,
        DelegationDraft(
            title="울산 수소 투자유치단", year=2026, lead_province_codes=("KR-31",), other_province_codes=("KR-26",)
        ),
    )
    draft, version = pages.get_delegation(ctx, trip)
    pages.update_delegation(ctx, trip, version, changed(draft, other_province_codes=()))
    (row,) = [r for r in list_delegations(ctx, year=2026) if r.id == trip]
    assert row.regions == ("SE",) and len(row.lead_provinces) == 1
    assert find_delegation(ctx, "울산 수소").regions == ("SE",)


def test_activities_logged_leave_out_a_deleted_investors_meetings_until_undone(
    ctx: Context, delegation: uuid.UUID
) -> None:
    """A deleted investor's meetings leave every list, the delegation's among them: its count too,
    and the briefing pack's meetings recorded, which the leader reads in the pre-flight check."""
    from dataclasses import replace as changed

    from kotra_invest.briefing.assemble import delegation_pack
    from kotra_invest.domain.enums import InteractionKind
    from kotra_invest.services.interactions import InteractionDraft, create_interaction
    from kotra_invest.services.investors import INVESTOR

    gone = create_investor(ctx, InvestorDraft(name="Gone Robotics"))
    kept = create_investor(ctx, InvestorDraft(name="Kept Robotics"))
    when = datetime(2026, 4, 13, 10, tzinfo=ZoneInfo("Asia/Seoul"))
    for investor, summary in ((gone, "Cobot line"), (gone, "Site tour"), (kept, "Dinner")):
        draft = InteractionDraft(InteractionKind.MEETING, when, summary, investor, delegation_id=delegation)
        create_interaction(ctx, draft)
    assert delegation_page(ctx, delegation).results.interactions == 3

    reading = changed(ctx, access_reason="briefing")
    assert delegation_pack(reading, delegation, "en").interactions_recorded == 3

    records.delete(ctx, INVESTOR, gone)
    assert delegation_page(ctx, delegation).results.interactions == 1
    assert delegation_pack(reading, delegation, "en").interactions_recorded == 1
    records.restore(ctx, INVESTOR, gone)
    assert delegation_page(ctx, delegation).results.interactions == 3
    assert delegation_pack(reading, delegation, "en").interactions_recorded == 3
