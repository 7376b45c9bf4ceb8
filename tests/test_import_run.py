"""Importing realistic messy trackers: exactly what is stored, skipped, updated, and what the report says.

Every test runs on SQLite and on PostgreSQL (the `ctx` fixture).
"""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from import_helpers import counts, csv_file, investors, xlsx
from sqlalchemy import select

from kotra_invest.domain.enums import InteractionKind, Role
from kotra_invest.domain.errors import DomainError, ValidationError
from kotra_invest.domain.models import AuditEntry, Contact, FdiAmount, Interaction, Investor, Project
from kotra_invest.importers import (
    ERROR_COLUMN,
    check,
    open_source,
    preview,
    remembered_mapping,
    run_import,
    save_mapping,
    suggest_mapping,
    write_error_workbook,
)
from kotra_invest.importers import run as import_run
from kotra_invest.services import records
from kotra_invest.services.contacts import CONTACT, ContactDraft
from kotra_invest.services.interactions import InteractionDraft, create_interaction
from kotra_invest.services.investors import InvestorDraft, create_investor
from kotra_invest.services.officers import ensure_officer
from kotra_invest.services.search import search
from kotra_invest.services.unit_of_work import Context, unit_of_work

INVESTOR_ROWS = [
    ["2026년 투자가 관리대장 (서울)", None, None, None, None, None],
    [None] * 6,
    ["회사명", "국가", "업종", "홈페이지", "규모", "비고"],
    ["Siemens AG", "독일", "반도체", "https://www.siemens.com", "대기업", "본사 방문 2026.3"],  # 4: new
    ["SIEMENS Aktiengesellschaft", "Germany", "Semiconductors", None, None, "중복 행"],  # 5: same as row 4
    ["Acme Robotics, Inc.", "USA", "로봇", "acme.io", "스타트업", None],  # 6: new
    [None] * 6,
    ["Hanwha Aerospace Korea", "KR", "항공우주", "http://hanwha.com/en/", None, "기존 투자가"],  # 8: DB, by website
    ["Narnia Trading", "Narnia", "로봇", None, None, None],  # 9: unknown country
    ["Beta Bio GmbH", "DE", "바이오", "not a website", "huge", None],  # 10: bad website and size
    [None, "JP", "로봇", None, None, "이름 없음"],  # 11: no name
    ["Samsnug Biologics", "대한민국", "제약·바이오", None, "대기업", None],  # 12: fuzzy duplicate of a DB investor
]


@pytest.fixture(autouse=True)
def _officer(ctx: Context) -> None:
    """The importing officer has an account (on a shared server, an unknown login may only read)."""
    ensure_officer(ctx, role=Role.OFFICER)


def _existing(ctx: Context) -> None:
    create_investor(ctx, InvestorDraft(name="Hanwha Aerospace", country_code="KR", website="https://www.hanwha.com"))
    create_investor(ctx, InvestorDraft(name="Samsung Biologics", country_code="KR", industry_code="BIO"))


def _tracker(tmp_path: Path) -> Path:
    return xlsx(tmp_path / "2026 투자가 관리대장.xlsx", INVESTOR_ROWS, merges=("A1:F1",))


def test_a_messy_investor_tracker_stores_exactly_the_good_new_rows(ctx: Context, tmp_path: Path) -> None:
    _existing(ctx)
    before = counts(ctx)
    info = open_source(_tracker(tmp_path))
    assert info.header_row == 3
    report = run_import(ctx, info, suggest_mapping("investors", info.headers))

    assert report.committed and not report.dry_run
    assert (report.rows_read, report.created, report.updated, report.skipped) == (8, 2, 0, 3)
    assert [(d.row, d.matched_name, d.matched_row, d.reason, d.action) for d in report.duplicates] == [
        (5, "Siemens AG", 4, "name", "skipped"),
        (8, "Hanwha Aerospace", None, "website", "skipped"),
        (12, "Samsung Biologics", None, "fuzzy_name", "skipped"),
    ]
    assert [(e.row, e.column, e.code) for e in report.errors] == [
        (9, "국가", "import_unknown_reference"),
        (10, "홈페이지", "invalid_value"),
        (10, "규모", "import_unknown_choice"),
        (11, "회사명", "required"),
    ]
    assert "Narnia" in report.errors[0].message

    stored = investors(ctx)
    assert set(stored) == {"Hanwha Aerospace", "Samsung Biologics", "Siemens AG", "Acme Robotics, Inc."}
    siemens, acme = stored["Siemens AG"], stored["Acme Robotics, Inc."]
    assert (siemens.country.code, siemens.industry.code, siemens.size, siemens.notes) == (
        "DE",
        "SEMI",
        "large",
        "본사 방문 2026.3",
    )
    assert (acme.country.code, acme.industry.code, acme.size, acme.website) == ("US", "ROBOT", "startup", "acme.io")
    assert stored["Hanwha Aerospace"].notes is None  # a duplicate is never changed without being asked
    after = counts(ctx)
    assert after["investor"] == before["investor"] + 2

    with unit_of_work(ctx) as session:
        audit = session.scalars(select(AuditEntry).where(AuditEntry.source.like("import:%"))).all()
    assert {a.source for a in audit} == {"import:2026 투자가 관리대장.xlsx"}
    assert sorted(a.record_id for a in audit) == sorted([siemens.id, acme.id])
    assert all(a.action == "insert" and '"name"' in (a.new_value or "") for a in audit)


