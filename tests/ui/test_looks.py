"""What an officer sees at 1280×800: counts and amounts read down by their last digit, dates and
times whole in their columns, one date style in a dialog, keyboard mnemonics on every button row."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QTableView, QTableWidget
from pytestqt.qtbot import QtBot

from kotra_invest.domain.aftercare_models import GrantingBody, IncentiveStatus, IncentiveType
from kotra_invest.services import incentives, projects, records
from kotra_invest.services.investors import InvestorDraft, create_investor
from kotra_invest.services.unit_of_work import Context

RIGHT = Qt.AlignmentFlag.AlignRight


def _right_aligned(table: QTableWidget, column: int) -> list[bool]:
    return [
        bool(Qt.AlignmentFlag(table.item(r, column).textAlignment()) & RIGHT)  # type: ignore[union-attr]
        for r in range(table.rowCount())
    ]


def test_amounts_and_counts_in_a_record_window_are_aligned_right_with_thousands_separators(
    qtbot: QtBot, ctx: Context
) -> None:
    from kotra_invest.ui.investor_page import InvestorWindow
    from kotra_invest.ui.project_page import ProjectWindow

    acme = create_investor(ctx, InvestorDraft(name="Acme Batteries"))
    plant = projects.create_project(ctx, projects.ProjectDraft(investor_id=acme, title="Cathode plant"))
    projects.add_fdi_amount(
        ctx, plant, projects.FdiAmountDraft(projects.FdiKind.NOTIFIED, "3000000", date(2026, 2, 1), "USD")
    )
    records.create(
        ctx,
        incentives.INCENTIVE,
        incentives.IncentiveDraft(
            IncentiveType.FIZ_RENT,
            GrantingBody.MINISTRY,
            IncentiveStatus.APPLIED,
            None,
            "73689000000",
            "KRW",
            date(2026, 3, 1),
            jobs_required=1200,
            keep_years=10,
        ),
        project_id=plant,
    )
    investor = InvestorWindow(ctx, acme, None)
    qtbot.addWidget(investor)
    assert investor.projects.item(0, 4).text()  # the notified amount
    assert _right_aligned(investor.projects, 4) == [True]
    # The last column's numbers stay under their header, not at the far edge of a stretched column.
    investor.show()
    investor.tabs.setCurrentWidget(investor.projects.parentWidget())
    qtbot.waitExposed(investor)
    arrived = investor.projects.horizontalHeaderItem(5).text()  # type: ignore[union-attr]
    assert investor.projects.columnWidth(5) <= investor.projects.fontMetrics().horizontalAdvance(arrived) + 40
    assert _right_aligned(investor.incentive_table, 4) == [True]  # amount
    assert investor.incentive_table.item(0, 8).text() == "1,200"  # jobs
    assert _right_aligned(investor.incentive_table, 8) == [True]
    assert _right_aligned(investor.incentive_table, 0) == [False]  # the project's title reads from the left
    project = ProjectWindow(ctx, plant, None)
    qtbot.addWidget(project)
    assert _right_aligned(project.tranches, 2) == [True]
    assert _right_aligned(project.incentive_table, 3) == [True]
    assert _right_aligned(project.incentive_table, 7) == [True]


def test_the_fez_page_counts_are_aligned_right(qtbot: QtBot, ctx: Context) -> None:
    from PySide6.QtGui import QUndoStack

    from kotra_invest.ui.fez import FezPage

    page = FezPage(ctx, QUndoStack(), None)
    qtbot.addWidget(page)
    assert page.fez_table.rowCount() > 0  # the nine zones come with the reference data
    assert all(_right_aligned(page.fez_table, 3))  # events
    assert not any(_right_aligned(page.fez_table, 0))


def test_the_investors_list_shows_its_text_filter_hint_and_updated_days_whole_at_1280(
    qtbot: QtBot, ctx: Context, window: object
) -> None:
    from kotra_invest.ui.investors import UPDATED_COLUMN, InvestorsPage

    create_investor(ctx, InvestorDraft(name="Acme Batteries"))
    window.resize(1280, 800)  # type: ignore[attr-defined]
    page = window.show_page("investors")  # type: ignore[attr-defined]
    assert isinstance(page, InvestorsPage)
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    hint = page.text.placeholderText()
    assert page.text.fontMetrics().horizontalAdvance(hint) <= page.text.width() - 12, hint  # frame and margins
    index = page.model.index(0, UPDATED_COLUMN)
    updated = page.model.data(index)
    metrics = page.table.fontMetrics()
    assert metrics.horizontalAdvance(updated) + 8 <= page.table.columnWidth(UPDATED_COLUMN), updated
    assert ":" in page.model.data(index, Qt.ItemDataRole.ToolTipRole)  # the time of day, on hover


def test_the_rates_list_writes_its_dates_as_the_date_box_under_it_does(qtbot: QtBot, ctx: Context) -> None:
    from dataclasses import replace
    from decimal import Decimal

    from PySide6.QtCore import QDate
    from PySide6.QtGui import QUndoStack

    from kotra_invest.services import fx
    from kotra_invest.ui.rates import RatesDialog

    fx.set_rate(ctx, "EUR", date(2026, 1, 2), Decimal("0.92"), "ECB")
    dialog = RatesDialog(replace(ctx, lang="ko"), QUndoStack(), None)
    qtbot.addWidget(dialog)
    row = dialog.table.topLevelItem(0)
    assert row.text(1) == "2026. 1. 2."  # not 2026-01-02 beside a date box reading 2026. 1. 2. (금)
    dialog.table.setCurrentItem(row)
    assert dialog.on_date.date() == QDate(2026, 1, 2)


def test_every_button_row_of_the_record_windows_has_its_keyboard_letters_in_korean(qtbot: QtBot, ctx: Context) -> None:
    """The overview tabs had 편집(E)…; the other tabs' rows (편집…, 삭제, 단원 추가…) had none."""
    from dataclasses import replace

    from PySide6.QtWidgets import QPushButton

    from kotra_invest.services.delegations import DelegationDraft, create_delegation
    from kotra_invest.ui import i18n
    from kotra_invest.ui.delegations import DelegationWindow
    from kotra_invest.ui.investor_page import InvestorWindow
    from kotra_invest.ui.project_page import ProjectWindow

    acme = create_investor(ctx, InvestorDraft(name="Acme Batteries"))
    plant = projects.create_project(ctx, projects.ProjectDraft(investor_id=acme, title="Cathode plant"))
    trip = create_delegation(
        ctx, DelegationDraft(title="충북 이차전지 투자유치단", year=2027, lead_province_codes=("KR-43",))
    )
    korean = replace(ctx, lang="ko")
    assert i18n.install("ko")
    try:
        windows = [
            InvestorWindow(korean, acme, None),
            ProjectWindow(korean, plant, None),
            DelegationWindow(korean, trip, None),
        ]
        for window in windows:
            qtbot.addWidget(window)
            for index in range(window.tabs.count()):
                tab = window.tabs.widget(index)
                texts = [b.text() for b in tab.findChildren(QPushButton) if b.text()]
                missing = [t for t in texts if "&" not in t]
                assert missing == [], (window.tabs.tabText(index), missing)
                letters = [t[t.index("&") + 1].upper() for t in texts]
                assert len(letters) == len(set(letters)), (window.tabs.tabText(index), texts)
                assert all("(&" in t for t in texts), texts  # Korean: 편집(&E)…, the letter after the word
    finally:
        i18n.install("en")


