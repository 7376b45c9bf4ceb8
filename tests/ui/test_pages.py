"""The other pages driven as an officer would: delegations, projects, tasks, FEZ, the investor window."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QTableView, QTableWidget
from pytestqt.qtbot import QtBot

from kotra_invest import formatting
from kotra_invest.domain.enums import FdiKind, ItineraryKind
from kotra_invest.services import contacts, delegations, fez, interactions, projects, records, tasks
from kotra_invest.services.delegations import (
    DelegationDraft,
    DestinationDraft,
    ItineraryDraft,
    add_itinerary_item,
    create_delegation,
)
from kotra_invest.services.investors import InvestorDraft, create_investor
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui.briefing_export import BriefingDialog
from kotra_invest.ui.delegations import DelegationsPage, DelegationWindow
from kotra_invest.ui.fez import FezPage
from kotra_invest.ui.investor_page import InvestorWindow
from kotra_invest.ui.main_window import MainWindow
from kotra_invest.ui.projects import ProjectsPage
from kotra_invest.ui.tasks import TasksPage


def _delegation(ctx: Context) -> object:
    return create_delegation(
        ctx,
        DelegationDraft(
            title="부산 수소 투자유치단 (미국)",
            title_en="Busan hydrogen delegation (US)",
            year=date.today().year,
            lead_province_codes=("KR-26",),
            target_industry_code="HYDROGEN",
            starts_on=date(date.today().year, 3, 9),
            ends_on=date(date.today().year, 3, 13),
            destinations=(DestinationDraft("US", "Houston", "America/Chicago"),),
        ),
    )


def test_the_delegation_list_filters_and_opens_the_delegation(qtbot: QtBot, window: MainWindow, ctx: Context) -> None:
    delegation_id = _delegation(ctx)
    page = window.show_page("delegations")
    assert isinstance(page, DelegationsPage)
    page.refresh()
    assert [row.id for row in page.visible_rows()] == [delegation_id]
    page.country.setCurrentIndex(page.country.findData("JP"))
    assert page.visible_rows() == []
    page.country.setCurrentIndex(page.country.findData("US"))
    assert [row.id for row in page.visible_rows()] == [delegation_id]
    page.region.setCurrentIndex(page.region.findData("SE"))  # Busan is in the south-east mega-region
    assert page.table.rowCount() == 1
    page.table.selectRow(0)
    with qtbot.waitSignal(page.sig_open_record) as opened:
        page.open_selected()
    assert opened.args == ["delegation", delegation_id]


def test_itinerary_shows_local_time_with_zone_and_korea_time_on_hover(
    qtbot: QtBot, window: MainWindow, ctx: Context
) -> None:
    delegation_id = _delegation(ctx)
    year = date.today().year
    add_itinerary_item(
        ctx,
        delegation_id,
        ItineraryDraft(
            ItineraryKind.MEETING, "Meeting at Chevron", datetime(year, 3, 10, 9, 30), "America/Chicago", city="Houston"
        ),
    )
    delegation = window.open_record("delegation", delegation_id)
    assert isinstance(delegation, DelegationWindow)
    day = delegation.itinerary.topLevelItem(0)
    item = day.child(0)
    assert item.text(0) == "09:30"
    assert item.text(1) == "CDT (UTC-05:00)"  # 10 March: US daylight time has begun, Chicago is UTC-5
    weekday = date(year, 3, 10).strftime("%a")
    assert item.toolTip(0).endswith(f"{year}-03-10 ({weekday}) 23:30 KST")  # 09:30 in Houston is 23:30 in Seoul
    assert "Meeting at Chevron" in item.text(2)


def test_investors_to_meet_are_added_and_removed_with_undo(qtbot: QtBot, window: MainWindow, ctx: Context) -> None:
    delegation_id = _delegation(ctx)
    acme = create_investor(ctx, InvestorDraft(name="Acme Hydrogen"))
    delegation = window.open_record("delegation", delegation_id)
    assert isinstance(delegation, DelegationWindow)
    assert delegation.add_target(acme)
    assert [t.investor for t in delegations.delegation_page(ctx, delegation_id).targets] == ["Acme Hydrogen"]
    assert delegation.targets.rowCount() == 1
    delegation.undo_stack.undo()
    assert delegations.delegation_page(ctx, delegation_id).targets == ()
    assert delegation.targets.rowCount() == 0
    delegation.undo_stack.redo()
    assert delegation.targets.rowCount() == 1


def test_results_are_saved_and_a_bad_amount_is_explained(qtbot: QtBot, window: MainWindow, ctx: Context) -> None:
    delegation_id = _delegation(ctx)
    delegation = window.open_record("delegation", delegation_id)
    assert isinstance(delegation, DelegationWindow)
    delegation.meetings_held.setValue(12)
    delegation.mous.setValue(2)
    delegation.pledged.setText("not money")
    delegation.save_results()
    assert delegation.results_error.text()  # the amount is refused with a sentence, nothing saved
    assert delegations.delegation_page(ctx, delegation_id).results.meetings_held in (None, 0)
    delegation.pledged.setText("420,000,000")
    delegation.save_results()
    results = delegations.delegation_page(ctx, delegation_id).results
    assert (results.meetings_held, results.mous, results.pledged_usd) == (12, 2, 420_000_000)
    assert "USD 420.0 M" in delegation.results_note.text()


def _project(ctx: Context) -> tuple[object, object]:
    acme = create_investor(ctx, InvestorDraft(name="Acme Batteries"))
    project_id = projects.create_project(
        ctx, projects.ProjectDraft(investor_id=acme, title="Cathode plant", stage_code="LEAD")
    )
    return acme, project_id


def test_moving_a_project_records_the_date_and_undo_puts_it_back(
    qtbot: QtBot, window: MainWindow, ctx: Context
) -> None:
    _acme, project_id = _project(ctx)
    page = window.show_page("projects")
    assert isinstance(page, ProjectsPage)
    page.refresh()
    row = page.model.row_at(0)
    assert row is not None and row.stage_code == "LEAD"
    assert page.actions.move(row, "MOU", date(2026, 5, 4))
    moved = projects.get_project_row(ctx, project_id)  # type: ignore[arg-type]
    assert (moved.stage_code, moved.stage_since) == ("MOU", date(2026, 5, 4))
    window.undo_stack.undo()
    assert projects.get_project_row(ctx, project_id).stage_code == "LEAD"  # type: ignore[arg-type]

    page.view_choice.setCurrentIndex(page.view_choice.findData("board"))
    assert page.board.lists["LEAD"].count() == 1
    assert "Cathode plant" in page.board.lists["LEAD"].item(0).text()
    assert "(1)" in page.board.captions["LEAD"].text()


def test_tasks_complete_with_space_and_undo_reopens(qtbot: QtBot, window: MainWindow, ctx: Context) -> None:
    task_id = tasks.create_task(ctx, tasks.TaskDraft(title="Send the incentive sheet", due_on=date(2020, 1, 1)))
    page = window.show_page("tasks")
    assert isinstance(page, TasksPage)
    page.refresh()
    assert "1 overdue" in page.count.text()
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Space)
    assert tasks.get_task_row(ctx, task_id).status == "done"
    assert page.table.rowCount() == 0
    window.undo_stack.undo()
    assert tasks.get_task_row(ctx, task_id).status == "open"
    assert page.table.rowCount() == 1


def test_fez_page_lists_the_nine_zones_and_their_events(qtbot: QtBot, window: MainWindow, ctx: Context) -> None:
    records.create(
        ctx,
        fez.PROMOTION_EVENT,
        fez.PromotionEventDraft(
            title="FEZ 공동 IR 뮌헨",
            kind=fez.PromotionKind.IR_SESSION,
            starts_on=date(2026, 6, 3),
            fez_codes=("IFEZ", "BJFEZ"),
            leads_generated=14,
        ),
    )
    page = window.show_page("fez")
    assert isinstance(page, FezPage)
    assert page.fez_table.rowCount() == 9
    assert page.event_table.rowCount() == 1
    assert page.event_table.item(0, 6).text() == "14"
    row = next(r for r in range(9) if page.fez_table.item(r, 0).data(Qt.ItemDataRole.UserRole) == "IFEZ")
    page.fez_table.selectRow(row)
    assert page.event_table.rowCount() == 1


def test_the_investor_window_shows_contacts_projects_and_activity(
    qtbot: QtBot, window: MainWindow, ctx: Context
) -> None:
    acme, _project_id = _project(ctx)
    records.create(
        ctx, contacts.CONTACT, contacts.ContactDraft(full_name="Jane Doe", investor_id=acme, email="jane@acme.example")
    )  # type: ignore[arg-type]
    interactions.create_interaction(
        ctx,
        interactions.InteractionDraft(
            kind=interactions.InteractionKind.MEETING,
            occurred_at=datetime(2026, 3, 10, 1, 0).astimezone(),
            summary="First call about the plant",
            investor_id=acme,
        ),
    )  # type: ignore[arg-type]
    opened = window.open_record("investor", acme)
    assert isinstance(opened, InvestorWindow)
    assert opened.contacts.item(0, 0).text() == "Jane Doe"
    assert opened.projects.item(0, 0).text() == "Cathode plant"
    assert opened.timeline.item(0, 2).text() == "First call about the plant"

    editor = opened.add_contact()
    editor.full_name.setText("Kim Minsu")
    editor.email.setText("not-an-email")
    editor.save()
    qtbot.waitUntil(lambda: editor.errors["email"].isVisible())
    editor.email.setText("minsu@acme.example")
    with qtbot.waitSignal(editor.sig_saved):
        editor.save()
    assert opened.contacts.rowCount() == 2
    assert window.undo_stack.count() == 0  # the window keeps its own history
    opened.undo_stack.undo()
    assert opened.contacts.rowCount() == 1


def test_an_itinerary_item_added_in_the_editor_keeps_each_citys_local_time(
    qtbot: QtBot, window: MainWindow, ctx: Context
) -> None:
    from PySide6.QtCore import QDate, QDateTime, QTime

    delegation_id = create_delegation(
        ctx,
        DelegationDraft(
            title="경남 로봇 투자유치단 (미국·일본)",
            year=2027,
            lead_province_codes=("KR-48",),
            starts_on=date(2027, 1, 13),
            ends_on=date(2027, 1, 21),
            destinations=(
                DestinationDraft("US", "San Jose", "America/Los_Angeles"),
                DestinationDraft("JP", "Tokyo", "Asia/Tokyo"),
            ),
        ),
    )
    delegation = window.open_record("delegation", delegation_id)
    assert isinstance(delegation, DelegationWindow)
    for title, day, zone, at in (
        ("Meeting in San Jose", 14, "America/Los_Angeles", QTime(16, 0)),
        ("Meeting in Tokyo", 19, "Asia/Tokyo", QTime(10, 0)),
    ):
        editor = delegation.add_item()
        qtbot.keyClicks(editor.title, title)
        editor.starts.setDateTime(QDateTime(QDate(2027, 1, day), at))
        editor.ends.setDateTime(QDateTime(QDate(2027, 1, day), at.addSecs(3600)))
        editor.zone.setCurrentText(zone)
        with qtbot.waitSignal(editor.sig_saved):
            editor.save()
    tree = delegation.itinerary
    san_jose = tree.topLevelItem(0).child(0)
    tokyo = tree.topLevelItem(1).child(0)
    assert (san_jose.text(0), san_jose.text(1)) == ("16:00-17:00".replace("-", "–"), "PST (UTC-08:00)")
    assert san_jose.toolTip(0).startswith("Korea time: 2027-01-15 (Fri) 09:00")  # 16:00 PST is 09:00 KST the next day
    assert (tokyo.text(0), tokyo.text(1)) == ("10:00–11:00", "JST (UTC+09:00)")
    assert tokyo.toolTip(0).startswith("Korea time: 2027-01-19 (Tue) 10:00")  # Tokyo and Seoul share the clock
    delegation.undo_stack.undo()  # the delegation window keeps its own history
    assert delegation.itinerary.topLevelItemCount() == 1


def test_moving_a_project_changes_the_dashboards_pipeline(qtbot: QtBot, window: MainWindow, ctx: Context) -> None:
    from kotra_invest.ui.dashboard import DashboardPage

    _acme, _project_id = _project(ctx)
    dashboard = window.show_page("dashboard")
    assert isinstance(dashboard, DashboardPage)
    with qtbot.waitSignal(dashboard.sig_loaded, timeout=10_000):
        dashboard.refresh()  # the project came after the window's first load

    def count(stage: str) -> float:
        return sum(series.get(stage, 0) for series in dashboard.pipeline_panel.values().values())

    lead, mou = (
        dashboard.pipeline_panel.categories[0],
        next(c for c in dashboard.pipeline_panel.categories if "MOU" in c),
    )
    assert (count(lead), count(mou)) == (1, 0)
    projects_page = window.show_page("projects")
    assert isinstance(projects_page, ProjectsPage)
    projects_page.refresh()
    row = projects_page.model.row_at(0)
    assert row is not None and projects_page.actions.move(row, "MOU", date(2026, 11, 2))
    with qtbot.waitSignal(dashboard.sig_loaded, timeout=10_000):
        dashboard.refresh()
    assert (count(lead), count(mou)) == (0, 1)


def test_the_project_table_model_passes_the_model_tester(qtbot: QtBot, qtmodeltester, ctx: Context) -> None:  # type: ignore[no-untyped-def]
    from kotra_invest.ui.projects import PAGE_SIZE, ProjectTableModel

    acme = create_investor(ctx, InvestorDraft(name="Acme"))
    for n in range(PAGE_SIZE + 5):
        projects.create_project(ctx, projects.ProjectDraft(investor_id=acme, title=f"Plant {n:03d}", stage_code="LEAD"))
    model = ProjectTableModel(ctx)
    model.reload()
    assert model.rowCount() == PAGE_SIZE and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == PAGE_SIZE + 5
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.row_at(0).title == f"Plant {PAGE_SIZE + 4:03d}"  # type: ignore[union-attr]
    qtmodeltester.check(model)  # last: the tester fetches inside its own reset handler


def test_the_briefing_pack_shows_its_pre_flight_check_before_export(
    qtbot: QtBot, window: MainWindow, ctx: Context, tmp_path, monkeypatch
) -> None:
    """A destination with no itinerary and two items at the same time are listed before the
    officer picks a file; Cancel writes nothing, Export anyway writes the PDF and the workbook."""
    from PySide6.QtWidgets import QPushButton

    from kotra_invest.ui.preflight import PreflightDialog

    year = date.today().year
    delegation_id = create_delegation(
        ctx,
        DelegationDraft(
            title="경남 로봇 투자유치단 (미국·일본)",
            title_en="Gyeongnam robotics delegation",
            year=year,
            lead_province_codes=("KR-48",),
            starts_on=date(year, 3, 9),
            ends_on=date(year, 3, 13),
            destinations=(
                DestinationDraft("US", "Houston", "America/Chicago"),
                DestinationDraft("JP", "Tokyo", "Asia/Tokyo"),
            ),
        ),
    )
    for title in ("Meeting at Chevron", "Site visit"):
        add_itinerary_item(
            ctx,
            delegation_id,
            ItineraryDraft(
                ItineraryKind.MEETING,
                title,
                datetime(year, 3, 10, 9, 30),
                "America/Chicago",
                datetime(year, 3, 10, 10, 30),
                city="Houston",
            ),
        )
    delegation = window.open_record("delegation", delegation_id)
    assert isinstance(delegation, DelegationWindow)
    button = next(
        b for b in delegation.findChildren(QPushButton) if b.text().replace("&", "").startswith("Export briefing")
    )
    button.click()
    export = qtbot.waitUntil(lambda: delegation.findChild(BriefingDialog) is not None) or delegation.findChild(
        BriefingDialog
    )
    export.folder.setText(str(tmp_path))
    export.write_button.click()
    qtbot.waitUntil(lambda: isinstance(getattr(export, "preflight_dialog", None), PreflightDialog), timeout=20_000)
    dialog = export.preflight_dialog
    qtbot.waitUntil(dialog.isVisible)
    lines = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert any("Tokyo" in line and "no itinerary" in line for line in lines), lines
    assert any("overlap" in line and "Meeting at Chevron" in line for line in lines), lines
    dialog.reject()
    assert (
        list(tmp_path.glob("*.pdf")) == [] and export.write_button.isEnabled()
    )  # nothing written; the leader may try again

    export.write_button.click()
    qtbot.waitUntil(
        lambda: export.preflight_dialog is not dialog and export.preflight_dialog.isVisible(), timeout=20_000
    )
    export.preflight_dialog.export_button.click()
    qtbot.waitUntil(lambda: bool(getattr(export, "written", None)), timeout=30_000)
    [pdf] = [path for path in export.written if path.suffix == ".pdf"]
    assert pdf.read_bytes()[:5] == b"%PDF-" and pdf.with_suffix(".xlsx").exists()


def test_an_edited_fez_event_is_redrawn_in_its_row_and_stays_selected(
    qtbot: QtBot, window: MainWindow, ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    day = date(date.today().year, 4, 2)
    for n, title in enumerate(("Joint IR in Frankfurt", "Hydrogen roadshow Houston", "Bio forum Boston")):
        records.create(
            ctx,
            fez.PROMOTION_EVENT,
            fez.PromotionEventDraft(
                title=title, kind=fez.PromotionKind.IR_SESSION, starts_on=day.replace(day=2 + n), fez_codes=("IFEZ",)
            ),
        )
    page = window.show_page("fez")
    assert isinstance(page, FezPage)
    page.refresh()
    assert [page.event_table.item(r, 1).text() for r in range(3)] == [
        "Bio forum Boston",
        "Hydrogen roadshow Houston",
        "Joint IR in Frankfurt",
    ]
    page.event_table.selectRow(1)
    reloads: list[object] = []
    listing = fez.list_events
    monkeypatch.setattr(fez, "list_events", lambda *a, **k: reloads.append(a) or listing(*a, **k))
    page.edit_selected()
    editor = page.findChildren(QDialog)[-1]
    editor.title.setText("Hydrogen roadshow Houston and Austin")  # type: ignore[attr-defined]
    editor.leads.setValue(3)  # type: ignore[attr-defined]
    with qtbot.waitSignal(editor.sig_saved):  # type: ignore[attr-defined]
        editor.save()  # type: ignore[attr-defined]
    assert page.event_table.item(1, 1).text() == "Hydrogen roadshow Houston and Austin"
    assert page.event_table.item(1, 6).text() == "3"
    assert page.event_table.currentRow() == 1 and reloads == []  # redrawn in place: the user's place kept
    window.undo_stack.undo()
    assert page.event_table.item(1, 1).text() == "Hydrogen roadshow Houston" and reloads == []

    page.event_table.selectRow(1)
    page.delete_selected()  # a row going away reloads the list
    assert page.event_table.rowCount() == 2 and len(reloads) == 1


def test_the_delegations_tasks_and_fez_tables_fit_a_1366_pixel_window(
    qtbot: QtBot, window: MainWindow, ctx: Context
) -> None:
    """On the common office laptop every column is in view, none behind a horizontal scroll bar:
    long titles, destinations, notes and lists of zones are cut with "…" and whole on hover."""
    year = date.today().year
    title = "Gyeongsangbuk-do Secondary Battery, Hydrogen and Future Mobility Investment Delegation"
    trip = create_delegation(
        ctx,
        DelegationDraft(
            title="경북 이차전지·수소·미래모빌리티 투자유치단 (미국·캐나다·독일·네덜란드·스웨덴)",
            title_en=title + " to the United States, Canada, Germany, the Netherlands and Sweden",
            year=year,
            lead_province_codes=("KR-47",),
            target_industry_code="HYDROGEN",
            starts_on=date(year, 3, 9),
            ends_on=date(year, 3, 23),
            destinations=(
                DestinationDraft("US", "San Francisco", "America/Los_Angeles"),
                DestinationDraft("CA", "Vancouver", "America/Vancouver"),
                DestinationDraft("DE", "Frankfurt am Main", "Europe/Berlin"),
                DestinationDraft("NL", "Amsterdam", "Europe/Amsterdam"),
                DestinationDraft("SE", "Gothenburg", "Europe/Stockholm"),
            ),
        ),
    )
    tasks.create_task(
        ctx,
        tasks.TaskDraft(
            title="Prepare the company profiles and expected questions for every investor the delegation meets",
            due_on=date(year, 3, 2),
            delegation_id=trip,  # type: ignore[arg-type]
            notes="Ask the overseas offices for the latest financials and the names of the decision makers",
        ),
    )
    records.create(
        ctx,
        fez.PROMOTION_EVENT,
        fez.PromotionEventDraft(
            title="9개 경제자유구역 공동 투자설명회 및 1:1 상담회 (북미 첨단산업 투자가 대상)",
            title_en="Joint Investment Seminar of the Nine Korean FEZs with One-to-One Meetings for North America",
            kind=fez.PromotionKind.IR_SESSION,
            starts_on=date(year, 6, 3),
            fez_codes=("IFEZ", "BJFEZ", "GFEZ", "DGFEZ", "GGFEZ", "CBFEZ", "GWFEZ", "GJFEZ", "UFEZ"),
            country_code="US",
            city="San Francisco",
            leads_generated=14,
        ),
    )
    _long_projects(ctx)
    window.resize(1366, 768)
    for key, name in (("delegations", "delegation_table"), ("tasks", "task_table"), ("fez", "event_table")):
        page = window.show_page(key)
        [table] = [t for t in page.findChildren(QTableWidget) if t.objectName() == name]
        page.refresh()
        qtbot.waitUntil(lambda t=table: t.isVisible() and t.rowCount() >= 1)
        qtbot.waitUntil(lambda t=table: _fits(t), timeout=5_000)  # once laid out at the window's width
    _projects_fit(qtbot, window)


def _long_projects(ctx: Context) -> None:
    """The widest a pipeline row gets: long names, the longest stage and industry, 10^10 dollars."""
    year = date.today().year
    investor = create_investor(
        ctx, InvestorDraft(name="Northridge Semiconductor Materials and Advanced Packaging Holdings Co., Ltd.")
    )
    plant = projects.create_project(
        ctx,
        projects.ProjectDraft(
            investor,
            "Northridge 경기 평택 첨단 패키징 테스트 라인 및 연구개발센터 신설 (2단계 증설 포함)",
            stage_code="ARRIVED",
            target_province_code="KR-48",
            industry_code="SHIP",
        ),
    )
    for kind, amount, on in ((FdiKind.NOTIFIED, "12345678901", (9, 30)), (FdiKind.ARRIVED, "9876543210", (11, 30))):
        projects.add_fdi_amount(ctx, plant, projects.FdiAmountDraft(kind, amount, date(year, *on), "USD"))  # type: ignore[arg-type]
    projects.create_project(
        ctx,
        projects.ProjectDraft(
            investor, "Secondary battery cathode plant", stage_code="INCENTIVE", industry_code="BATTERY"
        ),
    )


def _projects_fit(qtbot: QtBot, window: MainWindow) -> None:
    """Every column of the pipeline in view, every header whole; a title cut short is whole on hover."""
    page = window.show_page("projects")
    assert isinstance(page, ProjectsPage)
    page.view_choice.setCurrentIndex(page.view_choice.findData("table"))  # the settings may remember the board
    page.refresh()
    table, header = page.table, page.table.horizontalHeader()
    qtbot.waitUntil(lambda: table.isVisible() and page.model.rowCount() == 2)
    qtbot.waitUntil(lambda: _fits(table), timeout=5_000)
    for column in range(header.count()):
        assert header.sectionSize(column) >= header.sectionSizeHint(column), page.model.headers[column]
    title = page.model.index(0, 0)
    assert title.data(Qt.ItemDataRole.ToolTipRole) == title.data()
    # The dated columns leave the 요일 to their tooltips (the width goes to the titles instead).
    notified, lang = page.model.index(0, 7), window.ctx.lang
    on = date(date.today().year, 9, 30)
    assert notified.data() == {"en": on.isoformat(), "ko": f"{on.year}. 9. 30."}[lang]
    assert notified.data(Qt.ItemDataRole.ToolTipRole) == f"{notified.data()} ({formatting.weekday(on, lang)})"


def test_the_projects_table_fits_a_1366_pixel_window_in_korean(qtbot: QtBot, ctx: Context) -> None:
    from kotra_invest.services.officers import ensure_file_owner
    from kotra_invest.ui import i18n
    from kotra_invest.ui.app import load_fonts

    load_fonts()
    ensure_file_owner(ctx)
    _long_projects(ctx)
    assert i18n.install("ko")
    try:
        window = MainWindow(replace(ctx, lang="ko"))
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        _projects_fit(qtbot, window)
        assert window.show_page("projects").model.headers[4] == "목표 시·도"  # type: ignore[attr-defined]
    finally:
        i18n.install("en")


def test_a_projects_layout_saved_before_the_table_fitted_still_fits(
    qtbot: QtBot, window: MainWindow, ctx: Context, tmp_path: Path
) -> None:
    """A header saved by an earlier version (fixed widths, 1490 px) keeps its column order when
    restored, not its widths: the table fits the window all the same."""
    _long_projects(ctx)
    window.resize(1366, 768)
    page = window.show_page("projects")
    assert isinstance(page, ProjectsPage)
    header = page.table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, width in enumerate((260, 200, 110, 100, 120, 110, 130, 100, 130, 100, 130)):
        page.table.setColumnWidth(column, width)
    header.moveSection(header.visualIndex(3), 2)  # the officer put "Since" before "Stage"
    saved = QSettings(str(tmp_path / "desktop.ini"), QSettings.Format.IniFormat)
    page.save_layout(saved)
    header.moveSection(header.visualIndex(3), 3)
    page.restore_layout(saved)
    assert header.visualIndex(3) == 2
    _projects_fit(qtbot, window)


def _fits(table: QTableView) -> None:
    assert table.viewport().width() > 1000, table.objectName()
    assert table.horizontalHeader().length() <= table.viewport().width(), table.objectName()
    assert not table.horizontalScrollBar().isVisible(), table.objectName()
