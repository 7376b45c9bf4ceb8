"""The Documents tab through the real widgets: drop a PDF and an Outlook .msg on an investor's window,
see both, find a word inside the PDF with the search box, open it, delete it and undo."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from document_files import pdf, softcamp_wrapped
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kotra_invest.services.investors import InvestorDraft, create_investor
from kotra_invest.services.unit_of_work import Context

MAIL = Path(__file__).parents[1] / "data" / "mail"


def _drop(target: object, paths: list[Path]) -> bool:
    """Drag files from the file manager (or Outlook) onto `target` and let go."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(
        target.rect().center(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,  # type: ignore[attr-defined]
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, enter)  # type: ignore[arg-type]
    if not enter.isAccepted():
        return False
    drop = QDropEvent(
        QPointF(target.rect().center()),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,  # type: ignore[attr-defined]
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, drop)  # type: ignore[arg-type]
    return drop.isAccepted()


def _names(panel: object) -> list[str]:
    table = panel.table  # type: ignore[attr-defined]
    return [table.item(r, 0).text() for r in range(table.rowCount())]


def _investor_window(qtbot: QtBot, window: Any, ctx: Context) -> Any:
    """A new investor's window, open and shown."""
    investor = create_investor(ctx, InvestorDraft(name="Norvik Robotics AB"))
    investor_window = window.open_record("investor", investor)
    qtbot.waitExposed(investor_window)
    return investor_window


def _drop_stored(qtbot: QtBot, record_window: Any, paths: list[Path]) -> None:
    """Drop files on a record's window and wait until the worker thread has stored them."""
    assert _drop(record_window, paths)
    qtbot.waitUntil(lambda: not record_window.documents.is_busy())


def test_dropping_a_pdf_and_an_outlook_message_on_an_investor(
    qtbot: QtBot, window: object, ctx: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    investor_window = _investor_window(qtbot, window, ctx)
    panel = investor_window.documents
    deck = pdf(tmp_path / "Norvik IR deck.pdf", "Hydrogen electrolyser gigafactory in Saemangeum")
    assert _drop(investor_window, [deck, MAIL / "other.msg"])
    qtbot.waitUntil(lambda: not panel.is_busy())  # stored on a worker thread
    # The PDF is a document of the investor; the message is a meeting of kind e-mail on the
    # timeline, with the message and its attached message as the meeting's documents.
    assert sorted(_names(panel)) == ["Norvik IR deck.pdf", "default_attachment.eml.msg", "other.msg"]
    timeline = investor_window.timeline
    summaries = [timeline.item(r, 2).text() for r in range(timeline.rowCount())]
    assert any(s.startswith("投递状态通知 (Failure Notice)") for s in summaries)
    # Subject and body on one line (a second line would be cut by the row's height), the whole
    # message in the tooltip.
    summary = timeline.item(0, 2)
    assert "\n" not in summary.text() and summary.text().startswith("投递状态通知 (Failure Notice) — Hi. This is")
    assert summary.toolTip().startswith("投递状态通知 (Failure Notice)\n\nHi. This is an automatically generated")
    assert not timeline.wordWrap() and timeline.columnWidth(2) <= 420
    kinds = [timeline.item(r, 1).text() for r in range(timeline.rowCount())]
    assert len(kinds) == 1 and kinds[0] != ""
    assert "other.msg" not in panel.notice.text() or "e-mail" in panel.notice.text().lower()
    # Its two addresses are nobody's yet: offered as contacts of the investor, one click.
    assert panel.offer_contacts.isVisible()
    assert (
        panel.offer_contacts.text() == "Add mailer-daemon@tjdpf.org.cn, yosipnps@model.com as contacts of the investor"
    )
    panel.offer_contacts.click()
    assert not panel.offer_contacts.isVisible() and "2 contact(s) added." in panel.notice.text()
    contacts_table = investor_window.contacts
    assert sorted(contacts_table.item(r, 2).text() for r in range(contacts_table.rowCount())) == [
        "mailer-daemon@tjdpf.org.cn",
        "yosipnps@model.com",
    ]
    # Dropping the same message again creates nothing new.
    assert _drop(investor_window, [MAIL / "other.msg"])
    qtbot.waitUntil(lambda: not panel.is_busy())
    assert timeline.rowCount() == 1 and len(_names(panel)) == 3
    assert "nothing new" in panel.notice.text()
    investor_window.close()

    # The search box finds a word inside the PDF; choosing the hit opens the investor on its
    # Documents tab with the PDF selected.
    window.search.setText("electrolyser")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not window.search.is_searching() and window.search.results.count() >= 1)  # type: ignore[attr-defined]
    results = window.search.results  # type: ignore[attr-defined]
    assert [results.item(r).text() for r in range(results.count())] == ["Document · Norvik IR deck.pdf"]
    window.search._choose(results.item(0))  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: len(window.record_windows) == 1)  # type: ignore[attr-defined]
    reopened = window.record_windows[0]  # type: ignore[attr-defined]
    assert reopened.tabs.currentWidget() is reopened.documents
    panel = reopened.documents
    assert panel.table.item(panel.table.currentRow(), 0).text() == "Norvik IR deck.pdf"
    # The selected PDF's first page shows as a thumbnail.
    preview = panel.preview.pixmap()
    assert not preview.isNull() and preview.width() == 220 and preview.height() > 250
    image = preview.toImage()
    assert any(
        image.pixelColor(x, y).lightness() < 128 for x in range(0, 220, 2) for y in range(0, 80, 2)
    )  # text on it

    # Open: a temporary copy for the system's viewer, gone when the window closes.
    opened: list[QUrl] = []
    monkeypatch.setattr("kotra_invest.ui.documents.QDesktopServices.openUrl", lambda url: opened.append(url) or True)
    copy = panel.open_selected()
    assert copy is not None and [u.toLocalFile() for u in opened] == [str(copy)]
    assert copy.read_bytes() == deck.read_bytes() and copy.name == "Norvik IR deck.pdf"

    # Delete, then undo brings it back.
    panel.delete_selected()
    assert "Norvik IR deck.pdf" not in _names(panel)
    reopened.undo_stack.undo()
    assert "Norvik IR deck.pdf" in _names(panel)
    reopened.close()
    qtbot.waitUntil(lambda: not copy.exists())


