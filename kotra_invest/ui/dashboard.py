"""The Dashboard page: the year against the 36-delegation target, 신고 vs 도착, the pipeline, trips and my overdue tasks.

Everything shown comes from one `services.dashboard.load_dashboard` call on a worker thread; the
page never queries and never blocks. A newer load (another year, F5) cancels the one in flight and
the older result, should it still arrive, is dropped.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal

import shiboken6
from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kotra_invest import formatting
from kotra_invest.services import dashboard, korea_map
from kotra_invest.services.korea_map import KoreaMap
from kotra_invest.services.read_models import Amounts, DashboardData, DelegationTally, YearFigures
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui import background
from kotra_invest.ui.charts import AMBER, GREEN, GREY, NAVY, SKY, Bars, ChartPanel
from kotra_invest.ui.korea_map import KoreaMapWidget
from kotra_invest.ui.page import Page

ID_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
FIRST_YEAR = 2020  # the oldest year an officer is likely to look back to

STYLE = """
#dashboardPage, #dashboardBody { background: #f3f5f9; }
#pageTitle { font-size: 17pt; font-weight: bold; color: #1c2430; }
#kpiTile, #chartPanel, #listPanel { background: white; border: 1px solid #dfe3ea; border-radius: 8px; }
#kpiCaption { color: #5d6675; font-size: 9.5pt; }
#kpiValue { color: #1c2430; font-size: 19pt; font-weight: bold; }
#kpiSub { color: #5d6675; font-size: 9pt; }
#panelTitle { color: #1c2430; font-size: 11pt; font-weight: bold; }
#panelNote, #panelLegend { color: #5d6675; font-size: 8.5pt; }
#emptyState { color: #7b8494; font-size: 10.5pt; }
#loadStatus { color: #5d6675; }
#errorBanner { background: #fdecea; color: #8a1c12; border: 1px solid #f3b9b2; border-radius: 6px; padding: 6px; }
QProgressBar#targetBar { background: #e6ebf2; border: none; border-radius: 3px; }
QProgressBar#targetBar::chunk { background: #1f4e8c; border-radius: 3px; }
QTreeWidget { border: none; background: white; }
"""


class _FitScrollArea(QScrollArea):
    """Fills the viewport and scrolls only below the page's minimum size.

    QScrollArea's own resizing asks word-wrapped labels for their height-for-width and makes the
    page taller than a 1280x800 screen for nothing.
    """

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._fit()  # the page's content changed (an error shown, a chart emptied)
        return super().eventFilter(watched, event)

    def _fit(self) -> None:
        body = self.widget()
        if body is None:
            return
        minimum = body.minimumSizeHint()
        viewport = self.maximumViewportSize()
        width = max(minimum.width(), viewport.width())
        # A vertical scroll bar takes width: leave room for it when the page must scroll.
        if minimum.height() > viewport.height():
            width = max(minimum.width(), viewport.width() - self.verticalScrollBar().sizeHint().width())
        body.resize(
            width,
            max(
                minimum.height(),
                self.viewport().height() if minimum.height() <= viewport.height() else minimum.height(),
            ),
        )


class KpiTile(QFrame):
    """One key figure: a caption, the big value, a line under it, and a coloured edge."""

    def __init__(self, caption: str, accent: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiTile")
        self.setStyleSheet(f"#kpiTile {{ border-left: 4px solid {accent}; }}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        self.caption = QLabel(caption, self)
        self.caption.setObjectName("kpiCaption")
        self.value = QLabel("—", self)
        self.value.setObjectName("kpiValue")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sub = QLabel(self)
        self.sub.setObjectName("kpiSub")
        self.sub.setWordWrap(True)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.sub)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set(self, value: str, sub: str) -> None:
        self.value.setText(value)
        self.sub.setText(sub)
        self.setAccessibleName(f"{self.caption.text()}: {value}. {sub}")


class _WrappedRows(QStyledItemDelegate):
    """Rows as tall as their text wrapped at its column's width: a tree view asks its delegate for
    a row's height without saying the width, and the wrapped lines were cut at the second."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree
        tree.header().sectionResized.connect(lambda *_a: tree.doItemsLayout())

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        width = max(self._tree.columnWidth(index.column()) - 8, 1)  # the item's own margins
        text = str(index.data() or "")
        lines = option.fontMetrics.boundingRect(QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), text)
        return QSize(size.width(), max(size.height(), lines.height() + 6))