def test_a_dry_run_reports_the_same_and_changes_nothing(ctx: Context, tmp_path: Path) -> None:
    _existing(ctx)
    before = counts(ctx)
    info = open_source(_tracker(tmp_path))
    mapping = suggest_mapping("investors", info.headers)
    dry = check(ctx, info, mapping)
    assert counts(ctx) == before
    assert dry.dry_run and not dry.committed
    real = run_import(ctx, info, mapping)
    assert (dry.created, dry.skipped, dry.errors) == (real.created, real.skipped, real.errors)
    assert [d.row for d in dry.duplicates] == [d.row for d in real.duplicates]


def test_update_changes_the_duplicate_field_by_field_and_audits_it(ctx: Context, tmp_path: Path) -> None:
    _existing(ctx)
    info = open_source(_tracker(tmp_path))
    report = run_import(ctx, info, suggest_mapping("investors", info.headers), on_duplicate="update")
    hanwha = next(d for d in report.duplicates if d.row == 8)
    assert hanwha.action == "updated"
    assert {c.field: (c.old, c.new) for c in hanwha.changes} == {
        "website": ("https://www.hanwha.com", "http://hanwha.com/en/"),
        "industry_id": (None, hanwha_industry(ctx)),
        "notes": (None, "기존 투자가"),
    }
    stored = investors(ctx)
    assert "Hanwha Aerospace Korea" not in stored  # the stored name is kept
    assert stored["Hanwha Aerospace"].notes == "기존 투자가"
    assert stored["Hanwha Aerospace"].industry.code == "AERO"
    # The within-file duplicate updated the row created from row 4 (its notes).
    assert stored["Siemens AG"].notes == "중복 행"
    assert report.updated == 3  # Hanwha, Samsung Biologics (size), Siemens AG (from row 5)
    with unit_of_work(ctx) as session:
        changed = session.scalars(
            select(AuditEntry).where(
                AuditEntry.record_id == stored["Hanwha Aerospace"].id, AuditEntry.action == "update"
            )
        ).all()
    assert {a.field for a in changed} == {"website", "industry_id", "notes"}
    assert {a.source for a in changed} == {"import:2026 투자가 관리대장.xlsx"}


def hanwha_industry(ctx: Context) -> str:
    from kotra_invest.domain.models import Industry

    with unit_of_work(ctx) as session:
        return str(session.scalar(select(Industry.id).where(Industry.code == "AERO")))


def test_create_and_per_row_decisions(ctx: Context, tmp_path: Path) -> None:
    _existing(ctx)
    info = open_source(_tracker(tmp_path))
    mapping = suggest_mapping("investors", info.headers)
    report = run_import(ctx, info, mapping, on_duplicate="skip", decisions={12: "create"})
    assert [(d.row, d.action) for d in report.duplicates] == [(5, "skipped"), (8, "skipped"), (12, "created")]
    assert "Samsnug Biologics" in investors(ctx)
    again = run_import(ctx, info, mapping, on_duplicate="create")
    assert again.created == 5  # every good row once more: rows 4, 5, 6, 8 and 12
    assert all(d.action == "created" for d in again.duplicates)


def test_all_or_nothing_leaves_the_database_unchanged_when_a_row_fails(ctx: Context, tmp_path: Path) -> None:
    before = counts(ctx)
    info = open_source(_tracker(tmp_path))
    report = run_import(ctx, info, suggest_mapping("investors", info.headers), all_or_nothing=True)
    assert report.errors and not report.committed
    assert counts(ctx) == before