def test_a_drm_file_is_attached_and_said_to_be_unreadable(
    qtbot: QtBot, window: object, ctx: Context, tmp_path: Path
) -> None:
    investor = create_investor(ctx, InvestorDraft(name="Norvik Robotics AB"))
    investor_window = window.open_record("investor", investor)  # type: ignore[attr-defined]
    panel = investor_window.documents
    panel.add_paths([softcamp_wrapped(tmp_path / "신고필증.pdf")])
    qtbot.waitUntil(lambda: not panel.is_busy())
    assert _names(panel) == ["신고필증.pdf"]
    assert "document DRM (softcamp)" in panel.notice.text() and "cannot be previewed or searched" in panel.notice.text()
    assert "cannot be previewed" in panel.table.item(0, 5).text()
    # The same wrapper on an e-mail's attachment is recognised when the message is dropped.
    from test_mail_import import korean_eml_utf8

    wrapped = softcamp_wrapped(tmp_path / "wrapped.bin").read_bytes()
    assert _drop(investor_window, [korean_eml_utf8(tmp_path / "신고필증 송부.eml", wrapped)])
    qtbot.waitUntil(lambda: not panel.is_busy())
    assert "투자계획서 2027.pdf is protected by document DRM (softcamp)" in panel.notice.text()
    investor_window.close()


