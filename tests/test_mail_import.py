"""E-mails into the timeline: real Outlook .msg files and Korean .eml files become meetings of kind e-mail.

The .msg files are two of msg_parser 1.2.0's test files (BSD 2-clause; tests/data/mail/README.md
says where they come from). The .eml files are written here byte by byte as Korean mail clients
send them: Subject and names in RFC 2047 encoded words, one message in UTF-8 and one in EUC-KR,
attachment names in RFC 2231 (UTF-8) and in encoded words (EUC-KR, as Outlook writes them).
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from document_files import pdf, softcamp_wrapped
from people import acting, team
from sqlalchemy import func, select
from test_server_rules import World, _world

from kotra_invest.domain.document_models import Document, MailMessage
from kotra_invest.domain.enums import InteractionKind
from kotra_invest.domain.errors import DomainError, ValidationError
from kotra_invest.domain.models import Contact, Interaction
from kotra_invest.files import mail
from kotra_invest.files.content_type import OLE_MAGIC
from kotra_invest.services import documents, history, mail_import, records
from kotra_invest.services.contacts import CONTACT, ContactDraft
from kotra_invest.services.documents import RecordRef
from kotra_invest.services.interactions import INTERACTION
from kotra_invest.services.investors import InvestorDraft, create_investor, get_investor, update_investor
from kotra_invest.services.search import search
from kotra_invest.services.unit_of_work import Context, unit_of_work

MAIL = Path(__file__).parent / "data" / "mail"


def _word(text: str, charset: str) -> str:
    """An RFC 2047 encoded word, as a mail client writes a Korean header."""
    return f"=?{charset}?B?{base64.b64encode(text.encode(charset)).decode()}?="


def _b64(data: bytes) -> str:
    raw = base64.b64encode(data).decode()
    return "\r\n".join(raw[i : i + 76] for i in range(0, len(raw), 76))


def korean_eml_utf8(path: Path, attachment: bytes) -> Path:
    body = "안녕하세요, 김 과장님.\r\n\r\n새만금 배터리 공장 투자 계획서를 보내드립니다.\r\n\r\n아나 베리 드림\r\n"
    name = "투자계획서 2027.pdf"
    raw = (
        f"Return-Path: <anna@norvik.se>\r\n"
        f"From: {_word('아나 베리', 'utf-8')} <Anna@Norvik.se>\r\n"
        f"To: {_word('김담당', 'utf-8')} <tester@kotra.or.kr>, Unknown Partner <partner@lawfirm.kr>\r\n"
        f"Cc: {_word('스벤 홀름', 'utf-8')} <sven@norvik.se>\r\n"
        f"Subject: {_word('[노르빅] 새만금 배터리 공장 투자 계획', 'utf-8')}\r\n"
        f"Date: Tue, 10 Nov 2026 16:05:00 +0900\r\n"
        f"Message-ID: <20261110070500.4711@norvik.se>\r\n"
        f"MIME-Version: 1.0\r\n"
        f'Content-Type: multipart/mixed; boundary="BOUNDARY"\r\n\r\n'
        f"--BOUNDARY\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        f"{_b64(body.encode())}\r\n"
        f"--BOUNDARY\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n"
        f"Content-Disposition: attachment; filename*=UTF-8''{__import__('urllib.parse').parse.quote(name)}\r\n\r\n"
        f"{_b64(attachment)}\r\n--BOUNDARY--\r\n"
    )
    path.write_bytes(raw.encode("ascii"))
    return path


def korean_eml_euckr(path: Path) -> Path:
    html = "<html><head><style>p{color:red}</style></head><body><p>부지 방문 일정을 확정했습니다.</p><p>11월 20일 군산</p></body></html>"
    name = "방문일정표.txt"
    raw = (
        f"From: {_word('스벤 홀름', 'euc-kr')} <sven@norvik.se>\r\n"
        f"To: tester@kotra.or.kr\r\n"
        f"Subject: {_word('부지 방문 일정', 'euc-kr')}\r\n"
        f"Date: Wed, 11 Nov 2026 09:30:00 +0100\r\n"
        f"Message-ID: <visit-4712@norvik.se>\r\n"
        f"MIME-Version: 1.0\r\n"
        f'Content-Type: multipart/mixed; boundary="B2"\r\n\r\n'
        f"--B2\r\nContent-Type: text/html; charset=euc-kr\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        f"{_b64(html.encode('euc-kr'))}\r\n"
        f'--B2\r\nContent-Type: text/plain; charset=euc-kr; name="{_word(name, "euc-kr")}"\r\n'
        f"Content-Transfer-Encoding: base64\r\n"
        f'Content-Disposition: attachment; filename="{_word(name, "euc-kr")}"\r\n\r\n'
        f"{_b64('11/20 군산 새만금 부지'.encode('euc-kr'))}\r\n--B2--\r\n"
    )
    path.write_bytes(raw.encode("ascii"))
    return path


def thunderbird_eml(path: Path, attachment: bytes, *, before: bytes = b"", message_id: str = "tb-4713") -> Path:
    """A message as Thunderbird saves it from a local folder (its mbox store): the mbox "From -"
    separator line and the X-Mozilla-* status lines first, then the message as received;
    multipart/mixed around a multipart/alternative text, 8-bit UTF-8 plain text, an RFC 2231 name.
    `before`: bytes a tool put in front of all that (a BOM, blank lines)."""
    name = "부지 후보 목록.pdf"
    quoted = __import__("urllib.parse").parse.quote(name)
    text = "김 과장님께,\r\n\r\n군산 부지 후보 목록을 첨부합니다.\r\n\r\n스벤 홀름\r\n"
    raw = (
        "From - Thu Nov 12 09:41:07 2026\r\n"
        "X-Mozilla-Status: 0001\r\n"
        "X-Mozilla-Status2: 00000000\r\n"
        "X-Mozilla-Keys:                                                                                 \r\n"
        "Return-Path: <sven@norvik.se>\r\n"
        "Delivered-To: tester@kotra.or.kr\r\n"
        "Received: from mail.norvik.se (mail.norvik.se [192.0.2.25])\r\n"
        "\tby mx.kotra.or.kr (Postfix) with ESMTPS id 4F2A1C0042\r\n"
        "\tfor <tester@kotra.or.kr>; Thu, 12 Nov 2026 17:40:58 +0900 (KST)\r\n"
        f"Message-ID: <{message_id}@norvik.se>\r\n"
        "Date: Thu, 12 Nov 2026 09:40:51 +0100\r\n"
        "MIME-Version: 1.0\r\n"
        "User-Agent: Mozilla Thunderbird\r\n"
        "Content-Language: ko-KR\r\n"
        f"To: {_word('김담당', 'UTF-8')} <tester@kotra.or.kr>\r\n"
        f"From: {_word('스벤 홀름', 'UTF-8')} <sven@norvik.se>\r\n"
        f"Subject: {_word('군산 부지 후보 목록 송부', 'UTF-8')}\r\n"
        'Content-Type: multipart/mixed; boundary="------------0Yl5TQ2nFQ4tQkXh7a1Gx1Zw"\r\n'
        "\r\n"
        "This is a multi-part message in MIME format.\r\n"
        "--------------0Yl5TQ2nFQ4tQkXh7a1Gx1Zw\r\n"
        'Content-Type: multipart/alternative; boundary="------------wS0sT1bHq3u8m2oZyQb0n7Lk"\r\n'
        "\r\n"
        "--------------wS0sT1bHq3u8m2oZyQb0n7Lk\r\n"
        "Content-Type: text/plain; charset=UTF-8; format=flowed\r\n"
        "Content-Transfer-Encoding: 8bit\r\n"
        "\r\n"
        f"{text}\r\n"
        "--------------wS0sT1bHq3u8m2oZyQb0n7Lk\r\n"
        "Content-Type: text/html; charset=UTF-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n"
        "\r\n"
        "<html><body><p>김 과장님께,</p><p>군산 부지 후보 목록을 첨부합니다.</p></body></html>\r\n"
        "--------------wS0sT1bHq3u8m2oZyQb0n7Lk--\r\n"
        "--------------0Yl5TQ2nFQ4tQkXh7a1Gx1Zw\r\n"
        f"Content-Type: application/pdf; name*=UTF-8''{quoted}\r\n"
        f"Content-Disposition: attachment; filename*=UTF-8''{quoted}\r\n"
        "Content-Transfer-Encoding: base64\r\n"
        "\r\n"
        f"{_b64(attachment)}\r\n"
        "--------------0Yl5TQ2nFQ4tQkXh7a1Gx1Zw--\r\n"
    )
    path.write_bytes(before + raw.encode("utf-8"))
    return path


@pytest.fixture
def norvik(ctx: Context) -> dict[str, uuid.UUID]:
    team(ctx)
    investor = create_investor(ctx, InvestorDraft(name="Norvik Robotics AB", name_ko="노르빅 로보틱스"))
    anna = records.create(
        ctx, CONTACT, ContactDraft(full_name="Anna Berg", investor_id=investor, email="anna@norvik.se")
    )
    sven = records.create(
        ctx, CONTACT, ContactDraft(full_name="Sven Holm", investor_id=investor, email="Sven@Norvik.se")
    )
    with unit_of_work(acting(ctx, "boss")) as s:  # our officer's address is ours, not a contact to offer
        from kotra_invest.domain.models import Officer

        s.scalars(select(Officer).where(Officer.login == "tester")).one().email = "tester@kotra.or.kr"
        s.commit()
    return {"investor": investor, "anna": anna, "sven": sven}


def _counts(ctx: Context) -> tuple[int, int, int, int]:
    with unit_of_work(ctx) as s:
        return tuple(
            int(s.scalar(select(func.count()).select_from(m)) or 0)
            for m in (Interaction, MailMessage, Document, Contact)
        )  # type: ignore[return-value]


def test_a_korean_utf8_eml_becomes_a_meeting_with_its_attachment_and_contacts(
    ctx: Context, norvik: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    attachment = pdf(tmp_path / "plan.pdf", "Saemangeum battery plant investment plan").read_bytes()
    eml = korean_eml_utf8(tmp_path / "계획.eml", attachment)
    result = mail_import.import_mail(ctx, eml)
    assert result.created and result.investor_id == norvik["investor"]
    assert result.subject == "[노르빅] 새만금 배터리 공장 투자 계획"
    assert result.sender == "아나 베리 <anna@norvik.se>"
    assert (
        result.sent_at is not None and result.sent_at.utcoffset() == timedelta(hours=9) and result.sent_zone == "+09:00"
    )
    assert result.sent_at.hour == 16
    matched = {p.address: p.contact_id for p in result.people}
    assert matched["anna@norvik.se"] == norvik["anna"] and matched["sven@norvik.se"] == norvik["sven"]
    assert [p.address for p in result.unknown] == ["partner@lawfirm.kr"]  # our officer is not offered
    assert [d.name for d in result.documents] == ["계획.eml", "투자계획서 2027.pdf"]
    assert result.documents[1].mime == "application/pdf"
    with unit_of_work(ctx) as s:
        meeting = s.get(Interaction, result.meeting_id)
        assert meeting is not None
        assert meeting.kind is InteractionKind.EMAIL and meeting.contact_id == norvik["anna"]
        assert meeting.summary.startswith("[노르빅] 새만금 배터리 공장 투자 계획\n\n안녕하세요, 김 과장님.")
        assert "partner@lawfirm.kr" in (meeting.their_participants or "")
        assert meeting.our_participants == "김담당 <tester@kotra.or.kr>"
    back = documents.save_document(ctx, result.documents[1].id, tmp_path / "back.pdf")
    assert back.read_bytes() == attachment
    # The body and the attachment's text are found by Korean substring search.
    assert result.meeting_id in [h.id for h in search(ctx, "새만금 배터리", kinds=["interaction"])]
    assert result.documents[1].id in [h.id for h in search(ctx, "Saemangeum", kinds=["document"])]
    # The investor's documents include the meeting's.
    assert {d.name for d in documents.list_documents(ctx, "investor", norvik["investor"])} == {
        "계획.eml",
        "투자계획서 2027.pdf",
    }
    before = _counts(ctx)
    again = mail_import.import_mail(ctx, eml)
    assert not again.created and again.meeting_id == result.meeting_id and _counts(ctx) == before


def test_an_euckr_html_eml_is_read_as_text_with_its_korean_file_name(
    ctx: Context, norvik: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    result = mail_import.import_mail(ctx, korean_eml_euckr(tmp_path / "visit.eml"), add_unknown=True)
    assert result.subject == "부지 방문 일정" and result.sender == "스벤 홀름 <sven@norvik.se>"
    assert result.sent_zone == "+01:00" and result.sent_at is not None and result.sent_at.hour == 9
    assert [d.name for d in result.documents] == ["visit.eml", "방문일정표.txt"]
    assert result.added_contacts == []  # everyone is known or ours
    with unit_of_work(ctx) as s:
        meeting = s.get(Interaction, result.meeting_id)
        assert meeting is not None and meeting.contact_id == norvik["sven"]
        assert meeting.summary == "부지 방문 일정\n\n부지 방문 일정을 확정했습니다.\n\n11월 20일 군산"
    text = documents.save_document(ctx, result.documents[1].id, tmp_path / "s.txt").read_bytes().decode("euc-kr")
    assert text == "11/20 군산 새만금 부지"


def test_unknown_addresses_are_added_as_contacts_when_asked(
    ctx: Context, norvik: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    eml = korean_eml_utf8(tmp_path / "plan.eml", b"%PDF-1.4 tiny")
    result = mail_import.import_mail(ctx, eml, add_unknown=True)
    assert len(result.added_contacts) == 1
    with unit_of_work(ctx) as s:
        added = s.get(Contact, result.added_contacts[0])
        assert added is not None
        assert (added.email, added.full_name, added.investor_id) == (
            "partner@lawfirm.kr",
            "Unknown Partner",
            norvik["investor"],
        )


def test_a_real_outlook_msg_becomes_a_meeting_of_the_record_it_was_dropped_on(
    ctx: Context, norvik: dict[str, uuid.UUID]
) -> None:
    # other.msg: a delivery failure notice saved by Outlook, with an attached message.
    to = RecordRef("investor", norvik["investor"], "Norvik")
    result = mail_import.import_mail(ctx, MAIL / "other.msg", to)
    assert result.created and result.subject == "投递状态通知 (Failure Notice)"
    assert result.sender == "Mail Delivery Subsystem <mailer-daemon@tjdpf.org.cn>"
    assert result.sent_zone == "+08:00" and result.sent_at is not None
    assert result.sent_at.isoformat() == "2017-11-27T17:44:30+08:00"
    assert [p.address for p in result.unknown] == ["mailer-daemon@tjdpf.org.cn", "yosipnps@model.com"]
    names = [(d.name, d.mime) for d in result.documents]
    assert names == [
        ("other.msg", "application/vnd.ms-outlook"),
        ("default_attachment.eml.msg", "application/vnd.ms-outlook"),
    ]
    with unit_of_work(ctx) as s:
        meeting = s.get(Interaction, result.meeting_id)
        assert (
            meeting is not None and meeting.investor_id == norvik["investor"] and meeting.kind is InteractionKind.EMAIL
        )
        assert "automatically generated Delivery Status Notification" in meeting.summary
    before = _counts(ctx)
    assert not mail_import.import_mail(ctx, MAIL / "other.msg", to).created
    assert _counts(ctx) == before


def test_a_real_outlook_msgs_recipient_is_matched_to_a_contact_and_files_it_under_their_investor(
    ctx: Context, norvik: dict[str, uuid.UUID]
) -> None:
    # other.msg went to yosipnps@model.com: a contact of another investor here, in other capitals.
    model = create_investor(ctx, InvestorDraft(name="Model Trading Co."))
    yosip = records.create(
        ctx, CONTACT, ContactDraft(full_name="Yosip N.", investor_id=model, email="YosipNPS@Model.com")
    )
    result = mail_import.import_mail(ctx, MAIL / "other.msg")  # no record given: the contact decides
    assert result.created and result.investor_id == model
    matched = {p.address: p.contact_id for p in result.people}
    assert matched == {"mailer-daemon@tjdpf.org.cn": None, "yosipnps@model.com": yosip}
    with unit_of_work(ctx) as s:
        meeting = s.get(Interaction, result.meeting_id)
        assert meeting is not None and (meeting.investor_id, meeting.contact_id) == (model, yosip)


def test_an_email_dropped_on_a_delegation_is_filed_with_the_delegation_and_its_investor(
    ctx: Context, norvik: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    from kotra_invest.services.delegations import DelegationDraft, create_delegation

    trip = create_delegation(
        ctx, DelegationDraft(title="2027 북유럽 투자유치단", year=2027, lead_province_codes=("KR-11",))
    )
    to = RecordRef("delegation", trip, "")
    result = mail_import.import_mail(ctx, korean_eml_utf8(tmp_path / "plan.eml", b"%PDF-1.4 tiny"), to)
    with unit_of_work(ctx) as s:
        meeting = s.get(Interaction, result.meeting_id)
        assert meeting is not None
        assert (meeting.delegation_id, meeting.investor_id, meeting.contact_id) == (
            trip,
            norvik["investor"],
            norvik["anna"],
        )
    assert "plan.eml" in [d.name for d in documents.list_documents(ctx, "delegation", trip)]
    # Nobody known: a delegation has no investor of its own to file the meeting under.
    before = _counts(ctx)
    with pytest.raises(ValidationError) as refused:
        mail_import.import_mail(ctx, MAIL / "other.msg", to)
    assert refused.value.code == "mail_needs_investor"
    assert refused.value.message("en").startswith("2027 북유럽 투자유치단 has no investor")
    assert _counts(ctx) == before


def test_a_drm_wrapped_attachment_is_kept_and_said_to_be_unreadable(
    ctx: Context, norvik: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    wrapped = softcamp_wrapped(tmp_path / "wrapped.bin").read_bytes()
    result = mail_import.import_mail(ctx, korean_eml_utf8(tmp_path / "신고필증.eml", wrapped))
    attachment = result.documents[1]
    assert (attachment.name, attachment.drm, attachment.searchable, attachment.previewable) == (
        "투자계획서 2027.pdf",
        "softcamp",
        False,
        False,
    )
    assert documents.save_document(ctx, attachment.id, tmp_path / "back.pdf").read_bytes() == wrapped


def test_a_msg_without_message_id_is_recognised_by_its_bytes(ctx: Context, norvik: dict[str, uuid.UUID]) -> None:
    to = RecordRef("investor", norvik["investor"], "Norvik")
    first = mail_import.import_mail(ctx, MAIL / "outer.msg", to)
    assert first.created and first.subject == "outer subject" and first.sent_zone is None
    before = _counts(ctx)
    assert not mail_import.import_mail(ctx, MAIL / "outer.msg", to).created
    assert _counts(ctx) == before


def _live(ctx: Context, meeting_id: uuid.UUID) -> bool:
    with unit_of_work(ctx) as s:
        return s.scalar(select(Interaction.deleted_at).where(Interaction.id == meeting_id)) is None


def test_an_import_taken_back_is_brought_back_by_importing_the_same_email_again(
    ctx: Context, norvik: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    eml = korean_eml_utf8(tmp_path / "계획.eml", b"%PDF-1.4 tiny")
    first = mail_import.import_mail(ctx, eml)
    names = {"계획.eml", "투자계획서 2027.pdf"}
    # Undone (the desktop's Ctrl+Z, a delete of its meeting): the meeting is in the trash, its
    # documents leave the investor's list.
    records.delete(ctx, INTERACTION, first.meeting_id)
    assert not _live(ctx, first.meeting_id)
    assert documents.list_documents(ctx, "investor", norvik["investor"]) == []
    # Redo brings both back.
    records.restore(ctx, INTERACTION, first.meeting_id)
    assert {d.name for d in documents.list_documents(ctx, "meeting", first.meeting_id)} == names
    assert _live(ctx, first.meeting_id)
    assert {d.name for d in documents.list_documents(ctx, "investor", norvik["investor"])} == names
    # Deleted again from the timeline, after the officer had deleted the PDF on its own: importing
    # the message again restores the meeting and the message file, not the PDF deleted before.
    documents.delete_document(ctx, first.documents[1].id)
    records.delete(ctx, INTERACTION, first.meeting_id)
    before = _counts(ctx)
    again = mail_import.import_mail(ctx, eml)
    assert not again.created and again.restored and again.meeting_id == first.meeting_id
    assert [d.name for d in again.documents] == ["계획.eml"] and _counts(ctx) == before
    assert _live(ctx, first.meeting_id)
    assert [d.name for d in documents.list_documents(ctx, "investor", norvik["investor"])] == ["계획.eml"]
    # Once more: it is there, nothing new.
    third = mail_import.import_mail(ctx, eml)
    assert not third.created and not third.restored and third.documents == []


def test_deleting_an_emails_meeting_takes_its_documents_and_undoing_brings_them_back(
    ctx: Context, norvik: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    eml = korean_eml_utf8(tmp_path / "계획.eml", b"%PDF-1.4 tiny")
    imported = mail_import.import_mail(ctx, eml)
    meeting_id = imported.meeting_id
    # A paper the officer filed on the meeting by hand goes with it; one filed on the investor stays.
    (minutes,) = documents.add_documents(ctx, "meeting", meeting_id, [pdf(tmp_path / "회의록.pdf", "minutes")]).added
    documents.add_documents(ctx, "investor", norvik["investor"], [pdf(tmp_path / "deck.pdf", "deck")])
    everything = {"계획.eml", "투자계획서 2027.pdf", "회의록.pdf", "deck.pdf"}
    assert {d.name for d in documents.list_documents(ctx, "investor", norvik["investor"])} == everything
    # Deleted from the timeline (the desktop's Delete is this call with the meeting's Kind).
    records.delete(ctx, INTERACTION, meeting_id)
    assert [d.name for d in documents.list_documents(ctx, "investor", norvik["investor"])] == ["deck.pdf"]
    assert search(ctx, "minutes", kinds=["document"]) == []
    # The history says so: each document's delete is in the meeting's change set, by the officer.
    meeting_delete = next(c for c in history.record_history(ctx, "interaction", meeting_id) if c.action == "delete")
    for row in (*imported.documents, minutes):
        (gone,) = [c for c in history.record_history(ctx, "document", row.id) if c.action == "delete"]
        assert (gone.field, gone.who, gone.change_set) == ("deleted_at", meeting_delete.who, meeting_delete.change_set)
    # Undo: all of it is back, and the history has the restores.
    records.restore(ctx, INTERACTION, meeting_id)
    assert {d.name for d in documents.list_documents(ctx, "investor", norvik["investor"])} == everything
    assert [h.id for h in search(ctx, "minutes", kinds=["document"])] == [minutes.id]
    assert [c.action for c in history.record_history(ctx, "document", minutes.id)][:2] == ["restore", "delete"]
    # A new version of the message file, then the delete and its undo again: the current version
    # goes and comes back, the old one stays where it was in its series.
    newer = documents.replace_document(ctx, imported.documents[0].id, eml)
    records.delete(ctx, INTERACTION, meeting_id)
    assert [d.name for d in documents.list_documents(ctx, "investor", norvik["investor"])] == ["deck.pdf"]
    records.restore(ctx, INTERACTION, meeting_id)
    assert newer.id in {d.id for d in documents.list_documents(ctx, "meeting", meeting_id)}
    assert imported.documents[0].id not in {d.id for d in documents.list_documents(ctx, "meeting", meeting_id)}


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def world(request: pytest.FixtureRequest, sqlite_url: str) -> Iterator[World]:
    yield from _world(request, request.param, sqlite_url)


def test_the_meetings_owner_deletes_an_emails_meeting_with_its_documents_under_the_servers_rules(
    world: World, tmp_path: Path
) -> None:
    """On the shared server each officer is their own login under row-level security: Kim, who
    imported the e-mail on her investor, deletes its meeting and the documents go with it."""
    w = world
    kim = w.as_("kim")
    acme = RecordRef("investor", w.ids["acme"], "Acme Robotics")
    imported = mail_import.import_mail(kim, korean_eml_utf8(tmp_path / "plan.eml", b"%PDF-1.4 tiny"), acme)
    names = {"plan.eml", "투자계획서 2027.pdf"}
    # Another office's officer may not delete Kim's meeting: nothing of it goes.
    with pytest.raises(DomainError) as refused:
        records.delete(w.as_("park"), INTERACTION, imported.meeting_id)
    assert refused.value.code == "not_permitted"
    assert {d.name for d in documents.list_documents(kim, "investor", w.ids["acme"])} == names
    records.delete(kim, INTERACTION, imported.meeting_id)
    assert documents.list_documents(kim, "investor", w.ids["acme"]) == []
    records.restore(kim, INTERACTION, imported.meeting_id)
    assert {d.name for d in documents.list_documents(kim, "investor", w.ids["acme"])} == names
    # Acme handed over to Park's office since: the meeting is still Kim's to delete, its documents
    # are Park's now (the rules file them with the investor) and stay for Park to decide on.
    _draft, version = get_investor(kim, w.ids["acme"])
    update_investor(kim, w.ids["acme"], version, InvestorDraft(name="Acme Robotics", owner_login="park"))
    records.delete(kim, INTERACTION, imported.meeting_id)
    assert not _live(kim, imported.meeting_id)
    assert {d.name for d in documents.list_documents(w.as_("park"), "investor", w.ids["acme"])} == names


def test_a_message_without_a_known_contact_needs_a_record(
    ctx: Context, norvik: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    before = _counts(ctx)
    with pytest.raises(ValidationError) as refused:
        mail_import.import_mail(ctx, MAIL / "other.msg")
    assert refused.value.code == "mail_needs_record"
    not_mail = pdf(tmp_path / "fake.eml", "not a message")
    with pytest.raises(ValidationError) as wrong:
        mail_import.import_mail(ctx, not_mail)
    assert wrong.value.code == "mail_format"
    # A text file called .eml, and a message whose every header is broken: nobody and no date to
    # file a meeting under, so nothing is imported (it used to become an empty meeting of today).
    notes = tmp_path / "notes.eml"
    notes.write_bytes(b"Hello: world\r\n\r\nnothing to see\r\n")
    broken = tmp_path / "broken.eml"
    broken.write_bytes(
        b"From: broken\r\nSubject: =?utf-8?B?!!!?=\r\nDate: not a date\r\nMessage-ID: <x\r\n"
        b"Content-Type: multipart/mixed; boundary=\r\n\r\n--\r\ngarbage"
    )
    for bad in (notes, broken):
        with pytest.raises(ValidationError) as nobody:
            mail_import.import_mail(ctx, bad, RecordRef("investor", norvik["investor"], "Norvik"))
        assert nobody.value.code == "mail_nobody" and bad.name in nobody.value.message("en")
    with pytest.raises(ValidationError) as folder:
        mail_import.import_mail(ctx, tmp_path)
    assert folder.value.message("en") == f"Cannot read the e-mail file: {tmp_path.name} (not a file)"
    assert _counts(ctx) == before


def test_dropped_files_are_told_mail_or_document_by_their_content(
    ctx: Context, norvik: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    """A text called .eml is a document, a message called .txt or .dat goes on the timeline, and a
    damaged .msg (an OLE2 signature, then nothing readable) is kept as a document: never lost."""
    notes = tmp_path / "notes.eml"
    notes.write_bytes(b"Notes of the call\r\n\r\nThey want land near Osong.\r\n")
    message = korean_eml_utf8(tmp_path / "Norvik plan.txt", b"%PDF-1.4 plan")
    outlook = tmp_path / "from Outlook.dat"
    outlook.write_bytes((MAIL / "other.msg").read_bytes())
    damaged = tmp_path / "Re offer.msg"
    damaged.write_bytes(OLE_MAGIC + bytes(504))
    assert [mail.is_mail(p) for p in (notes, message, outlook, damaged)] == [False, True, True, True]
    dropped = mail_import.drop_files(
        ctx, RecordRef("investor", norvik["investor"], "Norvik"), [notes, message, outlook, damaged]
    )
    assert [path for path, outcome in dropped.imported if isinstance(outcome, mail_import.MailImported)] == [
        message,
        outlook,
    ]
    assert dropped.unread == [damaged]
    assert [row.name for row in dropped.added.added] == ["notes.eml", "Re offer.msg"]
    with pytest.raises(ValidationError) as unreadable:
        mail_import.import_mail(ctx, damaged, RecordRef("investor", norvik["investor"], "Norvik"))
    assert unreadable.value.code == "mail_unreadable"  # read as the message it claims to be, not "not an e-mail"


@pytest.mark.parametrize(
    "before",
    [b"", b"\xef\xbb\xbf", b"\r\n\r\n", b"\xef\xbb\xbf\r\n"],
    ids=["as-saved", "bom", "blank-lines", "bom-and-blank-line"],
)
def test_a_message_saved_by_thunderbird_with_its_mbox_from_line_goes_on_the_timeline(
    ctx: Context, norvik: dict[str, uuid.UUID], tmp_path: Path, before: bytes
) -> None:
    """Thunderbird saves a message from a local folder with the mbox "From -" separator line first,
    and some exports put a byte-order mark or blank lines before that: each is an e-mail dropped
    on the investor, a meeting with its attachment, not a document nobody reads."""
    plan = pdf(tmp_path / "sites.pdf", "Gunsan candidate sites").read_bytes()
    saved = thunderbird_eml(tmp_path / "군산 부지 후보 목록 송부.eml", plan, before=before)
    assert mail.is_mail(saved)
    dropped = mail_import.drop_files(ctx, RecordRef("investor", norvik["investor"], "Norvik"), [saved])
    assert dropped.unread == [] and list(dropped.added.added) == []
    [(path, outcome)] = dropped.imported
    assert path == saved and isinstance(outcome, mail_import.MailImported), outcome
    assert outcome.created and outcome.investor_id == norvik["investor"]
    assert (outcome.subject, outcome.sender) == ("군산 부지 후보 목록 송부", "스벤 홀름 <sven@norvik.se>")
    assert outcome.sent_zone == "+01:00" and outcome.sent_at is not None and outcome.sent_at.hour == 9
    assert [d.name for d in outcome.documents] == ["군산 부지 후보 목록 송부.eml", "부지 후보 목록.pdf"]
    with unit_of_work(ctx) as s:
        meeting = s.get(Interaction, outcome.meeting_id)
        assert meeting is not None and meeting.kind is InteractionKind.EMAIL
        assert meeting.contact_id == norvik["sven"]
        assert meeting.summary.startswith("군산 부지 후보 목록 송부\n\n김 과장님께,")
    again = mail_import.import_mail(ctx, saved)  # the command line's `mail import` reads it the same
    assert not again.created and again.meeting_id == outcome.meeting_id


def _cli(db_url: str, *args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KOTRA_INVEST_DB": db_url, "KOTRA_INVEST_LANG": lang, "KOTRA_INVEST_USER": "tester"}
    return subprocess.run(
        [sys.executable, "-m", "kotra_invest", *args], capture_output=True, text=True, env=env, timeout=120
    )


def test_mail_import_from_the_command_line(sqlite_url: str, tmp_path: Path) -> None:
    from kotra_invest.services.database import connect

    db = connect(sqlite_url)
    ctx = Context(db=db, actor="tester", source="test", lang="en")
    team(ctx)
    investor = create_investor(ctx, InvestorDraft(name="Norvik Robotics AB"))
    create_investor(ctx, InvestorDraft(name="Other Holdings"))
    records.create(ctx, CONTACT, ContactDraft(full_name="Anna Berg", investor_id=investor, email="anna@norvik.se"))
    db.dispose()
    eml = korean_eml_utf8(tmp_path / "plan.eml", b"%PDF-1.4 tiny")
    done = _cli(sqlite_url, "mail", "import", str(eml), "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert (
        result["created"]
        and result["sent_zone"] == "+09:00"
        and [u["address"] for u in result["unknown"]] == ["tester@kotra.or.kr", "partner@lawfirm.kr", "sven@norvik.se"]
    )
    again = _cli(sqlite_url, "mail", "import", str(eml), lang="ko")
    assert again.returncode == 0 and "이미 가져온 이메일입니다" in again.stdout
    # Its meeting deleted from the timeline: importing it again brings it back, and says so.
    db = connect(sqlite_url)
    records.delete(
        Context(db=db, actor="tester", source="test", lang="en"), INTERACTION, uuid.UUID(result["meeting_id"])
    )
    db.dispose()
    back = _cli(sqlite_url, "mail", "import", str(eml))
    assert back.returncode == 0 and "is restored with 2 document(s)" in back.stdout, back.stderr
    assert "  document: " in back.stdout
    msg = _cli(sqlite_url, "mail", "import", str(MAIL / "other.msg"), "--to", "Norvik")
    assert msg.returncode == 0 and "Failure Notice" in msg.stdout and "(+08:00)" in msg.stdout
    refused = _cli(sqlite_url, "mail", "import", str(MAIL / "outer.msg"))
    assert refused.returncode == 2 and "--to" in refused.stderr and refused.stderr.count("\n") == 1
    notes = tmp_path / "notes.eml"
    notes.write_bytes(b"Hello: world\r\n\r\nnothing to see\r\n")
    nobody = _cli(sqlite_url, "mail", "import", str(notes), "--to", "Norvik")
    assert nobody.returncode == 2 and nobody.stderr.count("\n") == 1 and "unexpected" not in nobody.stderr
    wrapped = korean_eml_utf8(tmp_path / "wrapped.eml", softcamp_wrapped(tmp_path / "w.bin").read_bytes())
    wrapped.write_bytes(wrapped.read_bytes().replace(b"4711@norvik.se", b"4712@norvik.se"))  # another message
    drm = _cli(sqlite_url, "mail", "import", str(wrapped), "--to", "Norvik", lang="ko")
    assert drm.returncode == 0 and "문서보안(DRM, softcamp) 파일입니다" in drm.stdout, drm.stderr
