"""A file's type is read from its content: magic bytes, container contents, DRM envelopes."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from document_files import docx, pdf

from kotra_invest.files import content_type as ct

MAIL = Path(__file__).parent / "data" / "mail"


def _sniff(path: Path) -> ct.Sniffed:
    head = path.read_bytes()[: ct.HEAD_BYTES]
    return ct.sniff(head, ct.container_members(path, head))


@pytest.mark.parametrize(
    ("head", "vendor"),
    [
        (b"SCDSA004\x00\x00\x01" + bytes(64), "softcamp"),  # SoftCamp Document Security
        (b"\x9b\x20DRMONE  This Document is encrypted" + b"\xff\xfe" * 40, "fasoo"),  # Fasoo DRM One
        (b"<## MARKANY DOCUMENT SAFER ##>\x00\x01" + bytes(64), "markany"),
        (ct.OLE_MAGIC + bytes(200) + "DRMEncryptedTransform".encode("utf-16-le"), "microsoft-irm"),
    ],
)
def test_document_drm_envelopes_are_recognised(head: bytes, vendor: str) -> None:
    assert ct.sniff(head) == ct.Sniffed(ct.OCTET, vendor)
    assert not ct.sniff(head).previewable


def test_a_file_that_only_mentions_a_drm_vendor_is_not_one() -> None:
    assert ct.sniff("메모: FASOO 관련 회의, MarkAny 견적".encode()) == ct.Sniffed(ct.TEXT)
    assert ct.sniff("메모: FASOO".encode("cp949")) == ct.Sniffed(ct.TEXT)
    assert ct.sniff(b"%PDF-1.7\n% SCDSA test") == ct.Sniffed(ct.PDF)


def test_types_come_from_the_content_not_the_name(tmp_path: Path) -> None:
    assert _sniff(pdf(tmp_path / "report.docx", "x")).mime == ct.PDF
    assert _sniff(docx(tmp_path / "plan.pdf", "계획")).mime == ct.DOCX
    with zipfile.ZipFile(tmp_path / "book.bin", "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
    assert _sniff(tmp_path / "book.bin").mime == ct.XLSX
    with zipfile.ZipFile(tmp_path / "hangul.zip", "w") as z:
        z.writestr("mimetype", "application/hwp+zip")
        z.writestr("Contents/section0.xml", "<hs:sec/>")
    assert _sniff(tmp_path / "hangul.zip").mime == ct.HWPX
    assert _sniff(MAIL / "outer.msg").mime == ct.MSG
    eml = tmp_path / "note.txt"
    eml.write_bytes(b"From: a@b.kr\r\nTo: c@d.kr\r\nSubject: hi\r\n\r\nbody\r\n")
    assert _sniff(eml).mime == ct.EML
    # Behind an mbox separator (Thunderbird), a byte-order mark and blank lines: still a message.
    eml.write_bytes(b"\xef\xbb\xbf\r\nFrom - Thu Nov 12 09:41:07 2026\r\nFrom: a@b.kr\r\nTo: c@d.kr\r\n\r\nbody\r\n")
    assert _sniff(eml).mime == ct.EML
    memo = tmp_path / "memo.txt"  # a text whose first word is From is no separator of a message
    memo.write_bytes(b"From Seoul to Busan: the route for the visit\r\nDay 1: Osong\r\nDay 2: Busan\r\n")
    assert _sniff(memo).mime == ct.TEXT
    png = tmp_path / "card"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(32))
    assert _sniff(png) == ct.Sniffed("image/png") and _sniff(png).previewable
