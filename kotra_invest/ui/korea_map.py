"""The tile map of Korea on screen and as a PNG: the shared `Scene` replayed through a QPainter.

The layout, colours and legend come from services/korea_map_drawing.py (the briefing PDF
replays the same scene through reportlab); this module only paints, scales to the widget and
turns a click back into the province under it.
"""

from __future__ import annotations

import html
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QHelpEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolTip, QWidget

from kotra_invest.files.atomic import replaced_atomically
from kotra_invest.services.korea_map import KoreaMap
from kotra_invest.services.korea_map_drawing import (
    EDGE,
    MUTED,
    SELECTED,
    Box,
    Label,
    Legend,
    Scene,
    Shape,
    TileArea,
    draw,
    legend_of,
)

FAMILY = "NanumGothic"  # registered by ui.app.load_fonts; Qt falls back to a system face without it
SMALL_PT = 8.5  # the dashboard's smallest words (its notes and legend): no tile writes smaller
SEA = 4.0  # scene points kept around the tiles on screen (the scene's wider margin is for paper)

# Where an English name too wide for its tile breaks over two lines: between its romanised syllables.
SYLLABLES = {
    "Incheon": ("In", "cheon"),
    "Gyeonggi": ("Gyeong", "gi"),
    "Gangwon": ("Gang", "won"),
    "Chungnam": ("Chung", "nam"),
    "Sejong": ("Se", "jong"),
    "Chungbuk": ("Chung", "buk"),
    "Gyeongbuk": ("Gyeong", "buk"),
    "Jeonbuk": ("Jeon", "buk"),
    "Daejeon": ("Dae", "jeon"),
    "Daegu": ("Dae", "gu"),
    "Ulsan": ("Ul", "san"),
    "Gwangju": ("Gwang", "ju"),
    "Jeonnam": ("Jeon", "nam"),
    "Gyeongnam": ("Gyeong", "nam"),
    "Busan": ("Bu", "san"),
}


@dataclass(frozen=True)
class TileText:
    """A tile's name or number as the dashboard writes it: in widget pixels, never smaller than
    the page's small type (drawn in the scene, the names shrank with the map to 6 px)."""

    code: str
    kind: str  # "name" | "value"
    lines: tuple[str, ...]
    font: QFont
    colour: str
    rects: tuple[QRectF, ...]  # each line's box on the widget


