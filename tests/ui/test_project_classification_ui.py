"""The project editor speaks the ministry's classification: a type (greenfield or M&A) and,
separately, 신규/증액; marking a project 증액 shows on its page and can be undone."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from kotra_invest.domain.enums import NewOrAdditional, ProjectType
from kotra_invest.services import projects, records
from kotra_invest.services.investors import InvestorDraft, create_investor
from kotra_invest.services.projects import ProjectDraft
from kotra_invest.services.unit_of_work import Context


def test_marking_a_project_additional_in_the_editor(qtbot: QtBot, ctx: Context, window: object) -> None:
    investor = create_investor(ctx, InvestorDraft("Alpha Chem Korea", country_code="DE", in_korea=True))
    project_id = projects.create_project(
        ctx, ProjectDraft(investor, "Second reactor line", ProjectType.GREENFIELD, "MEETING")
    )
    project_window = window.open_record("project", project_id)  # type: ignore[attr-defined]
    editor = project_window.project_actions.edit(project_id)
    assert editor is not None
    assert [editor.project_type.itemData(i) for i in range(editor.project_type.count())] == [
        ProjectType.GREENFIELD,
        ProjectType.MNA,
    ]
    assert editor.new_or_additional.currentData() == NewOrAdditional.NEW
    editor.new_or_additional.setCurrentIndex(editor.new_or_additional.findData(NewOrAdditional.ADDITIONAL))
    with qtbot.waitSignal(editor.sig_saved):
        editor.buttons.button(editor.buttons.StandardButton.Save).click()
    assert records.get(ctx, projects.PROJECT, project_id)[0].new_or_additional == NewOrAdditional.ADDITIONAL
    assert projects.get_project_row(ctx, project_id).project_type_label == "Greenfield · Additional"

    window.actions_by_name["undo"].trigger()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: records.get(ctx, projects.PROJECT, project_id)[0].new_or_additional == NewOrAdditional.NEW)