def test_project_and_delegation_windows_have_documents(
    qtbot: QtBot, window: object, ctx: Context, tmp_path: Path
) -> None:
    from kotra_invest.services.delegations import DelegationDraft, create_delegation
    from kotra_invest.services.projects import ProjectDraft, create_project

    investor = create_investor(ctx, InvestorDraft(name="Norvik Robotics AB"))
    project = create_project(ctx, ProjectDraft(investor, "Robot plant"))
    delegation = create_delegation(
        ctx, DelegationDraft(title="2027 유럽 투자유치단", year=2027, lead_province_codes=("KR-11",))
    )
    for kind, record in (("project", project), ("delegation", delegation)):
        record_window = window.open_record(kind, record)  # type: ignore[attr-defined]
        assert _drop(record_window, [pdf(tmp_path / f"{kind}.pdf", f"{kind} brochure")])
        qtbot.waitUntil(lambda w=record_window: not w.documents.is_busy())
        assert _names(record_window.documents) == [f"{kind}.pdf"]
        record_window.close()
    assert isinstance(project, uuid.UUID)


def test_the_pack_dialog_shows_the_documents_size_and_can_leave_them_out(qtbot: QtBot) -> None:
    from kotra_invest.ui.mission import PassphraseDialog

    dialog = PassphraseDialog(None, (2, 5 * 1024 * 1024))
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.with_documents
    assert box.isVisible() and box.isChecked() and box.text() == "Include the records' documents (2 file(s), 5.0 MB)"
    box.setChecked(False)
    assert not dialog.with_documents.isChecked()
    nothing = PassphraseDialog(None, (0, 0))
    qtbot.addWidget(nothing)
    nothing.show()
    assert not nothing.with_documents.isVisible()  # no documents: no question


def _button(panel: object, text: str) -> object:
    from PySide6.QtWidgets import QPushButton

    return next(b for b in panel.findChildren(QPushButton) if b.text() == text)  # type: ignore[attr-defined]


def test_replace_save_as_and_a_file_over_the_limit_through_the_buttons(
    qtbot: QtBot, window: object, ctx: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from kotra_invest.services import documents

    investor = create_investor(ctx, InvestorDraft(name="Norvik Robotics AB"))
    investor_window = window.open_record("investor", investor)  # type: ignore[attr-defined]
    panel = investor_window.documents
    first = pdf(tmp_path / "MOU draft.pdf", "Memorandum draft")
    signed = pdf(tmp_path / "MOU signed.pdf", "Memorandum signed by both")
    picked: list[str] = [str(first)]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: (list(picked), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(signed), ""))
    _button(panel, "&Add…").click()
    qtbot.waitUntil(lambda: not panel.is_busy())
    assert _names(panel) == ["MOU draft.pdf"]
    panel.table.selectRow(0)
    _button(panel, "&Replace…").click()
    # The new version replaces the old in the list; the old one is kept, as version 1.
    assert _names(panel) == ["MOU signed.pdf"] and panel.table.item(0, 5).text() == "version 2"
    assert panel.notice.text() == "Version 2 saved; the old one is kept."
    versions = documents.document_versions(ctx, panel.rows[0].id)
    assert [(v.name, v.current) for v in versions] == [("MOU signed.pdf", True), ("MOU draft.pdf", False)]
    target = tmp_path / "out" / "copy.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    panel.table.selectRow(0)
    _button(panel, "&Save as…").click()
    assert target.read_bytes() == signed.read_bytes()
    # Typed without its extension, the copy is still a PDF: the document's own is added.
    typed = tmp_path / "out" / "signed copy"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(typed), ""))
    _button(panel, "&Save as…").click()
    assert (tmp_path / "out" / "signed copy.pdf").read_bytes() == signed.read_bytes() and not typed.exists()

    # Over the limit an administrator set: one sentence, and nothing is added.
    documents.set_size_limit(ctx, 1024 * 1024)
    big = tmp_path / "scan.pdf"
    big.write_bytes(b"%PDF-1.4\n" + b"0" * (2 * 1024 * 1024))
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: said.append(text))
    picked[:] = [str(big)]
    _button(panel, "&Add…").click()
    qtbot.waitUntil(lambda: not panel.is_busy())
    assert said == ["The file is too large: scan.pdf (2 MB). A file may be at most 1 MB."]
    assert _names(panel) == ["MOU signed.pdf"]
    investor_window.close()