def paint(painter: QPainter, scene: Scene, *, tile_words: bool = True) -> None:
    """Replay the scene in the painter's current coordinates (scene points); without the words on
    the tiles when the caller writes them itself (`tile_words=False`)."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    dpi = painter.device().logicalDpiY() or 96
    for item in scene.items:
        if not tile_words and isinstance(item, Label) and _tile_of(scene, item) is not None:
            continue
        if isinstance(item, Box):
            painter.setBrush(QBrush(QColor(item.fill)) if item.fill else Qt.BrushStyle.NoBrush)
            painter.setPen(_pen(item.stroke, item.width, item.dash))
            painter.drawRect(QRectF(item.x, item.y, item.w, item.h))
        elif isinstance(item, Shape):
            painter.setBrush(QBrush(QColor(item.fill)) if item.fill else Qt.BrushStyle.NoBrush)
            painter.setPen(_pen(item.stroke, item.width, ()))
            painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in item.points]))
        elif isinstance(item, Label):
            font = QFont(FAMILY)
            # A point of the scene is one unit of the painter: the font's size in those units.
            font.setPointSizeF(item.size * 72 / dpi)
            font.setBold(item.bold)
            painter.setFont(font)
            painter.setPen(QColor(item.colour))
            advance = QFontMetricsF(font, painter.device()).horizontalAdvance(item.text)
            x = item.x - (advance / 2 if item.align == "center" else advance if item.align == "right" else 0)
            painter.drawText(QPointF(x, item.y), item.text)


def _tile_of(scene: Scene, label: Label) -> TileArea | None:
    return next((t for t in scene.tiles if t.contains(label.x, label.y)), None)


def _pen(colour: str | None, width: float, dash: tuple[float, ...]) -> QPen:
    if colour is None:
        return QPen(Qt.PenStyle.NoPen)
    pen = QPen(QColor(colour), width)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    if dash:
        pen.setDashPattern([d / width for d in dash])  # Qt's dashes are in pen widths
    return pen


def render_image(scene: Scene, scale: float = 2.0) -> QImage:
    """The scene on a white image, `scale` pixels per point (2: sharp on paper and on HiDPI screens)."""
    image = QImage(QSize(round(scene.width * scale), round(scene.height * scale)), QImage.Format.Format_ARGB32)
    image.setDotsPerMeterX(round(72 * scale / 0.0254))  # so a viewer prints it at the scene's size
    image.setDotsPerMeterY(round(72 * scale / 0.0254))
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.scale(scale, scale)
    paint(painter, scene)
    painter.end()
    return image


def save_png(korea_map: KoreaMap, path: Path, scale: float = 2.0) -> None:
    """The command line's PNG: the dashboard's painter on an offscreen image.

    Runs without a display: a command line has no QApplication, so one offscreen QGuiApplication
    is made for the drawing (fonts need it); the shipped fonts are registered as the desktop does.
    """
    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([])
    from kotra_invest.ui.app import load_fonts

    load_fonts()
    image = render_image(draw(korea_map), scale)
    # Written beside the target and renamed: a failed run leaves an older map exactly as it was.
    with replaced_atomically(path) as temporary:
        if not image.save(str(temporary), "PNG"):  # type: ignore[call-overload]  # the stubs want bytes; Qt wants str
            raise OSError("the image could not be encoded")


# The legend's sample marks as letters of the page's font (the scene draws them as shapes).
MARKS = {"fez": "◇", "lead": "▣", "site": "⬚", "selected": f'<span style="color:{SELECTED}">▣</span>'}


class MapLegend(QLabel):
    """The map's legend in the page's own type: drawn in the scene it shrank with the map (5-pixel
    words at 1280x800); here it wraps to the panel's width instead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapLegend")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.key: Legend | None = None

    def show_legend(self, key: Legend | None) -> None:
        self.key = key
        if key is None:
            self.clear()
            return
        table = ""
        if key.available:
            # Each class's upper bound under it, at its right edge; the white swatch starts at 0.
            swatches = "".join(
                f'<td width="16%" bgcolor="{colour}" style="border: 1px solid {EDGE}">&nbsp;</td>'
                for colour, _bound in key.classes
            )
            bounds = "".join(f'<td align="right">{html.escape(bound)}</td>' for _colour, bound in key.classes)
            table = f'<table width="100%" cellspacing="2" cellpadding="0"><tr>{swatches}</tr><tr>{bounds}</tr></table>'
        lines = [f"{MARKS[kind]}&nbsp;{html.escape(text)}" for kind, text in key.marks]
        if key.note:
            lines.append(f'<span style="color:{MUTED}">{html.escape(key.note)}</span>')
        self.setText(f'<div style="color:{MUTED}">{html.escape(key.unit)}</div>{table}<div>{"<br>".join(lines)}</div>')


