"""Mission packs on the desktop: take a delegation abroad, open the pack there, bring it back home.

Bringing it back is two steps the user can see: the plan (what would come in, and the conflicts,
changing nothing), then — after every conflict has an answer — the merge itself, one transaction.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kotra_invest import formatting
from kotra_invest.catalog import msg
from kotra_invest.config import sqlite_url
from kotra_invest.domain.errors import DomainError
from kotra_invest.domain.kinds import record_kind
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui import background
from kotra_invest.ui.save_as import ask_save_path

PACK_FILTER = "kotra-invest mission pack (*.kipack);;All files (*)"


def _text(value: Any) -> str:
    if value is None:
        return "—"
    return str(value)


class PassphraseDialog(QDialog):
    """A passphrase for a new pack (typed twice), or blank for none."""

    def __init__(self, parent: QWidget | None = None, documents: tuple[int, int] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Protect the mission pack"))
        # The records' documents can make a pack large: the leader sees how large, and may leave them out.
        self.with_documents = QCheckBox(self)
        self.with_documents.setObjectName("with_documents")
        count, size = documents or (0, 0)
        self.with_documents.setText(
            self.tr("Include the records' documents (%1 file(s), %2 MB)")
            .replace("%1", str(count))
            .replace("%2", f"{size / (1024 * 1024):.1f}")
        )
        self.with_documents.setChecked(True)
        self.with_documents.setVisible(count > 0)
        self.first = QLineEdit(self)
        self.first.setObjectName("passphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit(self)
        self.second.setObjectName("passphrase_again")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b3261e;")
        form = QFormLayout(self)
        note = QLabel(
            self.tr("A laptop abroad can be lost. With a passphrase the pack is encrypted; leave it blank for none."),
            self,
        )
        note.setWordWrap(True)
        form.addRow(note)
        form.addRow(self.tr("Passphrase"), self.first)
        form.addRow(self.tr("Again"), self.second)
        form.addRow(self.with_documents)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _check(self) -> None:
        if self.first.text() != self.second.text():
            self.error.setText(self.tr("The two passphrases differ."))
            return
        self.accept()

    def passphrase(self) -> str | None:
        return self.first.text() or None


def take_on_mission(
    parent: QWidget,
    ctx: Context,
    delegation_id: uuid.UUID,
    title: str,
    target: Path | None = None,
    passphrase: str | None = None,
    with_documents: bool = True,
) -> background.Job | None:
    """Export the delegation's pack (asking why, where and for a passphrase unless given)."""
    from kotra_invest.ui.access_reason import with_reason

    reasoned = with_reason(parent, ctx, "mission_pack")
    if reasoned is None:
        return None
    ctx = reasoned
    if target is None:
        safe = "".join(ch if ch.isalnum() else "-" for ch in title)[:40].strip("-") or "mission"
        chosen = ask_save_path(
            parent,
            QCoreApplication.translate("Mission", "Take on mission"),
            Path.home() / f"{safe}.kipack",
            PACK_FILTER,
            ".kipack",
        )
        if chosen is None:
            return None
        from kotra_invest.sync.pack import documents_size

        try:
            carried = documents_size(ctx, delegation_id)
        except DomainError:
            carried = None
        dialog = PassphraseDialog(parent, carried)
        if not dialog.exec():
            return None
        target, passphrase = chosen, dialog.passphrase()
        with_documents = dialog.with_documents.isChecked()

    def work(progress: background.Progress, cancel: Any) -> object:
        from kotra_invest.sync.pack import export_pack

        return export_pack(
            ctx,
            delegation_id,
            target,
            passphrase=passphrase,
            progress=progress,
            cancel=cancel,
            with_documents=with_documents,
        )

    def done(info: object) -> None:
        QMessageBox.information(
            parent,
            "kotra-invest",
            QCoreApplication.translate(
                "Mission", "The mission pack is ready: %1\nOpen it on the laptop with File > Open mission pack."
            ).replace("%1", str(target)),
        )

    return background.start_with_progress(
        parent,
        QCoreApplication.translate("Mission", "Writing the mission pack…"),
        work,
        on_done=done,
        on_error=lambda exc: QMessageBox.warning(parent, "kotra-invest", background.error_text(exc, ctx.lang)),
    )