def test_a_projects_probability_reads_as_the_briefing_pack_and_the_dashboard_write_percents(
    qtbot: QtBot, ctx: Context
) -> None:
    from kotra_invest.ui.project_page import ProjectWindow

    acme = create_investor(ctx, InvestorDraft(name="Acme Batteries"))
    plant = projects.create_project(
        ctx, projects.ProjectDraft(investor_id=acme, title="Cathode plant", probability=60, expected_jobs=1200)
    )
    window = ProjectWindow(ctx, plant, None)
    qtbot.addWidget(window)
    assert (
        "60%" in window.facts.text() and "60 %" not in window.facts.text()
    )  # the pack writes 60%, the dashboard 81.6%
    assert "1,200" in window.facts.text()


DEMO_TODAY = date(2026, 11, 25)  # the demo data's today


@pytest.fixture
def app_font(qapp: QApplication) -> Iterator[QFont]:
    """The app's own type, as it starts (NanumGothic 10 pt): widths are measured in it."""
    from kotra_invest.ui.app import load_fonts

    before = qapp.font()
    font = QFont(load_fonts() or "", 10)
    qapp.setFont(font)
    yield font
    qapp.setFont(before)


def _demo_window(qtbot: QtBot, ctx: Context, window: object, page: str) -> object:
    from kotra_invest.demo import generate_demo

    generate_demo(Context(ctx.db, "demo", "demo"), today=DEMO_TODAY)
    window.resize(1280, 800)  # type: ignore[attr-defined]
    shown = window.show_page(page)  # type: ignore[attr-defined]
    qtbot.waitExposed(window)  # type: ignore[arg-type]
    return shown


