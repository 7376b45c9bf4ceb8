"""The main window: navigation rail, pages, global search, menus, undo, and where the data lives.

Pages are built the first time they are shown, so the window appears at once; each page is a
module of its own (one module per screen) and talks to services only.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut, QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from kotra_invest.domain.errors import DomainError
from kotra_invest.domain.kinds import record_kind
from kotra_invest.services.read_models import SearchHit
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui import background
from kotra_invest.ui.page import Page
from kotra_invest.ui.search_box import GlobalSearch

if TYPE_CHECKING:  # the record windows' and editors' code is imported when the first one opens
    from kotra_invest.ui.record_window import RecordWindow
    from kotra_invest.ui.undo import Changed

SETTINGS_ORG = "kotra-invest"

# The navigation rail, in order: (key, English name; translated by the window).
PAGES = ("dashboard", "delegations", "investors", "projects", "fez", "tasks", "aftercare")


def settings() -> QSettings:
    return QSettings(SETTINGS_ORG, "desktop")


class MainWindow(QMainWindow):
    """Everything an officer opens in the morning."""

    sig_language_changed = Signal(str)
    """The user chose another language ('ko'/'en'); the application rebuilds the window."""
    sig_switch_database = Signal(object)
    """The user opened another database (a mission pack, a server): its Context; the app rebuilds."""

    def __init__(
        self, ctx: Context, *, role: str | None = None, banner: str | None = None, home_ctx: Context | None = None
    ) -> None:
        super().__init__()
        self.ctx = ctx
        from kotra_invest.ui import input_care

        input_care.install(ctx.lang)  # IME commits and the one date style, for every window and dialog
        # Inside a mission pack: the office database to return to (None when not in a pack).
        self.in_pack = banner is not None
        self.home_ctx = home_ctx if self.in_pack else None
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("kotra-invest — investment attraction CRM"))
        self.undo_stack = QUndoStack(self)  # the pages' history; each record window has its own
        self.undo_group = QUndoGroup(self)
        self.undo_group.addStack(self.undo_stack)
        self.undo_group.setActiveStack(self.undo_stack)
        self.pages: dict[str, Page] = {}
        self._stale: set[str] = set()  # built pages to reload when next shown (see _refresh_all)
        self.province_filter: str | None = None  # chosen on the dashboard's map
        self._factories: dict[str, Callable[[], Page]] = {
            "dashboard": self._make_dashboard,
            "delegations": self._make_delegations,
            "investors": self._make_investors,
            "projects": self._make_projects,
            "fez": self._make_fez,
            "tasks": self._make_tasks,
            "aftercare": self._make_aftercare,
        }
        self._titles = {
            "dashboard": self.tr("Dashboard"),
            "delegations": self.tr("Delegations"),
            "investors": self.tr("Investors"),
            "projects": self.tr("Projects"),
            "fez": self.tr("FEZ promotion"),
            "tasks": self.tr("Tasks"),
            "aftercare": self.tr("Aftercare"),
        }
        self.record_windows: list[QWidget] = []
        # Whether closing the window closes its database; not when the next window carries on with
        # it (a language switch; the office kept to return to from a pack): see app.show_main_window.
        self.closes_database = True
        self._closed = False

        self.rail = QListWidget(self)
        self.rail.setObjectName("navigation")
        self.rail.setAccessibleName(self.tr("Navigation"))
        # As wide as its longest name needs, not a fixed 170 px: at 1280 px the pages' tables need
        # every pixel (the projects list cut its names short).
        longest = max(self.rail.fontMetrics().horizontalAdvance(t) for t in self._titles.values())
        self.rail.setFixedWidth(longest + 40)  # the item's padding, the frame, and room to breathe
        self.rail.setIconSize(QSize(20, 20))
        self.rail.setSpacing(2)
        for number, key in enumerate(PAGES, start=1):
            item = QListWidgetItem(self._titles[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(f"{self._titles[key]} (Ctrl+{number})")
            item.setSizeHint(QSize(longest + 30, 38))
            self.rail.addItem(item)
            QShortcut(QKeySequence(f"Ctrl+{number}"), self, activated=lambda k=key: self.show_page(k))
        self.stack = QStackedWidget(self)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        # Across the whole window, not in the toolbar's overflow: in a pack, every edit stays in
        # the pack until it is brought home, and the user must not mistake it for office data.
        self.banner = QLabel(banner or "", central)
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "background: #fff1d6; color: #6b3a00; font-weight: bold; padding: 6px 12px;"
            " border-bottom: 2px solid #d98a00;"
        )
        self.banner.setVisible(bool(banner))
        column.addWidget(self.banner)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.rail)
        row.addWidget(self.stack, 1)
        column.addLayout(row, 1)
        self.setCentralWidget(central)
        self.rail.currentRowChanged.connect(lambda r: self.show_page(PAGES[r]) if r >= 0 else None)

        self.search = GlobalSearch(ctx, self)
        self.search.sig_open.connect(self.open_hit)
        toolbar = QToolBar(self.tr("Search"), self)
        toolbar.setObjectName("search_toolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(" " + self.tr("Search") + " ", self))
        toolbar.addWidget(self.search)
        self.addToolBar(toolbar)
        for sequence in (QKeySequence.StandardKey.Find, QKeySequence("Ctrl+K")):
            QShortcut(sequence, self, activated=self.focus_search)

        self._build_menus()
        where = ctx.db.describe()
        kind = self.tr("Local file") if ctx.db.is_sqlite else self.tr("Shared server")
        who = ctx.actor + (f" ({role})" if role else "")
        self.db_label = QLabel(f"{kind}: {where}", self)
        self.db_label.setObjectName("status_database")
        self.officer_label = QLabel(self.tr("Signed in: %1").replace("%1", who), self)
        self.officer_label.setObjectName("status_officer")
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.officer_label)

        self.resize(1280, 800)
        self._restore_layout()
        self.show_page("dashboard")

    # --- menus --------------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.actions_by_name: dict[str, QAction] = {}
        import_action = QAction(self.tr("&Import from Excel or CSV…"), self)
        import_action.setObjectName("action_import")
        import_action.setShortcut(QKeySequence("Ctrl+I"))
        import_action.triggered.connect(self.import_file)
        self.file_menu.addAction(import_action)
        self.actions_by_name["import"] = import_action
        import_names = QAction(self.tr("Import &names…"), self)
        import_names.setObjectName("action_import_names")
        import_names.triggered.connect(self.import_names)
        self.file_menu.addAction(import_names)
        self.actions_by_name["import_names"] = import_names
        connect_action = QAction(self.tr("&Connect to server…"), self)
        connect_action.setObjectName("action_connect")
        connect_action.triggered.connect(self.connect_to_server)
        self.file_menu.addAction(connect_action)
        self.actions_by_name["connect"] = connect_action
        open_pack = QAction(self.tr("&Open mission pack…"), self)
        open_pack.setObjectName("action_open_pack")
        open_pack.triggered.connect(self.open_mission_pack)
        bring_back = QAction(self.tr("&Bring back mission…"), self)
        bring_back.setObjectName("action_bring_back")
        bring_back.triggered.connect(self.bring_back_mission)
        merge_reports = QAction(self.tr("Merged mission &packs…"), self)
        merge_reports.setObjectName("action_merge_reports")
        merge_reports.triggered.connect(self.show_merge_reports)
        self.file_menu.addAction(open_pack)
        self.file_menu.addAction(bring_back)
        self.file_menu.addAction(merge_reports)
        return_home = QAction(self.tr("&Return to office data"), self)
        return_home.setObjectName("action_return_home")
        return_home.triggered.connect(self.return_to_office)
        self.file_menu.addAction(return_home)
        # Bringing a pack back is done from the office data; inside a pack there is nothing to merge into.
        bring_back.setEnabled(not self.in_pack)
        return_home.setVisible(self.in_pack)
        return_home.setEnabled(self.home_ctx is not None)
        self.actions_by_name["return_home"] = return_home
        self.file_menu.addSeparator()
        for name, text, shortcut, slot in (
            ("export_list", self.tr("&Export list to Excel…"), "Ctrl+E", self.export_list),
            ("print_list", self.tr("&Print list…"), "Ctrl+P", self.print_list),
            ("pdf_list", self.tr("Save list as P&DF…"), None, self.save_list_pdf),
            ("export_search", self.tr("Export &search results to Excel…"), None, self.export_search_results),
        ):
            action = QAction(text, self)
            action.setObjectName(f"action_{name}")
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _checked=False, s=slot: s())
            self.file_menu.addAction(action)
            self.actions_by_name[name] = action
        self.file_menu.addSeparator()
        self.actions_by_name.update(open_pack=open_pack, bring_back=bring_back, merge_reports=merge_reports)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.file_menu.addAction(quit_action)

        edit = bar.addMenu(self.tr("&Edit"))
        undo = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Shift+Z")])
        edit.addAction(undo)
        edit.addAction(redo)
        self.actions_by_name.update(undo=undo, redo=redo)
        edit.addSeparator()
        rates = QAction(self.tr("E&xchange rates…"), self)
        rates.triggered.connect(self.open_rates)
        edit.addAction(rates)
        self.actions_by_name["exchange_rates"] = rates

        view = bar.addMenu(self.tr("&View"))
        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh_current)
        view.addAction(refresh)
        language = view.addMenu(self.tr("&Language"))
        for code, name in (("ko", "한국어"), ("en", "English")):
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(code == self.ctx.lang)
            action.triggered.connect(lambda _checked=False, c=code: self._switch_language(c))
            language.addAction(action)
            self.actions_by_name[f"language_{code}"] = action

        help_menu = bar.addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About kotra-invest"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def add_file_action(self, name: str, text: str, slot: Callable[[], object], shortcut: str | None = None) -> QAction:
        """Actions other modules contribute (import, mission packs, server), above Quit."""
        action = QAction(text, self)
        action.setObjectName(f"action_{name}")
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        quit_action = self.file_menu.actions()[-1]
        self.file_menu.insertAction(quit_action, action)
        self.actions_by_name[name] = action
        return action

    # --- lists to Excel, the printer and PDF --------------------------------------------------

    def list_source(self) -> object | None:
        """What the current page shows, as Export and Print take it (None: the page has no list)."""
        source = self._current_page().export_source()
        if source is None:
            QMessageBox.information(self, "kotra-invest", self.tr("This page has no list to export or print."))
        return source

    def export_list(self, path: object = None) -> object:
        from kotra_invest.ui import list_export

        source = self.list_source()
        return None if source is None else list_export.export_xlsx(self, self.ctx, source, path)  # type: ignore[arg-type]

    def print_list(self) -> object:
        from kotra_invest.ui import list_export

        source = self.list_source()
        return None if source is None else list_export.print_list(self, self.ctx, source)  # type: ignore[arg-type]

    def save_list_pdf(self, path: object = None) -> object:
        from kotra_invest.ui import list_export

        source = self.list_source()
        return None if source is None else list_export.save_pdf(self, self.ctx, source, path)  # type: ignore[arg-type]

    def export_search_results(self, path: object = None) -> object:
        """The hits of what is typed in the search box, with their kind, as a workbook."""
        from kotra_invest.services.search import search
        from kotra_invest.ui import list_export

        text = self.search.text().strip()
        if not text:
            QMessageBox.information(self, "kotra-invest", self.tr("Type something in the search box first."))
            return None
        try:
            hits = search(self.ctx, text, limit=1000)
        except DomainError as exc:
            QMessageBox.warning(self, "kotra-invest", exc.message(self.ctx.lang))
            return None
        source = list_export.ListSource(
            self.tr("Search: %1").replace("%1", text),
            [self.tr("Kind"), self.tr("Result")],
            lambda: iter([[record_kind(h.kind, self.ctx.lang), h.label] for h in hits]),
            "search-results",
        )
        return list_export.export_xlsx(self, self.ctx, source, path)  # type: ignore[arg-type]

    def import_file(self) -> QWidget:
        from kotra_invest.ui.import_wizard import ImportWizard

        wizard = ImportWizard(self.ctx, self)
        wizard.finished.connect(lambda _r: self._changed_everything())
        wizard.open()
        return wizard

    def import_names(self) -> QWidget:
        from kotra_invest.ui.import_names import ImportNamesDialog

        dialog = ImportNamesDialog(self.ctx, self)
        dialog.open()
        return dialog

    def connect_to_server(self) -> QWidget:
        from kotra_invest.ui.connect import connect_dialog

        dialog = connect_dialog(self, self.ctx)
        dialog.sig_connected.connect(self.sig_switch_database.emit)
        return dialog

    def return_to_office(self) -> None:
        """Close the pack and show the office data again (the pack keeps what was done in it)."""
        if self.home_ctx is not None:
            self.sig_switch_database.emit(self.home_ctx)

    def open_mission_pack(self) -> None:
        from kotra_invest.ui import mission

        asked = mission.ask_pack(self, self.tr("Open mission pack"))
        if asked is None:
            return
        try:
            ctx = mission.open_pack_database(asked[0], asked[1], self.ctx.lang, self.ctx.actor)
        except DomainError as exc:
            QMessageBox.warning(self, "kotra-invest", exc.message(self.ctx.lang))
            return
        self.sig_switch_database.emit(ctx)

    def bring_back_mission(self) -> None:
        from kotra_invest.ui import mission

        mission.bring_back(self, self.ctx, on_merged=lambda _summary: self._changed_everything())

    def show_merge_reports(self) -> QWidget:
        from kotra_invest.ui import mission

        return mission.show_merge_reports(self, self.ctx)

    def _about(self) -> None:
        from kotra_invest import __version__

        QMessageBox.about(
            self,
            "kotra-invest",
            self.tr("kotra-invest %1 — the investment attraction CRM of the regional push.").replace("%1", __version__),
        )

    def _switch_language(self, lang: str) -> None:
        for code in ("ko", "en"):
            self.actions_by_name[f"language_{code}"].setChecked(code == lang)
        if lang != self.ctx.lang:
            settings().setValue("language", lang)
            self.sig_language_changed.emit(lang)

    # --- pages ---------------------------------------------------------------------------

    def _current_page(self) -> Page:
        page = self.stack.currentWidget()
        assert isinstance(page, Page), "the stack holds pages only"
        return page

    def page(self, key: str) -> Page:
        """The page, built on first use."""
        if key not in self.pages:
            page = self._factories[key]()
            page.setObjectName(f"page_{key}")
            page.sig_records_changed.connect(lambda what, source=page: self._page_changed(what, source))
            self.pages[key] = page
            self.stack.addWidget(page)
            page.restore_layout(settings())
        elif key in self._stale:
            self._stale.discard(key)
            self.pages[key].refresh()  # changed elsewhere while it was hidden (see _refresh_all)
        return self.pages[key]

    def open_rates(self) -> QWidget:
        """The dated exchange rates; a change reloads the pages (their USD totals move)."""
        from kotra_invest.ui.rates import RatesDialog

        dialog = RatesDialog(self.ctx, self.undo_stack, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_changed.connect(self._changed_everything)
        dialog.show()
        self.rates_dialog = dialog
        return dialog

    def show_page(self, key: str) -> Page:
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        row = PAGES.index(key)
        if self.rail.currentRow() != row:
            self.rail.blockSignals(True)
            self.rail.setCurrentRow(row)
            self.rail.blockSignals(False)
        self.setWindowTitle(f"{self._titles[key]} — kotra-invest")
        return page

    def refresh_current(self) -> None:
        self._current_page().refresh()

    def _refresh_all(self, source: Page | None = None) -> None:
        """Every page shows the change but `source`, which has reloaded what it changed already:
        the page on screen reloads now, a hidden one when it is next shown (a save on one page
        would otherwise reload every page built so far, each a query)."""
        shown = self.stack.currentWidget()
        for key, page in self.pages.items():
            if page is source:
                continue
            if page is shown:
                page.refresh()
            else:
                self._stale.add(key)

    def _page_changed(self, what: Changed, source: Page) -> None:
        """A change made on one page: the other pages reload (a delegation made on its page is in
        the dashboard's upcoming trips, a new investor in the projects' pickers) and the open record
        windows follow it, as they do a window's change."""
        self._refresh_all(source)
        self._follow(what)

    def _changed_everything(self) -> None:
        """A change of many records at once (an import, a pack brought back, the rates): every page
        and every open window reloads."""
        from kotra_invest.ui.undo import EVERYTHING, Changed

        self._refresh_all()
        self._follow(Changed(EVERYTHING))

    def _follow(self, what: Changed, source: QWidget | None = None) -> None:
        """A change made in one window or page, told to the open record windows (Anki's broadcast):
        each decides whether its lists hold what changed. `source` has followed it already."""
        if not self.record_windows:
            return  # nothing to tell; nor a reason to import the record windows' code
        from kotra_invest.ui.record_window import RecordWindow

        for window in self.record_windows:
            if window is not source and isinstance(window, RecordWindow):
                window.follow(what)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _make_dashboard(self) -> Page:
        from kotra_invest.ui.dashboard import DashboardPage

        page = DashboardPage(self.ctx, self.stack)
        page.sig_open_record.connect(self.open_record)
        page.sig_province_chosen.connect(self.filter_by_province)
        page.sig_show_page.connect(self.show_page)
        return page

    def filter_by_province(self, code: str | None) -> None:
        """The dashboard map's choice: the investors and projects lists show only that province (None: all)."""
        self.province_filter = code
        for key in ("investors", "projects"):
            page = self.pages.get(key)
            if page is not None:  # a page built later starts with the filter (see its factory)
                page.set_province(code)  # type: ignore[attr-defined]

    def _make_investors(self) -> Page:
        from kotra_invest.ui.investors import InvestorsPage

        page = InvestorsPage(self.ctx, self.undo_stack, self.stack)
        page.sig_open_investor.connect(lambda investor_id: self.open_record("investor", investor_id))
        if self.province_filter:
            page.set_province(self.province_filter)
        return page

    def _make_delegations(self) -> Page:
        from kotra_invest.ui.delegations import DelegationsPage

        page = DelegationsPage(self.ctx, self.undo_stack, self.stack)
        page.sig_open_record.connect(self.open_record)
        return page

    def _make_projects(self) -> Page:
        from kotra_invest.ui.projects import ProjectsPage

        page = ProjectsPage(self.ctx, self.undo_stack, self.stack)
        page.sig_open_record.connect(self.open_record)
        if self.province_filter:
            page.set_province(self.province_filter)
        return page

    def _make_fez(self) -> Page:
        from kotra_invest.ui.fez import FezPage

        page = FezPage(self.ctx, self.undo_stack, self.stack)
        return page

    def _make_tasks(self) -> Page:
        from kotra_invest.ui.tasks import TasksPage

        page = TasksPage(self.ctx, self.undo_stack, self.stack)
        page.sig_open_record.connect(self.open_record)
        return page

    def _make_aftercare(self) -> Page:
        from kotra_invest.ui.aftercare import AftercarePage

        page = AftercarePage(self.ctx, self.undo_stack, self.stack)
        page.sig_open_record.connect(self.open_record)
        return page

    # --- opening records -----------------------------------------------------------------

    def open_hit(self, hit: SearchHit) -> None:
        if hit.kind == "document":
            self.open_document(hit.id)
        elif hit.kind in ("contact", "interaction", "case") and hit.parent_id is not None:
            self.open_record("investor", hit.parent_id, focus=hit.kind)
        elif hit.kind == "enquiry":
            self.show_page("aftercare").show_part("enquiries")
        elif hit.kind == "project":
            self.open_record("project", hit.id)
        else:
            self.open_record(hit.kind, hit.id)

    def open_document(self, document_id: uuid.UUID) -> QWidget | None:
        """Open the record that holds a document (its investor for a contact's or a meeting's),
        on its Documents tab with the document selected."""
        from kotra_invest.services.documents import get_document_row, holder_of

        try:
            kind, record_id = holder_of(self.ctx, get_document_row(self.ctx, document_id))
        except DomainError as exc:
            QMessageBox.warning(self, "kotra-invest", exc.message(self.ctx.lang))
            return None
        window = self.open_record(kind, record_id, focus="document")
        from kotra_invest.ui.record_window import RecordWindow

        if isinstance(window, RecordWindow):
            window.show_document(document_id)
        return window

    def open_record(self, kind: str, record_id: object, focus: str | None = None) -> QWidget | None:
        """Show one record: its own window for investors and delegations, its page otherwise."""
        assert isinstance(record_id, uuid.UUID)
        try:
            if kind == "investor":
                from kotra_invest.ui.investor_page import InvestorWindow

                window: RecordWindow = InvestorWindow(self.ctx, record_id, self.undo_group, self, focus=focus)
            elif kind == "delegation":
                from kotra_invest.ui.delegations import DelegationWindow

                window = DelegationWindow(self.ctx, record_id, self.undo_group, self)
            elif kind == "project":
                from kotra_invest.ui.project_page import ProjectWindow

                window = ProjectWindow(self.ctx, record_id, self.undo_group, self)
            elif kind == "task":
                return self.show_page("tasks")
            else:
                return None
        except DomainError as exc:
            QMessageBox.warning(self, "kotra-invest", exc.message(self.ctx.lang))
            return None
        window.sig_changed.connect(self._refresh_all)
        window.sig_open_record.connect(self.open_record)
        window.sig_records_changed.connect(lambda what, source=window: self._follow(what, source))
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.record_windows.append(window)
        window.destroyed.connect(
            lambda _o=None, w=window: self.record_windows.remove(w) if w in self.record_windows else None
        )
        window.show()
        return window

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.undo_group.setActiveStack(self.undo_stack)  # back in the main window: its history
        super().changeEvent(event)

    # --- layout memory -------------------------------------------------------------------

    def _restore_layout(self) -> None:
        store = settings()
        geometry = store.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = store.value("window/state")
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        store = settings()
        store.setValue("window/geometry", self.saveGeometry())
        store.setValue("window/state", self.saveState())
        for page in self.pages.values():
            page.save_layout(store)
        for window in list(self.record_windows):
            window.close()
        if not self._closed:
            self._closed = True
            # Loads still running hold the database: they are cancelled, their answers dropped, and
            # the database is let go of when the last one ends (its running query's time; the GUI
            # thread does not wait). Disposed under a running load, the pack's pool failed in it.
            background.close_jobs(self)
            background.when_idle(self, functools.partial(_let_go, self.ctx, self.closes_database))
        super().closeEvent(event)


def _let_go(ctx: Context, close: bool) -> None:
    """A closed window's database, once no load of the window uses it: a pack is marked closed
    (a later copy needs no warning), and the file is closed (on Windows it can then be moved)."""
    if not close:
        return
    if ctx.db.encrypted:
        from kotra_invest.ui.mission import pack_closed

        pack_closed(ctx)
    ctx.db.dispose()
