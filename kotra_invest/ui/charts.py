"""Bar charts for the dashboard on Qt Charts: a titled panel that shows horizontal bars or a friendly "no data".

Qt Charts is imported here and only here; the dashboard module imports this one, and the main
window imports the dashboard lazily, so the start-up does not pay for Qt Charts.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFont, QFontMetrics, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

# One palette for the whole page: the same meaning has the same colour in every chart.
NAVY = "#1f4e8c"
SKY = "#8cb8e8"
AMBER = "#e8a33d"
GREEN = "#2e9e6a"
GREY = "#a3a9b3"
INK = "#1c2430"
MUTED = "#5d6675"
GRID = "#e3e7ee"


@dataclass(frozen=True)
class Bars:
    """One coloured set of bars: its legend name, a value per category, and its colour."""

    name: str
    values: Sequence[float]
    color: str


class _BarView(QChartView):
    """A chart view that writes the category names itself, left of the plot area.

    Qt Charts shortens a category label to a bare "…" as soon as the label is a little taller
    than its band (eight regions in a 200-pixel chart), which leaves the chart unreadable at
    1280x800. Here each name is elided to the room there is and never disappears.
    """

    resized = Signal()
    """The view's size changed: the panel fits its value ticks to the new width."""

    def __init__(self, chart: QChart, parent: QWidget | None = None) -> None:
        super().__init__(chart, parent)
        self.labels: list[str] = []
        self.totals: list[str] = []  # written just after the end of each bar (stacked counts)
        self.series: QAbstractBarSeries | None = None
        self.ends: list[float] = []
        self.label_font = QFont(self.font())
        self._room = 0

    def set_labels(self, labels: list[str], font: QFont) -> None:
        self.labels, self.label_font = labels, font
        self._reserve()

    def _reserve(self) -> None:
        metrics = QFontMetrics(self.label_font)
        widest = max((metrics.horizontalAdvance(t) for t in self.labels), default=0)
        # Up to half the view: the pipeline's "Incentive negotiation" was cut at 42 % of its 240 px (half was too little).
        room = min(widest + metrics.averageCharWidth() * 2, int(self.width() * 0.55)) if self.labels else 0
        if room != self._room:
            self._room = room
            self.chart().setMargins(QMargins(room, 4, 8, 0))

    def reserved(self) -> int:
        """The width kept left of the plot for the category names."""
        return self._room

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._reserve()
        super().resizeEvent(event)
        self.resized.emit()

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        super().drawForeground(painter, rect)
        if not self.labels:
            return
        plot = self.chart().plotArea()
        band = plot.height() / len(self.labels)
        metrics = QFontMetrics(self.label_font)
        width = self._room - metrics.averageCharWidth()
        painter.save()
        painter.setFont(self.label_font)
        painter.setPen(QColor(INK))
        for i, text in enumerate(self.labels):
            box = QRectF(plot.left() - self._room, plot.top() + band * i, width, band)
            painter.drawText(
                box,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width)),
            )
        if self.totals and self.series is not None:
            painter.setPen(QColor(MUTED))
            count = len(self.totals)
            for i, (total, end) in enumerate(zip(self.totals, self.ends, strict=True)):
                # Bars are drawn bottom-up: category i (top-down) is bar count-1-i.
                point = self.chart().mapToPosition(QPointF(end, count - 1 - i), self.series)
                box = QRectF(point.x() + 4, plot.top() + band * i, metrics.horizontalAdvance(total) + 4, band)
                painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), total)
        painter.restore()


