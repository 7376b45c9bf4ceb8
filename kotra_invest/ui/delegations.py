"""Delegations: the year's list with filters, and a delegation's own window.

The window has the overview (provinces, FEZs, destinations), members, the itinerary day by day
in each city's local time (the zone beside the time, Korea time on hover), the investors to meet
and the results, its documents and its history (every change, field by field, restorable); every
change is undoable; the briefing pack is one click away.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from functools import partial
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kotra_invest import formatting
from kotra_invest.domain.enums import DelegationStatus, ItineraryKind, MeetingTargetStatus, OrganisationKind
from kotra_invest.domain.errors import DomainError, StaleRecord
from kotra_invest.domain.kinds import record_kind
from kotra_invest.services import delegations, fez, records, reference, tasks
from kotra_invest.services import delegations as pages
from kotra_invest.services.delegations import DelegationDraft, ItineraryDraft
from kotra_invest.services.interactions import INTERACTION
from kotra_invest.services.investors import INVESTOR
from kotra_invest.services.read_models import DelegationResults, DelegationRow
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui import access_reason, background
from kotra_invest.ui.fitting import SHARED_COLUMNS
from kotra_invest.ui.forms import (
    DateTimeEdit,
    FormDialog,
    button_row,
    confirm,
    line_text,
    optional_date,
    optional_date_edit,
    plain_text,
    reference_combo,
    set_combo_data,
    set_optional_date,
    show_failure,
    with_buttons,
)
from kotra_invest.ui.list_export import ListSource, widget_source
from kotra_invest.ui.page import Page
from kotra_invest.ui.pickers import InvestorPicker
from kotra_invest.ui.places import DestinationPicker
from kotra_invest.ui.recommendations import RecommendationsPanel
from kotra_invest.ui.record_window import RecordWindow
from kotra_invest.ui.save_as import ask_save_path
from kotra_invest.ui.undo import Changed, RecordEdits, ServiceCommand, VersionedEdit, perform


def _qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate.currentDate()


def _today_in(zone: str) -> date:
    """Today on the clock of `zone` (Korea's when the zone is not one we know)."""
    try:
        return datetime.now(ZoneInfo(zone)).date()
    except (ValueError, ZoneInfoNotFoundError):
        return datetime.now(ZoneInfo("Asia/Seoul")).date()


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


# A table's dynamic property: the columns of counts and amounts, which `_fill` aligns right.
NUMERIC = "numeric_columns"


def _table(parent: QWidget, headers: list[str], name: str, numeric: Sequence[int] = ()) -> QTableWidget:
    """A read-only list; `numeric`: the columns of counts and amounts, read down by their last digit."""
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setProperty(NUMERIC, list(numeric))
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.setAlternatingRowColors(True)
    return table


def _fit_width(table: QTableView, long_columns: Sequence[int]) -> None:
    """The table fits its width, a 1366-pixel laptop screen's too, with no sideways scrolling: the
    long text columns share what the short ones (sized to their contents) leave, their text cut
    with "…" and whole in the cell's tooltip (`_fill`)."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    for column in range(header.count()):
        fits = QHeaderView.ResizeMode.Stretch if column in long_columns else QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(column, fits)
    table.setWordWrap(False)  # wrapped, a second line is cut by the row's height; elided, it is not


def _fill(table: QTableWidget, rows: Sequence[tuple[object, Sequence[str]]]) -> None:
    """Rows of (id, texts); the id rides on the first cell."""
    header = table.horizontalHeader()
    shared = {c for c in range(table.columnCount()) if header.sectionResizeMode(c) == QHeaderView.ResizeMode.Stretch}
    shared |= set(table.property(SHARED_COLUMNS) or ())  # a `ShareRest` table's, cut with "…" as well
    numeric = set(table.property(NUMERIC) or ())
    table.setRowCount(len(rows))
    for r, (row_id, texts) in enumerate(rows):
        for c, text in enumerate(texts):
            item = QTableWidgetItem(text)
            if c in numeric:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if c == 0:
                item.setData(Qt.ItemDataRole.UserRole, row_id)
            if c in shared and text:
                item.setToolTip(text[:2000])  # the column may cut it short
            table.setItem(r, c, item)
    if not shared:  # a `_fit_width` table sizes itself
        table.resizeColumnsToContents()
        # Stretched, a last column of numbers would put them at the far edge, away from their header.
        header.setStretchLastSection(table.columnCount() - 1 not in numeric)


SUMMARY_WIDTH = 420


def _full_summaries(table: QTableWidget, summaries: dict[object, str]) -> None:
    """The whole summary of a meeting shown on one line (column 2) as the cell's tooltip; the
    column at most SUMMARY_WIDTH pixels wide, so the columns after it stay in view."""
    table.setWordWrap(False)  # wrapped, a second line is cut by the row's height; elided, it is not
    if table.columnWidth(2) > SUMMARY_WIDTH:
        table.setColumnWidth(2, SUMMARY_WIDTH)  # the rest elided with "…", whole in the tooltip
    for row in range(table.rowCount()):
        first, cell = table.item(row, 0), table.item(row, 2)
        full = summaries.get(first.data(Qt.ItemDataRole.UserRole)) if first is not None else None
        if cell is not None and full and full != cell.text():
            cell.setToolTip(full[:2000])


def _selected_id(table: QTableWidget) -> object | None:
    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 else None
    return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


# --- the list ---------------------------------------------------------------------------------


class DelegationsPage(Page):
    """The delegations of a year; filters by status, region, industry and destination country."""

    sig_open_record = Signal(str, object)
    """A record the user wants opened: ("delegation", id)."""

    def __init__(self, ctx: Context, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.undo_stack = undo_stack
        lang = ctx.lang
        self.rows: list[DelegationRow] = []
        self.year = QSpinBox(self)
        self.year.setObjectName("filter_year")
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.year.setAccessibleName(self.tr("Year"))
        self.status = QComboBox(self)
        self.status.setObjectName("filter_status")
        self.status.addItem(self.tr("All statuses"), None)
        for status in DelegationStatus:
            self.status.addItem(status.label(lang), status.value)
        self.region = reference_combo(
            reference.list_reference(ctx, "regions"), lang, empty=self.tr("All regions"), parent=self
        )
        self.region.setObjectName("filter_region")
        self.industry = reference_combo(
            reference.list_reference(ctx, "industries"), lang, empty=self.tr("All industries"), parent=self
        )
        self.industry.setObjectName("filter_industry")
        self.country = reference_combo(
            reference.list_reference(ctx, "countries"), lang, empty=self.tr("All destinations"), parent=self
        )
        self.country.setObjectName("filter_country")
        self.text = QLineEdit(self)
        self.text.setObjectName("filter_text")
        self.text.setPlaceholderText(self.tr("Part of the title"))
        self.text.setClearButtonEnabled(True)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Year"), self))
        for widget in (self.year, self.status, self.region, self.industry, self.country, self.text):
            filters.addWidget(widget)
        filters.addStretch(1)

        self.table = _table(
            self,
            [
                self.tr("Delegation"),
                self.tr("Dates"),
                self.tr("Status"),
                self.tr("Lead province"),
                self.tr("Industry"),
                self.tr("Destinations"),
                self.tr("Investors to meet"),
            ],
            "delegation_table",
            numeric=(6,),
        )
        _fit_width(self.table, (0, 5))  # the delegation's name and its destinations
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.count = QLabel(self)
        new = QPushButton(self.tr("&New delegation"), self)
        new.setObjectName("new_delegation")
        new.clicked.connect(self.create)
        open_button = QPushButton(self.tr("&Open"), self)
        open_button.clicked.connect(self.open_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addWidget(open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, activated=self.open_selected)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.create)
        for combo in (self.status, self.region, self.industry, self.country):
            combo.currentIndexChanged.connect(self.refresh)
        self.year.valueChanged.connect(self.refresh)
        self.text.textChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        status = self.status.currentData()
        filters = delegations.DelegationFilter(
            year=self.year.value(),
            statuses=(status,) if status else (),
            region_code=self.region.currentData(),
            industry_code=self.industry.currentData(),
            country_code=self.country.currentData(),
            text=self.text.text().strip() or None,
        )
        try:
            self.rows = delegations.filter_delegations(self.ctx, filters)
        except DomainError as exc:
            show_failure(self, exc, self.ctx.lang)
            return
        self._show()

    def visible_rows(self) -> list[DelegationRow]:
        return self.rows

    def _show(self) -> None:
        lang = self.ctx.lang
        rows = self.visible_rows()
        _fill(
            self.table,
            [
                (
                    row.id,
                    [
                        row.title if lang == "ko" or not row.title_en else row.title_en,
                        f"{formatting.day(row.starts_on, lang)} – {formatting.day(row.ends_on, lang)}"
                        if row.starts_on
                        else str(row.year),
                        DelegationStatus(row.status).label(lang),
                        ", ".join(row.lead_provinces),
                        row.industry or "",
                        ", ".join(row.destinations),
                        str(row.investors_to_meet),
                    ],
                )
                for row in rows
            ],
        )
        self.count.setText(self.tr("%1 delegations").replace("%1", str(len(rows))))

    def open_selected(self) -> None:
        chosen = _selected_id(self.table)
        if isinstance(chosen, uuid.UUID):
            self.sig_open_record.emit("delegation", chosen)

    def export_source(self) -> ListSource:
        return widget_source(
            self.tr("Delegations %1").replace("%1", str(self.year.value())),
            self.table,
            f"delegations-{self.year.value()}",
        )

    def create(self) -> DelegationEditor:
        editor = DelegationEditor(self.ctx, None, self)

        def build() -> Callable[[], object]:
            draft = editor.draft()
            return lambda: delegations.create_delegation(self.ctx, draft)

        editor.set_save(build)

        def saved(new_id: object) -> None:
            assert isinstance(new_id, uuid.UUID)
            title = editor.title.text()
            made = Changed(pages.DELEGATION.entity, (new_id,))
            self.undo_stack.push(
                ServiceCommand(
                    self.tr("New delegation %1").replace("%1", title),
                    lambda: records.restore(self.ctx, pages.DELEGATION, new_id),
                    lambda: records.delete(self.ctx, pages.DELEGATION, new_id),
                    on_change=lambda: self.changed(made),
                    on_error=lambda exc: show_failure(self, exc, self.ctx.lang),
                )
            )
            self.changed(made)  # the dashboard's upcoming trips and the open windows show it too
            self.sig_open_record.emit("delegation", new_id)

        editor.sig_saved.connect(saved)
        editor.open()
        return editor


# --- editors ----------------------------------------------------------------------------------


class DelegationEditor(FormDialog):
    """The overview of a delegation: title, year, status, provinces, industry, dates, destinations."""

    def __init__(self, ctx: Context, draft: DelegationDraft | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New delegation") if draft is None else self.tr("Edit delegation"), ctx.lang, parent)
        lang = ctx.lang
        provinces = reference.list_reference(ctx, "provinces")
        self.title = self.line("title", self.tr("Title (Korean)"), required=True, max_length=200)
        self.title_en = self.line("title_en", self.tr("Title (English)"), max_length=240)
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.add_field("year", self.tr("Year"), self.year, required=True)
        self.status = QComboBox(self)
        for status in DelegationStatus:
            self.status.addItem(status.label(lang), status)
        self.add_field("status", self.tr("Status"), self.status)
        self.lead = reference_combo(provinces, lang, parent=self)
        self.add_field("lead_province", self.tr("Lead province"), self.lead, required=True)
        self.others = QListWidget(self)
        self.others.setMaximumHeight(110)
        for item in provinces:
            entry = QListWidgetItem(item.name_ko if lang == "ko" else item.name_en)
            entry.setData(Qt.ItemDataRole.UserRole, item.code)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.others.addItem(entry)
        self.add_field("other_provinces", self.tr("Other participating provinces"), self.others)
        self.industry = reference_combo(reference.list_reference(ctx, "industries"), lang, parent=self)
        self.add_field("target_industry", self.tr("Target industry"), self.industry)
        # A trip still being planned may have no dates yet: they stay empty ("—") until picked, and an
        # edit of any other field saves them empty, not as today.
        self.starts = optional_date_edit(self)
        self.ends = optional_date_edit(self)
        self.add_field("starts_on", self.tr("Departs"), self.starts)
        self.add_field("ends_on", self.tr("Returns"), self.ends)
        # Country → city from the reference list, the zone filled in: nobody types "Europe/Warsaw".
        self.destinations = DestinationPicker(reference.list_reference(ctx, "countries"), lang, self)
        self.add_field("destinations", self.tr("Destinations"), self.destinations)
        self.objectives = self.text_area("objectives", self.tr("Objectives"))
        if draft is not None:
            self.load(draft)
        else:
            self.starts.setDate(QDate.currentDate().addMonths(1))
            self.ends.setDate(QDate.currentDate().addMonths(1).addDays(5))
        self.resize(600, 680)

    def load(self, draft: DelegationDraft) -> None:
        self.title.setText(draft.title)
        self.title_en.setText(draft.title_en or "")
        self.year.setValue(draft.year)
        set_combo_data(self.status, draft.status)
        set_combo_data(self.lead, draft.lead_province_codes[0] if draft.lead_province_codes else None)
        for row in range(self.others.count()):
            entry = self.others.item(row)
            checked = entry.data(Qt.ItemDataRole.UserRole) in draft.other_province_codes
            entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        set_combo_data(self.industry, draft.target_industry_code)
        set_optional_date(self.starts, draft.starts_on)
        set_optional_date(self.ends, draft.ends_on)
        self.destinations.set_destinations(draft.destinations)
        self.objectives.setPlainText(draft.objectives or "")

    def draft(self) -> DelegationDraft:
        destinations = self.destinations.destinations()
        lead = self.lead.currentData()
        others = tuple(
            self.others.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.others.count())
            if self.others.item(r).checkState() == Qt.CheckState.Checked
            and self.others.item(r).data(Qt.ItemDataRole.UserRole) != lead
        )
        return DelegationDraft(
            title=self.title.text().strip(),
            year=self.year.value(),
            lead_province_codes=(lead,) if lead else (),
            title_en=line_text(self.title_en),
            other_province_codes=others,
            target_industry_code=self.industry.currentData(),
            starts_on=optional_date(self.starts),
            ends_on=optional_date(self.ends),
            status=self.status.currentData(),
            objectives=plain_text(self.objectives),
            destinations=destinations,
        )


class ItineraryEditor(FormDialog):
    """One item of the itinerary, in the wall-clock time of the city it happens in."""

    def __init__(
        self,
        ctx: Context,
        zones: list[str],
        targets: list[tuple[uuid.UUID, str]],
        draft: ItineraryDraft | None,
        parent: QWidget | None = None,
        *,
        places: list[tuple[str, str]] | None = None,
        trip: tuple[date | None, date | None] = (None, None),
    ) -> None:
        super().__init__(record_kind("itinerary_item", ctx.lang), ctx.lang, parent)
        self.trip = trip
        # The delegation's stops: picking one fills in the city and its time zone.
        self.place = QComboBox(self)
        self.place.setObjectName("itinerary_place")
        self.place.addItem("—", None)
        for city, zone in places or []:
            self.place.addItem(f"{city} — {zone}", (city, zone))
        self.add_field("place", self.tr("Where (a stop of the trip)"), self.place)
        self.kind = QComboBox(self)
        for kind in ItineraryKind:
            self.kind.addItem(kind.label(ctx.lang), kind)
        self.add_field("kind", self.tr("Kind"), self.kind)
        self.title = self.line("title", self.tr("Title"), required=True, max_length=200)
        self.starts = DateTimeEdit(self)  # reads 2026. 3. 4. (수) 14:00 pasted from a programme too
        self.add_field("starts_local", self.tr("Starts (local time)"), self.starts, required=True)
        self.ends = DateTimeEdit(self)
        self.add_field("ends_local", self.tr("Ends (local time)"), self.ends)
        self.zone = QComboBox(self)
        self.zone.setEditable(True)
        for zone in zones or ["Asia/Seoul"]:
            self.zone.addItem(zone)
        self.add_field("time_zone", self.tr("Time zone"), self.zone, required=True)
        self.city = self.line("city", self.tr("City"))
        self.venue = self.line("venue", self.tr("Venue"))
        self.investor = QComboBox(self)
        self.investor.addItem("—", None)
        for investor_id, name in targets:
            self.investor.addItem(name, investor_id)
        self.add_field("investor", self.tr("Investor met"), self.investor)
        self.notes = self.text_area("notes", self.tr("Notes"))
        self.date_warning = QLabel(self)
        self.date_warning.setObjectName("date_warning")
        self.date_warning.setStyleSheet("color: #8a5300;")
        self.date_warning.setWordWrap(True)
        self.date_warning.hide()
        self._layout.insertWidget(1, self.date_warning)
        self.place.currentIndexChanged.connect(self._place_chosen)
        self.starts.dateTimeChanged.connect(self._check_dates)
        self.ends.dateTimeChanged.connect(self._check_dates)
        if draft is not None:
            set_combo_data(self.kind, draft.kind)
            self.title.setText(draft.title)
            self.starts.setDateTime(
                QDateTime(_qdate(draft.starts_local.date()), QTime(draft.starts_local.hour, draft.starts_local.minute))
            )
            ends = draft.ends_local or draft.starts_local
            self.ends.setDateTime(QDateTime(_qdate(ends.date()), QTime(ends.hour, ends.minute)))
            self.zone.setCurrentText(draft.time_zone)
            self.city.setText(draft.city or "")
            self.venue.setText(draft.venue or "")
            set_combo_data(self.investor, draft.investor_id)
            self.notes.setPlainText(getattr(draft, "notes", None) or "")
            for index in range(1, self.place.count()):
                if self.place.itemData(index) == (draft.city, draft.time_zone):
                    self.place.setCurrentIndex(index)
        self._check_dates()
        self.resize(520, 560)

    def _place_chosen(self) -> None:
        chosen = self.place.currentData()
        if chosen is not None:
            city, zone = chosen
            self.city.setText(city)
            self.zone.setCurrentText(zone)

    def _check_dates(self) -> None:
        """Warn (not refuse: a pre-trip call is fine) when the item falls outside the trip's dates."""
        first, last = self.trip
        if first is None or last is None:
            return
        days = [_pydate(self.starts.date()), _pydate(self.ends.date())]
        outside = any(day < first or day > last for day in days)
        self.date_warning.setText(
            self.tr("This is outside the trip's dates (%1 – %2).")
            .replace("%1", formatting.day(first, self.lang))
            .replace("%2", formatting.day(last, self.lang))
        )
        self.date_warning.setVisible(outside)

    def draft(self) -> ItineraryDraft:
        def naive(widget: QDateTimeEdit) -> datetime:
            value = widget.dateTime()
            return datetime.combine(_pydate(value.date()), time(value.time().hour(), value.time().minute()))

        starts = naive(self.starts)
        ends = naive(self.ends)
        fields = {
            "kind": self.kind.currentData(),
            "title": self.title.text().strip(),
            "starts_local": starts,
            "time_zone": self.zone.currentText().strip(),
            "ends_local": ends if ends != starts else None,
            "city": line_text(self.city),
            "venue": line_text(self.venue),
            "investor_id": self.investor.currentData(),
        }
        if "notes" in ItineraryDraft.__dataclass_fields__:
            fields["notes"] = plain_text(self.notes)
        return ItineraryDraft(**fields)


class MemberEditor(FormDialog):
    def __init__(self, ctx: Context, draft: pages.MemberDraft | None, parent: QWidget | None = None) -> None:
        super().__init__(record_kind("delegation_member", ctx.lang), ctx.lang, parent)
        self.name = self.line("name", self.tr("Name"), required=True, max_length=120)
        self.name_en = self.line("name_en", self.tr("Name (English)"), max_length=160)
        self.organisation = self.line("organisation", self.tr("Organisation"), max_length=200)
        self.position = self.line("position", self.tr("Position"), max_length=160)
        self.leader = self.check("is_leader", self.tr("Head of the delegation"))
        if draft is not None:
            self.name.setText(draft.name)
            self.name_en.setText(draft.name_en or "")
            self.organisation.setText(draft.organisation or "")
            self.position.setText(draft.position or "")
            self.leader.setChecked(draft.is_leader)
        self._login = draft.officer_login if draft else None

    def draft(self) -> pages.MemberDraft:
        return pages.MemberDraft(
            name=self.name.text().strip(),
            name_en=line_text(self.name_en),
            organisation=line_text(self.organisation),
            position=line_text(self.position),
            is_leader=self.leader.isChecked(),
            officer_login=self._login,
        )


class OrganisationEditor(FormDialog):
    """A participating organisation: a local government, an FEZ authority, an agency."""

    def __init__(self, ctx: Context, draft: pages.OrganisationDraft | None, parent: QWidget | None = None) -> None:
        super().__init__(record_kind("delegation_organisation", ctx.lang), ctx.lang, parent)
        self.kind = QComboBox(self)
        for kind in OrganisationKind:
            self.kind.addItem(kind.label(ctx.lang), kind)
        self.add_field("kind", self.tr("Kind"), self.kind)
        self.name_ko = self.line("name_ko", self.tr("Name (Korean)"), required=True, max_length=160)
        self.name_en = self.line("name_en", self.tr("Name (English)"), max_length=200)
        if draft is not None:
            set_combo_data(self.kind, draft.kind)
            self.name_ko.setText(draft.name_ko)
            self.name_en.setText(draft.name_en or "")

    def draft(self) -> pages.OrganisationDraft:
        return pages.OrganisationDraft(self.kind.currentData(), self.name_ko.text().strip(), line_text(self.name_en))


class LeaderEditor(FormDialog):
    """Who leads the trip: one of the active officers, or nobody yet."""

    def __init__(self, ctx: Context, current: str | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Leader of the delegation"), ctx.lang, parent)
        self.leader = QComboBox(self)
        self.leader.addItem(self.tr("(nobody yet)"), None)
        for login, name in tasks.assignees(ctx):
            self.leader.addItem(f"{name} ({login})", login)
        self.add_field("leader", self.tr("Leader"), self.leader)
        set_combo_data(self.leader, current)

    def login(self) -> str | None:
        value = self.leader.currentData()
        return value if isinstance(value, str) else None


class FezEditor(FormDialog):
    """The Free Economic Zone authorities taking part, ticked from the nine zones."""

    def __init__(self, ctx: Context, chosen: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Free Economic Zones taking part"), ctx.lang, parent)
        self.zones = QListWidget(self)
        self.zones.setObjectName("fez_choices")
        for row in fez.list_fezs(ctx):
            entry = QListWidgetItem(f"{row.name} ({', '.join(row.provinces)})" if row.provinces else row.name)
            entry.setData(Qt.ItemDataRole.UserRole, row.code)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if row.code in chosen else Qt.CheckState.Unchecked)
            self.zones.addItem(entry)
        self.add_field("fez", self.tr("Free Economic Zones"), self.zones)
        self.resize(600, 400)

    def _snapshot(self) -> list[object]:
        return [self.codes()]  # the ticks are this editor's input: a change asks before discarding

    def codes(self) -> tuple[str, ...]:
        entries = (self.zones.item(r) for r in range(self.zones.count()))
        return tuple(e.data(Qt.ItemDataRole.UserRole) for e in entries if e.checkState() == Qt.CheckState.Checked)


# --- the delegation's window ------------------------------------------------------------------


def _results_texts(results: DelegationResults) -> tuple[int, int, str, str]:
    """The results form's fields as they show saved results."""
    pledged = f"{results.pledged_usd:,.0f}" if results.pledged_usd is not None else ""
    return (results.meetings_held or 0, results.mous or 0, pledged, results.summary or "")


class DelegationWindow(RecordWindow):
    """One delegation: overview, members, itinerary, investors to meet, results, documents, history."""

    entity = pages.DELEGATION.entity
    # Its investors to meet and itinerary name investors; the results count the trip's meetings.
    follows = frozenset(
        k.entity
        for k in (
            pages.DELEGATION,
            pages.DELEGATION_MEMBER,
            pages.DELEGATION_ORGANISATION,
            pages.ITINERARY_ITEM,
            pages.MEETING_TARGET,
            INVESTOR,
            INTERACTION,
        )
    )

    def __init__(
        self,
        ctx: Context,
        delegation_id: uuid.UUID,
        undo_stack: QUndoGroup | QUndoStack | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(undo_stack, parent)  # the window's own undo history
        self.edits = RecordEdits(ctx, self.undo_stack, self, self.changed_here)
        self.ctx = ctx
        self.delegation_id = self.record_id = delegation_id
        self.page: pages.DelegationPage | None = None
        # The results form as last filled from the record, and the version it was filled from;
        # None: fill it at the next refresh. What is typed there is never overwritten by a refresh.
        self._results_base: tuple[tuple[int, int, str, str], int] | None = None
        self.heading = QLabel(self)
        self.heading.setObjectName("delegation_title")
        self.heading.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.heading.setWordWrap(True)
        self.tabs = QTabWidget(self)

        self.overview = QLabel(self)
        self.overview.setObjectName("overview")
        self.overview.setTextFormat(Qt.TextFormat.RichText)
        self.overview.setWordWrap(True)
        self.overview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        overview_tab = QWidget(self)
        column = QVBoxLayout(overview_tab)
        column.addWidget(self.overview, 1)
        column.addLayout(
            self._buttons(
                [
                    (self.tr("&Edit overview…"), self.edit_overview),
                    (self.tr("&Leader…"), self.edit_leader),
                    (self.tr("Free Economic &Zones…"), self.edit_fezs),
                    (self.tr("Export &briefing pack…"), self.export_briefing),
                    (self.tr("Take on &mission…"), self.take_on_mission),
                ]
            )
        )
        self.tabs.addTab(overview_tab, self.tr("Overview"))

        self.members = _table(
            self, [self.tr("Name"), self.tr("Organisation"), self.tr("Position"), self.tr("Head")], "members"
        )
        self.tabs.addTab(
            self._with_buttons(
                self.members,
                [
                    (self.tr("&Add member…"), self.add_member),
                    (self.tr("&Edit…"), self.edit_member),
                    (self.tr("&Remove"), self.remove_member),
                ],
            ),
            self.tr("Members"),
        )

        self.organisations = _table(
            self, [self.tr("Kind"), self.tr("Name (Korean)"), self.tr("Name (English)")], "organisations"
        )
        self.organisations.doubleClicked.connect(lambda _i: self.edit_organisation())
        self.tabs.addTab(
            self._with_buttons(
                self.organisations,
                [
                    (self.tr("&Add organisation…"), self.add_organisation),
                    (self.tr("&Edit…"), self.edit_organisation),
                    (self.tr("&Remove"), self.remove_organisation),
                ],
            ),
            self.tr("Organisations"),
        )

        self.itinerary = QTreeWidget(self)
        self.itinerary.setObjectName("itinerary")
        self.itinerary.setHeaderLabels(
            [self.tr("Time (local)"), self.tr("Zone"), self.tr("What"), self.tr("Where"), self.tr("Investor")]
        )
        self.itinerary.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.itinerary.itemDoubleClicked.connect(lambda _i, _c: self.edit_item())
        self.tabs.addTab(
            self._with_buttons(
                self.itinerary,
                [
                    (self.tr("&Add item…"), self.add_item),
                    (self.tr("&Edit…"), self.edit_item),
                    (self.tr("&Delete"), self.delete_item),
                    (self.tr("Add to &calendar (.ics)…"), self.export_calendar),
                ],
            ),
            self.tr("Itinerary"),
        )

        self.targets = _table(
            self,
            [self.tr("Investor"), self.tr("Country"), self.tr("Industry"), self.tr("Status"), self.tr("Priority")],
            "targets",
        )
        self.targets.doubleClicked.connect(lambda _i: self._open_target_investor())
        self.target_status = QComboBox(self)
        for status in MeetingTargetStatus:
            self.target_status.addItem(status.label(ctx.lang), status)
        self.tabs.addTab(
            self._with_buttons(
                self.targets,
                [
                    (self.tr("&Add investor…"), self.add_target),
                    (self.tr("&Set status"), self.set_target_status),
                    (self.tr("&Remove"), self.remove_target),
                ],
                extra=self.target_status,
            ),
            self.tr("Investors to meet"),
        )
        self.recommendations = RecommendationsPanel(ctx, delegation_id, self.undo_stack, self.add_target, self)
        self.recommendations.sig_changed.connect(self.changed_here)
        self.tabs.addTab(self.recommendations, self.tr("Recommendations"))
        # Ranking reads the whole investor table: done when the tab is first opened, not with the window.
        self.tabs.currentChanged.connect(self._tab_shown)

        results_tab = QWidget(self)
        form = QFormLayout(results_tab)
        self.meetings_held = QSpinBox(results_tab)
        self.meetings_held.setRange(0, 10_000)
        self.mous = QSpinBox(results_tab)
        self.mous.setRange(0, 1_000)
        self.pledged = QLineEdit(results_tab)
        self.pledged.setObjectName("pledged_usd")
        self.summary = QLineEdit(results_tab)
        self.results_note = QLabel(results_tab)
        self.results_error = QLabel(results_tab)
        self.results_error.setStyleSheet("color: #b3261e;")
        form.addRow(self.tr("Meetings held"), self.meetings_held)
        form.addRow(self.tr("MOUs signed"), self.mous)
        form.addRow(self.tr("Pledged (USD)"), self.pledged)
        form.addRow(self.tr("Summary"), self.summary)
        form.addRow("", self.results_note)
        form.addRow("", self.results_error)
        save_results = QPushButton(self.tr("&Save results"), results_tab)
        save_results.clicked.connect(self.save_results)
        form.addRow("", save_results)
        self.tabs.addTab(results_tab, self.tr("Results"))
        from kotra_invest.ui.documents import DocumentsPanel  # it builds on this module's table helpers

        self.documents = DocumentsPanel(ctx, "delegation", delegation_id, self.undo_stack, self)
        self.documents.sig_records_changed.connect(self.changed_here)
        self.documents.accept_drops_on(self)
        self.tabs.addTab(self.documents, self.tr("Documents"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        self.resize(980, 680)
        self.refresh()
        self._version_here = self.page.version if self.page is not None else 0

    def _buttons(self, specs: list[tuple[str, Callable[[], object]]], extra: QWidget | None = None) -> QHBoxLayout:
        return button_row(self, specs, extra)

    def _with_buttons(
        self, view: QWidget, specs: list[tuple[str, Callable[[], object]]], extra: QWidget | None = None
    ) -> QWidget:
        return with_buttons(self, view, specs, extra)

    def _report(self, exc: Exception) -> None:
        show_failure(self, exc, self.ctx.lang)

    def changed_here(self, what: Changed | None = None) -> None:
        super().changed_here(what)
        # What this window's own undo and redo are checked against: the version its own last change
        # left, not one a save elsewhere brought in (followed, not to be overwritten by an undo here).
        if self.page is not None:
            self._version_here = self.page.version

    def _tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) is self.recommendations and not self.recommendations.loaded:
            self.recommendations.load()

    def open_recommendations(self) -> QWidget:
        """Show the Recommendations tab (ranked on first view)."""
        self.tabs.setCurrentWidget(self.recommendations)
        return self.recommendations

    # --- showing ------------------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            page = pages.delegation_page(self.ctx, self.delegation_id)
        except DomainError as exc:
            self.heading.setText(exc.message(self.ctx.lang))
            return
        self.page = page
        lang = self.ctx.lang
        title = page.title if lang == "ko" or not page.title_en else page.title_en
        # Titles repeat year after year: the window and heading carry the trip's dates.
        when = (
            f"{formatting.day(page.starts_on, lang)} – {formatting.day(page.ends_on, lang)}"
            if page.starts_on
            else str(page.year)
        )
        self.setWindowTitle(f"{title} ({when}) — kotra-invest")
        self.heading.setText(f"{title}  ·  {when}  ·  {page.status_label}")
        provinces = ", ".join(p.name + (" ★" if p.is_lead else "") for p in page.provinces)
        fezs = ", ".join(name for _code, name in page.fezs) or "—"
        places = "<br>".join(f"{d.city} ({d.country}) — {d.time_zone}" for d in page.destinations) or "—"
        orgs = ", ".join(f"{name} ({kind})" for kind, name in page.organisations) or "—"
        dates = (
            f"{formatting.day(page.starts_on, lang)} – {formatting.day(page.ends_on, lang)}"
            if page.starts_on
            else str(page.year)
        )
        rows = [
            (self.tr("Dates"), dates),
            (self.tr("Target industry"), page.industry or "—"),
            (self.tr("Leader"), page.leader or "—"),
            (self.tr("Participating provinces (★ lead)"), provinces or "—"),
            (self.tr("Free Economic Zones"), fezs),
            (self.tr("Organisations"), orgs),
            (self.tr("Destinations"), places),
            (self.tr("Objectives"), (page.objectives or "—").replace("\n", "<br>")),
        ]
        self.overview.setText(
            "<table cellpadding='4'>"
            + "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in rows)
            + "</table>"
        )

        _fill(
            self.members,
            [
                (
                    m.id,
                    [
                        m.name + (f" ({m.name_en})" if m.name_en and lang != "ko" else ""),
                        m.organisation or "",
                        m.position or "",
                        "★" if m.is_leader else "",
                    ],
                )
                for m in page.members
            ],
        )
        _fill(
            self.organisations,
            [
                (org_id, [OrganisationKind(org.kind).label(lang), org.name_ko, org.name_en or ""])
                for org_id, org, _version in pages.organisations(self.ctx, self.delegation_id)
            ],
        )
        self.itinerary.clear()
        for day in page.itinerary:
            day_item = QTreeWidgetItem([formatting.day(day.day, lang)])
            day_item.setFirstColumnSpanned(True)
            font = day_item.font(0)
            font.setBold(True)
            day_item.setFont(0, font)
            self.itinerary.addTopLevelItem(day_item)
            for item in day.items:
                span = f"{item.starts_local:%H:%M}" + (f"–{item.ends_local:%H:%M}" if item.ends_local else "")
                child = QTreeWidgetItem(
                    [
                        span,
                        f"{item.zone_abbreviation} ({item.utc_offset})",
                        f"{item.kind_label}: {item.title}",
                        ", ".join(x for x in (item.venue, item.city) if x),
                        item.investor or "",
                    ]
                )
                starts_korea = item.starts_korea.astimezone(formatting.KOREA)
                korea = (
                    f"{formatting.day(starts_korea.date(), lang)} {starts_korea:%H:%M}"
                    + (f"–{item.ends_korea.astimezone(formatting.KOREA):%H:%M}" if item.ends_korea else "")
                    + " KST"
                )
                child.setToolTip(0, self.tr("Korea time: %1").replace("%1", korea))
                child.setToolTip(1, item.time_zone)
                child.setData(0, Qt.ItemDataRole.UserRole, item.id)
                day_item.addChild(child)
            day_item.setExpanded(True)
        if getattr(self, "recommendations", None) is not None and self.recommendations.loaded:
            self.recommendations.load()
        _fill(
            self.targets,
            [
                (
                    t.id,
                    [
                        t.investor + (f" · {t.investor_ko}" if t.investor_ko else ""),
                        t.country or "",
                        t.industry or "",
                        t.status_label,
                        str(t.priority),
                    ],
                )
                for t in page.targets
            ],
        )
        results = page.results
        saved = _results_texts(results)
        if self._results_base is None or self._results_typed() == self._results_base[0]:
            self.meetings_held.setValue(saved[0])
            self.mous.setValue(saved[1])
            self.pledged.setText(saved[2])
            self.summary.setText(saved[3])
            self._results_base = (saved, page.version)
        elif saved == self._results_base[0]:
            # Typed and not saved yet, over results nobody changed since: the rest of the trip moved on.
            self._results_base = (saved, page.version)
        # Otherwise the results were saved elsewhere under what is typed: it stays, and its save is
        # refused once with theirs shown (`save_results`).
        self.results_note.setText(
            self.tr("Targets met: %1 · activities logged: %2")
            .replace("%1", str(results.targets_met))
            .replace("%2", str(results.interactions))
            + (f" · {formatting.usd(results.pledged_usd, lang)}" if results.pledged_usd else "")
        )
        self.refresh_history()

    # --- overview ------------------------------------------------------------------------------

    def edit_overview(self) -> DelegationEditor | None:
        try:
            before, version = pages.get_delegation(self.ctx, self.delegation_id)
        except DomainError as exc:
            self._report(exc)
            return None
        editor = DelegationEditor(self.ctx, before, self)
        state = {"version": version}

        def build() -> Callable[[], object]:
            draft = editor.draft()
            base = state["version"]
            return lambda: pages.update_delegation(self.ctx, self.delegation_id, base, draft)

        editor.set_save(build)

        def conflict() -> None:
            editor.show_error(DomainError("stale", entity="delegation"))
            theirs, fresh = pages.get_delegation(self.ctx, self.delegation_id)
            state["version"] = fresh
            if confirm(
                editor,
                self.tr("Changed by someone else"),
                self.tr(
                    "Someone else saved this delegation meanwhile. Overwrite their changes with yours? (No reloads theirs.)"
                ),
            ):
                editor.save()
            else:
                editor.load(theirs)

        editor.on_conflict = conflict

        def saved(_new_version: object) -> None:
            self._push_delegation_change(
                self.tr("Edit delegation"),
                lambda draft, v: pages.update_delegation(self.ctx, self.delegation_id, v, draft),
                before,
                editor.draft(),
            )

        editor.sig_saved.connect(saved)
        editor.open()
        return editor

    def _push_delegation_change(
        self, text: str, apply: Callable[[Any, int], int], before: object, after: object
    ) -> None:
        """Make a saved change of the delegation itself undoable. Undo and redo are checked against the
        version this window's own last change left (`changed_here`), not the version the change
        produced: the leader, the FEZs and the overview are parts of one record, undone in any order.
        A save made elsewhere since is a conflict, not overwritten."""
        self.undo_stack.push(
            ServiceCommand(
                text,
                lambda: apply(after, self._version_here),
                lambda: apply(before, self._version_here),
                on_change=self.changed_here,
                on_error=self._report,
            )
        )
        self.changed_here()

    def edit_leader(self) -> LeaderEditor | None:
        """Pick the officer who leads the trip; undo puts the previous one back."""
        if self.page is None:
            return None
        before, version = self.page.leader_login, self.page.version
        editor = LeaderEditor(self.ctx, before, self)
        editor.set_save(lambda: partial(pages.set_leader, self.ctx, self.delegation_id, editor.login(), version))

        def saved(_new_version: object) -> None:
            after = editor.login()
            self._push_delegation_change(
                self.tr("Set leader"),
                lambda login, v: pages.set_leader(self.ctx, self.delegation_id, login, v),
                before,
                after,
            )

        editor.sig_saved.connect(saved)
        editor.open()
        return editor

    def edit_fezs(self) -> FezEditor | None:
        """Tick the FEZ authorities taking part; undo restores the previous set."""
        if self.page is None:
            return None
        before, version = tuple(code for code, _name in self.page.fezs), self.page.version
        editor = FezEditor(self.ctx, before, self)
        editor.set_save(
            lambda: partial(pages.set_delegation_fezs, self.ctx, self.delegation_id, editor.codes(), version)
        )

        def saved(_new_version: object) -> None:
            after = editor.codes()
            self._push_delegation_change(
                self.tr("Set Free Economic Zones"),
                lambda codes, v: pages.set_delegation_fezs(self.ctx, self.delegation_id, codes, v),
                before,
                after,
            )

        editor.sig_saved.connect(saved)
        editor.open()
        return editor

    # --- organisations -------------------------------------------------------------------------

    def add_organisation(self) -> OrganisationEditor:
        return self.edits.create(
            pages.DELEGATION_ORGANISATION,
            OrganisationEditor(self.ctx, None, self),
            self.tr("Add organisation"),
            links={"delegation_id": self.delegation_id},
        )

    def edit_organisation(self) -> None:
        org_id = _selected_id(self.organisations)
        if isinstance(org_id, uuid.UUID):
            self.edits.edit(
                pages.DELEGATION_ORGANISATION,
                org_id,
                lambda before: OrganisationEditor(self.ctx, before, self),
                self.tr("Edit organisation"),
            )

    def remove_organisation(self) -> None:
        org_id = _selected_id(self.organisations)
        if isinstance(org_id, uuid.UUID):
            self.edits.delete(pages.DELEGATION_ORGANISATION, org_id, self.tr("Remove organisation"))

    def take_on_mission(self) -> None:
        from kotra_invest.ui import mission

        mission.take_on_mission(self, self.ctx, self.delegation_id, self.page.title if self.page else "mission")

    def export_briefing(self, folder: Path | None = None) -> QWidget | None:
        """One dialog: PDF, Excel and/or the itinerary calendar, named after the trip and its dates."""
        from kotra_invest.ui.briefing_export import BriefingDialog

        if self.page is None:
            return None
        # The pack carries personal data: why, asked once per session (the access log keeps it).
        ctx = access_reason.with_reason(self, self.ctx, "briefing_pack")
        if ctx is None:
            return None
        page = self.page
        dialog = BriefingDialog(
            ctx,
            self.delegation_id,
            (page.title, page.title_en),
            (page.starts_on, page.ends_on, page.year),
            self,
            folder,
        )
        dialog.open()
        return dialog

    # --- members -------------------------------------------------------------------------------

    def add_member(self) -> MemberEditor:
        return self.edits.create(
            pages.DELEGATION_MEMBER,
            MemberEditor(self.ctx, None, self),
            self.tr("Add member"),
            links={"delegation_id": self.delegation_id},
        )

    def edit_member(self) -> None:
        member_id = _selected_id(self.members)
        if isinstance(member_id, uuid.UUID):
            self.edits.edit(
                pages.DELEGATION_MEMBER,
                member_id,
                lambda before: MemberEditor(self.ctx, before, self),
                self.tr("Edit member"),
            )

    def remove_member(self) -> None:
        member_id = _selected_id(self.members)
        if isinstance(member_id, uuid.UUID):
            self.edits.delete(pages.DELEGATION_MEMBER, member_id, self.tr("Remove member"))

    # --- itinerary -----------------------------------------------------------------------------

    def _places(self) -> list[tuple[str, str]]:
        return [(d.city, d.time_zone) for d in self.page.destinations] if self.page else []

    def _trip(self) -> tuple[date | None, date | None]:
        return (self.page.starts_on, self.page.ends_on) if self.page else (None, None)

    def _zones(self) -> list[str]:
        zones = [d.time_zone for d in self.page.destinations] if self.page else []
        return list(dict.fromkeys(zones + ["Asia/Seoul"]))

    def _target_choices(self) -> list[tuple[uuid.UUID, str]]:
        return [(t.investor_id, t.investor) for t in self.page.targets] if self.page else []

    def _selected_item_id(self) -> uuid.UUID | None:
        item = self.itinerary.currentItem()
        value = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return value if isinstance(value, uuid.UUID) else None

    def export_calendar(self, path: Path | None = None) -> background.Job | None:
        """The selected item as a calendar file for a phone; with no item selected, the whole itinerary."""
        item_id = self._selected_item_id()
        if path is None:
            default = Path.home() / ("meeting.ics" if item_id else "itinerary.ics")
            path = ask_save_path(self, self.tr("Add to calendar"), default, self.tr("Calendar (*.ics)"), ".ics")
            if path is None:
                return None
        ctx, delegation_id, lang, target = self.ctx, self.delegation_id, self.ctx.lang, path

        def work(_progress: object, _cancel: object) -> Path:
            from kotra_invest.briefing.ics import export_calendar

            return export_calendar(ctx, delegation_id, lang, target, item_id)

        def done(written: object) -> None:
            self.heading.setToolTip(self.tr("Calendar file written: %1").replace("%1", str(written)))

        return background.start_with_progress(
            self, self.tr("Writing the calendar file…"), work, on_done=done, on_error=self._report, cancellable=False
        )

    def add_item(self) -> ItineraryEditor:
        editor = ItineraryEditor(
            self.ctx, self._zones(), self._target_choices(), None, self, places=self._places(), trip=self._trip()
        )
        # A trip still being planned has no dates: without a default the editor starts at Qt's 2000-01-01.
        day = self.page.starts_on if self.page and self.page.starts_on else _today_in(editor.zone.currentText())
        editor.starts.setDateTime(QDateTime(_qdate(day), QTime(9, 0)))
        editor.ends.setDateTime(QDateTime(_qdate(day), QTime(10, 0)))
        editor.set_save(lambda: partial(delegations.add_itinerary_item, self.ctx, self.delegation_id, editor.draft()))

        def saved(item_id: object) -> None:
            assert isinstance(item_id, uuid.UUID)
            self.undo_stack.push(
                ServiceCommand(
                    self.tr("Add itinerary item"),
                    lambda: records.restore(self.ctx, pages.ITINERARY_ITEM, item_id),
                    lambda: records.delete(self.ctx, pages.ITINERARY_ITEM, item_id),
                    on_change=self.changed_here,
                    on_error=self._report,
                )
            )
            self.changed_here()

        editor.sig_saved.connect(saved)
        editor.open()
        return editor

    def edit_item(self) -> None:
        item_id = self._selected_item_id()
        if item_id is None:
            return
        try:
            before, version = pages.get_itinerary_item(self.ctx, item_id)
        except DomainError as exc:
            self._report(exc)
            return
        editor = ItineraryEditor(
            self.ctx, self._zones(), self._target_choices(), before, self, places=self._places(), trip=self._trip()
        )
        editor.set_save(lambda: partial(pages.update_itinerary_item, self.ctx, item_id, version, editor.draft()))

        def saved(new_version: object) -> None:
            assert isinstance(new_version, int)
            edit = VersionedEdit(
                lambda v, d: pages.update_itinerary_item(self.ctx, item_id, v, d),  # type: ignore[arg-type]
                before,
                editor.draft(),
                new_version,
            )
            self.undo_stack.push(
                ServiceCommand(
                    self.tr("Edit itinerary item"),
                    edit.redo,
                    edit.undo,
                    on_change=self.changed_here,
                    on_error=self._report,
                )
            )
            self.changed_here()

        editor.sig_saved.connect(saved)
        editor.open()

    def delete_item(self) -> None:
        item_id = self._selected_item_id()
        if item_id is not None:
            perform(
                self.undo_stack,
                self.tr("Delete itinerary item"),
                lambda: records.delete(self.ctx, pages.ITINERARY_ITEM, item_id),
                lambda: records.restore(self.ctx, pages.ITINERARY_ITEM, item_id),
                on_change=self.changed_here,
                on_error=self._report,
            )

    # --- investors to meet ---------------------------------------------------------------------

    def add_target(self, investor_id: uuid.UUID | None = None) -> bool:
        if investor_id is None:
            picker = InvestorPicker(self.ctx, self.tr("Add an investor to meet"), self)
            if not picker.exec() or picker.chosen is None:
                return False
            investor_id = picker.chosen
        created: dict[str, uuid.UUID] = {}

        def do() -> None:
            created["id"] = pages.add_target(self.ctx, self.delegation_id, investor_id)

        return perform(
            self.undo_stack,
            self.tr("Add investor to meet"),
            do,
            lambda: records.delete(self.ctx, pages.MEETING_TARGET, created["id"]),
            redo=lambda: records.restore(self.ctx, pages.MEETING_TARGET, created["id"]),
            on_change=self.changed_here,
            on_error=self._report,
        )

    def set_target_status(self) -> None:
        target_id = _selected_id(self.targets)
        if not isinstance(target_id, uuid.UUID):
            return
        try:
            before, version = pages.get_target(self.ctx, target_id)
        except DomainError as exc:
            self._report(exc)
            return
        after = pages.TargetDraft(
            status=self.target_status.currentData(), priority=before.priority, talking_points=before.talking_points
        )
        state = {"version": version}

        def save(draft: pages.TargetDraft) -> None:
            state["version"] = pages.update_target(self.ctx, target_id, state["version"], draft)

        perform(
            self.undo_stack,
            self.tr("Set meeting status"),
            lambda: save(after),
            lambda: save(before),
            on_change=self.changed_here,
            on_error=self._report,
        )

    def remove_target(self) -> None:
        target_id = _selected_id(self.targets)
        if isinstance(target_id, uuid.UUID):
            perform(
                self.undo_stack,
                self.tr("Remove investor to meet"),
                lambda: records.delete(self.ctx, pages.MEETING_TARGET, target_id),
                lambda: records.restore(self.ctx, pages.MEETING_TARGET, target_id),
                on_change=self.changed_here,
                on_error=self._report,
            )

    def _open_target_investor(self) -> None:
        target_id = _selected_id(self.targets)
        target = next((t for t in self.page.targets if t.id == target_id), None) if self.page else None
        window = self.parent()
        opener = getattr(window, "open_record", None)
        if target is not None and opener is not None:
            opener("investor", target.investor_id)

    # --- results -------------------------------------------------------------------------------

    def _results_typed(self) -> tuple[int, int, str, str]:
        return (self.meetings_held.value(), self.mous.value(), self.pledged.text(), self.summary.text())

    def save_results(self) -> None:
        self.results_error.clear()
        if self.page is None or self._results_base is None:
            return
        text = self.pledged.text().replace(",", "").strip()
        draft = pages.ResultsDraft(
            meetings_held=self.meetings_held.value(),
            mous=self.mous.value(),
            pledged_usd=text or None,
            summary=self.summary.text().strip() or None,
        )
        before = pages.ResultsDraft(
            self.page.results.meetings_held,
            self.page.results.mous,
            self.page.results.pledged_usd,
            self.page.results.summary,
        )

        typed_over = self._results_base[1]

        def save(value: pages.ResultsDraft, version: int | None = None) -> None:
            # Undo and redo: the version this window's own last change left (`changed_here`), as the
            # delegation's other parts may have been changed and undone in between, by this window.
            # The save itself: the version the typing started from. Either way a save made
            # elsewhere meanwhile is a conflict, not overwritten.
            pages.set_results(self.ctx, self.delegation_id, self._version_here if version is None else version, value)
            self._results_base = None  # the form shows what is saved now

        def refused(exc: Exception) -> None:
            text = background.error_text(exc, self.ctx.lang)
            if isinstance(exc, StaleRecord):
                self.refresh()  # what is typed stays (see refresh)
                assert self.page is not None
                theirs = _results_texts(self.page.results)
                if self._results_typed() != theirs:
                    # Told once what stands now; saved again, what is typed replaces it.
                    self._results_base = (theirs, self.page.version)
                    labels = (
                        self.tr("Meetings held"),
                        self.tr("MOUs signed"),
                        self.tr("Pledged (USD)"),
                        self.tr("Summary"),
                    )
                    said = " · ".join(
                        f"{label} {str(value) or '—'}" for label, value in zip(labels, theirs, strict=True)
                    )
                    text = self.tr(
                        "Saved elsewhere meanwhile: %1. What you typed is kept: Save results again to replace it."
                    ).replace("%1", said)
            self.results_error.setText(text)

        perform(
            self.undo_stack,
            self.tr("Delegation results"),
            lambda: save(draft, typed_over),
            lambda: save(before),
            redo=lambda: save(draft),
            on_change=self.changed_here,
            on_error=refused,
        )
