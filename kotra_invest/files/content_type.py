"""What a file is, read from its first bytes: a name's extension says what the sender called it.

`sniff(head)` looks at the leading bytes (HEAD_BYTES are enough), and for the two container
formats that hold many kinds (ZIP: Office Open XML, HWPX; OLE2: Outlook .msg, old Office, HWP 5)
at the container's table of contents, which the caller hands over as a list of member names.

Document-DRM wrappers. Government office PCs wrap files in document DRM (Fasoo, SoftCamp,
MarkAny, Microsoft IRM); a wrapped file is ciphertext in an envelope readable only by the
vendor's agent, whatever its name says. The envelope names its product in its first bytes, and
we recognise it by those names (DRM_MARKERS), the same ones the spreadsheet import refuses
(importers/read.py): Fasoo DRM One / Enterprise DRM "DRMONE" (and "FASOO", "Fasoo DRM"),
SoftCamp Document Security "SCDSA" with a version ("SCDSA002"), MarkAny Document SAFER
"MARKANY" / "<## MARKANY"; Microsoft IRM as its "DRMEncryptedTransform" / "\x09DRMContent"
streams inside an OLE2 file. A marker counts at the very start, or anywhere in the first
DRM_SCAN_BYTES of a binary head (NUL bytes, or not UTF-8/CP949 text): a text memo that merely
mentions "MarkAny Inc." stays text, and a file whose first bytes are a format we know (PDF,
PNG, JPEG, ZIP …) is never taken for a wrapper. The markers come from the vendors' published
descriptions and administrators' notes, not from files we could test on this network; this
table is the one place to add a marker when an office meets another.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

HEAD_BYTES = 8192
DRM_SCAN_BYTES = 4096

DRM_MARKERS: tuple[tuple[bytes, str], ...] = (
    (b"DRMONE", "fasoo"),
    (b"FASOO", "fasoo"),
    (b"Fasoo DRM", "fasoo"),
    (b"SCDSA", "softcamp"),
    (b"MARKANY", "markany"),
    (b"MarkAny", "markany"),
)
# Microsoft IRM: stream names inside an OLE2 file (UTF-16 in the directory).
IRM_STREAMS = tuple(n.encode("utf-16-le") for n in ("DRMEncryptedTransform", "\x09DRMContent", "\x09DRMViewerContent"))

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"

_PLAIN_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"{\\rtf", "application/rtf"),
    (b"\x1f\x8b", "application/gzip"),
    (b"7z\xbc\xaf\x27\x1c", "application/x-7z-compressed"),
    (b"Rar!\x1a\x07", "application/vnd.rar"),
    (b"HWP Document File V3", "application/x-hwp"),
)

# Header names an RFC 5322 message (.eml) starts with.
_MAIL_HEADERS = (
    b"received:", b"from:", b"return-path:", b"message-id:", b"mime-version:", b"date:",
    b"delivered-to:", b"x-", b"subject:", b"to:", b"content-type:", b"dkim-signature:",
)  # fmt: skip

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
HWPX = "application/hwp+zip"
HWP = "application/x-hwp"
MSG = "application/vnd.ms-outlook"
EML = "message/rfc822"
OCTET = "application/octet-stream"
OLE_STORAGE = "application/x-ole-storage"  # an OLE2 file of no kind we know, or one whose streams cannot be read
TEXT = "text/plain"


@dataclass(frozen=True)
class Sniffed:
    mime: str
    drm: str | None = None  # the DRM vendor whose wrapper this is, or None

    @property
    def previewable(self) -> bool:
        return self.drm is None and (self.mime == PDF or self.mime.startswith("image/"))


def drm_vendor(head: bytes) -> str | None:
    """The vendor whose DRM envelope this file is, or None (see the module's docstring)."""
    if any(head.startswith(magic) for magic, _ in _PLAIN_MAGIC) or head.startswith(ZIP_MAGIC):
        return None
    window = head[:DRM_SCAN_BYTES]
    binary = b"\x00" in window or not _is_text(window)
    for marker, vendor in DRM_MARKERS:
        if head.startswith(marker) or (binary and marker in window):
            return vendor
    if head.startswith(OLE_MAGIC) and any(stream in head for stream in IRM_STREAMS):
        return "microsoft-irm"
    return None


def _zip_kind(members: list[str], head: bytes) -> str:
    # HWPX (OWPML) starts with a stored `mimetype` member, as ODF does.
    if b"mimetypeapplication/hwp+zip" in head[:200] or "Contents/section0.xml" in members:
        return HWPX
    if "word/document.xml" in members:
        return DOCX
    if "xl/workbook.xml" in members:
        return XLSX
    if "ppt/presentation.xml" in members:
        return PPTX
    return "application/zip"


def _ole_kind(streams: list[str]) -> str:
    names = {s.lower() for s in streams}
    if any(s.startswith("__substg1.0_") for s in names) or "__properties_version1.0" in names:
        return MSG
    if "fileheader" in names and any(s.startswith("bodytext") for s in names):
        return HWP
    if "worddocument" in names:
        return "application/msword"
    if "workbook" in names or "book" in names:
        return "application/vnd.ms-excel"
    if "powerpoint document" in names:
        return "application/vnd.ms-powerpoint"
    return OLE_STORAGE


def mail_start(data: bytes) -> bytes:
    """A message's bytes from its first header: past a UTF-8 byte-order mark and blank lines some
    exports put first, and past the mbox separator line ("From - Thu Nov 12 09:41:07 2026", or
    "From sender@host <date>") that Thunderbird writes when it saves a message from a local folder."""
    data = data.removeprefix(b"\xef\xbb\xbf").lstrip(b"\r\n")
    if data.startswith(b"From "):
        end = data.find(b"\n")
        data = data[end + 1 :] if end >= 0 else b""
    return data


def _looks_like_mail(head: bytes) -> bool:
    lines = mail_start(head[:2048]).replace(b"\r\n", b"\n").split(b"\n")
    headers = [line for line in lines[:20] if line and not line[:1].isspace()]
    if len(headers) < 2:
        return False
    known = sum(1 for line in headers if line.lower().startswith(_MAIL_HEADERS))
    return known >= 2 and all(b":" in line for line in headers[:2])


def _is_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    for encoding in ("utf-8", "cp949"):
        try:
            head.decode(encoding)
            return True
        except UnicodeDecodeError as exc:
            if encoding == "utf-8" and exc.start >= len(head) - 3:  # a character cut by the head's end
                return True
    return False


def sniff(head: bytes, members: list[str] | None = None) -> Sniffed:
    """The type of a file that starts with `head`; `members`: the names inside a ZIP or the
    stream paths inside an OLE2 file (see `container_members`), when it is one."""
    vendor = drm_vendor(head)
    if vendor is not None:
        return Sniffed(OCTET, vendor)
    for magic, mime in _PLAIN_MAGIC:
        if head.startswith(magic):
            return Sniffed(mime)
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return Sniffed("image/webp")
    if head[:2] == b"BM" and len(head) > 14 and head[6:10] == b"\x00\x00\x00\x00":
        return Sniffed("image/bmp")
    if head.startswith(ZIP_MAGIC):
        return Sniffed(_zip_kind(members or [], head))
    if head.startswith(OLE_MAGIC):
        return Sniffed(_ole_kind(members or []))
    if _looks_like_mail(head):
        return Sniffed(EML)
    if head and _is_text(head):
        return Sniffed(TEXT)
    return Sniffed(OCTET)


def container_members(path_or_file: Path | str, head: bytes) -> list[str]:
    """The member names of a ZIP, or the stream paths of an OLE2 file; [] for anything else or
    a damaged container (then it is only what its first bytes say)."""
    try:
        if head.startswith(ZIP_MAGIC):
            import zipfile

            with zipfile.ZipFile(path_or_file) as archive:
                return archive.namelist()
        if head.startswith(OLE_MAGIC):
            import olefile

            ole = olefile.OleFileIO(path_or_file)
            try:
                return ["/".join(entry) for entry in ole.listdir(streams=True, storages=True)]
            finally:
                ole.close()
    except Exception:
        return []
    return []


# The extension a saved copy gets when its name has none (the system viewer goes by it).
EXTENSIONS = {
    PDF: ".pdf", DOCX: ".docx", XLSX: ".xlsx", PPTX: ".pptx", HWPX: ".hwpx", HWP: ".hwp", MSG: ".msg",
    EML: ".eml", TEXT: ".txt", "image/png": ".png", "image/jpeg": ".jpg", "image/gif": ".gif",
    "image/tiff": ".tif", "image/webp": ".webp", "image/bmp": ".bmp", "application/zip": ".zip",
    "application/msword": ".doc", "application/vnd.ms-excel": ".xls", "application/vnd.ms-powerpoint": ".ppt",
}  # fmt: skip
