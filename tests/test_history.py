"""An investor's and a delegation's history from the audit trail: read, exported, restored."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from kotra_invest.cli import main
from kotra_invest.domain.base import utcnow
from kotra_invest.domain.enums import Consent, InteractionKind, ItineraryKind, OfficeKind, OrganisationKind, Role
from kotra_invest.domain.errors import DomainError, StaleRecord, ValidationError
from kotra_invest.domain.models import (
    Country,
    Delegation,
    DelegationDestination,
    DelegationMember,
    Industry,
    Investor,
    Office,
    Officer,
)
from kotra_invest.services import history, records
from kotra_invest.services.contacts import CONTACT, ContactDraft
from kotra_invest.services.database import connect
from kotra_invest.services.delegations import (
    DELEGATION_MEMBER,
    DelegationDraft,
    DestinationDraft,
    ItineraryDraft,
    MemberDraft,
    OrganisationDraft,
    add_itinerary_item,
    add_member,
    add_organisation,
    add_target,
    create_delegation,
    get_delegation,
    get_itinerary_item,
    set_leader,
    update_delegation,
    update_itinerary_item,
)
from kotra_invest.services.interactions import INTERACTION, InteractionDraft
from kotra_invest.services.investors import InvestorDraft, create_investor, get_investor_row, update_investor
from kotra_invest.services.projects import PROJECT, ProjectDraft, create_project
from kotra_invest.services.tasks import TASK, TaskDraft
from kotra_invest.services.unit_of_work import Context, unit_of_work

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-")


def _kim(ctx: Context) -> Context:
    return Context(db=ctx.db, actor=ctx.actor, source="desktop", lang=ctx.lang)


def test_every_field_change_shows_who_when_from_where(ctx: Context) -> None:
    investor = create_investor(ctx, InvestorDraft(name="Fjordheim Grid ASA", website="https://old.example"))
    update_investor(_kim(ctx), investor, 1, InvestorDraft(name="Fjordheim Grid AS", website="https://new.example"))
    changes = history.record_history(ctx, "investor", investor)
    updates = {c.field: c for c in changes if c.action == "update"}
    assert set(updates) == {"name", "website"}
    assert (updates["website"].old, updates["website"].new) == ("https://old.example", "https://new.example")
    assert updates["website"].who == ctx.actor and updates["website"].source == "desktop"
    assert (updates["website"].label_ko, updates["website"].label_en) == ("웹사이트", "Website")
    assert updates["name"].restorable
    assert changes[-1].action == "insert" and not changes[-1].restorable
    assert changes[0].when >= changes[-1].when


def test_restoring_a_previous_value_is_one_action_and_is_audited(ctx: Context) -> None:
    investor = create_investor(ctx, InvestorDraft(name="Fjordheim Grid ASA", website="https://old.example"))
    update_investor(ctx, investor, 1, InvestorDraft(name="Fjordheim Grid ASA", website="https://new.example"))
    change = next(c for c in history.record_history(ctx, "investor", investor) if c.field == "website")

    assert history.restore_value(ctx, change.id, expected_version=2) == 3
    row = get_investor_row(ctx, investor)
    assert (row.website, row.name) == ("https://old.example", "Fjordheim Grid ASA")
    latest = history.record_history(ctx, "investor", investor)[0]
    assert (latest.field, latest.old, latest.new) == ("website", "https://new.example", "https://old.example")

    with pytest.raises(StaleRecord):  # the user looked at version 2; it is 3 now
        history.restore_value(ctx, change.id, expected_version=2)
    insert = history.record_history(ctx, "investor", investor)[-1]
    with pytest.raises(DomainError) as caught:
        history.restore_value(ctx, insert.id, expected_version=3)
    assert caught.value.code == "not_restorable"


def test_restore_brings_back_typed_values(ctx: Context) -> None:
    investor = create_investor(ctx, InvestorDraft(name="Acme", tags=("battery", "ev"), in_korea=True))
    update_investor(ctx, investor, 1, InvestorDraft(name="Acme", tags=("ev",), in_korea=False))
    changes = {c.field: c for c in history.record_history(ctx, "investor", investor) if c.action == "update"}
    version = history.restore_value(ctx, changes["tags"].id, 2)
    history.restore_value(ctx, changes["in_korea"].id, version)
    with unit_of_work(ctx) as s:
        restored = s.get(Investor, investor)
        assert restored is not None and (restored.tags, restored.in_korea) == (["battery", "ev"], True)


def test_a_delegations_history_includes_its_members_and_exports(ctx: Context, tmp_path: Path) -> None:
    delegation = create_delegation(
        ctx, DelegationDraft(title="대전 AI·로봇 투자유치단", year=2026, lead_province_codes=("KR-30",))
    )
    with unit_of_work(ctx) as s:
        s.add(DelegationMember(delegation_id=delegation, name="김민지", position="단장"))
        s.commit()
    changes = history.record_history(ctx, "delegation", delegation)
    assert {c.entity for c in changes} >= {"delegation", "delegation_member", "delegation_province"}

    path = history.export_history(
        Context(ctx.db, ctx.actor, "test", "ko"), "delegation", delegation, tmp_path / "h.xlsx"
    )
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("일시 (UTC)", "누가", "어디서")
    assert len(rows) == len(changes) + 1
    assert any("김민지" in str(row[7]) for row in rows[1:])


def test_a_delegations_history_names_the_fields_of_its_parts_in_words(ctx: Context) -> None:
    """What the delegation window's History tab shows: no column name (is_lead, seq …) in either language."""
    delegation = create_delegation(
        ctx,
        DelegationDraft(
            title="대전 AI·로봇 투자유치단",
            year=2026,
            lead_province_codes=("KR-30",),
            starts_on=date(2026, 3, 9),
            ends_on=date(2026, 3, 13),
            destinations=(DestinationDraft("DE", "Munich", "Europe/Berlin"),),
        ),
    )
    add_member(ctx, delegation, MemberDraft(name="김민지", name_en="Kim Minji", position="단장", is_leader=True))
    draft, version = get_delegation(ctx, delegation)
    update_delegation(ctx, delegation, version, replace(draft, ends_on=date(2026, 3, 14)))
    for lang in ("en", "ko"):
        changes = history.record_history(replace(ctx, lang=lang), "delegation", delegation)
        shown = " ".join(f"{c.label(lang)} {c.new_shown}" for c in changes)
        for column in ("is_lead", "province_id", "seq", "name_en", "is_leader", "ends_on"):
            assert column not in shown, (lang, shown)
    ends = next(c for c in changes if c.field == "ends_on")
    assert (ends.label_en, ends.label_ko) == ("End date", "종료일")