@pytest.fixture(params=["en", "ko"])
def lang_window(request: pytest.FixtureRequest, qtbot: QtBot, app_font: QFont, ctx: Context) -> Iterator[object]:
    """The main window in English, then in Korean (the window fixture's is English)."""
    from dataclasses import replace

    from PySide6.QtCore import QThreadPool

    from kotra_invest.ui import i18n
    from kotra_invest.ui.main_window import MainWindow

    assert i18n.install(request.param)
    try:
        window = MainWindow(replace(ctx, lang=request.param))
        qtbot.addWidget(window)
        window.show()
        yield window
        QThreadPool.globalInstance().waitForDone(10_000)  # the page's loads, before the database goes
    finally:
        i18n.install("en")


def test_the_projects_list_at_1280_gives_the_names_the_room_the_dates_and_amounts_do_not_need(
    qtbot: QtBot, ctx: Context, lang_window: object
) -> None:
    from kotra_invest.ui.projects import LONG_COLUMNS, ProjectsPage

    page = _demo_window(qtbot, ctx, lang_window, "projects")
    assert isinstance(page, ProjectsPage)
    page.refresh()
    table, model = page.table, page.model
    qtbot.waitUntil(lambda: model.rowCount() > 100)
    metrics = table.fontMetrics()

    def widest(column: int) -> int:
        texts = [model.data(model.index(r, column)) or "" for r in range(model.rowCount())]
        return max(metrics.horizontalAdvance(t) for t in texts)

    def settled() -> bool:
        shown = sum(table.columnWidth(c) for c in range(model.columnCount()))
        return abs(shown - table.viewport().width()) <= 2  # the columns fill the width, no more

    qtbot.waitUntil(settled)
    for column in range(model.columnCount()):
        if column in LONG_COLUMNS or column in model.SORTABLE:
            continue
        header = metrics.horizontalAdvance(model.headers[column])
        # Its longest date or amount, or its header: the 25 px kept for a sort arrow (that a click
        # there never showed) went to the names beside them.
        assert table.columnWidth(column) <= max(widest(column), header) + 16, model.headers[column]
        assert table.columnWidth(column) >= widest(column) + 6, model.headers[column]  # and read whole
    for column in LONG_COLUMNS:  # none keeps room its longest text does not need (산업: 30 px did)
        assert table.columnWidth(column) <= widest(column) + 16, model.headers[column]
    assert table.columnWidth(0) >= 120  # 90 px in English: "Adler 인천 …", the investor's name and no more
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) == model.data(model.index(0, 0))


