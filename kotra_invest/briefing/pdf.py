"""The PDF renderer of a briefing pack: lays out a DelegationPack or ProfilePack on A4 with reportlab."""

from __future__ import annotations

import copy
import itertools
import re
import weakref
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    FrameBreak,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.paragraph import textTransformFrags
from reportlab.platypus.paraparser import ParaParser

from kotra_invest import formatting
from kotra_invest.assets import asset_dir
from kotra_invest.files.atomic import replaced_atomically
from kotra_invest.services.korea_map_drawing import Box as MapBox
from kotra_invest.services.korea_map_drawing import Label as MapLabel
from kotra_invest.services.korea_map_drawing import Scene, draw

from .content import (
    AftercareLine,
    DelegationPack,
    InteractionLine,
    InvestorProfile,
    ItineraryLine,
    Kpis,
    MemberLine,
    PersonLine,
    ProfilePack,
    ProjectLine,
    RegionOffer,
    Results,
    RiskLine,
)

FONT_DIR = asset_dir("fonts")
FONT = "NanumGothic"
FONT_BOLD = "NanumGothic-Bold"
# NanumGothic has Hangul and basic Latin but not Š, ł, ğ, ő, ễ …: names from Czechia, Poland,
# Türkiye, Hungary or Viet Nam would lose letters. Characters it lacks are set in DejaVu Sans.
FALLBACK = "DejaVuSans"
FALLBACK_BOLD = "DejaVuSans-Bold"
_covered: frozenset[int] = frozenset()

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

NAVY = colors.HexColor("#1F3A68")
ZEBRA = colors.HexColor("#EEF2F8")
GRID = colors.HexColor("#B8C2D3")
MUTED = colors.HexColor("#5A6478")
ALERT = colors.HexColor("#B3261E")
DASH = "—"
HEADING_MAX = 120  # characters of a name in a heading, contents line or outline entry

