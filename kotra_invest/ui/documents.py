"""A record's documents: a list to add to (file dialog or drag and drop), open, save, replace, delete.

Used by the investor, project and delegation windows. Files dropped on the window anywhere land
here; an e-mail dropped on it — told by its content, an Outlook message or RFC 822 headers, not by
its name — becomes a meeting of kind e-mail on the record's timeline (its attachments become the
meeting's documents); anything else, and an e-mail that cannot be read, is filed as a document. Opening a document writes a copy to a
private temporary folder for the system's viewer; the folder goes when the window closes.
"""

from __future__ import annotations

import shutil
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QObject, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QImage, QPainter, QPixmap, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kotra_invest import formatting
from kotra_invest.catalog import with_args
from kotra_invest.domain.errors import DomainError
from kotra_invest.services import documents, mail_import, records
from kotra_invest.services.aftercare import CASE
from kotra_invest.services.contacts import CONTACT
from kotra_invest.services.documents import DocumentRow, RecordRef
from kotra_invest.services.incentives import INCENTIVE, MILESTONE
from kotra_invest.services.interactions import INTERACTION
from kotra_invest.services.investors import INVESTOR
from kotra_invest.services.projects import PROJECT
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui import access_reason, background
from kotra_invest.ui.delegations import _fill, _selected_id, _table
from kotra_invest.ui.forms import show_failure, with_buttons
from kotra_invest.ui.save_as import ask_save_path
from kotra_invest.ui.undo import Changed, RecordEdits

PREVIEW_WIDTH = 220
# A change to a document, or the delete or restore of a record whose documents an investor's, a
# project's or a delegation's list holds (records.Kind.documents and .hides take them with it and
# bring them back: a deleted investor's meetings' papers leave the delegation's list).
_LISTED_WITH = frozenset(
    {"document", *(k.entity for k in (INVESTOR, CONTACT, INTERACTION, PROJECT, CASE, INCENTIVE, MILESTONE))}
)


def render_preview(mime: str, data: bytes, width: int = PREVIEW_WIDTH) -> QImage | None:
    """A thumbnail: an image scaled to `width`, or a PDF's first page rendered at that width."""
    if mime.startswith("image/"):
        image = QImage.fromData(data)
        return None if image.isNull() else image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
    if mime == "application/pdf":
        from PySide6.QtPdf import QPdfDocument

        buffer = QBuffer()
        buffer.setData(QByteArray(data))
        buffer.open(QBuffer.OpenModeFlag.ReadOnly)
        pdf = QPdfDocument()
        pdf.load(buffer)
        if pdf.pageCount() < 1:
            return None
        page = pdf.pagePointSize(0)
        height = int(width * page.height() / page.width()) if page.width() > 0 else int(width * 1.414)
        rendered = pdf.render(0, QSize(width, height))
        pdf.close()
        if rendered.isNull():
            return None
        # The page is rendered on a transparent background: put it on paper.
        page_image = QImage(rendered.size(), QImage.Format.Format_RGB32)
        page_image.fill(Qt.GlobalColor.white)
        painter = QPainter(page_image)
        painter.drawImage(0, 0, rendered)
        painter.setPen(Qt.GlobalColor.gray)
        painter.drawRect(0, 0, page_image.width() - 1, page_image.height() - 1)
        painter.end()
        return page_image
    return None


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