class RecordList(QFrame):
    """A titled list of records (trips, tasks) that opens one on Enter or double-click; a message when empty."""

    def __init__(self, title: str, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("listPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(6)
        self.title = QLabel(title, self)
        self.title.setObjectName("panelTitle")
        layout.addWidget(self.title)
        # The list and its empty state are made inside the stack that shows them (see ChartPanel).
        self.stack = QStackedWidget(self)
        self.tree = QTreeWidget(self.stack)
        self.tree.setHeaderLabels(headers)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(False)
        self.tree.setAlternatingRowColors(True)
        # Two lines a row (what, then when/where), each elided to the width: no row grows taller.
        self.tree.setWordWrap(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setAccessibleName(title)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(self.stack)
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)

    def fill(self, rows: list[tuple[list[str], str, uuid.UUID, QColor | None]], empty_text: str) -> None:
        """Rows of (column texts, record kind, id, colour of the first column or None)."""
        self.tree.clear()
        for texts, kind, record_id, color in rows:
            item = QTreeWidgetItem(self.tree, texts)  # owned by the tree from birth
            # As text: a Python object inside a QVariant can outlive the interpreter at exit and crash it.
            item.setData(0, ID_ROLE, str(record_id))
            item.setData(0, KIND_ROLE, kind)
            item.setToolTip(1, texts[1])
            if color is not None:
                item.setForeground(0, color)
        if rows:
            # Current (Enter opens it) but not highlighted until the officer moves there.
            self.tree.setCurrentItem(self.tree.topLevelItem(0), 0, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.stack.setCurrentWidget(self.tree)
        else:
            self.empty.setText(empty_text)
            self.stack.setCurrentWidget(self.empty)


# A page shown but not painted (its window minimised) starts its first load after this long anyway.
FIRST_LOAD_LATEST_MS = 300


class DashboardPage(Page):
    """The year at a glance for officers and their management."""

    sig_open_record = Signal(str, object)
    """The user activated a record: its kind ("delegation", "task") and its uuid."""
    sig_loaded = Signal()
    """New figures are on screen."""
    sig_map_loaded = Signal()
    """The map of Korea shows the chosen figure."""
    sig_province_chosen = Signal(object)
    """A tile of the map was clicked: the province code the investors and projects lists show, or None for all."""
    sig_show_page = Signal(str)
    """The user wants the filtered list: "investors" or "projects"."""

    def __init__(self, ctx: Context, parent: QWidget | None = None, *, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._lang = ctx.lang
        self._today = today
        self._job: background.Job | None = None
        self._generation = 0
        self._map_job: background.Job | None = None
        self._map_generation = 0
        self._first_load_due = False  # shown: the first load waits for the first paint (showEvent)
        self.data: DashboardData | None = None
        self.map_data: KoreaMap | None = None
        self._loaded_at = datetime.now()
        self.setObjectName("dashboardPage")
        self.setStyleSheet(STYLE)
        self._build()
        self._connect()

    # --- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = _FitScrollArea(self)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget(scroll)
        body.setObjectName("dashboardBody")
        scroll.setWidget(body)
        body.installEventFilter(scroll)
        body.installEventFilter(self)  # its first paint starts the first load (showEvent)
        page = QVBoxLayout(body)
        page.setContentsMargins(18, 14, 18, 14)
        page.setSpacing(12)

        header = QHBoxLayout()
        header.setSpacing(8)
        self.title = QLabel(body)
        self.title.setObjectName("pageTitle")
        header.addWidget(self.title)
        header.addStretch(1)
        self.progress = QProgressBar(body)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setFixedWidth(self.fontMetrics().averageCharWidth() * 14)
        self.progress.setMaximumHeight(self.fontMetrics().height() // 2)
        self.progress.hide()
        self.status = QLabel(body)
        self.status.setObjectName("loadStatus")
        self.cancel_button = QPushButton(self.tr("Cancel"), body)
        self.cancel_button.hide()
        year_label = QLabel(self.tr("&Year:"), body)
        self.year_box = QComboBox(body)
        this_year = self._today().year
        for year in range(this_year + 1, min(FIRST_YEAR, this_year) - 1, -1):
            self.year_box.addItem(str(year), year)
        self.year_box.setCurrentIndex(self.year_box.findData(this_year))
        year_label.setBuddy(self.year_box)
        self.refresh_action = QAction(self.tr("Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.refresh_action.setToolTip(self.tr("Reload the figures (F5)"))
        self.addAction(self.refresh_action)
        self.refresh_button = QToolButton(body)
        self.refresh_button.setDefaultAction(self.refresh_action)
        self.refresh_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # The ministry's quarterly table (신고/도착 by country, industry, type, 신규/증액, region).
        self.fdi_table_button = QPushButton(self.tr("Quarterly FDI table…"), body)
        self.fdi_table_button.setToolTip(
            self.tr("The ministry's quarterly table for the year, with the projects behind each figure")
        )
        for widget in (
            self.progress,
            self.status,
            self.cancel_button,
            self.fdi_table_button,
            year_label,
            self.year_box,
            self.refresh_button,
        ):
            header.addWidget(widget)
        page.addLayout(header)

        self.error = QLabel(body)
        self.error.setObjectName("errorBanner")
        self.error.setWordWrap(True)
        self.error.hide()
        page.addWidget(self.error)

        tiles = QHBoxLayout()
        tiles.setSpacing(12)
        self.tile_delegations = KpiTile(self.tr("Delegations dispatched + planned"), NAVY, body)
        self.target_bar = QProgressBar(self.tile_delegations)
        self.target_bar.setObjectName("targetBar")
        self.target_bar.setTextVisible(False)
        self.target_bar.setMaximumHeight(6)
        self.tile_delegations.layout().insertWidget(2, self.target_bar)
        self.tile_notified = KpiTile(self.tr("Notified FDI (신고)"), NAVY, body)
        self.tile_arrived = KpiTile(self.tr("Arrived FDI (도착)"), AMBER, body)
        self.tile_non_capital = KpiTile(self.tr("Non-capital-region share"), GREEN, body)
        for tile in (self.tile_delegations, self.tile_notified, self.tile_arrived, self.tile_non_capital):
            tiles.addWidget(tile, 1)
        page.addLayout(tiles)

        grid = QGridLayout()
        grid.setSpacing(12)
        line = self.fontMetrics().height()
        self.delegation_panel = ChartPanel(self.tr("Delegations: dispatched and planned"), body)
        self.delegation_view = QComboBox(self.delegation_panel)
        self.delegation_view.addItem(self.tr("By region"), "region")
        self.delegation_view.addItem(self.tr("By industry"), "industry")
        self.delegation_view.setAccessibleName(self.tr("Delegations chart view"))
        self.delegation_panel.add_control(self.delegation_view)
        self.fdi_panel = ChartPanel(self.tr("Notified (신고) vs arrived (도착)"), body)
        self.fdi_view = QComboBox(self.fdi_panel)
        self.fdi_view.addItem(self.tr("By region"), "region")
        self.fdi_view.addItem(self.tr("By industry"), "industry")
        self.fdi_view.addItem(self.tr("By FEZ"), "fez")
        self.fdi_view.setAccessibleName(self.tr("FDI chart view"))
        self.fdi_panel.add_control(self.fdi_view)
        self.pipeline_panel = ChartPanel(self.tr("Pipeline by stage"), body)
        for panel in (self.delegation_panel, self.fdi_panel, self.pipeline_panel):
            panel.setMinimumHeight(line * 14)
        self.trips = RecordList(self.tr("Upcoming trips"), [self.tr("When"), self.tr("Delegation")], body)
        # A delegation's name is the trip (province, industry, countries): wrapped whole, never "…"
        # (at 1280 px its column is a third of the English names' width).
        self.trips.tree.setWordWrap(True)
        self.trips.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.trips.tree.setItemDelegate(_WrappedRows(self.trips.tree))
        self.tasks = RecordList(self.tr("My overdue tasks"), [self.tr("Overdue"), self.tr("Task")], body)
        for lst in (self.trips, self.tasks):
            lst.setMinimumHeight(line * 14)
            lst.setMinimumWidth(self.fontMetrics().averageCharWidth() * 34)

        self._build_map(body)
        grid.addWidget(self.delegation_panel, 0, 0, 1, 3)
        grid.addWidget(self.fdi_panel, 0, 3, 1, 3)
        grid.addWidget(self.pipeline_panel, 1, 0, 1, 2)
        grid.addWidget(self.trips, 1, 2, 1, 2)
        grid.addWidget(self.tasks, 1, 4, 1, 2)
        for column in range(6):
            grid.setColumnStretch(column, 1)
        # The map beside the charts and lists, over both rows: a tall figure, narrower than a chart.
        row = QHBoxLayout()
        row.setSpacing(12)
        row.addLayout(grid, 3)
        row.addWidget(self.map_panel, 1)
        page.addLayout(row, 1)

        # Keyboard: year, refresh, the two chart switches, then the lists (charts take no focus).
        chain = [
            self.year_box,
            self.refresh_button,
            self.delegation_view,
            self.fdi_view,
            self.trips.tree,
            self.tasks.tree,
            self.map_figure,
            self.korea_map,
            self.show_investors,
            self.show_projects,
            self.clear_province,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._set_title()

    def _build_map(self, body: QWidget) -> None:
        panel = self.map_panel = QFrame(body)
        panel.setObjectName("chartPanel")
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(14, 10, 14, 8)
        layout.setSpacing(4)
        header = QHBoxLayout()
        title = QLabel(self.tr("Map of Korea"), panel)
        title.setObjectName("panelTitle")
        header.addWidget(title, 1)
        layout.addLayout(header)
        self.map_figure = QComboBox(panel)
        self.map_figure.setObjectName("map_figure")
        for code, text in (
            ("notified", self.tr("Notified FDI (신고)")),
            ("arrived", self.tr("Arrived FDI (도착)")),
            ("pipeline", self.tr("Pipeline projects")),
            ("delegations", self.tr("Delegations by lead province")),
            ("cases", self.tr("Open grievance cases")),
        ):
            self.map_figure.addItem(text, code)
        self.map_figure.setAccessibleName(self.tr("Map figure"))
        layout.addWidget(self.map_figure)
        self.korea_map = KoreaMapWidget(panel)
        self.korea_map.setToolTip(self.tr("Click a province to filter the investors and projects lists"))
        layout.addWidget(self.korea_map, 1)
        layout.addWidget(self.korea_map.legend)
        self.map_note = QLabel(panel)
        self.map_note.setObjectName("panelNote")
        self.map_note.setWordWrap(True)
        layout.addWidget(self.map_note)
        self.map_filter = QLabel(panel)
        self.map_filter.setObjectName("panelNote")
        self.map_filter.setWordWrap(True)
        layout.addWidget(self.map_filter)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        self.show_investors = QPushButton(self.tr("Investors"), panel)
        self.show_investors.setObjectName("map_show_investors")
        self.show_projects = QPushButton(self.tr("Projects"), panel)
        self.show_projects.setObjectName("map_show_projects")
        self.clear_province = QPushButton(self.tr("Clear"), panel)
        self.clear_province.setToolTip(self.tr("Show all provinces in the investors and projects lists"))
        self.clear_province.setObjectName("map_clear_province")
        for button in (self.show_investors, self.show_projects, self.clear_province):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        panel.setMinimumWidth(self.fontMetrics().averageCharWidth() * 30)
        self._show_province_filter()

    def _connect(self) -> None:
        self.map_figure.currentIndexChanged.connect(self.refresh_map)
        self.korea_map.sig_province_clicked.connect(self.choose_province)
        self.show_investors.clicked.connect(lambda: self.sig_show_page.emit("investors"))
        self.show_projects.clicked.connect(lambda: self.sig_show_page.emit("projects"))
        self.clear_province.clicked.connect(lambda: self.choose_province(None))
        self.refresh_action.triggered.connect(self.refresh)
        self.fdi_table_button.clicked.connect(self.open_fdi_table)
        self.cancel_button.clicked.connect(self.cancel)
        self.year_box.currentIndexChanged.connect(self._year_changed)
        self.delegation_view.currentIndexChanged.connect(self._show_delegations)
        self.fdi_view.currentIndexChanged.connect(self._show_fdi)
        self.trips.tree.itemActivated.connect(self._activated)
        self.tasks.tree.itemActivated.connect(self._activated)

    def open_fdi_table(self) -> QDialog:
        from kotra_invest.ui.fdi_table import FdiTableDialog

        dialog = FdiTableDialog(self._ctx, self.year, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_open_record.connect(self.sig_open_record)
        dialog.show()
        self.fdi_table = dialog
        return dialog

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.data is None and self._job is None and not self._first_load_due:
            # The first time the page shows: load the current year once the page is painted. Its
            # worker threads, started here, would hold the GIL against the GUI thread while it lays
            # out and paints the main window the first time (~0.1 s more before the window answers
            # at start-up). "Loading…" is on that first frame all the same.
            self._first_load_due = True
            self._show_loading()
            QTimer.singleShot(FIRST_LOAD_LATEST_MS, self._start_first_load)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._first_load_due and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._start_first_load)  # after the paint in progress
        return super().eventFilter(watched, event)

    def _start_first_load(self) -> None:
        if self._first_load_due and shiboken6.isValid(self):
            self._first_load_due = False
            self.refresh()

    # --- loading ------------------------------------------------------------------------------

    @property
    def year(self) -> int:
        return int(self.year_box.currentData())

    def set_year(self, year: int) -> None:
        index = self.year_box.findData(year)
        if index < 0:
            self.year_box.addItem(str(year), year)
            index = self.year_box.count() - 1
        self.year_box.setCurrentIndex(index)  # reloads through _year_changed

    @property
    def is_loading(self) -> bool:
        return self._job is not None or self._first_load_due

    def refresh(self) -> None:
        """Reload the figures in the background; a load still running is cancelled and its result dropped."""
        if self._job is not None:
            self._job.cancel.set()
        self._generation += 1
        generation, year, today, ctx = self._generation, self.year, self._today(), self._ctx

        def load(progress: background.Progress, cancel: object) -> DashboardData:
            return dashboard.load_dashboard(ctx, year, today, progress=progress, cancel=cancel)  # type: ignore[arg-type]

        def done(data: DashboardData) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self._loaded(data)

        def failed(exc: Exception) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self._failed(exc)

        def progress(done_steps: int, total: int) -> None:
            if shiboken6.isValid(self) and generation == self._generation:  # not a cancelled load's
                self._progress(done_steps, total)

        self._first_load_due = False
        self._job = background.start(load, on_done=done, on_error=failed, parent=self)
        self._job.sig_progress.connect(progress)
        self._show_loading()
        self.refresh_map()

    def _show_loading(self) -> None:
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.status.setText(self.tr("Loading…"))
        self.error.hide()

    def refresh_map(self) -> None:
        """Reload the map's figure for the year in the background; an older load's result is dropped."""
        if self._map_job is not None:
            self._map_job.cancel.set()
        self._map_generation += 1
        generation, year, ctx, figure = self._map_generation, self.year, self._ctx, self.map_figure.currentData()

        def load(progress: background.Progress, cancel: object) -> KoreaMap:
            return korea_map.korea_map(ctx, figure, year)

        def done(data: KoreaMap) -> None:
            if shiboken6.isValid(self) and generation == self._map_generation:
                self._map_job = None
                self.map_data = data
                self.korea_map.show_map(data)
                self.map_note.setText(data.note)
                self.sig_map_loaded.emit()

        def failed(exc: Exception) -> None:
            if shiboken6.isValid(self) and generation == self._map_generation:
                self._map_job = None
                self.error.setText(background.error_text(exc, self._lang))
                self.error.show()

        self._map_job = background.start(load, on_done=done, on_error=failed, parent=self)

    @property
    def province(self) -> str | None:
        """The province the lists are filtered to from the map, if any."""
        return self.korea_map.selected

    def choose_province(self, code: str | None) -> None:
        """Filter the investors and projects lists to a province (None: all), as a click on its tile does."""
        self.korea_map.select(code)
        self._show_province_filter()
        self.sig_province_chosen.emit(code)

    def _show_province_filter(self) -> None:
        code = self.korea_map.selected
        name = None
        if code is not None and self.map_data is not None:
            name = next((p.name for p in self.map_data.provinces if p.code == code), code)
        if name is None:
            self.map_filter.setText(self.tr("Click a province to show only its investors and projects."))
        else:
            self.map_filter.setText(self.tr("Investors and projects lists: {0} only").format(name))
        self.clear_province.setEnabled(code is not None)

    def cancel(self) -> None:
        """Stop the load in flight; the figures on screen stay."""
        if self._first_load_due:  # cancelled before the first load started: it never starts
            self._first_load_due = False
            self._idle(self.tr("Cancelled"))
            return
        if self._job is None:
            return
        self._job.cancel.set()
        self._generation += 1
        self._job = None
        self._idle(self.tr("Cancelled") if self.data is None else self._updated_text())

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _idle(self, status: str) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.status.setText(status)

    def _updated_text(self) -> str:
        # Korean time, labelled: a laptop abroad would otherwise show its own clock unmarked.
        loaded = self._loaded_at.astimezone(formatting.KOREA)
        return self.tr("Updated {0}").format(f"{loaded:%H:%M} {loaded.tzname()}")

    def _failed(self, exc: Exception) -> None:
        self._job = None
        self._idle("")
        self.error.setText(background.error_text(exc, self._lang))
        self.error.show()

    def _loaded(self, data: DashboardData) -> None:
        self._job = None
        self.data = data
        self._loaded_at = datetime.now()
        self._idle(self._updated_text())
        self._set_title()
        self._show_tiles(data.figures)
        self._show_delegations()
        self._show_fdi()
        self._show_pipeline(data.figures)
        self._show_trips(data)
        self._show_tasks(data)
        self.sig_loaded.emit()

    def _year_changed(self) -> None:
        self._set_title()
        self.refresh()

    def _set_title(self) -> None:
        self.title.setText(self.tr("Investment attraction {0}").format(self.year))

    # --- showing ------------------------------------------------------------------------------

    def _usd(self, value: Decimal | int) -> str:
        return formatting.usd(value, self._lang)

    def _show_tiles(self, f: YearFigures) -> None:
        t = f.delegations
        self.tile_delegations.set(
            self.tr("{0} / {1}").format(t.counted, f.delegation_target),
            self.tr("Dispatched {0} · planned {1} · target {2}").format(t.dispatched, t.planned, f.delegation_target),
        )
        self.target_bar.setRange(0, max(1, f.delegation_target))
        self.target_bar.setValue(min(t.counted, f.delegation_target))
        total = f.fdi_total
        self.tile_notified.set(self._usd(total.notified_usd), self.tr("Filed in {0}").format(f.year))
        if total.notified_usd:
            ratio = self.tr("{0}% of notified").format(_percent(total.arrived_usd, total.notified_usd))
        else:
            ratio = self.tr("Arrived in {0}").format(f.year)
        self.tile_arrived.set(self._usd(total.arrived_usd), ratio)
        if total.notified_usd:
            self.tile_non_capital.set(
                f"{_percent(f.fdi_non_capital.notified_usd, total.notified_usd)}%",
                self.tr("{0} notified outside the capital region").format(self._usd(f.fdi_non_capital.notified_usd)),
            )
        else:
            self.tile_non_capital.set("—", self.tr("No notified FDI yet"))

    def _amount_unit(self) -> tuple[Decimal, str]:
        """Chart values: 억 달러 in Korean, USD millions in English (the way each reads amounts)."""
        return (
            (Decimal(100_000_000), self.tr("100 million USD"))
            if self._lang == "ko"
            else (Decimal(1_000_000), self.tr("USD million"))
        )

    def _show_delegations(self) -> None:
        if self.data is None:
            return
        f = self.data.figures
        panel = self.delegation_panel
        by_industry = self.delegation_view.currentData() == "industry"
        if f.delegations.counted == 0:
            panel.show_empty(self.tr("No delegations for {0} yet.").format(f.year))
            panel.set_note("")
            return
        tallies: dict[str, DelegationTally]
        if by_industry:
            tallies = dict(sorted(f.delegations_by_industry_tally.items(), key=lambda kv: -kv[1].counted))
            tallies = {k: v for k, v in tallies.items() if v.counted}
            names = {**f.names.industries, dashboard.UNASSIGNED: self.tr("No target industry")}
        else:
            names = f.names.regions
            tallies = {code: f.delegations_by_region_tally.get(code, DelegationTally()) for code in names}
        labels = [_short(names.get(code, code)) for code in tallies]
        dispatched, planned = self.tr("Dispatched"), self.tr("Planned")
        panel.show_bars(
            labels,
            [
                Bars(dispatched, [t.dispatched for t in tallies.values()], NAVY),
                Bars(planned, [t.planned for t in tallies.values()], SKY),
            ],
            stacked=True,
            integer=True,
            show_totals=True,
            tooltip=lambda category, series, value: f"{category} · {series}: {int(value)}",
        )
        cancelled = f.delegations.cancelled
        panel.set_note(self.tr("Cancelled: {0} (not counted)").format(cancelled) if cancelled else "")

    def _show_fdi(self) -> None:
        if self.data is None:
            return
        f = self.data.figures
        panel = self.fdi_panel
        view = self.fdi_view.currentData()
        if not (f.fdi_total.notified_usd or f.fdi_total.arrived_usd):
            panel.show_empty(self.tr("No notified or arrived FDI in {0} yet.").format(f.year))
            panel.set_note(*self._rates_note(f))  # a tranche no rate covers is still said
            return
        unassigned = dashboard.UNASSIGNED
        note = ""
        rows: dict[str, Amounts]
        if view == "industry":
            names = {**f.names.industries, unassigned: self.tr("Industry not set")}
            rows = dict(sorted(f.fdi_by_industry.items(), key=lambda kv: -kv[1].notified_usd))
        elif view == "fez":
            names = f.names.fezs
            rows = {code: f.fdi_by_fez.get(code, Amounts()) for code in names}
            outside = f.fdi_by_fez.get(unassigned)
            if outside is not None:
                note = self.tr("Outside any FEZ: {0} notified, {1} arrived").format(
                    self._usd(outside.notified_usd), self._usd(outside.arrived_usd)
                )
        else:
            names = f.names.regions
            rows = {code: f.fdi_by_region.get(code, Amounts()) for code in names}
            undecided = f.fdi_by_region.get(unassigned)
            if undecided is not None:
                note = self.tr("Province not decided yet: {0} notified, {1} arrived").format(
                    self._usd(undecided.notified_usd), self._usd(undecided.arrived_usd)
                )
        unit, unit_title = self._amount_unit()
        notified, arrived = self.tr("Notified (신고)"), self.tr("Arrived (도착)")
        exact = {(_short(names.get(code, code)), notified): a.notified_usd for code, a in rows.items()}
        exact |= {(_short(names.get(code, code)), arrived): a.arrived_usd for code, a in rows.items()}
        panel.show_bars(
            [_short(names.get(code, code)) for code in rows],
            [
                Bars(notified, [float(a.notified_usd / unit) for a in rows.values()], NAVY),
                Bars(arrived, [float(a.arrived_usd / unit) for a in rows.values()], AMBER),
            ],
            value_title=unit_title,
            tooltip=lambda category, series, value: (
                f"{category} · {series}: {self._usd(exact.get((category, series), 0))}"
            ),
        )
        rates, rates_tip = self._rates_note(f)
        panel.set_note("\n".join(x for x in (note, rates) if x), rates_tip)

    # More than this many rates or left-out tranches and the note names the currencies only; the
    # full list is its tooltip (a year of monthly rates would push the chart out of its panel).
    NOTE_ITEMS = 2

    def _rates_note(self, f: YearFigures) -> tuple[str, str]:
        """Which dated rates the USD totals used, and what no rate covered (left out, never 0):
        (the note, the tooltip with every rate and tranche when the note had to be short)."""
        parts, details = [], []
        if f.rates_used:
            used = ", ".join(f"{r.currency} {r.on_date.isoformat()} = {r.units_per_usd}" for r in f.rates_used)
            details.append(self.tr("Rates used (units per USD): {0}").format(used))
            if len(f.rates_used) <= self.NOTE_ITEMS:
                parts.append(details[-1])
            else:
                currencies = ", ".join(sorted({r.currency for r in f.rates_used}))
                parts.append(
                    self.tr("{0} dated rates used ({1}); point here for each").format(len(f.rates_used), currencies)
                )
        if f.unconverted:
            left = ", ".join(f"{u.currency} {u.amount:,} ({u.on_date.isoformat()})" for u in f.unconverted)
            details.append(self.tr("Not counted, no rate on or before the date: {0}").format(left))
            if len(f.unconverted) <= self.NOTE_ITEMS:
                parts.append(details[-1])
            else:
                currencies = ", ".join(sorted({u.currency for u in f.unconverted}))
                parts.append(
                    self.tr("{0} amounts not counted: no rate on or before their date ({1})").format(
                        len(f.unconverted), currencies
                    )
                )
        short = parts != details
        return "\n".join(parts), "\n".join(details) if short else ""

    def _show_pipeline(self, f: YearFigures) -> None:
        panel = self.pipeline_panel
        if not f.projects_by_stage:
            panel.show_empty(self.tr("No projects in the pipeline yet."))
            return
        stages = f.names.stages
        kinds = f.names.stage_kinds
        counts = [f.projects_by_stage.get(code, 0) for code in stages]
        labels = list(stages.values())

        def only(kind: str) -> list[int]:
            return [n if kinds.get(code) == kind else 0 for code, n in zip(stages, counts, strict=True)]

        panel.show_bars(
            labels,
            [
                Bars(self.tr("Open"), only("open"), SKY),
                Bars(self.tr("Won"), only("won"), GREEN),
                Bars(self.tr("On hold / lost"), only("side"), GREY),
            ],
            stacked=True,
            integer=True,
            show_totals=True,
            tooltip=lambda category, series, value: f"{category}: {int(value):,}" if value else "",
        )
        panel.set_note(self.tr("All live projects, whatever the year"))

    def _show_trips(self, data: DashboardData) -> None:
        rows, tips = [], []
        for trip in data.trips:
            days = trip.days_to_departure
            if days <= 0:
                when = self.tr("On the road")
            elif days == 1:
                when = self.tr("Tomorrow")
            else:
                when = self.tr("In {0} days").format(days)
            dates, short = formatting.day(trip.starts_on, self._lang), formatting.list_day(trip.starts_on, self._lang)
            if trip.ends_on and trip.ends_on != trip.starts_on:
                dates += f" – {formatting.day(trip.ends_on, self._lang)}"
                short += f" – {formatting.list_day(trip.ends_on, self._lang)}"
            detail = " · ".join(x for x in (dates, ", ".join(trip.cities), trip.status_label) if x)
            tips.append(f"{trip.title}\n{detail}")
            color = QColor(GREEN) if days <= 0 else None
            # The name wraps whole, then the dates (no 요일) and cities; the whole of it on hover.
            where = " · ".join(x for x in (short, ", ".join(trip.cities)) if x)
            rows.append(([when, f"{trip.title}\n{where}"], "delegation", trip.id, color))
        self.trips.fill(rows, self.tr("No trips ahead."))
        for i, tip in enumerate(tips):
            item = self.trips.tree.topLevelItem(i)
            if item is not None:
                item.setToolTip(1, tip)

    def _show_tasks(self, data: DashboardData) -> None:
        overdue = data.overdue
        rows = []
        for task in overdue.rows:
            late = self.tr("{0} d late").format(task.days_overdue)
            text = task.title if not task.about else f"{task.title}\n{task.about}"
            rows.append(([late, text], "task", task.id, QColor("#b3261e")))
        self.tasks.fill(rows, self.tr("Nothing overdue. Well done!"))
        title = self.tr("My overdue tasks")
        self.tasks.title.setText(f"{title} ({overdue.total})" if overdue.total else title)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.sig_open_record.emit(item.data(0, KIND_ROLE), uuid.UUID(item.data(0, ID_ROLE)))


def _short(name: str) -> str:
    """A chart label: the three special provinces' long English title shortened (the Korean is short already)."""
    return name.replace("Special Self-Governing Province", "Special Province")


def _percent(part: Decimal, whole: Decimal) -> str:
    return f"{(part * 100 / whole):.1f}" if whole else "0"
