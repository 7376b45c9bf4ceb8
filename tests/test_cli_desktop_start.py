"""A bare `kotra-invest` start (the desktop) is parsed without the command groups
(cli.opens_the_desktop): it must mean exactly what the whole command line makes of it."""

from __future__ import annotations

import argparse

import pytest

from kotra_invest import cli

DESKTOP_STARTS = [
    [],
    ["--self-test"],
    ["--db", "/tmp/office.sqlite3"],
    ["--db=postgresql://kim@server/kotra", "--lang", "ko"],
    ["--lang", "en", "--login", "kim.minji", "--db", "D:\\mission\\seoul.sqlite3", "--self-test"],
    ["--db", "a.sqlite3", "--db", "b.sqlite3"],  # the last one counts, as argparse has it
    ["--db", ""],
]


@pytest.mark.parametrize("argv", DESKTOP_STARTS)
def test_a_desktop_start_parses_as_the_whole_command_line_parses_it(argv: list[str]) -> None:
    assert cli.opens_the_desktop(argv)
    whole = cli.build_parser().parse_args(argv)
    bare = cli.build_parser(with_commands=False).parse_args(argv)
    assert vars(bare) == vars(whole)
    assert bare.handler is cli.cmd_desktop


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["-h"],
        ["--version"],
        ["--self"],  # argparse would expand the abbreviation: the whole parser decides
        ["--db"],  # no value: the whole parser says so
        ["--db", "--self-test"],
        ["--self-test=yes"],
        ["investors", "list"],
        ["--db", "x.sqlite3", "search", "kim"],
        ["--lang", "ko", "-x"],
    ],
)
def test_anything_else_gets_the_whole_command_line(argv: list[str]) -> None:
    assert not cli.opens_the_desktop(argv)


def test_a_wrong_value_is_refused_in_the_same_words(capsys: pytest.CaptureFixture[str]) -> None:
    said = []
    for parser in (cli.build_parser(), cli.build_parser(with_commands=False)):
        with pytest.raises(SystemExit) as ended:
            parser.parse_args(["--lang", "fr"])
        assert ended.value.code == 2
        said.append(capsys.readouterr().err)
    assert said[0] == said[1]
    assert said[0] == "kotra-invest: --lang: 'fr' is not one of ko, en.\n"


def test_the_help_still_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    assert "investors" in capsys.readouterr().out


def test_the_top_of_the_parser_is_the_whole_parsers_top() -> None:
    def options(parser: argparse.ArgumentParser) -> list[tuple[str, ...]]:
        return [tuple(a.option_strings) for a in parser._actions if a.option_strings]

    assert options(cli.build_parser(with_commands=False)) == options(cli.build_parser())
