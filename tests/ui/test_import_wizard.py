"""The import wizard driven step by step on a messy Korean tracker (title rows, CP949, a duplicate, a bad row)."""

from __future__ import annotations

from pathlib import Path

from import_helpers import csv_file  # tests/ is on the path
from pytestqt.qtbot import QtBot
from wizard_steps import checked_in_import_wizard, open_in_import_wizard

from kotra_invest.services.investors import InvestorDraft, create_investor, list_investors
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui.import_wizard import ImportWizard
from kotra_invest.ui.main_window import MainWindow


def _tracker(tmp_path: Path) -> Path:
    return csv_file(
        tmp_path / "부산지원단_투자가.csv",
        [
            "2026년 부산 투자유치 대상 기업 목록,,,",
            ",,,",
            "기업명,국가,산업,홈페이지",
            "Norvik Robotics AB,스웨덴,로봇,https://norvik.example",
            "Hanseatic BioPharma GmbH,독일,바이오,https://hanseatic.example",
            "Acme Hydrogen,미국,수소,https://acme.example",
            ",,,",
            "Bad Country Ltd,아틀란티스,로봇,https://bad.example",
        ],
        encoding="cp949",
    )


def test_the_wizard_imports_what_it_previewed_and_reports_the_rest(
    qtbot: QtBot, window: MainWindow, ctx: Context, tmp_path: Path
) -> None:
    create_investor(ctx, InvestorDraft(name="Acme Hydrogen", website="https://acme.example"))
    wizard = open_in_import_wizard(window, "investors", _tracker(tmp_path))
    files = wizard.file_page
    assert wizard.source.encoding == "cp949" and wizard.source.header_row == 3
    assert "row 3" in files.found.text()

    wizard.next()
    mapping = wizard.mapping_page
    assert [combo.currentData() for combo in mapping.combos][:2] == ["name", "country"]
    assert mapping.isComplete()

    wizard.next()
    preview = wizard.preview_page
    assert preview.table.rowCount() == 4
    problems = preview.table.columnCount() - 1
    assert "Atlantis" not in preview.table.item(3, problems).text()
    assert preview.table.item(3, problems).text()  # the bad country is explained before anything is stored
    assert list_investors(ctx).rows[0].name == "Acme Hydrogen" and len(list_investors(ctx).rows) == 1

    wizard.next()
    check = wizard.check_page
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=20_000)
    assert "2 would be created" in check.summary.text() and "1 skipped" in check.summary.text()
    assert check.errors.rowCount() == 1 and check.errors.item(0, 0).text() == "8"
    assert len(list_investors(ctx).rows) == 1  # the check wrote nothing

    wizard.next()
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=20_000)
    assert "2 created" in wizard.done_page.summary.text()
    names = sorted(row.name for row in list_investors(ctx).rows)
    assert names == ["Acme Hydrogen", "Hanseatic BioPharma GmbH", "Norvik Robotics AB"]


def test_a_file_that_is_not_a_spreadsheet_is_refused_with_a_sentence(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    fake = tmp_path / "tracker.xlsx"
    fake.write_bytes(b"%PDF-1.4 this is not a workbook")
    wizard = window.import_file()
    assert isinstance(wizard, ImportWizard)
    wizard.file_page.path.setText(str(fake))
    assert not wizard.file_page.open_file()
    assert wizard.file_page.error.text() and not wizard.file_page.isComplete()


def test_the_officers_tracker_through_the_wizard_fills_four_kinds_of_record(
    qtbot: QtBot, window: MainWindow, ctx: Context, tmp_path: Path
) -> None:
    """The tracker shaped as regional offices keep it, with default settings: the wizard says why
    담당자 is the contact person, shows which columns feed which record, and imports them all."""
    from import_helpers import TRACKER_NAMES, tracker_xlsx
    from sqlalchemy import func, select

    from kotra_invest.domain.models import Contact, Interaction, Project
    from kotra_invest.services.unit_of_work import unit_of_work

    wizard = open_in_import_wizard(window, "investors", tracker_xlsx(tmp_path / "관리대장.xlsx"))
    assert wizard.source.header_row == 3

    wizard.next()
    mapping = wizard.mapping_page
    table = mapping.table
    by_header = {
        table.item(r, 0).text(): (mapping.combos[r].currentData(), table.item(r, 3).text())
        for r in range(table.rowCount())
    }
    assert by_header["담당자"] == ("contact_name", "Contact")
    assert by_header["기업명"] == ("name_ko", "Investor") and by_header["영문명"] == ("name", "Investor")
    assert by_header["투자예정액"] == ("project_capex", "Project")
    assert by_header["최근접촉일"] == ("meeting_date", "Meeting")
    assert "담당자 → Contact person: values are not officers" in mapping.reasons.text()
    assert mapping.isComplete()

    wizard.next()
    preview = wizard.preview_page
    headers = [preview.table.horizontalHeaderItem(c).text() for c in range(preview.table.columnCount())]
    assert "Contact: full name" in headers or any(h.startswith("Contact:") for h in headers)

    wizard.next()
    check = wizard.check_page
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=20_000)
    assert "9 would be created" in check.summary.text() and "3 rows have errors" in check.summary.text()
    assert "Contact persons: 8 new" in check.summary.text()
    reasons = {check.errors.item(r, 2).text() for r in range(check.errors.rowCount())}
    assert any("jane.roe(at)badmail" in r for r in reasons) and any("Narnia" in r for r in reasons)

    wizard.next()
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=20_000)
    assert "9 created" in wizard.done_page.summary.text()
    assert {row.name for row in list_investors(ctx).rows} == TRACKER_NAMES
    with unit_of_work(ctx) as session:
        assert [session.scalar(select(func.count()).select_from(m)) for m in (Contact, Project, Interaction)] == [
            8,
            7,
            7,
        ]