def test_the_dashboard_at_1280_writes_its_map_legend_chart_labels_and_trips_whole(
    qtbot: QtBot, app_font: QFont, ctx: Context, window: object
) -> None:
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontInfo, QFontMetrics

    from kotra_invest.services.korea_map_drawing import legend_of
    from kotra_invest.ui.dashboard import DashboardPage

    page = _demo_window(qtbot, ctx, window, "dashboard")
    assert isinstance(page, DashboardPage)
    page.refresh()
    qtbot.waitUntil(lambda: page.data is not None and page.map_data is not None and not page.is_loading, timeout=15_000)
    qtbot.wait(50)  # the layout after the figures arrived

    # The legend in the page's type, not drawn in the half-size map (its words were 5 px high).
    legend = page.korea_map.legend
    assert legend.isVisible()
    assert QFontInfo(legend.font()).pixelSize() >= QFontInfo(app_font).pixelSize()
    key = legend_of(page.map_data)
    assert key.unit in legend.text() and key.marks[0][1] in legend.text()
    scene = page.korea_map.scene
    assert scene is not None and key.unit not in scene.texts()

    # Every chart's category names whole (the pipeline's "Incentive negotiation" read "Incentive neg…").
    for panel in (page.delegation_panel, page.fdi_panel, page.pipeline_panel):
        view = panel.view
        label_metrics = QFontMetrics(view.label_font)
        room = view.reserved() - label_metrics.averageCharWidth()
        cut = [t for t in view.labels if label_metrics.horizontalAdvance(t) > room]
        assert cut == [], panel.title.text()

    # Each trip's name whole: its row as tall as the name wrapped at its column's width.
    tree = page.trips.tree
    assert tree.topLevelItemCount() > 0
    lines = tree.fontMetrics()
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        assert item is not None
        index = tree.indexFromItem(item, 1)
        needed = lines.boundingRect(
            QRect(0, 0, tree.columnWidth(1) - 8, 100_000), int(Qt.TextFlag.TextWordWrap), item.text(1)
        )
        assert tree.visualRect(index).height() >= needed.height(), item.text(1)


def test_the_grievance_cases_at_1280_show_the_whole_summary_and_give_the_names_the_spare_width(
    qtbot: QtBot, ctx: Context, lang_window: object
) -> None:
    from kotra_invest.ui.aftercare import AftercarePage

    page = _demo_window(qtbot, ctx, lang_window, "aftercare")
    assert isinstance(page, AftercarePage)
    page.refresh()
    summary, cases = page.summary, page.case_table
    qtbot.waitUntil(lambda: summary.rowCount() > 3 and cases.rowCount() > 10)

    # Every category and the totals in view: the last row ("Finance" above the totals was half shown).
    last = summary.rowCount() - 1
    bottom = summary.rowViewportPosition(last) + summary.rowHeight(last)
    assert summary.rowViewportPosition(0) >= 0
    assert bottom <= summary.viewport().height(), summary.item(last, 0).text()  # type: ignore[union-attr]

    # Subject and investor have the room their text needs before the short columns keep any spare.
    metrics = cases.fontMetrics()

    def widest(column: int) -> int:
        return max(metrics.horizontalAdvance(cases.item(r, column).text()) for r in range(cases.rowCount()))  # type: ignore[union-attr]

    def settled() -> bool:  # the sideways scroll bar a moment's overflow showed, hidden again
        shown = sum(cases.columnWidth(c) for c in range(cases.columnCount()))
        return abs(shown - cases.viewport().width()) <= 2 and not cases.horizontalScrollBar().isVisible()

    qtbot.waitUntil(settled)
    names = (0, 1)  # subject, investor
    cut = [c for c in names if cases.columnWidth(c) < widest(c) + 6]
    if cut:  # a name is cut: then no other text column keeps more than its text needs
        for column in (7,):  # ministry or agency, the third shared column
            assert cases.columnWidth(column) <= widest(column) + 16, cases.horizontalHeaderItem(column).text()  # type: ignore[union-attr]
    even = sum(cases.columnWidth(c) for c in (0, 1, 7)) // 3
    for column in names:  # read whole, or at least an even share of the room when none is
        assert cases.columnWidth(column) >= min(widest(column) + 6, even - 2), cases.horizontalHeaderItem(column).text()  # type: ignore[union-attr]
    subject = cases.item(0, 0)
    assert subject is not None and subject.toolTip() == subject.text()  # whole on hover when cut

    # No column pushed past the viewport, under the vertical scroll bar: the last, Home Doctor,
    # ends within it, the columns sum to at most its width.
    for column in range(cases.columnCount()):
        right = cases.columnViewportPosition(column) + cases.columnWidth(column)
        assert right <= cases.viewport().width(), cases.horizontalHeaderItem(column).text()  # type: ignore[union-attr]
    assert cases.horizontalScrollBar().maximum() == 0

    # The summary is compact, rows as tall as a line of text (at 30 px a row it took ~320 px and
    # left eight cases in view), and the cases list, the officer's main work, has the height.
    line = summary.fontMetrics().height()
    rows = summary.rowCount()
    assert all(summary.rowHeight(r) >= line for r in range(rows))  # every row unclipped
    header = summary.horizontalHeader().height()
    assert summary.height() <= rows * (line + 6) + header + 2 * summary.frameWidth() + 4
    in_view = sum(
        1
        for r in range(cases.rowCount())
        if cases.rowViewportPosition(r) >= 0
        and cases.rowViewportPosition(r) + cases.rowHeight(r) <= cases.viewport().height()
    )
    assert in_view >= 12, in_view