def test_contacts_from_a_cp949_csv_are_linked_to_their_investor(ctx: Context, tmp_path: Path) -> None:
    acme = create_investor(ctx, InvestorDraft(name="Acme Robotics, Inc.", country_code="US"))
    create_investor(ctx, InvestorDraft(name="Daehan Korea", country_code="KR"))
    create_investor(ctx, InvestorDraft(name="DAEHAN Korea Ltd.", country_code="KR"))
    with unit_of_work(ctx) as session:
        session.add(Contact(investor_id=acme, full_name="Jane Roe", email="jane@acme.io"))
        session.commit()
    path = csv_file(
        tmp_path / "연락처.csv",
        [
            "투자가 담당자 연락처,,,,",
            "기업명,성명,직위,이메일,휴대폰",
            "ACME Robotics,John Doe,CEO,John.Doe@ACME.io,010-1234-5678",  # 3: new, fuzzy-exact investor
            "Acme Robotics Inc,Jane R.,CTO,jane@acme.io,02 3460 7114",  # 4: the same e-mail as a stored contact
            "Daehan Korea,김민수,부장,minsu@daehan.kr,",  # 5: two investors fit
            "Nobody Ltd,Kim,,kim@nobody.kr,",  # 6: unknown investor
            "Acme Robotics,Max Mustermann,,max(at)acme.io,12",  # 7: bad e-mail and phone
            "Acme Robotics,John Doe,CEO,,",  # 8: the same person as row 3
            "Acme Robotics,Ann Lee,,ann@acme.io,(415) 555-2671",  # 9: a US number written the American way
        ],
        "cp949",
    )
    info = open_source(path)
    assert info.encoding == "cp949"
    report = run_import(ctx, info, suggest_mapping("contacts", info.headers))
    assert (report.created, report.skipped) == (2, 2)
    assert [(d.row, d.reason, d.matched_row) for d in report.duplicates] == [(4, "email", None), (8, "name", 3)]
    assert [(e.row, e.field, e.code) for e in report.errors] == [
        (5, "investor", "import_investor_ambiguous"),
        (6, "investor", "import_investor_unknown"),
        (7, "email", "invalid_email"),
        (7, "phone", "import_bad_phone"),
    ]
    assert "DAEHAN Korea Ltd." in report.errors[0].message and "Daehan Korea" in report.errors[0].message
    with unit_of_work(ctx) as session:
        john = session.scalars(select(Contact).where(Contact.full_name == "John Doe")).one()
        ann = session.scalars(select(Contact).where(Contact.full_name == "Ann Lee")).one()
    assert ann.phone == "+1 415-555-2671"
    assert (john.investor_id, john.email, john.phone, john.job_title) == (
        acme,
        "John.Doe@acme.io",
        "+82 10-1234-5678",
        "CEO",
    )


PROJECT_HEADER = [
    "투자가",
    "프로젝트명",
    "유형",
    "단계",
    "시·도",
    "경제자유구역",
    "투자금액",
    "통화",
    "신고금액",
    "신고일",
    "대외비",
    "코드명",
]