def test_a_delegations_value_is_put_back_only_by_those_who_may_edit_the_trip(ctx: Context) -> None:
    """domain/rules.py: a delegation is changed by its leader, the leader's office, its members and
    admins; the History tab's restore is such a change, refused to anyone else in words."""
    with unit_of_work(ctx) as s:
        seoul = Office(code="T-SEL", name_ko="서울", name_en="Seoul", kind=OfficeKind.HEADQUARTERS)
        busan = Office(code="T-PUS", name_ko="부산", name_en="Busan", kind=OfficeKind.HEADQUARTERS)
        s.add_all([seoul, busan])
        s.flush()
        s.add_all(
            [
                Officer(login="leader", name="leader", role=Role.LEADER, office_id=busan.id),
                Officer(login="other", name="other", role=Role.OFFICER, office_id=seoul.id),
                Officer(login="reader", name="reader", role=Role.VIEWER),
            ]
        )
        s.commit()
    leader, other, reader = (replace(ctx, actor=login) for login in ("leader", "other", "reader"))
    trip = create_delegation(
        leader, DelegationDraft(title="구미 배터리 투자유치단", year=2026, lead_province_codes=("KR-47",))
    )
    set_leader(leader, trip, "leader")
    draft, version = get_delegation(leader, trip)
    version = update_delegation(leader, trip, version, replace(draft, title="구미 이차전지 투자유치단"))
    title = next(c for c in history.record_history(other, "delegation", trip) if c.field == "title")  # all may read
    for refused, code in ((other, "not_permitted"), (reader, "read_only")):
        with pytest.raises(DomainError) as caught:
            history.restore_value(refused, title.id, version)
        assert caught.value.code == code
    history.restore_value(leader, title.id, version)
    assert get_delegation(ctx, trip)[0].title == "구미 배터리 투자유치단"


