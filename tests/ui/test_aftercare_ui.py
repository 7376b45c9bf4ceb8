"""Aftercare through the real widgets: a grievance case opened from an investor's window,
acknowledged and resolved, with the Aftercare page and the investor's timeline following; an
incentive application moved applied → approved → paid in the project window; a milestone; an
enquiry past its response-time target shown overdue."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QPushButton, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from kotra_invest.domain.aftercare_models import (
    CaseCategory,
    EnquirySource,
    GrantingBody,
    IncentiveStatus,
    IncentiveType,
    MilestoneStep,
)
from kotra_invest.domain.enums import ProjectType
from kotra_invest.services import aftercare, incentives, projects, records
from kotra_invest.services.investors import InvestorDraft, create_investor
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui.aftercare import AftercarePage, CaseEditor, IncentiveEditor, MilestoneEditor
from kotra_invest.ui.investor_page import InvestorWindow
from kotra_invest.ui.project_page import ProjectWindow


def _button(window: QWidget, text: str) -> QPushButton:
    [button] = [b for b in window.findChildren(QPushButton) if b.text() == text]
    return button


def _texts(table: object, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]  # type: ignore[attr-defined]


def test_a_case_opened_from_an_investor_is_acknowledged_and_resolved(
    qtbot: QtBot, window: object, ctx: Context
) -> None:
    acme = create_investor(ctx, InvestorDraft(name="Acme Batteries", in_korea=True))
    page = window.show_page("aftercare")  # type: ignore[attr-defined]
    assert isinstance(page, AftercarePage)
    assert page.case_table.rowCount() == 0

    investor = window.open_record("investor", acme)  # type: ignore[attr-defined]
    assert isinstance(investor, InvestorWindow)
    editor = investor.new_case()
    assert isinstance(editor, CaseEditor)
    qtbot.keyClicks(editor.subject, "Work permits for 12 engineers")
    editor.category.setCurrentIndex(editor.category.findData(CaseCategory.LABOUR))  # type: ignore[attr-defined]
    editor.agency.setText("법무부 출입국·외국인정책본부")
    # Received ten days ago: past the three days allowed to acknowledge it.
    received = date.today() - timedelta(days=10)
    editor.received_on.setDate(QDate(received.year, received.month, received.day))  # type: ignore[attr-defined]
    with qtbot.waitSignal(editor.sig_saved):
        editor.save()

    assert _texts(investor.case_table, 0) == ["Work permits for 12 engineers"]
    assert _texts(investor.case_table, 3) == ["Received"]
    assert investor.case_table.item(0, 6).toolTip() == "Overdue"
    timeline = _texts(investor.timeline, 1)
    assert timeline == ["Grievance received · Labour"]
    page.refresh()
    assert _texts(page.case_table, 0) == ["Work permits for 12 engineers"]
    assert page.case_count.text() == "1 open, 1 overdue"
    labour = next(r for r in range(page.summary.rowCount()) if page.summary.item(r, 0).text() == "Labour")
    assert page.summary.item(labour, 2).text() == "1"  # 8–30 days old
    assert page.summary.item(labour, 5).text() == "1"  # overdue

    investor.case_table.selectRow(0)
    qtbot.mouseClick(_button(investor, "&Acknowledge"), Qt.MouseButton.LeftButton)  # the tab's own button
    assert _texts(investor.case_table, 3) == ["Acknowledged"]
    assert investor.case_table.item(0, 6).toolTip() == ""  # sixty days to resolve it: not late
    assert "Grievance acknowledged · Labour" in _texts(investor.timeline, 1)
    page.refresh()
    assert page.case_count.text() == "1 open, 0 overdue"

    investor.case_table.selectRow(0)
    assert investor.resolve_case("E-7 visas issued after the ministry's review")
    assert _texts(investor.case_table, 3) == ["Resolved"]
    assert _texts(investor.timeline, 1)[0] == "Grievance resolved · Labour"
    assert _texts(investor.timeline, 3)[0] == "E-7 visas issued after the ministry's review"
    page.refresh()
    assert page.case_table.rowCount() == 0  # the page lists open cases
    assert page.case_count.text() == "0 open, 0 overdue"
    page.show_closed.setChecked(True)
    assert _texts(page.case_table, 3) == ["Resolved"]

    # The resolution is one undoable step in the investor's window.
    investor.undo_stack.undo()
    assert _texts(investor.case_table, 3) == ["Acknowledged"]
    [case] = aftercare.case_list(ctx, investor_id=acme)
    assert case.resolved_on is None and case.acknowledged_on == date.today()
    page.refresh()
    assert _texts(page.case_table, 3) == ["Acknowledged"]


def test_an_incentive_application_moves_applied_approved_paid(qtbot: QtBot, window: object, ctx: Context) -> None:
    acme = create_investor(ctx, InvestorDraft(name="Acme Batteries"))
    project_id = projects.create_project(
        ctx, projects.ProjectDraft(investor_id=acme, title="Cathode plant", stage_code="NOTIFIED")
    )
    opened = window.open_record("project", project_id)  # type: ignore[attr-defined]
    assert isinstance(opened, ProjectWindow)

    editor = opened.add_incentive()
    assert isinstance(editor, IncentiveEditor)
    editor.incentive_type.setCurrentIndex(editor.incentive_type.findData(IncentiveType.CASH_GRANT))  # type: ignore[attr-defined]
    editor.granting_body_name.setText("산업통상부")
    qtbot.keyClicks(editor.amount, "4,500,000,000")
    editor.jobs_required.setValue(120)  # type: ignore[attr-defined]
    editor.keep_years.setValue(5)  # type: ignore[attr-defined]
    with qtbot.waitSignal(editor.sig_saved):
        editor.save()
    assert _texts(opened.incentive_table, 2) == ["Applied"]
    assert _texts(opened.incentive_table, 3) == ["KRW 4,500,000,000"]  # the amount as typed, in its currency
    assert (_texts(opened.incentive_table, 7), _texts(opened.incentive_table, 8)) == (["120"], ["5"])

    page = window.show_page("aftercare")  # type: ignore[attr-defined]
    assert isinstance(page, AftercarePage)
    assert _texts(page.incentive_table, 4) == ["Applied"]

    next_step = _button(opened, "Next &step (approved, paid)")
    opened.incentive_table.selectRow(0)
    qtbot.mouseClick(next_step, Qt.MouseButton.LeftButton)
    assert _texts(opened.incentive_table, 2) == ["Approved"]
    opened.incentive_table.selectRow(0)
    qtbot.mouseClick(next_step, Qt.MouseButton.LeftButton)
    assert _texts(opened.incentive_table, 2) == ["Paid"]
    [row] = incentives.incentive_list(ctx, project_id=project_id)
    assert (row.status, row.approved_on, row.paid_on, row.jobs_required, row.keep_years) == (
        "paid",
        date.today(),
        date.today(),
        120,
        5,
    )
    page.refresh()
    assert _texts(page.incentive_table, 4) == ["Paid"]
    page.incentive_status.setCurrentIndex(page.incentive_status.findData("approved"))
    assert page.incentive_table.rowCount() == 0

    opened.undo_stack.undo()
    assert _texts(opened.incentive_table, 2) == ["Approved"]
    assert incentives.incentive_list(ctx, project_id=project_id)[0].paid_on is None

    # A milestone, recorded by the signed-in officer.
    editor = opened.add_milestone()
    assert isinstance(editor, MilestoneEditor)
    editor.step.setCurrentIndex(editor.step.findData(MilestoneStep.FIC_REGISTRATION))  # type: ignore[attr-defined]
    editor.document.setText("등록증명서 제2026-0042호")
    with qtbot.waitSignal(editor.sig_saved):
        editor.save()
    assert _texts(opened.milestone_table, 0) == ["Registration as a foreign-invested company"]
    assert _texts(opened.milestone_table, 4)[0] != ""


def test_an_enquiry_past_its_target_is_overdue_until_answered(qtbot: QtBot, window: object, ctx: Context) -> None:
    received = date.today() - timedelta(days=3)
    enquiry_id = records.create(
        ctx,
        aftercare.ENQUIRY,
        aftercare.EnquiryDraft("Land prices near Cheongju", EnquirySource.WEBSITE, received, company="Nordic Foods AB"),
    )
    page = window.show_page("aftercare")  # type: ignore[attr-defined]
    assert isinstance(page, AftercarePage)
    page.tabs.setCurrentIndex(1)
    page.enquiry_overdue.setChecked(True)
    assert _texts(page.enquiry_table, 0) == ["Land prices near Cheongju"]
    assert page.enquiry_table.item(0, 7).toolTip() == "Overdue"
    page.enquiry_table.selectRow(0)
    assert page.answer_enquiry()
    assert page.enquiry_table.rowCount() == 0
    assert aftercare.enquiry_list(ctx)[0].answered_on == date.today()
    window.undo_stack.undo()  # type: ignore[attr-defined]
    assert aftercare.enquiry_list(ctx, overdue_only=True)[0].id == enquiry_id


def test_a_case_received_on_the_aftercare_page_and_undone(qtbot: QtBot, window: object, ctx: Context) -> None:
    acme = create_investor(ctx, InvestorDraft(name="Acme Batteries", in_korea=True))
    page = window.show_page("aftercare")  # type: ignore[attr-defined]
    assert isinstance(page, AftercarePage)
    editor = page.new_case(acme)
    assert isinstance(editor, CaseEditor)
    qtbot.keyClicks(editor.subject, "Customs ruling on robot arms")
    editor.category.setCurrentIndex(editor.category.findData(CaseCategory.CUSTOMS))  # type: ignore[attr-defined]
    with qtbot.waitSignal(editor.sig_saved):
        editor.save()
    assert _texts(page.case_table, 0) == ["Customs ruling on robot arms"]
    assert _texts(page.case_table, 2) == ["Customs"]
    window.undo_stack.undo()  # type: ignore[attr-defined]
    assert page.case_table.rowCount() == 0
    window.undo_stack.redo()  # type: ignore[attr-defined]
    assert _texts(page.case_table, 0) == ["Customs ruling on robot arms"]


def test_the_targets_are_settings_and_the_overdue_view_follows_them(qtbot: QtBot, window: object, ctx: Context) -> None:
    received = date.today() - timedelta(days=3)
    records.create(
        ctx,
        aftercare.ENQUIRY,
        aftercare.EnquiryDraft("Land prices near Cheongju", EnquirySource.WEBSITE, received, company="Nordic Foods AB"),
    )
    page = window.show_page("aftercare")  # type: ignore[attr-defined]
    assert isinstance(page, AftercarePage)
    page.enquiry_overdue.setChecked(True)
    assert page.enquiry_table.rowCount() == 1
    dialog = page.edit_targets()
    dialog.spins["enquiry_acknowledge_days"].setValue(7)
    with qtbot.waitSignal(dialog.sig_saved):
        dialog.save()
    assert page.enquiry_table.rowCount() == 0  # a week to acknowledge: three days is in time
    assert "7 days" in page.targets.text()
    assert aftercare.targets(ctx).enquiry_acknowledge_days == 7


def test_search_opens_a_case_in_its_investors_window_and_an_enquiry_on_the_page(
    qtbot: QtBot, window: object, ctx: Context
) -> None:
    from kotra_invest.services.search import search

    acme = create_investor(ctx, InvestorDraft(name="Acme Batteries", in_korea=True))
    records.create(
        ctx, aftercare.CASE, aftercare.CaseDraft(acme, "통관 보류로 설비 반입 지연", CaseCategory.CUSTOMS, date.today())
    )
    records.create(
        ctx,
        aftercare.ENQUIRY,
        aftercare.EnquiryDraft(
            "Land prices near Cheongju", EnquirySource.WEBSITE, date.today(), company="Nordic Foods AB"
        ),
    )
    [case_hit] = search(ctx, "반입")
    window.open_hit(case_hit)  # type: ignore[attr-defined]
    opened = window.record_windows[-1]  # type: ignore[attr-defined]
    assert isinstance(opened, InvestorWindow)
    assert opened.tabs.tabText(opened.tabs.currentIndex()) == "Aftercare"
    [enquiry_hit] = search(ctx, "Cheongju")
    window.open_hit(enquiry_hit)  # type: ignore[attr-defined]
    page = window.show_page("aftercare")  # type: ignore[attr-defined]
    assert page.tabs.tabText(page.tabs.currentIndex()) == "Enquiries"


def test_the_page_lists_overdue_cases_first_and_counts_them_by_category_and_age(
    qtbot: QtBot, window: object, ctx: Context
) -> None:
    acme = create_investor(ctx, InvestorDraft(name="Acme Batteries", in_korea=True))
    today = date.today()

    def receive(subject: str, category: CaseCategory, days_ago: int, acknowledged: bool = False) -> None:
        received = today - timedelta(days=days_ago)
        draft = aftercare.CaseDraft(acme, subject, category, received)
        if acknowledged:
            draft = aftercare.acknowledged(draft, received + timedelta(days=1))
        records.create(ctx, aftercare.CASE, draft)

    receive("Old but in hand", CaseCategory.TAX, 40, acknowledged=True)  # 60 days to resolve: in time
    receive("New and unread", CaseCategory.TAX, 1)  # three days to acknowledge: in time
    receive("Nobody took it up", CaseCategory.CUSTOMS, 5)  # past the three days: overdue
    receive("Long forgotten", CaseCategory.CUSTOMS, 100, acknowledged=True)  # past the sixty days: overdue
    page = window.show_page("aftercare")  # type: ignore[attr-defined]
    assert isinstance(page, AftercarePage)
    page.refresh()
    # Overdue first (the oldest first among them), then the rest, the oldest first.
    assert _texts(page.case_table, 0) == ["Long forgotten", "Nobody took it up", "Old but in hand", "New and unread"]
    assert [page.case_table.item(r, 6).toolTip() for r in range(4)] == ["Overdue", "Overdue", "", ""]
    assert page.case_count.text() == "4 open, 2 overdue"
    buckets = {
        page.summary.item(r, 0).text(): [page.summary.item(r, c).text() for c in range(1, 6)]
        for r in range(page.summary.rowCount())
    }
    # 0–7 days, 8–30, 31–90, over 90, overdue
    assert buckets["Tax"] == ["1", "", "1", "", ""]
    assert buckets["Customs"] == ["1", "", "", "1", "2"]
    page.category.setCurrentIndex(page.category.findData("customs"))
    assert _texts(page.case_table, 0) == ["Long forgotten", "Nobody took it up"]


def _fits(table: QTableWidget) -> None:
    assert table.viewport().width() > 1000, table.objectName()
    assert table.horizontalHeader().length() <= table.viewport().width(), table.objectName()
    assert not table.horizontalScrollBar().isVisible(), table.objectName()


def test_the_aftercare_tables_fit_a_1366_pixel_window_without_scrolling_sideways(
    qtbot: QtBot, window: object, ctx: Context
) -> None:
    """The common office laptop: long subjects, names and titles are cut with "…" (whole in the
    tooltip) so every column of each tab is in view, none behind a horizontal scroll bar."""
    long_name = "Northridge Semiconductor Materials and Advanced Packaging Holdings Co., Ltd."
    investor = create_investor(ctx, InvestorDraft(name=long_name, in_korea=True))
    plant = projects.create_project(
        ctx,
        projects.ProjectDraft(
            investor,
            "Northridge 경기 평택 첨단 패키징 테스트 라인 및 연구개발센터 신설",
            ProjectType.GREENFIELD,
            "NOTIFIED",
        ),
    )
    subject = "외국인투자기업 등록 변경 처리 지연 및 공장 증설 건축 인허가 보완 요구에 따른 일정 차질"
    today = date.today()
    records.create(
        ctx,
        aftercare.CASE,
        aftercare.CaseDraft(
            investor,
            subject,
            CaseCategory.CONSTRUCTION,
            today,
            agency="국토교통부·지방자치단체·산업통상부 외국인투자과",
        ),
    )
    records.create(
        ctx,
        aftercare.ENQUIRY,
        aftercare.EnquiryDraft(
            subject, EnquirySource.WEBSITE, today, company=long_name, contact_name="Jonathan Whitfield"
        ),
    )
    records.create(
        ctx,
        incentives.INCENTIVE,
        incentives.IncentiveDraft(
            IncentiveType.FIZ_RENT,
            GrantingBody.MINISTRY,
            IncentiveStatus.PAID,
            "산업통상자원부 (외국인투자위원회 심의 후 지방자치단체 경유)",
            "73689000000",
            "KRW",
            today,
            today,
            today,
            jobs_required=175,
            keep_years=10,
        ),
        project_id=plant,
    )
    window.resize(1366, 768)  # type: ignore[attr-defined]
    page = window.show_page("aftercare")  # type: ignore[attr-defined]
    assert isinstance(page, AftercarePage)
    for tab, table in enumerate((page.case_table, page.enquiry_table, page.incentive_table)):
        page.tabs.setCurrentIndex(tab)
        qtbot.waitUntil(lambda t=table: t.isVisible() and t.rowCount() == 1)
        qtbot.waitUntil(lambda t=table: _fits(t), timeout=5_000)  # once laid out at the window's width
        assert table.item(0, 0).toolTip() == table.item(0, 0).text()  # a cut subject or name is whole on hover