def test_projects_with_korean_and_western_amounts_and_dates(ctx: Context, tmp_path: Path) -> None:
    acme = create_investor(ctx, InvestorDraft(name="Acme Robotics", country_code="US"))
    path = xlsx(
        tmp_path / "pipeline.xlsx",
        [
            ["2026 파이프라인"],
            PROJECT_HEADER,
            [
                "Acme Robotics",
                "천안 로봇 공장",
                "신규",
                "MOU 체결",
                "충남",
                None,
                "4억 2,000만 원",
                None,
                "USD 12.5M",
                "2026.3.4",
                None,
                None,
            ],
            [
                "Acme Robotics",
                "인천 R&D 센터",
                "증설",
                "면담",
                "인천",
                "인천",
                "$12.5 million",
                None,
                None,
                None,
                None,
                None,
            ],
            [
                "Acme Robotics",
                "부산 물류",
                "M&A",
                None,
                "Busan",
                "Busan-Jinhae",
                "12,500,000",
                "KRW",
                "3천만",
                46085,
                None,
                None,
            ],
            ["Acme Robotics", "비밀 과제", None, "잠재 발굴", "경기", None, "1.5억", None, None, None, "Y", None],
            ["Acme Robotics", "도착만", None, None, None, None, "US$ 2 bn", None, "500만 달러", None, None, None],
        ],
    )
    info = open_source(path)
    report = run_import(ctx, info, suggest_mapping("projects", info.headers))
    assert report.created == 3
    assert [(e.row, e.field, e.code) for e in report.errors] == [
        (6, "code_name", "confidential_needs_code_name"),
        (7, "notified_on", "required"),
    ]
    with unit_of_work(ctx) as session:
        projects = {p.title: p for p in session.scalars(select(Project)).all()}
        amounts = {
            (a.project.title, a.kind, a.amount, a.currency, a.on_date) for a in session.scalars(select(FdiAmount)).all()
        }
        cheonan = projects["천안 로봇 공장"]
        assert (cheonan.investor_id, cheonan.project_type, cheonan.stage.code, cheonan.target_province.code) == (
            acme,
            "greenfield",
            "MOU",
            "KR-44",
        )
        assert (cheonan.capex_amount, cheonan.capex_currency) == (Decimal("420000000.00"), "KRW")
        incheon = projects["인천 R&D 센터"]
        assert (incheon.project_type, incheon.new_or_additional, incheon.stage.code, incheon.fez.code) == (
            "greenfield",
            "additional",
            "MEETING",
            "IFEZ",
        )
        assert (incheon.capex_amount, incheon.capex_currency) == (Decimal("12500000.00"), "USD")
        busan = projects["부산 물류"]
        assert (busan.project_type, busan.stage.code, busan.target_province.code, busan.fez.code) == (
            "mna",
            "LEAD",
            "KR-26",
            "BJFEZ",
        )
        assert (busan.capex_amount, busan.capex_currency) == (Decimal("12500000.00"), "KRW")
    assert amounts == {
        ("천안 로봇 공장", "notified", Decimal("12500000.00"), "USD", date(2026, 3, 4)),
        ("부산 물류", "notified", Decimal("30000000.00"), "KRW", date(2026, 3, 4)),
    }


def test_interactions_find_their_investor_and_contact(ctx: Context, tmp_path: Path) -> None:
    acme = create_investor(ctx, InvestorDraft(name="Acme Robotics", country_code="US"))
    with unit_of_work(ctx) as session:
        jane = Contact(investor_id=acme, full_name="Jane Roe", email="jane@acme.io")
        session.add(jane)
        session.commit()
        jane_id = jane.id
    path = csv_file(
        tmp_path / "meetings.csv",
        [
            "Company,Date,Type,Summary,Contact",
            "Acme Robotics,2026-03-04 14:30,전화,Follow-up on the Cheonan site,jane@acme.io",
            "Acme Robotics,2026년 3월 5일,면담,Site visit plan,Roe Jane",
            "Acme Robotics,2026-03-04 14:30,call,Follow-up on the Cheonan site,",
            "Acme Robotics,2026.3.6,Dinner,Dinner,",
        ],
    )
    info = open_source(path)
    report = run_import(ctx, info, suggest_mapping("interactions", info.headers))
    assert report.created == 2
    assert [(d.row, d.reason) for d in report.duplicates] == [(4, "same_interaction")]
    assert [(e.row, e.field, e.code) for e in report.errors] == [(5, "kind", "import_unknown_choice")]
    with unit_of_work(ctx) as session:
        rows = session.scalars(select(Interaction).order_by(Interaction.occurred_at)).all()
        assert [(r.kind, r.occurred_at, r.contact_id) for r in rows] == [
            ("call", datetime(2026, 3, 4, 5, 30, tzinfo=UTC), jane_id),
            ("meeting", datetime(2026, 3, 4, 15, 0, tzinfo=UTC), jane_id),
        ]


MEETING_WITH_ADA = (
    "ada@acme.example is the e-mail of Ada Lovelace at Acme Robotics, not at Globex Batteries: a meeting, call or "
    "e-mail is with its own investor's people (correct the e-mail or the investor)."
)