def test_an_unknown_kind_of_record_is_refused_in_words(ctx: Context) -> None:
    investor = create_investor(ctx, InvestorDraft(name="Acme"))
    with pytest.raises(DomainError) as caught:
        history.record_history(ctx, "no_such_table", investor)
    assert caught.value.code == "invalid_value"


def test_the_conflict_dialog_gets_what_changed_since_the_version_edited(ctx: Context) -> None:
    investor = create_investor(ctx, InvestorDraft(name="Acme", website="https://a.example"))
    seen = get_investor_row(ctx, investor)
    update_investor(
        Context(ctx.db, "lee.sujin", "desktop"), investor, 1, InvestorDraft(name="Acme", website="https://b.example")
    )
    theirs = history.changes_since(ctx, "investor", investor, seen.updated_at)
    assert [(c.field, c.old, c.new, c.who) for c in theirs] == [
        ("website", "https://a.example", "https://b.example", "lee.sujin")
    ]


def _refused_unchanged(
    ctx: Context, change: history.FieldChange, version: int, code: str, said: str | None = None
) -> None:
    """The restore is refused with the edit's own sentence (`said`, when given), and nothing is written."""
    before = history.record_history(ctx, change.entity, change.record_id)
    with pytest.raises(ValidationError) as caught:
        history.restore_value(ctx, change.id, version)
    assert caught.value.code == code
    assert "." in caught.value.message("en") if said is None else caught.value.message("en") == said
    assert caught.value.message("ko") != caught.value.message("en")
    assert history.current_version(ctx, change.entity, change.record_id) == version
    assert history.record_history(ctx, change.entity, change.record_id) == before


def test_a_restore_passes_the_checks_an_edit_does_for_every_kind_of_record(ctx: Context) -> None:
    """A value put back from the history is an edit: an end date before the start, a consent date
    with no consent answer, a project lost without a reason are refused as the editors refuse them."""
    trip = create_delegation(
        ctx,
        DelegationDraft(
            title="청주 바이오 투자유치단",
            year=2027,
            lead_province_codes=("KR-43",),
            starts_on=date(2027, 3, 9),
            ends_on=date(2027, 3, 13),
        ),
    )
    draft, version = get_delegation(ctx, trip)
    version = update_delegation(ctx, trip, version, replace(draft, ends_on=date(2027, 3, 20)))
    version = update_delegation(
        ctx, trip, version, replace(draft, starts_on=date(2027, 3, 15), ends_on=date(2027, 3, 20))
    )
    ends = next(c for c in history.record_history(ctx, "delegation", trip) if c.field == "ends_on")
    _refused_unchanged(ctx, ends, version, "date_order")
    assert get_delegation(ctx, trip)[0].ends_on == date(2027, 3, 20)

    investor = create_investor(ctx, InvestorDraft(name="Brightwater Bio"))
    person = records.create(ctx, CONTACT, ContactDraft("Ana Souza", investor))
    records.update(
        ctx, CONTACT, person, 1, ContactDraft("Ana Souza", investor, consent=Consent.GIVEN, consent_on=date(2026, 5, 2))
    )
    consent = next(c for c in history.record_history(ctx, "investor", investor) if c.field == "consent")
    _refused_unchanged(ctx, consent, 2, "consent_date_without_answer")

    project = create_project(ctx, ProjectDraft(investor, "Cheongju plant"))
    records.update(
        ctx,
        PROJECT,
        project,
        1,
        ProjectDraft(investor, "Cheongju plant", stage_code="LOST", lost_reason="went to Vietnam"),
    )
    reason = next(c for c in history.record_history(ctx, "project", project) if c.field == "lost_reason")
    _refused_unchanged(ctx, reason, 2, "lost_needs_reason")


