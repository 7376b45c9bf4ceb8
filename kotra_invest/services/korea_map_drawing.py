"""The one renderer of the tile map: a `KoreaMap` laid out as boxes, shapes and labels.

Every output replays the same `Scene` — the dashboard and the PNG through a QPainter
(ui/korea_map.py), the briefing PDF through reportlab (briefing/pdf.py) — so they cannot drift
apart: colours, classes, legend, numbers and highlights are decided here once. Coordinates are
points, y pointing down; a painter only maps them to its device.

The colour scale is one hue (ColorBrewer "Blues") stepping in lightness: it reads in grey on a
black-and-white printer and for every kind of colour blindness, and every tile also carries its
number, so no reader depends on telling two blues apart. Highlights are drawn as line styles
(solid, dashed), not colours, for the same reason; only the dashboard's selection adds orange.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from kotra_invest.catalog import msg
from kotra_invest.domain.korea_tiles import COLUMNS, TILE_BY_CODE
from kotra_invest.services.korea_map import KoreaMap

CLASS_COLOURS = ("#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c")
ZERO_COLOUR = "#ffffff"
MISSING_COLOUR = "#e9ecf0"
INK = "#1c2430"
MUTED = "#5d6675"
EDGE = "#8a94a3"
SELECTED = "#e66100"  # orange: apart from the blues for every colour vision

MARGIN = 16.0
TILE = 88.0
PITCH = 94.0
GRID_TOP = MARGIN + 46.0


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float
    fill: str | None
    stroke: str | None = None
    width: float = 1.0
    dash: tuple[float, ...] = ()


@dataclass(frozen=True)
class Shape:
    points: tuple[tuple[float, float], ...]
    fill: str | None
    stroke: str | None = None
    width: float = 1.0


@dataclass(frozen=True)
class Label:
    x: float
    y: float  # the baseline
    text: str
    size: float
    bold: bool = False
    colour: str = INK
    align: str = "left"  # "left" | "center" | "right" (of x)


Item = Box | Shape | Label


@dataclass(frozen=True)
class TileArea:
    code: str
    x: float
    y: float
    w: float
    h: float
    tip: str  # name, value and FEZs, for a tooltip or an accessible name

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.x + self.w and self.y <= y <= self.y + self.h


@dataclass(frozen=True)
class Scene:
    width: float
    height: float
    items: tuple[Item, ...]
    tiles: tuple[TileArea, ...]
    title: str

    def tile_at(self, x: float, y: float) -> str | None:
        return next((t.code for t in self.tiles if t.contains(x, y)), None)

    def texts(self) -> list[str]:
        return [item.text for item in self.items if isinstance(item, Label)]


_WORDS = {
    "unit_count": msg("services.korea_map_drawing", "Unit: count"),
    "unit_usd": msg("services.korea_map_drawing", "Unit: USD million"),
    "fez": msg("services.korea_map_drawing", "Free Economic Zone (one mark per zone)"),
    "lead": msg("services.korea_map_drawing", "Lead province"),
    "site": msg("services.korea_map_drawing", "Proposed site"),
    "selected": msg("services.korea_map_drawing", "Selected province"),
    "unassigned": msg("services.korea_map_drawing", "No province yet: {value}"),
    "missing": msg("services.korea_map_drawing", "Not available: nothing records this figure yet"),
    "none": msg("services.korea_map_drawing", "Nothing recorded for the year"),
}


def _scale(unit: str, lang: str) -> Decimal:
    """USD shown in 억 달러 (100 million) in Korean and in millions in English, as each reads money."""
    if unit != "usd":
        return Decimal(1)
    return Decimal(100_000_000) if lang == "ko" else Decimal(1_000_000)


def format_value(value: Decimal | None, unit: str, lang: str) -> str:
    """A tile's number in the legend's unit."""
    if value is None:
        return "—"
    if unit != "usd":
        return f"{int(value):,}"
    shown = value / _scale(unit, lang)
    if shown == 0:
        return "0"
    if shown < Decimal("0.1"):
        return "<0.1"
    return f"{shown:,.1f}" if shown < 10 else f"{shown:,.0f}"


def _nice_step(raw: float, integer: bool) -> float:
    if raw <= 0:
        return 1.0
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    return max(1.0, math.ceil(step)) if integer else step


def breaks(m: KoreaMap) -> tuple[float, ...]:
    """The six class boundaries 0 < b1 < … < b5 (in the legend's unit); class i holds (b[i-1], b[i]]."""
    scale = _scale(m.unit, m.lang)
    top = max((float(p.value / scale) for p in m.provinces if p.value is not None), default=0.0)
    step = _nice_step(top / len(CLASS_COLOURS), integer=m.unit != "usd")
    return tuple(step * i for i in range(len(CLASS_COLOURS) + 1))


def colour_of(value: Decimal | None, m: KoreaMap, bounds: tuple[float, ...]) -> str:
    if value is None:
        return MISSING_COLOUR
    shown = float(value / _scale(m.unit, m.lang))
    if shown <= 0:
        return ZERO_COLOUR
    for i, upper in enumerate(bounds[1:]):
        if shown <= upper:
            return CLASS_COLOURS[i]
    return CLASS_COLOURS[-1]


def _on(fill: str) -> str:
    """Text on a tile: white on the two darkest classes, ink elsewhere."""
    return "#ffffff" if fill in CLASS_COLOURS[3:] else INK


def _diamond(cx: float, cy: float, r: float) -> tuple[tuple[float, float], ...]:
    return ((cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy))


def _bound_text(value: float, m: KoreaMap) -> str:
    if m.unit != "usd":
        return f"{int(value):,}"
    return f"{value:,.1f}".rstrip("0").rstrip(".") if value < 10 else f"{value:,.0f}"


@dataclass(frozen=True)
class Legend:
    """What the legend says, for a page that writes it in its own type (the dashboard's map is
    drawn at half size, its legend's words at 5 pixels): the unit (or why there is no figure),
    the classes as (colour, the upper bound under it) from the white 0, the marks as (kind, words)
    with kind "fez", "lead", "site" or "selected", and a note under them."""

    available: bool
    unit: str
    classes: tuple[tuple[str, str], ...]
    marks: tuple[tuple[str, str], ...]
    note: str


def legend_of(m: KoreaMap, selected: str | None = None) -> Legend:
    words = {key: words.text(m.lang) for key, words in _WORDS.items()}
    bounds = breaks(m)
    classes = ((ZERO_COLOUR, "0"),) + tuple(
        (colour, _bound_text(bound, m)) for colour, bound in zip(CLASS_COLOURS, bounds[1:], strict=True)
    )
    marks = [("fez", words["fez"])]
    if m.lead:
        marks.append(("lead", words["lead"]))
    if m.sites:
        marks.append(("site", words["site"]))
    if selected:
        marks.append(("selected", words["selected"]))
    note = ""
    if m.available and m.unassigned:
        note = words["unassigned"].format(value=format_value(m.unassigned, m.unit, m.lang))
    elif m.available and all(not p.value for p in m.provinces):
        note = words["none"]
    unit = words["unit_usd"] if m.unit == "usd" else words["unit_count"]
    return Legend(m.available, unit if m.available else words["missing"], classes, tuple(marks), note)


def draw(m: KoreaMap, selected: str | None = None, *, titled: bool = True, legend: bool = True) -> Scene:
    """Lay the map out: a title (unless the page around it has one), the 17 tiles, and the legend
    in the sea beside Jeju (unless the page writes it itself, from `legend_of`)."""
    items: list[Item] = []
    areas: list[TileArea] = []
    bounds = breaks(m)
    title = f"{m.figure_label} · {m.year}" if m.yearly else m.figure_label
    top = GRID_TOP if titled else MARGIN
    if titled:
        items.append(Label(MARGIN, MARGIN + 14, title, 14, bold=True))
        if m.note:
            items.append(Label(MARGIN, MARGIN + 31, m.note, 8.5, colour=MUTED))

    width = MARGIN * 2 + COLUMNS * PITCH - (PITCH - TILE)
    bottom = 0.0
    for p in m.provinces:
        tile = TILE_BY_CODE[p.code]
        x, y = MARGIN + tile.column * PITCH, top + tile.row * PITCH
        bottom = max(bottom, y + TILE)
        fill = colour_of(p.value, m, bounds)
        ink = _on(fill)
        items.append(Box(x, y, TILE, TILE, fill, EDGE, 1.0))
        if p.code in m.lead:
            items.append(Box(x + 1.75, y + 1.75, TILE - 3.5, TILE - 3.5, None, "#000000", 3.5))
        if p.code in m.sites:
            items.append(Box(x + 4.5, y + 4.5, TILE - 9, TILE - 9, None, "#000000", 1.8, (4.0, 2.5)))
        if p.code == selected:
            items.append(Box(x + 1.75, y + 1.75, TILE - 3.5, TILE - 3.5, None, SELECTED, 3.5))
        name_size = 13.0 if m.lang == "ko" else 11.5
        items.append(Label(x + 11, y + 23, p.short, name_size, bold=True, colour=ink))
        value_text = format_value(p.value, m.unit, m.lang)
        items.append(
            Label(
                x + TILE / 2,
                y + TILE / 2 + 13,
                value_text,
                17 if len(value_text) <= 5 else 14,
                bold=True,
                colour=ink,
                align="center",
            )
        )
        for i, _fez in enumerate(p.fezs):
            items.append(Shape(_diamond(x + 16 + i * 13, y + TILE - 15, 5), "#ffffff", "#000000", 1.2))
        tip = f"{p.name}: {value_text}"
        if p.fezs:
            tip += " · " + ", ".join(p.fezs)
        areas.append(TileArea(p.code, x, y, TILE, TILE, tip))

    cursor = bottom
    if legend:
        cursor = _draw_legend(items, legend_of(m, selected), top)
    height = max(bottom, cursor) + MARGIN
    return Scene(width, height, tuple(items), tuple(areas), title)


def _draw_legend(items: list[Item], key: Legend, top: float) -> float:
    """The legend in the sea east of Jeju (Jeju takes the first column of the last row); returns
    how far down it reaches."""
    jeju = TILE_BY_CODE["KR-49"]
    lx = MARGIN + (jeju.column + 1) * PITCH + 10
    ly = top + jeju.row * PITCH - 4
    if key.available:
        items.append(Label(lx, ly + 8, key.unit, 9, colour=MUTED))
        swatch = 40.0
        sy = ly + 14
        (zero_colour, zero), *classes = key.classes
        items.append(Box(lx, sy, swatch * 0.6, 12, zero_colour, EDGE, 0.8))
        items.append(Label(lx + swatch * 0.3, sy + 23, zero, 8.5, colour=INK, align="center"))
        x0 = lx + swatch * 0.6 + 6
        for i, (colour, _bound) in enumerate(classes):
            items.append(Box(x0 + i * swatch, sy, swatch, 12, colour, EDGE, 0.8))
        # The upper bound of each class under its right edge; the 0 below the white swatch says where it starts.
        for i, (_colour, bound) in enumerate(classes, start=1):
            items.append(Label(x0 + i * swatch, sy + 23, bound, 8.5, colour=INK, align="center"))
        cursor = sy + 40
    else:
        items.append(Label(lx, ly + 8, key.unit, 8, bold=True, colour=INK))
        cursor = ly + 24
    # Each legend row: its sample mark drawn on the row's baseline `y`, then its words.
    samples: dict[str, Callable[[float], Item]] = {
        "fez": lambda y: Shape(_diamond(lx + 7, y - 3.5, 5), "#ffffff", "#000000", 1.2),
        "lead": lambda y: Box(lx, y - 9, 14, 11, None, "#000000", 3.0),
        "site": lambda y: Box(lx, y - 9, 14, 11, None, "#000000", 1.6, (3.0, 2.0)),
        "selected": lambda y: Box(lx, y - 9, 14, 11, None, SELECTED, 3.0),
    }
    for kind, text in key.marks:
        items.append(samples[kind](cursor))
        items.append(Label(lx + 22, cursor, text, 9, colour=INK))
        cursor += 15
    if key.note:
        items.append(Label(lx, cursor, key.note, 8, colour=MUTED))
        cursor += 13
    return cursor
