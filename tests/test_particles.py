"""A Korean sentence that names something filled in at run time gives it the particle it takes:
투자가 삼성을 삭제하시겠습니까?, 포스코를, 계약서는 — never the catalogue's 을(를) after a word of
Hangul, which officers read as machine output. After a Latin name or a number the pair stays."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest

from kotra_invest import catalog
from kotra_invest.catalog import msg, particle, with_args, with_particles
from kotra_invest.cli import main
from kotra_invest.domain.errors import ValidationError

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "kotra_invest" / "resources" / "translations" / "kotra_invest_ko.ts"

# A pair as the catalogue writes it, after a placeholder ({name}, %1, argparse's %(value)r),
# maybe with a closing quote between: '{value}'이(가), “%2”(으)로.
_ANY_PAIR = re.compile(r"(?:\{\w+\}|%[1-9]|%\(\w+\)[rs])['\"’”」』)\]]?([가-힣]\([가-힣]\)|\([가-힣]\)[가-힣])")
_QT_PAIR = re.compile(r"%[1-9]['\"’”」』)\]]?(?:" + "|".join(map(re.escape, catalog._PARTICLES)) + ")")


def _translations() -> list[tuple[str, str, str]]:
    """(context, source, Korean) of every entry of the catalogue."""
    found = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None:
                forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
                found += [(name, message.findtext("source") or "", form) for form in forms]
    return found


@pytest.mark.parametrize(
    ("values", "said"),
    [
        (("삼성",), "투자가 삼성을 삭제하시겠습니까?"),
        (("포스코",), "투자가 포스코를 삭제하시겠습니까?"),
        (("삼성전자(주)",), "투자가 삼성전자(주)를 삭제하시겠습니까?"),  # read 주: what closes is not read
        (("Acme",), "투자가 Acme을(를) 삭제하시겠습니까?"),  # no Hangul to go by: left as written
        (("3M",), "투자가 3M을(를) 삭제하시겠습니까?"),
    ],
)
def test_a_desktop_sentence_gives_its_value_the_particle(values: tuple[str], said: str) -> None:
    assert with_args("투자가 %1을(를) 삭제하시겠습니까?", *values) == said


def test_a_particle_after_a_quote_follows_the_quoted_word() -> None:
    template = "%1을(를) “%2”(으)로 되돌리시겠습니까?"
    assert with_args(template, "주소", "서울") == "주소를 “서울”로 되돌리시겠습니까?"
    assert with_args(template, "담당자", "부산항") == "담당자를 “부산항”으로 되돌리시겠습니까?"
    assert with_args(template, "Website", "acme.com") == "Website을(를) “acme.com”(으)로 되돌리시겠습니까?"


def test_values_are_filled_in_one_pass_and_counts_stay_numbers() -> None:
    # A chain of str.replace filled a "%2" typed in the first value with the second.
    assert with_args("E-mail “%1” is on the timeline with %2 document(s).", "Q3 %2 plan", 4) == (
        "E-mail “Q3 %2 plan” is on the timeline with 4 document(s)."
    )
    assert with_args("%1 of %3", "a") == "a of %3"  # a place with no value is left as Qt leaves it
    assert with_args("Move %1 to %2", "Plant", "MOU") == "Move Plant to MOU"  # English: no pairs


def test_a_catalogue_message_gives_its_placeholders_their_particles() -> None:
    attached = msg("services.documents", "{name} is already attached to this record.")
    assert attached.text("ko", name="계약서") == "계약서는 이 기록에 이미 첨부되어 있습니다."
    assert attached.text("ko", name="report.pdf") == "report.pdf은(는) 이 기록에 이미 첨부되어 있습니다."
    assert attached.text("en", name="계약서") == "계약서 is already attached to this record."
    as_other = msg("services.documents", "{name} is already attached to this record as {existing}.")
    assert as_other.text("ko", name="견적서", existing="견적서 사본") == (
        "견적서는 이 기록에 이미 견적서 사본으로 첨부되어 있습니다."
    )
    assert (
        as_other.text("ko", name="견적서", existing="최종 파일")
        == "견적서는 이 기록에 이미 최종 파일로 첨부되어 있습니다."
    )


def test_a_quoted_placeholder_takes_its_particle_in_a_domain_error() -> None:
    assert with_particles("'{value}'이(가) 없습니다", {"value": "대전"}) == "'{value}'이 없습니다"
    namesakes = ValidationError(
        "import_contact_namesakes", investor="한화솔루션", value="김민준", candidates="a@x.kr; b@x.kr"
    )
    assert namesakes.message("ko").startswith("한화솔루션에 '김민준'이라는 연락처가 여럿입니다")
    assert (
        ValidationError("import_contact_namesakes", investor="Acme", value="이수", candidates="")
        .message("ko")
        .startswith("Acme에 '이수'라는 연락처가")
    )
    refused = ValidationError(
        "incentive_not_forward",
        field="status",
        value_ko="불승인",
        value_en="rejected",
        target_ko="지급",
        target_en="paid",
    )
    assert (
        refused.message("ko") == "이 신청은 이미 '불승인' 상태여서 '지급'으로 옮길 수 없습니다. 상태를 직접 고치세요."
    )
    assert (
        refused.message("en")
        == "This application is already rejected, so it cannot be marked paid; edit its status instead."
    )


def test_every_pair_the_catalogue_writes_is_one_the_rule_knows() -> None:
    pairs = {pair for _context, _source, korean in _translations() for pair in _ANY_PAIR.findall(korean)}
    assert pairs, "the catalogue writes no pair any more: the test should find another way to look"
    assert pairs <= set(catalog._PARTICLES), pairs - set(catalog._PARTICLES)
    for pair in pairs:
        assert particle("강", pair) != particle("바다", pair)
    assert particle("강", "(으)로") == "으로" and particle("바다", "(으)로") == particle("서울", "(으)로") == "로"


def _filled_on_the_desktop() -> set[str]:
    """Every English source the desktop passes to `with_args` (inside its self.tr() or translate())."""
    sources: set[str] = set()
    for path in (ROOT / "kotra_invest" / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and node.args:
                name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
                if name == "with_args":
                    sources |= {
                        c.value
                        for c in ast.walk(node.args[0])
                        if isinstance(c, ast.Constant) and isinstance(c.value, str)
                    }
    return sources


def test_every_desktop_sentence_with_a_pair_is_filled_by_with_args() -> None:
    """A `.replace("%1", name)` leaves the catalogue's 을(를) standing; with_args chooses."""
    wanting = {(context, source) for context, source, korean in _translations() if _QT_PAIR.search(korean)}
    assert wanting
    filled = _filled_on_the_desktop()
    assert {pair for pair in wanting if pair[1] not in filled} == set()


def test_the_command_line_says_a_removed_synonym_with_its_particle(
    sqlite_url: str, migrated: Callable[[str], None], capsys: pytest.CaptureFixture[str]
) -> None:
    migrated(sqlite_url)
    for name in ("의료장비", "헬스케어 기기", "Medtech"):
        assert main(["--db", sqlite_url, "synonyms", "add", "industries", "BIO", name]) == 0
    capsys.readouterr()
    for name in ("의료장비", "헬스케어 기기", "Medtech"):
        assert main(["--db", sqlite_url, "--lang", "ko", "synonyms", "remove", "industries", name]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "의료장비는 더 이상 BIO가 아닙니다.",
        "헬스케어 기기는 더 이상 BIO가 아닙니다.",
        "medtech은(는) 더 이상 BIO가 아닙니다.",  # names are kept in lower case,
    ]