def test_a_meetings_time_is_put_back_as_a_time(ctx: Context) -> None:
    """A meeting's moment is stored as UTC: the value put back is that moment (it used to reach the
    database as text and fail), and ordinary values of other kinds still come back as they were."""
    investor = create_investor(ctx, InvestorDraft(name="Kvamme Subsea"))
    first = datetime(2026, 5, 1, 8, 30, tzinfo=UTC)
    meeting = records.create(
        ctx,
        INTERACTION,
        InteractionDraft(InteractionKind.MEETING, first, "Site visit", investor, time_zone="Europe/Oslo"),
    )
    draft, version = records.get(ctx, INTERACTION, meeting)
    version = records.update(
        ctx, INTERACTION, meeting, version, replace(draft, occurred_at=datetime(2026, 5, 2, 8, 30, tzinfo=UTC))
    )
    moved = next(c for c in history.record_history(ctx, "interaction", meeting) if c.field == "occurred_at")
    history.restore_value(ctx, moved.id, version)
    assert records.get(ctx, INTERACTION, meeting)[0].occurred_at == first

    task = records.create(ctx, TASK, TaskDraft("Send the site photos", date(2026, 5, 4), investor_id=investor))
    draft, version = records.get(ctx, TASK, task)
    version = records.update(ctx, TASK, task, version, replace(draft, due_on=date(2026, 6, 1)))
    due = next(c for c in history.record_history(ctx, "task", task) if c.field == "due_on")
    history.restore_value(ctx, due.id, version)
    assert records.get(ctx, TASK, task)[0].due_on == date(2026, 5, 4)


def test_history_show_and_its_sheet_read_a_new_record_as_the_history_tab_does(
    sqlite_url: str, migrated: Callable[[str], None], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A "Created" row reads as "field: value" pairs in the reader's language (Country: Germany /
    국가: 독일), not the stored JSON with ids, in `history show` and its Excel sheet alike: the same
    words as the History tab's After column (FieldChange.new_shown)."""
    migrated(sqlite_url)
    db = connect(sqlite_url)
    ctx = Context(db, "tester", "cli")
    trip = create_delegation(
        ctx,
        DelegationDraft(
            title="대전 AI·로봇 투자유치단",
            year=2027,
            lead_province_codes=("KR-30",),
            starts_on=date(2027, 3, 9),
            ends_on=date(2027, 3, 13),
            destinations=(DestinationDraft("DE", "Munich", "Europe/Berlin"),),
        ),
    )
    for lang, country in (("en", "Country: Germany"), ("ko", "국가: 독일")):
        tab = history.record_history(replace(ctx, lang=lang), "delegation", trip)
        sheet = tmp_path / f"{lang}.xlsx"
        assert (
            main(["--db", sqlite_url, "--lang", lang, "history", "show", "delegation", str(trip), "--xlsx", str(sheet)])
            == 0
        )
        lines = capsys.readouterr().out.splitlines()
        rows = list(load_workbook(sheet).active.iter_rows(values_only=True))[1:]
        assert len(tab) == len(lines) == len(rows) == 3  # the trip, its lead province, its destination
        for change, line, row in zip(tab, lines, rows, strict=True):
            assert change.action == "insert" and change.new_shown
            assert (row[6], row[7]) == (None, change.new_shown)
            said = line.rsplit("  [", 1)[0]  # the entry's id, for `history restore`, ends the line
            assert change.new_shown[:80] in said and "{" not in said and not UUID.search(said), said
        destination = next(c for c in tab if c.entity == "delegation_destination")
        assert country in (destination.new_shown or "")

    draft, version = get_delegation(ctx, trip)  # the destination taken off: which one, in the tab's words
    update_delegation(ctx, trip, version, replace(draft, destinations=()))
    assert main(["--db", sqlite_url, "history", "show", "delegation", str(trip)]) == 0
    gone = next(c for c in history.record_history(ctx, "delegation", trip) if c.action == "delete")
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC", gone.new_shown or ""), gone.new_shown
    assert f"Deleted  Destination Destination: Munich  [{gone.id}]" in capsys.readouterr().out
    db.dispose()


