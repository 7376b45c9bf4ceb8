"""Widgets that fit the screen they are on (1280×800 on the officers' office PCs): a table's long
text columns given the width the short ones leave, a table as tall as its rows, a combo box that
shows its choice whole."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyle,
    QStyleOptionComboBox,
    QTableView,
)

LINE_SAMPLE = "Ag한글"  # a line of Latin and Hangul letters (`compact_rows`)
SHARED_COLUMNS = "shared_columns"  # the table's property: the columns `ShareRest` sizes (cut with "…")


class ShareRest(QObject):
    """The long text columns share the width the others (sized to their contents) leave: a column
    whose longest text needs less than an even share gets just that, the others split the rest
    evenly; what all need less than the room is spread over them (no blank strip on the right).

    `fitted` columns are as wide as their longest text, but never wider than an even share of the
    room with the long ones: beyond it their text is cut with "…" (whole in the cell's tooltip,
    `ui.delegations._fill`), and they take none of the spare width (a list of a zone's provinces
    is no wider than its longest list)."""

    def __init__(self, table: QTableView, columns: Sequence[int], fitted: Sequence[int] = ()) -> None:
        super().__init__(table)
        self._table = table
        self.columns = tuple(columns)
        self.fitted = tuple(fitted)
        self._busy = False
        self._due = QTimer(self)
        self._due.setSingleShot(True)
        self._due.setInterval(0)
        self._due.timeout.connect(self.share)
        table.viewport().installEventFilter(self)
        table.horizontalHeader().sectionResized.connect(lambda *_a: self._due.start())
        model = table.model()
        model.modelReset.connect(self._due.start)
        model.rowsInserted.connect(self._due.start)
        model.dataChanged.connect(self._due.start)  # a table widget refilled in place
        table.setProperty(SHARED_COLUMNS, [*self.columns, *self.fitted])
        self.fit()

    def fit(self) -> None:
        """Set each column's mode (again after a saved header state brought back its widths)."""
        header = self._table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(header.count()):
            shared = column in self.columns or column in self.fitted
            header.setSectionResizeMode(
                column, QHeaderView.ResizeMode.Interactive if shared else QHeaderView.ResizeMode.ResizeToContents
            )
        self._table.setWordWrap(False)  # wrapped, a second line is cut by the row's height; elided, it is not
        self._due.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.share()
        return False

    def share(self) -> None:
        if self._busy:
            return
        table, header = self._table, self._table.horizontalHeader()
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        sized = [c for c in shown if c in self.columns or c in self.fitted]
        needs = {c: max(table.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in sized}
        room = table.viewport().width() - sum(header.sectionSize(c) for c in shown if c not in sized)
        fitted = {c: min(needs[c], room // len(sized)) for c in sized if c in self.fitted}
        room -= sum(fitted.values())
        left = {c: needs[c] for c in sized if c in self.columns}
        widths: dict[int, int] = {}
        while left:
            even = room // len(left)
            fitting = {c: need for c, need in left.items() if need <= even}
            if not fitting:
                widths |= {c: even for c in left}
                room -= even * len(left)
                break
            for c, need in fitting.items():
                widths[c] = need
                room -= need
                del left[c]
        if widths and room > 0:  # all fit: the spare spread over them, the first take the odd pixels
            extra, odd = divmod(room, len(widths))
            widths = {c: w + extra + (i < odd) for i, (c, w) in enumerate(widths.items())}
        widths |= fitted
        self._busy = True
        try:
            for column, width in widths.items():
                header.resizeSection(column, max(width, header.minimumSectionSize()))
        finally:
            self._busy = False


def compact_rows(table: QTableView, padding: int = 4) -> None:
    """Rows as tall as a line of the table's text and `padding` pixels (the style's default row,
    30 px at 1280×800, is twice a line), as Excel and Outlook show a list: some 30 records a
    screen. The line is the font's full height, ascent to descent, which Hangul fills (a row cut to
    the Latin letters' height clips 한글). Every table gets it when it is first polished
    (ui/input_care.py); rows already sized to their contents (wrapped text) keep that size."""
    rows = table.verticalHeader()
    metrics = table.fontMetrics()
    # Measured on Hangul too: where the table's font has none, the face Qt takes them from may be taller.
    height = max(metrics.height(), metrics.boundingRect(LINE_SAMPLE).height()) + padding
    if rows.minimumSectionSize() == height and rows.defaultSectionSize() == height:
        return
    default = rows.defaultSectionSize()
    sized = {r: rows.sectionSize(r) for r in range(rows.count()) if rows.sectionSize(r) != default}
    rows.setMinimumSectionSize(height)
    rows.setDefaultSectionSize(height)  # resizes every row to it
    for row, size in sized.items():
        rows.resizeSection(row, max(size, height))


def fit_rows(table: QTableView) -> None:
    """The table as tall as its header and rows: no last row half in view behind a scroll bar
    (call it again after the rows change)."""
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    height = 2 * table.frameWidth()
    if not table.horizontalHeader().isHidden():
        height += table.horizontalHeader().sizeHint().height()
    rows = table.model().rowCount() if table.model() is not None else 0
    height += sum(table.rowHeight(r) for r in range(rows))
    if table.horizontalScrollBar().isVisible():
        height += table.horizontalScrollBar().sizeHint().height()
    table.setFixedHeight(height)


def choice_width(combo: QComboBox, text: str) -> int:
    """The combo's width with `text` read whole in its field: the text and what the frame, margins
    and arrow take beside it."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    beside = option.rect.width() - field.width()
    return combo.fontMetrics().horizontalAdvance(text) + beside + 4  # the label's 1-px insets and a little air


def whole_choice(combo: QComboBox) -> None:
    """The combo never narrower than its current choice (Qt cuts a combo's text mid-character, with
    no "…"), and its open list as wide as its longest entry. A filter row sized by the row still
    gives a combo no more than it needs; choosing a longer entry widens it."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

    def fit() -> None:
        combo.setMinimumWidth(choice_width(combo, combo.currentText()))
        view: QAbstractItemView = combo.view()
        longest = max(
            (view.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count())), default=0
        )
        scroll = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        view.setMinimumWidth(longest + scroll + 2 * view.frameWidth() + 16)  # item margins

    combo.currentIndexChanged.connect(lambda _i: fit())
    model = combo.model()
    model.rowsInserted.connect(lambda *_a: fit())
    model.modelReset.connect(fit)
    fit()
