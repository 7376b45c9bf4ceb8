"""The Investors page: a table that opens instantly on 100,000 rows, filters, and the investor editor.

The table model holds only the rows fetched so far and asks the service for the next keyset page
when the view scrolls near the end (`canFetchMore`/`fetchMore`). Sorting and filtering are new
queries, never a proxy over loaded rows, so the cost of a page does not grow with the table.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kotra_invest import formatting
from kotra_invest.briefing.lists import investor_pages
from kotra_invest.catalog import with_args
from kotra_invest.domain.cities import cities_of
from kotra_invest.domain.enums import CompanySize
from kotra_invest.domain.errors import DomainError, NotFound
from kotra_invest.services import duplicates, history, investors, officers, owners, records, reference
from kotra_invest.services.duplicates import Match
from kotra_invest.services.investor_sites import SiteDraft, listed_city
from kotra_invest.services.investors import get_investor
from kotra_invest.services.read_models import Cursor, InvestorFilter, InvestorRow, ReferenceItem
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui.conflict import Choice, ConflictDialog
from kotra_invest.ui.fitting import whole_choice
from kotra_invest.ui.forms import (
    FormDialog,
    confirm,
    line_text,
    plain_text,
    reference_combo,
    set_combo_data,
    show_failure,
)
from kotra_invest.ui.list_export import ListSource, model_source
from kotra_invest.ui.merge import guard_duplicates, merge_with_undo
from kotra_invest.ui.page import Page
from kotra_invest.ui.undo import Changed, ServiceCommand, VersionedEdit, perform

PAGE_SIZE = 200

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """How one column reads: its header, its text, and the SQL sort it maps to (None: not sortable)."""

    header: str
    text: Callable[[InvestorRow, str], str]
    sort: str | None = None
    value: Callable[[InvestorRow], Any] | None = None  # the typed value an export writes (default: the text)


def _bare_site(url: str | None) -> str:
    """'acme.de' for 'https://www.acme.de/': the part that tells companies apart fits the column."""
    if not url:
        return ""
    bare = url.split("://", 1)[-1].removeprefix("www.")
    return bare.rstrip("/")


def _columns() -> list[Column]:
    # translate() with the context spelled out: a `tr` handed in as an argument is invisible to
    # lupdate, which filed these headers under no context — they stayed English in the Korean UI.
    return [
        Column(QCoreApplication.translate("InvestorTableModel", "Name"), lambda r, _l: r.name, "name"),
        Column(QCoreApplication.translate("InvestorTableModel", "Korean name"), lambda r, _l: r.name_ko or ""),
        Column(QCoreApplication.translate("InvestorTableModel", "Country"), lambda r, _l: r.country or ""),
        Column(QCoreApplication.translate("InvestorTableModel", "Industry"), lambda r, _l: r.industry or ""),
        Column(QCoreApplication.translate("InvestorTableModel", "Owner"), lambda r, _l: r.owner or ""),
        Column(QCoreApplication.translate("InvestorTableModel", "Website"), lambda r, _l: _bare_site(r.website)),
        Column(
            QCoreApplication.translate("InvestorTableModel", "Updated"),
            lambda r, lang: formatting.moment_day(r.updated_at, lang),  # the time of day is in the tooltip
            "updated",
            lambda r: r.updated_at,
        ),
    ]


UPDATED_COLUMN = 6  # the day of the last change; its tooltip has the time


class InvestorTableModel(QAbstractTableModel):
    """Investors, fetched page by page from the service as the view scrolls."""

    sig_loaded = Signal()
    """A page arrived (the row count changed)."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.columns = _columns()
        self._rows: list[InvestorRow] = []
        self._next: Cursor | None = None
        self._exhausted = True
        self.filters = InvestorFilter()
        self.sort_key = "name"
        self.descending = False

    # --- what the view asks ------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[index.column()].text(row, self._ctx.lang)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0 and row.name_ko:
            return f"{row.name}\n{row.name_ko}"
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == UPDATED_COLUMN:
            return formatting.moment(row.updated_at, self._ctx.lang) or None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        # Reads nothing but the index: select-all on a huge table must not touch the rows.
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        page = investors.list_investors(
            self._ctx, self.filters, sort=self.sort_key, descending=self.descending, after=self._next, limit=PAGE_SIZE
        )
        if page.rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self._next = page.next
        self._exhausted = page.next is None
        self.sig_loaded.emit()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column].sort
        if key is None:  # only what SQL can sort on an index; the others keep the current order
            return
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    # --- what the page does -----------------------------------------------------------

    def reload(self, filters: InvestorFilter | None = None) -> None:
        """Start again from the first page (after a filter, a sort or a save)."""
        if filters is not None:
            self.filters = filters
        # The first page is read before the reset, so views never see rows arrive mid-reset.
        page = investors.list_investors(
            self._ctx, self.filters, sort=self.sort_key, descending=self.descending, limit=PAGE_SIZE
        )
        self.beginResetModel()
        self._rows = list(page.rows)
        self._next = page.next
        self._exhausted = page.next is None
        self.endResetModel()
        self.sig_loaded.emit()

    def row_at(self, row: int) -> InvestorRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, investor_id: uuid.UUID) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == investor_id), -1)

    @property
    def complete(self) -> bool:
        return self._exhausted