def ask_pack(parent: QWidget, title: str) -> tuple[Path, str | None] | None:
    """Which pack file, and its passphrase if it has one (blank: none)."""
    chosen, _f = QFileDialog.getOpenFileName(parent, title, str(Path.home()), PACK_FILTER)
    if not chosen:
        return None
    passphrase, ok = QInputDialog.getText(
        parent,
        title,
        QCoreApplication.translate("Mission", "Passphrase (leave blank if the pack has none):"),
        QLineEdit.EchoMode.Password,
    )
    if not ok:
        return None
    return Path(chosen), passphrase or None


def open_pack_database(path: Path, passphrase: str | None, lang: str, actor: str) -> Context:
    """A context on the pack itself: abroad, the pack is the database. One that is not there (moved
    or deleted since it was chosen) is said so; an empty database is never made in its place."""
    from kotra_invest.services.database import connect

    try:
        db = connect(sqlite_url(path), passphrase=passphrase, create=False)
    except DomainError as exc:
        if exc.code == "no_database":  # its sentence says how to make one; a pack is cut at home
            raise DomainError("pack_not_found", path=str(path)) from exc
        raise
    return Context(db=db, actor=actor, source="desktop", lang=lang)


def pack_banner(ctx: Context) -> str | None:
    """ "Mission pack: X — cut from Y on DATE" when the open database is a pack."""
    from kotra_invest.sync.pack import pack_info

    try:
        info = pack_info(ctx)
    except DomainError:
        return None
    if info is None:
        return None
    return msg("ui.mission", "Mission pack: {t} — cut from {s} on {d} (bring it back home to merge)").text(
        ctx.lang, t=info.delegation_title, s=info.source, d=formatting.moment(info.cut_at, ctx.lang)
    )


def _plan_rows(plan: Any, lang: str) -> list[tuple[str, str, str, str, str, str]]:
    """Every row the merge dialog lists after the conflicts: kind, record, field, home, pack, why."""
    rows: list[tuple[str, str, str, str, str, str]] = []
    kinds = {
        "refused": QCoreApplication.translate("Mission", "Refused"),
        "already_home": QCoreApplication.translate("Mission", "Already home"),
        "erased": QCoreApplication.translate("Mission", "Erased, not restored"),
    }
    for held in (*plan.refused, *plan.already_home, *plan.erased):
        rows.append(
            (
                kinds[held.kind],
                held.label,
                held.field or "",
                _text(held.home) if held.field else "",
                _text(held.pack) if held.field else "",
                held.reason(lang),
            )
        )
    for twin in plan.twins:
        rows.append(
            (
                QCoreApplication.translate("Mission", "Same record twice?"),
                twin.pack_label,
                "",
                f"{twin.home_label}\n{twin.home_id}",
                f"{twin.pack_label}\n{twin.pack_id}",
                twin.reason(lang),
            )
        )
    for change in plan.inserts:
        rows.append(
            (QCoreApplication.translate("Mission", "New"), change.label, record_kind(change.entity, lang), "", "", "")
        )
    for change in plan.updates:
        rows.append(
            (
                QCoreApplication.translate("Mission", "Changed"),
                change.label,
                change.field or "",
                _text(change.home),
                _text(change.pack),
                "",
            )
        )
    return rows


