"""A worksheet's cell values straight from its XML, for the import's one full pass over a big sheet.

openpyxl's read-only reader builds an element tree and a dictionary per cell and spends about
ten microseconds on each: a 200,000-row tracker is read in longer than the whole rest of an
import's dry run takes. The sheet XML that spreadsheet programs write is regular (`<row>` of
`<c r= t= s=>` with a `<v>` or an inline `<is>`), so its rows are cut out of the inflated stream
by regular expressions, a megabyte at a time, and typed exactly as openpyxl types them (shared
strings, booleans, numbers, dates by the cell's style, ISO dates, errors).

Anything this reader does not expect — namespace prefixes (`<x:row>`), CDATA sections — raises
`Unsupported` before the row it is in is yielded; the caller continues with openpyxl from that
row on, so no file reads differently, only slower.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from typing import Any

from openpyxl.utils.datetime import from_excel, from_ISO8601

CHUNK = 1 << 20

_ROW = re.compile(r"<row\b([^>]*?)(?:/>|>(.*?)</row>)", re.S)
# A cell as spreadsheet programs write it: r, then s and t in either order, then its value alone
# (the common case) or a body (a formula and its value, an inline string).
_FAST_CELL = re.compile(
    r'<c(?:\s+r="([A-Z]+)\d+")?(?:\s+s="(\d+)")?(?:\s+t="(\w+)")?(?:\s+s="(\d+)")?((?:\s[^>]*?)?)\s*'
    r"(?:/>|>(?:<v>([^<]*)</v>|<is><t(?:\s[^>]*)?>([^<]*)</t></is>|(.*?))</c>)",
    re.S,
)
_CELL = re.compile(r"<c\b([^>]*?)(?:/>|>(.*?)</c>)", re.S)
_ATTR = re.compile(r"([\w:]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_VALUE = re.compile(r"<v(?:\s[^>]*)?>(.*?)</v>", re.S)
_INLINE = re.compile(r"<is>(.*?)</is>", re.S)
_PHONETIC = re.compile(r"<rPh\b.*?</rPh>", re.S)
_TEXT = re.compile(r"<t(?:\s[^>]*)?>(.*?)</t>", re.S)
_REF = re.compile(r"([A-Z]+)(\d+)")
_ENTITY = re.compile(r"&(#x[0-9A-Fa-f]+|#\d+|lt|gt|amp|quot|apos);")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}


class Unsupported(Exception):
    """The sheet's XML is written in a way this reader leaves to openpyxl."""


def _entity(match: re.Match[str]) -> str:
    name = match.group(1)
    if name[0] != "#":
        return _NAMED[name]
    return chr(int(name[2:], 16) if name[1] in "xX" else int(name[1:]))


def _text(raw: str) -> str:
    """XML character data as a parser reports it: line ends normalised, entities replaced."""
    if "\r" in raw:
        raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    return _ENTITY.sub(_entity, raw) if "&" in raw else raw


def _column(letters: str) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + ord(ch) - 64
    return number


def _attributes(text: str) -> dict[str, str]:
    found = {}
    for name, double, single in _ATTR.findall(text):
        found[name] = double if double or not single else single
    return found


class SheetCells:
    """The typing openpyxl applies to a workbook's cells: its shared strings, date styles and epoch."""

    def __init__(self, workbook: Any, shared_strings: list[Any]) -> None:
        self.shared_strings = shared_strings
        self.date_formats = workbook._date_formats
        self.timedelta_formats = workbook._timedelta_formats
        self.epoch = workbook.epoch

    def value(self, attrs: dict[str, str], body: str | None) -> Any:
        kind = attrs.get("t", "n")
        if kind == "inlineStr":
            inline = _INLINE.search(body or "")
            if inline is None:
                return None
            content = _PHONETIC.sub("", inline.group(1))
            return "".join(_text(t) for t in _TEXT.findall(content))
        found = _VALUE.search(body) if body else None
        raw = found.group(1) if found else None
        if not raw:
            return None
        if kind == "n":
            number: Any = float(raw) if ("." in raw or "E" in raw or "e" in raw) else int(raw)
            style = int(attrs.get("s") or 0)  # no style is style 0, as openpyxl reads it
            if style in self.date_formats:
                try:
                    return from_excel(number, self.epoch, timedelta=style in self.timedelta_formats)
                except (OverflowError, ValueError):
                    return "#VALUE!"
            return number
        if kind == "s":
            return self.shared_strings[int(raw)]
        if kind == "b":
            return bool(int(raw))
        if kind == "d":
            return from_ISO8601(raw)
        return _text(raw)  # "str" (a formula's text), "e" (an error such as #N/A)


