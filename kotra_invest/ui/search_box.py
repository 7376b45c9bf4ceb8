"""The global search box: type anywhere (Ctrl+F / Ctrl+K), results drop down best match first, Enter opens.

The drop-down is a frameless tool window, not a popup: a popup would grab the keyboard and the
user could not keep typing. Arrow keys and Enter are forwarded from the line edit to the list.

The search runs on a worker thread of its own, never on the GUI thread: a slow query or a slow
server must not freeze typing. Each search carries a number; only the newest one's result is
shown, and a search still queued when a newer one starts is skipped without touching the
database. "Searching…" appears only when the answer takes longer than a frame.

Korean is typed through an input method: the syllable being composed (the preedit) is on
screen but not yet in text(). A pause searches what the user sees, composed syllable included,
without committing it (committing on a pause would split 저 from the ㄴ that makes it 전);
Enter and leaving the box commit it, as a Korean user expects.
"""

from __future__ import annotations

import functools
import html
import re
import uuid

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QInputMethodEvent, QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from kotra_invest import formatting
from kotra_invest.domain.kinds import record_kind
from kotra_invest.services import search
from kotra_invest.services.read_models import SearchHit
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui import background

HIT_HTML = Qt.ItemDataRole.UserRole + 1  # the hit as rich text: the matched words in bold


@functools.lru_cache(maxsize=32)
def _terms_pattern(terms: tuple[str, ...]) -> re.Pattern[str] | None:
    """The terms as one pattern, longest first; built once per query, not once per hit (up to 960
    calls a search)."""
    wanted = [t for t in terms if t]
    if not wanted:
        return None
    return re.compile("|".join(re.escape(t) for t in sorted(wanted, key=len, reverse=True)), re.IGNORECASE)


def highlighted(text: str, terms: list[str]) -> str:
    """`text` as HTML with every occurrence of a search term in bold (case-insensitive)."""
    pattern = _terms_pattern(tuple(terms))
    if pattern is None:
        return html.escape(text)
    out, last = [], 0
    for found in pattern.finditer(text):
        out += [html.escape(text[last : found.start()]), f"<b>{html.escape(found.group())}</b>"]
        last = found.end()
    return "".join([*out, html.escape(text[last:])])


class HitDelegate(QStyledItemDelegate):
    """Draws a hit's rich text (its matched words in bold, its context in grey) where the list
    would draw the plain text: the item keeps the plain text for screen readers and tests."""

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QTextDocument | None:
        rich = index.data(HIT_HTML)
        if not isinstance(rich, str):
            return None
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(2)
        document.setHtml(rich)
        return document

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        document = self._document(option, index)
        if document is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colour = option.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        # The context is grey, except on the selection's colour, where grey would not read.
        quiet = colour.name() if selected else option.palette.color(QPalette.ColorRole.PlaceholderText).name()
        document.setDefaultStyleSheet(f"body {{ color: {colour.name()}; }} .context {{ color: {quiet}; }}")
        document.setHtml(index.data(HIT_HTML))
        painter.save()
        painter.translate(option.rect.topLeft())
        document.drawContents(painter)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        document = self._document(option, index)
        if document is None:
            return super().sizeHint(option, index)
        return QSize(int(document.idealWidth()) + 8, int(document.size().height()))


FRAME_MS = 16  # "Searching…" only for an answer slower than one frame at 60 Hz
_STALE = object()  # what a skipped search returns