def test_what_a_delegation_got_is_named_by_its_kind_and_name_in_both_languages(ctx: Context) -> None:
    """A "Created" row of the trip's History names the part: its kind as the delegation window's
    tabs say it, and its name in the reader's language where it has one in each."""
    investor = create_investor(ctx, InvestorDraft(name="Umicore SA", name_ko="유미코아"))
    trip = create_delegation(
        ctx,
        DelegationDraft(
            title="대전 AI·로봇 투자유치단",
            title_en="Daejeon AI and robotics delegation",
            year=2027,
            lead_province_codes=("KR-30",),
            destinations=(DestinationDraft("DE", "Munich", "Europe/Berlin", "뮌헨"),),
        ),
    )
    add_member(ctx, trip, MemberDraft(name="김민지", name_en="Kim Minji", position="단장"))
    add_organisation(ctx, trip, OrganisationDraft(OrganisationKind.LOCAL_GOVERNMENT, "대전광역시", "Daejeon"))
    add_itinerary_item(
        ctx, trip, ItineraryDraft(ItineraryKind.MEETING, "Siemens visit", datetime(2027, 3, 10, 10), "Europe/Berlin")
    )
    add_target(ctx, trip, investor)
    created = {
        c.entity: (c.label_en, c.label_ko)
        for c in history.record_history(ctx, "delegation", trip)
        if c.action == "insert"
    }
    assert created == {
        "delegation": ("Delegation: Daejeon AI and robotics delegation", "투자유치단: 대전 AI·로봇 투자유치단"),
        "delegation_province": ("Participating province: Daejeon", "참여 시·도: 대전광역시"),
        "delegation_destination": ("Destination: Munich", "방문지: 뮌헨"),
        "delegation_member": ("Delegation member: Kim Minji", "유치단 단원: 김민지"),
        "delegation_organisation": ("Participating organisation: Daejeon", "참여 기관: 대전광역시"),
        "itinerary_item": ("Itinerary item: Siemens visit", "일정 항목: Siemens visit"),
        "meeting_target": ("Investor to meet: Umicore SA", "면담 대상 투자가: Umicore SA"),
    }


def _by_code(session: Session, model: type[Country] | type[Industry], code: str) -> Country | Industry:
    found = session.scalar(select(model).where(model.code == code))
    assert found is not None
    return found


def test_a_province_or_destination_put_back_passes_the_overviews_checks(ctx: Context) -> None:
    """The trip's provinces and destinations are edited in its overview: a value put back from the
    History passes the overview's checks. Daejeon stops leading when Sejong takes over; putting
    Sejong's "not the lead" back would leave the trip with no lead province, which the overview
    refuses. A time zone an import got wrong and the overview corrected is not put back either."""
    trip = create_delegation(
        ctx,
        DelegationDraft(
            title="대전 AI·로봇 투자유치단",
            year=2027,
            lead_province_codes=("KR-30",),
            other_province_codes=("KR-50",),
            destinations=(DestinationDraft("DE", "Munich", "Europe/Berlin"),),
        ),
    )
    draft, version = get_delegation(ctx, trip)
    update_delegation(
        ctx, trip, version, replace(draft, lead_province_codes=("KR-50",), other_province_codes=("KR-30",))
    )
    sejong = next(
        c for c in history.record_history(ctx, "delegation", trip) if c.field == "is_lead" and c.new == "true"
    )
    version = history.current_version(ctx, sejong.entity, sejong.record_id)
    _refused_unchanged(ctx, sejong, version, "required", "Lead province is required.")
    assert get_delegation(ctx, trip)[0].lead_province_codes == ("KR-50",)

    with unit_of_work(replace(ctx, source="import:trips.xlsx")) as s:  # no editor between the file and the row
        destination = s.scalars(select(DelegationDestination).where(DelegationDestination.delegation_id == trip)).one()
        destination.time_zone = "Europe/Munich"
        s.commit()
    draft, version = get_delegation(ctx, trip)
    update_delegation(
        ctx, trip, version, replace(draft, destinations=(DestinationDraft("DE", "Munich", "Europe/Berlin"),))
    )
    zone = next(c for c in history.record_history(ctx, "delegation", trip) if c.old == "Europe/Munich")
    version = history.current_version(ctx, zone.entity, zone.record_id)
    _refused_unchanged(ctx, zone, version, "unknown_time_zone", "Unknown time zone: Europe/Munich")
    assert get_delegation(ctx, trip)[0].destinations[0].time_zone == "Europe/Berlin"