def test_a_meeting_finds_its_contact_at_its_own_investor_only(ctx: Context, tmp_path: Path) -> None:
    """A Globex meeting whose contact is Acme's Ada's e-mail: before, it was stored on Globex's
    timeline with Acme's Ada as its contact, which the desk refuses. Now the row is refused in its
    contact column, naming both investors. One mailbox shared by two investors' people finds each
    meeting's own, and a person of no investor (an adviser) may be in any meeting, as at the desk."""
    acme = create_investor(ctx, InvestorDraft(name="Acme Robotics"))
    globex = create_investor(ctx, InvestorDraft(name="Globex Batteries"))
    ada = records.create(ctx, CONTACT, ContactDraft("Ada Lovelace", acme, email="ada@acme.example"))
    acme_ir = records.create(ctx, CONTACT, ContactDraft("Acme IR", acme, email="ir@group.example"))
    globex_ir = records.create(ctx, CONTACT, ContactDraft("Globex IR", globex, email="ir@group.example"))
    adviser = records.create(ctx, CONTACT, ContactDraft("Sam Adviser", email="sam@law.example"))
    path = csv_file(
        tmp_path / "meetings.csv",
        [
            "Company,Date,Type,Summary,Contact",
            "Globex Batteries,2026-03-04 10:00,면담,Plant tour,ada@acme.example",
            "Acme Robotics,2026-03-05 10:00,면담,Cheonan site,ADA@acme.example",
            "Globex Batteries,2026-03-06 10:00,전화,Group call,IR@group.example",
            "Acme Robotics,2026-03-06 10:00,전화,Group call,ir@group.example",
            "Globex Batteries,2026-03-07 10:00,면담,Legal review,sam@law.example",
            "Globex Batteries,2026-03-08 10:00,면담,Dinner,Ada Lovelace",
        ],
    )
    info = open_source(path)
    report = run_import(ctx, info, suggest_mapping("interactions", info.headers))
    assert [(e.row, e.column, e.code) for e in report.errors] == [
        (2, "Contact", "import_meeting_contact_elsewhere"),
        (7, "Contact", "import_contact_unknown"),
    ]
    assert report.errors[0].message == MEETING_WITH_ADA
    assert [n for n, _ in report.failed_rows] == [2, 7]
    with unit_of_work(ctx) as session:
        stored = {(i.investor_id, i.summary, i.contact_id) for i in session.scalars(select(Interaction))}
    assert stored == {
        (acme, "Cheonan site", ada),
        (globex, "Group call", globex_ir),
        (acme, "Group call", acme_ir),
        (globex, "Legal review", adviser),
    }
    korean = run_import(replace(ctx, lang="ko"), info, suggest_mapping("interactions", info.headers))
    assert korean.errors[0].message.endswith("(이메일이나 투자가를 고치세요).")
    # The desk says the same of the same meeting.
    with pytest.raises(ValidationError) as caught:
        create_interaction(
            ctx, InteractionDraft(InteractionKind.MEETING, datetime(2026, 3, 4, 1, tzinfo=UTC), "Tour", globex, ada)
        )
    assert (caught.value.code, caught.value.field) == ("not_of_investor", "contact")


def test_a_meeting_finds_an_adviser_by_name_as_the_desk_accepts_them(ctx: Context, tmp_path: Path) -> None:
    """A meetings row naming a contact of no investor (an adviser) by name, not e-mail: before, "No
    contact at this investor", though the desk puts an adviser on any investor's meeting. Now the
    one adviser of that name is found; the investor's own person of that name comes first; two
    advisers of one name are told apart by e-mail only, and the row says so."""
    globex = create_investor(ctx, InvestorDraft(name="Globex Batteries"))
    sam = records.create(ctx, CONTACT, ContactDraft("Sam Adviser", email="sam@law.example"))
    own_lee = records.create(ctx, CONTACT, ContactDraft("Lee Jiwoo", globex, email="jiwoo@globex.example"))
    records.create(ctx, CONTACT, ContactDraft("Lee Jiwoo", email="lee@tax.example"))  # an adviser, same name
    records.create(ctx, CONTACT, ContactDraft("김민수", email="minsu@law.example"))
    records.create(ctx, CONTACT, ContactDraft("김민수", email="mskim@audit.example"))
    path = csv_file(
        tmp_path / "부산 면담 기록.csv",
        [
            "2026년 부산지원단 면담 기록,,,,",
            "기업명,면담일,구분,면담 내용,상대방",
            "Globex Batteries,2026-03-07 10:00,면담,Legal review,Adviser Sam",
            "Globex Batteries,2026-03-08 10:00,면담,Plant tour,Lee Jiwoo",
            "Globex Batteries,2026-03-09 10:00,면담,Tax review,김민수",
        ],
    )
    info = open_source(path)
    report = run_import(ctx, info, suggest_mapping("interactions", info.headers))
    assert [(e.row, e.column, e.code) for e in report.errors] == [(5, "상대방", "import_contact_ambiguous")]
    assert report.errors[0].message == (
        "'김민수' is the name of several contacts of no investor (advisers): give the e-mail of the one meant "
        "(minsu@law.example; mskim@audit.example)."
    )
    with unit_of_work(ctx) as session:
        stored = {(i.summary, i.contact_id) for i in session.scalars(select(Interaction))}
    assert stored == {("Legal review", sam), ("Plant tour", own_lee)}
    # The desk accepts the adviser on the same meeting.
    create_interaction(
        ctx, InteractionDraft(InteractionKind.MEETING, datetime(2026, 3, 10, 1, tzinfo=UTC), "Call", globex, sam)
    )
    korean = run_import(replace(ctx, lang="ko"), info, suggest_mapping("interactions", info.headers))
    assert korean.errors[0].message.startswith(
        "투자가 없는 연락처(자문역) 중 '김민수'가 여럿입니다"
    )  # the particle 김민수 takes