class KoreaMapWidget(QWidget):
    """The map, scaled to fit; a click on a tile chooses its province, a second click clears it.

    By keyboard: Tab in, the arrow keys move a focus frame from tile to tile, Enter or Space
    chooses (or clears) as a click does.
    """

    sig_province_clicked = Signal(object)
    """The user clicked a tile: its province code, or None when the click cleared the choice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._map: KoreaMap | None = None
        self._scene: Scene | None = None
        self.selected: str | None = None
        self.current: str | None = None  # the tile with the keyboard focus frame
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(QSize(200, 280))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        # Its legend, for the page to place (under the map): written in the page's type.
        self.legend = MapLegend(parent)

    @property
    def scene(self) -> Scene | None:
        return self._scene

    def show_map(self, korea_map: KoreaMap) -> None:
        self._map = korea_map
        self._redraw()

    def select(self, code: str | None) -> None:
        """Mark a province as chosen (without emitting): the dashboard keeps it across reloads."""
        self.selected = code
        self._redraw()

    def _redraw(self) -> None:
        self._scene = draw(self._map, self.selected, titled=False, legend=False) if self._map is not None else None
        self.legend.show_legend(legend_of(self._map, self.selected) if self._map is not None else None)
        if self._scene is not None:
            self.setAccessibleName(self._scene.title)
            self.setAccessibleDescription("; ".join(t.tip for t in self._scene.tiles))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, 510)

    def _transform(self) -> tuple[float, float, float]:
        """Scale and offsets from scene points to the widget: the tiles and a strip of sea fill it
        (the scene's margins are for paper), centred across, at the top: spare height goes below
        the legend, not between map and chooser."""
        scene = self._scene
        assert scene is not None
        tiles = scene.tiles
        left = min((t.x for t in tiles), default=SEA) - SEA
        top = min((t.y for t in tiles), default=SEA) - SEA
        width = max((t.x + t.w for t in tiles), default=scene.width - SEA) + SEA - left
        height = max((t.y + t.h for t in tiles), default=scene.height - SEA) + SEA - top
        scale = min(self.width() / width, self.height() / height)
        return scale, (self.width() - width * scale) / 2 - left * scale, -top * scale

    def tile_texts(self) -> list[TileText]:
        """Each tile's name and number where the widget writes them: in at least the page's small
        type (SMALL_PT); a name too wide for its tile breaks between its syllables."""
        scene = self._scene
        if scene is None:
            return []
        scale, dx, dy = self._transform()
        dpi = self.logicalDpiY() or 96
        words: dict[str, list[Label]] = {}
        for item in scene.items:
            if isinstance(item, Label) and (tile := _tile_of(scene, item)) is not None:
                words.setdefault(tile.code, []).append(item)
        names: list[TileText] = []
        values: list[tuple[TileArea, QRectF, Label]] = []
        for tile in scene.tiles:
            labels = words.get(tile.code, [])
            if not labels:
                continue
            box = QRectF(dx + tile.x * scale, dy + tile.y * scale, tile.w * scale, tile.h * scale)
            name, *rest = labels
            font = self._font(name, scale, dpi)
            metrics = QFontMetricsF(font, self)
            line = metrics.height()
            roomy, tight = max(3.0, 11 * scale), 3.0  # the scene's inset from the tile's edge, or just clear of it
            broken = SYLLABLES.get(name.text)
            tries: list[tuple[tuple[str, ...], float]] = [((name.text,), roomy), ((name.text,), tight)]
            if broken is not None:
                tries += [((f"{broken[0]}-", broken[1]), roomy), ((f"{broken[0]}-", broken[1]), tight)]
            lines, inset = next(
                ((ls, i) for ls, i in tries if all(metrics.horizontalAdvance(t) <= box.width() - 2 * i for t in ls)),
                ((metrics.elidedText(name.text, Qt.TextElideMode.ElideRight, box.width() - 2 * tight),), tight),
            )
            top = box.top() + max(3.0, 6 * scale)
            rects = tuple(
                QRectF(box.left() + inset, top + i * line, metrics.horizontalAdvance(t), line)
                for i, t in enumerate(lines)
            )
            names.append(TileText(tile.code, "name", lines, font, name.colour, rects))
            if rest:
                values.append((tile, box, rest[0]))
        # The numbers on one row across the map, under the tallest name, above the FEZ marks.
        below = max((n.rects[-1].bottom() - n.rects[0].top() for n in names), default=0.0)
        texts = list(names)
        for tile, box, value in values:
            font = self._font(value, scale, dpi)
            metrics = QFontMetricsF(font, self)
            start = box.top() + max(3.0, 6 * scale) + below
            marks = box.top() + (tile.h - 21) * scale  # the top of the FEZ marks' row
            y = start + max(0.0, (marks - start - metrics.height()) / 2)
            advance = metrics.horizontalAdvance(value.text)
            rect = QRectF(box.center().x() - advance / 2, y, advance, metrics.height())
            texts.append(TileText(tile.code, "value", (value.text,), font, value.colour, (rect,)))
        return texts

    def _font(self, label: Label, scale: float, dpi: float) -> QFont:
        font = QFont(FAMILY)
        font.setPointSizeF(max(label.size * scale * 72 / dpi, SMALL_PT))
        font.setBold(label.bold)
        return font

    def tile_rect(self, code: str) -> QRectF:
        """The province's tile on the widget."""
        assert self._scene is not None
        scale, dx, dy = self._transform()
        area = next(t for t in self._scene.tiles if t.code == code)
        return QRectF(dx + area.x * scale, dy + area.y * scale, area.w * scale, area.h * scale)

    def tile_centre(self, code: str) -> QPointF:
        """Where the province's tile is on the widget (tests click there)."""
        return self.tile_rect(code).center()

    def province_at(self, x: float, y: float) -> str | None:
        if self._scene is None:
            return None
        scale, dx, dy = self._transform()
        return self._scene.tile_at((x - dx) / scale, (y - dy) / scale)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._scene is None:
            return
        painter = QPainter(self)
        scale, dx, dy = self._transform()
        painter.translate(dx, dy)
        painter.scale(scale, scale)
        paint(painter, self._scene, tile_words=False)
        area = next((t for t in self._scene.tiles if t.code == self.current), None)
        if self.hasFocus() and area is not None:
            pen = QPen(QColor("#000000"), 1.5, Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(area.x - 3, area.y - 3, area.w + 6, area.h + 6))
        painter.resetTransform()
        for text in self.tile_texts():  # in widget pixels: legible however small the map is drawn
            painter.setFont(text.font)
            painter.setPen(QColor(text.colour))
            ascent = QFontMetricsF(text.font, self).ascent()
            for words, rect in zip(text.lines, text.rects, strict=True):
                painter.drawText(QPointF(rect.left(), rect.top() + ascent), words)
        painter.end()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.current is None and self._scene is not None and self._scene.tiles:
            self.current = self.selected or self._scene.tiles[0].code
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        steps = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        if self._scene is None or self.current is None:
            return super().keyPressEvent(event)
        if key in steps:
            self.current = self._neighbour(self.current, *steps[key])
            tip = next(t.tip for t in self._scene.tiles if t.code == self.current)
            self.setAccessibleDescription(tip)  # a screen reader says where the frame is
            self.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._choose(self.current)
        else:
            super().keyPressEvent(event)

    def _neighbour(self, code: str, dx: int, dy: int) -> str:
        """The nearest tile in the direction of the arrow, or the same tile at the map's edge."""
        assert self._scene is not None
        here = next(t for t in self._scene.tiles if t.code == code)
        best: tuple[float, str] | None = None
        for t in self._scene.tiles:
            along = (t.x - here.x) * dx + (t.y - here.y) * dy
            if along <= 0:
                continue
            across = abs((t.y - here.y) if dx else (t.x - here.x))
            score = along + 2 * across
            if best is None or score < best[0]:
                best = (score, t.code)
        return best[1] if best is not None else code

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mouseReleaseEvent(event)
        code = self.province_at(event.position().x(), event.position().y())
        if code is not None:
            self.current = code
            self._choose(code)

    def _choose(self, code: str) -> None:
        chosen = None if code == self.selected else code
        self.select(chosen)
        self.sig_province_clicked.emit(chosen)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self._scene is not None:
            help_event = event if isinstance(event, QHelpEvent) else None
            if help_event is not None:
                code = self.province_at(help_event.pos().x(), help_event.pos().y())
                tip = next((t.tip for t in self._scene.tiles if t.code == code), "")
                if tip:
                    QToolTip.showText(help_event.globalPos(), tip, self)
                else:
                    QToolTip.hideText()
                return True
        return super().event(event)