# XML 1.0 forbids these; reportlab's paragraph parser fails on them, and user notes pasted from
# other programs do carry them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def register_fonts() -> None:
    """Register NanumGothic as an embedded TrueType family, so <b> works and Hangul is embedded."""
    global _covered
    if FONT in pdfmetrics.getRegisteredFontNames():
        if not _covered:  # registered by another module's copy of these names: still learn the coverage
            _covered = frozenset(pdfmetrics.getFont(FONT).face.charToGlyph)
        return
    pdfmetrics.registerFont(TTFont(FONT, str(FONT_DIR / "NanumGothic.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(FONT_DIR / "NanumGothicBold.ttf")))
    # No italic cut ships; italic maps onto the upright faces rather than a missing font.
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
    pdfmetrics.registerFont(TTFont(FALLBACK, str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FALLBACK_BOLD, str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(
        FALLBACK, normal=FALLBACK, bold=FALLBACK_BOLD, italic=FALLBACK, boldItalic=FALLBACK_BOLD
    )
    _covered = frozenset(pdfmetrics.getFont(FONT).face.charToGlyph)


# ---------------------------------------------------------------------------------------------
# text helpers


def esc(text: object) -> str:
    """User text as Paragraph markup: &, <, > escaped, line breaks kept, and every run of
    characters the Korean font lacks set in the fallback font."""
    cleaned = _CONTROL.sub(" ", str(text)).replace("\r\n", "\n").replace("\r", "\n")
    register_fonts()
    if all(ch == "\n" or ord(ch) in _covered for ch in set(cleaned)):  # the usual case: one run, no fallback
        return escape(cleaned).replace("\n", "<br/>")
    out: list[str] = []
    for missing, run in itertools.groupby(cleaned, key=lambda ch: ch != "\n" and ord(ch) not in _covered):
        piece = escape("".join(run))
        out.append(f'<font name="{FALLBACK}">{piece}</font>' if missing else piece)
    return "".join(out).replace("\n", "<br/>")


def _or_dash(value: object | None) -> str:
    return DASH if value is None or value == "" else esc(value)


def usd(amount: Decimal | None, lang: str) -> str:
    """Markup for a USD amount: thousands separators; Korean packs add the 억/만 reading."""
    if amount is None:
        return DASH
    plain = f"{formatting.whole(amount):,}"
    if lang == "ko" and abs(amount) >= 10_000:
        return f'{plain}<br/><font color="#5A6478">{formatting.korean_number(amount)} 달러</font>'
    return plain


def _clip(text: str, limit: int) -> str:
    """Free text cut to what a one-page brief has room for, at a word where there is one."""
    one = " ".join(text.split())
    if len(one) <= limit:
        return one
    cut = one[: limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit * 0.6 else cut) + "…"


def _height(flowables: Sequence[Flowable], width: float) -> float:
    """How tall `flowables` stand in a frame of `width`, spacing included."""
    total = 0.0
    for f in flowables:
        _w, h = f.wrap(width, PAGE_HEIGHT * 4)
        total += h + f.getSpaceBefore() + f.getSpaceAfter()
    return total


BODY_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM - 12  # a frame's room, less its padding


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Cut plain text to a width with an ellipsis: for header lines that must stay on one line."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _style(commands: list[tuple[Any, ...]]) -> TableStyle:
    # A table selects its cell font even around Paragraph cells; left alone that is Helvetica,
    # an unembedded font that would then appear in the PDF's font list.
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])


class _Table(Table):
    """A table whose remainder after a split always starts on the next page.

    With splitInRow, reportlab would otherwise split the remainder again into the space left
    below the first part, repeating the header in the middle of the page.
    """

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803 - reportlab's names
        parts = super().split(availWidth, availHeight)
        if len(parts) < 2:
            return parts
        # reportlab keeps whole rows first; with one tall row (a long note) that leaves most of the
        # page empty, so then split inside the row instead.
        _w, used = parts[0].wrap(availWidth, availHeight)
        if used < availHeight * 0.6 and self.splitInRow and hasattr(self, "_splitRows"):
            in_row = self._splitRows(availHeight, doInRowSplit=True)
            if len(in_row) >= 2:
                parts = in_row
        return [parts[0], FrameBreak(), *parts[1:]]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's names
        # A brief's tables are measured to fit the page, then wrapped again when placed: the
        # row heights depend on the width alone (no row or column is sized by the frame).
        if getattr(self, "_wrapped_at", None) == availWidth:
            return self._width, self._height
        size = super().wrap(availWidth, availHeight)
        self._wrapped_at = availWidth
        return size


_PLAIN_FRAGS: weakref.WeakKeyDictionary[ParagraphStyle, Any] = weakref.WeakKeyDictionary()


def _plain_frag(style: ParagraphStyle) -> Any:
    """The fragment reportlab's parser makes of plain text in `style`, parsed once per style."""
    frag = _PLAIN_FRAGS.get(style)
    if frag is None:
        _style, frags, _bullet = ParaParser().parse("x", style)
        frag = _PLAIN_FRAGS[style] = frags[0]
    return frag


class _Para(Paragraph):
    """A paragraph that lays its lines out once per width, and skips the markup parser for
    plain text.

    reportlab wraps each cell paragraph when a table is measured, again when it is placed and
    again when it is drawn; the line breaking is the biggest cost of a 50-investor pack and its
    result depends on the width alone. Its HTML parser is the next cost, and most cells (labels,
    names, dates, notes) hold no tag and no entity: for them the one fragment the parser would
    make is a copy of the style's fragment with the cleaned text."""

    _wrapped_at: float | None = None

    def _setup(self, text: Any, style: Any, bulletText: Any, frags: Any, cleaner: Any) -> None:  # noqa: N803 - reportlab's names
        if frags is None and isinstance(text, str) and "<" not in text and "&" not in text:
            cleaned = cleaner(text)
            frags = []
            if cleaned:
                frag = copy.copy(_plain_frag(style))
                frag.text = cleaned
                frags.append(frag)
            textTransformFrags(frags, style)
            text = cleaned
        super()._setup(text, style, bulletText, frags, cleaner)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's names
        # A split that finds no room for two lines (orphan control) drops the lines it broke
        # (`del self.blPara`) and the paragraph moves to the next page whole: it is laid out again
        # there, or drawing it fails ("no attribute 'blPara'").
        if self._wrapped_at == availWidth and "blPara" in self.__dict__:
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        self._wrapped_at = availWidth
        return size


class _MapFlowable(Flowable):
    """The tile map's scene (services/korea_map_drawing.py, shared with the desktop) replayed with
    reportlab's canvas, scaled to the frame: real text runs, so a reader can copy and search them."""

    def __init__(self, scene: Scene, width: float) -> None:
        super().__init__()
        self.scene = scene
        self.scale = min(1.0, width / scene.width)
        self.width, self.height = scene.width * self.scale, scene.height * self.scale

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's names
        return self.width, self.height

    def draw(self) -> None:
        canvas, height = self.canv, self.scene.height
        canvas.saveState()
        canvas.scale(self.scale, self.scale)
        for item in self.scene.items:
            if isinstance(item, MapLabel):
                canvas.setFillColor(colors.HexColor(item.colour))
                font = FONT_BOLD if item.bold else FONT
                if any(ord(ch) not in _covered for ch in item.text):
                    font = FALLBACK_BOLD if item.bold else FALLBACK
                canvas.setFont(font, item.size)
                draw_text = {"center": canvas.drawCentredString, "right": canvas.drawRightString}.get(
                    item.align, canvas.drawString
                )
                draw_text(item.x, height - item.y, item.text)
                continue
            canvas.setFillColor(colors.HexColor(item.fill) if item.fill else colors.white)
            if item.stroke:
                canvas.setStrokeColor(colors.HexColor(item.stroke))
                canvas.setLineWidth(item.width)
            canvas.setDash(list(item.dash) if isinstance(item, MapBox) and item.dash else [])
            fill, stroke = int(item.fill is not None), int(item.stroke is not None)
            if isinstance(item, MapBox):
                canvas.rect(item.x, height - item.y - item.h, item.w, item.h, fill=fill, stroke=stroke)
            else:
                path = canvas.beginPath()
                (x0, y0), *rest = item.points
                path.moveTo(x0, height - y0)
                for x, y in rest:
                    path.lineTo(x, height - y)
                path.close()
                canvas.drawPath(path, fill=fill, stroke=stroke)
        canvas.restoreState()


class _Chart(Drawing):
    """A drawing whose renderer starts in NanumGothic, not in (unembedded, unused) Helvetica."""

    def draw(self, *args: Any, **kwargs: Any) -> None:
        saved = rl_config.defaultGraphicsFontName
        rl_config.defaultGraphicsFontName = FONT
        try:
            super().draw(*args, **kwargs)
        finally:
            rl_config.defaultGraphicsFontName = saved


# ---------------------------------------------------------------------------------------------
# styles


class _Styles:
    def __init__(self) -> None:
        base = {"fontName": FONT, "splitLongWords": 1}
        self.body = ParagraphStyle("body", fontSize=9.5, leading=13.5, spaceAfter=4, **base)
        # Nothing a reader needs is set below 9 pt; secondary text (muted) is 8.5 pt at the least.
        self.small = ParagraphStyle("small", fontSize=8.5, leading=11, textColor=MUTED, **base)
        self.cell = ParagraphStyle("cell", fontSize=9, leading=11.5, **base)
        self.bullet = ParagraphStyle(
            "bullet",
            fontSize=9.5,
            leading=13,
            leftIndent=10,
            bulletIndent=0,
            spaceAfter=1.5,
            bulletFontName=FONT,
            bulletFontSize=9.5,
            **base,
        )
        self.head_cell = ParagraphStyle("head_cell", parent=self.cell, fontName=FONT_BOLD, textColor=colors.white)
        self.key_cell = ParagraphStyle("key_cell", parent=self.cell, fontName=FONT_BOLD, textColor=NAVY)
        self.h1 = ParagraphStyle(
            "h1", fontName=FONT_BOLD, fontSize=16, leading=21, textColor=NAVY, spaceBefore=4, spaceAfter=8
        )
        self.h2 = ParagraphStyle(
            "h2", fontName=FONT_BOLD, fontSize=13.5, leading=18, textColor=NAVY, spaceBefore=2, spaceAfter=6
        )
        self.h3 = ParagraphStyle(
            "h3",
            fontName=FONT_BOLD,
            fontSize=10.5,
            leading=14,
            textColor=NAVY,
            spaceBefore=8,
            spaceAfter=4,
            keepWithNext=1,  # never a heading alone at the foot of a page
        )
        self.cover_kicker = ParagraphStyle("cover_kicker", fontName=FONT_BOLD, fontSize=13, leading=18, textColor=MUTED)
        self.cover_title = ParagraphStyle(
            "cover_title", fontName=FONT_BOLD, fontSize=26, leading=34, textColor=NAVY, spaceBefore=10, spaceAfter=6
        )
        self.cover_subtitle = ParagraphStyle(
            "cover_subtitle", fontName=FONT, fontSize=14, leading=19, textColor=MUTED, spaceAfter=18
        )
        self.mark = ParagraphStyle(
            "mark",
            fontName=FONT_BOLD,
            fontSize=12,
            leading=16,
            textColor=ALERT,
            borderColor=ALERT,
            borderWidth=1.2,
            borderPadding=5,
            alignment=TA_CENTER,
        )
        self.toc = [
            ParagraphStyle(
                "toc1", fontName=FONT_BOLD, fontSize=11, leading=15, leftIndent=0, firstLineIndent=0, spaceBefore=5
            ),
            ParagraphStyle("toc2", fontName=FONT, fontSize=9.5, leading=12.5, leftIndent=14, firstLineIndent=0),
        ]


# ---------------------------------------------------------------------------------------------
# document: page templates, header/footer, "N / total", table of contents


class _Heading(Paragraph):
    """A heading that goes into the table of contents and the PDF outline."""

    def __init__(self, markup: str, style: ParagraphStyle, level: int, key: str, outline: str) -> None:
        super().__init__(markup, style)
        self.toc_level = level
        self.toc_markup = markup
        self.toc_key = key
        self.outline = outline

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        # A heading is never cut in two: it moves whole to the next page. (Paragraph.split would
        # also rebuild this class with Paragraph's own arguments, which it does not take.)
        return []


class _Contents:
    """The table of contents, laid out before the build and drawn after it, in one pass.

    reportlab's TableOfContents needs a build per pass until the page numbers settle (three
    builds of a 50-investor pack). Here every heading is known before the build, so the number
    of contents pages is too: the story keeps that many pages free, the document notes each
    heading's page as it is placed, and the canvas draws the entries when it writes the pages.
    """

    def __init__(self, title: str, styles: Sequence[ParagraphStyle]) -> None:
        self.title = title
        self.styles = styles
        self.entries: list[tuple[int, str, str]] = []  # (level, markup, key), in story order
        self.pages: dict[str, int] = {}  # key -> page number, filled during the build
        self.first_page = 0
        self._layout: list[list[tuple[Paragraph, float, int, str]]] = []

    def add(self, level: int, markup: str, key: str) -> None:
        self.entries.append((level, markup, key))

    def story(self, first_page: int) -> list[Flowable]:
        """Free pages for the contents, counted from the entries (call after every add)."""
        self.first_page = first_page
        room = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM - 30  # below the title
        pages: list[list[tuple[Paragraph, float, int, str]]] = [[]]
        used = 0.0
        for level, markup, key in self.entries:
            style = self.styles[min(level, len(self.styles) - 1)]
            para = _Para(markup, style)
            _w, height = para.wrap(FRAME_WIDTH - 40, PAGE_HEIGHT)
            height += style.spaceBefore
            if used + height > room and pages[-1]:
                pages.append([])
                used = 0.0
            pages[-1].append((para, height, level, key))
            used += height
        self._layout = pages
        out: list[Flowable] = []
        for n in range(len(pages)):
            # A page needs something on it to be a page; a 1-point spacer is that something.
            out += [Spacer(1, 1), PageBreak()] if n < len(pages) - 1 else [Spacer(1, 1)]
        return out

    def draw(self, canvas: Canvas, page: int) -> None:
        index = page - self.first_page
        if not 0 <= index < len(self._layout):
            return
        top = PAGE_HEIGHT - MARGIN_TOP
        if index == 0:
            canvas.setFont(FONT_BOLD, 16)
            canvas.setFillColor(NAVY)
            canvas.drawString(MARGIN_X, top - 16, self.title)
        y = top - 30
        for para, height, level, key in self._layout[index]:
            number = self.pages.get(key)
            para.drawOn(canvas, MARGIN_X, y - height)
            if number is None:
                y -= height
                continue
            style = self.styles[min(level, len(self.styles) - 1)]
            lines = para.blPara.lines
            bottom = y - height
            # The number stands on the baseline of the entry's last line.
            baseline = bottom + para.height - style.fontSize - (len(lines) - 1) * style.leading
            text = str(number)
            font = style.fontName
            canvas.setFont(font, style.fontSize)
            canvas.setFillColor(colors.black)
            canvas.drawRightString(PAGE_WIDTH - MARGIN_X, baseline, text)
            widths = para.getActualLineWidths0()
            ends = MARGIN_X + style.leftIndent + (widths[-1] if widths else 0) + 4
            canvas.setStrokeColor(GRID)
            canvas.setDash(1, 2)
            canvas.line(
                ends, baseline, PAGE_WIDTH - MARGIN_X - pdfmetrics.stringWidth(text, font, style.fontSize) - 4, baseline
            )
            canvas.setDash()
            # Named: the replayed page states would otherwise reuse the automatic annotation numbers.
            canvas.linkAbsolute(
                "", key, (MARGIN_X, y - height, PAGE_WIDTH - MARGIN_X, y), thickness=0, name=f"toc-{key}"
            )
            y -= height


def _numbered_canvas(font: str, skip_first: bool, footer_y: float, contents: _Contents | None = None) -> type[Canvas]:
    """A canvas that holds its pages until the end, so each can say 'N / total' (and the
    contents pages can list the page of every heading)."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                if contents is not None:
                    contents.draw(self, self._pageNumber)
                if not (skip_first and self._pageNumber == 1):
                    self.setFont(font, 8)
                    self.setFillColor(MUTED)
                    self.drawRightString(PAGE_WIDTH - MARGIN_X, footer_y, f"{self._pageNumber} / {total}")
                super().showPage()
            super().save()

    return NumberedCanvas


class _Doc(BaseDocTemplate):
    def __init__(
        self, filename: str, *, title: str, mark: str, generated: str, cover: bool, contents: _Contents | None = None
    ) -> None:
        super().__init__(
            filename,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=title,
            author="KOTRA",
            creator="kotra-invest",
            # Otherwise every page starts by selecting Helvetica, an unembedded font no text uses.
            initialFontName=FONT,
        )
        self._header_title = title
        self._contents = contents
        self._mark = mark
        self._generated = generated
        body = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH, PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM, id="body")
        templates = [PageTemplate("body", [body], onPage=self._decorate)]
        if cover:
            frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH, PAGE_HEIGHT - 2 * MARGIN_BOTTOM, id="cover")
            templates.insert(0, PageTemplate("cover", [frame], onPage=self._cover_band))
        self.addPageTemplates(templates)

    def _cover_band(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFillColor(NAVY)
        canvas.rect(0, PAGE_HEIGHT - 14 * mm, PAGE_WIDTH, 14 * mm, stroke=0, fill=1)
        canvas.rect(0, 0, PAGE_WIDTH, 6 * mm, stroke=0, fill=1)
        canvas.restoreState()

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        top = PAGE_HEIGHT - MARGIN_TOP + 8 * mm
        mark_width = pdfmetrics.stringWidth(self._mark, FONT_BOLD, 8.5)
        canvas.setFont(FONT_BOLD, 8.5)
        canvas.setFillColor(ALERT)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, top, self._mark)
        canvas.setFont(FONT, 8.5)
        canvas.setFillColor(NAVY)
        room = FRAME_WIDTH - mark_width - 12
        canvas.drawString(MARGIN_X, top, _fit(self._header_title, FONT, 8.5, room))
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_X, top - 3.5, PAGE_WIDTH - MARGIN_X, top - 3.5)
        bottom = MARGIN_BOTTOM - 10 * mm
        canvas.line(MARGIN_X, bottom + 10, PAGE_WIDTH - MARGIN_X, bottom + 10)
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN_X, bottom, self._generated)
        canvas.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
        if isinstance(flowable, _Heading):
            self.canv.bookmarkPage(flowable.toc_key)
            self.canv.addOutlineEntry(flowable.outline, flowable.toc_key, level=flowable.toc_level, closed=True)
            if self._contents is not None:
                self._contents.pages.setdefault(flowable.toc_key, self.page)


def _footer_y() -> float:
    return MARGIN_BOTTOM - 10 * mm


def _build(
    story: list[Flowable],
    path: Path,
    doc_factory: Callable[[str], _Doc],
    *,
    cover: bool,
    contents: _Contents | None = None,
) -> Path:
    """Build once into a temporary file beside `path`, then move it over `path` in one step."""
    register_fonts()
    with replaced_atomically(path) as temp:
        doc = doc_factory(str(temp))
        canvasmaker = _numbered_canvas(FONT, skip_first=cover, footer_y=_footer_y(), contents=contents)
        doc.build(story, canvasmaker=canvasmaker)
    return path


# ---------------------------------------------------------------------------------------------
# building blocks


class _Writer:
    """Turns pack content into flowables, in one language, with one set of labels."""

    def __init__(self, labels: dict[str, str], lang: str) -> None:
        self.labels = labels
        self.lang = lang
        self.s = _Styles()
        self._keys = 0
        self.toc = _Contents(self.labels.get("contents", "contents"), self.s.toc)

    def label(self, key: str) -> str:
        return esc(self.labels.get(key, key))

    def heading(self, markup: str, level: int, outline: str) -> _Heading:
        self._keys += 1
        style = self.s.h1 if level == 0 else self.s.h2
        key = f"h{self._keys}"
        self.toc.add(level, markup, key)
        return _Heading(markup, style, level, key, outline)

    def para(self, markup: str, style: ParagraphStyle | None = None) -> Paragraph:
        return _Para(markup, style or self.s.body)

    def none(self) -> Paragraph:
        return _Para(self.label("none"), self.s.small)

    def cell(self, markup: str) -> Paragraph:
        return _Para(markup, self.s.cell)

    def table(self, header: Sequence[str], rows: Iterable[Sequence[str]], fractions: Sequence[float]) -> Table:
        """A grid table of wrapped cells whose header repeats and whose rows may split across pages."""
        total = sum(fractions)
        widths = [FRAME_WIDTH * f / total for f in fractions]
        data: list[list[Paragraph]] = [[_Para(self.label(h), self.s.head_cell) for h in header]]
        data += [[self.cell(c) for c in row] for row in rows]
        style = [
            ("BACKGROUND", (0, 0), (-1, 0), NAVY),
            ("GRID", (0, 0), (-1, -1), 0.4, GRID),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3.5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        style += [("BACKGROUND", (0, r), (-1, r), ZEBRA) for r in range(2, len(data), 2)]
        # splitInRow: a single 2,000-character note may be taller than a page.
        return _Table(
            data, colWidths=widths, style=_style(style), repeatRows=1, splitByRow=1, splitInRow=1, hAlign="LEFT"
        )

    def facts(self, pairs: Sequence[tuple[str, str]]) -> Table:
        """Key/value table: labels on the left in bold."""
        data = [[_Para(self.label(k), self.s.key_cell), self.cell(v)] for k, v in pairs]
        style = [
            ("GRID", (0, 0), (-1, -1), 0.4, GRID),
            ("BACKGROUND", (0, 0), (0, -1), ZEBRA),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        return _Table(
            data,
            colWidths=[FRAME_WIDTH * 0.26, FRAME_WIDTH * 0.74],
            style=_style(style),
            splitByRow=1,
            splitInRow=1,
            hAlign="LEFT",
        )

    def callout(self, markup: str) -> Table:
        """A highlighted box; a table, so the box stays inside the frame and may split across pages."""
        style = [
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FFF6E0")),
            ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#E0B44C")),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ]
        return _Table(
            [[_Para(markup, self.s.body)]],
            colWidths=[FRAME_WIDTH],
            style=_style(style),
            splitInRow=1,
            hAlign="LEFT",
        )

    def listing(self, items: Sequence[str], separator: str = ", ") -> str:
        # Destinations read "San Jose, United States": a comma cannot also separate them.
        return separator.join(esc(i) for i in items) if items else DASH

    # -- delegation sections -------------------------------------------------------------------

    def cover(self, pack: DelegationPack) -> list[Flowable]:
        s = self.s
        out: list[Flowable] = [Spacer(1, 40 * mm), self.para(self.label("pack_title"), s.cover_kicker)]
        out.append(self.para(esc(pack.title), s.cover_title))
        if pack.subtitle:
            out.append(self.para(esc(pack.subtitle), s.cover_subtitle))
        else:
            out.append(Spacer(1, 12))
        pairs = [
            ("dates", esc(formatting.day_range(pack.starts_on, pack.ends_on, self.lang))),
            ("destinations", self.listing(pack.destinations, " · ")),
            ("leader", _or_dash(pack.leader)),
            ("status", _or_dash(pack.status)),
            ("generated", esc(formatting.moment(pack.generated_at, pack.lang))),
        ]
        out.append(self.facts(pairs))
        out.append(Spacer(1, 22 * mm))
        mark = Table(
            [[_Para(esc(pack.confidentiality), s.mark)]],
            colWidths=[FRAME_WIDTH * 0.4],
            style=_style([]),
            hAlign="CENTER",
        )
        out.append(mark)
        return out

    def overview(self, pack: DelegationPack) -> list[Flowable]:
        out: list[Flowable] = [self.heading(self.label("overview"), 0, self.labels.get("overview", "overview"))]
        out.append(_Para(self.label("objectives"), self.s.h3))
        out.append(self.para(esc(pack.objectives)) if pack.objectives else self.none())
        out.append(Spacer(1, 4))
        pairs = [
            ("year", esc(pack.year)),
            ("dates", esc(formatting.day_range(pack.starts_on, pack.ends_on, self.lang))),
            ("destinations", self.listing(pack.destinations, " · ")),
            ("leader", _or_dash(pack.leader)),
            ("target_industry", _or_dash(pack.target_industry)),
            ("lead_provinces", self.listing(pack.lead_provinces)),
            ("other_provinces", self.listing(pack.other_provinces)),
            ("fezs", self.listing(pack.fezs)),
            ("organisations", self.listing(pack.organisations)),
        ]
        out.append(self.facts(pairs))
        out.append(_Para(self.label("members"), self.s.h3))
        out.append(self.members(pack.members) if pack.members else self.none())
        return out

    def korea_map(self, pack: DelegationPack) -> list[Flowable]:
        """The year's notified FDI by province with the lead province and the proposed sites drawn in."""
        out: list[Flowable] = [self.heading(self.label("map"), 0, self.labels.get("map", "map"))]
        if pack.korea_map is None:
            return [*out, self.none()]
        out.append(_MapFlowable(draw(pack.korea_map), FRAME_WIDTH * 0.82))
        out.append(Spacer(1, 6))
        pairs = [
            ("map_lead", self.listing(pack.lead_provinces)),
            ("map_sites", self.listing(pack.site_names)),
        ]
        out.append(self.facts(pairs))
        return out

    def members(self, members: Sequence[MemberLine]) -> Table:
        rows = []
        for m in members:
            name = f"<b>{esc(m.name)}</b>"
            if m.name_en:
                name += f"<br/>{esc(m.name_en)}"
            rows.append(
                [
                    name,
                    _or_dash(m.organisation),
                    _or_dash(m.position),
                    self.label("yes") if m.is_leader else "",
                ]
            )
        return self.table(["name", "organisation", "position", "leader"], rows, [3, 3, 2.4, 0.9])

    def itinerary(self, lines: Sequence[ItineraryLine]) -> list[Flowable]:
        out: list[Flowable] = [self.heading(self.label("itinerary"), 0, self.labels.get("itinerary", "itinerary"))]
        if not lines:
            return [*out, self.none()]
        by_day: dict[date, list[ItineraryLine]] = {}
        for line in sorted(lines, key=lambda x: (x.starts_utc, x.title)):
            by_day.setdefault(line.day, []).append(line)
        for day in sorted(by_day):
            rows = []
            for x in by_day[day]:
                when = x.starts_local.strftime("%H:%M")
                if x.ends_local:
                    when += "–" + x.ends_local.strftime("%H:%M")
                    later = (x.ends_local.date() - x.starts_local.date()).days
                    if later > 0:  # ends after midnight
                        when += f" (+{later})"
                zone = f'<br/><font color="#5A6478" size="8.5">{esc(x.time_zone)}<br/>{esc(x.utc_offset)}</font>'
                title = f"<b>{esc(x.title)}</b>"
                if x.notes:
                    title += f'<br/><font color="#5A6478">{esc(x.notes)}</font>'
                place = "<br/>".join(esc(p) for p in (x.city, x.venue) if p) or DASH
                rows.append(
                    [
                        f"<b>{when}</b>{zone}",
                        esc(x.starts_korea.strftime("%m-%d %H:%M")),
                        esc(x.kind),
                        title,
                        place,
                        _or_dash(x.investor),
                    ]
                )
            header = ["time", "korea_time", "kind", "title", "city", "investor"]
            table = self.table(header, rows, [2.15, 1.2, 0.95, 2.8, 1.6, 1.6])
            day_title = _Para(esc(formatting.long_day(day, self.lang)), self.s.h3)
            # A day stays on one page when it fits on one: no day's last rows alone on a page.
            out.append(KeepTogether([day_title, table]))
        return out

    def results(self, results: Results) -> list[Flowable]:
        out: list[Flowable] = [self.heading(self.label("results"), 0, self.labels.get("results", "results"))]
        pairs = [
            ("meetings_held", _or_dash(results.meetings_held)),
            ("mous_signed", _or_dash(results.mous_signed)),
            ("pledged", usd(results.pledged_usd, self.lang)),
        ]
        out.append(self.facts(pairs))
        out.append(_Para(self.label("summary"), self.s.h3))
        out.append(self.para(esc(results.summary)) if results.summary else self.none())
        return out

    def kpis(self, kpis: Kpis) -> list[Flowable]:
        outline = f"{self.labels.get('kpis', 'kpis')} {kpis.year}"
        out: list[Flowable] = [self.heading(f"{self.label('kpis')} · {kpis.year}", 0, outline)]
        title = _Para(self.label("pipeline_by_stage"), self.s.h3)
        if kpis.pipeline_by_stage and any(n for _, n in kpis.pipeline_by_stage):
            rows = [[esc(stage), f"{n:,}"] for stage, n in kpis.pipeline_by_stage]
            table = self.table(["stage", "projects"], rows, [3, 1])
            out.append(KeepTogether([title, self.stage_chart(kpis.pipeline_by_stage), Spacer(1, 4), table]))
        else:
            out += [title, self.none()]
        title = _Para(self.label("fdi_by_region"), self.s.h3)
        if kpis.fdi_by_region and any(n or a for _, n, a in kpis.fdi_by_region):
            rows = [[esc(r), usd(n, self.lang), usd(a, self.lang)] for r, n, a in kpis.fdi_by_region]
            table = self.table(["region", "notified_usd", "arrived_usd"], rows, [2, 1.5, 1.5])
            out.append(KeepTogether([title, self.region_chart(kpis.fdi_by_region), Spacer(1, 4), table]))
        else:
            out += [title, self.none()]
        return out

    # -- charts --------------------------------------------------------------------------------

    def _chart(self, categories: Sequence[str], series: Sequence[Sequence[float]], money: bool) -> Drawing:
        """Horizontal bars: category names sit on the left, one per line, in either language,
        so long English names can neither collide nor run into what follows the chart."""
        size = 8.5
        bar = 9 if len(series) > 1 else 11
        group = bar * len(series) + 6
        label_width = min(
            max((pdfmetrics.stringWidth(c, FONT, size) for c in categories), default=40) + 10, FRAME_WIDTH * 0.45
        )
        top_room = 22 if money else 6  # the legend and the unit stand above a money chart
        plot_height = group * len(categories)
        height = plot_height + 26 + top_room
        drawing = _Chart(FRAME_WIDTH, height)
        chart = HorizontalBarChart()
        chart.x, chart.y = label_width, 20
        chart.width, chart.height = FRAME_WIDTH - label_width - 30, plot_height
        # reportlab draws the first category at the bottom; the reader expects the table's order.
        chart.data = [list(reversed(list(s))) for s in series]
        chart.categoryAxis.categoryNames = [_fit(c, FONT, size, label_width - 10) for c in reversed(categories)]
        for axis in (chart.categoryAxis, chart.valueAxis):
            axis.labels.fontName = FONT
            axis.labels.fontSize = size
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.labels.dx = -4
        chart.valueAxis.valueMin = 0
        chart.valueAxis.maximumTicks = 6
        chart.valueAxis.visibleGrid = True
        chart.valueAxis.gridStrokeColor = GRID
        chart.valueAxis.gridStrokeWidth = 0.3
        if money:
            lang = self.lang
            chart.valueAxis.labelTextFormat = lambda v: formatting.compact(v, lang)
        else:
            peak = max((max(s) for s in series if s), default=0)
            if peak < 5:  # whole projects, not 0.5 of one
                chart.valueAxis.valueMax = 5
                chart.valueAxis.valueStep = 1
            chart.valueAxis.labelTextFormat = "%d"
        palette = [NAVY, colors.HexColor("#E0A526")]
        for i in range(len(series)):
            chart.bars[i].fillColor = palette[i % len(palette)]
            chart.bars[i].strokeColor = None
        chart.barWidth = bar
        chart.barSpacing = 0
        chart.groupSpacing = 6
        if not money:
            chart.barLabelFormat = "%d"
            chart.barLabels.fontName = FONT
            chart.barLabels.fontSize = size
            chart.barLabels.boxAnchor = "w"
            chart.barLabels.dx = 3
        drawing.add(chart)
        return drawing

    def stage_chart(self, data: Sequence[tuple[str, int]]) -> Drawing:
        return self._chart([s for s, _ in data], [[n for _, n in data]], money=False)

    def region_chart(self, data: Sequence[tuple[str, Decimal, Decimal]]) -> Drawing:
        series = [[float(n) for _, n, _ in data], [float(a) for _, _, a in data]]
        drawing = self._chart([r for r, _, _ in data], series, money=True)
        legend = Legend()
        legend.fontName = FONT
        legend.fontSize = 8.5
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.x, legend.y = FRAME_WIDTH - 190, drawing.height - 4
        legend.colorNamePairs = [
            (NAVY, self.labels.get("notified", "notified")),
            (colors.HexColor("#E0A526"), self.labels.get("arrived", "arrived")),
        ]
        legend.deltax = 85
        drawing.add(legend)
        drawing.add(String(0, drawing.height - 12, "USD", fontName=FONT, fontSize=8.5, fillColor=MUTED))
        return drawing

    # -- executive summary ---------------------------------------------------------------------

    def summary(self, pack: DelegationPack) -> list[Flowable]:
        """One page: where and when, whom we meet (stage and amounts), and what we ask."""
        heading = self.heading(self.label("executive_summary"), 0, self.labels.get("executive_summary", "summary"))
        top = [
            heading,
            self.para(
                f"<b>{esc(pack.title)}</b> · {esc(formatting.day_range(pack.starts_on, pack.ends_on, self.lang))}"
                + (f" · {self.label('leader')}: {esc(pack.leader)}" if pack.leader else "")
            ),
        ]
        stops = self._stops(pack)
        ranked = sorted(pack.investors, key=lambda p: (p.priority or 9, p.name.lower()))
        asking = [p for p in ranked if p.talking_points]

        def build(n_investors: int, n_asks: int, clip: int) -> list[Flowable]:
            out = list(top)
            out.append(_Para(self.label("stops"), self.s.h3))
            out.append(stops)
            out.append(_Para(f"{self.label('investors')} ({len(ranked)})", self.s.h3))
            out.append(self._summary_investors(ranked[:n_investors]) if ranked else self.none())
            if len(ranked) > n_investors:
                more = self.labels.get("more_in_workbook", "{n}").format(n=len(ranked) - n_investors)
                out.append(_Para(esc(more), self.s.small))
            out.append(_Para(self.label("the_asks"), self.s.h3))
            if not asking:
                out.append(self.none())
            for p in asking[:n_asks]:
                text = _clip(p.talking_points or "", clip)
                out.append(_Para(f"<b>{esc(p.name)}</b>: {esc(text)}", self.s.bullet, bulletText="•"))
            return out

        # The most the page holds: fewer investors and asks, shorter asks, until it fits.
        for n_investors, n_asks, clip in ((12, 6, 220), (10, 5, 160), (8, 4, 120), (6, 3, 100), (4, 2, 80)):
            flowables = build(n_investors, n_asks, clip)
            if _height(flowables, FRAME_WIDTH) <= BODY_HEIGHT:
                return flowables
        return flowables

    def _stops(self, pack: DelegationPack) -> Table:
        """Cities with the days the itinerary spends there and the meetings held in each."""
        by_city: dict[str, list[ItineraryLine]] = {}
        for x in sorted(pack.itinerary, key=lambda x: x.starts_utc):
            if x.city:
                by_city.setdefault(x.city.casefold(), []).append(x)
        rows = []
        seen: set[str] = set()
        for (city, city_ko), shown in zip(pack.destination_cities, pack.destinations, strict=False):
            items = by_city.get(city.casefold()) or by_city.get((city_ko or "").casefold()) or []
            seen.add(city.casefold())
            rows.append(self._stop_row(shown, items))
        if not pack.destination_cities:
            for shown in pack.destinations:
                rows.append(self._stop_row(shown, by_city.get(shown.split(",")[0].strip().casefold(), [])))
                seen.add(shown.split(",")[0].strip().casefold())
        for key, items in by_city.items():
            if key not in seen and any(x.kind_code != "travel" for x in items):
                rows.append(self._stop_row(items[0].city or "", items))
        return self.table(["city", "dates", "meetings"], rows, [3, 4, 1.2])

    def _stop_row(self, shown: str, items: Sequence[ItineraryLine]) -> list[str]:
        if not items:
            return [esc(shown), f'<font color="#B3261E">{self.label("no_itinerary_here")}</font>', "0"]
        first, last = items[0].day, items[-1].day
        days = formatting.short_day(first, self.lang)
        if last != first:
            days += " – " + formatting.short_day(last, self.lang)
        meetings = sum(1 for x in items if x.kind_code == "meeting" or (not x.kind_code and x.investor))
        return [esc(shown), esc(days), str(meetings)]

    def _summary_investors(self, investors: Sequence[InvestorProfile]) -> Table:
        rows = []
        for p in investors:
            lead = p.projects[0] if p.projects else None
            stage = esc(lead.stage) if lead else DASH
            amounts = []
            if lead is not None and lead.capex is not None:
                amounts.append(f"{self.label('capex')} {formatting.whole(lead.capex):,} {esc(lead.capex_currency)}")
            notified = sum((x.notified_usd for x in p.projects), Decimal(0))
            if notified:
                amounts.append(f"{self.label('notified')} USD {formatting.whole(notified):,}")
            status = " · ".join(esc(x) for x in (p.meeting_status, p.priority and f"P{p.priority}") if x)
            rows.append(
                [
                    f"<b>{esc(_clip(p.name, 60))}</b><br/>{_or_dash(p.country)}",
                    stage,
                    "<br/>".join(amounts) or DASH,
                    status or DASH,
                ]
            )
        return self.table(["investor", "stage", "amount", "meeting_status"], rows, [3.2, 1.6, 3.0, 1.5])

    # -- one page per investor -----------------------------------------------------------------

    def brief(self, p: InvestorProfile, heading: Flowable) -> list[Flowable]:
        """An investor on one page: why now, the ask, what the last meetings said, open
        projects and amounts, risks, whom to ask for. Long lists are cut to what fits."""
        for meetings, projects, clip in ((3, 4, 420), (3, 3, 260), (2, 3, 180), (2, 2, 120), (1, 2, 80), (1, 1, 60)):
            flowables = self._brief(p, heading, meetings, projects, clip)
            if _height(flowables, FRAME_WIDTH) <= BODY_HEIGHT:
                return flowables
        return flowables  # a name or an ask longer than a page: it flows on, ending the section

    def _brief(
        self, p: InvestorProfile, heading: Flowable, n_meetings: int, n_projects: int, clip: int
    ) -> list[Flowable]:
        out: list[Flowable] = [heading]
        name = f"<b>{esc(p.name)}</b>" + (f" ({esc(p.name_ko)})" if p.name_ko else "")
        yes_no = self.label("yes") if p.in_korea else self.label("no")
        status = " · ".join(
            esc(x) for x in (p.meeting_status, p.priority and f"{self.label('priority')} {p.priority}") if x
        )
        grid = [
            [self.label("company"), name, "", ""],
            [self.label("country"), _or_dash(p.country), self.label("industry"), _or_dash(p.industry)],
            [self.label("size"), _or_dash(p.size), self.label("owner"), _or_dash(p.owner)],
            [self.label("meeting_status"), status or DASH, self.label("in_korea"), yes_no],
            [self.label("website"), _or_dash(p.website), "", ""],
        ]
        out.append(self.grid(grid, spans=(0, 4)))
        out.append(_Para(self.label("why_now"), self.s.h3))
        if p.why_now:
            out += [_Para(esc(line), self.s.bullet, bulletText="•") for line in p.why_now]
        else:
            out.append(self.none())
        out.append(_Para(self.label("ask"), self.s.h3))
        out.append(self.callout(esc(_clip(p.talking_points, clip * 2))) if p.talking_points else self.none())
        if p.notes:
            out.append(_Para(self.label("notes"), self.s.h3))
            out.append(self.para(esc(_clip(p.notes, clip))))
        out.append(_Para(self.label("last_meetings"), self.s.h3))
        if p.interactions:
            rows = [
                [
                    esc(formatting.day(i.when.astimezone(formatting.KOREA).date(), self.lang)) + f"<br/>{esc(i.kind)}",
                    _or_dash(i.contact),
                    esc(_clip(i.summary, clip)),
                    _or_dash(_clip(i.outcome, clip // 2) if i.outcome else None),
                ]
                for i in p.interactions[:n_meetings]
            ]
            out.append(self.table(["when", "contact", "summary", "outcome"], rows, [1.5, 1.6, 4.4, 2.2]))
            self._more(out, len(p.interactions) - n_meetings)
        else:
            out.append(self.none())
        out.append(_Para(self.label("projects"), self.s.h3))
        if p.projects:
            out.append(self.projects(p.projects[:n_projects]))
            self._more(out, len(p.projects) - n_projects)
        else:
            out.append(self.none())
        if p.aftercare:  # an investor here already: what we owe them is part of the conversation
            out.append(_Para(self.label("aftercare"), self.s.h3))
            out += [
                _Para(esc(self.aftercare_line(a)), self.s.bullet, bulletText="•") for a in p.aftercare[: n_projects + 1]
            ]
            self._more(out, len(p.aftercare) - n_projects - 1)
        out.append(_Para(self.label("risks"), self.s.h3))
        if p.risks:
            out += [_Para(esc(self.risk(r)), self.s.bullet, bulletText="•") for r in p.risks]
        else:
            out.append(self.none())
        people = [
            f"<b>{esc(c.name)}</b>" + "".join(f" · {esc(x)}" for x in (c.job_title, c.email, c.phone) if x)
            for c in p.contacts[:3]
        ]
        offers = [
            f"<b>{esc(o.province)}</b>"
            + (f" ({self.listing(o.fezs)})" if o.fezs else "")
            + (f": {self.listing(o.strategic_industries)}" if o.strategic_industries else "")
            for o in p.offers[:2]
        ]
        tail = [
            f"<b>{self.label('contacts')}</b>: " + ("; ".join(people) if people else self.label("none")),
            f"<b>{self.label('offers')}</b>: " + ("; ".join(offers) if offers else self.label("none")),
        ]
        out.append(Spacer(1, 4))
        out += [self.para(line, self.s.cell) for line in tail]
        return out

    def _more(self, out: list[Flowable], n: int) -> None:
        if n > 0:
            out.append(_Para(esc(self.labels.get("more_in_workbook", "{n}").format(n=n)), self.s.small))

    def aftercare_line(self, a: AftercareLine) -> str:
        from kotra_invest.briefing.labels import aftercare_sentence

        return aftercare_sentence(a, self.labels)

    def risk(self, r: RiskLine) -> str:
        template = self.labels.get(f"risk_{r.kind}", "{text}")
        return template.format(text=r.text, date=formatting.day(r.on_date, self.lang) if r.on_date else DASH)

    def grid(self, rows: Sequence[Sequence[str]], spans: Sequence[int] = ()) -> Table:
        """Facts two by two: label, value, label, value; the rows in `spans` give the value the
        whole width (a long company name must not interleave with the next column)."""
        data = [[_Para(c, self.s.key_cell if i % 2 == 0 else self.s.cell) for i, c in enumerate(row)] for row in rows]
        style = [
            ("GRID", (0, 0), (-1, -1), 0.4, GRID),
            ("BACKGROUND", (0, 0), (0, -1), ZEBRA),
            ("BACKGROUND", (2, 0), (2, -1), ZEBRA),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ]
        for row in spans:
            style += [("SPAN", (1, row), (3, row)), ("BACKGROUND", (2, row), (2, row), colors.white)]
        widths = [FRAME_WIDTH * f for f in (0.17, 0.33, 0.17, 0.33)]
        return _Table(data, colWidths=widths, style=_style(style), hAlign="LEFT")

    # -- investor profile -------------------------------------------------------------------------

    def investor_name(self, p: InvestorProfile) -> tuple[str, str]:
        """(markup, plain text) of an investor's name with its Korean name."""
        plain = p.name if not p.name_ko or p.name_ko == p.name else f"{p.name} ({p.name_ko})"
        # A heading must fit on a page; the full name is in the facts table right below it.
        shown = plain if len(plain) <= HEADING_MAX else plain[: HEADING_MAX - 1] + "…"
        return esc(shown), plain

    def profile(self, p: InvestorProfile, heading: Flowable) -> list[Flowable]:
        out: list[Flowable] = [heading]
        yes_no = self.label("yes") if p.in_korea else self.label("no")
        pairs = [
            ("company", _or_dash(p.name) + (f"<br/>{esc(p.name_ko)}" if p.name_ko else "")),
            ("country", _or_dash(p.country)),
            ("industry", _or_dash(p.industry)),
            ("size", _or_dash(p.size)),
            ("website", _or_dash(p.website)),
            ("owner", _or_dash(p.owner)),
            ("in_korea", yes_no),
            ("tags", self.listing(p.tags)),
        ]
        if p.meeting_status:
            pairs.append(("meeting_status", esc(p.meeting_status)))
        if p.priority is not None:
            pairs.append(("priority", esc(p.priority)))
        out.append(self.facts(pairs))
        if p.talking_points:
            out.append(_Para(self.label("talking_points"), self.s.h3))
            out.append(self.callout(esc(p.talking_points)))
        if p.notes:
            out.append(_Para(self.label("notes"), self.s.h3))
            out.append(self.para(esc(p.notes)))
        out += self._section("contacts", p.contacts, self.people)
        out += self._section("interactions", p.interactions, self.interactions)
        out += self._section("projects", p.projects, self.projects)
        if p.aftercare:
            out += [CondPageBreak(40), _Para(self.label("aftercare"), self.s.h3)]
            out += [_Para(esc(self.aftercare_line(a)), self.s.bullet, bulletText="•") for a in p.aftercare]
        out += self._section("offers", p.offers, self.offers)
        return out

    def _section(self, key: str, items: Sequence[Any], render: Callable[[Sequence[Any]], Table]) -> list[Flowable]:
        title = _Para(self.label(key), self.s.h3)
        if not items:
            return [KeepTogether([title, self.none()])]
        return [CondPageBreak(40), title, render(items)]

    def people(self, people: Sequence[PersonLine]) -> Table:
        rows = []
        for c in people:
            name = f"<b>{esc(c.name)}</b>" + (f"<br/>{esc(c.name_ko)}" if c.name_ko else "")
            rows.append([name, _or_dash(c.job_title), _or_dash(c.email), _or_dash(c.phone)])
        return self.table(["name", "job_title", "email", "phone"], rows, [2.6, 2.6, 2.6, 1.6])

    def interactions(self, lines: Sequence[InteractionLine]) -> Table:
        rows = [
            [
                esc(formatting.day(i.when.astimezone(formatting.KOREA).date(), self.lang)),
                esc(i.kind),
                _or_dash(i.officer),
                _or_dash(i.contact),
                esc(i.summary),
                _or_dash(i.outcome),
            ]
            for i in lines
        ]
        header = ["when", "kind", "officer", "contact", "summary", "outcome"]
        return self.table(header, rows, [1.6, 1.05, 1.25, 1.45, 3.7, 1.75])

    def projects(self, projects: Sequence[ProjectLine]) -> Table:
        rows = []
        for pr in projects:
            title = f"<b>{esc(pr.title)}</b>"
            if pr.confidential:
                title += f' <font color="#B3261E">[{self.label("confidential")}]</font>'
            title += f"<br/>{esc(pr.project_type)}"
            if pr.industry:
                title += f" · {esc(pr.industry)}"
            for a in pr.amounts:
                amount = f"{formatting.whole(a.amount):,} {a.currency}"
                title += f'<br/><font color="#5A6478">{esc(a.kind)} {esc(formatting.day(a.on_date, self.lang))} · {esc(amount)}</font>'
            stage = f"{esc(pr.stage)}" + (
                f"<br/>{esc(formatting.day(pr.stage_since, self.lang))}" if pr.stage_since else ""
            )
            place = "<br/>".join(esc(x) for x in (pr.target_province, pr.fez) if x) or DASH
            figures = []
            if pr.capex is not None:
                figures.append(f"{formatting.whole(pr.capex):,} {esc(pr.capex_currency)}")
            if pr.expected_jobs is not None:
                figures.append(f"{self.label('jobs')}: {pr.expected_jobs:,}")
            if pr.probability is not None:
                figures.append(f"{self.label('probability')}: {pr.probability}%")
            rows.append(
                [
                    title,
                    stage,
                    place,
                    "<br/>".join(figures) or DASH,
                    usd(pr.notified_usd, self.lang),
                    usd(pr.arrived_usd, self.lang),
                ]
            )
        header = ["project", "stage", "target_province", "capex", "notified_usd", "arrived_usd"]
        return self.table(header, rows, [3.0, 1.3, 1.6, 2.1, 1.45, 1.45])

    def offers(self, offers: Sequence[RegionOffer]) -> Table:
        rows = [
            [
                f"<b>{esc(o.province)}</b>",
                esc(o.region),
                self.listing(o.strategic_industries),
                self.listing(o.fezs),
            ]
            for o in offers
        ]
        return self.table(["province", "region", "strategic_industries", "fezs"], rows, [1.4, 1.2, 3.2, 3.2])


# ---------------------------------------------------------------------------------------------
# entry points


def write_delegation_pdf(pack: DelegationPack, path: Path) -> Path:
    """Render a delegation briefing pack to `path` (replaced atomically); returns `path`."""
    register_fonts()
    w = _Writer(pack.labels, pack.lang)
    body: list[Flowable] = [*w.summary(pack)]
    body += [PageBreak(), *w.overview(pack)]
    body += [PageBreak(), *w.korea_map(pack)]
    body += [PageBreak(), *w.itinerary(pack.itinerary)]
    investors_label = pack.labels.get("investors", "investors")
    body += [PageBreak(), w.heading(w.label("investors"), 0, investors_label)]
    if not pack.investors:
        body.append(w.none())
    for i, investor in enumerate(pack.investors):
        markup, plain = w.investor_name(investor)
        if i:
            body.append(PageBreak())
        body += w.brief(investor, w.heading(markup, 1, plain))
    body += [PageBreak(), *w.results(pack.results)]
    body += [PageBreak(), *w.kpis(pack.kpis)]
    # Every heading is known now, so the contents know how many pages they take.
    story: list[Flowable] = [NextPageTemplate("cover"), *w.cover(pack), NextPageTemplate("body"), PageBreak()]
    story += [*w.toc.story(first_page=2), PageBreak(), *body]
    generated = f"{pack.labels.get('generated', 'generated')}: {formatting.moment(pack.generated_at, pack.lang)}"

    def factory(filename: str) -> _Doc:
        return _Doc(
            filename, title=pack.title, mark=pack.confidentiality, generated=generated, cover=True, contents=w.toc
        )

    return _build(story, path, factory, cover=True, contents=w.toc)


def write_profile_pdf(pack: ProfilePack, path: Path) -> Path:
    """Render a one-investor profile to `path` (replaced atomically); returns `path`."""
    register_fonts()
    w = _Writer(pack.labels, pack.lang)
    markup, plain = w.investor_name(pack.profile)
    stamp = formatting.moment(pack.generated_at, pack.lang)
    story: list[Flowable] = [
        Table(
            [[_Para(w.label("profile_title"), w.s.cover_kicker), _Para(esc(pack.confidentiality), w.s.mark)]],
            colWidths=[FRAME_WIDTH * 0.7, FRAME_WIDTH * 0.3],
            style=_style([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (0, 0), 0)]),
            hAlign="LEFT",
        ),
        _Para(f"{w.label('generated')}: {esc(stamp)}", w.s.small),
        Spacer(1, 4),
    ]
    heading = _Heading(markup, w.s.cover_title, 0, "profile", plain)
    story += w.profile(pack.profile, heading)
    generated = f"{pack.labels.get('generated', 'generated')}: {stamp}"
    header = f"{pack.labels.get('profile_title', 'profile')} · {plain}"

    def factory(filename: str) -> _Doc:
        return _Doc(filename, title=header, mark=pack.confidentiality, generated=generated, cover=False)

    return _build(story, path, factory, cover=False)
