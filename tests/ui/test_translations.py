"""Every string on screen has its Korean, and the shipped .qm is compiled from the .ts in the repo."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from pytestqt.qtbot import QtBot

from kotra_invest.services.unit_of_work import Context

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "kotra_invest" / "resources" / "translations" / "kotra_invest_ko.ts"
QM = TS.with_suffix(".qm")
TOOLS = Path(sys.executable).parent
# The README's command: every module, widgets' self.tr() and the catalogue's msg() (kotra_invest/catalog.py).
SOURCES = sorted(str(p) for p in (ROOT / "kotra_invest").rglob("*.py") if "resources" not in p.parts)
LUPDATE = [str(TOOLS / "pyside6-lupdate"), *SOURCES, "-tr-function-alias", "QT_TRANSLATE_NOOP+=msg"]


def test_every_string_in_the_catalogue_is_translated_into_korean(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    subprocess.run([*LUPDATE, "-ts", str(fresh), "-no-obsolete"], check=True, capture_output=True)
    untranslated = [
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(fresh).getroot().iter("context")
        for message in context.iter("message")
        if message.find("translation").get("type") == "unfinished"
        or not (message.findtext("translation") or "").strip()
    ]
    assert untranslated == [], "run pyside6-lupdate and translate these (see README, Translations)"
    for message in ET.parse(fresh).getroot().iter("message"):
        source, translation = message.findtext("source") or "", message.findtext("translation") or ""
        for n in range(1, 6):
            assert (f"%{n}" in source) == (f"%{n}" in translation), (source, translation)


def test_the_shipped_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    compiled = tmp_path / "check.qm"
    subprocess.run([str(TOOLS / "pyside6-lrelease"), str(TS), "-qm", str(compiled)], check=True, capture_output=True)
    assert compiled.read_bytes() == QM.read_bytes(), "run pyside6-lrelease on the .ts (see README, Translations)"


def test_the_korean_ui_speaks_korean(qtbot: QtBot, ctx: Context) -> None:
    from dataclasses import replace

    from kotra_invest.ui import i18n
    from kotra_invest.ui.main_window import MainWindow

    assert i18n.install("ko")
    try:
        window = MainWindow(replace(ctx, lang="ko"))
        qtbot.addWidget(window)
        names = [window.rail.item(row).text() for row in range(window.rail.count())]
        assert names == ["대시보드", "투자유치단", "투자가", "프로젝트", "경제자유구역 홍보", "할 일", "사후관리"]
        assert any("\uac00" <= ch <= "\ud7a3" for ch in window.search.placeholderText())
    finally:
        i18n.install("en")


def test_the_project_window_and_the_meeting_editor_speak_korean(qtbot: QtBot, ctx: Context) -> None:
    from dataclasses import replace

    from PySide6.QtWidgets import QAbstractButton, QLabel

    from kotra_invest.services import projects
    from kotra_invest.services.investors import InvestorDraft, create_investor
    from kotra_invest.ui import i18n
    from kotra_invest.ui.meetings import MeetingEditor
    from kotra_invest.ui.project_page import ProjectWindow

    acme = create_investor(ctx, InvestorDraft(name="Acme Batteries"))
    project_id = projects.create_project(ctx, projects.ProjectDraft(investor_id=acme, title="Cathode plant"))
    korean = replace(ctx, lang="ko")
    assert i18n.install("ko")
    try:
        window = ProjectWindow(korean, project_id, None)
        qtbot.addWidget(window)
        tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        assert tabs == ["개요", "신고/도착", "단계 이력", "면담", "할 일", "인센티브", "투자 절차", "문서", "변경 이력"]
        editor = MeetingEditor(korean, acme, None, window)
        qtbot.addWidget(editor)
        for widget in (window, editor):
            words = [w.text() for w in widget.findChildren(QAbstractButton) + widget.findChildren(QLabel) if w.text()]
            english = [
                w
                for w in words
                if w.isascii() and any(c.isalpha() for c in w) and w not in ("Cathode plant", "Acme Batteries", "USD")
            ]
            assert english == [], english
    finally:
        i18n.install("en")


def test_a_korean_desktop_reads_its_messages_from_the_compiled_catalogue_without_parsing_the_ts(
    qtbot: QtBot, ctx: Context
) -> None:
    # Parsing the .ts took a Korean start 35–50 ms on the GUI thread (the status bar's role is a
    # catalogue message); the desktop has the compiled .qm loaded for its widgets already.
    from dataclasses import replace

    from kotra_invest import catalog
    from kotra_invest.services.officers import ensure_file_owner
    from kotra_invest.ui import app, i18n

    ensure_file_owner(ctx)
    catalog._korean.cache_clear()
    try:
        window = app.show_main_window(replace(ctx, lang="ko"))
        qtbot.addWidget(window)
        assert catalog._korean.cache_info().currsize == 0  # the .ts was not read
        role = window.officer_label.text()
        assert any("\uac00" <= ch <= "\ud7a3" for ch in role.split("(")[-1]), role  # the role, in Korean
        assert catalog.msg("commands.tasks", "Created").text("ko") == "만들었습니다"
        assert catalog._korean.cache_info().currsize == 0
    finally:
        i18n.install("en")


def test_the_compiled_catalogue_says_what_the_ts_says_for_every_message() -> None:
    from kotra_invest import catalog
    from kotra_invest.ui import i18n

    assert i18n.install("ko")
    try:
        compiled = catalog._compiled[0]
        finished = catalog._korean()  # the .ts as the command line reads it
        assert len(finished) > 2000
        differ = [key for key, korean in finished.items() if compiled(key[0], key[1], key[2] or None) != korean]
        assert differ == []
        assert catalog.msg("domain.enums", "Open", "StageKind").text("ko") == "진행"
        assert catalog.msg("domain.enums", "Open", "TaskStatus").text("ko") == "진행 중"
        # What is not in the catalogue stays English: another context's words, a field's bare name.
        assert catalog.msg("nowhere", "Not in the catalogue").text("ko") == "Not in the catalogue"
        assert catalog.Message("", "Open").text("ko") == "Open"
    finally:
        i18n.install("en")
