"""Mission packs from the desktop: take a delegation abroad, open the pack, bring it back with conflicts."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from mission_data import add, build_home, edit, get, open_pack_ctx  # tests/ is on the path
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from kotra_invest.domain.models import Investor
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui import mission
from kotra_invest.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _quiet_messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: said.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: said.append(text))
    return said


def test_take_on_mission_then_open_the_pack_shows_its_banner(
    qtbot: QtBot, window: MainWindow, ctx: Context, tmp_path: Path
) -> None:
    ctx = replace(ctx, actor="planner")  # the window's officer is registered already
    home = build_home(ctx)
    target = tmp_path / "trip.kimp"
    job = mission.take_on_mission(window, ctx, home.delegation, "robots", target=target, passphrase="s3cret")
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=30_000)
    assert target.exists()

    abroad = mission.open_pack_database(target, "s3cret", "en", "abroad")
    banner = mission.pack_banner(abroad)
    assert banner is not None and banner.startswith("Mission pack:") and ctx.db.describe() in banner
    pack_window = MainWindow(abroad, banner=banner)
    qtbot.addWidget(pack_window)
    assert pack_window.banner.text() == banner
    abroad.db.dispose()


def test_a_wrong_passphrase_is_a_sentence_not_a_crash(
    window: MainWindow, ctx: Context, tmp_path: Path, qtbot: QtBot
) -> None:
    ctx = replace(ctx, actor="planner")
    home = build_home(ctx)
    target = tmp_path / "trip.kimp"
    job = mission.take_on_mission(window, ctx, home.delegation, "robots", target=target, passphrase="right")
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=30_000)
    with pytest.raises(mission.DomainError) as refused:
        mission.open_pack_database(target, "wrong", "en", "abroad")
    assert "passphrase" in refused.value.message("en").lower()


def test_bring_back_asks_about_the_conflict_and_merges_the_answer(
    qtbot: QtBot, window: MainWindow, ctx: Context, tmp_path: Path
) -> None:
    from kotra_invest.sync.merge import plan_merge
    from kotra_invest.sync.pack import export_pack

    ctx = replace(ctx, actor="planner")
    home = build_home(ctx)
    target = tmp_path / "trip.kimp"
    export_pack(ctx, home.delegation, target)
    abroad = open_pack_ctx(target)
    edit(abroad, Investor, home.acme, notes="met the CFO in San Jose")
    edit(abroad, Investor, home.borg, name="Borg Battery Systems")
    abroad.db.dispose()
    edit(ctx, Investor, home.acme, notes="called from Seoul")

    plan = plan_merge(ctx, target)
    dialog = mission.MergeDialog(plan, "en", window)
    qtbot.addWidget(dialog)
    assert "conflicts: 1" in dialog.summary.text()
    assert dialog.table.item(0, 3).text().startswith("called from Seoul")
    assert dialog.table.item(0, 4).text().startswith("met the CFO in San Jose")
    dialog._accept()
    assert "1 conflicts still need an answer" in dialog.error.text()  # nothing merges half-answered
    dialog.choices[0].setCurrentIndex(dialog.choices[0].findData("edit"))
    dialog.values[0].setText("called from Seoul; met the CFO in San Jose")
    answers = dialog.resolutions()

    from kotra_invest.sync.merge import apply_merge

    summary = apply_merge(ctx, plan, answers)
    assert summary.conflicts_edited == 1
    assert get(ctx, Investor, home.acme).notes == "called from Seoul; met the CFO in San Jose"
    assert get(ctx, Investor, home.borg).name == "Borg Battery Systems"  # changed abroad only: taken


def test_the_merge_dialog_lists_every_incoming_change_conflicts_first(
    qtbot: QtBot, window: MainWindow, ctx: Context, tmp_path: Path
) -> None:
    from kotra_invest.domain.models import Contact
    from kotra_invest.sync.merge import plan_merge
    from kotra_invest.sync.pack import export_pack

    ctx = replace(ctx, actor="planner")
    home = build_home(ctx)
    target = tmp_path / "trip.kipack"
    export_pack(ctx, home.delegation, target)
    abroad = open_pack_ctx(target)
    edit(abroad, Investor, home.acme, notes="met the CFO in San Jose")
    edit(abroad, Investor, home.borg, website="https://borg.example")
    edit(abroad, Contact, home.contact, email="not an email <script>")
    add(abroad, Investor(name="Dyson Robotics SF"))
    add(abroad, Contact(investor_id=home.acme, full_name="Ada Lovelace"))  # created abroad too
    abroad.db.dispose()
    edit(ctx, Investor, home.acme, notes="called from Seoul")

    dialog = mission.MergeDialog(plan_merge(ctx, target), "en", window)
    qtbot.addWidget(dialog)
    rows = [dialog.row_texts(r) for r in range(dialog.table.rowCount())]
    kinds = [r[0] for r in rows]
    assert kinds[0] == "Conflict" and kinds.count("Conflict") == 1  # conflicts first
    assert ["Changed", "Borg Batteries", "website", "—", "https://borg.example", "", ""] in rows
    assert any(r[0] == "New" and r[1] == "Dyson Robotics SF" for r in rows)
    [refused] = [r for r in rows if r[0] == "Refused"]
    assert (refused[2], refused[4]) == ("email", "not an email <script>")
    assert "Not a valid e-mail address" in refused[6]
    [twin] = [r for r in rows if r[0] == "Same record twice?"]
    assert str(home.contact) in twin[3] and "merge the two records" in twin[6]
    assert "Refused: 1" in dialog.summary.text() and "possible duplicates: 1" in dialog.summary.text()


def test_bringing_back_an_old_copy_after_the_newer_pack_says_so_and_offers_no_merge(
    qtbot: QtBot, window: MainWindow, ctx: Context, tmp_path: Path, _quiet_messages: list[str]
) -> None:
    import shutil

    from PySide6.QtCore import QTimer

    from kotra_invest.services.merge_history import merge_reports
    from kotra_invest.sync.merge import apply_merge, plan_merge
    from kotra_invest.sync.pack import export_pack

    ctx = replace(ctx, actor="planner")
    home = build_home(ctx)
    target = tmp_path / "trip.kipack"
    export_pack(ctx, home.delegation, target)
    abroad = open_pack_ctx(target)
    edit(abroad, Investor, home.acme, notes="met the CFO in San Jose")
    abroad.db.dispose()
    old_copy = tmp_path / "usb-monday.kipack"
    shutil.copy(target, old_copy)
    abroad = open_pack_ctx(target)
    edit(abroad, Investor, home.acme, notes="met the CFO twice")
    abroad.db.dispose()
    apply_merge(ctx, plan_merge(ctx, target))
    reports = len(merge_reports(ctx))

    seen: list[tuple[str, bool]] = []

    def answer() -> None:
        dialog = window.property("merge_dialog")
        if not isinstance(dialog, mission.MergeDialog) or not dialog.isVisible():
            QTimer.singleShot(50, answer)
            return
        seen.append((dialog.summary.text(), dialog.merge_button.isEnabled()))
        dialog.reject()

    QTimer.singleShot(50, answer)
    merged: list[object] = []
    mission.bring_back(window, ctx, path=old_copy, on_merged=merged.append)
    qtbot.waitUntil(lambda: bool(seen), timeout=60_000)
    [(summary, can_merge)] = seen
    assert "older copy of a pack whose later state has been merged already" in summary
    assert "nothing will be changed" in summary and not can_merge
    assert not merged and not any("Merged:" in said for said in _quiet_messages)
    assert get(ctx, Investor, home.acme).notes == "met the CFO twice" and len(merge_reports(ctx)) == reports


def test_bring_back_merges_and_the_report_reopens_from_the_file_menu(
    qtbot: QtBot, window: MainWindow, ctx: Context, tmp_path: Path
) -> None:
    from PySide6.QtCore import QTimer

    from kotra_invest.sync.pack import export_pack

    ctx = replace(ctx, actor="planner")
    home = build_home(ctx)
    target = tmp_path / "trip.kipack"
    export_pack(ctx, home.delegation, target)
    abroad = open_pack_ctx(target)
    edit(abroad, Investor, home.acme, notes="met the CFO in San Jose")
    edit(abroad, Investor, home.borg, name="Borg Battery Systems")
    abroad.db.dispose()
    edit(ctx, Investor, home.acme, notes="called from Seoul")

    answered: list[bool] = []

    def answer() -> None:
        dialog = window.property("merge_dialog")
        if not isinstance(dialog, mission.MergeDialog) or not dialog.isVisible():
            QTimer.singleShot(50, answer)
            return
        dialog.all_pack.click()
        dialog.merge_button.click()
        answered.append(True)

    QTimer.singleShot(50, answer)
    merged: list[object] = []
    mission.bring_back(window, ctx, path=target, on_merged=merged.append)
    qtbot.waitUntil(lambda: bool(merged), timeout=60_000)
    assert answered and get(ctx, Investor, home.acme).notes == "met the CFO in San Jose"

    window.actions_by_name["merge_reports"].trigger()
    reports = window.findChild(mission.MergeReportsDialog, "merge_reports_dialog")
    assert reports is not None and reports.list.rowCount() == 1
    assert reports.list.item(0, 2).text() == "대전 AI·로봇 투자유치단"
    shown = {
        (reports.detail.item(r, 0).text(), reports.detail.item(r, 2).text()) for r in range(reports.detail.rowCount())
    }
    assert ("Conflict", "notes") in shown and ("Changed", "name") in shown
    conflict_row = next(r for r in range(reports.detail.rowCount()) if reports.detail.item(r, 0).text() == "Conflict")
    assert reports.detail.item(conflict_row, 6).text() == "Keep pack"
    reports.close()


def _save_as(monkeypatch: pytest.MonkeyPatch, typed: Path) -> None:
    """The officer types `typed` in the Save dialog and leaves the passphrase blank."""
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(typed), mission.PACK_FILTER))
    monkeypatch.setattr(mission.PassphraseDialog, "exec", lambda _self: True)


def test_a_pack_saved_under_a_name_without_kipack_gets_it_so_the_open_dialog_lists_it(
    qtbot: QtBot, window: MainWindow, ctx: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fnmatch import fnmatch

    ctx = replace(ctx, actor="planner", access_reason="test")
    home = build_home(ctx)
    usb = tmp_path / "USB"
    usb.mkdir()
    _save_as(monkeypatch, usb / "seoul trip.v2")
    job = mission.take_on_mission(window, ctx, home.delegation, "robots")
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=30_000)
    assert [p.name for p in usb.iterdir()] == ["seoul trip.v2.kipack"]
    assert fnmatch("seoul trip.v2.kipack", "*.kipack")  # the Open dialog's filter (PACK_FILTER)
    abroad = mission.open_pack_database(usb / "seoul trip.v2.kipack", None, "en", "abroad")
    assert mission.pack_banner(abroad) is not None
    abroad.db.dispose()


def test_a_completed_name_that_is_an_existing_pack_is_asked_about_before_it_is_replaced(
    window: MainWindow, ctx: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = replace(ctx, actor="planner", access_reason="test")
    home = build_home(ctx)
    usb = tmp_path / "USB"
    usb.mkdir()
    earlier = usb / "trip.kipack"
    earlier.write_bytes(b"last week's pack")
    asked: list[str] = []

    def no(_parent: object, _title: str, question: str, *_a: object) -> QMessageBox.StandardButton:
        asked.append(question)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)
    _save_as(monkeypatch, usb / "trip")  # the dialog asked about "trip", which is not there
    assert mission.take_on_mission(window, ctx, home.delegation, "robots") is None
    assert asked == ["trip.kipack already exists. Replace it?"]
    assert earlier.read_bytes() == b"last week's pack" and list(usb.iterdir()) == [earlier]


def test_opening_a_pack_that_is_no_longer_there_is_one_sentence_and_creates_nothing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, _quiet_messages: list[str]
) -> None:
    """Chosen, then deleted (or its USB stick pulled) before the passphrase was given."""
    usb = tmp_path / "USB"
    usb.mkdir()
    gone = usb / "trip.kipack"
    monkeypatch.setattr(mission, "ask_pack", lambda *_a: (gone, None))
    switched: list[object] = []
    window.sig_switch_database.connect(switched.append)
    window.open_mission_pack()
    assert _quiet_messages == [f"There is no mission pack at {gone} (was it moved or deleted?)."]
    assert switched == [] and list(usb.iterdir()) == []
