"""The one message catalogue: the Korean of every user-facing string, for every layer.

Source strings are English. Their Korean lives in one Qt Linguist file,
`resources/translations/kotra_invest_ko.ts`, and nowhere else:
- the desktop's widgets say `self.tr("Investors")` and Qt reads the compiled `.qm`;
- everything below the desktop (error messages, enum labels, briefing words, CLI sentences)
  says `msg("context", "English")` and reads the same `.ts` here, without Qt.
`pyside6-lupdate` collects both kinds of call (README, Translations: `msg` is passed as an alias of
Qt's QT_TRANSLATE_NOOP), and tests/ui/test_translations.py fails while any entry has no Korean.

Why Qt Linguist and not gettext: two thirds of the strings are the desktop's, already in `.ts`
with Qt's per-screen contexts; Qt's own dialogs are translated by Qt's `.qm` files either way; and
Linguist is the translator's tool for both. gettext would have meant a second toolchain for the
same two languages, or replacing every `self.tr()`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from functools import cache
from typing import Any
from xml.parsers import expat

from kotra_invest.assets import asset_dir

CATALOGUE = "kotra_invest_ko.ts"

# A Korean particle after a word filled in at run time: 이/가, 을/를, 은/는, 과/와, (으)로 and (이)라 follow
# whether the word's last syllable ends in a consonant. The catalogue writes both, "이(가)", after
# a `{placeholder}` (msg) or a Qt `%1` (the desktop's self.tr), a closing quote maybe between
# ('{value}'이(가), “%2”(으)로); the sentence is given the one its value takes when it is filled.
_PARTICLES = {
    "이(가)": ("이", "가"),
    "을(를)": ("을", "를"),
    "은(는)": ("은", "는"),
    "과(와)": ("과", "와"),
    "와(과)": ("과", "와"),
    "(으)로": ("으로", "로"),
    "(이)라": ("이라", "라"),  # '김민준'이라는, '이수'라는
}
_PAIR = "|".join(map(re.escape, _PARTICLES))
# Said after the word they close, not read: 삼성전자(주)가, “보고서”를, '대전'이.
_CLOSING = "'\"’”」』)]》〉"
_AFTER_A_PLACEHOLDER = re.compile(r"\{(\w+)\}([" + re.escape(_CLOSING) + r"]?)(" + _PAIR + ")")
_QT_PLACE = re.compile(r"%([1-9][0-9]?)([" + re.escape(_CLOSING) + r"]?)(" + _PAIR + ")?")
# argparse's own words are %-templates: "%(value)r은(는) 고를 수 없는 값입니다".
_AFTER_A_PERCENT_FIELD = re.compile(r"%\((\w+)\)([rs])([" + re.escape(_CLOSING) + r"]?)(" + _PAIR + ")")


def particle(word: str, pair: str) -> str:
    """`pair` ("이(가)") as it follows `word`: 투자유치단이, 프로젝트가. Left as written after a word
    not ending in a Hangul syllable (a name in Latin letters, a number), which Korean reads aloud
    in ways no rule here knows."""
    last = word.rstrip().rstrip(_CLOSING).rstrip()[-1:]
    if not ("가" <= last <= "힣"):
        return pair
    final = (ord(last) - 0xAC00) % 28
    with_final, without = _PARTICLES[pair]
    if pair == "(으)로" and final == 8:  # ㄹ takes 로: 서울로
        return without
    return with_final if final else without


def with_particles(template: str, values: dict[str, Any]) -> str:
    """`template` with each "{noun}이(가)" given the particle its value takes ("{noun}가")."""

    def chosen(match: re.Match[str]) -> str:
        name, closing, pair = match.groups()
        value = values.get(name)
        return match.group(0) if value is None else "{" + name + "}" + closing + particle(str(value), pair)

    return _AFTER_A_PLACEHOLDER.sub(chosen, template)


def with_percent_particles(template: str, values: Mapping[str, Any]) -> str:
    """A %-template (argparse's: "%(value)r은(는)") with the particle after each `%(name)s` or
    `%(name)r` given one the one its value takes, as written by `%`: '다섯'은, '--limit'은(는)."""

    def chosen(match: re.Match[str]) -> str:
        name, conversion, closing, pair = match.groups()
        if name not in values:
            return match.group(0)
        said = ("%" + conversion) % (values[name],)
        return match.group(0)[: -len(pair)] + particle(said + closing, pair)

    return _AFTER_A_PERCENT_FIELD.sub(chosen, template)


def with_args(template: str, *values: object) -> str:
    """A desktop sentence (`self.tr("Delete investor %1?")`) with Qt's %1, %2 … filled from
    `values` in order, and a particle after one given the one its value takes: "투자가 %1을(를)
    삭제하시겠습니까?" reads 투자가 삼성을 / 투자가 현대를 …, and stays 을(를) after Acme. In one
    pass, so a value that holds "%2" (a name, a file) is shown as typed, not filled in turn."""

    def placed(match: re.Match[str]) -> str:
        number, closing, pair = match.groups()
        if int(number) > len(values):
            return match.group(0)
        value = str(values[int(number) - 1])
        return value + closing + (particle(value, pair) if pair else "")

    return _QT_PLACE.sub(placed, template)


class Message:
    """An English source string and its Korean from the catalogue, read when first needed (an
    English session never parses the file). Unpacks as the pair `(korean, english)`."""

    __slots__ = ("context", "disambiguation", "english")

    def __init__(self, context: str, english: str, disambiguation: str | None = None) -> None:
        self.context = context
        self.english = english
        self.disambiguation = disambiguation

    @property
    def korean(self) -> str:
        if _compiled:  # the desktop's compiled catalogue (see `use_compiled`)
            return _compiled[0](self.context, self.english, self.disambiguation) or self.english
        return _korean().get((self.context, self.english, self.disambiguation or "")) or self.english

    def text(self, lang: str, **values: Any) -> str:
        """The words in `lang` ('ko' or 'en'), with `{placeholders}` filled from `values`, and in
        Korean the particle after one ("{name}은(는)") the one its value takes."""
        if not values:
            return self.korean if lang == "ko" else self.english
        template = with_particles(self.korean, values) if lang == "ko" else self.english
        return template.format(**values)

    def __iter__(self) -> Iterator[str]:
        yield self.korean
        yield self.english

    def __getitem__(self, index: int) -> str:
        return (self.korean, self.english)[index]

    def __len__(self) -> int:
        return 2

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Message | tuple):
            return tuple(self) == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.context, self.english, self.disambiguation))

    def __repr__(self) -> str:
        return f"msg({self.context!r}, {self.english!r})"


def msg(context: str, english: str, disambiguation: str | None = None) -> Message:
    """A user-facing string in the catalogue. `disambiguation` tells apart one English source that
    needs two Korean words in one context (Qt's disambiguation comment)."""
    return Message(context, english, disambiguation)


# How the desktop looks up a (context, source, disambiguation) in the .qm it has loaded: "" or None when missing.
Lookup = Callable[[str, str, str | None], str | None]
_compiled: list[Lookup] = []


def use_compiled(lookup: Lookup) -> None:
    """Answer `Message.korean` from the compiled catalogue the desktop has loaded for its widgets
    (the `.qm`, lrelease's output of the same `.ts`; tests/ui/test_translations.py checks that it
    is) instead of parsing the `.ts`: parsing it cost a Korean start 35–50 ms on the GUI thread.
    The same words for every entry of the catalogue (tests/ui/test_translations.py). lrelease
    keeps a message's context only where two messages need it told apart, so a source missing
    from a context Qt knows could read another context's Korean: every `msg()` in the code has its
    entry (the same test), and a bare field name (`Message("", name)`) has no context Qt knows."""
    _compiled[:] = [lookup]


@cache
def _korean() -> dict[tuple[str, str, str], str]:
    """(context, source, disambiguation) -> Korean, for the finished entries of the catalogue.

    expat rather than ElementTree: the catalogue is read on a Korean start, and the streaming
    parser reads it in about a third of the time.
    """
    found: dict[tuple[str, str, str], str] = {}
    state: dict[str, Any] = {"context": "", "tag": None, "text": [], "unfinished": False}
    entry: dict[str, str] = {}

    def start(tag: str, attributes: dict[str, str]) -> None:
        state["tag"], state["text"] = tag, []
        if tag == "message":
            entry.clear()
        elif tag == "translation":
            state["unfinished"] = attributes.get("type") in ("unfinished", "obsolete", "vanished")

    def end(tag: str) -> None:
        text = "".join(state["text"])
        if tag == "name":
            state["context"] = text
        elif tag in ("source", "comment"):
            entry[tag] = text
        elif tag == "translation" and text and not state["unfinished"]:
            found[(state["context"], entry.get("source", ""), entry.get("comment", ""))] = text
        state["tag"], state["text"] = None, []

    def characters(data: str) -> None:
        if state["tag"] is not None:
            state["text"].append(data)

    parser = expat.ParserCreate("utf-8")
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = characters
    with (asset_dir("translations") / CATALOGUE).open("rb") as catalogue:
        parser.ParseFile(catalogue)
    return found
