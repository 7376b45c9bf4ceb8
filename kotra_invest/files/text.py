"""Text as a spreadsheet cell can hold it (every export and the import's error workbook write
through here), and as wide as a terminal shows it."""

from __future__ import annotations

import re
import unicodedata

MAX_CELL_CHARS = 32_767  # Excel's limit per cell
# The control characters openpyxl refuses in a cell (its openpyxl.cell.cell.ILLEGAL_CHARACTERS_RE),
# written out here so that importing this module does not import openpyxl (~0.15 s at start-up);
# tests/test_files_text.py checks the two stay the same.
ILLEGAL_CHARACTERS_RE = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")

# openpyxl's illegal characters plus CR (\015): the text clean_text would change. Almost no
# text has any, so one search spares the replaces and the substitution (a large export calls
# this a million times).
_TO_CLEAN = re.compile(r"[\000-\010\013-\037]")


def clean_text(text: str) -> str:
    if len(text) <= MAX_CELL_CHARS and _TO_CLEAN.search(text) is None:
        return text
    # Control characters are illegal in the XML of a workbook; openpyxl would refuse the cell.
    # A bare CR would come back as LF anyway (XML end-of-line handling), so normalise it up front.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return ILLEGAL_CHARACTERS_RE.sub("", text)[:MAX_CELL_CHARS]


def display_width(text: str) -> int:
    """The terminal columns `text` takes: East Asian wide and fullwidth characters (Hangul, Hanja,
    fullwidth forms) take two, every other character one."""
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def padded(text: str, columns: int) -> str:
    """`text` followed by spaces up to `columns` terminal columns (as `f"{text:<columns}"` does for
    Latin letters; a Korean word is as wide as twice its letters)."""
    return text + " " * (columns - display_width(text))
