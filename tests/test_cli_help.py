"""`--help` and argparse's errors in the officer's language: Korean by --lang, KOTRA_INVEST_LANG or
the OS locale, as the command's own messages; English exactly as before."""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kotra_invest import catalog, cli

HANGUL = re.compile(r"[\uac00-\ud7a3]")

# Help texts that are codes or a format, the same in both languages (besides lists of values).
SAME_IN_BOTH = {
    "investor, delegation, contact, project …",
    'JSON {"columns": {"header": "field"}}',
}


def _help(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as ended:
        cli.main(list(argv))
    assert ended.value.code == 0
    return capsys.readouterr().out


def test_the_korean_help_lists_the_commands_in_korean(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KOTRA_INVEST_LANG", "ko")
    out = _help(capsys, "--help")
    assert out.startswith("사용법: kotra-invest [-h] [--db FILE|URL] [--lang {ko,en}]")
    assert "투자유치 담당관을 위한 CRM입니다. 명령 없이 실행하면 데스크톱 앱이 열립니다." in out
    assert "\n옵션:\n" in out
    assert "\n명령:\n" in out
    assert re.search(r"-h, --help +이 도움말을 보이고 끝냅니다", out)
    assert re.search(r"\n +db +데이터베이스 관리: 업그레이드, 점검, 백업, 복원", out)
    assert "show this help" not in out
    assert "database upkeep" not in out


def test_a_commands_help_is_korean_with_its_option_names_untouched(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KOTRA_INVEST_LANG", "ko")
    out = _help(capsys, "import", "--help")
    assert out.startswith("사용법: kotra-invest import [-h]")
    assert "\n위치 인수:\n" in out
    assert re.search(r"--dry-run +점검하고 보고만 함, 아무것도 바꾸지 않음", out)
    assert re.search(r"--errors FILE +실패한 행을 쓸 위치 \(기본값: FILE\.errors\.xlsx\)", out)
    assert "--on-duplicate {skip,update,create}" in out
    assert "check and report" not in out


def test_lang_on_the_command_line_wins_over_the_environment(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KOTRA_INVEST_LANG", "en")
    assert "점검하고 보고만 함" in _help(capsys, "--lang", "ko", "import", "--help")
    monkeypatch.setenv("KOTRA_INVEST_LANG", "ko")
    assert "check and report; change nothing" in _help(capsys, "--lang=en", "import", "--help")


def test_the_english_help_is_as_it_was(capsys: pytest.CaptureFixture[str]) -> None:
    out = _help(capsys, "--help")
    assert out.startswith("usage: kotra-invest [-h]")
    assert "CRM for investment-attraction officers. Without a command, opens the desktop" in out
    assert re.search(r"\n  -h, --help +show this help message and exit\n", out)
    assert re.search(r"\n  --version +show program's version number and exit\n", out)
    assert "\noptions:\n" in out
    assert "\ncommands:\n" in out
    out = _help(capsys, "import", "--help")
    assert "\npositional arguments:\n" in out
    assert re.search(r"\n  --dry-run +check and report; change nothing\n", out)
    assert not HANGUL.search(out)


def test_a_wrong_choice_in_korean_is_one_korean_sentence_and_exit_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KOTRA_INVEST_LANG", "ko")
    with pytest.raises(SystemExit) as ended:
        cli.main(["import", "people", "list.xlsx"])
    assert ended.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "사용법" not in err
    assert err.startswith("kotra-invest: kind: 'people' 대신 다음 중 하나를 적어 주십시오: investors, ")
    assert "invalid choice" not in err
    assert "error" not in err


def test_a_missing_argument_in_korean(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("KOTRA_INVEST_LANG", "ko")
    with pytest.raises(SystemExit) as ended:
        cli.main(["import", "investors"])
    assert ended.value.code == 2
    assert capsys.readouterr().err == "kotra-invest: 다음 인수가 필요합니다: file\n"


def test_an_english_error_is_one_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as ended:
        cli.main(["import", "people", "list.xlsx"])
    assert ended.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "usage" not in err
    assert err.startswith("kotra-invest: kind: 'people' is not one of investors, ")


def test_argparse_speaks_english_again_after_a_korean_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    """The Korean words are argparse's only while our parser runs: another parser keeps gettext's."""
    monkeypatch.setenv("KOTRA_INVEST_LANG", "ko")
    with pytest.raises(SystemExit):
        cli.parse(["--lang", "fr"])
    other = argparse.ArgumentParser(prog="other")
    assert other.format_help().startswith("usage: other")
    assert "options:" in other.format_help()


def test_every_help_text_has_its_korean() -> None:
    """A help half in Korean is worse than none: every text of every command is in the catalogue."""

    def texts(parser: argparse.ArgumentParser) -> list[str]:
        found = [parser.description or ""]
        for action in parser._actions:
            if action.help and action.help != argparse.SUPPRESS:
                found.append(action.help)
            if isinstance(action, argparse._SubParsersAction):
                found += [choice.help or "" for choice in action._choices_actions]
                for sub in action.choices.values():
                    found += texts(sub)
        for group in parser._action_groups:
            found.append(group.title or "")
        return found

    english = texts(cli.build_parser(lang="en"))
    korean = texts(cli.build_parser(lang="ko"))
    assert len(english) == len(korean) > 300
    untranslated = {en for en, ko in zip(english, korean, strict=True) if en and en == ko and not HANGUL.search(ko)}
    codes = {text for text in untranslated if re.fullmatch(r"[a-z_]+(, [a-z_]+)+", text)}  # --category's values
    assert untranslated - codes == SAME_IN_BOTH


def test_an_english_start_and_a_bare_start_never_read_the_korean_catalogue(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The catalogue's parse costs ~40 ms: an English --help needs none, nor does a Korean desktop start."""
    catalog._korean.cache_clear()
    _help(capsys, "import", "--help")
    monkeypatch.setenv("KOTRA_INVEST_LANG", "ko")
    args = cli.parse(["--db", "office.sqlite3", "--self-test"])
    assert args.handler is cli.cmd_desktop
    assert catalog._korean.cache_info().misses == 0


def test_a_korean_officer_reads_the_help_of_a_real_process(tmp_path: Path) -> None:
    env = {**os.environ, "KOTRA_INVEST_LANG": "ko", "XDG_DATA_HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "kotra_invest", "pack", "export", "--help"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("사용법: kotra-invest pack export")
    assert "투자유치단 하나와 그 투자가들을 출장 팩으로 씁니다" in result.stdout
    assert "이 파일의 첫 줄로 팩을 암호화" in result.stdout


def _columns(line: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in line)


@pytest.mark.parametrize(
    "command",
    [(), ("import",), ("export",), ("pack", "export"), ("history", "show"), ("officers", "add"), ("access-log",)],
)
def test_no_line_of_the_korean_help_runs_past_the_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], command: tuple[str, ...]
) -> None:
    """A Hangul syllable takes two columns: the help is filled to the terminal's width in columns,
    not in characters, and a list of choices too long for a line is broken after a comma."""
    monkeypatch.setenv("COLUMNS", "80")
    out = _help(capsys, "--lang", "ko", *command, "--help")
    assert HANGUL.search(out)
    too_wide = [line for line in out.splitlines() if _columns(line) > 80]
    assert too_wide == []
    if command == ("import",):  # the usage's continuation lines start under the program's name
        usage = out.split("\n\n")[0].splitlines()
        assert usage[0].startswith("사용법: kotra-invest import [-h]")
        assert all(line.startswith(" " * _columns("사용법: kotra-invest import ")) for line in usage[1:])
        assert "{investors,contacts," in out and "incentives,enquiries}" in out


def test_the_english_help_is_laid_out_by_argparse_itself() -> None:
    """The English help stays byte for byte what argparse lays out (its lines counted in characters)."""

    def formatters(parser: argparse.ArgumentParser) -> set[type]:
        found = {parser.formatter_class}
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for sub in action.choices.values():
                    found |= formatters(sub)
        return found

    assert formatters(cli.build_parser(lang="en")) == {argparse.HelpFormatter}
    assert argparse.HelpFormatter not in formatters(cli.build_parser(lang="ko"))