def _report_rows(report: dict[str, Any], lang: str) -> list[tuple[str, str, str, str, str, str]]:
    """A kept report's rows, conflicts first, in the dialog's columns."""
    reason = "reason_ko" if lang == "ko" else "reason"
    items = report["items"]
    choices = {
        "home": QCoreApplication.translate("Mission", "Keep home"),
        "pack": QCoreApplication.translate("Mission", "Keep pack"),
        "edit": QCoreApplication.translate("Mission", "Edit"),
        None: "—",
    }
    rows = [
        (
            QCoreApplication.translate("Mission", "Conflict"),
            c["label"],
            c["field"],
            _text(c["home"]),
            _text(c["pack"]),
            choices.get(c["choice"], "—") + (f": {c['value']}" if c["choice"] == "edit" else ""),
        )
        for c in items["conflict"]
    ]
    kinds = {
        "refused": QCoreApplication.translate("Mission", "Refused"),
        "already_home": QCoreApplication.translate("Mission", "Already home"),
        "erased": QCoreApplication.translate("Mission", "Erased, not restored"),
    }
    for kind, label in kinds.items():
        for h in items[kind]:
            rows.append(
                (
                    label,
                    h["label"],
                    h["field"] or "",
                    _text(h["home"]) if h["field"] else "",
                    _text(h["pack"]) if h["field"] else "",
                    h[reason],
                )
            )
    for t in items["twin"]:
        rows.append(
            (
                QCoreApplication.translate("Mission", "Same record twice?"),
                t["pack_label"],
                "",
                f"{t['home_label']}\n{t['home_id']}",
                f"{t['pack_label']}\n{t['record_id']}",
                t[reason],
            )
        )
    for c in items["insert"]:
        rows.append(
            (QCoreApplication.translate("Mission", "New"), c["label"], record_kind(c["entity"], lang), "", "", "")
        )
    for c in items["update"]:
        rows.append(
            (
                QCoreApplication.translate("Mission", "Changed"),
                c["label"],
                c["field"] or "",
                _text(c["home"]),
                _text(c["pack"]),
                "",
            )
        )
    return rows


def _read_only(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def _change_table(parent: QWidget, rows: int) -> QTableWidget:
    table = QTableWidget(rows, 7, parent)
    table.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("Mission", "What"),
            QCoreApplication.translate("Mission", "Record"),
            QCoreApplication.translate("Mission", "Field"),
            QCoreApplication.translate("Mission", "At home"),
            QCoreApplication.translate("Mission", "In the pack"),
            QCoreApplication.translate("Mission", "Keep"),
            QCoreApplication.translate("Mission", "Edited value / why"),
        ]
    )
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    for column, width in ((0, 110), (1, 170), (2, 100), (3, 190), (4, 190), (5, 130)):
        table.setColumnWidth(column, width)
    return table


