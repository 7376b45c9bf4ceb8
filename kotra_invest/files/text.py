"""Text as a spreadsheet cell can hold it: every export and the import's error workbook write through here."""

from __future__ import annotations

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

MAX_CELL_CHARS = 32_767  # Excel's limit per cell


def clean_text(text: str) -> str:
    # Control characters are illegal in the XML of a workbook; openpyxl would refuse the cell.
    # A bare CR would come back as LF anyway (XML end-of-line handling), so normalise it up front.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return ILLEGAL_CHARACTERS_RE.sub("", text)[:MAX_CELL_CHARS]
