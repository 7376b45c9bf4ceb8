"""A value the command line cannot take (a word for a number, a status it does not know) is said in
one sentence, in the reader's language, with exit 2: no usage block, no Python type names."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def _run(lang: str, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    # this checkout's code, whatever the directory (the process runs in `home`)
    root = str(Path(__file__).resolve().parents[1])
    env = {
        **os.environ,
        "PYTHONPATH": root,
        "XDG_DATA_HOME": str(home),
        "XDG_CONFIG_HOME": str(home),
        "KOTRA_INVEST_LANG": lang,
    }
    return subprocess.run(
        [sys.executable, "-m", "kotra_invest", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=home,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(
    ("lang", "args", "said"),
    [
        ("en", ["--year", "abc"], "kotra-invest: --year: 'abc' is not a whole number.\n"),
        ("ko", ["--year", "abc"], "kotra-invest: --year: 'abc' 대신 정수를 적어 주십시오.\n"),
        (
            "en",
            ["--status", "nope"],
            "kotra-invest: --status: 'nope' is not one of planning, confirmed, travelling, done, cancelled.\n",
        ),
        (
            "ko",
            ["--status", "nope"],
            "kotra-invest: --status: 'nope' 대신 다음 중 하나를 적어 주십시오: "
            "planning, confirmed, travelling, done, cancelled.\n",
        ),
    ],
)
def test_a_wrong_value_is_one_sentence_and_exit_2(lang: str, args: list[str], said: str, tmp_path: Path) -> None:
    result = _run(lang, "delegations", "list", *args, home=tmp_path)
    assert result.returncode == 2
    assert result.stderr == said
    assert result.stdout == ""


def test_help_still_shows_the_usage(tmp_path: Path) -> None:
    result = _run("en", "delegations", "list", "--help", home=tmp_path)
    assert result.returncode == 0
    assert result.stdout.startswith("usage: kotra-invest delegations list [-h]")