class InvestorEditor(FormDialog):
    """New investor or edit one; required fields marked; the service's messages next to the field."""

    def __init__(
        self,
        ctx: Context,
        choices: dict[str, list[ReferenceItem]],
        draft: investors.InvestorDraft | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("New investor") if draft is None else self.tr("Edit investor")
        super().__init__(title, ctx.lang, parent)
        lang = ctx.lang
        self.name = self.line("name", self.tr("Company name"), required=True, max_length=200)
        self.name_ko = self.line("name_ko", self.tr("Korean name"), max_length=200)
        self.country = self.add_field(
            "country", self.tr("Country (ultimate parent)"), reference_combo(choices["country"], lang, parent=self)
        )
        # The official statistics count by the direct investor's nationality; a holding abroad
        # makes it differ from the parent's.
        self.direct_country = self.add_field(
            "direct_country",
            self.tr("Country (direct investor)"),
            reference_combo(choices["country"], lang, empty=self.tr("Same as the parent's"), parent=self),
        )
        self.industry = self.add_field(
            "industry", self.tr("Industry"), reference_combo(choices["industry"], lang, parent=self)
        )
        self.size = QComboBox(self)
        self.size.addItem("—", None)
        for size in CompanySize:
            self.size.addItem(size.label(lang), size)
        self.add_field("size", self.tr("Company size"), self.size)
        self.website = self.line("website", self.tr("Website"), max_length=255)
        self.tags = self.line("tags", self.tr("Tags (comma separated)"))
        self.hq_city = self.line("hq_city", self.tr("HQ city"), max_length=120)
        self.hq_city.setPlaceholderText(self.tr("a city of the country's list, or as written"))
        self.in_korea = self.check("in_korea", self.tr("Already operates in Korea"))
        self.sites = self.add_field("korean_sites", self.tr("Korean sites"), _site_list(choices, lang, self))
        self.notes = self.text_area("notes", self.tr("Notes"))
        self.owner_login: str | None = None
        assert isinstance(self.country, QComboBox) and isinstance(self.industry, QComboBox)
        # The HQ city offers the country's listed cities (either language); others are kept as typed.
        self.country.currentIndexChanged.connect(self._offer_cities)
        self._offer_cities()
        if draft is not None:
            self.load(draft)
        self.resize(520, 520)

    def load(self, draft: investors.InvestorDraft) -> None:
        assert isinstance(self.country, QComboBox) and isinstance(self.industry, QComboBox)
        self.name.setText(draft.name)
        self.name_ko.setText(draft.name_ko or "")
        set_combo_data(self.country, draft.country_code)
        assert isinstance(self.direct_country, QComboBox)
        set_combo_data(self.direct_country, draft.direct_country_code)
        set_combo_data(self.industry, draft.industry_code)
        set_combo_data(self.size, draft.size)
        self.website.setText(draft.website or "")
        self.tags.setText(", ".join(draft.tags))
        self.in_korea.setChecked(draft.in_korea)
        self.notes.setPlainText(draft.notes or "")
        self.owner_login = draft.owner_login
        city = listed_city(draft.country_code, draft.hq_city)
        self.hq_city.setText(city.name(self.lang) if city else (draft.hq_city or ""))
        assert isinstance(self.sites, QListWidget)
        for row in range(self.sites.count()):
            item = self.sites.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in draft.sites
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _offer_cities(self) -> None:
        assert isinstance(self.country, QComboBox)
        code = self.country.currentData()
        names = [name for c in cities_of(code) for name in (c.name(self.lang), c.name_en)] if code else []
        completer = QCompleter(list(dict.fromkeys(names)), self.hq_city)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.hq_city.setCompleter(completer)

    def chosen_sites(self) -> tuple[SiteDraft, ...]:
        assert isinstance(self.sites, QListWidget)
        items = (self.sites.item(row) for row in range(self.sites.count()))
        return tuple(i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked)

    def draft(self) -> investors.InvestorDraft:
        assert isinstance(self.country, QComboBox) and isinstance(self.industry, QComboBox)
        return investors.InvestorDraft(
            name=self.name.text().strip(),
            name_ko=line_text(self.name_ko),
            country_code=self.country.currentData(),
            direct_country_code=self.direct_country.currentData(),
            industry_code=self.industry.currentData(),
            size=self.size.currentData(),
            website=line_text(self.website),
            owner_login=self.owner_login,
            tags=tuple(t.strip() for t in self.tags.text().split(",") if t.strip()),
            in_korea=self.in_korea.isChecked(),
            notes=plain_text(self.notes),
            hq_city=line_text(self.hq_city),
            sites=self.chosen_sites(),
        )

    def as_texts(self, draft: investors.InvestorDraft) -> dict[str, str]:
        """Each field as the conflict dialog shows it."""
        return {
            "name": draft.name,
            "name_ko": draft.name_ko or "",
            "country": draft.country_code or "",
            "direct_country": draft.direct_country_code or "",
            "industry": draft.industry_code or "",
            "size": draft.size.label(self.lang) if draft.size else "",
            "website": draft.website or "",
            "tags": ", ".join(draft.tags),
            "in_korea": "✓" if draft.in_korea else "",
            "notes": draft.notes or "",
            "hq_city": draft.hq_city or "",
            "korean_sites": ", ".join(s.province_code + (f":{s.fez_code}" if s.fez_code else "") for s in draft.sites),
        }


class InvestorActions:
    """New / edit / delete an investor, with undo, shared by the list and the investor page."""

    def __init__(
        self,
        ctx: Context,
        undo_stack: QUndoStack,
        parent: QWidget,
        on_change: Callable[[Changed], None],
        open_investor: Callable[[uuid.UUID], object] | None = None,
    ) -> None:
        self.ctx = ctx
        self.undo_stack = undo_stack
        self.parent = parent
        self.on_change = on_change  # told what changed: the page or window, and the other windows, follow
        self.open_investor = open_investor  # "open the existing one" of the duplicate warning
        self._choices: dict[str, list[ReferenceItem]] | None = None

    def _guard(self, editor: InvestorEditor, investor_id: uuid.UUID | None) -> None:
        def check() -> Match | None:
            draft = editor.draft()
            return duplicates.investor_duplicate(
                self.ctx, draft.name, name_ko=draft.name_ko, website=draft.website, exclude=investor_id
            )

        guard_duplicates(editor, "investor", check, self.open_investor)

    def choices(self) -> dict[str, list[ReferenceItem]]:
        if self._choices is None:
            self._choices = {
                "country": reference.list_reference(self.ctx, "countries"),
                "industry": reference.list_reference(self.ctx, "industries"),
                "province": reference.list_reference(self.ctx, "provinces"),
                "fez": reference.list_reference(self.ctx, "fezs"),
            }
        return self._choices

    def _report(self, exc: Exception) -> None:
        show_failure(self.parent, exc, self.ctx.lang)

    def create(self) -> InvestorEditor:
        editor = InvestorEditor(self.ctx, self.choices(), parent=self.parent)
        editor.owner_login = self.ctx.actor

        def build() -> Callable[[], object]:
            draft = editor.draft()
            return lambda: investors.create_investor(self.ctx, draft)

        editor.set_save(build)
        self._guard(editor, None)

        def saved(new_id: object) -> None:
            assert isinstance(new_id, uuid.UUID)
            draft = editor.draft()
            created = {"id": new_id}

            def redo() -> None:  # redo of a create undone by a delete: bring the same record back
                records.restore(self.ctx, investors.INVESTOR, created["id"])

            def undo() -> None:
                records.delete(self.ctx, investors.INVESTOR, created["id"])

            text = QCoreApplication.translate("InvestorActions", "New investor %1").replace("%1", draft.name)
            changed = Changed(investors.INVESTOR.entity, (new_id,))
            self.undo_stack.push(
                ServiceCommand(
                    text, redo, undo, on_change=lambda: self.on_change(changed), on_error=lambda exc: self._report(exc)
                )
            )
            self.on_change(changed)

        editor.sig_saved.connect(saved)
        editor.open()
        return editor

    def edit(self, investor_id: uuid.UUID) -> InvestorEditor | None:
        try:
            before, version = get_investor(self.ctx, investor_id)
        except DomainError as exc:
            self._report(exc)
            return None
        editor = InvestorEditor(self.ctx, self.choices(), before, parent=self.parent)
        # When the user read the record: whoever saved it after that is named in a conflict.
        state: dict[str, Any] = {"version": version, "before": before, "read_at": datetime.now(UTC)}

        def build() -> Callable[[], object]:
            draft = editor.draft()
            base = state["version"]
            return lambda: investors.update_investor(self.ctx, investor_id, base, draft)

        editor.set_save(build)

        def conflict() -> None:
            mine = editor.draft()
            try:
                theirs, fresh_version = get_investor(self.ctx, investor_id)
            except DomainError as exc:
                editor.show_error(exc)
                return
            try:
                since = history.changes_since(self.ctx, "investor", investor_id, state["read_at"])
            except DomainError:
                since = []  # who it was is a courtesy: the dialog works without it
            changed_by = ", ".join(dict.fromkeys(change.who for change in since)) or None
            dialog = ConflictDialog(
                editor.as_texts(mine),
                editor.as_texts(theirs),
                _field_labels(editor),
                changed_by,
                editor,
            )
            read_at = datetime.now(UTC)
            dialog.exec()
            if dialog.choice in (Choice.RELOAD, Choice.COPY):
                state.update(version=fresh_version, before=theirs, read_at=read_at)
                editor.load(theirs)
            elif dialog.choice is Choice.OVERWRITE:
                state.update(version=fresh_version, before=theirs, read_at=read_at)
                editor.save()

        editor.on_conflict = conflict
        self._guard(editor, investor_id)

        def saved(new_version: object) -> None:
            assert isinstance(new_version, int)
            after = editor.draft()

            def save(version: int, draft: object) -> int:
                assert isinstance(draft, investors.InvestorDraft)
                return investors.update_investor(self.ctx, investor_id, version, draft)

            edit = VersionedEdit(save, state["before"], after, new_version)
            text = QCoreApplication.translate("InvestorActions", "Edit investor %1").replace("%1", after.name)
            changed = Changed(investors.INVESTOR.entity, (investor_id,))
            self.undo_stack.push(
                ServiceCommand(
                    text,
                    edit.redo,
                    edit.undo,
                    on_change=lambda: self.on_change(changed),
                    on_error=lambda exc: self._report(exc),
                )
            )
            self.on_change(changed)

        editor.sig_saved.connect(saved)
        editor.open()
        return editor

    def delete(self, row: InvestorRow, *, ask: bool = True) -> bool:
        question = with_args(
            QCoreApplication.translate("InvestorActions", "Delete investor %1? You can undo this (Ctrl+Z)."), row.name
        )
        if ask and not confirm(self.parent, QCoreApplication.translate("InvestorActions", "Delete investor"), question):
            return False
        try:
            records.delete(self.ctx, investors.INVESTOR, row.id, row.version)
        except DomainError as exc:
            self._report(exc)
            if isinstance(exc, NotFound):  # deleted meanwhile (another window, another officer): its row goes
                self.on_change(Changed(investors.INVESTOR.entity, (row.id,)))
            return False
        text = QCoreApplication.translate("InvestorActions", "Delete investor %1").replace("%1", row.name)
        # Other windows' lists hold the deleted investor's records and papers.
        changed = Changed(investors.INVESTOR.entity, (row.id,))
        self.undo_stack.push(
            ServiceCommand(
                text,
                lambda: records.delete(self.ctx, investors.INVESTOR, row.id),
                lambda: records.restore(self.ctx, investors.INVESTOR, row.id),
                on_change=lambda: self.on_change(changed),
                on_error=lambda exc: self._report(exc),
            )
        )
        self.on_change(changed)
        return True


class OwnerDialog(QDialog):
    """Pick the officer who takes over the selected investors."""

    def __init__(self, ctx: Context, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change owner"))
        self.officer = QComboBox(self)
        self.officer.setObjectName("owner_choice")
        self.officer.addItem(self.tr("(nobody)"), None)
        for officer in officers.list_officers(ctx):
            self.officer.addItem(f"{officer.name} ({officer.login})", officer.login)
        set_combo_data(self.officer, ctx.actor)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("New owner of %1 investors:").replace("%1", str(count)), self))
        layout.addWidget(self.officer)
        layout.addWidget(buttons)


