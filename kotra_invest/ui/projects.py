"""Projects: the FDI pipeline as a keyset-paged table and as a board by stage.

Moving a project to another stage is one action (stage, the date it entered it, a reason when
lost), undoable; the board shows each stage's count and its longest-waiting projects first.
"""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QDate,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFontMetrics, QKeySequence, QPainter, QPalette, QPen, QResizeEvent, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kotra_invest import formatting
from kotra_invest.briefing.lists import project_pages
from kotra_invest.catalog import with_args
from kotra_invest.domain.enums import FdiKind, NewOrAdditional, ProjectType
from kotra_invest.domain.errors import DomainError, NotFound, ValidationError
from kotra_invest.services import projects, reference
from kotra_invest.services.read_models import BoardColumn, Cursor, ProjectFilter, ProjectRow
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui.fitting import ShareRest, whole_choice
from kotra_invest.ui.forms import DateEdit, FormDialog, line_text, reference_combo, set_combo_data, show_failure
from kotra_invest.ui.list_export import ListSource, model_source
from kotra_invest.ui.page import Page
from kotra_invest.ui.pickers import InvestorPicker
from kotra_invest.ui.undo import Changed, RecordEdits

PAGE_SIZE = 200
# Project, investor and industry share the width the stage, dates and amounts leave (a 1280-pixel
# screen shows every column), cut with "…" and whole in the tooltip; the stage is read whole.
LONG_COLUMNS = (0, 1, 5)
CONFIDENTIAL_MARK = "[C]"  # the shipped fonts have no lock symbol; the tooltip and legend say what it means
AnyIndex = QModelIndex | QPersistentModelIndex


def _title(row: ProjectRow) -> str:
    return f"{row.title} {CONFIDENTIAL_MARK}" if row.confidential else row.title


class ProjectTableModel(QAbstractTableModel):
    """The pipeline, fetched page by page as the view scrolls; sorting and filters are queries."""

    SORTABLE = {0: "title", 1: "investor", 10: "updated"}

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        lang = ctx.lang
        self.headers = [
            self.tr("Project"),
            self.tr("Investor"),
            self.tr("Stage"),
            self.tr("Since"),
            self.tr("Province"),  # the target province; "Target province" was 50 px wider than its cells
            self.tr("Industry"),
            self.tr("Notified (신고)"),
            self.tr("Latest notified"),
            self.tr("Arrived (도착)"),
            self.tr("Latest arrived"),
            self.tr("Updated"),
        ]
        self._texts: list[Callable[[ProjectRow], str]] = [
            _title,
            lambda r: r.investor,
            lambda r: r.stage,
            lambda r: formatting.list_day(DATE_COLUMNS[3](r), lang),
            lambda r: r.province or "",
            lambda r: r.industry or "",
            lambda r: formatting.usd(r.notified_usd, lang) if r.notified_usd else "",
            lambda r: formatting.list_day(DATE_COLUMNS[7](r), lang),
            lambda r: formatting.usd(r.arrived_usd, lang) if r.arrived_usd else "",
            lambda r: formatting.list_day(DATE_COLUMNS[9](r), lang),
            lambda r: formatting.moment_day(r.updated_at, lang),  # the time of day is in the tooltip
        ]
        self._rows: list[ProjectRow] = []
        self._next: Cursor | None = None
        self._exhausted = True
        self.filters = ProjectFilter()
        self.sort_key = "title"
        self.descending = False

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.column()](row)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (6, 8):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (6, 8) and row.fdi:
            return "\n".join(f"{s.kind} {formatting.money(s.total, s.currency, self._ctx.lang)}" for s in row.fdi)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 10:
            return formatting.moment(row.updated_at, self._ctx.lang)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in DATE_COLUMNS:
            return formatting.day(DATE_COLUMNS[index.column()](row), self._ctx.lang) or None  # with its 요일
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in LONG_COLUMNS:
            return self._texts[index.column()](row) or None  # the column may cut it short
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        # Reads nothing but the index: select-all on a huge table must not touch the rows.
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable if index.isValid() else Qt.ItemFlag.NoItemFlags

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        page = projects.list_projects(
            self._ctx, self.filters, sort=self.sort_key, descending=self.descending, after=self._next, limit=PAGE_SIZE
        )
        if page.rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self._next, self._exhausted = page.next, page.next is None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORTABLE.get(column)
        if key is not None:
            self.sort_key, self.descending = key, order == Qt.SortOrder.DescendingOrder
            self.reload()

    def reload(self, filters: ProjectFilter | None = None) -> None:
        if filters is not None:
            self.filters = filters
        page = projects.list_projects(
            self._ctx, self.filters, sort=self.sort_key, descending=self.descending, limit=PAGE_SIZE
        )
        self.beginResetModel()  # the first page is read before the reset: no rows arrive mid-reset
        self._rows, self._next, self._exhausted = list(page.rows), page.next, page.next is None
        self.endResetModel()

    def refresh_ids(self, ids: tuple[uuid.UUID, ...]) -> bool:
        """Re-read just these rows (Calibre's refresh_ids); False when one is not shown (reload instead)."""
        places = [self.row_of(i) for i in ids]
        if not ids or min(places) < 0:
            return False
        for project_id, place in zip(ids, places, strict=True):
            try:
                fresh = projects.get_project_row(self._ctx, project_id)
            except NotFound:  # deleted: the row leaves
                self.beginRemoveRows(QModelIndex(), place, place)
                del self._rows[place]
                self.endRemoveRows()
                continue
            self._rows[place] = fresh
            self.dataChanged.emit(self.index(place, 0), self.index(place, len(self.headers) - 1))
        return True

    def row_at(self, row: int) -> ProjectRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, project_id: uuid.UUID) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == project_id), -1)

    def export_value(self, row: ProjectRow, column: int) -> Any:
        """The typed value an export writes: dates, USD amounts and moments as such, else the text."""
        # The date beside each total: an amount reads back (import) only with its date.
        typed = {
            **DATE_COLUMNS,
            6: lambda r: r.notified_usd or None,
            8: lambda r: r.arrived_usd or None,
            10: lambda r: r.updated_at,
        }
        return typed[column](row) if column in typed else self._texts[column](row)