def test_a_code_taken_out_of_the_lists_is_not_put_back(ctx: Context) -> None:
    """A country or an industry no longer offered by the editors' lists (retired from the reference
    data) is refused on a restore as an edit refuses it: a trip's destination country and target
    industry, an investor's country."""
    trip = create_delegation(
        ctx,
        DelegationDraft(
            title="Munich trip",
            year=2027,
            lead_province_codes=("KR-30",),
            target_industry_code="ROBOT",
            destinations=(DestinationDraft("DE", "Munich", "Europe/Berlin"),),
        ),
    )
    investor = create_investor(ctx, InvestorDraft(name="Umicore SA", country_code="DE"))
    update_investor(ctx, investor, 1, InvestorDraft(name="Umicore SA", country_code="BE"))
    with unit_of_work(replace(ctx, source="merge")) as s:  # a mission pack moved the stop to Vienna
        destination = s.scalars(select(DelegationDestination).where(DelegationDestination.delegation_id == trip)).one()
        destination.country_id, destination.city, destination.time_zone = (
            _by_code(s, Country, "AT").id,
            "Vienna",
            "Europe/Vienna",
        )
        delegation = s.get(Delegation, trip)
        assert delegation is not None
        delegation.target_industry_id = _by_code(s, Industry, "BIO").id
        s.commit()
    with unit_of_work(ctx) as s:
        _by_code(s, Country, "DE").deleted_at = utcnow()
        _by_code(s, Industry, "ROBOT").deleted_at = utcnow()
        s.commit()
    changes = history.record_history(ctx, "delegation", trip) + history.record_history(ctx, "investor", investor)
    for field, said in (
        ("country_id", "Country has an invalid value: DE"),
        ("target_industry_id", "Target industry has an invalid value: ROBOT"),
    ):
        for change in (c for c in changes if c.field == field and c.action == "update"):
            version = history.current_version(ctx, change.entity, change.record_id)
            with pytest.raises(ValidationError) as caught:
                history.restore_value(ctx, change.id, version)
            assert caught.value.message("en") == said
            assert history.current_version(ctx, change.entity, change.record_id) == version
    assert get_investor_row(ctx, investor).country_code == "BE"