def _stream(source: Any) -> Iterator[str]:
    """The sheet XML in pieces that each end after a complete row (the rest is carried over)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    carried = ""
    first = True
    while True:
        chunk = source.read(CHUNK)
        text = carried + decoder.decode(chunk, final=not chunk)
        if first:
            head = text[: text.find("<row") if "<row" in text else len(text)]
            if "<sheetData" not in head and ":sheetData" in head:
                raise Unsupported("namespace prefixes")
            first = False
        if "<![CDATA[" in text:
            raise Unsupported("CDATA")
        if not chunk:
            yield text
            return
        cut = text.rfind("</row>")
        if cut < 0:
            carried = text
            continue
        cut += len("</row>")
        yield text[:cut]
        carried = text[cut:]


def iter_rows(
    source: Any, cells: SheetCells, max_row: int | None, max_col: int | None
) -> Iterator[tuple[int, list[Any] | None]]:
    """(row number, values from column A) of each row the XML holds, as openpyxl's read-only
    `iter_rows(values_only=True)` has them: cells past the declared last column and rows past
    the declared last row left out (None in its place), a row without cells as []."""
    row_number = 0
    columns: dict[str, int] = {}
    shared = cells.shared_strings
    dates = cells.date_formats
    zero_is_date = 0 in dates  # a workbook whose default style is a date format
    for piece in _stream(source):
        for match in _ROW.finditer(piece):
            attrs = _attributes(match.group(1))
            row_number = int(float(attrs["r"])) if "r" in attrs else row_number + 1
            if max_row is not None and row_number > max_row:
                yield row_number, None  # the first row past the declared last one: the end
                return
            values: list[Any] = []
            body = match.group(2)
            if body:
                column = 0
                for cell in _FAST_CELL.finditer(body):
                    letters, style, kind, style_after, rest, plain, inline, inner = cell.groups()
                    if rest.strip():  # an attribute this pattern does not name: read the cell in full
                        text = cell.group(0)
                        attrs = _attributes(text[2 : text.index(">")])
                        ref = _REF.match(attrs.get("r", ""))
                        column = _column(ref.group(1)) if ref else column + 1
                        if max_col is not None and column > max_col:
                            continue
                        text = inner if inner is not None else (cell.group(0)[cell.group(0).index(">") + 1 :])
                        value: Any = cells.value(attrs, text)
                    else:
                        if letters:
                            column = columns.get(letters) or columns.setdefault(letters, _column(letters))
                        else:
                            column += 1
                        if max_col is not None and column > max_col:
                            continue
                        style = style or style_after
                        if inline is not None and kind == "inlineStr":
                            value = _text(inline) if ("&" in inline or "\r" in inline) else inline
                        elif plain and (not kind or kind == "n"):
                            value = float(plain) if ("." in plain or "E" in plain or "e" in plain) else int(plain)
                            if (int(style) in dates) if style else zero_is_date:
                                value = cells.value({"s": style}, f"<v>{plain}</v>")
                        elif plain and kind == "s":
                            value = shared[int(plain)]
                        elif plain or inner:
                            attributes = {"t": kind} if kind else {}
                            if style:
                                attributes["s"] = style
                            value = cells.value(attributes, f"<v>{plain}</v>" if plain else inner)
                        else:
                            value = None
                    if len(values) < column:
                        values.extend([None] * (column - len(values)))
                    values[column - 1] = value
            yield row_number, values