def test_the_leader_leaves_the_documents_out_of_the_pack_in_the_export_dialog(
    qtbot: QtBot, window: object, ctx: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dataclasses import replace

    from mission_data import build_home, open_pack_ctx
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from kotra_invest.services import documents
    from kotra_invest.ui import mission

    ctx = replace(ctx, actor="planner")  # the window's officer is registered already
    home = build_home(ctx)
    documents.add_documents(ctx, "investor", home.acme, [pdf(tmp_path / "Acme brochure.pdf", "Acme site")])
    target = tmp_path / "trip.kipack"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: None)
    shown: list[str] = []

    def leader_answers(dialog: mission.PassphraseDialog) -> int:
        shown.append(dialog.with_documents.text())
        dialog.with_documents.setChecked(False)  # what the leader unticks
        return 1

    monkeypatch.setattr(mission.PassphraseDialog, "exec", leader_answers)
    job = mission.take_on_mission(window, ctx, home.delegation, "robots")  # type: ignore[arg-type]
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=30_000)
    assert shown and shown[0].startswith("Include the records' documents (1 file(s), ")
    abroad = open_pack_ctx(target)
    try:
        assert documents.list_documents(abroad, "investor", home.acme) == []
    finally:
        abroad.db.dispose()


def test_dropping_the_same_file_again_adds_no_row_and_says_so(
    qtbot: QtBot, window: object, ctx: Context, tmp_path: Path
) -> None:
    investor_window = _investor_window(qtbot, window, ctx)
    panel = investor_window.documents
    undo = investor_window.undo_stack
    deck = pdf(tmp_path / "Norvik IR deck.pdf", "Hydrogen electrolyser gigafactory")
    _drop_stored(qtbot, investor_window, [deck])
    assert _names(panel) == ["Norvik IR deck.pdf"]
    # The officer drags the deck onto the window again, with a memo: the memo is added, the deck is not.
    _drop_stored(qtbot, investor_window, [deck, pdf(tmp_path / "memo.pdf", "Meeting memo")])
    assert sorted(_names(panel)) == ["Norvik IR deck.pdf", "memo.pdf"]
    assert panel.notice.text() == "Added: memo.pdf\nNorvik IR deck.pdf is already attached to this record."
    # Undo takes away only what the drop added.
    undo.undo()
    assert _names(panel) == ["Norvik IR deck.pdf"]
    # Alone, under another name: nothing to undo, and the name it is there under is said.
    copy = tmp_path / "deck copy.pdf"
    copy.write_bytes(deck.read_bytes())
    depth = undo.count()
    _drop_stored(qtbot, investor_window, [copy])
    assert _names(panel) == ["Norvik IR deck.pdf"] and undo.count() == depth
    assert panel.notice.text() == "deck copy.pdf is already attached to this record as Norvik IR deck.pdf."
    investor_window.close()


