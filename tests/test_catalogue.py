"""One message catalogue: Korean a user reads lives in the .ts, not in the code (issue 18)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from kotra_invest import catalog
from kotra_invest.domain.enums import TaskStatus
from kotra_invest.domain.errors import ValidationError

ROOT = Path(__file__).resolve().parents[1] / "kotra_invest"
HANGUL = re.compile(r"[\uac00-\ud7a3]")
LATIN = re.compile(r"[A-Za-z]")

# Korean that is data, not a message: words read in users' files, names of places and ministries,
# demo content, the frozen history of migrations, and how Korean writes numbers and money.
DATA = {
    "demo": "demo content in both languages",
    "resources": "migrations: the schema's history, frozen",
    "domain/reference_data.py": "reference rows (ministries, regions) with their official Korean names",
    "domain/cities.py": "city names",
    "domain/korea_tiles.py": "province names on the map",
    "importers/values.py": "units and am/pm words read in trackers",
    "importers/lookups.py": "names read in trackers",
    "importers/mapping.py": "column headers read in trackers",
    "importers/run.py": "date-range and time words read in trackers (regular expressions)",
    "importers/error_book.py": "the error workbook's headers are bilingual on purpose (one file for both readers)",
    "services/synonyms.py": "other names read in trackers",
    "services/duplicates.py": "company-form words ignored when names are compared",
    "services/fx.py": "column headers read in rates files",
    "formatting.py": "Korean numbers, dates and money (만/억, 2026. 3. 4. (수))",
    "catalog.py": "the particles a word filled into a Korean sentence takes (이/가, 을/를: catalog._PARTICLES)",
    "briefing/pdf.py": "Korean money beside the figure, written by formatting.korean_number",
}
# A language's own name in a language picker is written in that language.
PROPER = {"한국어"}


def _korean_only_literals(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        f"{path.relative_to(ROOT)}:{node.lineno}: {node.value!r}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
        and HANGUL.search(node.value)
        and not LATIN.search(node.value)
        and node.value.strip() not in PROPER
        and not re.fullmatch(r"\[[^\]]*\]", node.value)  # a regular expression's class of Hangul
    ]


def test_no_korean_message_lives_outside_the_catalogue() -> None:
    found = [
        line
        for path in sorted(ROOT.rglob("*.py"))
        if not any(str(path.relative_to(ROOT)).startswith(prefix) for prefix in DATA)
        for line in _korean_only_literals(path)
    ]
    assert found == [], "say it in English with msg() or self.tr() and put the Korean in the .ts (README)"


def test_a_message_reads_its_korean_from_the_ts() -> None:
    saved = catalog.msg("commands.tasks", "Created")
    assert saved.text("ko") == "만들었습니다"
    assert saved.text("en") == "Created"
    korean, english = saved
    assert (korean, english) == ("만들었습니다", "Created")


def test_one_english_word_with_two_korean_words_is_told_apart() -> None:
    assert TaskStatus.OPEN.label("ko") == "진행 중"
    assert catalog.msg("domain.enums", "Open", "StageKind").text("ko") == "진행"


def test_a_message_missing_from_the_catalogue_falls_back_to_english() -> None:
    assert catalog.msg("nowhere", "Not in the catalogue {n}").text("ko", n=3) == "Not in the catalogue 3"


@pytest.mark.parametrize(
    "lang, expected", [("ko", "UTF-8이나 CP949 텍스트가 아닙니다"), ("en", "not UTF-8 or CP949 text")]
)
def test_an_error_given_a_catalogue_reason_says_it_in_the_readers_language(lang: str, expected: str) -> None:
    error = ValidationError("rates_file_unreadable", reason=catalog.msg("services.fx", "not UTF-8 or CP949 text"))
    assert expected in error.message(lang)
