"""Documents on records: stored in the database by content, versions, delete with undo, limits, search, permissions."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import uuid
import zipfile
from pathlib import Path

import pytest
from document_files import docx, pdf, softcamp_wrapped
from people import acting, team
from sqlalchemy import func, select

from kotra_invest.domain.document_models import CHUNK_SIZE, DocumentBlob, DocumentChunk
from kotra_invest.domain.errors import DomainError, NotFound, ValidationError
from kotra_invest.domain.models import AccessEntry
from kotra_invest.services import documents
from kotra_invest.services.investors import InvestorDraft, create_investor
from kotra_invest.services.search import search
from kotra_invest.services.unit_of_work import Context, unit_of_work


@pytest.fixture
def investor(ctx: Context) -> uuid.UUID:
    team(ctx)
    return create_investor(ctx, InvestorDraft(name="Norvik Robotics AB", name_ko="노르빅 로보틱스"))


def _count(ctx: Context, model: type) -> int:
    with unit_of_work(ctx) as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_a_file_goes_in_by_content_and_comes_back_byte_for_byte(
    ctx: Context, investor: uuid.UUID, tmp_path: Path
) -> None:
    big = tmp_path / "site brochure.bin"
    big.write_bytes(os.urandom(CHUNK_SIZE * 2 + 123))  # three chunks, the last one short
    deck = pdf(tmp_path / "IR deck.txt", "Hydrogen electrolyser gigafactory")  # named .txt, is a PDF
    rows = documents.add_documents(ctx, "investor", investor, [big, deck]).added
    assert [r.name for r in rows] == ["site brochure.bin", "IR deck.txt"]
    assert rows[1].mime == "application/pdf" and rows[1].previewable and rows[1].searchable
    assert rows[0].mime == "application/octet-stream" and not rows[0].searchable
    with unit_of_work(ctx) as s:
        assert s.scalar(select(DocumentBlob.chunks).where(DocumentBlob.sha256 == rows[0].sha256)) == 3
    back = documents.save_document(ctx, rows[0].id, tmp_path / "out" / "copy.bin")
    assert back.read_bytes() == big.read_bytes()
    assert rows[0].sha256 == hashlib.sha256(big.read_bytes()).hexdigest()
    # The same content on another record is stored once.
    other = create_investor(ctx, InvestorDraft(name="Second Holder"))
    documents.add_documents(ctx, "investor", other, [big])
    assert _count(ctx, DocumentBlob) == 2 and _count(ctx, DocumentChunk) == 4
    assert [r.name for r in documents.list_documents(ctx, "investor", other)] == ["site brochure.bin"]
    # The list names who added each document, in the reader's language (the desktop's "By").
    (listed,) = documents.list_documents(ctx, "investor", other)
    assert (listed.added_by, listed.added_by_name) == ("tester", "Kim Officer")
    (in_korean,) = documents.list_documents(acting(ctx, "mate", "ko"), "investor", other)
    assert in_korean.added_by_name == "김담당"


def test_a_file_over_the_limit_is_refused_in_one_sentence_and_nothing_is_written(
    ctx: Context, investor: uuid.UUID, tmp_path: Path
) -> None:
    boss = acting(ctx, "boss")
    documents.set_size_limit(boss, 2 * 1024 * 1024)
    small = tmp_path / "memo.txt"
    small.write_text("MOU draft", encoding="utf-8")
    large = tmp_path / "scan.pdf"
    large.write_bytes(b"%PDF-1.4\n" + b"0" * (3 * 1024 * 1024))
    with pytest.raises(ValidationError) as refused:
        documents.add_documents(ctx, "investor", investor, [small, large])
    assert refused.value.code == "document_too_large"
    assert refused.value.message("en") == "The file is too large: scan.pdf (3 MB). A file may be at most 2 MB."
    assert "2 MB까지" in refused.value.message("ko")
    assert _count(ctx, DocumentBlob) == 0 and documents.list_documents(ctx, "investor", investor) == []
    with pytest.raises(DomainError):  # only an admin sets the limit
        documents.set_size_limit(ctx, 10 * 1024 * 1024)
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    with pytest.raises(ValidationError, match="empty"):
        documents.add_documents(ctx, "investor", investor, [empty])


def test_replace_keeps_the_old_version_and_delete_is_undone_by_restore(
    ctx: Context, investor: uuid.UUID, tmp_path: Path
) -> None:
    first = pdf(tmp_path / "MOU v1.pdf", "Memorandum draft one")
    (row,) = documents.add_documents(ctx, "investor", investor, [first]).added
    second = documents.replace_document(ctx, row.id, pdf(tmp_path / "MOU v2.pdf", "Memorandum signed"))
    assert second.series_id == row.series_id and second.series_no == 2
    assert [r.name for r in documents.list_documents(ctx, "investor", investor)] == ["MOU v2.pdf"]
    versions = documents.document_versions(ctx, row.id)
    assert [(v.name, v.current) for v in versions] == [("MOU v2.pdf", True), ("MOU v1.pdf", False)]
    old = documents.save_document(ctx, row.id, tmp_path / "old.pdf")
    assert old.read_bytes() == first.read_bytes()
    # Search finds the current version's words, not the superseded one's.
    assert [h.label for h in search(ctx, "signed", kinds=["document"])] == ["MOU v2.pdf"]
    assert search(ctx, "draft one", kinds=["document"]) == []
    documents.delete_document(ctx, second.id)
    assert documents.list_documents(ctx, "investor", investor) == []
    assert search(ctx, "signed", kinds=["document"]) == []
    documents.restore_document(ctx, second.id)
    assert [r.name for r in documents.list_documents(ctx, "investor", investor)] == ["MOU v2.pdf"]


def test_text_inside_documents_is_found_by_korean_substring(ctx: Context, investor: uuid.UUID, tmp_path: Path) -> None:
    word = docx(tmp_path / "투자계획서.docx", "전기차배터리 공장 증설 계획", "부지: 새만금")
    (row,) = documents.add_documents(ctx, "investor", investor, [word]).added
    assert row.mime.endswith("wordprocessingml.document") and row.searchable
    hits = search(ctx, "배터리", kinds=["document"])
    assert [(h.kind, h.id, h.parent_id) for h in hits] == [("document", row.id, investor)]
    assert [h.id for h in search(ctx, "새만금", kinds=["document"])] == [row.id]  # a two-... three-syllable word
    assert [h.id for h in search(ctx, "계획서", kinds=["document"])] == [row.id]  # the file name


def test_a_drm_wrapped_file_is_kept_as_it_is_but_not_read(ctx: Context, investor: uuid.UUID, tmp_path: Path) -> None:
    wrapped = softcamp_wrapped(tmp_path / "신고필증.pdf")
    (row,) = documents.add_documents(ctx, "investor", investor, [wrapped]).added
    assert (row.drm, row.mime, row.previewable, row.searchable) == (
        "softcamp",
        "application/octet-stream",
        False,
        False,
    )
    assert documents.save_document(ctx, row.id, tmp_path / "back.pdf").read_bytes() == wrapped.read_bytes()


def test_a_confidential_projects_documents_do_not_exist_for_another_team(
    ctx: Context, investor: uuid.UUID, tmp_path: Path
) -> None:
    from kotra_invest.services.projects import ProjectDraft, create_project

    project = create_project(
        ctx,
        ProjectDraft(
            investor, "Secret gigafactory", confidential=True, code_name="Project Falcon", owner_login="tester"
        ),
    )
    (row,) = documents.add_documents(
        ctx, "project", project, [pdf(tmp_path / "term sheet.pdf", "Falcon term sheet")]
    ).added
    other = acting(ctx, "other")
    assert documents.list_documents(other, "investor", investor) == []
    with pytest.raises(NotFound):
        documents.save_document(other, row.id, tmp_path / "leak.pdf")
    assert search(other, "term sheet", kinds=["document"]) == []
    mate = acting(ctx, "mate")  # the owner's team sees it
    assert [r.id for r in documents.list_documents(mate, "investor", investor)] == [row.id]
    assert [h.id for h in search(mate, "term sheet", kinds=["document"])] == [row.id]


def test_a_contacts_document_is_a_download_of_personal_data(ctx: Context, investor: uuid.UUID, tmp_path: Path) -> None:
    from kotra_invest.services import records
    from kotra_invest.services.contacts import CONTACT, ContactDraft

    contact = records.create(
        ctx, CONTACT, ContactDraft(full_name="Anna Berg", investor_id=investor, email="anna@norvik.se")
    )
    card = tmp_path / "명함.jpg"
    card.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 500)
    (row,) = documents.add_documents(ctx, "contact", contact, [card]).added
    assert row.mime == "image/jpeg"
    no_reason = Context(db=ctx.db, actor="tester", source="test", lang="en")
    with pytest.raises(ValidationError):
        documents.save_document(no_reason, row.id, tmp_path / "card.jpg")
    assert not (tmp_path / "card.jpg").exists()
    documents.save_document(ctx, row.id, tmp_path / "card.jpg")
    with unit_of_work(ctx) as s:
        entry = s.scalars(select(AccessEntry).where(AccessEntry.what == "document")).one()
    assert (entry.action, entry.subject, json.loads(entry.contact_ids), entry.reason) == (
        "download",
        "명함.jpg",
        [str(contact)],
        "testing",
    )
    # The investor's list holds its contacts' documents too.
    assert [r.id for r in documents.list_documents(ctx, "investor", investor)] == [row.id]


def test_a_viewer_may_read_but_not_add(ctx: Context, investor: uuid.UUID, tmp_path: Path) -> None:
    (row,) = documents.add_documents(ctx, "investor", investor, [pdf(tmp_path / "a.pdf", "x")]).added
    reader = acting(ctx, "reader")
    assert [r.id for r in documents.list_documents(reader, "investor", investor)] == [row.id]
    with pytest.raises(DomainError) as refused:
        documents.add_documents(reader, "investor", investor, [pdf(tmp_path / "b.pdf", "y")])
    assert refused.value.code == "read_only"


def _cli(db_url: str, *args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KOTRA_INVEST_DB": db_url, "KOTRA_INVEST_LANG": lang, "KOTRA_INVEST_USER": "tester"}
    return subprocess.run(
        [sys.executable, "-m", "kotra_invest", *args], capture_output=True, text=True, env=env, timeout=120
    )


def test_the_command_line_adds_lists_and_gets_documents(sqlite_url: str, tmp_path: Path) -> None:
    from kotra_invest.services.database import connect

    db = connect(sqlite_url)
    ctx = Context(db=db, actor="tester", source="test", lang="en")
    team(ctx)
    create_investor(ctx, InvestorDraft(name="Norvik Robotics AB"))
    create_investor(ctx, InvestorDraft(name="Norvik Marine AS"))
    db.dispose()
    deck = pdf(tmp_path / "deck.pdf", "Robot arm plant")
    added = _cli(sqlite_url, "documents", "add", "Robotics", str(deck), "--json")
    assert added.returncode == 0, added.stderr
    (row,) = json.loads(added.stdout)
    listed = _cli(sqlite_url, "documents", "list", "investor:Norvik Robotics AB", "--json")
    assert [r["name"] for r in json.loads(listed.stdout)] == ["deck.pdf"]
    got = _cli(sqlite_url, "documents", "get", row["id"], str(tmp_path / "back.pdf"))
    assert got.returncode == 0 and (tmp_path / "back.pdf").read_bytes() == deck.read_bytes()
    # Bad input: one sentence, exit 2, nothing written.
    ambiguous = _cli(sqlite_url, "documents", "add", "Norvik", str(deck))
    assert ambiguous.returncode == 2 and ambiguous.stderr.count("\n") == 1 and "Norvik Marine AS" in ambiguous.stderr
    missing = _cli(sqlite_url, "documents", "add", "Robotics", str(tmp_path / "nope.pdf"), lang="ko")
    assert missing.returncode == 2 and "파일을 읽을 수 없습니다: nope.pdf" in missing.stderr
    bad_id = _cli(sqlite_url, "documents", "get", "not-an-id", str(tmp_path / "x"))
    assert bad_id.returncode == 2 and "unexpected" not in bad_id.stderr
    # Saving onto a folder or where nothing can be written, a limit that is no number of MB:
    # one sentence each, exit 2, never "unexpected error".
    folder = _cli(sqlite_url, "documents", "get", row["id"], str(tmp_path))
    assert folder.returncode == 2 and folder.stderr.count("\n") == 1 and "folder" in folder.stderr
    unwritable = _cli(sqlite_url, "documents", "get", row["id"], "/proc/deck.pdf")
    assert unwritable.returncode == 2 and "Cannot write the file: /proc/deck.pdf" in unwritable.stderr
    for bad in ("nan", "inf", "-5", "0"):
        limit = _cli(sqlite_url, "documents", "limit", f"--set={bad}", lang="ko")
        assert limit.returncode == 2 and f"한도는 0보다 큰 MB 수여야 합니다: {bad}" in limit.stderr, limit.stderr
    again = _cli(sqlite_url, "documents", "list", "Robotics", "--json")
    assert len(json.loads(again.stdout)) == 1


def _zip_of_xml(path: Path, parts: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        for name, text in parts.items():
            z.writestr(name, text)
    return path


def test_excel_powerpoint_and_hwpx_files_are_found_by_the_text_inside(
    ctx: Context, investor: uuid.UUID, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    book = Workbook()  # written by openpyxl, as a tracker an officer keeps
    sheet = book.active
    sheet.append(["2027 투자 후보 목록"])
    sheet.append(["회사", "업종", "메모"])
    sheet.append(["노르빅", "반도체", "클린룸장비 증설 검토"])
    book.save(tmp_path / "후보.xlsx")
    slides = _zip_of_xml(
        tmp_path / "deck.pptx",
        {
            "[Content_Types].xml": "<Types/>",
            "ppt/presentation.xml": "<p:presentation/>",
            "ppt/slides/slide1.xml": '<p:sld xmlns:p="p" xmlns:a="a"><a:p><a:r><a:t>수소연료전지 공장</a:t></a:r></a:p></p:sld>',
        },
    )
    hangul = _zip_of_xml(
        tmp_path / "신고서.hwpx",
        {
            "mimetype": "application/hwp+zip",  # first, as Hancom Office writes it
            "Contents/section0.xml": '<hs:sec xmlns:hs="s" xmlns:hp="p"><hp:p><hp:run><hp:t>외국인투자 신고서 사본</hp:t></hp:run></hp:p></hs:sec>',
        },
    )
    rows = documents.add_documents(ctx, "investor", investor, [tmp_path / "후보.xlsx", slides, hangul]).added
    assert [r.searchable for r in rows] == [True, True, True]
    for word, row in (("클린룸장비", rows[0]), ("수소연료전지", rows[1]), ("외국인투자", rows[2])):
        assert [h.id for h in search(ctx, word, kinds=["document"])] == [row.id], word


def test_a_long_korean_text_is_searched_up_to_the_documented_limit(
    ctx: Context, investor: uuid.UUID, tmp_path: Path
) -> None:
    from kotra_invest.domain.document_models import TEXT_LIMIT

    assert TEXT_LIMIT == 200_000  # README: "the first 200,000 characters of each"
    filler = "가나다라마바사아자차카타파하 " * 25_000  # 375,000 characters, 3 bytes each in UTF-8
    notes = tmp_path / "면담 메모.txt"
    notes.write_text("첫머리표지 " + filler[:150_000] + " 중간표지 " + filler + " 마지막표지", encoding="utf-8")
    (row,) = documents.add_documents(ctx, "investor", investor, [notes]).added
    assert row.searchable
    assert [h.id for h in search(ctx, "첫머리표지", kinds=["document"])] == [row.id]
    assert [h.id for h in search(ctx, "중간표지", kinds=["document"])] == [row.id]  # within the limit
    assert search(ctx, "마지막표지", kinds=["document"]) == []  # past it: a documented cut, not an error


def test_a_file_already_attached_to_the_record_is_said_so_and_not_added_twice(
    ctx: Context, investor: uuid.UUID, tmp_path: Path
) -> None:
    report = pdf(tmp_path / "report.pdf", "Gigafactory site report")
    (first,) = documents.add_documents(ctx, "investor", investor, [report]).added
    memo = pdf(tmp_path / "memo.pdf", "Meeting memo")
    # Dropped again with another file: the other one is added, the report is not, and is named.
    again = documents.add_documents(ctx, "investor", investor, [report, memo])
    assert [r.name for r in again.added] == ["memo.pdf"]
    (skipped,) = again.already
    assert (skipped.name, skipped.existing.id) == ("report.pdf", first.id)
    assert skipped.message("en") == "report.pdf is already attached to this record."
    assert skipped.message("ko") == "report.pdf은(는) 이 기록에 이미 첨부되어 있습니다."
    assert sorted(r.name for r in documents.list_documents(ctx, "investor", investor)) == ["memo.pdf", "report.pdf"]
    # The same content under another name: the name it is already there under is said.
    renamed = tmp_path / "report final.pdf"
    renamed.write_bytes(report.read_bytes())
    (as_other,) = documents.add_documents(ctx, "investor", investor, [renamed]).already
    assert as_other.message("en") == "report final.pdf is already attached to this record as report.pdf."
    assert as_other.message("ko") == "report final.pdf은(는) 이 기록에 이미 report.pdf(으)로 첨부되어 있습니다."
    # The same file twice in one batch, on another record: a document of that record, once.
    other = create_investor(ctx, InvestorDraft(name="Second Holder"))
    twice = documents.add_documents(ctx, "investor", other, [report, report])
    assert len(twice.added) == 1 and [a.name for a in twice.already] == ["report.pdf"]
    assert twice.added[0].id != first.id and twice.added[0].sha256 == first.sha256
    # An old version does not count: its content is attached again as a document of its own.
    documents.replace_document(ctx, first.id, pdf(tmp_path / "report v2.pdf", "Site report, revised"))
    (revived,) = documents.add_documents(ctx, "investor", investor, [report]).added
    assert sorted(r.name for r in documents.list_documents(ctx, "investor", investor)) == [
        "memo.pdf",
        "report v2.pdf",
        "report.pdf",
    ]
    # Nor does a deleted copy: attaching again adds a new document, the deleted one stays deleted.
    documents.delete_document(ctx, revived.id)
    (fresh,) = documents.add_documents(ctx, "investor", investor, [report]).added
    assert fresh.id != revived.id and documents.get_document_row(ctx, revived.id).deleted
    # A real failure in the batch still adds nothing, already attached files or not.
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    new = pdf(tmp_path / "new.pdf", "Something new")
    with pytest.raises(ValidationError, match="empty"):
        documents.add_documents(ctx, "investor", investor, [report, new, empty])
    assert "new.pdf" not in [r.name for r in documents.list_documents(ctx, "investor", investor)]


def test_the_command_line_says_a_file_is_already_attached_and_exits_0(sqlite_url: str, tmp_path: Path) -> None:
    from kotra_invest.services.database import connect

    db = connect(sqlite_url)
    ctx = Context(db=db, actor="tester", source="test", lang="en")
    team(ctx)
    create_investor(ctx, InvestorDraft(name="Norvik Robotics AB"))
    db.dispose()
    deck = pdf(tmp_path / "deck.pdf", "Robot arm plant")
    assert _cli(sqlite_url, "documents", "add", "Robotics", str(deck)).returncode == 0
    memo = pdf(tmp_path / "memo.pdf", "Meeting memo")
    again = _cli(sqlite_url, "documents", "add", "Robotics", str(deck), str(memo))
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines()[0] == "deck.pdf is already attached to this record."
    assert "Attached to Norvik Robotics AB:" in again.stdout and "memo.pdf" in again.stdout
    # With --json the rows stay the JSON on stdout; the sentence goes to stderr, in Korean here.
    in_json = _cli(sqlite_url, "documents", "add", "Robotics", str(deck), "--json", lang="ko")
    assert in_json.returncode == 0 and json.loads(in_json.stdout) == []
    assert in_json.stderr == "deck.pdf은(는) 이 기록에 이미 첨부되어 있습니다.\n"
    listed = _cli(sqlite_url, "documents", "list", "Robotics", "--json")
    assert sorted(r["name"] for r in json.loads(listed.stdout)) == ["deck.pdf", "memo.pdf"]