class GlobalSearch(QLineEdit):
    """Search everything as the user types; `sig_open` carries the chosen hit."""

    sig_open = Signal(object)
    """A SearchHit the user chose (Enter or click)."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("global_search")
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(
            self.tr("Search investors, contacts, delegations, projects, notes (Ctrl+K); one letter searches names")
        )
        self.setMinimumWidth(420)
        # A hit's kind in the words every other place names it with (domain/kinds.py).
        self.kind_names = {
            kind: record_kind(kind, ctx.lang)
            for kind in ("investor", "contact", "delegation", "project", "interaction", "case", "enquiry", "document")
        }
        self.popup = QFrame(self, Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
        self.popup.setFrameShape(QFrame.Shape.StyledPanel)
        self.results = QListWidget(self.popup)
        self.results.setObjectName("search_results")
        self.results.setItemDelegate(HitDelegate(self.results))
        # Every hit is one line: the list lays out from the first row's size instead of laying out
        # a rich-text document for each of up to 480 hits (70-155 ms on the GUI thread per search
        # at 30,000 investors, measured, where the search itself runs on a worker).
        self.results.setUniformItemSizes(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.itemClicked.connect(self._choose)
        column = QVBoxLayout(self.popup)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.results)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)  # one query per pause in typing, not per keystroke
        self._timer.timeout.connect(self.run_search)
        self.textChanged.connect(lambda _t: self._timer.start())
        self._slow = QTimer(self)
        self._slow.setSingleShot(True)
        self._slow.setInterval(FRAME_MS)
        self._slow.timeout.connect(self._show_searching)
        # One worker: a burst of keystrokes never runs searches side by side, and a queued stale
        # one is skipped (see _search_in_background).
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._preedit = ""
        self._generation = 0  # the number of the newest search; read by the worker thread
        self._shown = 0  # the number of the search whose result is on screen
        self._open_when_done = False  # Enter came before the answer: open its first hit
        self.installEventFilter(self)

    # --- the composing syllable (input methods) ---------------------------------------------

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        super().inputMethodEvent(event)
        preedit = event.preeditString()
        if preedit != self._preedit:
            self._preedit = preedit
            self._timer.start()  # the composed syllable changes what is searched, as typing does

    def visible_text(self) -> str:
        """What the user sees in the box: the committed text with the composing syllable at the cursor."""
        if not self._preedit:
            return self.text()
        at = self.cursorPosition()
        return self.text()[:at] + self._preedit + self.text()[at:]

    def commit_composition(self) -> None:
        """Make the composing syllable part of the text (Enter, leaving the box)."""
        if not self._preedit:
            return
        QGuiApplication.inputMethod().commit()  # a platform input method commits it itself
        if self._preedit:  # none did (or none is running): commit what is on screen, then reset it
            commit = QInputMethodEvent()
            commit.setCommitString(self._preedit)
            self._preedit = ""
            super().inputMethodEvent(commit)
            QGuiApplication.inputMethod().reset()

    # --- searching ----------------------------------------------------------------------------

    def run_search(self) -> None:
        """Search what the box shows, on the worker thread; the answer arrives in _deliver."""
        self._timer.stop()
        query = self.visible_text().strip()
        self._generation += 1
        generation = self._generation
        if not query:
            self._slow.stop()
            self._shown = generation
            self.results.clear()
            self.popup.hide()
            return
        self._slow.start()
        background.start(
            lambda _progress, _cancel: self._search_in_background(generation, query),
            on_done=lambda hits: self._deliver(generation, query, hits),
            on_error=lambda exc: self._deliver(generation, query, exc),
            parent=self,
            pool=self._pool,
        )

    def _search_in_background(self, generation: int, query: str) -> object:  # on the worker thread
        if generation != self._generation:
            return _STALE  # the user typed on while this one waited: it would only be dropped
        return search.search(self.ctx, query, limit=60)

    def is_searching(self) -> bool:
        """A search was asked for (or typing is pausing) and its answer is not on screen yet."""
        return self._timer.isActive() or self._shown != self._generation

    def _show_searching(self) -> None:
        if self._shown == self._generation:
            return
        self.results.clear()
        item = QListWidgetItem(self.tr("Searching…"))
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.results.addItem(item)
        self._show_popup()

    def _deliver(self, generation: int, query: str, answer: object) -> None:
        if generation != self._generation or answer is _STALE:
            return  # a newer search is on its way: this answer is stale
        self._slow.stop()
        self._shown = generation
        self.results.clear()
        if isinstance(answer, Exception):
            item = QListWidgetItem(background.error_text(answer, self.ctx.lang))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(item)
            self._show_popup()
            self._open_when_done = False
            return
        hits: list[SearchHit] = answer  # type: ignore[assignment]
        if not hits:
            item = QListWidgetItem(self.tr("Nothing found for “%1”").replace("%1", query))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(item)
        terms = search.terms_of(query)
        self.results.setUpdatesEnabled(False)  # one layout and paint for the whole list
        for hit in hits:
            kind = self.kind_names.get(hit.kind, hit.kind)
            context = self.context_of(hit)
            item = QListWidgetItem(f"{kind} · {hit.label}" + (f" — {context}" if context else ""))
            item.setData(Qt.ItemDataRole.UserRole, hit)
            grey = f" <span class='context'>— {highlighted(context, terms)}</span>" if context else ""
            item.setData(HIT_HTML, f"{html.escape(kind)} · {highlighted(hit.label, terms)}{grey}")
            self.results.addItem(item)
        self.results.setUpdatesEnabled(True)
        if hits:
            self.results.setCurrentRow(0)
        self._show_popup()
        if self._open_when_done:
            self._open_when_done = False
            self._choose()

    def context_of(self, hit: SearchHit) -> str:
        """What tells this hit from others of the same name: company, year and dates, moment."""
        lang = self.ctx.lang
        parts: list[str] = []
        if hit.context:
            parts.append(hit.context)
        if hit.kind == "delegation" and hit.starts_on is not None:
            parts.append(
                f"{formatting.day(hit.starts_on, lang)} – {formatting.day(hit.ends_on, lang)}"
                if hit.ends_on
                else formatting.day(hit.starts_on, lang)
            )
        elif hit.kind == "delegation" and hit.year is not None:
            parts.append(str(hit.year))
        if hit.occurred_at is not None:
            parts.append(formatting.moment(hit.occurred_at, lang))
        return " · ".join(parts)

    def _show_popup(self) -> None:
        width = max(self.width(), 520)
        rows = min(self.results.count(), 14)
        self.popup.resize(width, max(rows, 1) * (self.results.sizeHintForRow(0) + 2) + 8)
        self.popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self.popup.show()

    def _choose(self, item: QListWidgetItem | None = None) -> None:
        item = item or self.results.currentItem()
        hit = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if isinstance(hit, SearchHit):
            self.popup.hide()
            self.sig_open.emit(hit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.popup.isVisible():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
                self.results.setCurrentRow(row)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                had_preedit = bool(self._preedit)
                self.commit_composition()
                if had_preedit or self._timer.isActive():  # Enter before the pause: search now
                    self.run_search()
                if self.is_searching():
                    self._open_when_done = True  # open the first hit when the answer comes
                else:
                    self._choose()
                return True
            if key == Qt.Key.Key_Escape:
                self.popup.hide()
                self.clear()
                return True
        if watched is self and event.type() == QEvent.Type.FocusOut:
            self.commit_composition()
            QTimer.singleShot(150, self._hide_unless_focused)
        return super().eventFilter(watched, event)

    def _hide_unless_focused(self) -> None:
        if not self.hasFocus():
            self.popup.hide()

    def hit_ids(self) -> list[uuid.UUID]:
        """The ids listed now (for tests and for the status line)."""
        ids = []
        for row in range(self.results.count()):
            hit = self.results.item(row).data(Qt.ItemDataRole.UserRole)
            if isinstance(hit, SearchHit):
                ids.append(hit.id)
        return ids