def test_an_email_import_is_undone_redone_and_brought_back_by_dropping_it_again(
    qtbot: QtBot, window: object, ctx: Context
) -> None:
    investor_window = _investor_window(qtbot, window, ctx)
    investor_window.activateWindow()
    panel, timeline, contacts = investor_window.documents, investor_window.timeline, investor_window.contacts
    undo = investor_window.undo_stack
    attached = ["default_attachment.eml.msg", "other.msg"]
    _drop_stored(qtbot, investor_window, [MAIL / "other.msg"])
    assert timeline.rowCount() == 1 and sorted(_names(panel)) == attached
    assert undo.undoText() == "Import e-mail"
    # Its addresses become contacts: an action of its own, undone first.
    panel.offer_contacts.click()
    assert contacts.rowCount() == 2 and undo.undoText() == "Add contacts from an e-mail"
    qtbot.keyClick(investor_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert contacts.rowCount() == 0 and timeline.rowCount() == 1
    # Ctrl+Z again: the meeting and its attachments leave the timeline and the documents.
    qtbot.keyClick(investor_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert timeline.rowCount() == 0 and _names(panel) == []
    # Redo (Ctrl+Y) brings them back; undo takes them away again.
    qtbot.keyClick(investor_window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert timeline.rowCount() == 1 and sorted(_names(panel)) == attached
    undo.undo()
    assert timeline.rowCount() == 0 and _names(panel) == []
    # Dropped again: the meeting comes back from the trash with its documents, and the panel says so.
    _drop_stored(qtbot, investor_window, [MAIL / "other.msg"])
    assert timeline.rowCount() == 1 and sorted(_names(panel)) == attached
    assert panel.notice.text() == (
        "other.msg was imported before and its meeting deleted: it is back on the timeline with 2 document(s)."
    )
    # That too is undoable; an e-mail imported before and still there puts nothing on the stack.
    depth = undo.count()
    _drop_stored(qtbot, investor_window, [MAIL / "other.msg"])
    assert "nothing new" in panel.notice.text() and undo.count() == depth
    undo.undo()
    assert timeline.rowCount() == 0 and _names(panel) == []
    investor_window.close()


def _delete_undo_redo(
    qtbot: QtBot, window: Any, investor_window: Any, table: Any, label: str, kept: list[str], everything: list[str]
) -> None:
    """Delete the table's one row with its tab's Delete: the record's documents leave the investor's
    list and `kept` stays; the app's Undo brings the record and its documents back, Redo takes them again."""
    from PySide6.QtWidgets import QPushButton

    panel = investor_window.documents
    assert table.rowCount() == 1 and sorted(_names(panel)) == everything
    investor_window.tabs.setCurrentIndex(investor_window.tabs.indexOf(table.parentWidget()))
    table.selectRow(0)
    (delete,) = [b for b in table.parentWidget().findChildren(QPushButton) if b.text() == "&Delete"]
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert table.rowCount() == 0 and _names(panel) == kept
    undo, redo = window.actions_by_name["undo"], window.actions_by_name["redo"]
    assert undo.text() == f"&Undo {label}"
    undo.trigger()
    assert table.rowCount() == 1 and sorted(_names(panel)) == everything
    redo.trigger()
    assert table.rowCount() == 0 and _names(panel) == kept
    investor_window.close()


def test_deleting_an_emails_meeting_from_the_timeline_takes_its_documents_and_undo_brings_them_back(
    qtbot: QtBot, window: Any, ctx: Context, tmp_path: Path
) -> None:
    investor_window = _investor_window(qtbot, window, ctx)
    deck = pdf(tmp_path / "Norvik IR deck.pdf", "Hydrogen electrolyser gigafactory in Saemangeum")
    _drop_stored(qtbot, investor_window, [deck, MAIL / "other.msg"])
    # The officer imported the wrong e-mail: its meeting is deleted from the Activity tab, and the
    # e-mail and its attachment leave the investor's documents with it; the deck stays.
    everything = ["Norvik IR deck.pdf", "default_attachment.eml.msg", "other.msg"]
    _delete_undo_redo(
        qtbot, window, investor_window, investor_window.timeline, "Delete meeting", ["Norvik IR deck.pdf"], everything
    )


def test_deleting_a_contact_takes_the_documents_filed_on_them_and_undo_brings_them_back(
    qtbot: QtBot, window: Any, ctx: Context, tmp_path: Path
) -> None:
    from kotra_invest.services import documents, records
    from kotra_invest.services.contacts import CONTACT, ContactDraft

    investor = create_investor(ctx, InvestorDraft(name="Norvik Robotics AB"))
    anna = records.create(ctx, CONTACT, ContactDraft(full_name="Anna Berg", investor_id=investor))
    # Their business card, filed on the contact (documents add --to contact:…).
    documents.add_documents(ctx, "contact", anna, [pdf(tmp_path / "Anna Berg card.pdf", "business card")])
    investor_window = window.open_record("investor", investor)
    qtbot.waitExposed(investor_window)
    deck = pdf(tmp_path / "Norvik IR deck.pdf", "Hydrogen electrolyser gigafactory in Saemangeum")
    _drop_stored(qtbot, investor_window, [deck])
    # The contact is deleted from the Contacts tab: their card leaves the investor's documents.
    everything = ["Anna Berg card.pdf", "Norvik IR deck.pdf"]
    _delete_undo_redo(
        qtbot, window, investor_window, investor_window.contacts, "Delete contact", ["Norvik IR deck.pdf"], everything
    )