class MergeDialog(QDialog):
    """Everything the pack brings in — conflicts first, each with an answer (keep home, keep pack,
    or edit) — then what was refused or is already home, possible duplicates, and every new
    record and changed field, so nothing merges unseen."""

    def __init__(self, plan: Any, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Bring back mission: %1").replace("%1", plan.info.delegation_title))
        layout = QVBoxLayout(self)
        if plan.already_merged:
            summary = self.tr("This pack has been merged already; there is nothing new in it.")
        elif plan.superseded:
            summary = self.tr(
                "This is an older copy of a pack whose later state has been merged already; "
                "there is nothing to merge and nothing will be changed."
            )
        else:
            summary = (
                self.tr("New records: %1 · changed fields: %2 · conflicts: %3")
                .replace("%1", str(len(plan.inserts)))
                .replace("%2", str(len(plan.updates)))
                .replace("%3", str(len(plan.conflicts)))
            )
            if plan.refused or plan.already_home or plan.erased or plan.twins:
                summary += "\n" + (
                    self.tr("Refused: %1 · already home: %2 · erased, not restored: %3 · possible duplicates: %4")
                    .replace("%1", str(len(plan.refused)))
                    .replace("%2", str(len(plan.already_home)))
                    .replace("%3", str(len(plan.erased)))
                    .replace("%4", str(len(plan.twins)))
                )
        self.summary = QLabel(summary, self)
        self.summary.setObjectName("merge_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        others = [] if plan.already_merged else _plan_rows(plan, lang)
        self.table = _change_table(self, len(plan.conflicts) + len(others))
        self.table.setObjectName("changes")
        self.choices: list[QComboBox] = []
        self.values: list[QLineEdit] = []
        for row, conflict in enumerate(plan.conflicts):
            home = (
                _text(conflict.home) if conflict.kind == "edit" or conflict.home is not None else self.tr("(deleted)")
            )
            pack = (
                _text(conflict.pack) if conflict.kind == "edit" or conflict.pack is not None else self.tr("(deleted)")
            )
            who_home = f"{conflict.home_by or '?'} · {formatting.moment(conflict.home_at, lang)}"
            who_pack = f"{conflict.pack_by or '?'} · {formatting.moment(conflict.pack_at, lang)}"
            cells = [self.tr("Conflict"), conflict.label, conflict.field, f"{home}\n{who_home}", f"{pack}\n{who_pack}"]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, _read_only(text))
            choice = QComboBox(self.table)
            choice.addItem(self.tr("— choose —"), None)
            choice.addItem(self.tr("Keep home"), "home")
            choice.addItem(self.tr("Keep pack"), "pack")
            if conflict.kind == "edit":
                choice.addItem(self.tr("Edit"), "edit")
            value = QLineEdit(self.table)
            value.setText(_text(conflict.pack) if conflict.pack is not None else "")
            value.setEnabled(False)
            choice.currentIndexChanged.connect(lambda _i, c=choice, v=value: v.setEnabled(c.currentData() == "edit"))
            self.table.setCellWidget(row, 5, choice)
            self.table.setCellWidget(row, 6, value)
            self.choices.append(choice)
            self.values.append(value)
        for row, (kind, label, field_name, home, pack, why) in enumerate(others, start=len(plan.conflicts)):
            for column, text in enumerate((kind, label, field_name, home, pack, "", why)):
                self.table.setItem(row, column, _read_only(text))
        self.table.resizeRowsToContents()
        layout.addWidget(self.table, 1)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b3261e;")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        self.merge_button = buttons.addButton(self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setEnabled(not (plan.already_merged or plan.superseded))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.all_home = buttons.addButton(self.tr("All: keep home"), QDialogButtonBox.ButtonRole.ActionRole)
        self.all_pack = buttons.addButton(self.tr("All: keep pack"), QDialogButtonBox.ButtonRole.ActionRole)
        self.all_home.clicked.connect(lambda: self.choose_all("home"))
        self.all_pack.clicked.connect(lambda: self.choose_all("pack"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(1100, 600)

    def row_texts(self, row: int) -> list[str]:
        """What row `row` shows, column by column (for screen readers' and tests' sake)."""
        texts = []
        for column in range(self.table.columnCount()):
            item = self.table.item(row, column)
            widget = self.table.cellWidget(row, column)
            texts.append(
                item.text() if item is not None else widget.currentText() if isinstance(widget, QComboBox) else ""
            )
        return texts

    def choose_all(self, choice: str) -> None:
        for combo in self.choices:
            combo.setCurrentIndex(combo.findData(choice))

    def resolutions(self) -> dict[str, Any]:
        from kotra_invest.sync.merge import Resolution

        answers = {}
        for conflict, combo, value in zip(self.plan.conflicts, self.choices, self.values, strict=True):
            choice = combo.currentData()
            if choice is not None:
                answers[conflict.key] = Resolution(choice, value.text() if choice == "edit" else None)
        return answers

    def _accept(self) -> None:
        missing = len(self.plan.conflicts) - len(self.resolutions())
        if missing:
            self.error.setText(self.tr("%1 conflicts still need an answer.").replace("%1", str(missing)))
            return
        self.accept()


class MergeReportsDialog(QDialog):
    """The history of merged mission packs; each report reopens with every change it brought."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        from kotra_invest.services.merge_history import merge_reports

        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Merged mission packs"))
        self.reports = merge_reports(ctx)
        layout = QVBoxLayout(self)
        self.list = QTableWidget(len(self.reports), 5, self)
        self.list.setObjectName("merge_reports")
        self.list.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("By"), self.tr("Delegation"), self.tr("Pack"), self.tr("In short")]
        )
        self.list.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.list.horizontalHeader().setStretchLastSection(True)
        for row, report in enumerate(self.reports):
            counts = report.counts
            short = (
                self.tr("%1 new, %2 changed, %3 conflicts, %4 refused, %5 already home")
                .replace("%1", str(counts.get("insert", 0)))
                .replace("%2", str(counts.get("update", 0)))
                .replace("%3", str(counts.get("conflict", 0)))
                .replace("%4", str(counts.get("refused", 0)))
                .replace("%5", str(counts.get("already_home", 0)))
            )
            for column, text in enumerate(
                (formatting.moment(report.at, ctx.lang), report.by, report.delegation, report.pack, short)
            ):
                self.list.setItem(row, column, _read_only(text))
        self.list.itemSelectionChanged.connect(self._show_selected)
        layout.addWidget(self.list, 1)
        self.detail = _change_table(self, 0)
        self.detail.setObjectName("merge_report")
        layout.addWidget(self.detail, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(1100, 700)
        if self.reports:
            self.list.selectRow(0)

    def _show_selected(self) -> None:
        from kotra_invest.services.merge_history import merge_report

        row = self.list.currentRow()
        if not 0 <= row < len(self.reports):
            return
        rows = _report_rows(merge_report(self.ctx, self.reports[row].id), self.ctx.lang)
        self.detail.setRowCount(len(rows))
        for index, (kind, label, field_name, home, pack, why) in enumerate(rows):
            for column, text in enumerate((kind, label, field_name, home, pack, "", why)):
                self.detail.setItem(index, column, _read_only(text))
        self.detail.resizeRowsToContents()


def show_merge_reports(parent: QWidget, ctx: Context) -> MergeReportsDialog:
    dialog = MergeReportsDialog(ctx, parent)
    dialog.setObjectName("merge_reports_dialog")
    dialog.open()
    return dialog


def pack_opened(ctx: Context) -> None:
    """Mark the open pack as open here, so a copy taken now says so in `pack info`."""
    from kotra_invest.sync.pack import mark_open

    mark_open(ctx.db)


def pack_closed(ctx: Context) -> None:
    from kotra_invest.sync.pack import mark_closed

    mark_closed(ctx.db)


def bring_back(
    parent: QWidget, ctx: Context, path: Path | None = None, passphrase: str | None = None, on_merged: Any = None
) -> background.Job | None:
    """Plan the merge of a pack into this database, ask about conflicts, then merge."""
    if path is None:
        asked = ask_pack(parent, QCoreApplication.translate("Mission", "Bring back mission"))
        if asked is None:
            return None
        path, passphrase = asked
    pack_path = path

    def report(exc: Exception) -> None:
        QMessageBox.warning(parent, "kotra-invest", background.error_text(exc, ctx.lang))

    def plan_work(progress: background.Progress, cancel: Any) -> object:
        from kotra_invest.sync.merge import plan_merge

        return plan_merge(ctx, pack_path, passphrase, progress=progress, cancel=cancel)

    def planned(plan: Any) -> None:
        dialog = MergeDialog(plan, ctx.lang, parent)
        dialog.setObjectName("merge_dialog")
        parent.setProperty("merge_dialog", dialog)  # reachable for keyboard users' screen readers and tests
        if not dialog.exec():
            return
        answers = dialog.resolutions()

        def merge_work(progress: background.Progress, cancel: Any) -> object:
            from kotra_invest.sync.merge import apply_merge

            return apply_merge(ctx, plan, answers, progress=progress, cancel=cancel)

        def merged(summary: Any) -> None:
            text = (
                QCoreApplication.translate(
                    "Mission",
                    "Merged: %1 new records, %2 changed fields; conflicts kept from home %3, from the pack %4, edited %5. The report stays under File > Merged mission packs.",
                )
                .replace("%1", str(summary.inserted))
                .replace("%2", str(summary.updated_fields))
                .replace("%3", str(summary.conflicts_kept_home))
                .replace("%4", str(summary.conflicts_kept_pack))
                .replace("%5", str(summary.conflicts_edited))
            )
            if on_merged is not None:
                on_merged(summary)
            QMessageBox.information(parent, "kotra-invest", text)

        background.start_with_progress(
            parent,
            QCoreApplication.translate("Mission", "Merging the mission…"),
            merge_work,
            on_done=merged,
            on_error=report,
        )

    return background.start_with_progress(
        parent,
        QCoreApplication.translate("Mission", "Reading the mission pack…"),
        plan_work,
        on_done=planned,
        on_error=report,
    )
