"""The command line's help in the reader's language: our help texts and argparse's own words."""

from __future__ import annotations

import argparse
import textwrap
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from kotra_invest.catalog import Message, msg, with_percent_particles
from kotra_invest.config import preferred_language
from kotra_invest.files.text import display_width

_language = "en"
"""The language of the parser being built or run (`speaking`); English outside it."""


def help_language(argv: Sequence[str]) -> str:
    """The language `main` will speak, known before the parser exists (its help is built with it)
    by the rule `Settings.resolve` applies after parsing: the last `--lang ko|en`, else
    KOTRA_INVEST_LANG, else the OS locale. An abbreviated `--la ko` is not looked for: the help
    is then in the language of the environment, the messages in the one asked for."""
    chosen = None
    for i, word in enumerate(argv):
        if word == "--":
            break
        name, equals, value = word.partition("=")
        if name == "--lang":
            value = value if equals else (argv[i + 1] if i + 1 < len(argv) else "")
            if value in ("ko", "en"):
                chosen = value
    return chosen or preferred_language()


def tr(message: Message) -> str:
    """A help text in the language of the parser being built: English, unless inside `speaking("ko")`."""
    return message.text(_language)


# argparse's own words a user reads (headings, the usage line, its errors), as argparse spells them
# in its `_()` calls: the English is the lookup key, so it must stay argparse's letter for letter.
_ARGPARSE = {
    message.english: message
    for message in (
        msg("argparse", "usage: "),
        msg("argparse", "positional arguments"),
        msg("argparse", "options"),
        msg("argparse", "show this help message and exit"),
        msg("argparse", "%(prog)s: error: %(message)s\n"),
        msg("argparse", "argument %(argument_name)s: %(message)s"),
        msg("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
        msg("argparse", "invalid %(type)s value: %(value)r"),
        msg("argparse", "the following arguments are required: %s"),
        msg("argparse", "one of the arguments %s is required"),
        msg("argparse", "not allowed with argument %s"),
        msg("argparse", "unrecognized arguments: %s"),
        msg("argparse", "ambiguous option: %(option)s could match %(matches)s"),
        msg("argparse", "expected one argument"),
        msg("argparse", "expected at most one argument"),
        msg("argparse", "expected at least one argument"),
        msg("argparse", "ignored explicit argument %r"),
    )
}


class _KoreanTemplate(str):
    """argparse's Korean words, which argparse fills with `%` and a dict: the particle after a value
    ("%(value)r은(는)") is then the one the value takes, as `Message.text` gives a `{value}`'s."""

    __slots__ = ()

    def __mod__(self, values: Any) -> str:
        template = with_percent_particles(self, values) if isinstance(values, Mapping) else str(self)
        return template % values


def _argparse_korean(english: str) -> str:
    # Read only when argparse says something: a successful parse asks for none of these words, so a
    # Korean desktop start does not parse the catalogue.
    known = _ARGPARSE.get(english)
    return _KoreanTemplate(known.korean) if known is not None else english


@contextmanager
def speaking(lang: str) -> Iterator[None]:
    """Within: help texts (`tr`) and argparse's own words in `lang` ('ko' or 'en').

    argparse takes its words from `gettext` through its module-level `_` (usage:, options, its
    errors), looked up when each is said, for the domain of the whole process. The catalogue is a
    Qt Linguist file, not a gettext .mo, so no gettext domain can serve it; and overriding the
    methods that say them would copy most of argparse (the errors are built deep in
    `_parse_known_args`). So `_` is replaced for the parser's own building and parsing only, and
    put back after: another parser in the same process (a test, a library) keeps gettext's words.
    """
    global _language
    saved_language = _language
    saved_gettext: Callable[[str], str] = argparse._  # type: ignore[attr-defined]
    _language = lang
    if lang == "ko":
        argparse._ = _argparse_korean  # type: ignore[attr-defined]
    try:
        yield
    finally:
        _language = saved_language
        argparse._ = saved_gettext  # type: ignore[attr-defined]


class _ColumnWrapper(textwrap.TextWrapper):
    """textwrap's greedy filling, measured in terminal columns rather than characters."""

    def _wrap_chunks(self, chunks: list[str]) -> list[str]:
        # textwrap's own loop, less max_lines (argparse never sets it), with display_width for len.
        lines: list[str] = []
        chunks.reverse()
        while chunks:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - display_width(indent)
            if self.drop_whitespace and chunks[-1].strip() == "" and lines:
                del chunks[-1]
            line: list[str] = []
            used = 0
            while chunks and used + display_width(chunks[-1]) <= width:
                used += display_width(chunks[-1])
                line.append(chunks.pop())
            if chunks and display_width(chunks[-1]) > width:  # a word wider than any line
                if self.break_long_words:  # as much of it as fits here (at least a letter on a line)
                    word, cut = chunks[-1], 0
                    while cut < len(word) and used + display_width(word[: cut + 1]) <= width:
                        cut += 1
                    cut = cut or (0 if line else 1)
                    line.append(word[:cut])
                    chunks[-1] = word[cut:]
                elif not line:
                    line.append(chunks.pop())
            if self.drop_whitespace and line and line[-1].strip() == "":
                del line[-1]
            if line:
                lines.append(indent + "".join(line))
        return lines


class ColumnsHelpFormatter(argparse.HelpFormatter):
    """argparse's help layout, with its lines filled to the terminal's width in columns: argparse
    counts characters, and a Hangul syllable takes two columns, so a Korean help filled to 80
    characters runs to 100 columns and more. The usage line's `사용법: ` is measured so too."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        text = self._whitespace_matcher.sub(" ", text).strip()
        return _ColumnWrapper(width).wrap(text)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        text = self._whitespace_matcher.sub(" ", text).strip()
        return _ColumnWrapper(width, initial_indent=indent, subsequent_indent=indent).fill(text)

    def format_help(self) -> str:
        return "\n".join(self._folded(line) for line in super().format_help().split("\n"))

    def _folded(self, line: str) -> str:
        """A line still too wide (a list of choices, which argparse never breaks) broken after its
        last comma that fits, continued at the line's indentation."""
        indent = line[: len(line) - len(line.lstrip(" "))]
        lines = []
        while display_width(line) > self._width:
            commas = [i for i, ch in enumerate(line) if ch == "," and display_width(line[: i + 1]) <= self._width]
            if not commas or commas[-1] < len(indent):
                break
            lines.append(line[: commas[-1] + 1])
            line = indent + line[commas[-1] + 1 :]
        return "\n".join([*lines, line])

    def _format_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None) -> str:
        # argparse lays the usage out after len(prefix) characters: it is given spaces as wide as
        # the prefix's columns, and the prefix takes their place.
        said = argparse._("usage: ") if prefix is None else prefix  # type: ignore[attr-defined]
        stand_in = " " * display_width(said)
        return said + super()._format_usage(usage, actions, groups, stand_in)[len(stand_in) :]


