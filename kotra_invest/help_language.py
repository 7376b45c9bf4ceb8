"""The command line's help in the reader's language: our help texts and argparse's own words."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from kotra_invest.catalog import Message, msg
from kotra_invest.config import preferred_language

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


def _argparse_korean(english: str) -> str:
    # Read only when argparse says something: a successful parse asks for none of these words, so a
    # Korean desktop start does not parse the catalogue.
    known = _ARGPARSE.get(english)
    return known.korean if known is not None else english


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