def test_the_pipeline_export_reads_back_through_the_wizard(
    qtbot: QtBot, window: MainWindow, ctx: Context, tmp_path: Path
) -> None:
    """An officer brings a colleague's pipeline export into an empty database: the wizard creates
    the investors and the owners it names when told to, and every row comes in."""
    import openpyxl

    from kotra_invest.services.projects import list_projects

    path = tmp_path / "파이프라인.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(
        [
            "투자가",
            "투자가 (한글)",
            "본사 국가",
            "프로젝트",
            "단계",
            "투자 예정액",
            "통화",
            "가능성",
            "도착액 (USD)",
            "최근 도착일",
            "담당자",
        ]
    )
    sheet.append(
        [
            "Acme Robotics Inc.",
            "애크미 로보틱스",
            "미국",
            "Gyeonggi robot plant",
            "면담",
            12500000,
            "USD",
            100,
            300000,
            "2026-03-25",
            "박신규",
        ]
    )
    sheet.append(["Beta Bio GmbH", None, "독일", "Osong lab", "첫 접촉", None, None, 40, None, None, "박신규"])
    book.save(path)

    wizard = open_in_import_wizard(window, "projects", path)
    wizard.next()
    assert wizard.mapping_page.isComplete()
    wizard.next()
    wizard.next()
    check = wizard.check_page
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=20_000)
    assert "2 rows have errors" in check.summary.text()  # unknown investors: left out by default
    check.unknown_investors.setCurrentIndex(check.unknown_investors.findData("create"))
    qtbot.waitUntil(lambda: wizard.report is not None and wizard.report.failed == 2, timeout=20_000)
    assert {check.errors.item(r, 1).text() for r in range(check.errors.rowCount())} == {"담당자"}
    check.unknown_owners.setCurrentIndex(check.unknown_owners.findData("create"))
    qtbot.waitUntil(lambda: wizard.report is not None and wizard.report.failed == 0, timeout=20_000)
    assert "New investors: 2 new" in check.summary.text() and "New officer accounts: 1 new" in check.summary.text()

    wizard.next()
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=20_000)
    assert "2 created" in wizard.done_page.summary.text()
    rows = {row.title: row for row in list_projects(ctx).rows}
    assert set(rows) == {"Gyeonggi robot plant", "Osong lab"}


def test_the_wizard_offers_grievance_cases_and_imports_the_aftercare_list(
    qtbot: QtBot, window: MainWindow, ctx: Context, tmp_path: Path
) -> None:
    """An officer brings the Aftercare page's case list (as `export cases` writes it) in through the
    wizard: the kind is offered by name, the columns are recognised, and the case is stored with
    its investor and project; a row naming an investor nobody has is reported, not stored."""
    from import_helpers import xlsx

    from kotra_invest.services.aftercare import case_list
    from kotra_invest.services.projects import ProjectDraft, create_project

    siemens = create_investor(ctx, InvestorDraft(name="Siemens Healthineers"))
    create_project(ctx, ProjectDraft(siemens, "Osong diagnostics plant"))
    path = xlsx(
        tmp_path / "고충 사례.xlsx",
        [
            ["제목", "투자가", "프로젝트", "분야", "상태", "접수일", "착수일", "관계 부처·기관"],
            [
                "통관 지연",
                "Siemens Healthineers",
                "Osong diagnostics plant",
                "통관",
                "처리 중",
                "2026-03-02",
                "2026-03-04",
                "관세청",
            ],
            ["건축 허가", "Nobody GmbH", None, "건축·입지", "접수", "2026-03-06", None, None],
        ],
        sheet="고충 사례",
    )
    wizard = window.import_file()
    assert isinstance(wizard, ImportWizard)
    files = wizard.file_page
    index = files.kind.findData("cases")
    assert files.kind.itemText(index) == "Grievance cases"
    assert files.kind.itemText(files.kind.findData("incentives")) == "Incentive applications"
    assert files.kind.itemText(files.kind.findData("enquiries")) == "Enquiries"
    files.kind.setCurrentIndex(index)
    files.path.setText(str(path))
    assert files.open_file()
    wizard.next()
    mapping = wizard.mapping_page
    assert [combo.currentData() for combo in mapping.combos] == [
        "subject",
        "investor",
        "project",
        "category",
        "status",
        "received_on",
        "acknowledged_on",
        "agency",
    ]
    assert mapping.isComplete()
    wizard.next()
    wizard.next()
    check = wizard.check_page
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=20_000)
    assert check.errors.rowCount() == 1 and check.errors.item(0, 0).text() == "3"
    assert case_list(ctx, open_only=False) == []  # the check wrote nothing
    wizard.next()
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=20_000)
    assert "1 created" in wizard.done_page.summary.text()
    (case,) = case_list(ctx, open_only=False)
    assert (case.subject, case.investor, case.project) == (
        "통관 지연",
        "Siemens Healthineers",
        "Osong diagnostics plant",
    )
    assert (case.category, case.status, case.agency) == ("customs", "acknowledged", "관세청")


