"""FEZ promotion: the nine Free Economic Zones, their provinces, and the joint promotion events."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kotra_invest import formatting
from kotra_invest.domain.enums import PromotionKind
from kotra_invest.domain.errors import DomainError
from kotra_invest.domain.kinds import record_kind
from kotra_invest.services import fez, reference
from kotra_invest.services.read_models import FezRow, PromotionEventRow
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui.delegations import _fill, _fit_width, _selected_id, _table
from kotra_invest.ui.fitting import ShareRest, compact_rows, fit_rows
from kotra_invest.ui.forms import DateEdit, FormDialog, line_text, plain_text, reference_combo, show_failure
from kotra_invest.ui.list_export import ListSource, widget_source
from kotra_invest.ui.page import Page
from kotra_invest.ui.undo import Changed, RecordEdits


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class EventEditor(FormDialog):
    """A joint promotion event: which FEZs took part, where, when, and the leads it brought."""

    def __init__(
        self, ctx: Context, fezs: list[FezRow], draft: fez.PromotionEventDraft | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(record_kind("promotion_event", ctx.lang), ctx.lang, parent)
        self.title = self.line("title", self.tr("Title (Korean)"), required=True, max_length=200)
        self.title_en = self.line("title_en", self.tr("Title (English)"), max_length=240)
        self.kind = QComboBox(self)
        for kind in PromotionKind:
            self.kind.addItem(kind.label(ctx.lang), kind)
        self.add_field("kind", self.tr("Kind"), self.kind)
        self.starts = DateEdit(QDate.currentDate(), self)
        self.starts.setCalendarPopup(True)
        self.add_field("starts_on", self.tr("Date"), self.starts, required=True)
        self.fez_list = QListWidget(self)
        self.fez_list.setMaximumHeight(150)
        for row in fezs:
            item = QListWidgetItem(row.name)
            item.setData(Qt.ItemDataRole.UserRole, row.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.fez_list.addItem(item)
        self.add_field("fezs", self.tr("FEZs taking part"), self.fez_list, required=True)
        self.country = self.add_field(
            "country",
            self.tr("Country"),
            reference_combo(reference.list_reference(ctx, "countries"), ctx.lang, parent=self),
        )
        self.city = self.line("city", self.tr("City"), max_length=120)
        self.venue = self.line("venue", self.tr("Venue"), max_length=200)
        self.leads = QSpinBox(self)
        self.leads.setRange(0, 100_000)
        self.add_field("leads_generated", self.tr("Leads generated"), self.leads)
        self.notes = self.text_area("notes", self.tr("Notes"))
        if draft is not None:
            self.title.setText(draft.title)
            self.title_en.setText(draft.title_en or "")
            self.kind.setCurrentIndex(max(0, self.kind.findData(draft.kind)))
            self.starts.setDate(QDate(draft.starts_on.year, draft.starts_on.month, draft.starts_on.day))
            for r in range(self.fez_list.count()):
                item = self.fez_list.item(r)
                item.setCheckState(
                    Qt.CheckState.Checked
                    if item.data(Qt.ItemDataRole.UserRole) in draft.fez_codes
                    else Qt.CheckState.Unchecked
                )
            assert isinstance(self.country, QComboBox)
            self.country.setCurrentIndex(max(0, self.country.findData(draft.country_code)))
            self.city.setText(draft.city or "")
            self.venue.setText(draft.venue or "")
            self.leads.setValue(draft.leads_generated)
            self.notes.setPlainText(draft.notes or "")
        self._regions = draft.region_codes if draft else ()
        self._ends = draft.ends_on if draft else None

    def draft(self) -> fez.PromotionEventDraft:
        assert isinstance(self.country, QComboBox)
        codes = tuple(
            self.fez_list.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.fez_list.count())
            if self.fez_list.item(r).checkState() == Qt.CheckState.Checked
        )
        return fez.PromotionEventDraft(
            title=self.title.text().strip(),
            kind=self.kind.currentData(),
            starts_on=_pydate(self.starts.date()),
            fez_codes=codes,
            region_codes=self._regions,
            title_en=line_text(self.title_en),
            country_code=self.country.currentData(),
            city=line_text(self.city),
            ends_on=self._ends,
            venue=line_text(self.venue),
            leads_generated=self.leads.value(),
            notes=plain_text(self.notes),
        )


class FezPage(Page):
    """The FEZs above; the events of the chosen one (or all) below, in the rest of the page."""

    def __init__(self, ctx: Context, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.undo_stack = undo_stack
        self.edits = RecordEdits(ctx, undo_stack, self, self.changed)
        self.fezs: list[FezRow] = []
        self.events: list[PromotionEventRow] = []
        self.fez_table = _table(
            self,
            [self.tr("Free Economic Zone"), self.tr("Provinces"), self.tr("Since"), self.tr("Events")],
            "fez_table",
            numeric=(3,),
        )
        self.fez_table.itemSelectionChanged.connect(self._show_events)
        self.event_table = _table(
            self,
            [
                self.tr("Date"),
                self.tr("Event"),
                self.tr("Kind"),
                self.tr("Where"),
                self.tr("FEZs"),
                self.tr("Regions"),
                self.tr("Leads"),
            ],
            "event_table",
            numeric=(6,),
        )
        _fit_width(self.event_table, (1, 4, 5))  # the event, its FEZs and regions
        self.event_table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.caption = QLabel(self)
        # The nine zones as tall as their rows and as wide as the page, the events below them in
        # all the height left: at 1280×800 a splitter gave the zones half the page, most of it blank.
        compact_rows(self.fez_table)
        # The zone's name takes the width; its provinces as wide as the longest list (a zone of
        # one or two provinces took half the page), cut with "…" beyond an even share.
        ShareRest(self.fez_table, (0,), fitted=(1,))
        layout = QVBoxLayout(self)
        layout.addWidget(self.fez_table)
        layout.addWidget(self.caption)
        layout.addWidget(self.event_table, 1)
        buttons = QHBoxLayout()
        for text, slot, name in (
            (self.tr("&New event…"), self.create, "new_event"),
            (self.tr("&Edit…"), self.edit_selected, "edit_event"),
            (self.tr("&Delete"), self.delete_selected, "delete_event"),
            (self.tr("Show &all events"), self.show_all, "all_events"),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(lambda _c=False, s=slot: s())
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.refresh()

    def export_source(self) -> ListSource:
        """The events shown on the right (the chosen FEZ's, or all)."""
        return widget_source(self.tr("Joint FEZ promotion events"), self.event_table, "fez-events")

    def refresh(self) -> None:
        try:
            self.fezs = fez.list_fezs(self.ctx)
        except DomainError as exc:
            show_failure(self, exc, self.ctx.lang)
            return
        _fill(
            self.fez_table,
            [
                (row.code, [row.name, ", ".join(row.provinces), str(row.designated_year), str(row.events)])
                for row in self.fezs
            ],
        )
        fit_rows(self.fez_table)
        self._show_events()

    def selected_fez(self) -> str | None:
        code = _selected_id(self.fez_table)
        return code if isinstance(code, str) else None

    def show_all(self) -> None:
        self.fez_table.clearSelection()
        self._show_events()

    def _show_events(self) -> None:
        code = self.selected_fez()
        try:
            self.events = fez.list_events(self.ctx, fez_code=code)
        except DomainError as exc:
            show_failure(self, exc, self.ctx.lang)
            return
        name = next((row.name for row in self.fezs if row.code == code), None)
        self.caption.setText(
            self.tr("Joint promotion events of %1").replace("%1", name)
            if name
            else self.tr("All joint promotion events")
        )
        _fill(self.event_table, [(e.id, self._cells(e)) for e in self.events])

    def _cells(self, e: PromotionEventRow) -> list[str]:
        lang = self.ctx.lang
        return [
            formatting.day(e.starts_on, lang),
            e.title if lang == "ko" or not e.title_en else e.title_en,
            e.kind_label,
            ", ".join(x for x in (e.city, e.country) if x),
            ", ".join(e.fezs),
            ", ".join(e.regions),
            str(e.leads_generated),
        ]

    def changed(self, what: Changed) -> None:
        """An edited event is redrawn in its row (the selection and the scroll stay where the user left
        them); anything that moves rows or changes the FEZs' counts reloads both lists. The other
        pages and the open windows follow, as after any page's change."""
        self.sig_records_changed.emit(what)
        if len(what.ids) == 1 and self._refresh_row(what.ids[0]):
            return
        self.refresh()

    def _refresh_row(self, event_id: uuid.UUID) -> bool:
        index = next((i for i, e in enumerate(self.events) if e.id == event_id), None)
        if index is None:
            return False  # a new event: it needs its place in the list
        try:
            row = fez.get_event_row(self.ctx, event_id)
        except DomainError:
            return False  # deleted meanwhile (or by this very action)
        old = self.events[index]
        if (row.starts_on, row.fez_codes) != (old.starts_on, old.fez_codes):
            return False  # its place in the list or the FEZs' event counts change
        self.events[index] = row
        for column, text in enumerate(self._cells(row)):
            cell = self.event_table.item(index, column)
            if cell is not None:
                cell.setText(text)
        return True

    def _report(self, exc: Exception) -> None:
        show_failure(self, exc, self.ctx.lang)

    def create(self) -> EventEditor:
        editor = EventEditor(self.ctx, self.fezs, None, self)
        selected = self.selected_fez()
        for r in range(editor.fez_list.count()):
            if editor.fez_list.item(r).data(Qt.ItemDataRole.UserRole) == selected:
                editor.fez_list.item(r).setCheckState(Qt.CheckState.Checked)
        return self.edits.create(fez.PROMOTION_EVENT, editor, self.tr("New promotion event"))

    def edit_selected(self) -> None:
        event_id = _selected_id(self.event_table)
        if isinstance(event_id, uuid.UUID):
            self.edits.edit(
                fez.PROMOTION_EVENT,
                event_id,
                lambda before: EventEditor(self.ctx, self.fezs, before, self),
                self.tr("Edit promotion event"),
            )

    def delete_selected(self) -> None:
        event_id = _selected_id(self.event_table)
        if isinstance(event_id, uuid.UUID):
            self.edits.delete(fez.PROMOTION_EVENT, event_id, self.tr("Delete promotion event"))