def test_a_meeting_naming_one_of_two_namesakes_at_its_investor_says_so(ctx: Context, tmp_path: Path) -> None:
    """Globex has two people called Lee Jiwoo: a meetings row naming "Lee Jiwoo" was tied to the
    first one found, silently. Now the row is refused in its contact column with one sentence that
    names the investor, the person and their e-mails; by e-mail the row finds the one meant."""
    globex = create_investor(ctx, InvestorDraft(name="Globex Batteries"))
    acme = create_investor(ctx, InvestorDraft(name="Acme Robotics"))
    records.create(ctx, CONTACT, ContactDraft("Lee Jiwoo", globex, email="jiwoo@globex.example"))
    second = records.create(ctx, CONTACT, ContactDraft("Jiwoo Lee", globex, email="j.lee@globex.example"))
    only = records.create(ctx, CONTACT, ContactDraft("Lee Jiwoo", acme, email="lee@acme.example"))
    path = csv_file(
        tmp_path / "면담 기록.csv",
        [
            "기업명,면담일,구분,면담 내용,상대방",
            "Globex Batteries,2026-03-07 10:00,면담,Plant tour,Lee Jiwoo",
            "Globex Batteries,2026-03-08 10:00,면담,Pricing,J.Lee@globex.example",
            "Acme Robotics,2026-03-09 10:00,면담,Robots,Lee Jiwoo",
        ],
    )
    info = open_source(path)
    report = run_import(ctx, info, suggest_mapping("interactions", info.headers))
    assert [(e.row, e.column, e.code) for e in report.errors] == [(2, "상대방", "import_contact_ambiguous")]
    assert report.errors[0].message == (
        "Globex Batteries has several contacts named 'Lee Jiwoo': give the e-mail of the one meant "
        "(j.lee@globex.example; jiwoo@globex.example)."
    )
    with unit_of_work(ctx) as session:
        stored = {(i.summary, i.contact_id) for i in session.scalars(select(Interaction))}
    assert stored == {("Pricing", second), ("Robots", only)}
    korean = run_import(replace(ctx, lang="ko"), info, suggest_mapping("interactions", info.headers))
    assert korean.errors[0].message == (
        "Globex Batteries에 'Lee Jiwoo'(이)라는 연락처가 여럿입니다: 뜻하는 사람의 이메일을 적으세요 "
        "(j.lee@globex.example; jiwoo@globex.example)."
    )


def test_the_error_workbook_can_be_fixed_and_imported_again(ctx: Context, tmp_path: Path) -> None:
    path = csv_file(
        tmp_path / "list.csv",
        [
            "회사명,국가,비고",
            "Good Co,미국,ok",
            'Hostile Co,Narnia,=HYPERLINK("http://evil.example";"click")',
            "Other Co,XX,+cmd|' /C calc'!A0",
        ],
    )
    info = open_source(path)
    mapping = suggest_mapping("investors", info.headers)
    save_mapping(mapping)
    report = run_import(ctx, info, mapping)
    assert (report.created, report.failed) == (1, 2)
    errors_path = write_error_workbook(report, tmp_path / "list.errors.xlsx")

    book = openpyxl.load_workbook(errors_path)
    rows_ws = book.worksheets[0]
    values = [[c.value for c in row] for row in rows_ws.iter_rows()]
    assert values[0] == ["회사명", "국가", "비고", ERROR_COLUMN]
    assert values[1][:3] == ["Hostile Co", "Narnia", '=HYPERLINK("http://evil.example";"click")']
    assert rows_ws.cell(2, 3).data_type == "s"  # text, not a formula Excel would run
    assert rows_ws.cell(3, 3).data_type == "s"
    assert "[국가]" in values[1][3] and "Narnia" in values[1][3]
    listing = [[c.value for c in row] for row in book.worksheets[1].iter_rows(min_row=2)]
    assert [(r[0], r[1], r[4]) for r in listing] == [
        (3, "국가", "import_unknown_reference"),
        (4, "국가", "import_unknown_reference"),
    ]

    rows_ws.cell(2, 2).value = "영국"
    rows_ws.cell(3, 2).value = "FR"
    book.save(errors_path)
    again = open_source(errors_path)
    remembered = remembered_mapping("investors", again.headers)
    assert remembered is not None and remembered.columns == ("name", "country", "notes", None)
    second = run_import(ctx, again, suggest_mapping("investors", again.headers))
    assert (second.created, second.errors) == (2, ())
    stored = investors(ctx)
    assert stored["Hostile Co"].notes == '=HYPERLINK("http://evil.example";"click")'
    assert stored["Hostile Co"].country.code == "GB"