def test_the_wizard_puts_an_adviser_named_in_a_meetings_file_on_the_meeting(
    qtbot: QtBot, window: MainWindow, ctx: Context, tmp_path: Path
) -> None:
    """A meetings log naming a contact of no investor (an adviser) by name: the wizard stores the
    meeting with the adviser, as the desk would, and lists the row whose name fits two advisers."""
    from sqlalchemy import select

    from kotra_invest.domain.models import Interaction
    from kotra_invest.services import records
    from kotra_invest.services.contacts import CONTACT, ContactDraft
    from kotra_invest.services.unit_of_work import unit_of_work

    create_investor(ctx, InvestorDraft(name="Globex Batteries"))
    sam = records.create(ctx, CONTACT, ContactDraft("Sam Adviser", email="sam@law.example"))
    records.create(ctx, CONTACT, ContactDraft("김민수", email="minsu@law.example"))
    records.create(ctx, CONTACT, ContactDraft("김민수", email="mskim@audit.example"))
    path = csv_file(
        tmp_path / "부산 면담 기록.csv",
        [
            "2026년 부산지원단 면담 기록,,,,",
            "기업명,면담일,구분,면담 내용,상대방",
            "Globex Batteries,2026-03-07 10:00,면담,법률 검토,Sam Adviser",
            "Globex Batteries,2026-03-09 10:00,면담,세무 검토,김민수",
        ],
        encoding="cp949",
    )
    wizard = checked_in_import_wizard(qtbot, window, "interactions", path)
    check = wizard.check_page
    shown = [tuple(check.errors.item(r, c).text() for c in range(3)) for r in range(check.errors.rowCount())]
    assert shown == [
        (
            "4",
            "상대방",
            "'김민수' is the name of several contacts of no investor (advisers): give the e-mail of the one meant "
            "(minsu@law.example; mskim@audit.example).",
        )
    ]
    assert "1 would be created" in check.summary.text()

    wizard.next()
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=30_000)
    assert "1 created" in wizard.done_page.summary.text()
    with unit_of_work(ctx) as session:
        assert [(i.summary, i.contact_id) for i in session.scalars(select(Interaction))] == [("법률 검토", sam)]
    wizard.close()


def test_the_wizard_lists_a_meetings_row_naming_one_of_two_namesakes_at_its_investor(
    qtbot: QtBot, window: MainWindow, ctx: Context, tmp_path: Path
) -> None:
    """Globex has two people called 이지우: a meetings row naming "이지우" was tied to the first one
    found. The check page now lists that row with one sentence naming the investor, the person and
    their e-mails, and the row that gives the e-mail is stored with that person."""
    from sqlalchemy import select

    from kotra_invest.domain.models import Interaction
    from kotra_invest.services import records
    from kotra_invest.services.contacts import CONTACT, ContactDraft
    from kotra_invest.services.unit_of_work import unit_of_work

    globex = create_investor(ctx, InvestorDraft(name="Globex Batteries"))
    records.create(ctx, CONTACT, ContactDraft("이지우", globex, email="jiwoo@globex.example"))
    other = records.create(ctx, CONTACT, ContactDraft("이지우", globex, email="jw.lee@globex.example"))
    path = csv_file(
        tmp_path / "면담 기록.csv",
        [
            "기업명,면담일,구분,면담 내용,상대방",
            "Globex Batteries,2026-03-07 10:00,면담,공장 견학,이지우",
            "Globex Batteries,2026-03-09 10:00,면담,가격 협의,jw.lee@globex.example",
        ],
        encoding="cp949",
    )
    wizard = checked_in_import_wizard(qtbot, window, "interactions", path)
    check = wizard.check_page
    shown = [tuple(check.errors.item(r, c).text() for c in range(3)) for r in range(check.errors.rowCount())]
    assert shown == [
        (
            "2",
            "상대방",
            "Globex Batteries has several contacts named '이지우': give the e-mail of the one meant "
            "(jiwoo@globex.example; jw.lee@globex.example).",
        )
    ]
    assert "1 would be created" in check.summary.text()

    wizard.next()
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=30_000)
    assert "1 created" in wizard.done_page.summary.text()
    with unit_of_work(ctx) as session:
        assert [(i.summary, i.contact_id) for i in session.scalars(select(Interaction))] == [("가격 협의", other)]
    wizard.close()