def test_history_show_and_its_sheet_name_the_part_removed_or_changed_and_its_kind_in_words(
    sqlite_url: str, migrated: Callable[[str], None], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`history show` and its Excel sheet name the member removed and the itinerary item whose time
    changed, as the History tab does, and the Record column says the kind of record in the reader's
    words ("Delegation member" / "유치단 단원"), not the table and id (`delegation_member 1cc0…`)."""
    migrated(sqlite_url)
    db = connect(sqlite_url)
    ctx = Context(db, "tester", "cli")
    trip = create_delegation(
        ctx, DelegationDraft(title="대전 AI·로봇 투자유치단", year=2027, lead_province_codes=("KR-30",))
    )
    member = add_member(ctx, trip, MemberDraft(name="김민지", name_en="Kim Minji", position="단장"))
    item = add_itinerary_item(
        ctx, trip, ItineraryDraft(ItineraryKind.MEETING, "Siemens visit", datetime(2027, 3, 10, 10), "Europe/Berlin")
    )
    draft, version = get_itinerary_item(ctx, item)
    update_itinerary_item(ctx, item, version, replace(draft, starts_local=datetime(2027, 3, 10, 11)))
    records.delete(ctx, DELEGATION_MEMBER, member)
    expected = {
        "en": (
            "Deleted  Delegation member Delegation member: Kim Minji",
            "Changed  Itinerary item Itinerary item: Siemens visit › Start time: 2027-03-10 10:00 → 2027-03-10 11:00",
            ("Delegation member", "Deleted", "Delegation member: Kim Minji"),
            ("Itinerary item", "Changed", "Itinerary item: Siemens visit › Start time"),
        ),
        "ko": (
            "삭제       유치단 단원 유치단 단원: 김민지",
            "수정       일정 항목 일정 항목: Siemens visit › 시작 시각: 2027-03-10 10:00 → 2027-03-10 11:00",
            ("유치단 단원", "삭제", "유치단 단원: 김민지"),
            ("일정 항목", "수정", "일정 항목: Siemens visit › 시작 시각"),
        ),
    }
    for lang, (deleted, changed, deleted_row, changed_row) in expected.items():
        sheet = tmp_path / f"{lang}.xlsx"
        argv = ["--db", sqlite_url, "--lang", lang, "history", "show", "delegation", str(trip), "--xlsx", str(sheet)]
        assert main(argv) == 0
        lines = [line.rsplit("  [", 1)[0] for line in capsys.readouterr().out.splitlines()]
        assert any(line.endswith(deleted) for line in lines), lines
        assert any(line.endswith(changed) for line in lines), lines
        rows = list(load_workbook(sheet).active.iter_rows(values_only=True))[1:]
        assert deleted_row in [row[3:6] for row in rows] and changed_row in [row[3:6] for row in rows], rows
        assert not any("_" in str(row[3]) or UUID.search(str(row[3])) for row in rows), [row[3] for row in rows]
    db.dispose()


def test_every_field_a_history_can_list_has_words_in_both_languages() -> None:
    """No field of any kind of record reaches the History tab or `history show` as its column name
    (an officer's `office_id`, a grievance's `home_doctor_id`, a mail's `sender` …), nor without
    its Korean; and every kind of record is named in words."""
    from sqlalchemy import inspect

    from kotra_invest.domain.base import Base, Synced
    from kotra_invest.domain.kinds import record_kind

    unlabelled, kinds = [], []
    for mapper in Base.registry.mappers:
        model = mapper.class_
        if not issubclass(model, Synced):
            continue
        entity = model.__tablename__
        if record_kind(entity, "en") == entity or record_kind(entity, "ko") == record_kind(entity, "en"):
            kinds.append(entity)
        links = [r.key for r in inspect(model).relationships if r.secondary is not None]
        for field in [a.key for a in mapper.column_attrs] + links:
            if field in ("id", "version", "created_at", "updated_at", "updated_by"):
                continue
            ko, en = history._labels(field)
            if en in ("", field) or ko in ("", field, en):
                unlabelled.append((entity, field))
    assert unlabelled == [] and kinds == []


def test_an_officers_office_and_account_read_as_words_in_history_show(
    sqlite_url: str, migrated: Callable[[str], None], capsys: pytest.CaptureFixture[str]
) -> None:
    """An officer's history says which office they belong to and that their account was switched
    off, with field names in words ("Office", "소속"), not `office_id` and `active`; and their name
    is a person's (이름), not an investor's company name (회사명)."""
    migrated(sqlite_url)
    assert main(["--db", sqlite_url, "officers", "add", "lee.sora", "이소라", "--office", "HQ"]) == 0
    assert main(["--db", sqlite_url, "officers", "deactivate", "lee.sora"]) == 0
    assert main(["--db", sqlite_url, "officers", "list", "--all", "--json"]) == 0
    out = capsys.readouterr().out
    officer = next(row["id"] for row in json.loads(out[out.index("[") :]) if row["login"] == "lee.sora")
    for lang, name, office, active in (
        ("en", "Name: 이소라", "Office: KOTRA Headquarters (Invest KOREA)", "Active: yes → no"),
        ("ko", "이름: 이소라", "소속: KOTRA 본사 (인베스트코리아)", "활성: 예 → 아니요"),
    ):
        assert main(["--db", sqlite_url, "--lang", lang, "history", "show", "officer", officer]) == 0
        said = capsys.readouterr().out
        assert all(words in said for words in (name, office, active)), said
        assert "office_id" not in said and "active:" not in said and "회사명" not in said, said  # a person, not a firm


def test_a_new_investor_without_tags_reads_without_an_empty_list(ctx: Context) -> None:
    """A Created row lists what the record was given: an investor given no tags reads without
    "Tags: []" (the audit keeps the empty list as its JSON text), one given tags lists them."""
    bare = create_investor(ctx, InvestorDraft(name="Umicore SA"))
    tagged = create_investor(ctx, InvestorDraft(name="Haldor Optics", tags=["optics", "ev"]))
    for lang in ("en", "ko"):
        [created] = history.record_history(replace(ctx, lang=lang), "investor", bare)
        assert "[]" not in (created.new_shown or "") and "Umicore SA" in (created.new_shown or ""), created.new_shown
    [created] = history.record_history(ctx, "investor", tagged)
    assert "Tags: " in (created.new_shown or "") and "optics" in (created.new_shown or ""), created.new_shown


def test_history_show_names_a_new_meeting_and_task_by_kind_and_record_not_record(
    sqlite_url: str, migrated: Callable[[str], None], capsys: pytest.CaptureFixture[str]
) -> None:
    """A meeting logged with its follow-up task from the command line (README: `meetings add …
    --follow-up`), then `history show interaction|task ID`: each Created row says what was made,
    "Meeting: 2026-03-04 Siemens visit" and "Task: Send the site brochure" (면담: 2026. 3. 4. …,
    할 일: …), as a delegation member's says "Delegation member: Kim Minji" — not "Record" (기록)."""
    migrated(sqlite_url)
    db = connect(sqlite_url)
    create_investor(Context(db, "tester", "cli"), InvestorDraft(name="Siemens AG"))
    db.dispose()
    argv = ["--db", sqlite_url, "meetings", "add", "--investor", "Siemens", "--summary", "Siemens visit"]
    argv += ["--at", "2026-03-04T10:00+09:00", "--follow-up", "Send the site brochure", "--json"]
    assert main(argv) == 0
    logged = json.loads(capsys.readouterr().out)
    meeting, task = logged["meeting"]["id"], logged["follow_up_task_id"]
    for lang, meeting_words, task_words, record in (
        ("en", "Meeting: 2026-03-04 Siemens visit", "Task: Send the site brochure", "Record"),
        ("ko", "면담: 2026. 3. 4. Siemens visit", "할 일: Send the site brochure", "기록"),
    ):
        for entity, record_id, words in (("interaction", meeting, meeting_words), ("task", task, task_words)):
            assert main(["--db", sqlite_url, "--lang", lang, "history", "show", entity, record_id]) == 0
            [line] = capsys.readouterr().out.splitlines()
            said = line.rsplit("  [", 1)[0]
            assert f" {words} — " in said, said  # the kind and the record, then what it was given
            assert f" {record} " not in said and f" {record}:" not in said, said


def test_the_itinerary_kind_reads_the_same_in_an_error_and_in_the_history(
    sqlite_url: str, migrated: Callable[[str], None], capsys: pytest.CaptureFixture[str]
) -> None:
    """An itinerary item is an "Itinerary item" (일정 항목) wherever it is named: the error of
    `brief --ics --item` for one the trip has not, and the trip's `history show` (its Record column
    and the row naming the item) — not "Itinerary entry" (일정) in one and "Itinerary item" in the other."""
    migrated(sqlite_url)
    db = connect(sqlite_url)
    ctx = Context(db, "tester", "cli")
    trip = create_delegation(
        ctx, DelegationDraft(title="대전 AI·로봇 투자유치단", year=2027, lead_province_codes=("KR-30",))
    )
    add_itinerary_item(
        ctx, trip, ItineraryDraft(ItineraryKind.MEETING, "Siemens visit", datetime(2027, 3, 10, 10), "Europe/Berlin")
    )
    db.dispose()
    for lang, refused, kind in (
        ("en", "No itinerary item found for: Umicore", "Itinerary item"),
        ("ko", "일정 항목을 찾을 수 없습니다: Umicore", "일정 항목"),
    ):
        brief = ["--db", sqlite_url, "--lang", lang, "brief", str(trip), "--reason", "testing"]
        assert (
            main([*brief, "--ics", str(Path(sqlite_url.split("///")[-1]).with_suffix(".ics")), "--item", "Umicore"])
            == 2
        )
        assert refused in capsys.readouterr().err
        assert main(["--db", sqlite_url, "--lang", lang, "history", "show", "delegation", str(trip)]) == 0
        [created] = [line for line in capsys.readouterr().out.splitlines() if "Siemens visit" in line]
        assert f" {kind} {kind}: Siemens visit — " in created, created


def test_every_kind_a_history_lists_is_named_by_fields_its_table_has() -> None:
    """Every kind of record a history can list has its words (domain/kinds.py, the list errors and
    the desktop read too) and the fields that name one of its records, each a column of its table:
    no row of any kind falls back to "Record", none names a record by a field that is not there."""

    from kotra_invest.domain.base import Base, Synced
    from kotra_invest.domain.errors import FIELD_LABELS
    from kotra_invest.domain.kinds import RECORD_KINDS

    missing, wrong = [], []
    for mapper in Base.registry.mappers:
        if not issubclass(mapper.class_, Synced):
            continue
        entity = mapper.class_.__tablename__
        if entity not in history._NAMED_BY or entity not in RECORD_KINDS:
            missing.append(entity)
            continue
        columns = {a.key for a in mapper.column_attrs}
        wrong += [(entity, f) for fields in history._NAMED_BY[entity] for f in fields if f not in columns]
        assert tuple(history._labels(None, entity)) == tuple(RECORD_KINDS[entity])  # the row's kind
        assert tuple(FIELD_LABELS[entity]) == tuple(RECORD_KINDS[entity])  # an error's {entity}
    assert missing == [] and wrong == []
    assert set(history._NAMED_BY) <= set(RECORD_KINDS)