def _many(tmp_path: Path, n: int) -> Path:
    return csv_file(
        tmp_path / "many.csv",
        ["Company name,Country,Website"] + [f"Company {i:05d} Zyxq,US,c{i}.example.com" for i in range(n)],
    )


def test_progress_is_reported_and_a_cancel_changes_nothing(ctx: Context, tmp_path: Path) -> None:
    info = open_source(_many(tmp_path, 1200))
    mapping = suggest_mapping("investors", info.headers)
    before = counts(ctx)
    stop = threading.Event()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        stop.set()

    with pytest.raises(DomainError) as caught:
        run_import(ctx, info, mapping, progress=progress, cancel=stop)
    assert caught.value.code == "cancelled"
    assert counts(ctx) == before
    seen.clear()
    report = run_import(ctx, info, mapping, progress=progress)
    assert report.created == 1200
    assert seen[0] == (500, 1200) and seen[-1] == (1200, 1200)


def test_a_big_import_indexes_its_records_for_search(
    ctx: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_run, "BULK_INDEX_ROWS", 100)  # take the bulk path with a small file
    create_investor(ctx, InvestorDraft(name="Hanwha Aerospace", website="hanwha.com"))
    path = csv_file(
        tmp_path / "big.csv",
        ["Company name,Country,Website,Notes"]
        + [f"Company {i:05d} Zyxq,US,c{i}.example.com," for i in range(300)]
        + ["Hanwha Aerospace,KR,hanwha.com,Updated through a big import"],
    )
    info = open_source(path)
    report = run_import(ctx, info, suggest_mapping("investors", info.headers), on_duplicate="update")
    assert (report.created, report.updated) == (300, 1)
    assert [h.label for h in search(ctx, "Company 00123 Zyxq", kinds=["investor"])] == ["Company 00123 Zyxq"]
    assert len(search(ctx, "Zyxq", kinds=["investor"], limit=500)) == 300
    assert [h.label for h in search(ctx, "Hanwha", kinds=["investor"])] == ["Hanwha Aerospace"]


def test_a_viewer_may_check_but_not_import(ctx: Context, tmp_path: Path) -> None:
    viewer = replace(ctx, actor="reader")
    ensure_officer(viewer, role=Role.VIEWER)
    info = open_source(_many(tmp_path, 3))
    mapping = suggest_mapping("investors", info.headers)
    before = counts(ctx)
    assert check(viewer, info, mapping).created == 3
    with pytest.raises(DomainError) as caught:
        run_import(viewer, info, mapping)
    assert caught.value.code == "read_only"
    assert counts(ctx) == before


def test_preview_shows_values_as_stored_with_their_errors(ctx: Context, tmp_path: Path) -> None:
    _existing(ctx)
    info = open_source(_tracker(tmp_path))
    rows = preview(ctx, info, suggest_mapping("investors", info.headers), rows=3)
    assert [r.row for r in rows] == [4, 5, 6]
    first = dict(rows[0].values)
    assert (first["name"], first["country_id"], first["industry_id"], first["size"]) == (
        "Siemens AG",
        "DE",
        "SEMI",
        "large",
    )
    assert rows[1].duplicate is not None and rows[1].duplicate.matched_row == 4
    assert counts(ctx)["investor"] == 2


