"""A delegation's recommendations: investors to meet ranked with their reasons, and a day-plan hint.

The leader reads why each investor is there, adds one to the investors to meet in one action or
dismisses it for this trip (both undoable). The day-plan hint suggests a day and city for each
investor to meet; it is a draft in the table — the leader changes days and cities there, and
nothing reaches the itinerary until they put the rows they chose on it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kotra_invest.domain.enums import ItineraryKind
from kotra_invest.domain.errors import DomainError
from kotra_invest.services import access, delegations, recommendations, records
from kotra_invest.services import delegations as pages
from kotra_invest.services.read_models import DelegationPage
from kotra_invest.services.recommendations import DayPlanHint, Recommendation
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui import background
from kotra_invest.ui.forms import DateEdit, button_row, show_failure
from kotra_invest.ui.recommend_weights import WeightsDialog
from kotra_invest.ui.undo import perform


def _table(parent: QWidget, headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


@dataclass(frozen=True)
class _Ranked:
    """What one ranking brings back from the worker thread."""

    rows: list[Recommendation]
    weights: dict[str, float]
    hints: list[DayPlanHint]
    page: DelegationPage


class RecommendationsPanel(QWidget):
    """The Recommendations tab of a delegation window."""

    sig_changed = Signal()
    """A recommendation was added to the investors to meet, dismissed, or put on the itinerary."""

    def __init__(
        self,
        ctx: Context,
        delegation_id: uuid.UUID,
        undo_stack: QUndoStack,
        add_target: Callable[[uuid.UUID], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.delegation_id, self.undo_stack, self._add_target = ctx, delegation_id, undo_stack, add_target
        self.rows: list[Recommendation] = []
        self.hints: list[DayPlanHint] = []
        self.loaded = False
        self.is_loading = False
        self._generation = 0  # of the newest ranking asked for (see load)
        self._destinations: list[tuple[str, str, str]] = []  # (shown, stored city, zone)

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = _table(
            self, [self.tr("Investor"), self.tr("Country"), self.tr("Score"), self.tr("Why")], "recommendations"
        )
        self.table.doubleClicked.connect(lambda _i: self.add_selected())
        top = QWidget(self)
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.intro)
        column.addWidget(self.table, 1)
        column.addLayout(
            button_row(
                self,
                [
                    (self.tr("&Add to investors to meet"), self.add_selected),
                    (self.tr("&Dismiss for this trip"), self.dismiss_selected),
                    (self.tr("Re&fresh"), self.load),
                    (self.tr("&Weights…"), self.edit_weights),
                ],
            )
        )

        self.plan_note = QLabel(
            self.tr(
                "Day-plan hint for the investors to meet: a draft. Change the day or city, "
                "then put the rows you choose on the itinerary (nothing is written before)."
            ),
            self,
        )
        self.plan_note.setWordWrap(True)
        self.plan = _table(self, [self.tr("Investor"), self.tr("Day"), self.tr("City"), self.tr("Why")], "day_plan")
        bottom = QWidget(self)
        lower = QVBoxLayout(bottom)
        lower.setContentsMargins(0, 0, 0, 0)
        lower.addWidget(self.plan_note)
        lower.addWidget(self.plan, 1)
        lower.addLayout(
            button_row(
                self,
                [
                    (self.tr("&Suggest again"), self.load_plan),
                    (self.tr("&Put selected on the itinerary"), self.write_plan),
                ],
            )
        )

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _report(self, exc: Exception) -> None:
        show_failure(self, exc, self.ctx.lang)

    # --- the ranked list ---------------------------------------------------------------------

    def load(self) -> None:
        """Rank again, on a worker thread: ranking reads the whole investor table (0.1–0.3 s at
        30,000 investors, measured), and the window reloads this tab after each of its changes,
        so on the GUI thread every edit of the trip froze the window that long. The newest load
        wins: a result overtaken by a later change is dropped."""
        self.loaded = True  # asked for: the tab has been opened
        self.is_loading = True
        self._generation += 1
        generation = self._generation
        if not self.rows:
            self.intro.setText(self.tr("Ranking the investors…"))
        ctx, delegation_id = self.ctx, self.delegation_id

        def rank(_progress: object, _cancel: object) -> _Ranked:
            return _Ranked(
                recommendations.recommend(ctx, delegation_id, limit=30),
                recommendations.weights(ctx),
                recommendations.day_plan_hint(ctx, delegation_id),
                pages.delegation_page(ctx, delegation_id),
            )

        background.start(
            rank,
            on_done=lambda ranked: self._ranked(generation, ranked),
            on_error=lambda exc: self._rank_failed(generation, exc),
            parent=self,
        )

    def _rank_failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self.is_loading = False
        if isinstance(exc, DomainError):
            self.intro.setText(exc.message(self.ctx.lang))
        else:
            self._report(exc)

    def _ranked(self, generation: int, ranked: _Ranked) -> None:
        if generation != self._generation:
            return  # a later change asked again: its ranking is the one to show
        self.is_loading = False
        self.rows = ranked.rows
        lang = self.ctx.lang
        signals = " · ".join(
            f"{recommendations.SIGNAL_LABELS[s][0 if lang == 'ko' else 1]} {ranked.weights[s]:g}"
            for s in recommendations.SIGNALS
        )
        self.intro.setText(
            self.tr("Investors to consider for this trip, best first, with the reasons. Weights: %1").replace(
                "%1", signals
            )
        )
        self.table.setRowCount(len(self.rows))
        for row, rec in enumerate(self.rows):
            name = rec.name + (f" · {rec.name_ko}" if rec.name_ko and lang == "ko" else "")
            cells = [name, rec.country or "", f"{rec.score:.1f}", rec.reason_text()]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, rec.investor_id)
                # Each reason's share of the score, for the officer who wants to check the sum.
                item.setToolTip("\n".join(f"{r.text}: {r.points:+.2f}" for r in rec.reasons))
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
        self._show_plan(ranked.hints, ranked.page)

    def select_investor(self, investor_id: uuid.UUID) -> bool:
        for row, rec in enumerate(self.rows):
            if rec.investor_id == investor_id:
                self.table.selectRow(row)
                return True
        return False

    def _selected(self) -> Recommendation | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def add_selected(self) -> bool:
        """Put the selected recommendation on the investors to meet (undoable, as any add)."""
        rec = self._selected()
        return rec is not None and self._add_target(rec.investor_id)  # the window reloads this tab

    def dismiss_selected(self) -> bool:
        """Leave the selected investor out of this trip's recommendations (undo brings it back)."""
        rec = self._selected()
        if rec is None:
            return False
        ctx, delegation_id, investor_id = self.ctx, self.delegation_id, rec.investor_id
        return perform(
            self.undo_stack,
            self.tr("Dismiss %1").replace("%1", rec.name),
            lambda: recommendations.dismiss(ctx, delegation_id, investor_id),
            lambda: recommendations.undismiss(ctx, delegation_id, investor_id),
            on_change=self._after_change,
            on_error=self._report,
        )

    def edit_weights(self) -> WeightsDialog:
        """Open the weights (each signal's, office-wide); a saved change ranks again and is one undo step."""
        try:
            old = recommendations.weights(self.ctx)
            may_change = access.current(self.ctx).is_admin
        except DomainError as exc:
            self._report(exc)
            raise
        dialog = WeightsDialog(self.ctx.lang, old, may_change=may_change, parent=self)
        dialog.sig_saved.connect(lambda new: self._save_weights(old, new))
        dialog.open()
        return dialog

    def _save_weights(self, old: dict[str, float], new: dict[str, float]) -> None:
        if new == old:
            return
        ctx = self.ctx
        perform(
            self.undo_stack,
            self.tr("Change the recommendation weights"),
            lambda: recommendations.set_weights(ctx, new),
            lambda: recommendations.set_weights(ctx, old),
            on_change=self.load,
            on_error=self._report,
        )

    def _after_change(self) -> None:
        self.sig_changed.emit()  # the window refreshes, this tab with it

    # --- the day-plan hint ---------------------------------------------------------------------

    def load_plan(self) -> None:
        """Suggest a day and city for each investor to meet not on the itinerary yet (Suggest
        again: the leader's own edits to the draft go)."""
        try:
            hints = recommendations.day_plan_hint(self.ctx, self.delegation_id)
            page = pages.delegation_page(self.ctx, self.delegation_id)
        except DomainError as exc:
            self.plan_note.setText(exc.message(self.ctx.lang))
            return
        self._show_plan(hints, page)

    def _show_plan(self, hints: list[DayPlanHint], page: DelegationPage) -> None:
        self.hints = hints
        known = {h.destination: h.city for h in self.hints if h.destination}
        self._destinations = [(known.get(d.city) or d.city, d.city, d.time_zone) for d in page.destinations]
        self.plan.setRowCount(len(self.hints))
        for row, hint in enumerate(self.hints):
            name = QTableWidgetItem(hint.investor)
            name.setData(Qt.ItemDataRole.UserRole, hint.investor_id)
            self.plan.setItem(row, 0, name)
            day = DateEdit(parent=self.plan)
            day.setCalendarPopup(True)
            day.setDisplayFormat("yyyy-MM-dd")
            if page.starts_on and page.ends_on:
                day.setDateRange(
                    QDate(page.starts_on.year, page.starts_on.month, page.starts_on.day),
                    QDate(page.ends_on.year, page.ends_on.month, page.ends_on.day),
                )
            when = hint.day or page.starts_on or date.today()
            day.setDate(QDate(when.year, when.month, when.day))
            self.plan.setCellWidget(row, 1, day)
            city = QComboBox(self.plan)
            for shown, stored, zone in self._destinations:
                city.addItem(shown, (stored, zone))
            index = next((i for i, d in enumerate(self._destinations) if d[1] == hint.destination), 0)
            city.setCurrentIndex(index)
            self.plan.setCellWidget(row, 2, city)
            self.plan.setItem(row, 3, QTableWidgetItem(hint.why))
        self.plan.resizeRowsToContents()

    def planned(self, row: int) -> tuple[uuid.UUID, str, date, str, str] | None:
        """(investor, name, day, city, zone) as the leader left the row."""
        day, city = self.plan.cellWidget(row, 1), self.plan.cellWidget(row, 2)
        if not isinstance(day, QDateEdit) or not isinstance(city, QComboBox) or city.currentData() is None:
            return None
        stored, zone = city.currentData()
        when = day.date()
        return (
            self.hints[row].investor_id,
            self.hints[row].investor,
            date(when.year(), when.month(), when.day()),
            stored,
            zone,
        )

    def write_plan(self) -> bool:
        """Put the selected rows (all, when none is selected) on the itinerary as meetings at 10:00
        local time — the leader's decision, undone as one action."""
        rows = sorted({i.row() for i in self.plan.selectionModel().selectedRows()}) or list(range(self.plan.rowCount()))
        for row in rows:  # a day typed that is no date: said, and nothing put on the itinerary
            day = self.plan.cellWidget(row, 1)
            refused = day.refusal() if isinstance(day, DateEdit) else None
            if refused is not None:
                show_failure(self, refused, self.ctx.lang)
                return False
        chosen = [p for p in (self.planned(r) for r in rows) if p is not None]
        if not chosen:
            return False
        ctx, delegation_id = self.ctx, self.delegation_id
        created: list[uuid.UUID] = []

        def do() -> None:
            created.clear()
            for investor_id, name, day, city, zone in chosen:
                draft = delegations.ItineraryDraft(
                    ItineraryKind.MEETING,
                    name,
                    datetime.combine(day, time(10, 0)),
                    zone,
                    city=city,
                    investor_id=investor_id,
                )
                created.append(delegations.add_itinerary_item(ctx, delegation_id, draft))

        def undo() -> None:
            for item_id in created:
                records.delete(ctx, pages.ITINERARY_ITEM, item_id)

        def redo() -> None:
            for item_id in created:
                records.restore(ctx, pages.ITINERARY_ITEM, item_id)

        return perform(
            self.undo_stack,
            self.tr("Put meetings on the itinerary"),
            do,
            undo,
            redo=redo,
            on_change=self._after_change,
            on_error=self._report,
        )