def _filter_combos(page: object) -> list[object]:
    from PySide6.QtWidgets import QComboBox

    return [c for c in page.findChildren(QComboBox) if c.isVisible()]  # type: ignore[attr-defined]


@pytest.mark.parametrize("key", ["investors", "projects", "delegations", "tasks", "aftercare"])
def test_every_filter_combo_at_1280_shows_its_choice_whole_and_opens_on_all_its_entries(
    qtbot: QtBot, ctx: Context, lang_window: object, key: str
) -> None:
    """Qt cuts a combo's text mid-letter with no "…": 전체 경제자유구역 read 전체 경제자유구으."""
    from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox

    page = _demo_window(qtbot, ctx, lang_window, key)
    qtbot.wait(50)  # the layout
    combos = _filter_combos(page)
    assert combos, key
    for combo in combos:
        assert isinstance(combo, QComboBox)
        option = QStyleOptionComboBox()
        metrics = combo.fontMetrics()
        within_reason = [i for i in range(combo.count()) if metrics.horizontalAdvance(combo.itemText(i)) <= 200]
        longest_choice = max(within_reason, key=lambda i: metrics.horizontalAdvance(combo.itemText(i)))
        for index in dict.fromkeys((combo.currentIndex(), longest_choice)):  # as it opens; its longest, chosen
            combo.setCurrentIndex(index)
            text = combo.currentText()
            page.layout().activate()  # type: ignore[attr-defined]
            qtbot.wait(1)
            combo.initStyleOption(option)
            field = combo.style().subControlRect(
                QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
            )
            assert combo.fontMetrics().horizontalAdvance(text) <= field.width() - 2, (key, combo.objectName(), text)
        longest = max(combo.view().fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
        # The open list, at least as wide as the combo, writes every entry whole.
        assert max(combo.view().minimumWidth(), field.width()) >= longest, (key, combo.objectName())
        combo.setCurrentIndex(0)


def test_the_map_at_1280_writes_every_province_name_and_figure_in_the_page_small_type_inside_its_tile(
    qtbot: QtBot, ctx: Context, lang_window: object
) -> None:
    """Drawn in the half-size scene, the names were 6–7 px high at 1280×800: unreadable."""
    from PySide6.QtGui import QFontInfo

    from kotra_invest.domain.korea_tiles import TILES
    from kotra_invest.ui.dashboard import DashboardPage

    page = _demo_window(qtbot, ctx, lang_window, "dashboard")
    assert isinstance(page, DashboardPage)
    page.refresh()
    qtbot.waitUntil(lambda: page.map_data is not None and not page.is_loading, timeout=15_000)
    qtbot.wait(50)  # the layout after the figures arrived
    korea_map = page.korea_map
    small = QFontInfo(page.map_filter.font()).pixelSize()  # the panel's note under the map (8.5 pt)
    assert small >= 11
    texts = korea_map.tile_texts()
    names = {t.code: t for t in texts if t.kind == "name"}
    values = {t.code: t for t in texts if t.kind == "value"}
    assert page.map_data is not None
    lang = page.map_data.lang
    assert set(names) == {tile.code for tile in TILES} == set(values)
    for tile in TILES:
        name, value = names[tile.code], values[tile.code]
        # Whole: on one line, or broken between its syllables with a hyphen; never cut with "…".
        assert "".join(line.removesuffix("-") for line in name.lines) == tile.short(lang), name.lines
        room = korea_map.tile_rect(tile.code)
        for text in (name, value):
            assert QFontInfo(text.font).pixelSize() >= small, (tile.code, text.lines)
            for rect in text.rects:
                assert room.contains(rect), (tile.code, text.lines, rect, room)
        boxes = [*name.rects, *value.rects]
        overlapping = [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1 :] if a.intersects(b)]
        assert overlapping == [], tile.code
    # The figures on one row across the map, as a table reads.
    assert len({round(v.rects[0].top()) for v in values.values() if v.code != "KR-49"}) <= 4  # one per map row