def test_a_mapping_missing_a_required_field_is_refused(ctx: Context, tmp_path: Path) -> None:
    info = open_source(_many(tmp_path, 3))
    mapping = suggest_mapping("investors", info.headers).assign(0, None)
    with pytest.raises(DomainError) as caught:
        run_import(ctx, info, mapping)
    assert caught.value.code == "import_mapping_incomplete" and "Company name" in caught.value.message("en")
    korean = caught.value.message("ko")
    assert (
        korean.startswith("필수 항목에 연결된 열이 없습니다: ") and "Company name" not in korean
    )  # the fields in Korean too


def test_audit_names_a_long_file_name(ctx: Context, tmp_path: Path) -> None:
    name = "2026년 하반기 대전세종충남지원단 투자가 관리대장 최종본 (수정 3차, 김담당 확인 완료).csv"
    path = csv_file(tmp_path / name, ["회사명,국가", "Long Name Co,US"])
    run_import(ctx, open_source(path), suggest_mapping("investors", ("회사명", "국가")))
    with unit_of_work(ctx) as session:
        source = session.scalar(select(AuditEntry.source).where(AuditEntry.entity == "investor"))
        investor = session.scalars(select(Investor)).one()
    assert source == f"import:{name}"
    assert investor.name == "Long Name Co"


def test_a_unit_in_the_header_scales_bare_numbers(ctx: Context, tmp_path: Path) -> None:
    create_investor(ctx, InvestorDraft(name="Acme Robotics", country_code="US"))
    path = xlsx(
        tmp_path / "units.xlsx",
        [
            ["기업", "사업명", "투자금액 (백만불)", "담당자 메모"],
            ["Acme Robotics", "A", 12.5, "메모는 담당자 칸이 아닙니다"],
            ["Acme Robotics", "B", "4억", None],
            ["Acme Robotics", "C", "1,200", None],
        ],
    )
    info = open_source(path)
    mapping = suggest_mapping("projects", info.headers)
    assert mapping.columns == ("investor", "title", "capex", None)
    report = run_import(ctx, info, mapping)
    assert (report.created, report.errors) == (3, ())
    with unit_of_work(ctx) as session:
        stored = {p.title: (p.capex_amount, p.capex_currency) for p in session.scalars(select(Project))}
    assert stored == {
        "A": (Decimal("12500000.00"), "USD"),
        "B": (Decimal("400000000.00"), "KRW"),
        "C": (Decimal("1200000000.00"), "USD"),
    }


def test_a_confidential_project_of_another_team_is_not_revealed_as_a_duplicate(ctx: Context, tmp_path: Path) -> None:
    from kotra_invest.domain.models import Officer, PipelineStage

    acme = create_investor(ctx, InvestorDraft(name="Acme Robotics", country_code="US"))
    with unit_of_work(Context(db=ctx.db, actor="admin")) as session:  # officers are added by an admin
        other = Officer(login="other.team", name="Other", role=Role.OFFICER)
        session.add(other)
        session.flush()
        lead = session.scalar(select(PipelineStage.id).where(PipelineStage.code == "LEAD"))
        session.add(
            Project(
                investor_id=acme,
                title="Project Falcon",
                project_type="greenfield",
                stage_id=lead,
                confidential=True,
                code_name="FALCON",
                owner_id=other.id,
            )
        )
        session.commit()
    path = csv_file(tmp_path / "p.csv", ["투자가,프로젝트명", "Acme Robotics,Project Falcon"])
    info = open_source(path)
    report = run_import(ctx, info, suggest_mapping("projects", info.headers))
    assert (report.created, report.duplicates) == (1, ())


def test_an_import_leaves_the_garbage_collector_as_it_found_it(
    ctx: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The collector runs less often during an import (a fifth of a big dry run was spent in it),
    and its settings come back afterwards, also when the import fails."""
    import gc

    before = gc.get_threshold()
    path = csv_file(tmp_path / "t.csv", ["기업명,국가", "Acme Corp,미국", "Beta GmbH,독일"])
    info = open_source(path)
    assert run_import(ctx, info, suggest_mapping("investors", info.headers, remembered=False)).created == 2
    assert gc.get_threshold() == before

    def cancelled(*_args: object, **_kwargs: object) -> None:
        assert gc.get_threshold() != before  # collected less often while the rows are converted
        raise DomainError("cancelled")

    monkeypatch.setattr(import_run, "_process", cancelled)
    with pytest.raises(DomainError):
        run_import(ctx, info, suggest_mapping("investors", info.headers, remembered=False))
    assert gc.get_threshold() == before