def _latest(row: ProjectRow, kind: FdiKind) -> date | None:
    total = row.notified_usd if kind is FdiKind.NOTIFIED else row.arrived_usd
    return projects.latest_usd_date(row.fdi, kind) if total else None


# The dated columns: since, the latest 신고 and the latest 도착 (shown without the 요일, which
# their tooltips give; exported as dates).
DATE_COLUMNS: dict[int, Callable[[ProjectRow], date | None]] = {
    3: lambda r: r.stage_since,
    7: lambda r: _latest(r, FdiKind.NOTIFIED),
    9: lambda r: _latest(r, FdiKind.ARRIVED),
}


class SortHeader(QHeaderView):
    """The table's header: a column the model does not sort keeps no room for the sort arrow and
    never shows it. The room (about 25 px) made each date and amount column wider than its text
    at 1280 px, taken from the names beside them."""

    def __init__(self, sortable: Iterable[int], parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._sortable = frozenset(sortable)
        self._sorted = (0, Qt.SortOrder.AscendingOrder)
        self.setSectionsClickable(True)
        self.setHighlightSections(False)
        self.sortIndicatorChanged.connect(self._keep_on_sortable)

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:  # noqa: N803 (Qt's name)
        size = super().sectionSizeFromContents(logicalIndex)
        if logicalIndex not in self._sortable and self.isSortIndicatorShown():
            # What Qt added for the arrow: the section's height and one header margin.
            room = size.height() + self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
            size.setWidth(max(size.width() - room, 0))
        return size

    def _keep_on_sortable(self, column: int, order: Qt.SortOrder) -> None:
        if column in self._sortable:
            self._sorted = (column, order)
            return
        self.blockSignals(True)  # a click on such a column sorts nothing: the arrow stays put
        self.setSortIndicator(*self._sorted)
        self.blockSignals(False)


# Stages whose move records an FDI amount in the same dialog and the same undoable action.
TRANCHE_OF_STAGE = {"NOTIFIED": FdiKind.NOTIFIED, "ARRIVED": FdiKind.ARRIVED}


def parse_amount(
    text: str, field: str = "amount", currency: str | None = None, currency_field: str = "currency"
) -> Decimal | None:
    """An amount as officers type it: 12,500,000 or 12500000.5, or in words as `import` reads them
    (1억 5천만, 4억2000만 달러, USD 12.5M); empty is None. `currency` is the form's currency field:
    an amount whose text names another currency, or Korean units (won) beside a field that is not
    won, is refused next to that field rather than stored in the wrong currency."""
    cleaned = text.replace(",", "").replace(" ", "").strip()
    if not cleaned:
        return None
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        pass
    from kotra_invest.importers.values import parse_amount as read_amount
    from kotra_invest.importers.values import written_currency

    parsed = read_amount(text, field)
    if parsed is None:
        return None
    number, implied = parsed
    said = written_currency(text) or implied
    chosen = (currency or "").strip().upper()
    if chosen and said is not None and said != chosen:
        raise ValidationError("invalid_value", field=currency_field, value=f"{chosen} ({text.strip()})")
    return number


class MoveDialog(QDialog):
    """Move a project: the new stage, the date it entered it (today by default), why when lost;
    for 신고/도착 also the amount and currency, recorded with the move as one action."""

    def __init__(
        self,
        stages: list[tuple[str, str]],
        current: str,
        parent: QWidget | None = None,
        project: str = "",
        *,
        lang: str = "en",
    ) -> None:
        super().__init__(parent)
        self.lang = lang
        # Named: from the board, a dropped card is easily the wrong one.
        self.setWindowTitle(self.tr("Move %1 to stage").replace("%1", project) if project else self.tr("Move to stage"))
        self.project_label = QLabel(f"<b>{html.escape(project)}</b>", self)
        self.project_label.setObjectName("move_project_name")
        self.stage = QComboBox(self)
        self.stage.setObjectName("move_stage")
        for code, name in stages:
            self.stage.addItem(name, code)
        set_combo_data(self.stage, current)
        self.on_date = DateEdit(QDate.currentDate(), self)
        self.on_date.setObjectName("move_date")
        self.on_date.setCalendarPopup(True)
        self.on_date.setDisplayFormat("yyyy-MM-dd")
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Required when the project is lost"))
        self.amount = QLineEdit(self)
        self.amount.setObjectName("move_amount")
        self.amount.setPlaceholderText(self.tr("e.g. 12,500,000"))
        self.currency = QLineEdit("USD", self)
        self.currency.setObjectName("move_currency")
        self.currency.setMaxLength(3)
        self.error = QLabel(self)
        self.error.setObjectName("move_error")
        self.error.setStyleSheet("color: #b3261e;")
        form = QFormLayout(self)
        form.addRow(self.tr("Project"), self.project_label)
        form.addRow(self.tr("Stage"), self.stage)
        form.addRow(self.tr("Since"), self.on_date)
        form.addRow(self.tr("Reason"), self.reason)
        self.amount_label = QLabel(self.tr("Amount"), self)
        self.currency_label = QLabel(self.tr("Currency"), self)
        form.addRow(self.amount_label, self.amount)
        form.addRow(self.currency_label, self.currency)
        form.addRow(self.error)
        self.on_date.sig_refused.connect(self.error.setText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.stage.currentIndexChanged.connect(self._stage_changed)
        self._stage_changed()

    def _stage_changed(self) -> None:
        kind = TRANCHE_OF_STAGE.get(self.stage.currentData() or "")
        for widget in (self.amount_label, self.amount, self.currency_label, self.currency):
            widget.setVisible(kind is not None)
        if kind is not None:
            self.amount_label.setText(
                self.tr("Notified amount (신고)") if kind is FdiKind.NOTIFIED else self.tr("Arrived amount (도착)")
            )

    def _accept(self) -> None:
        try:
            refused = self.on_date.refusal()
            if refused is not None:  # the box still shows the date it had: not the one typed
                raise refused
            tranche = self.tranche()
            if tranche is not None:  # refused now, while the officer can correct it, not after the move
                projects.check_fdi_amount(tranche)
        except ValidationError as exc:
            self.error.setText(exc.message(self.lang))
            return
        self.accept()

    def chosen_date(self) -> date:
        value = self.on_date.date()
        return date(value.year(), value.month(), value.day())

    def tranche(self) -> projects.FdiAmountDraft | None:
        """The amount this move records, or None (another stage, or no amount given)."""
        kind = TRANCHE_OF_STAGE.get(self.stage.currentData() or "")
        amount = parse_amount(self.amount.text(), currency=self.currency.text()) if kind is not None else None
        if kind is None or amount is None:
            return None
        # Offered as USD; cleared, it is refused ("Currency is required."), never taken as USD.
        currency = self.currency.text().strip().upper()
        return projects.FdiAmountDraft(kind, amount, self.chosen_date(), currency)


class ProjectEditor(FormDialog):
    """A project of an investor: what, where, how much, how likely; confidential ones need a code name."""

    def __init__(
        self, ctx: Context, draft: projects.ProjectDraft | None, investor_label: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("New project") if draft is None else self.tr("Edit project"), ctx.lang, parent)
        lang = ctx.lang
        self.investor_id: uuid.UUID | None = draft.investor_id if draft else None
        self.add_field("investor", self.tr("Investor"), QLabel(investor_label, self), required=True)
        self.title = self.line("title", self.tr("Title"), required=True, max_length=200)
        self.project_type = QComboBox(self)
        for kind in ProjectType:
            self.project_type.addItem(kind.label(lang), kind)
        self.add_field("project_type", self.tr("Type"), self.project_type)
        # The ministry's second axis: an expanded plant is greenfield + 증액, not a third type.
        self.new_or_additional = QComboBox(self)
        self.new_or_additional.addItem(self.tr("New (신규)"), NewOrAdditional.NEW)
        self.new_or_additional.addItem(
            self.tr("Additional by an investor already in Korea (증액)"), NewOrAdditional.ADDITIONAL
        )
        self.add_field("new_or_additional", self.tr("New / additional"), self.new_or_additional)
        self.stage = reference_combo(reference.list_reference(ctx, "stages"), lang, parent=self)
        self.stage.removeItem(0)
        self.add_field("stage", self.tr("Stage"), self.stage, required=True)
        self.province = reference_combo(reference.list_reference(ctx, "provinces"), lang, parent=self)
        self.add_field("target_province", self.tr("Target province"), self.province)
        self.fez = reference_combo(reference.list_reference(ctx, "fezs"), lang, parent=self)
        self.add_field("fez", self.tr("Free Economic Zone"), self.fez)
        self.industry = reference_combo(reference.list_reference(ctx, "industries"), lang, parent=self)
        self.add_field("industry", self.tr("Industry"), self.industry)
        self.capex = self.line("capex_amount", self.tr("Planned investment"))
        # A project always has one (with or without an amount): offered as USD, refused when cleared.
        self.currency = self.line("capex_currency", self.tr("Currency"), required=True, max_length=3)
        self.currency.setText("USD")
        self.jobs = QSpinBox(self)
        self.jobs.setRange(0, 1_000_000)
        self.add_field("expected_jobs", self.tr("Expected jobs"), self.jobs)
        self.probability = QSpinBox(self)
        self.probability.setRange(0, 100)
        self.probability.setSuffix(" %")
        self.add_field("probability", self.tr("Probability"), self.probability)
        self.confidential = self.check("confidential", self.tr("Confidential (only my team sees it)"))
        self.code_name = self.line("code_name", self.tr("Code name"), max_length=80)
        self._owner: str | None = None
        self._since: date | None = None
        self._lost: str | None = None
        if draft is not None:
            self.title.setText(draft.title)
            set_combo_data(self.project_type, draft.project_type)
            set_combo_data(self.new_or_additional, draft.new_or_additional)
            set_combo_data(self.stage, draft.stage_code)
            set_combo_data(self.province, draft.target_province_code)
            set_combo_data(self.fez, draft.fez_code)
            set_combo_data(self.industry, draft.industry_code)
            self.capex.setText(f"{Decimal(draft.capex_amount):,.0f}" if draft.capex_amount is not None else "")
            self.currency.setText(draft.capex_currency)
            self.jobs.setValue(draft.expected_jobs or 0)
            self.probability.setValue(draft.probability or 0)
            self.confidential.setChecked(draft.confidential)
            self.code_name.setText(draft.code_name or "")
            self._owner, self._since, self._lost = draft.owner_login, draft.stage_since, draft.lost_reason
        self.resize(540, 640)

    def draft(self) -> projects.ProjectDraft:
        if self.investor_id is None:
            raise ValidationError("required", field="investor")
        capex = parse_amount(self.capex.text(), "capex_amount", self.currency.text(), "capex_currency")
        return projects.ProjectDraft(
            investor_id=self.investor_id,
            title=self.title.text().strip(),
            project_type=self.project_type.currentData(),
            new_or_additional=self.new_or_additional.currentData(),
            stage_code=self.stage.currentData(),
            stage_since=self._since,
            target_province_code=self.province.currentData(),
            fez_code=self.fez.currentData(),
            industry_code=self.industry.currentData(),
            capex_amount=capex,
            capex_currency=self.currency.text().strip().upper(),  # left blank it is refused, not taken as USD
            expected_jobs=self.jobs.value() or None,
            probability=self.probability.value() or None,
            confidential=self.confidential.isChecked(),
            code_name=line_text(self.code_name),
            lost_reason=self._lost,
            owner_login=self._owner,
        )


class ProjectActions:
    """New, edit, move, delete a project — undoable — for the pipeline page and the investor page."""

    def __init__(
        self, ctx: Context, undo_stack: QUndoStack, parent: QWidget, on_change: Callable[[Changed], object]
    ) -> None:
        self.ctx, self.undo_stack, self.parent = ctx, undo_stack, parent
        self.edits = RecordEdits(ctx, undo_stack, parent, on_change)
        self.stages = [
            (s.code, s.name_ko if ctx.lang == "ko" else s.name_en) for s in reference.list_reference(ctx, "stages")
        ]

    def report(self, exc: Exception) -> None:
        self.edits.report(exc)

    def create(self, investor_id: uuid.UUID | None = None, investor_label: str = "") -> ProjectEditor | None:
        if investor_id is None:
            picker = InvestorPicker(
                self.ctx, QCoreApplication.translate("ProjectActions", "Investor of the new project"), self.parent
            )
            if not picker.exec() or picker.chosen is None:
                return None
            investor_id = picker.chosen
            investor_label = picker.results.currentItem().text() if picker.results.currentItem() else ""
        editor = ProjectEditor(self.ctx, None, investor_label, self.parent)
        editor.investor_id = investor_id
        return self.edits.create(projects.PROJECT, editor, QCoreApplication.translate("ProjectActions", "New project"))

    def edit(self, project_id: uuid.UUID) -> ProjectEditor | None:
        try:
            investor = projects.get_project_row(self.ctx, project_id).investor
        except DomainError as exc:
            self.report(exc)
            return None
        return self.edits.edit(
            projects.PROJECT,
            project_id,
            lambda before: ProjectEditor(self.ctx, before, investor, self.parent),
            QCoreApplication.translate("ProjectActions", "Edit project"),
        )

    def move(
        self,
        row: ProjectRow,
        stage_code: str | None = None,
        on_date: date | None = None,
        reason: str | None = None,
        tranche: projects.FdiAmountDraft | None = None,
        *,
        proposed: str | None = None,
    ) -> bool:
        """Move `row` to a stage; without a stage given, ask (stage, date, reason, 신고/도착 amount) in a
        dialog, `proposed` preselected (the column a card was dropped on). A move that records an
        amount is one action: its undo takes both back."""
        if stage_code is None:
            dialog = MoveDialog(
                self.stages, proposed or row.stage_code, self.parent, project=_title(row), lang=self.ctx.lang
            )
            self.move_dialog = dialog
            if not dialog.exec():
                return False
            stage_code, on_date, reason = (
                dialog.stage.currentData(),
                dialog.chosen_date(),
                dialog.reason.text().strip() or None,
            )
            tranche = dialog.tranche()
        state = {"version": row.version}
        old_stage, old_since = row.stage_code, row.stage_since
        tranche_id = uuid.uuid4() if tranche is not None else None
        ctx, project_id = self.ctx, row.id

        def forward() -> None:
            state["version"] = projects.move_project(
                ctx,
                project_id,
                stage_code,
                on_date=on_date,
                lost_reason=reason,
                expected_version=state["version"],
                tranche=tranche,
                tranche_id=tranche_id,
            )

        def back() -> None:
            state["version"] = projects.move_project(
                ctx, project_id, old_stage, on_date=old_since, expected_version=state["version"], withdraw=tranche_id
            )

        label = next((name for code, name in self.stages if code == stage_code), stage_code)
        text = with_args(QCoreApplication.translate("ProjectActions", "Move %1 to %2"), row.title, label)
        return self.edits.run(text, forward, back, Changed("project", (project_id,)))

    def delete(self, row: ProjectRow) -> bool:
        return self.edits.delete(
            projects.PROJECT,
            row.id,
            QCoreApplication.translate("ProjectActions", "Delete project %1").replace("%1", row.title),
            row.version,
        )


PROJECT_MIME = "application/x-kotra-invest-project"
COLUMN_MIN_WIDTH = 150  # a stage's column on the board: a band of six fits 1280 px (`BoardView.bands`)


def _card_lines(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """A card's lines as painted `width` pixels wide: the title (its first line) on up to two lines,
    broken between words; every line cut with "…" where it is still too long."""
    title, *facts = text.split("\n")
    lines = [title]
    if metrics.horizontalAdvance(title) > width and " " in title:
        words = title.split(" ")
        first = words.pop(0)
        while words and metrics.horizontalAdvance(f"{first} {words[0]}") <= width:
            first = f"{first} {words.pop(0)}"
        lines = [first, " ".join(words)] if words else [first]
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in [*lines, *facts]]


class CardDelegate(QStyledItemDelegate):
    """A project card: a framed box with its title on up to two lines, then a line for each of its
    facts (investor, amount, since), cut with "…" at the card's width and whole in the card's
    tooltip. (Wrapped whole, a long title took three lines and each stage a 200-px column: the
    board scrolled sideways at 1280 px.)"""

    PAD = 5  # between the frame and the words
    FLAGS = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextSingleLine

    def text_rect(self, card: QRect) -> QRect:
        """Where a card's words go inside the card."""
        return card.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)

    def lines(self, index: QModelIndex | QPersistentModelIndex, metrics: QFontMetrics, width: int) -> list[str]:
        """The card's lines as painted in a card `width` pixels wide."""
        return _card_lines(str(index.data() or ""), metrics, width - 2 * self.PAD)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        view = self.parent()
        assert isinstance(view, QListWidget)
        width = view.viewport().width() - 2 * view.spacing()
        lines = self.lines(index, option.fontMetrics, width)
        return QSize(width, len(lines) * option.fontMetrics.lineSpacing() + 2 * self.PAD)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        painter.save()
        palette = option.palette
        card = option.rect
        is_card = bool(index.flags() & Qt.ItemFlag.ItemIsEnabled)  # the "… more in the table" line is no card
        if is_card:
            selected = bool(option.state & QStyle.StateFlag.State_Selected)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            edge = palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Mid)
            painter.setPen(QPen(edge, 2 if selected else 1))
            painter.setBrush(palette.alternateBase() if selected else palette.base())
            painter.drawRoundedRect(QRectF(card).adjusted(1, 1, -1, -1), 4, 4)
        role = QPalette.ColorRole.Text if is_card else QPalette.ColorRole.PlaceholderText
        painter.setPen(palette.color(role))
        painter.setFont(option.font)
        room = self.text_rect(card)
        step = option.fontMetrics.lineSpacing()
        for n, line in enumerate(self.lines(index, option.fontMetrics, card.width())):
            painter.drawText(QRect(room.left(), room.top() + n * step, room.width(), step), int(self.FLAGS), line)
        painter.restore()