def test_every_list_on_the_aftercare_page_has_rows_one_line_of_text_tall(
    qtbot: QtBot, ctx: Context, lang_window: object
) -> None:
    """The cases list kept the style's 30-px rows (two lines' height) under a one-line summary."""
    from kotra_invest.ui.aftercare import AftercarePage

    page = _demo_window(qtbot, ctx, lang_window, "aftercare")
    assert isinstance(page, AftercarePage)
    page.refresh()
    cases = page.case_table
    qtbot.waitUntil(lambda: cases.rowCount() > 10 and page.incentive_table.rowCount() > 0)
    summary_row = page.summary.rowHeight(0)
    for table in (cases, page.enquiry_table, page.incentive_table):
        line = table.fontMetrics().height()
        heights = {table.rowHeight(r) for r in range(table.rowCount())}
        assert heights <= {summary_row}, (table.objectName(), heights)
        assert line <= summary_row < 2 * line
    in_view = sum(
        1
        for r in range(cases.rowCount())
        if cases.rowViewportPosition(r) >= 0
        and cases.rowViewportPosition(r) + cases.rowHeight(r) <= cases.viewport().height()
    )
    assert in_view >= 16, in_view  # 12 at 30 px a row


def test_the_merge_dialog_with_long_korean_notes_fits_a_1280_screen(
    qtbot: QtBot, app_font: QFont, ctx: Context
) -> None:
    """Cut at 60 characters, two Korean notes side by side made the dialog 1,320 px wide."""
    from PySide6.QtWidgets import QRadioButton

    from kotra_invest.ui.merge import MergeDialog

    first = "무역지원센터 상담 이력 있음 (수출 바이어 → 투자가 전환 검토). 전라남도 투자유치 가능성 높음, 광양만권 입지 선호."
    second = "본사 방문 시 아태지역 사장 면담. 대구광역시 투자유치 가능성 높음, 대구경북경제자유구역 입지 선호. 후속 면담 예정."
    keep = create_investor(ctx, InvestorDraft(name="Adlertal Renewables SE", notes=first))
    drop = create_investor(ctx, InvestorDraft(name="Adrialia Motion Systems S.r.l.", notes=second))
    dialog = MergeDialog(ctx, "investor", keep, drop, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= 1280 - 40, dialog.width()  # and the window frame beside it
    notes = dialog.findChild(QRadioButton, "merge_notes_keep")
    assert notes is not None and notes.text().endswith("…") and notes.toolTip() == first  # all of it on hover


def _rows_in_view(table: QTableView) -> int:
    """The rows the user reads whole in the table's viewport."""
    height = table.viewport().height()
    return sum(
        1
        for r in range(table.model().rowCount())
        if table.rowViewportPosition(r) >= 0 and table.rowViewportPosition(r) + table.rowHeight(r) <= height
    )


def test_the_investors_list_at_1280_shows_some_30_rows_each_a_whole_line_of_korean(
    qtbot: QtBot, ctx: Context, lang_window: object
) -> None:
    """The style's 30-px rows (two lines of text tall) showed 21 investors a screen; Excel and
    Outlook show about 30. A row cut to the Latin letters' height would clip 한글."""
    from PySide6.QtGui import QFontMetrics

    from kotra_invest.ui.investors import InvestorsPage

    page = _demo_window(qtbot, ctx, lang_window, "investors")
    assert isinstance(page, InvestorsPage)
    page.refresh()
    table, model = page.table, page.model
    qtbot.waitUntil(lambda: model.rowCount() > 40)
    assert _rows_in_view(table) >= 28, _rows_in_view(table)
    korean = next(
        r for r in range(model.rowCount()) if any("가" <= ch <= "힣" for ch in str(model.data(model.index(r, 1)) or ""))
    )
    metrics = QFontMetrics(table.font())
    for row in (0, korean):
        assert table.rowHeight(row) >= metrics.height()  # ascent to descent: Hangul's whole height
        assert table.rowHeight(row) >= table.sizeHintForRow(row), row  # what the cells ask for
    hangul = metrics.boundingRect("한글 투자가 아들러호프")
    assert hangul.height() <= table.rowHeight(korean)
    # The keyboard still walks the rows and the row stays selected whole.
    table.setFocus()
    table.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == 1
    assert {i.row() for i in table.selectionModel().selectedIndexes()} == {1}
    assert len(table.selectionModel().selectedIndexes()) == model.columnCount()


@pytest.mark.parametrize("key", ["investors", "projects", "delegations", "fez", "aftercare"])
def test_every_list_of_a_page_has_rows_one_line_of_its_text_tall(
    qtbot: QtBot, ctx: Context, window: object, key: str
) -> None:
    """One habit for every table (the app's style sizes their rows as it polishes them), not
    a call on each page: a list added later is compact too."""
    from kotra_invest.demo import generate_demo

    generate_demo(Context(ctx.db, "demo", "demo"), today=DEMO_TODAY)
    window.resize(1280, 800)  # type: ignore[attr-defined]
    page = window.show_page(key)  # type: ignore[attr-defined]
    page.refresh()
    qtbot.waitExposed(window)  # type: ignore[arg-type]
    tables = [t for t in page.findChildren(QTableView) if t.isVisible()]
    assert tables
    qtbot.waitUntil(lambda: any(t.model().rowCount() > 0 for t in tables))
    for table in tables:
        line = table.fontMetrics().height()
        heights = {table.rowHeight(r) for r in range(table.model().rowCount())}
        assert heights <= {line + 4}, (table.objectName(), heights)  # 30 px before


def test_the_project_board_at_1280_shows_every_stage_without_scrolling_sideways(
    qtbot: QtBot, ctx: Context, lang_window: object
) -> None:
    """Eleven 200-px stage columns scrolled sideways at 1280 px: the stages in progress and the
    won or set-aside ones now take a band each, the columns sharing the width, a card's long
    title on two lines and its other lines cut with "…", whole in its tooltip."""
    from PySide6.QtWidgets import QListWidget

    from kotra_invest.ui.projects import CardDelegate, ProjectsPage

    page = _demo_window(qtbot, ctx, lang_window, "projects")
    assert isinstance(page, ProjectsPage)
    page.view_choice.setCurrentIndex(page.view_choice.findData("board"))
    qtbot.waitUntil(lambda: len(page.board.lists) > 6)
    board = page.board
    qtbot.waitUntil(lambda: board.widget().width() <= board.viewport().width())
    assert board.horizontalScrollBar().maximum() == 0
    room = board.viewport().rect()
    for code, cards in board.lists.items():
        where = cards.mapTo(board.viewport(), cards.rect().topLeft())
        assert room.contains(where) and where.x() + cards.width() <= room.width(), code
        assert cards.width() >= 140, code  # a card's title still reads
    assert len(board.placed) == 2 and {board.columns[i].stage_kind for i in board.placed[0]} == {"open"}
    checked = 0  # and each card's lines fit it
    for cards in board.lists.values():
        assert isinstance(cards, QListWidget)
        delegate = cards.itemDelegate()
        assert isinstance(delegate, CardDelegate)
        metrics = cards.fontMetrics()
        for r in range(cards.count()):
            item = cards.item(r)
            card = cards.visualItemRect(item)
            text = delegate.text_rect(card)
            assert card.right() <= cards.viewport().width(), item.text()  # not under the scroll bar
            lines = delegate.lines(cards.model().index(r, 0), metrics, card.width())
            assert len(lines) * metrics.lineSpacing() <= text.height(), item.text()
            assert all(metrics.horizontalAdvance(line) <= text.width() for line in lines), lines
            if item.flags() & Qt.ItemFlag.ItemIsEnabled:
                assert item.toolTip() == item.text()  # the whole card on hover
            checked += 1
    assert checked > 50


def test_the_fez_page_at_1280_gives_the_events_the_height_the_zones_do_not_need(
    qtbot: QtBot, ctx: Context, lang_window: object
) -> None:
    """The zones' four narrow columns took half the page, a blank half beside them."""
    from kotra_invest.ui.fez import FezPage

    page = _demo_window(qtbot, ctx, lang_window, "fez")
    assert isinstance(page, FezPage)
    zones, events = page.fez_table, page.event_table
    qtbot.waitUntil(lambda: events.rowCount() > 5)
    qtbot.waitUntil(lambda: sum(zones.columnWidth(c) for c in range(4)) >= zones.viewport().width() - 2)
    assert _rows_in_view(zones) == zones.rowCount() == 9  # all nine, whole
    blank = zones.viewport().height() - zones.rowViewportPosition(8) - zones.rowHeight(8)
    assert blank <= 2, blank  # and nothing under them
    assert sum(zones.columnWidth(c) for c in range(4)) <= zones.viewport().width()  # no sideways scrolling
    assert events.height() >= page.height() // 2, (events.height(), page.height())
    assert zones.height() + events.height() >= page.height() * 3 // 4


def test_the_fez_page_at_1280_gives_the_provinces_the_width_of_their_longest_list_and_names_korea(
    qtbot: QtBot, ctx: Context, lang_window: object
) -> None:
    """The provinces (one or two a zone) took as much width as the zones' names, some 45 % of the
    page; the events' places read "Seoul, Korea, Republic of"."""
    from kotra_invest.services import reference
    from kotra_invest.ui.fez import FezPage

    page = _demo_window(qtbot, ctx, lang_window, "fez")
    assert isinstance(page, FezPage)
    zones, events, lang = page.fez_table, page.event_table, page.ctx.lang
    qtbot.waitUntil(lambda: events.rowCount() > 5)
    qtbot.waitUntil(lambda: sum(zones.columnWidth(c) for c in range(4)) >= zones.viewport().width() - 2)
    longest = max(zones.sizeHintForColumn(1), zones.horizontalHeader().sectionSizeHint(1))
    assert zones.columnWidth(1) == longest < zones.viewport().width() // 5, (zones.columnWidth(1), longest)
    assert zones.columnWidth(0) >= zones.sizeHintForColumn(0)  # the zone takes the rest, its name whole
    provinces = [zones.item(r, 1) for r in range(zones.rowCount())]
    assert all(cell.toolTip() == cell.text() for cell in provinces)
    seoul = {events.item(r, 3).text() for r in range(events.rowCount())} & {"Seoul, Korea", "Seoul, 대한민국"}
    assert seoul == {"Seoul, 대한민국" if lang == "ko" else "Seoul, Korea"}

    # A province named at length is cut with "…" at an even share of the width, whole in its tooltip.
    long_name = "Busan Metropolitan City with the Port of Busan, the New Port and the Gadeok Island airport district"
    reference.rename_reference(ctx, "provinces", "KR-26", name_ko=long_name, name_en=long_name)
    page.refresh()
    busan = next(zones.item(r, 1) for r in range(zones.rowCount()) if long_name in zones.item(r, 1).text())
    qtbot.waitUntil(lambda: zones.columnWidth(1) < zones.sizeHintForColumn(1))
    room = zones.viewport().width() - zones.columnWidth(2) - zones.columnWidth(3)
    assert zones.columnWidth(1) <= room // 2 <= zones.columnWidth(0)
    assert busan.toolTip() == busan.text()
