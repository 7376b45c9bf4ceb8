"""The one log file: where a bug's traceback goes, and that it cannot grow without bound."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from kotra_invest import cli, logs
from kotra_invest.commands import officers


@pytest.fixture
def log_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(logs, "data_dir", lambda: tmp_path)
    logger = logging.getLogger(logs.ROOT_LOGGER)
    kept = list(logger.handlers)
    for handler in kept:
        logger.removeHandler(handler)
    yield tmp_path / "logs" / "kotra-invest.log"
    for handler in list(logger.handlers):
        handler.close()
        logger.removeHandler(handler)
    for handler in kept:
        logger.addHandler(handler)


def test_an_unexpected_error_is_one_line_for_the_user_and_a_traceback_in_the_log(
    log_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(args: object) -> int:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(officers, "cmd_whoami", broken)  # the handler `whoami` runs
    status = cli.main(["whoami"])
    err = capsys.readouterr().err
    assert status == cli.EXIT_UNEXPECTED
    assert err.count("\n") == 1 and f"details in {log_home}" in err
    text = log_home.read_text(encoding="utf-8")
    assert "Traceback" in text and "ZeroDivisionError: a bug" in text


def test_the_log_turns_over_instead_of_growing(log_home: Path) -> None:
    logs.setup_logging()
    logs.setup_logging()  # the desktop and the CLI both call it: still one handler
    logger = logging.getLogger(logs.ROOT_LOGGER)
    handlers = [h for h in logger.handlers if isinstance(h, RotatingFileHandler)]
    assert len(handlers) == 1
    line = "x" * 1000
    for _ in range(logs.MAX_BYTES * (logs.KEEP + 2) // 1000):
        logger.info(line)
    files = sorted(log_home.parent.glob("kotra-invest.log*"))
    assert len(files) == logs.KEEP + 1
    assert all(f.stat().st_size <= logs.MAX_BYTES + 2000 for f in files)