class StageList(QListWidget):
    """One stage's cards. A card dragged here from another stage asks to move (the move dialog
    decides); the list itself never moves items, the refreshed board does."""

    sig_dropped = Signal(str, str)
    """A card was dropped here: (project id, this stage's code)."""

    def __init__(self, stage_code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage_code = stage_code
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def mimeTypes(self) -> list[str]:
        return [PROJECT_MIME]

    def mimeData(self, items: Any) -> QMimeData:
        data = QMimeData()
        card = items[0].data(Qt.ItemDataRole.UserRole) if items else None
        if isinstance(card, ProjectRow):
            data.setData(PROJECT_MIME, QByteArray(str(card.id).encode()))
        return data

    def _project_of(self, event: Any) -> str | None:
        mime = event.mimeData()
        return bytes(mime.data(PROJECT_MIME)).decode() if mime is not None and mime.hasFormat(PROJECT_MIME) else None

    def dragEnterEvent(self, event: Any) -> None:
        if self._project_of(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:
        if self._project_of(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: Any) -> None:
        project = self._project_of(event)
        # Ignored: Qt must not move the item itself; the move happens (or not) after the dialog.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if project:
            # After the drop returns: a dialog opened inside the drag's event loop misbehaves.
            QTimer.singleShot(0, lambda: self.sig_dropped.emit(project, self.stage_code))


class BoardView(QScrollArea):
    """One column per stage: its name, how many projects, the longest-waiting cards first."""

    sig_activated = Signal(object)
    """A card was activated (its ProjectRow)."""
    sig_dropped = Signal(object, str)
    """A card was dropped on another stage's column: (its ProjectRow, that stage's code)."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWidgetResizable(True)
        self.lists: dict[str, QListWidget] = {}
        self.captions: dict[str, QLabel] = {}
        self.columns: list[BoardColumn] = []
        self.grid = QGridLayout()  # the shown board's (show_columns)
        self.boxes: list[QWidget] = []  # a column each: its caption above its cards
        self.placed: list[list[int]] = []  # the columns on each band, as laid out
        self.keep_selected: uuid.UUID | None = None  # the card to select again after a refresh

    def card(self, project_id: uuid.UUID) -> ProjectRow | None:
        return next((c for column in self.columns for c in column.cards if c.id == project_id), None)

    def _dropped(self, project: str, stage_code: str) -> None:
        card = self.card(uuid.UUID(project))
        if card is not None and card.stage_code != stage_code:
            self.keep_selected = card.id
            self.sig_dropped.emit(card, stage_code)

    def select_project(self, project_id: uuid.UUID) -> bool:
        """Select the card (in whatever column it is now) and show it."""
        for cards in self.lists.values():
            for r in range(cards.count()):
                card = cards.item(r).data(Qt.ItemDataRole.UserRole)
                if isinstance(card, ProjectRow) and card.id == project_id:
                    cards.setCurrentRow(r)
                    cards.setFocus()
                    self.ensureWidgetVisible(cards)
                    return True
        return False

    def show_columns(self, columns: list[BoardColumn]) -> None:
        self.columns = columns
        holder = QWidget(self)
        self.grid = QGridLayout(holder)
        self.boxes = []
        self.placed = []
        self.lists.clear()
        self.captions.clear()
        lang = self.ctx.lang
        for column in columns:
            box_widget = QWidget(holder)
            box = QVBoxLayout(box_widget)
            box.setContentsMargins(0, 0, 0, 0)
            caption = QLabel(f"<b>{column.stage}</b> ({column.count:,})", box_widget)
            caption.setWordWrap(True)  # a long stage name takes a second line, not the board's width
            cards = StageList(column.stage_code, box_widget)
            cards.sig_dropped.connect(self._dropped)
            cards.setObjectName(f"board_{column.stage_code}")
            # The stages share the board's width; the cards' lines are cut with "…" to it.
            cards.setMinimumWidth(COLUMN_MIN_WIDTH)
            cards.setSpacing(3)
            cards.setTextElideMode(Qt.TextElideMode.ElideNone)
            cards.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            # Each card a framed box (without it the lines of one project run into the next), sized
            # again when the list's width changes (a scroll bar comes and goes).
            cards.setItemDelegate(CardDelegate(cards))
            cards.setResizeMode(QListWidget.ResizeMode.Adjust)
            cards.setStyleSheet("QListWidget { background: palette(window); }")
            cards.setAccessibleName(column.stage)
            for card in column.cards:
                lines = [_title(card), card.investor]
                if card.notified_usd:
                    lines.append(formatting.usd(card.notified_usd, lang))
                if card.stage_since:
                    lines.append(self.tr("since %1").replace("%1", formatting.day(card.stage_since, lang)))
                item = QListWidgetItem("\n".join(lines))
                item.setToolTip("\n".join(lines))  # whole, where the card cuts a line with "…"
                item.setData(Qt.ItemDataRole.UserRole, card)
                cards.addItem(item)
            if column.count > len(column.cards):
                more = QListWidgetItem(
                    self.tr("… %1 more in the table").replace("%1", f"{column.count - len(column.cards):,}")
                )
                more.setFlags(Qt.ItemFlag.NoItemFlags)
                cards.addItem(more)
            cards.itemActivated.connect(lambda item: self._activate(item))
            caption.setBuddy(cards)
            box.addWidget(caption)
            box.addWidget(cards, 1)
            self.boxes.append(box_widget)
            self.lists[column.stage_code] = cards
            self.captions[column.stage_code] = caption
        self.setWidget(holder)
        self._place()
        if self.keep_selected is not None:
            self.select_project(self.keep_selected)

    def bands(self, width: int) -> list[list[int]]:
        """The columns (their indexes) on each band of the board `width` pixels wide: one band
        when all fit side by side; else the stages in progress on the first band and the won and
        set-aside ones on the second (at 1280 px, six and five); else as many as fit a band."""
        spacing = max(self.grid.horizontalSpacing(), 0)
        per_band = max(1, (width + spacing) // (COLUMN_MIN_WIDTH + spacing))
        every = list(range(len(self.columns)))
        if len(every) <= per_band:
            return [every]
        kinds = [
            [i for i in every if self.columns[i].stage_kind == "open"],
            [i for i in every if self.columns[i].stage_kind != "open"],
        ]
        if all(0 < len(band) <= per_band for band in kinds):
            return kinds
        return [every[i : i + per_band] for i in range(0, len(every), per_band)]

    def _place(self) -> None:
        """Lay the columns on their bands for the board's width (again when the width changes
        which bands they take): the board never scrolls sideways."""
        if not self.boxes:
            return
        margins = self.grid.contentsMargins()
        bands = self.bands(self.viewport().width() - margins.left() - margins.right())
        if bands == self.placed:
            return
        for box in self.boxes:
            self.grid.removeWidget(box)
        for r in range(self.grid.rowCount()):
            self.grid.setRowStretch(r, 0)
        for c in range(self.grid.columnCount()):
            self.grid.setColumnStretch(c, 0)
        for r, band in enumerate(bands):
            self.grid.setRowStretch(r, 1)
            for c, index in enumerate(band):
                self.grid.addWidget(self.boxes[index], r, c)
                self.grid.setColumnStretch(c, 1)  # the columns share the width evenly
        self.placed = bands

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def _activate(self, item: QListWidgetItem) -> None:
        card = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(card, ProjectRow):
            self.sig_activated.emit(card)

    def selected(self) -> ProjectRow | None:
        for cards in self.lists.values():
            if cards.hasFocus() or cards is self.focusWidget():
                item = cards.currentItem()
                card = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
                if isinstance(card, ProjectRow):
                    return card
        for cards in self.lists.values():
            item = cards.currentItem()
            card = item.data(Qt.ItemDataRole.UserRole) if item is not None and item.isSelected() else None
            if isinstance(card, ProjectRow):
                return card
        return None


class ProjectsPage(Page):
    """The pipeline: a table or a board, the same filters for both."""

    sig_open_record = Signal(str, object)
    """A record to open in its window: ("investor" | "project", id)."""

    def __init__(self, ctx: Context, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        lang = ctx.lang
        self.actions = ProjectActions(ctx, undo_stack, self, self.changed)
        self.text = QLineEdit(self)
        self.text.setObjectName("project_filter_text")
        self.text.setPlaceholderText(self.tr("Filter by title, code name or investor…"))
        self.text.setClearButtonEnabled(True)
        self.stage = reference_combo(
            reference.list_reference(ctx, "stages"), lang, empty=self.tr("All stages"), parent=self
        )
        self.region = reference_combo(
            reference.list_reference(ctx, "regions"), lang, empty=self.tr("All regions"), parent=self
        )
        self.province = reference_combo(
            reference.list_reference(ctx, "provinces"), lang, empty=self.tr("All provinces"), parent=self
        )
        self.province.setObjectName("filter_province")
        self.industry = reference_combo(
            reference.list_reference(ctx, "industries"), lang, empty=self.tr("All industries"), parent=self
        )
        self.fez = reference_combo(reference.list_reference(ctx, "fezs"), lang, empty=self.tr("All FEZs"), parent=self)
        self.owner = QComboBox(self)
        self.owner.addItem(self.tr("All owners"), None)
        self.owner.addItem(self.tr("Mine"), ctx.actor)
        self.view_choice = QComboBox(self)
        self.view_choice.setObjectName("project_view")
        self.view_choice.addItem(self.tr("Table"), "table")
        self.view_choice.addItem(self.tr("Board"), "board")
        filters = QHBoxLayout()
        filters.addWidget(self.text, 2)
        for combo in (self.stage, self.region, self.province, self.industry, self.fez, self.owner, self.view_choice):
            # Sized by the row, not by its longest entry (the open list still shows them whole):
            # at 1366 px the regions' names left the text filter too narrow to read its hint. Never
            # narrower than the choice: at 1280 px 전체 경제자유구역 was cut mid-letter.
            whole_choice(combo)
            combo.setMinimumContentsLength(6)
            filters.addWidget(combo, 1)
            combo.currentIndexChanged.connect(self.refresh)

        self.model = ProjectTableModel(ctx, self)
        self.table = QTableView(self)
        self.table.setObjectName("project_table")
        self.table.setHorizontalHeader(SortHeader(ProjectTableModel.SORTABLE, self.table))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.columns = ShareRest(self.table, LONG_COLUMNS)
        self.table.activated.connect(lambda _i: self.open_selected())  # a double click or Enter
        self.board = BoardView(ctx, self)
        self.board.sig_activated.connect(lambda card: self.sig_open_record.emit("project", card.id))
        self.board.sig_dropped.connect(lambda card, stage: self._move_card(card, stage))
        self.views = QStackedWidget(self)
        self.views.addWidget(self.table)
        self.views.addWidget(self.board)

        buttons = QHBoxLayout()
        for text, slot, name in (
            (self.tr("&New project…"), lambda: self.actions.create(), "new_project"),
            (self.tr("&Open"), self.open_selected, "open_project"),
            (self.tr("&Edit…"), self.edit_selected, "edit_project"),
            (self.tr("&Move to stage…"), self.move_selected, "move_project"),
            (self.tr("Open &investor"), self.open_investor, "open_investor"),
            (self.tr("&Delete"), self.delete_selected, "delete_project"),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(lambda _c=False, s=slot: s())
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.views, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+M"), self, activated=self.move_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, activated=self.delete_selected)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.refresh)
        self.text.textChanged.connect(self._debounce.start)
        self.refresh()

    def current_filter(self) -> ProjectFilter:
        stage = self.stage.currentData()
        return ProjectFilter(
            stage_codes=(stage,) if stage else (),
            region_code=self.region.currentData(),
            province_code=self.province.currentData(),
            industry_code=self.industry.currentData(),
            fez_code=self.fez.currentData(),
            owner_login=self.owner.currentData(),
            text=self.text.text().strip() or None,
        )

    def set_province(self, code: str | None) -> None:
        """Show only the projects targeting the province (a tile clicked on the dashboard's map)."""
        self.province.setCurrentIndex(max(self.province.findData(code), 0))  # reloads through refresh

    def refresh(self) -> None:
        try:
            if self.view_choice.currentData() == "board":
                self.views.setCurrentWidget(self.board)
                self.board.show_columns(projects.board(self.ctx, self.current_filter(), per_stage=30))
            else:
                self.views.setCurrentWidget(self.table)
                self.model.reload(self.current_filter())
        except DomainError as exc:
            show_failure(self, exc, self.ctx.lang)

    def changed(self, what: Changed) -> None:
        """After an action: the table reloads only the rows it changed (a new row: the page), the
        open windows follow."""
        self.sig_records_changed.emit(what)
        if self.views.currentWidget() is self.table and what.touches("project") and self.model.refresh_ids(what.ids):
            return
        self.refresh()

    def selected_row(self) -> ProjectRow | None:
        if self.views.currentWidget() is self.board:
            return self.board.selected()
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def open_project(self, project_id: uuid.UUID) -> None:
        """Show one project (from search): the table, filtered to it, selected."""
        self.view_choice.setCurrentIndex(0)
        try:
            row = projects.get_project_row(self.ctx, project_id)
        except DomainError as exc:
            show_failure(self, exc, self.ctx.lang)
            return
        self.text.blockSignals(True)
        self.text.setText(row.title)
        self.text.blockSignals(False)
        self.refresh()
        found = self.model.row_of(project_id)
        if found >= 0:
            self.table.selectRow(found)

    def open_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.sig_open_record.emit("project", row.id)

    def _move_card(self, card: ProjectRow, proposed: str | None = None) -> None:
        """A card activated or dropped: the move dialog (the same as Move to stage), then the
        card stays selected in its new column."""
        self.board.keep_selected = card.id
        self.actions.move(card, proposed=proposed)
        self.board.select_project(card.id)

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.actions.edit(row.id)

    def move_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.actions.move(row)

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.actions.delete(row)

    def open_investor(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.sig_open_record.emit("investor", row.investor_id)

    def export_source(self) -> ListSource:
        """The pipeline table as shown (the board exports the same rows), for Excel and Print."""
        model = self.model
        filters = self.current_filter()

        def pages() -> Iterator[ProjectRow]:
            return project_pages(self.ctx, filters, sort=model.sort_key, descending=model.descending)

        return model_source(self.tr("Projects"), self.table, pages, model.export_value, "projects")

    def save_layout(self, settings: QSettings) -> None:
        settings.setValue("projects/header", self.table.horizontalHeader().saveState())
        settings.setValue("projects/view", self.view_choice.currentData())

    def restore_layout(self, settings: QSettings) -> None:
        state = settings.value("projects/header")
        if state is not None:
            self.table.horizontalHeader().restoreState(state)
            # The saved state brings back its columns' fixed widths too (1490 px before the table
            # fitted its width): keep the user's order and hidden columns, fit the widths again.
            self.columns.fit()
        if settings.value("projects/view") == "board":
            self.view_choice.setCurrentIndex(1)
