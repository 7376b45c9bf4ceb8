"""The PDF renderer of a briefing pack: lays out a DelegationPack or ProfilePack on A4 with reportlab."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from reportlab import rl_config
from reportlab.graphics.charts.barcharts import VerticalBarChart
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
from reportlab.platypus.tableofcontents import TableOfContents

from kotra_invest.assets import asset_dir
from kotra_invest.files.atomic import replaced_atomically

from .content import (
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
)

FONT_DIR = asset_dir("fonts")
FONT = "NanumGothic"
FONT_BOLD = "NanumGothic-Bold"
# NanumGothic has Hangul and basic Latin but not Š, ł, ğ, ő, ễ …: names from Czechia, Poland,
# Türkiye, Hungary or Viet Nam would lose letters. Characters it lacks are set in DejaVu Sans.
FALLBACK = "DejaVuSans"
FALLBACK_BOLD = "DejaVuSans-Bold"
_covered: frozenset[int] = frozenset()

KOREA = ZoneInfo("Asia/Seoul")
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
    if FONT in pdfmetrics.getRegisteredFontNames():
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
    global _covered
    _covered = frozenset(pdfmetrics.getFont(FONT).face.charToGlyph)


# ---------------------------------------------------------------------------------------------
# text helpers


def esc(text: object) -> str:
    """User text as Paragraph markup: &, <, > escaped, line breaks kept, and every run of
    characters the Korean font lacks set in the fallback font."""
    cleaned = _CONTROL.sub(" ", str(text)).replace("\r\n", "\n").replace("\r", "\n")
    register_fonts()
    out: list[str] = []
    for missing, run in itertools.groupby(cleaned, key=lambda ch: ch != "\n" and ord(ch) not in _covered):
        piece = escape("".join(run))
        out.append(f'<font name="{FALLBACK}">{piece}</font>' if missing else piece)
    return "".join(out).replace("\n", "<br/>")


def _or_dash(value: object | None) -> str:
    return DASH if value is None or value == "" else esc(value)


def _whole(amount: Decimal) -> int:
    return int(amount.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def korean_amount(amount: Decimal) -> str:
    """'4억2,000만' — how Korean readers say large numbers; below 만 is dropped as noise."""
    n = _whole(amount)
    sign = "-" if n < 0 else ""
    n = abs(n)
    if n < 10_000:
        return f"{sign}{n:,}"
    jo, rest = divmod(n, 10**12)
    eok, rest = divmod(rest, 10**8)
    man = rest // 10**4
    parts = [f"{jo:,}조" if jo else "", f"{eok:,}억" if eok else "", f"{man:,}만" if man else ""]
    return sign + "".join(p for p in parts if p)


def usd(amount: Decimal | None, lang: str) -> str:
    """Markup for a USD amount: thousands separators; Korean packs add the 억/만 reading."""
    if amount is None:
        return DASH
    plain = f"{_whole(amount):,}"
    if lang == "ko" and abs(amount) >= 10_000:
        return f'{plain}<br/><font color="#5A6478" size="6.5">{korean_amount(amount)} 달러</font>'
    return plain


def _compact(value: float, lang: str) -> str:
    """Axis tick text: short, so long amounts do not collide under a chart."""
    v = abs(value)
    sign = "-" if value < 0 else ""
    if lang == "ko":
        if v >= 10**8:
            return f"{sign}{v / 10**8:,.1f}억".replace(".0억", "억")
        if v >= 10**4:
            return f"{sign}{v / 10**4:,.0f}만"
        return f"{sign}{v:,.0f}"
    for scale, suffix in ((10**9, "B"), (10**6, "M"), (10**3, "K")):
        if v >= scale:
            return f"{sign}{v / scale:,.1f}{suffix}".replace(f".0{suffix}", suffix)
    return f"{sign}{v:,.0f}"


def _day(d: date | None) -> str:
    return d.isoformat() if d else DASH


def _korea_stamp(moment: datetime) -> str:
    return moment.astimezone(KOREA).strftime("%Y-%m-%d %H:%M")


def _dates(starts: date | None, ends: date | None) -> str:
    if starts and ends and starts != ends:
        return f"{starts.isoformat()} – {ends.isoformat()}"
    return _day(starts or ends)


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
        self.small = ParagraphStyle("small", fontSize=8, leading=10.5, textColor=MUTED, **base)
        self.cell = ParagraphStyle("cell", fontSize=7.8, leading=10, **base)
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


def _numbered_canvas(font: str, skip_first: bool, footer_y: float) -> type[Canvas]:
    """A canvas that holds its pages until the end, so each can say 'N / total'."""

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
                if not (skip_first and self._pageNumber == 1):
                    self.setFont(font, 8)
                    self.setFillColor(MUTED)
                    self.drawRightString(PAGE_WIDTH - MARGIN_X, footer_y, f"{self._pageNumber} / {total}")
                super().showPage()
            super().save()

    return NumberedCanvas


class _Doc(BaseDocTemplate):
    def __init__(self, filename: str, *, title: str, mark: str, generated: str, cover: bool) -> None:
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
            self.notify("TOCEntry", (flowable.toc_level, flowable.toc_markup, self.page, flowable.toc_key))


def _footer_y() -> float:
    return MARGIN_BOTTOM - 10 * mm


def _build(story: list[Flowable], path: Path, doc_factory: Callable[[str], _Doc], *, multi: bool, cover: bool) -> Path:
    """Build into a temporary file beside `path`, then move it over `path` in one step."""
    register_fonts()
    with replaced_atomically(path) as temp:
        doc = doc_factory(str(temp))
        canvasmaker = _numbered_canvas(FONT, skip_first=cover, footer_y=_footer_y())
        if multi:
            doc.multiBuild(story, canvasmaker=canvasmaker)
        else:
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

    def label(self, key: str) -> str:
        return esc(self.labels.get(key, key))

    def heading(self, markup: str, level: int, outline: str) -> _Heading:
        self._keys += 1
        style = self.s.h1 if level == 0 else self.s.h2
        return _Heading(markup, style, level, f"h{self._keys}", outline)

    def para(self, markup: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(markup, style or self.s.body)

    def none(self) -> Paragraph:
        return Paragraph(self.label("none"), self.s.small)

    def cell(self, markup: str) -> Paragraph:
        return Paragraph(markup, self.s.cell)

    def table(self, header: Sequence[str], rows: Iterable[Sequence[str]], fractions: Sequence[float]) -> Table:
        """A grid table of wrapped cells whose header repeats and whose rows may split across pages."""
        total = sum(fractions)
        widths = [FRAME_WIDTH * f / total for f in fractions]
        data: list[list[Paragraph]] = [[Paragraph(self.label(h), self.s.head_cell) for h in header]]
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
        data = [[Paragraph(self.label(k), self.s.key_cell), self.cell(v)] for k, v in pairs]
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
            [[Paragraph(markup, self.s.body)]],
            colWidths=[FRAME_WIDTH],
            style=_style(style),
            splitInRow=1,
            hAlign="LEFT",
        )

    def listing(self, items: Sequence[str]) -> str:
        return ", ".join(esc(i) for i in items) if items else DASH

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
            ("dates", esc(_dates(pack.starts_on, pack.ends_on))),
            ("destinations", self.listing(pack.destinations)),
            ("leader", _or_dash(pack.leader)),
            ("status", _or_dash(pack.status)),
            ("generated", esc(_korea_stamp(pack.generated_at))),
        ]
        out.append(self.facts(pairs))
        out.append(Spacer(1, 22 * mm))
        mark = Table(
            [[Paragraph(esc(pack.confidentiality), s.mark)]],
            colWidths=[FRAME_WIDTH * 0.4],
            style=_style([]),
            hAlign="CENTER",
        )
        out.append(mark)
        return out

    def contents(self) -> list[Flowable]:
        padding = [(f"{side}PADDING", (0, 0), (-1, -1), 0) for side in ("LEFT", "RIGHT", "TOP", "BOTTOM")]
        toc = TableOfContents(
            levelStyles=self.s.toc, dotsMinLevel=0, tableStyle=_style([("VALIGN", (0, 0), (-1, -1), "TOP"), *padding])
        )
        return [self.para(self.label("contents"), self.s.h1), toc]

    def overview(self, pack: DelegationPack) -> list[Flowable]:
        out: list[Flowable] = [self.heading(self.label("overview"), 0, self.labels.get("overview", "overview"))]
        out.append(Paragraph(self.label("objectives"), self.s.h3))
        out.append(self.para(esc(pack.objectives)) if pack.objectives else self.none())
        out.append(Spacer(1, 4))
        pairs = [
            ("year", esc(pack.year)),
            ("dates", esc(_dates(pack.starts_on, pack.ends_on))),
            ("destinations", self.listing(pack.destinations)),
            ("leader", _or_dash(pack.leader)),
            ("target_industry", _or_dash(pack.target_industry)),
            ("lead_provinces", self.listing(pack.lead_provinces)),
            ("other_provinces", self.listing(pack.other_provinces)),
            ("fezs", self.listing(pack.fezs)),
            ("organisations", self.listing(pack.organisations)),
        ]
        out.append(self.facts(pairs))
        out.append(Paragraph(self.label("members"), self.s.h3))
        out.append(self.members(pack.members) if pack.members else self.none())
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
                zone = f'<br/><font size="6.5" color="#5A6478">{esc(x.time_zone)}<br/>{esc(x.utc_offset)}</font>'
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
            table = self.table(header, rows, [1.75, 1.25, 1.0, 2.9, 1.7, 1.7])
            day_title = Paragraph(f"{self.label('day')}: {esc(day.isoformat())}", self.s.h3)
            out.append(CondPageBreak(60))
            out += [day_title, table]
        return out

    def results(self, results: Results) -> list[Flowable]:
        out: list[Flowable] = [self.heading(self.label("results"), 0, self.labels.get("results", "results"))]
        pairs = [
            ("meetings_held", _or_dash(results.meetings_held)),
            ("mous_signed", _or_dash(results.mous_signed)),
            ("pledged", usd(results.pledged_usd, self.lang)),
        ]
        out.append(self.facts(pairs))
        out.append(Paragraph(self.label("summary"), self.s.h3))
        out.append(self.para(esc(results.summary)) if results.summary else self.none())
        return out

    def kpis(self, kpis: Kpis) -> list[Flowable]:
        outline = f"{self.labels.get('kpis', 'kpis')} {kpis.year}"
        out: list[Flowable] = [self.heading(f"{self.label('kpis')} · {kpis.year}", 0, outline)]
        out.append(Paragraph(self.label("pipeline_by_stage"), self.s.h3))
        if kpis.pipeline_by_stage and any(n for _, n in kpis.pipeline_by_stage):
            out.append(self.stage_chart(kpis.pipeline_by_stage))
            rows = [[esc(stage), f"{n:,}"] for stage, n in kpis.pipeline_by_stage]
            out.append(self.table(["stage", "projects"], rows, [3, 1]))
        else:
            out.append(self.none())
        out.append(CondPageBreak(90 * mm))
        out.append(Paragraph(self.label("fdi_by_region"), self.s.h3))
        if kpis.fdi_by_region and any(n or a for _, n, a in kpis.fdi_by_region):
            out.append(self.region_chart(kpis.fdi_by_region))
            rows = [[esc(r), usd(n, self.lang), usd(a, self.lang)] for r, n, a in kpis.fdi_by_region]
            out.append(self.table(["region", "notified_usd", "arrived_usd"], rows, [2, 1.5, 1.5]))
        else:
            out.append(self.none())
        return out

    # -- charts --------------------------------------------------------------------------------

    def _chart(self, categories: Sequence[str], series: Sequence[Sequence[float]], money: bool) -> Drawing:
        height = 62 * mm
        drawing = _Chart(FRAME_WIDTH, height)
        chart = VerticalBarChart()
        chart.x, chart.y = 48, 46
        chart.width, chart.height = FRAME_WIDTH - 70, height - 62
        chart.data = [list(s) for s in series]
        chart.categoryAxis.categoryNames = [_fit(c, FONT, 7, 120) for c in categories]
        for axis in (chart.categoryAxis, chart.valueAxis):
            axis.labels.fontName = FONT
            axis.labels.fontSize = 7
        many = len(categories) > 5
        chart.categoryAxis.labels.angle = 30 if many else 0
        chart.categoryAxis.labels.boxAnchor = "ne" if many else "n"
        chart.categoryAxis.labels.dy = -4
        chart.valueAxis.valueMin = 0
        chart.valueAxis.visibleGrid = True
        chart.valueAxis.gridStrokeColor = GRID
        chart.valueAxis.gridStrokeWidth = 0.3
        if money:
            lang = self.lang
            chart.valueAxis.labelTextFormat = lambda v: _compact(v, lang)
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
        chart.barSpacing = 1
        chart.groupSpacing = 8
        if not money:
            chart.barLabelFormat = "%d"
            chart.barLabels.fontName = FONT
            chart.barLabels.fontSize = 7
            chart.barLabels.nudge = 6
        drawing.add(chart)
        return drawing

    def stage_chart(self, data: Sequence[tuple[str, int]]) -> Drawing:
        return self._chart([s for s, _ in data], [[n for _, n in data]], money=False)

    def region_chart(self, data: Sequence[tuple[str, Decimal, Decimal]]) -> Drawing:
        series = [[float(n) for _, n, _ in data], [float(a) for _, _, a in data]]
        drawing = self._chart([r for r, _, _ in data], series, money=True)
        legend = Legend()
        legend.fontName = FONT
        legend.fontSize = 7.5
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.x, legend.y = FRAME_WIDTH - 170, drawing.height - 4
        legend.colorNamePairs = [
            (NAVY, self.labels.get("notified", "notified")),
            (colors.HexColor("#E0A526"), self.labels.get("arrived", "arrived")),
        ]
        legend.deltax = 70
        drawing.add(legend)
        drawing.add(String(0, drawing.height - 10, "USD", fontName=FONT, fontSize=7, fillColor=MUTED))
        return drawing

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
            out.append(Paragraph(self.label("talking_points"), self.s.h3))
            out.append(self.callout(esc(p.talking_points)))
        if p.notes:
            out.append(Paragraph(self.label("notes"), self.s.h3))
            out.append(self.para(esc(p.notes)))
        out += self._section("contacts", p.contacts, self.people)
        out += self._section("interactions", p.interactions, self.interactions)
        out += self._section("projects", p.projects, self.projects)
        out += self._section("offers", p.offers, self.offers)
        return out

    def _section(self, key: str, items: Sequence[Any], render: Callable[[Sequence[Any]], Table]) -> list[Flowable]:
        title = Paragraph(self.label(key), self.s.h3)
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
                esc(i.when.astimezone(KOREA).strftime("%Y-%m-%d")),
                esc(i.kind),
                _or_dash(i.officer),
                _or_dash(i.contact),
                esc(i.summary),
                _or_dash(i.outcome),
            ]
            for i in lines
        ]
        header = ["when", "kind", "officer", "contact", "summary", "outcome"]
        return self.table(header, rows, [1.2, 0.95, 1.1, 1.2, 4.4, 1.7])

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
                amount = f"{_whole(a.amount):,} {a.currency}"
                title += f'<br/><font size="6.5" color="#5A6478">{esc(a.kind)} {a.on_date.isoformat()} · {esc(amount)}</font>'
            stage = f"{esc(pr.stage)}" + (f"<br/>{pr.stage_since.isoformat()}" if pr.stage_since else "")
            place = "<br/>".join(esc(x) for x in (pr.target_province, pr.fez) if x) or DASH
            figures = []
            if pr.capex is not None:
                figures.append(f"{_whole(pr.capex):,} {esc(pr.capex_currency)}")
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
    story: list[Flowable] = [NextPageTemplate("cover"), *w.cover(pack), NextPageTemplate("body"), PageBreak()]
    story += w.contents()
    story += [PageBreak(), *w.overview(pack)]
    story += [PageBreak(), *w.itinerary(pack.itinerary)]
    investors_label = pack.labels.get("investors", "investors")
    story += [PageBreak(), w.heading(w.label("investors"), 0, investors_label)]
    if not pack.investors:
        story.append(w.none())
    for i, investor in enumerate(pack.investors):
        markup, plain = w.investor_name(investor)
        if i:
            story.append(PageBreak())
        story += w.profile(investor, w.heading(markup, 1, plain))
    story += [PageBreak(), *w.results(pack.results)]
    story += [PageBreak(), *w.kpis(pack.kpis)]
    generated = f"{pack.labels.get('generated', 'generated')}: {_korea_stamp(pack.generated_at)}"

    def factory(filename: str) -> _Doc:
        return _Doc(filename, title=pack.title, mark=pack.confidentiality, generated=generated, cover=True)

    return _build(story, path, factory, multi=True, cover=True)


def write_profile_pdf(pack: ProfilePack, path: Path) -> Path:
    """Render a one-investor profile to `path` (replaced atomically); returns `path`."""
    register_fonts()
    w = _Writer(pack.labels, pack.lang)
    markup, plain = w.investor_name(pack.profile)
    stamp = _korea_stamp(pack.generated_at)
    story: list[Flowable] = [
        Table(
            [[Paragraph(w.label("profile_title"), w.s.cover_kicker), Paragraph(esc(pack.confidentiality), w.s.mark)]],
            colWidths=[FRAME_WIDTH * 0.7, FRAME_WIDTH * 0.3],
            style=_style([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (0, 0), 0)]),
            hAlign="LEFT",
        ),
        Paragraph(f"{w.label('generated')}: {esc(stamp)}", w.s.small),
        Spacer(1, 4),
    ]
    heading = _Heading(markup, w.s.cover_title, 0, "profile", plain)
    story += w.profile(pack.profile, heading)
    generated = f"{pack.labels.get('generated', 'generated')}: {stamp}"
    header = f"{pack.labels.get('profile_title', 'profile')} · {plain}"

    def factory(filename: str) -> _Doc:
        return _Doc(filename, title=header, mark=pack.confidentiality, generated=generated, cover=False)

    return _build(story, path, factory, multi=False, cover=False)
