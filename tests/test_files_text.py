"""Cell text (files/text.py) keeps its own copy of the characters openpyxl refuses, so importing it
does not import openpyxl at start-up: the copy must stay what openpyxl refuses."""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE as OPENPYXL_ILLEGAL

from kotra_invest.files.text import ILLEGAL_CHARACTERS_RE, MAX_CELL_CHARS, clean_text


def test_the_refused_characters_are_openpyxls() -> None:
    assert ILLEGAL_CHARACTERS_RE.pattern == OPENPYXL_ILLEGAL.pattern


def test_every_control_character_is_dropped_or_kept_as_a_workbook_takes_it() -> None:
    controls = "".join(chr(c) for c in range(32))
    cleaned = clean_text(f"수소{controls}로봇")
    assert cleaned == "수소\t\n\n로봇"  # tab, LF and CR (as LF) kept; the rest dropped
    Workbook().active.append([cleaned])  # openpyxl takes it without IllegalCharacterError


def test_clean_text_keeps_clean_text_and_cuts_at_excels_limit() -> None:
    assert clean_text("Acme 로보틱스 =SUM(1)") == "Acme 로보틱스 =SUM(1)"
    assert clean_text("a\x00b\x1fc\td\ne") == "abc\td\ne"  # tab and line feed are legal
    assert clean_text("가" * (MAX_CELL_CHARS + 10)) == "가" * MAX_CELL_CHARS
    assert clean_text("\r" + "가" * MAX_CELL_CHARS) == "\n" + "가" * (MAX_CELL_CHARS - 1)
