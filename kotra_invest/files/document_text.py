"""The text inside a document, for the search index: PDF, Word, Excel, PowerPoint, HWPX, plain text.

PDF through pypdf (pure Python, no system library); the Office Open XML formats and HWPX are ZIP
files of XML, whose text runs are read straight from the XML (w:t, a:t, hp:t, shared strings)
without a full reader. Old binary formats (.doc, .xls, .hwp) and DRM-wrapped files have no text
here: they are found by their names only. Reading stops at `limit` characters, and never
raises: a damaged file is a file without text.
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from kotra_invest.files import content_type as ct

log = logging.getLogger(__name__)

_RUN_TAGS = {"t"}  # w:t, a:t, hp:t: the local name of a text run in every one of these formats


def _xml_text(data: bytes, paragraph_tags: frozenset[str] = frozenset({"p", "si", "row"})) -> str:
    out: list[str] = []
    for _event, element in ElementTree.iterparse(_bytes_io(data), events=("end",)):
        local = element.tag.rsplit("}", 1)[-1]
        if local in _RUN_TAGS and element.text:
            out.append(element.text)
        elif local in paragraph_tags:
            out.append("\n")
        element.clear()
    return "".join(out)


def _bytes_io(data: bytes) -> io.BytesIO:
    return io.BytesIO(data)


def _numbered(names: list[str], pattern: str) -> list[str]:
    found = [n for n in names if re.fullmatch(pattern, n)]
    return sorted(found, key=lambda n: int(re.sub(r"\D", "", n.rsplit("/", 1)[-1]) or 0))


def _zip_text(path: Path, mime: str, limit: int) -> str:
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        if mime == ct.DOCX:
            parts = ["word/document.xml"]
        elif mime == ct.XLSX:
            parts = ["xl/sharedStrings.xml", *_numbered(names, r"xl/worksheets/sheet\d+\.xml")]
        elif mime == ct.PPTX:
            parts = _numbered(names, r"ppt/slides/slide\d+\.xml")
        elif mime == ct.HWPX:
            parts = _numbered(names, r"Contents/section\d+\.xml")
        else:
            return ""
        out: list[str] = []
        size = 0
        for part in parts:
            if part not in names:
                continue
            text = _xml_text(archive.read(part))
            out.append(text)
            size += len(text)
            if size >= limit:
                break
        return "\n".join(out)


def _pdf_text(path: Path, limit: int) -> str:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    if reader.is_encrypted:
        try:
            reader.decrypt("")  # many "protected" PDFs only forbid printing, with an empty password
        except Exception:
            return ""
    out: list[str] = []
    size = 0
    for page in reader.pages:
        text = page.extract_text() or ""
        out.append(text)
        size += len(text)
        if size >= limit:
            break
    return "\n".join(out)


def _plain_text(path: Path, limit: int) -> str:
    with path.open("rb") as f:
        data = f.read(limit * 4)
    for encoding in ("utf-8", "cp949"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def extract_text(path: Path, mime: str, limit: int) -> str | None:
    """The text of the file at `path` (of type `mime`), at most `limit` characters; None when
    this format has no text we read, or the file cannot be read."""
    try:
        if mime == ct.PDF:
            text = _pdf_text(path, limit)
        elif mime in (ct.DOCX, ct.XLSX, ct.PPTX, ct.HWPX):
            text = _zip_text(path, mime, limit)
        elif mime == ct.TEXT:
            text = _plain_text(path, limit)
        elif mime == ct.EML:
            from kotra_invest.files import mail

            message = mail.read_eml(path)
            text = "\n".join(filter(None, [message.subject, str(message.sender or ""), message.body]))
        else:
            return None
    except Exception as exc:
        log.info("no text read from %s (%s): %s", path.name, mime, exc)
        return None
    text = re.sub(r"[ \t\r\f\v]+", " ", text.replace("\x00", ""))
    text = re.sub(r"\n\s*\n+", "\n", text).strip()
    return text[:limit] or None
