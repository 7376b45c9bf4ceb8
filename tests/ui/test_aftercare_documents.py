"""The papers of after-신고 work kept with it, through the real widgets: an approval letter dropped on
an incentive application's Documents window shows on the project's Documents tab and is found by
the search box; the agency's reply is added to a grievance case from the Aftercare page and shows
in the investor's window; deleting one is undone with Ctrl+Z in the window it was opened from."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from document_files import pdf
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_documents_ui import _drop, _names

from kotra_invest.domain.aftercare_models import CaseCategory, GrantingBody, IncentiveType, MilestoneStep
from kotra_invest.services import aftercare, documents, incentives, projects, records
from kotra_invest.services.investors import InvestorDraft, create_investor
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui.aftercare import AftercarePage
from kotra_invest.ui.documents import RecordDocumentsDialog
from kotra_invest.ui.project_page import ProjectWindow


def test_an_approval_letter_kept_with_an_incentive_application_and_a_step(
    qtbot: QtBot, window: object, ctx: Context, tmp_path: Path
) -> None:
    acme = create_investor(ctx, InvestorDraft(name="Acme Batteries"))
    project_id = projects.create_project(
        ctx, projects.ProjectDraft(investor_id=acme, title="Cathode plant", stage_code="NOTIFIED")
    )
    application = records.create(
        ctx,
        incentives.INCENTIVE,
        incentives.IncentiveDraft(IncentiveType.CASH_GRANT, GrantingBody.MINISTRY, applied_on=date(2026, 5, 1)),
        project_id=project_id,
    )
    records.create(
        ctx,
        incentives.MILESTONE,
        incentives.MilestoneDraft(MilestoneStep.FIC_REGISTRATION, date(2026, 3, 4)),
        project_id=project_id,
    )
    opened = window.open_record("project", project_id)  # type: ignore[attr-defined]
    assert isinstance(opened, ProjectWindow)
    qtbot.waitExposed(opened)

    opened.incentive_table.selectRow(0)
    dialog = opened.incentive_documents()
    assert isinstance(dialog, RecordDocumentsDialog)
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Documents — Cash grant"
    letter = pdf(tmp_path / "현금지원 승인 통지.pdf", "Approval of the cash grant: Zyxwv cathode plant")
    assert _drop(dialog, [letter])
    qtbot.waitUntil(lambda: not dialog.panel.is_busy())
    assert _names(dialog.panel) == ["현금지원 승인 통지.pdf"]
    # The project's Documents tab holds its applications' papers too, as soon as they are added.
    assert _names(opened.documents) == ["현금지원 승인 통지.pdf"]
    [row] = documents.list_documents(ctx, "incentive", application)
    assert row.record_kind == "incentive"

    # Deleted in the dialog, brought back by Ctrl+Z in the project window it was opened from.
    dialog.panel.table.selectRow(0)
    dialog.panel.delete_selected()
    assert _names(dialog.panel) == [] and _names(opened.documents) == []
    dialog.close()
    opened.undo_stack.undo()
    assert _names(opened.documents) == ["현금지원 승인 통지.pdf"]

    # A procedure step keeps its certificate the same way.
    opened.milestone_table.selectRow(0)
    step = opened.milestone_documents()
    assert isinstance(step, RecordDocumentsDialog)
    certificate = pdf(tmp_path / "외국인투자기업 등록증명서.pdf", "Foreign-invested company registration certificate")
    step.panel.add_paths([certificate])
    qtbot.waitUntil(lambda: not step.panel.is_busy())
    assert _names(step.panel) == ["외국인투자기업 등록증명서.pdf"]
    step.close()
    assert sorted(_names(opened.documents)) == ["외국인투자기업 등록증명서.pdf", "현금지원 승인 통지.pdf"]
    notes = {opened.documents.table.item(r, 0).text(): opened.documents.table.item(r, 5).text() for r in range(2)}
    assert notes == {
        "외국인투자기업 등록증명서.pdf": "of a procedure step",
        "현금지원 승인 통지.pdf": "of an incentive application",
    }
    opened.close()

    # The search box finds the letter by a word inside it; Return opens the project, letter selected.
    window.search.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClicks(window.search, "zyxwv")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.search.hit_ids() == [row.id])  # type: ignore[attr-defined]
    qtbot.keyClick(window.search, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    shown = window.record_windows[-1]  # type: ignore[attr-defined]
    assert isinstance(shown, ProjectWindow) and shown.project_id == project_id
    assert shown.tabs.currentWidget() is shown.documents
    assert shown.documents.table.item(shown.documents.table.currentRow(), 0).text() == "현금지원 승인 통지.pdf"


def test_the_agencys_reply_kept_with_a_grievance_case_from_the_aftercare_page(
    qtbot: QtBot, window: object, ctx: Context, tmp_path: Path
) -> None:
    acme = create_investor(ctx, InvestorDraft(name="Acme Batteries"))
    records.create(
        ctx, aftercare.CASE, aftercare.CaseDraft(acme, "통관 보류로 설비 반입 지연", CaseCategory.CUSTOMS, date.today())
    )
    page = window.show_page("aftercare")  # type: ignore[attr-defined]
    assert isinstance(page, AftercarePage)
    assert page.case_documents() is None  # nothing chosen: nothing opens
    page.case_table.selectRow(0)
    dialog = page.case_documents()
    assert isinstance(dialog, RecordDocumentsDialog)
    assert dialog.windowTitle() == "Documents — 통관 보류로 설비 반입 지연"
    reply = pdf(tmp_path / "관세청 회신.pdf", "Customs reply: the equipment is released")
    dialog.panel.add_paths([reply])
    qtbot.waitUntil(lambda: not dialog.panel.is_busy())
    dialog.close()

    investor_window = window.open_record("investor", acme)  # type: ignore[attr-defined]
    assert _names(investor_window.documents) == ["관세청 회신.pdf"]
    # Its note says whose paper it is in words, not the record kind's code name ("of a case").
    assert investor_window.documents.table.item(0, 5).text() == "of a grievance case"
    investor_window.close()