class HelpParser(argparse.ArgumentParser):
    """An ArgumentParser whose help is laid out for the language it is built in (`speaking`):
    by columns in Korean (`ColumnsHelpFormatter`), by argparse's own rule in English, so the
    English help stays as it always was. Its command groups' parsers are HelpParsers too
    (argparse makes sub-parsers of the parser's own class)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        if _language == "ko":
            kwargs.setdefault("formatter_class", ColumnsHelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        """A mistake on the command line: one sentence on stderr and exit 2, as every other
        failure a user can act on (argparse's own would print the whole usage block first)."""
        self.exit(2, f"kotra-invest: {message}\n")

    def _get_value(self, action: argparse.Action, arg_string: str) -> Any:
        # argparse says "invalid int value: 'abc'", naming Python's type: said as a person would.
        try:
            return super()._get_value(action, arg_string)
        except argparse.ArgumentError:
            said = _TYPE_MISTAKES.get(action.type)
            if said is None:
                raise
            option = argparse._get_action_name(action)
            raise argparse.ArgumentError(None, tr(said).format(option=option, value=arg_string)) from None

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        if action.choices is not None and value not in action.choices:
            option = argparse._get_action_name(action)
            choices = ", ".join(map(str, action.choices))
            said = msg("argparse", "{option}: '{value}' is not one of {choices}.")
            raise argparse.ArgumentError(None, tr(said).format(option=option, value=value, choices=choices))


_TYPE_MISTAKES: dict[Any, Message] = {
    int: msg("argparse", "{option}: '{value}' is not a whole number."),
    float: msg("argparse", "{option}: '{value}' is not a number."),
}


def mistaken_as(kind: type) -> Any:
    """For an argparse type function: a value it cannot read is said as for `kind` (int: "'abc' is
    not a whole number."), not as argparse says it, naming the function ("invalid positive value")."""

    def said_as(type_function: Any) -> Any:
        _TYPE_MISTAKES[type_function] = _TYPE_MISTAKES[kind]
        return type_function

    return said_as
