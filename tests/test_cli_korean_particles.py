"""Korean sentences that name a kind of record give it the particle it takes: 프로젝트가, 투자유치단이,
프로젝트를 (never "프로젝트이(가)")."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kotra_invest.catalog import particle, with_particles


def _run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    # this checkout's code, whatever the directory (the process runs in `home`)
    root = str(Path(__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": root, "XDG_DATA_HOME": str(home), "XDG_CONFIG_HOME": str(home)}
    env.pop("KOTRA_INVEST_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "kotra_invest", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=home,
        timeout=300,
        check=False,
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    home = tmp_path_factory.mktemp("particles-home")
    url = f"sqlite:///{home / 'demo.sqlite3'}"
    result = _run("--db", url, "demo", home=home)
    assert result.returncode == 0, result.stderr
    return url, home


def test_several_projects_read_as_proper_korean(demo: tuple[str, Path]) -> None:
    url, home = demo
    result = _run("--db", url, "--lang", "ko", "projects", "show", "a", home=home)
    assert result.returncode == 2
    assert result.stderr.startswith("kotra-invest: 'a'에 해당하는 프로젝트가 여러 개입니다: "), result.stderr
    assert "(가)" not in result.stderr


def test_a_project_not_found_reads_as_proper_korean(demo: tuple[str, Path]) -> None:
    url, home = demo
    result = _run("--db", url, "--lang", "ko", "projects", "show", "zzzz-nothing", home=home)
    assert result.returncode == 2
    assert result.stderr == "kotra-invest: 프로젝트를 찾을 수 없습니다: zzzz-nothing\n"


@pytest.mark.parametrize("typed", ["하나", "abc", "0.5"])
def test_a_count_typed_wrong_says_a_whole_number_is_wanted(tmp_path: Path, typed: str) -> None:
    """`--limit 하나`: the sentence says what to type, not argparse's "invalid positive value"."""
    for lang, said in (("ko", f"'{typed}' 대신 정수를 적어 주십시오."), ("en", f"'{typed}' is not a whole number.")):
        result = _run("--lang", lang, "investors", "list", "--limit", typed, home=tmp_path)
        assert result.returncode == 2
        assert result.stderr == f"kotra-invest: --limit: {said}\n"


@pytest.mark.parametrize(("typed", "said"), [("하나", "'하나'는"), ("다섯", "'다섯'은"), ("abc", "'abc'은(는)")])
def test_argparse_own_korean_sentences_give_a_value_its_particle(
    capsys: pytest.CaptureFixture[str], typed: str, said: str
) -> None:
    """argparse's own Korean sentences ("%(value)r은(는) …") are filled by argparse, not by a Message:
    the particle is chosen there too, and stays as written after a value in Latin letters. (Every
    type of our commands has a sentence of its own: a bare type function reaches argparse's.)"""
    from kotra_invest.help_language import HelpParser, speaking

    def dozen(value: str) -> int:
        return int(value)

    with speaking("ko"):
        parser = HelpParser(prog="kotra-invest")
        parser.add_argument("--limit", type=dozen)
        with pytest.raises(SystemExit) as exit_:
            parser.parse_args(["--limit", typed])
    assert exit_.value.code == 2
    assert capsys.readouterr().err == f"kotra-invest: --limit: {said} 올바른 dozen 값이 아닙니다\n"


@pytest.mark.parametrize(
    ("word", "pair", "said"),
    [
        ("투자유치단", "이(가)", "이"),
        ("프로젝트", "이(가)", "가"),
        ("투자가", "을(를)", "를"),
        ("면담", "은(는)", "은"),
        ("출장 팩", "과(와)", "과"),
        ("서울", "(으)로", "로"),
        ("부산항", "(으)로", "으로"),
        ("Acme", "이(가)", "이(가)"),  # no Hangul to go by: left as written
        ("", "을(를)", "을(를)"),
    ],
)
def test_the_particle_follows_the_last_syllable(word: str, pair: str, said: str) -> None:
    assert particle(word, pair) == said


def test_only_placeholders_given_a_value_are_changed() -> None:
    template = "{entity}이(가) {other}을(를) {n:>3}"
    assert with_particles(template, {"entity": "할 일"}) == "{entity}이 {other}을(를) {n:>3}"