class DocumentsPanel(QWidget):
    """The documents of one record (investor, project, delegation …) with their actions."""

    sig_records_changed = Signal(object)
    """What an action here changed (a `Changed`: documents, an e-mail's meeting, contacts): the
    window holding the panel refreshes, and tells the other windows listing them."""

    def __init__(
        self, ctx: Context, kind: str, record_id: uuid.UUID, stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("documents_panel")
        self.ctx, self.kind, self.record_id = ctx, kind, record_id
        self.edits = RecordEdits(ctx, stack, self, self._changed)
        self.rows: list[DocumentRow] = []
        self._busy = 0  # files being stored on the worker thread
        self._temp_root = Path(tempfile.mkdtemp(prefix="kotra-open-"))
        self.table = _table(
            self,
            [self.tr("Name"), self.tr("Type"), self.tr("Size"), self.tr("Added"), self.tr("By"), self.tr("Note")],
            "documents",
        )
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.notice = QLabel(self)
        self.notice.setObjectName("documents_notice")
        self.notice.setWordWrap(True)
        hint = QLabel(self.tr("Drop files here, or an e-mail (.msg, .eml) to put it on the timeline."), self)
        hint.setStyleSheet("color: gray;")
        body = with_buttons(
            self,
            self.table,
            [
                (self.tr("&Add…"), self.add_with_dialog),
                (self.tr("&Open"), self.open_selected),
                (self.tr("&Save as…"), self.save_selected),
                (self.tr("&Replace…"), self.replace_selected),
                (self.tr("&Delete"), self.delete_selected),
            ],
        )
        # The selected PDF's first page, or the selected image, as a thumbnail.
        self.preview = QLabel(self)
        self.preview.setObjectName("document_preview")
        self.preview.setFixedWidth(PREVIEW_WIDTH)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.preview.setWordWrap(True)
        self.table.itemSelectionChanged.connect(self.show_preview)
        top = QHBoxLayout()
        top.addWidget(body, 1)
        top.addWidget(self.preview)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top, 1)
        layout.addWidget(self.notice)
        # After an e-mail brought addresses nobody has yet: offered as contacts of the investor.
        self.offer_contacts = QPushButton(self)
        self.offer_contacts.setObjectName("offer_contacts")
        self.offer_contacts.clicked.connect(self.add_offered_contacts)
        self.offer_contacts.hide()
        self._offered: list[uuid.UUID] = []  # the e-mail meetings whose unknown addresses are offered
        layout.addWidget(self.offer_contacts, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(hint)
        self.destroyed.connect(lambda _o=None, root=self._temp_root: shutil.rmtree(root, ignore_errors=True))
        self.refresh()

    # --- showing ---------------------------------------------------------------------------------

    def follow(self, what: Changed | None) -> None:
        """Refresh when `what` may have taken documents out of this list or brought them back."""
        if what is not None and what.touches(*_LISTED_WITH):
            self.refresh()

    def refresh(self) -> None:
        try:
            self.rows = documents.list_documents(self.ctx, self.kind, self.record_id)
        except DomainError as exc:
            self.notice.setText(exc.message(self.ctx.lang))
            return
        _fill(
            self.table,
            [
                (
                    row.id,
                    [
                        row.name,
                        self._type_name(row),
                        _size(row.size),
                        formatting.moment(row.added_at, self.ctx.lang),
                        row.added_by_name or row.added_by or "",
                        self._note(row),
                    ],
                )
                for row in self.rows
            ],
        )

    def _type_name(self, row: DocumentRow) -> str:
        """The file's type in words, read from its content (never from its name)."""
        if row.drm:
            return self.tr("Protected (DRM)")
        mime = row.mime
        names = {
            "application/pdf": "PDF",
            "application/vnd.ms-outlook": self.tr("Outlook message"),
            "message/rfc822": self.tr("E-mail"),
            "text/plain": self.tr("Text"),
            "application/hwp+zip": "HWPX",
            "application/x-hwp": "HWP",
            "application/zip": "ZIP",
        }
        if mime in names:
            return names[mime]
        if "wordprocessingml" in mime or mime == "application/msword":
            return "Word"
        if "spreadsheetml" in mime or mime == "application/vnd.ms-excel":
            return "Excel"
        if "presentationml" in mime or mime == "application/vnd.ms-powerpoint":
            return "PowerPoint"
        if mime.startswith("image/"):
            return self.tr("Image (%1)").replace("%1", mime.split("/")[1].upper())
        return self.tr("File")

    def _note(self, row: DocumentRow) -> str:
        if row.drm:
            return self.tr("Document DRM (%1): cannot be previewed or searched").replace("%1", row.drm)
        parts = []
        if row.series_no > 1:
            parts.append(self.tr("version %1").replace("%1", str(row.series_no)))
        if row.record_kind == "meeting":
            parts.append(self.tr("from an e-mail or meeting"))
        elif row.record_kind != self.kind:
            parts.append(self.tr("of %1").replace("%1", self._kind_name(row.record_kind)))
        return ", ".join(parts)

    def _kind_name(self, kind: str) -> str:
        return {
            "contact": self.tr("a contact"),
            "project": self.tr("a project"),
            "investor": self.tr("an investor"),
            "delegation": self.tr("a delegation"),
            "case": self.tr("a grievance case"),
            "incentive": self.tr("an incentive application"),
            "milestone": self.tr("a procedure step"),
        }.get(kind, kind)

    def select(self, document_id: uuid.UUID) -> bool:
        """Select a document's row (a search hit opens its record with it selected)."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == document_id:
                self.table.selectRow(row)
                return True
        return False

    def show_preview(self) -> None:
        """The selected document's thumbnail, or why there is none."""
        found = _selected_id(self.table)
        row = next((r for r in self.rows if r.id == found), None)
        self.preview.clear()
        if row is None:
            return
        if row.drm:
            self.preview.setText(self.tr("Protected by document DRM: no preview."))
            return
        try:
            shown = documents.preview_bytes(self.ctx, row.id)
        except DomainError as exc:
            self.preview.setText(exc.message(self.ctx.lang))
            return
        image = render_preview(*shown) if shown else None
        if image is None:
            self.preview.setText(self.tr("No preview for this kind of file."))
        else:
            self.preview.setPixmap(QPixmap.fromImage(image))

    def _changed(self, what: Changed) -> None:
        """Every change made here (a drop, a delete, an undo …): this list, the window holding it
        and the other windows' follow it."""
        self.refresh()
        self.sig_records_changed.emit(what)

    def _report(self, exc: Exception) -> None:
        show_failure(self, exc, self.ctx.lang)

    def _selected(self) -> uuid.UUID | None:
        found = _selected_id(self.table)
        if found is None:
            self.notice.setText(self.tr("Select a document first."))
        return found if isinstance(found, uuid.UUID) else None

    # --- adding ---------------------------------------------------------------------------------

    def add_with_dialog(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Add documents"))
        if names:
            self.add_paths([Path(n) for n in names])

    def add_paths(self, paths: list[Path]) -> None:
        """Add dropped or chosen files: e-mails onto the timeline, everything else as documents
        (mail_import.drop_files tells them apart by their content). The bytes are read, hashed and
        stored on a worker thread: a 20 MB scan must not freeze the window."""
        ctx, to = self.ctx, RecordRef(self.kind, self.record_id, "")
        self._busy += 1
        self.notice.setText(self.tr("Storing %1 file(s)…").replace("%1", str(len(paths))))
        background.start(
            lambda _progress, _cancel: mail_import.drop_files(ctx, to, paths),
            on_done=self._stored,
            on_error=self._store_failed,
            parent=self,
        )

    def is_busy(self) -> bool:
        """Files are being stored (tests wait for this to end)."""
        return self._busy > 0

    def _store_failed(self, exc: Exception) -> None:
        self._busy -= 1
        self.notice.setText("")
        self._report(exc)

    def _stored(self, dropped: mail_import.Dropped) -> None:
        self._busy -= 1
        batch, imported = dropped.added, dropped.imported
        added = batch.added
        notices: list[str] = []
        # What the drop made — its documents, and the meetings of e-mails imported (or brought back
        # from the trash) — is one step on the undo stack; an e-mail imported before makes nothing.
        made = [
            (o.meeting_id, tuple(row.id for row in o.documents))
            for _path, o in imported
            if isinstance(o, mail_import.MailImported) and (o.created or o.restored)
        ]
        what = self._push_drop([row.id for row in added], made) if added or made else None
        if added:
            notices.append(self.tr("Added: %1").replace("%1", ", ".join(row.name for row in added)))
        notices += [
            self.tr(
                "%1 cannot be read as an e-mail (the file is damaged or incomplete): it is kept as a document."
            ).replace("%1", path.name)
            for path in dropped.unread
        ]
        # Dropped again: nothing added, and said so (the rest of the batch is added all the same).
        notices += [skipped.message(self.ctx.lang) for skipped in batch.already]
        # DRM is recognised on the e-mail's attachments as on files dropped alone.
        attached = [row for _path, o in imported if isinstance(o, mail_import.MailImported) for row in o.documents]
        for path, outcome in imported:
            notices.append(self._mail_notice(path, outcome))
        notices += [
            with_args(
                self.tr(
                    "%1 is protected by document DRM (%2): it is kept as it is, but cannot be previewed or searched."
                ),
                row.name,
                row.drm,
            )
            for row in [*added, *attached]
            if row.drm
        ]
        unknown = sorted(
            {
                p.address
                for _path, o in imported
                if isinstance(o, mail_import.MailImported) and o.created
                for p in o.unknown
            }
        )
        self._offered = [
            o.meeting_id
            for _path, o in imported
            if isinstance(o, mail_import.MailImported) and o.created and o.unknown and o.investor_id
        ]
        if self._offered and unknown:
            self.offer_contacts.setText(with_args(self.tr("Add %1 as contacts of the investor"), ", ".join(unknown)))
        self.offer_contacts.setVisible(bool(self._offered and unknown))
        self.notice.setText("\n".join(n for n in notices if n))
        if what is None:  # nothing new: the list only shows it
            self.refresh()
        else:
            self._changed(what)

    def _push_drop(self, ids: list[uuid.UUID], made: list[tuple[uuid.UUID, tuple[uuid.UUID, ...]]]) -> Changed:
        """Put a drop on the undo stack: undo takes its documents and e-mail meetings to the trash
        (a meeting's documents go with it, as when it is deleted from the timeline), redo brings
        them back. Returns what the drop changed: its e-mails' meetings (timelines list them, and
        their documents go with them) or else its documents."""
        ctx = self.ctx

        def undo() -> None:
            for meeting_id, _attached in reversed(made):
                records.delete(ctx, INTERACTION, meeting_id)
            for i in ids:
                documents.delete_document(ctx, i)
            # Their addresses are no longer offered: the meeting they came with is gone.
            gone = {meeting_id for meeting_id, _attached in made}
            self._offered = [m for m in self._offered if m not in gone]
            self.offer_contacts.setVisible(self.offer_contacts.isVisible() and bool(self._offered))

        def redo() -> None:
            for i in ids:
                documents.restore_document(ctx, i)
            for meeting_id, _attached in made:
                records.restore(ctx, INTERACTION, meeting_id)

        if not made:
            label = self.tr("Add documents")
        elif ids:
            label = self.tr("Add documents and e-mails")
        else:
            label = self.tr("Import e-mail")
        if made:
            what = Changed(INTERACTION.entity, tuple(meeting_id for meeting_id, _attached in made))
        else:
            what = Changed("document", tuple(ids))
        self.edits.stack.push(self.edits.command(label, redo, undo, what))
        return what

    def _mail_notice(self, path: Path, outcome: object) -> str:
        if isinstance(outcome, DomainError):
            return f"{path.name}: {outcome.message(self.ctx.lang)}"
        assert isinstance(outcome, mail_import.MailImported)
        if outcome.restored:
            return with_args(
                self.tr(
                    "%1 was imported before and its meeting deleted: it is back on the timeline with %2 document(s)."
                ),
                path.name,
                len(outcome.documents),
            )
        if not outcome.created:
            return with_args(self.tr("%1 was imported before: nothing new."), path.name)
        text = with_args(
            self.tr("E-mail “%1” is on the timeline with %2 document(s)."),
            outcome.subject or path.name,
            len(outcome.documents),
        )
        if outcome.unknown:
            text += " " + self.tr("Not yet contacts: %1").replace("%1", ", ".join(p.address for p in outcome.unknown))
        return text

    def add_offered_contacts(self) -> None:
        """Make contacts of the addresses the last e-mail(s) brought that nobody has yet."""
        added: list[uuid.UUID] = []
        try:
            for meeting_id in self._offered:
                added += mail_import.add_unknown_contacts(self.ctx, meeting_id)
        except DomainError as exc:
            self._report(exc)
        self._offered = []
        self.offer_contacts.hide()
        self.notice.setText(self.tr("%1 contact(s) added.").replace("%1", str(len(added))))
        if added:  # an action of its own on the undo stack, as adding the contacts by hand is
            ctx = self.ctx

            def restore_all() -> None:
                for i in added:
                    records.restore(ctx, CONTACT, i)

            def delete_all() -> None:
                for i in reversed(added):
                    records.delete(ctx, CONTACT, i)

            what = Changed(CONTACT.entity, tuple(added))
            self.edits.stack.push(
                self.edits.command(self.tr("Add contacts from an e-mail"), restore_all, delete_all, what)
            )
            self._changed(what)

    # --- drag and drop --------------------------------------------------------------------------

    def accept_drops_on(self, window: QWidget) -> None:
        """Files dropped anywhere on `window` land here."""
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.DragEnter and isinstance(event, QDragEnterEvent):
            if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
                event.acceptProposedAction()
                return True
        elif event.type() == QEvent.Type.Drop and isinstance(event, QDropEvent):
            paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
            if paths:
                event.acceptProposedAction()
                tabs = getattr(watched, "tabs", None)
                if isinstance(tabs, QTabWidget):  # show where the files went, and what came of them
                    tabs.setCurrentWidget(self)
                self.add_paths(paths)
                return True
        return super().eventFilter(watched, event)

    # --- reading --------------------------------------------------------------------------------

    def _reading_context(self, document_id: uuid.UUID) -> Context | None:
        """The context to read with: a document about a person asks why (the access log)."""
        try:
            if documents.concerns_a_person(self.ctx, document_id):
                return access_reason.with_reason(self, self.ctx, "document")
        except DomainError as exc:
            self._report(exc)
            return None
        return self.ctx

    def open_selected(self, opener: Callable[[QUrl], object] | None = None) -> Path | None:
        """Open a temporary copy with the system's viewer."""
        document_id = self._selected()
        ctx = self._reading_context(document_id) if document_id else None
        if document_id is None or ctx is None:
            return None
        try:
            copy = documents.temporary_copy(ctx, document_id, self._temp_root)
        except DomainError as exc:
            self._report(exc)
            return None
        (opener or QDesktopServices.openUrl)(QUrl.fromLocalFile(str(copy)))
        return copy

    def save_selected(self) -> None:
        document_id = self._selected()
        if document_id is None:
            return
        row = next((r for r in self.rows if r.id == document_id), None)
        if row is None:
            return
        # Its own extension, when its name has one: a file type no filter can say in advance.
        target = ask_save_path(self, self.tr("Save document as"), row.name, "", row.extension)
        ctx = self._reading_context(document_id) if target is not None else None
        if target is None or ctx is None:
            return
        try:
            documents.save_document(ctx, document_id, target)
        except DomainError as exc:
            self._report(exc)
            return
        self.notice.setText(self.tr("Saved: %1").replace("%1", str(target)))

    def replace_selected(self) -> None:
        document_id = self._selected()
        if document_id is None:
            return
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("Replace with a new version"))
        if not name:
            return
        try:
            new = documents.replace_document(self.ctx, document_id, Path(name))
        except DomainError as exc:
            self._report(exc)
            return
        self.notice.setText(self.tr("Version %1 saved; the old one is kept.").replace("%1", str(new.series_no)))
        self._changed(Changed("document", (document_id, new.id)))

    def delete_selected(self) -> None:
        document_id = self._selected()
        if document_id is None:
            return
        ctx = self.ctx
        if self.edits.run(
            self.tr("Delete document"),
            lambda: documents.delete_document(ctx, document_id),
            lambda: documents.restore_document(ctx, document_id),
            Changed("document", (document_id,)),
        ):
            self.notice.setText(self.tr("Deleted (Ctrl+Z brings it back)."))


def cleanup(panel: DocumentsPanel) -> None:
    """Remove the panel's temporary copies now (a window closing)."""
    shutil.rmtree(panel._temp_root, ignore_errors=True)


class RecordDocumentsDialog(QDialog):
    """The documents of a record with no window of its own — a grievance case, an incentive
    application, a procedure step: the officer's papers (the 신고필증, an approval letter, the
    agency's reply) kept with it. Files are dropped on the dialog or added with its button;
    changes go onto the history of the window it was opened from (Ctrl+Z there)."""

    def __init__(
        self, ctx: Context, kind: str, record_id: uuid.UUID, title: str, stack: QUndoStack, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{kind}_documents")
        self.setWindowTitle(self.tr("Documents — %1").replace("%1", title))
        self.panel = DocumentsPanel(ctx, kind, record_id, stack, self)
        self.panel.accept_drops_on(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        self.resize(760, 420)
        self.finished.connect(lambda _r: cleanup(self.panel))