def change_owner_with_undo(
    ctx: Context,
    undo_stack: QUndoStack,
    parent: QWidget,
    ids: list[uuid.UUID],
    on_change: Callable[[Changed], None],
) -> OwnerDialog | None:
    """Ask for the new owner of `ids`, then hand them over in one undoable action."""
    if not ids:
        return None
    dialog = OwnerDialog(ctx, len(ids), parent)

    def finished(result: int) -> None:
        if result != QDialog.DialogCode.Accepted:
            return
        login = dialog.officer.currentData()
        previous: dict[uuid.UUID, str | None] = {}

        def do() -> None:
            previous.clear()
            previous.update(owners.change_owner(ctx, ids, login))

        text = QCoreApplication.translate("InvestorActions", "Change owner of %1 investors").replace(
            "%1", str(len(ids))
        )
        perform(
            undo_stack,
            text,
            do,
            lambda: owners.restore_owners(ctx, dict(previous)),
            on_change=lambda: on_change(Changed(investors.INVESTOR.entity, tuple(ids))),
            on_error=lambda exc: show_failure(parent, exc, ctx.lang),
        )

    dialog.finished.connect(finished)
    dialog.open()
    return dialog


def _site_list(choices: dict[str, list[ReferenceItem]], lang: str, parent: QWidget) -> QListWidget:
    """Every province, and every FEZ in each of its provinces, to tick where the investor already is."""
    widget = QListWidget(parent)
    widget.setMinimumHeight(110)
    provinces = {p.code: p for p in choices.get("province", [])}

    def name(item: ReferenceItem) -> str:
        return item.name_ko if lang == "ko" else item.name_en

    entries = [(name(p), SiteDraft(p.code)) for p in provinces.values()]
    for fez in choices.get("fez", []):
        entries += [
            (f"{name(provinces[code])} ({name(fez)})", SiteDraft(code, fez.code))
            for code in fez.parents
            if code in provinces
        ]
    for text, site in entries:
        item = QListWidgetItem(text, widget)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        item.setData(Qt.ItemDataRole.UserRole, site)
    return widget


