"""The map of Korea on the dashboard, driven as an officer would: choose a figure, click a province."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kotra_invest.demo import generate_demo
from kotra_invest.services.investors import list_investors
from kotra_invest.services.korea_map import korea_map
from kotra_invest.services.projects import list_projects
from kotra_invest.services.read_models import InvestorFilter, ProjectFilter
from kotra_invest.services.unit_of_work import Context

TODAY = date(2026, 11, 25)  # the demo data's today


def _all_projects(ctx: Context, province: str | None) -> set[object]:
    return {row.id for row in list_projects(ctx, ProjectFilter(province_code=province), limit=100_000).rows}


def _all_investors(ctx: Context, province: str | None) -> set[object]:
    return {row.id for row in list_investors(ctx, InvestorFilter(province_code=province), limit=100_000).rows}


def _wait_for_map(qtbot: QtBot, page: object, figure: str) -> None:
    qtbot.waitUntil(lambda: page.map_data is not None and page.map_data.figure == figure, timeout=10_000)  # type: ignore[attr-defined]


def test_a_click_on_a_province_filters_the_investors_and_projects_lists(qtbot: QtBot, ctx: Context) -> None:
    generate_demo(ctx, today=TODAY)
    from kotra_invest.services.officers import ensure_file_owner
    from kotra_invest.ui.app import load_fonts
    from kotra_invest.ui.main_window import MainWindow

    load_fonts()
    ensure_file_owner(ctx)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    page = window.page("dashboard")
    projects_page = window.page("projects")  # built before the click: it is filtered in place
    projects_page.view_choice.setCurrentIndex(
        projects_page.view_choice.findData("table")
    )  # a saved layout may say board
    window.show_page("dashboard")
    _wait_for_map(qtbot, page, "notified")
    pipeline = korea_map(ctx, "pipeline", page.year)
    daejeon = "KR-30"
    assert (pipeline.value_of(daejeon) or 0) > 0
    expected_projects = _all_projects(ctx, daejeon)
    expected_investors = _all_investors(ctx, daejeon)
    assert 0 < len(expected_projects) < len(_all_projects(ctx, None))

    qtbot.mouseClick(page.korea_map, Qt.MouseButton.LeftButton, pos=page.korea_map.tile_centre(daejeon).toPoint())

    assert page.province == daejeon
    assert ("Daejeon" if ctx.lang == "en" else "대전") in page.map_filter.text()
    shown = {projects_page.model.row_at(r).id for r in range(projects_page.model.rowCount())}
    assert shown == expected_projects
    assert {projects_page.model.row_at(r).province for r in range(projects_page.model.rowCount())} == {
        "Daejeon" if ctx.lang == "en" else "대전광역시"
    }
    # The investors page is built after the click: it opens filtered too, from the map's button.
    qtbot.mouseClick(page.show_investors, Qt.MouseButton.LeftButton)
    investors_page = window.stack.currentWidget()
    assert investors_page is window.pages["investors"]
    shown_investors = {investors_page.model.row_at(r).id for r in range(investors_page.model.rowCount())}
    assert shown_investors == expected_investors and shown_investors
    assert investors_page.filters["province"].currentData() == daejeon  # the filter is on screen, clearable

    # A second click on the same tile shows every province again.
    window.show_page("dashboard")
    qtbot.mouseClick(page.korea_map, Qt.MouseButton.LeftButton, pos=page.korea_map.tile_centre(daejeon).toPoint())
    assert page.province is None
    assert projects_page.model.rowCount() == min(200, len(_all_projects(ctx, None)))
    assert investors_page.filters["province"].currentData() is None


def test_the_figure_chooser_recolours_the_map(qtbot: QtBot, ctx: Context) -> None:
    generate_demo(ctx, today=TODAY)
    from kotra_invest.ui.app import load_fonts
    from kotra_invest.ui.dashboard import DashboardPage

    load_fonts()
    page = DashboardPage(ctx, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1440, 860)
    page.show()
    _wait_for_map(qtbot, page, "notified")
    figure = page.map_figure
    figure.setCurrentIndex(figure.findData("delegations"))
    _wait_for_map(qtbot, page, "delegations")
    expected = korea_map(ctx, "delegations", TODAY.year)
    description = page.korea_map.accessibleDescription()
    for p in expected.provinces:
        assert f"{p.name}: {int(p.value or 0)}" in description
    assert page.map_note.text() == expected.note

    figure.setCurrentIndex(figure.findData("cases"))
    _wait_for_map(qtbot, page, "cases")
    assert page.map_data.available  # the aftercare module counts open cases by province
    assert "—" not in page.korea_map.accessibleDescription()  # a count on every tile, none "not available"


def test_the_map_is_usable_by_keyboard(qtbot: QtBot, ctx: Context) -> None:
    from kotra_invest.ui.dashboard import DashboardPage

    page = DashboardPage(ctx, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1440, 860)
    page.show()
    _wait_for_map(qtbot, page, "notified")
    chosen: list[object] = []
    page.sig_province_chosen.connect(chosen.append)
    page.map_figure.setFocus()
    qtbot.keyClick(page.map_figure, Qt.Key.Key_Tab)  # the map comes next in the tab order
    assert page.korea_map.hasFocus() and page.korea_map.current == "KR-11"  # Seoul, the first province
    for key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Down):  # Incheon, Seoul, Sejong, Daejeon
        qtbot.keyClick(page.korea_map, key)
    assert page.korea_map.current == "KR-30"
    qtbot.keyClick(page.korea_map, Qt.Key.Key_Return)
    assert page.province == "KR-30" and chosen == ["KR-30"]
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Left):  # Jeonnam, over the sea to Jeju, the edge
        qtbot.keyClick(page.korea_map, key)
    assert page.korea_map.current == "KR-49"
    qtbot.keyClick(page.korea_map, Qt.Key.Key_Space)
    assert chosen == ["KR-30", "KR-49"] and page.province == "KR-49"
    qtbot.keyClick(page.korea_map, Qt.Key.Key_Space)  # again: every province
    assert chosen[-1] is None and page.province is None