class ChartPanel(QFrame):
    """A card with a title, optional controls on the right, and a bar chart or an empty-state message."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartPanel")
        self.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 8)
        layout.setSpacing(4)
        header = QHBoxLayout()
        header.setSpacing(8)
        self.title = QLabel(title, self)
        self.title.setObjectName("panelTitle")
        header.addWidget(self.title, 1)
        self._header = header
        layout.addLayout(header)

        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)  # a grab shows the final bars
        self.chart.setBackgroundVisible(False)
        self.chart.setMargins(QMargins(0, 0, 0, 0))
        self.chart.layout().setContentsMargins(0, 0, 0, 0)
        self.chart.legend().setVisible(False)
        # The chart and its empty state are made inside the stack that shows them: moved there
        # afterwards, each took the dashboard's style sheet again (~10 ms a panel at start-up).
        self.stack = QStackedWidget(self)
        self.view = _BarView(self.chart, self.stack)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.view.setStyleSheet("background: transparent")
        self.empty = QLabel(self.stack)
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)
        # Our own legend: the chart's would be squeezed into the plot's width and cut short.
        self.legend = QLabel(self)
        self.legend.setObjectName("panelLegend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.legend.setWordWrap(True)
        layout.addWidget(self.legend)
        self.note = QLabel(self)
        self.note.setObjectName("panelNote")
        self.note.setWordWrap(True)
        self.note.hide()
        layout.addWidget(self.note)
        self._axis_y: QBarCategoryAxis | None = None
        self._axis_x: QValueAxis | None = None
        self.categories: list[str] = []  # full names, top to bottom as shown
        self.bars: list[Bars] = []
        self._scale: tuple[float, bool] | None = None  # the longest bar, and whether values are counts
        self.view.resized.connect(self._fit_ticks)

    def _fit_ticks(self) -> None:
        """As many value ticks as the plot's width holds labels for: Qt elides labels that do not
        fit to a bare "…" (the pipeline chart read "0 … … …" on a 1366x768 screen)."""
        axis_x = self._axis_x
        if axis_x is None or self._scale is None:
            return
        top, integer = self._scale
        metrics = QFontMetrics(axis_x.labelsFont())
        label = metrics.horizontalAdvance(f"{max(top, 1):,.0f}") + metrics.averageCharWidth() * 3
        plot_width = self.view.width() - self.view.reserved() - 16
        most = max(1, min(6, plot_width // max(label, 1)))
        if integer:
            upper, intervals = _nice_count_axis(top, most)
            axis_x.setRange(0, upper)
            axis_x.setTickCount(intervals + 1)
            axis_x.setLabelFormat("%d")
        else:
            axis_x.setRange(0, top * 1.05 if top > 0 else 1)
            axis_x.setTickCount(min(5, most + 1))
            axis_x.applyNiceNumbers()
            axis_x.setLabelFormat("%.0f" if axis_x.max() >= 8 else "%.1f")

    def add_control(self, widget: QWidget) -> None:
        """A control (a switch between views) on the right of the title."""
        self._header.addWidget(widget)

    def set_note(self, text: str, tip: str = "") -> None:
        """A line under the chart; `tip`, the details a long note would push the chart out for."""
        self.note.setText(text)
        self.note.setToolTip(tip)
        self.note.setVisible(bool(text))

    def show_empty(self, text: str) -> None:
        self._clear()
        self.view.set_labels([], self.font())
        self.view.series, self.view.ends, self.view.totals = None, [], []
        self.legend.hide()
        self.categories, self.bars = [], []
        self.empty.setText(text)
        self.stack.setCurrentWidget(self.empty)

    @property
    def is_empty(self) -> bool:
        return self.stack.currentWidget() is self.empty

    def values(self) -> dict[str, dict[str, float]]:
        """What the chart shows: set name -> category -> value (for tests and accessibility)."""
        return {b.name: dict(zip(self.categories, b.values, strict=True)) for b in self.bars}

    def _clear(self) -> None:
        # The axes stay (re-attached to the next series): a removed axis keeps drawing its labels
        # until Qt deletes it later, which overlapped the new ones when switching views.
        self.chart.removeAllSeries()

    def _axes(self) -> tuple[QBarCategoryAxis, QValueAxis]:
        """The chart's two axes, made on first use and kept."""
        if self._axis_y is None or self._axis_x is None:
            self._axis_y, self._axis_x = QBarCategoryAxis(), QValueAxis()
            self._axis_y.setLabelsVisible(False)
            self._axis_y.setGridLineVisible(False)
            self._axis_y.setLinePenColor(QColor(GRID))
            self.chart.addAxis(self._axis_y, Qt.AlignmentFlag.AlignLeft)
            self.chart.addAxis(self._axis_x, Qt.AlignmentFlag.AlignBottom)
        return self._axis_y, self._axis_x

    def show_bars(
        self,
        categories: Sequence[str],
        bars: Sequence[Bars],
        *,
        stacked: bool = False,
        value_title: str = "",
        integer: bool = False,
        show_totals: bool = False,
        tooltip: Callable[[str, str, float], str] | None = None,
    ) -> None:
        """Horizontal bars, the first category on top; long names are shortened (tooltips say them in full)."""
        self._clear()
        self.categories, self.bars = list(categories), list(bars)
        font = self.font()
        small = QFont(font)
        small.setPointSizeF(max(7.5, font.pointSizeF() * 0.9))
        series: QAbstractBarSeries = QHorizontalStackedBarSeries() if stacked else QHorizontalBarSeries()
        series.setBarWidth(0.72 if stacked else 0.8)
        # Horizontal series draw their first set lowest in a group: add grouped sets in reverse so
        # they read top-down in the legend's order (stacked sets read left to right as given).
        for b in bars if stacked else list(reversed(bars)):
            bar_set = QBarSet(b.name)
            # Horizontal bars are drawn bottom-up: reverse so the list reads top-down as given.
            bar_set.append([float(v) for v in reversed(list(b.values))])
            bar_set.setColor(QColor(b.color))
            bar_set.setBorderColor(QColor(b.color))
            series.append(bar_set)
        self.chart.addSeries(series)

        axis_y, axis_x = self._axes()
        axis_y.clear()
        # Unique placeholders: the view writes the real names (see _BarView).
        axis_y.append([str(i) for i in range(len(self.categories))])
        series.attachAxis(axis_y)

        top = _top(bars, stacked)
        if show_totals:
            top *= 1.08  # room for the count written after the longest bar
        self._scale = (top, integer)
        axis_x.setLabelsFont(small)
        self._fit_ticks()
        axis_x.setLabelsColor(QColor(MUTED))
        axis_x.setGridLineColor(QColor(GRID))
        axis_x.setLinePenColor(QColor(GRID))
        axis_x.setTitleText(value_title)
        axis_x.setTitleVisible(bool(value_title))
        axis_x.setTitleFont(small)
        axis_x.setTitleBrush(QColor(MUTED))
        series.attachAxis(axis_x)

        self.legend.setText(
            "&nbsp;&nbsp;&nbsp;".join(
                f'<span style="color:{b.color}">■</span>&nbsp;{html.escape(b.name)}' for b in bars
            )
            if len(bars) > 1
            else ""
        )
        self.legend.setVisible(len(bars) > 1)
        if tooltip is not None:
            names = list(reversed(self.categories))

            def hovered(status: bool, index: int, bar_set: QBarSet) -> None:
                if status and 0 <= index < len(names):
                    QToolTip.showText(
                        QCursor.pos(), tooltip(names[index], bar_set.label(), bar_set.at(index)), self.view
                    )
                else:
                    QToolTip.hideText()

            series.hovered.connect(hovered)
        self.view.set_labels(self.categories, small)
        self.view.series = series
        if stacked and show_totals:
            self.view.ends = [sum(float(b.values[i]) for b in bars) for i in range(len(self.categories))]
            self.view.totals = [f"{int(t):,}" for t in self.view.ends]
        else:
            self.view.ends, self.view.totals = [], []
        self.stack.setCurrentWidget(self.view)


def _top(bars: Sequence[Bars], stacked: bool) -> float:
    if not bars:
        return 0.0
    if stacked:
        return max((sum(float(b.values[i]) for b in bars) for i in range(len(bars[0].values))), default=0.0)
    return max((float(v) for b in bars for v in b.values), default=0.0)


def _nice_count_axis(top: float, most: int = 6) -> tuple[int, int]:
    """An axis end and a number of intervals (at most `most`) for counts, every tick a whole number."""
    top = max(1, int(-(-top // 1)))
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        intervals = -(-top // step)
        if intervals <= most:
            return int(intervals * step), int(intervals)
    step = 10 ** len(str(top))
    return step, 1