def _field_labels(editor: FormDialog) -> dict[str, str]:
    labels = {}
    for key, widget in editor.fields.items():
        buddy_label = editor._form.labelForField(widget.parentWidget())
        text = buddy_label.text() if isinstance(buddy_label, QLabel) else key
        labels[key] = text.rstrip(" *")
    return labels


class InvestorsPage(Page):
    """Filters above, the table below; Enter opens, Ctrl+N adds, Delete deletes (with undo)."""

    sig_open_investor = Signal(object)
    """The user wants the investor's page (its id)."""

    def __init__(self, ctx: Context, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = InvestorTableModel(ctx, self)
        self.undo_stack = undo_stack
        self.actions = InvestorActions(ctx, undo_stack, self, self.changed, open_investor=self.sig_open_investor.emit)
        lang = ctx.lang

        self.text = QLineEdit(self)
        self.text.setObjectName("investor_filter_text")
        self.text.setPlaceholderText(self.tr("Filter by name, website, tag or note…"))
        self.text.setClearButtonEnabled(True)
        self.filters: dict[str, QComboBox] = {}
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.text, 2)
        for kind, table, label in (
            ("region", "regions", self.tr("All regions")),
            ("province", "provinces", self.tr("All provinces")),
            ("industry", "industries", self.tr("All industries")),
            ("country", "countries", self.tr("All countries")),
            ("stage", "stages", self.tr("All stages")),
        ):
            combo = reference_combo(reference.list_reference(ctx, table), lang, empty=label, parent=self)
            combo.setObjectName(f"filter_{kind}")
            combo.setAccessibleName(label)
            combo.currentIndexChanged.connect(self._filters_changed)
            self.filters[kind] = combo
            filter_row.addWidget(combo, 1)
        self.mine = QComboBox(self)
        for combo in (*self.filters.values(), self.mine):
            # Sized by the row, not by its longest entry (the open list still shows them whole), as
            # on the projects page: at 1280 px the regions' names left the text filter "Filter by …".
            combo.setMinimumContentsLength(6)
        self.mine.setObjectName("filter_owner")
        self.mine.addItem(self.tr("All owners"), None)
        self.mine.addItem(self.tr("Mine"), ctx.actor)
        for combo in (*self.filters.values(), self.mine):
            whole_choice(combo)  # but never narrower than its choice, cut mid-letter with no "…"
        self.mine.currentIndexChanged.connect(self._filters_changed)
        filter_row.addWidget(self.mine, 1)

        self.table = QTableView(self)
        self.table.setObjectName("investor_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows: to hand them to another owner, or two to merge.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        for column, width in enumerate((240, 160, 110, 150, 100, 180, 130)):
            self.table.setColumnWidth(column, width)

        self.count = QLabel(self)
        new = QPushButton(self.tr("&New investor"), self)
        new.setObjectName("new_investor")
        new.clicked.connect(self.actions.create)
        edit = QPushButton(self.tr("&Edit"), self)
        edit.clicked.connect(self.edit_selected)
        delete = QPushButton(self.tr("&Delete"), self)
        delete.clicked.connect(self.delete_selected)
        owner = QPushButton(self.tr("Change &owner…"), self)
        owner.setObjectName("change_owner")
        owner.clicked.connect(self.change_owner_of_selected)
        merge = QPushButton(self.tr("&Merge two…"), self)
        merge.setObjectName("merge_investors")
        merge.clicked.connect(self.merge_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addWidget(edit)
        buttons.addWidget(delete)
        buttons.addWidget(owner)
        buttons.addWidget(merge)
        buttons.addStretch(1)
        buttons.addWidget(self.count)

        layout = QVBoxLayout(self)
        layout.addLayout(filter_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        QShortcut(QKeySequence.StandardKey.New, self, activated=self.actions.create)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, activated=self.delete_selected)
        QShortcut(
            QKeySequence(Qt.Key.Key_Return),
            self.table,
            activated=lambda: self._open_row(self.table.currentIndex().row()),
        )
        QShortcut(QKeySequence(Qt.Key.Key_F2), self.table, activated=self.edit_selected)

        # Typing pauses briefly before searching: a query per keystroke is wasted on a fast typist.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self._filters_changed)
        self.text.textChanged.connect(self._debounce.start)
        self.model.sig_loaded.connect(self._show_count)
        self.model.modelReset.connect(self._show_count)
        self.setTabOrder(self.text, self.table)
        self.refresh()

    def current_filter(self) -> InvestorFilter:
        text = self.text.text().strip()
        ids = None
        if text:
            ids = tuple(row.id for row in investors.search_investors(self.ctx, text, limit=1000))
        return InvestorFilter(
            country_code=self.filters["country"].currentData(),
            industry_code=self.filters["industry"].currentData(),
            region_code=self.filters["region"].currentData(),
            stage_code=self.filters["stage"].currentData(),
            province_code=self.filters["province"].currentData(),
            owner_login=self.mine.currentData(),
            ids=ids,
        )

    def set_province(self, code: str | None) -> None:
        """Show only investors with a project in the province (a tile clicked on the dashboard's map)."""
        combo = self.filters["province"]
        combo.setCurrentIndex(max(combo.findData(code), 0))  # reloads through _filters_changed

    def _filters_changed(self) -> None:
        try:
            self.model.reload(self.current_filter())
        except DomainError as exc:
            show_failure(self, exc, self.ctx.lang)

    def refresh(self) -> None:
        """Reload from the first page, keeping the selected investor selected if still listed."""
        selected = self.selected_row()
        try:
            self.model.reload(self.current_filter())
        except DomainError as exc:
            show_failure(self, exc, self.ctx.lang)
            return
        if selected is not None:
            self.select_investor(selected.id)

    def select_investor(self, investor_id: uuid.UUID) -> bool:
        row = self.model.row_of(investor_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def selected_row(self) -> InvestorRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def selected_ids(self) -> list[uuid.UUID]:
        """The selected investors, in table order."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        found = [self.model.row_at(r) for r in rows]
        return [row.id for row in found if row is not None]

    def change_owner_of_selected(self) -> OwnerDialog | None:
        return change_owner_with_undo(self.ctx, self.undo_stack, self, self.selected_ids(), self.changed)

    def merge_selected(self) -> QWidget | None:
        """Merge the two selected investors: the first selected stays unless the user swaps."""
        ids = self.selected_ids()
        if len(ids) != 2:
            QMessageBox.information(self, self.tr("Merge investors"), self.tr("Select exactly two investors to merge."))
            return None
        current = self.selected_row()
        keep = current.id if current is not None and current.id in ids else ids[0]
        drop = ids[1] if keep == ids[0] else ids[0]
        both = Changed(investors.INVESTOR.entity, (keep, drop))
        # The merge, its undo or redo: open windows follow (the survivor's Documents tab, the loser's papers).
        return merge_with_undo(self.ctx, self.undo_stack, self, "investor", keep, drop, lambda: self.changed(both))

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.actions.edit(row.id)

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.actions.delete(row)

    def _open_row(self, row: int) -> None:
        found = self.model.row_at(row)
        if found is not None:
            self.sig_open_investor.emit(found.id)

    def _show_count(self) -> None:
        shown = self.model.rowCount()
        more = "" if self.model.complete else "+"
        self.count.setText(self.tr("%1 investors").replace("%1", f"{shown:,}{more}"))

    def export_source(self) -> ListSource:
        """The list as shown, for Export to Excel and Print: same filter, same sort, all pages."""
        model = self.model

        def pages() -> Iterator[InvestorRow]:
            return investor_pages(self.ctx, model.filters, sort=model.sort_key, descending=model.descending)

        def value(row: InvestorRow, column: int) -> Any:
            spec = model.columns[column]
            return spec.value(row) if spec.value is not None else spec.text(row, self.ctx.lang)

        return model_source(self.tr("Investors"), self.table, pages, value, "investors")

    def save_layout(self, settings: QSettings) -> None:
        settings.setValue("investors/header", self.table.horizontalHeader().saveState())

    def restore_layout(self, settings: QSettings) -> None:
        state = settings.value("investors/header")
        if state is not None:
            self.table.horizontalHeader().restoreState(state)
