"""Mission mode: a banner across the window while a pack is open, File → Return to office data,
Bring back disabled inside a pack; one name for the pack (출장 팩) in the desktop and the CLI."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from mission_data import build_home
from PySide6.QtWidgets import QMessageBox, QToolBar
from pytestqt.qtbot import QtBot

from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui import app, mission
from kotra_invest.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _quiet_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: None)
    monkeypatch.setattr(QMessageBox, "warning", lambda *_a: None)


def test_a_pack_shows_a_banner_and_returns_to_the_office(
    qtbot: QtBot, window: MainWindow, ctx: Context, tmp_path: Path
) -> None:
    ctx = replace(ctx, actor="planner")
    home = build_home(ctx)
    target = tmp_path / "trip.kimp"
    job = mission.take_on_mission(window, ctx, home.delegation, "robots", target=target, passphrase="s3cret")
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=30_000)

    office = app.show_main_window(ctx)
    assert not office.banner.isVisible() and not office.actions_by_name["return_home"].isVisible()  # type: ignore[attr-defined]
    abroad = mission.open_pack_database(target, "s3cret", "en", "planner")
    office.sig_switch_database.emit(abroad)  # what File → Open mission pack does after asking
    pack_window = app._windows[0]
    assert isinstance(pack_window, MainWindow) and pack_window is not office
    qtbot.addWidget(pack_window)
    banner = pack_window.banner
    assert banner.isVisible() and banner.text().startswith("Mission pack:")
    assert banner.parentWidget() is pack_window.centralWidget()  # across the window, not in a toolbar
    assert not any(isinstance(w, QToolBar) for w in _ancestors(banner))
    assert banner.width() >= pack_window.centralWidget().width() - 2
    assert not pack_window.actions_by_name["bring_back"].isEnabled()
    back = pack_window.actions_by_name["return_home"]
    assert back.isVisible() and back.isEnabled()

    back.trigger()
    office_again = app._windows[0]
    assert isinstance(office_again, MainWindow) and office_again is not pack_window
    qtbot.addWidget(office_again)
    assert office_again.ctx.db.describe() == ctx.db.describe()
    assert not office_again.banner.isVisible() and office_again.actions_by_name["bring_back"].isEnabled()
    abroad.db.dispose()
    office_again.close()


def _ancestors(widget: object) -> list[object]:
    found = []
    current = widget.parentWidget()  # type: ignore[attr-defined]
    while current is not None:
        found.append(current)
        current = current.parentWidget()
    return found


def test_the_pack_has_one_korean_name_everywhere() -> None:
    commands = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "kotra_invest/commands").glob("*.py"))
    for path in (
        "kotra_invest/resources/translations/kotra_invest_ko.ts",
        "kotra_invest/cli.py",
        *commands,
        "kotra_invest/domain/errors.py",
        "kotra_invest/ui/mission.py",
    ):
        text = (ROOT / path).read_text(encoding="utf-8")
        assert "미션" not in text, path
    # The pack commands' own words, as the catalogue gives them in Korean.
    from kotra_invest import catalog

    packs = [korean for (context, _source, _), korean in catalog._korean().items() if context == "commands.packs"]
    assert any("출장 팩" in korean for korean in packs)
