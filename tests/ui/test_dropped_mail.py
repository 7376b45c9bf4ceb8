"""A file dropped on a record's window is taken for an e-mail by its content, not its name: RFC 822
headers, or an Outlook message's OLE2 compound file. Anything else is filed as a document, and a
damaged message is kept as a document with one sentence saying so."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot
from test_documents_ui import MAIL, _drop
from test_mail_import import thunderbird_eml

from kotra_invest.files.content_type import OLE_MAGIC
from kotra_invest.services.investors import InvestorDraft, create_investor
from kotra_invest.services.unit_of_work import Context

MESSAGE = """From: Jane Roe <jane.roe@norvik.se>
To: Kim Officer <kim@kotra.or.kr>
Subject: Site visit in Cheongju
Date: Tue, 3 Mar 2026 10:00:00 +0100
Message-ID: <site-visit-1@norvik.se>
Content-Type: text/plain; charset=utf-8

We would like to see the Osong site in April.
"""


def _dropped(qtbot: QtBot, window: Any, ctx: Context, paths: list[Path]) -> Any:
    """An investor's window, open, with `paths` dropped on it and stored."""
    investor = create_investor(ctx, InvestorDraft(name="Norvik Robotics AB"))
    opened = window.open_record("investor", investor)
    qtbot.waitExposed(opened)
    assert _drop(opened, paths)
    qtbot.waitUntil(lambda: not opened.documents.is_busy())
    return opened


def _names(opened: Any) -> set[str]:
    table = opened.documents.table
    return {table.item(r, 0).text() for r in range(table.rowCount())}


def test_a_text_named_eml_is_filed_as_a_document(qtbot: QtBot, window: Any, ctx: Context, tmp_path: Path) -> None:
    notes = tmp_path / "meeting notes.eml"
    notes.write_text("Notes of the call\n\nThey want land near Osong.\n", encoding="utf-8")
    opened = _dropped(qtbot, window, ctx, [notes])
    assert _names(opened) == {"meeting notes.eml"}
    assert opened.timeline.rowCount() == 0
    assert opened.documents.notice.text() == "Added: meeting notes.eml"


def test_a_mail_named_txt_goes_on_the_timeline(qtbot: QtBot, window: Any, ctx: Context, tmp_path: Path) -> None:
    saved = tmp_path / "site visit.txt"
    saved.write_text(MESSAGE, encoding="utf-8")
    opened = _dropped(qtbot, window, ctx, [saved])
    assert opened.timeline.rowCount() == 1
    assert opened.timeline.item(0, 2).text().startswith("Site visit in Cheongju")
    assert _names(opened) == {"site visit.txt"}  # the message itself, as the meeting's document


def test_a_message_saved_by_thunderbird_behind_a_bom_goes_on_the_timeline(
    qtbot: QtBot, window: Any, ctx: Context, tmp_path: Path
) -> None:
    """Thunderbird's mbox "From -" line first, and a byte-order mark and a blank line before it (as
    some exports write): still the message, not a document."""
    saved = thunderbird_eml(tmp_path / "부지 목록.eml", b"%PDF-1.4 sites", before=b"\xef\xbb\xbf\r\n")
    opened = _dropped(qtbot, window, ctx, [saved])
    assert opened.timeline.rowCount() == 1
    assert opened.timeline.item(0, 2).text().startswith("군산 부지 후보 목록 송부")
    assert _names(opened) == {"부지 목록.eml", "부지 후보 목록.pdf"}


def test_an_outlook_message_without_its_extension_goes_on_the_timeline(
    qtbot: QtBot, window: Any, ctx: Context, tmp_path: Path
) -> None:
    renamed = tmp_path / "from Outlook.dat"
    shutil.copy(MAIL / "other.msg", renamed)
    opened = _dropped(qtbot, window, ctx, [renamed])
    assert opened.timeline.rowCount() == 1


def test_a_damaged_msg_is_kept_as_a_document_with_one_sentence(
    qtbot: QtBot, window: Any, ctx: Context, tmp_path: Path
) -> None:
    """Its first bytes are an OLE2 compound file's, the rest is cut off: no meeting, no crash, the
    file kept, and one sentence saying why; a PDF dropped with it is added all the same."""
    damaged = tmp_path / "Re offer.msg"
    damaged.write_bytes(OLE_MAGIC + b"\x00" * 24 + b"\x3e\x00\x03\x00\xfe\xff" + b"\x00" * 200)
    cut = tmp_path / "Re offer (cut).msg"
    cut.write_bytes((MAIL / "other.msg").read_bytes()[:3000])
    opened = _dropped(qtbot, window, ctx, [damaged, cut])
    assert _names(opened) == {"Re offer.msg", "Re offer (cut).msg"}
    assert opened.timeline.rowCount() == 0
    lines = opened.documents.notice.text().splitlines()
    assert lines[1:] == [
        "Re offer.msg cannot be read as an e-mail (the file is damaged or incomplete): it is kept as a document.",
        "Re offer (cut).msg cannot be read as an e-mail (the file is damaged or incomplete): it is kept as a document.",
    ]
