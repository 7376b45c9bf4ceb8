"""Test helper: files as officers get them — a PDF with real text runs, a Word file, a DRM-wrapped file."""

from __future__ import annotations

import zipfile
from pathlib import Path


def pdf(path: Path, *lines: str) -> Path:
    """A one-page PDF whose text is `lines` (reportlab: a writer we did not write)."""
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path))
    for number, line in enumerate(lines):
        page.drawString(72, 720 - 18 * number, line)
    page.save()
    return path


def docx(path: Path, *paragraphs: str) -> Path:
    """A minimal Word document: the parts Word itself needs to open it, Korean text in w:t runs."""
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        z.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>',
        )
        z.writestr(
            "word/document.xml",
            '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f"<w:body>{body}</w:body></w:document>",
        )
    return path


def softcamp_wrapped(path: Path) -> Path:
    """A file as SoftCamp Document Security leaves it: its header, then ciphertext."""
    path.write_bytes(b"SCDSA004\x00\x00\x01\x00" + bytes(range(256)) * 64)
    return path
