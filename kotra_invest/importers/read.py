"""Reading officers' trackers: xlsx or CSV (UTF-8, BOM, CP949), the header row found under titles.

Files come from many hands, so nothing is trusted: the format is told from the bytes (not the
extension), an encrypted workbook or an old .xls is named as such, and every failure is a
`DomainError` with a code. Large workbooks are streamed (openpyxl read-only): a row at a time.
"""

from __future__ import annotations

import codecs
import csv
import re
import threading
import warnings
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kotra_invest.domain.errors import DomainError
from kotra_invest.files.content_type import IRM_STREAMS, drm_vendor
from kotra_invest.importers.values import as_text, blank

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = bytes.fromhex("d0cf11e0a1b11ae1")  # a Compound File: legacy .xls or an encrypted OOXML
_ENCRYPTION_STREAM = "EncryptionInfo".encode("utf-16-le")
HEADER_SCAN_ROWS = 30  # titles, notes and blank lines above the header rarely exceed a few rows
SAMPLE_ROWS = 20
_MERGE_REF = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"')
_ENCODINGS = ("utf-8", "utf-8-sig", "cp949", "euc-kr")

Row = tuple[Any, ...]

# Document-security (DRM) wrappers on government office PCs: recognised by files/content_type.py,
# the one table of their markers (documents attach them as they are; an import refuses them).

MB = 1024 * 1024
ENV_MAX_MB = "KOTRA_INVEST_IMPORT_MAX_MB"
ENV_MAX_CELLS = "KOTRA_INVEST_IMPORT_MAX_CELLS"


@dataclass(frozen=True)
class Limits:
    """How big a file an import opens: checked before parsing, so a zip bomb is refused, not unpacked.

    The defaults hold a 200,000-row, 50-column tracker with room to spare; the environment
    settings KOTRA_INVEST_IMPORT_MAX_MB and KOTRA_INVEST_IMPORT_MAX_CELLS raise or lower them."""

    max_bytes: int = 512 * MB  # uncompressed: the sum of the workbook's parts, or a CSV's size
    max_cells: int = 20_000_000

    @classmethod
    def from_environment(cls) -> Limits:
        import os

        def number(name: str, default: int) -> int:
            try:
                value = int(os.environ.get(name, "") or default)
            except ValueError:
                return default
            return value if value > 0 else default

        return cls(number(ENV_MAX_MB, 512) * MB, number(ENV_MAX_CELLS, 20_000_000))


def _size(n: int) -> str:
    return f"{n / MB:,.0f} MB" if n < 10 * 1024 * MB else f"{n / 1024 / MB:,.1f} GB"


def check_workbook_size(path: Path, limits: Limits) -> None:
    """Refuse a workbook whose parts unpack to more than the limit, from the zip's central
    directory alone (nothing is decompressed; Python's zip reader never inflates a part past
    the size the directory declares, so a lying directory cannot get round this either)."""
    try:
        with zipfile.ZipFile(path) as archive:
            total = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _fail("import_not_spreadsheet", path) from exc
    if total > limits.max_bytes:
        raise _fail("import_too_large", path, size=_size(total), limit=_size(limits.max_bytes), setting=ENV_MAX_MB)


_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="[A-Z]*\d*:?([A-Z]+)(\d+)"')


def _declared_cells(archive: zipfile.ZipFile, member: str) -> int:
    """rows × columns of a sheet's <dimension>, read from its first 64 KiB only (0 if absent)."""
    with archive.open(member) as handle:
        head = handle.read(65536)
    m = _DIMENSION.search(head)
    if m is None:
        return 0
    return (_column_index(m.group(1)) + 1) * int(m.group(2))


@dataclass(frozen=True)
class SourceInfo:
    """An opened file as the import wizard shows it: which sheet, where the header is, a sample."""

    path: Path
    format: str  # "xlsx" or "csv"
    sheets: tuple[str, ...]  # the workbook's sheets (one unnamed sheet for a CSV)
    sheet: str | None
    encoding: str | None  # CSV only: the detected (or given) encoding
    delimiter: str | None
    header_row: int  # 1-based row number in the file
    headers: tuple[str, ...]
    sample: tuple[tuple[int, Row], ...]  # (row number, cells) of the first data rows
    estimated_rows: int  # data rows below the header (xlsx: from the sheet's dimension, may be high)

    @property
    def file_name(self) -> str:
        return self.path.name


def _fail(code: str, path: Path, **params: Any) -> DomainError:
    return DomainError(code, path=path.name, **params)


def detect_format(path: Path) -> str:
    """'xlsx' or 'csv' from the file's first bytes; raises for empty, encrypted, legacy or binary files."""
    try:
        with path.open("rb") as handle:
            head = handle.read(65536)
    except FileNotFoundError as exc:
        raise _fail("import_file_missing", path) from exc
    except OSError as exc:
        raise _fail("import_unreadable", path, reason=exc.strerror or type(exc).__name__) from exc
    if not head.strip():
        raise _fail("import_empty", path)
    if drm_vendor(head) is not None:
        raise _fail("import_drm", path)
    if head.startswith(_ZIP_MAGIC):
        return "xlsx"
    if head.startswith(_OLE_MAGIC):
        with path.open("rb") as handle:
            whole = handle.read(8 * 1024 * 1024)
        if any(stream in whole for stream in IRM_STREAMS):
            raise _fail("import_drm", path)
        if _ENCRYPTION_STREAM in whole:
            raise _fail("import_encrypted", path)
        raise _fail("import_legacy_xls", path)
    if b"\x00" in head.lstrip(codecs.BOM_UTF16_LE).lstrip(codecs.BOM_UTF16_BE)[:4096] and not _utf16(head):
        raise _fail("import_not_spreadsheet", path)
    if path.suffix.lower() in (".xlsx", ".xlsm", ".xltx", ".xls"):
        raise _fail("import_not_spreadsheet", path)  # a workbook name on something that is not one
    return "csv"


def _utf16(head: bytes) -> bool:
    return head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))


# --- CSV -----------------------------------------------------------------------------------


_CHUNK = 1 << 20


def _decodes(path: Path, encoding: str) -> bool:
    """Whether the whole file decodes strictly, read a chunk at a time (never whole in memory)."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(_CHUNK):
                decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def detect_encoding(path: Path, data: bytes) -> str:
    """The encoding a CSV was saved in: BOM, else strict UTF-8, else CP949 (Korean Excel's ANSI).
    `data` is the file's first bytes; the candidates are tried on the whole file, streamed."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if _utf16(data):
        return "utf-16"
    for candidate in ("utf-8", "cp949"):
        if _decodes(path, candidate):
            return candidate
    raise _fail("import_encoding", path)


@dataclass(frozen=True)
class _CsvFacts:
    encoding: str
    head: str  # the first 64 KiB of text, for the delimiter
    lines: int
    blank: bool


def _csv_facts(path: Path, encoding: str | None, limits: Limits | None = None) -> _CsvFacts:
    """Encoding, a head for sniffing, the line count — one streamed pass, bounded memory."""
    limits = limits or Limits.from_environment()
    size = path.stat().st_size
    if size > limits.max_bytes:
        raise _fail("import_too_large", path, size=_size(size), limit=_size(limits.max_bytes), setting=ENV_MAX_MB)
    with path.open("rb") as handle:
        first = handle.read(65536)
    chosen = encoding or detect_encoding(path, first)
    try:
        codecs.lookup(chosen)
    except LookupError as exc:
        raise _fail("import_encoding_unknown", path, encoding=chosen) from exc
    decoder = codecs.getincrementaldecoder(chosen)(errors="strict")
    head, lines, blank_so_far, last = "", 0, True, ""
    try:
        with path.open("rb") as handle:
            while True:
                chunk = handle.read(_CHUNK)
                text = decoder.decode(chunk, final=not chunk)
                if "\x00" in text:
                    raise _fail("import_not_spreadsheet", path)
                if len(head) < 65536:
                    head += text[: 65536 - len(head)]
                lines += text.count("\n")
                blank_so_far = blank_so_far and not text.strip().strip("\ufeff")
                last = text[-1:] or last
                if not chunk:
                    break
    except UnicodeDecodeError as exc:
        raise _fail("import_encoding_wrong", path, encoding=chosen) from exc
    return _CsvFacts(chosen, head.removeprefix("\ufeff"), lines + (0 if last in ("\n", "") else 1), blank_so_far)


def _delimiter(text: str) -> str:
    sample = text[:65536]
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        counts = {d: sample.count(d) for d in ",;\t|"}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def _csv_rows(path: Path, encoding: str, delimiter: str) -> Iterator[tuple[int, Row]]:
    """The CSV's rows, streamed from the file (a row at a time, whatever the file's size)."""
    with path.open(encoding=encoding, errors="strict", newline="") as handle:
        reader = csv.reader(handle, delimiter=delimiter)
        try:
            for cells in reader:
                if reader.line_num == 1 and cells:
                    cells[0] = cells[0].removeprefix("\ufeff")  # a BOM under an encoding given by hand
                yield reader.line_num, tuple(cells)
        except csv.Error as exc:
            raise _fail("import_unreadable", path, reason=f"line {reader.line_num}: {exc}") from exc
        except UnicodeDecodeError as exc:
            raise _fail("import_encoding_wrong", path, encoding=encoding) from exc


# --- xlsx ----------------------------------------------------------------------------------


def _column_index(letters: bytes) -> int:
    index = 0
    for ch in letters:
        index = index * 26 + (ch - 64)
    return index - 1


@dataclass(frozen=True)
class _Merge:
    first_row: int
    last_row: int
    first_col: int
    last_col: int


def _merged_ranges(archive: zipfile.ZipFile, member: str) -> list[_Merge]:
    """The merged ranges of a sheet, read from its XML without loading the sheet.

    openpyxl's read-only mode (the only way to stream a big workbook) does not expose merged
    cells; the <mergeCells> element sits at the end of the sheet's XML, so one pass finds it.
    """
    found: list[_Merge] = []
    tail = b""
    with archive.open(member) as handle:
        while chunk := handle.read(1 << 20):
            data = tail + chunk
            if b"mergeCell" not in data:  # the rows of a big sheet: a byte search, not the pattern
                tail = data[-200:]
                continue
            for m in _MERGE_REF.finditer(data):
                c1, r1, c2, r2 = m.groups()
                found.append(_Merge(int(r1), int(r2 or r1), _column_index(c1), _column_index(c2 or c1)))
            tail = data[-200:] if not data.endswith(b">") else b""
            # A match cut in two by the chunk boundary is found again in the tail; duplicates are harmless.
    return list({(m.first_row, m.first_col): m for m in found}.values())


_MERGES: dict[tuple[str, str, int, int], list[_Merge]] = {}  # the last sheet's, by file identity

_SIZE_LOCK = threading.Lock()


@contextmanager
def _dimensions_from_the_head() -> Iterator[None]:
    """While a workbook opens: read each sheet's <dimension> from the first 64 KiB of its XML.

    openpyxl's read-only sheets look for it by parsing the sheet until found, which for a sheet
    without one (some writers leave it out) means parsing every row once just to open the file.
    Without a dimension the sizes stay unknown and `_Workbook.count_rows` counts row tags."""
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    def head_size(ws: Any) -> None:
        with ws._get_source() as src:
            head = src.read(65536)
        m = _DIMENSION_FULL.search(head)
        if m is not None:
            ws._min_column, ws._min_row = _column_index(m.group(1)) + 1, int(m.group(2))
            ws._max_column, ws._max_row = _column_index(m.group(3) or m.group(1)) + 1, int(m.group(4) or m.group(2))

    with _SIZE_LOCK:  # a class attribute: one workbook opens at a time under the patch
        original = ReadOnlyWorksheet._get_size
        ReadOnlyWorksheet._get_size = head_size
        try:
            yield
        finally:
            ReadOnlyWorksheet._get_size = original


_DIMENSION_FULL = re.compile(rb'<(?:\w+:)?dimension\s+ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"')


class _Workbook:
    """An xlsx opened read-only, with its merged ranges per sheet."""

    def __init__(self, path: Path, limits: Limits | None = None) -> None:
        import openpyxl

        self.path = path
        self.limits = limits or Limits.from_environment()
        check_workbook_size(path, self.limits)  # before openpyxl inflates a single part
        try:
            with warnings.catch_warnings(), _dimensions_from_the_head():
                warnings.simplefilter("ignore")  # "data validation extension not supported" and the like
                self.book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError, IndexError, AttributeError) as exc:
            raise _fail("import_not_spreadsheet", path) from exc
        except Exception as exc:  # openpyxl raises many types for a damaged or foreign zip
            raise _fail("import_not_spreadsheet", path) from exc

    def close(self) -> None:
        self.book.close()

    @property
    def sheets(self) -> tuple[str, ...]:
        return tuple(self.book.sheetnames)

    def sheet(self, name: str | None) -> Any:
        if name is None:
            # The first worksheet that holds more than a cell, by its stored dimension (working it
            # out instead would parse the whole sheet); a chart sheet has no rows at all.
            sheets = [ws for ws in self.book.worksheets if hasattr(ws, "iter_rows")]
            for ws in sheets:
                if (ws.max_row or 0) > 1 or (ws.max_column or 0) > 1:
                    return ws
            return sheets[0] if sheets else None
        if name not in self.book.sheetnames:
            raise _fail("import_no_sheet", self.path, sheet=name, sheets=", ".join(self.book.sheetnames))
        ws = self.book[name]
        if not hasattr(ws, "iter_rows"):  # a chart sheet
            raise _fail("import_no_sheet", self.path, sheet=name, sheets=", ".join(self.book.sheetnames))
        return ws

    def check_cells(self, ws: Any) -> None:
        """Refuse a sheet whose declared size passes the cell limit (before reading its rows)."""
        member = getattr(ws, "_worksheet_path", None)
        if not member:
            return
        try:
            with zipfile.ZipFile(self.path) as archive:
                cells = _declared_cells(archive, member.lstrip("/"))
        except (KeyError, zipfile.BadZipFile, OSError):
            return
        if cells > self.limits.max_cells:
            raise _fail(
                "import_too_many_cells",
                self.path,
                cells=f"{self.limits.max_cells:,}",
                limit=f"{self.limits.max_cells:,}",
                setting=ENV_MAX_CELLS,
            )

    def merges(self, ws: Any) -> list[_Merge]:
        member = getattr(ws, "_worksheet_path", None)
        if not member:
            return []
        try:
            stat = self.path.stat()
            # Opening a file and importing it read the same sheet's merges: kept for the same file.
            key = (str(self.path.resolve()), member, stat.st_mtime_ns, stat.st_size)
            found = _MERGES.get(key)  # one lookup: a worker thread may be replacing the entry
            if found is None:
                with zipfile.ZipFile(self.path) as archive:
                    found = _merged_ranges(archive, member.lstrip("/"))
                _MERGES.clear()
                _MERGES[key] = found
            return list(found)
        except (KeyError, zipfile.BadZipFile, OSError):
            return []

    def count_rows(self, ws: Any) -> int:
        """How many rows the sheet's XML holds, for a progress bar (one fast pass over bytes)."""
        member = getattr(ws, "_worksheet_path", None)
        if not member:
            return 0
        total = 0
        tail = b""
        try:
            with zipfile.ZipFile(self.path) as archive, archive.open(member.lstrip("/")) as handle:
                while chunk := handle.read(1 << 20):
                    data = tail + chunk
                    # The tail kept is shorter than any match, so a row tag cut by the chunk
                    # boundary is counted once and no tag twice.
                    total += data.count(b"<row ") + data.count(b"<row>")
                    tail = data[-4:]
        except (KeyError, zipfile.BadZipFile, OSError):
            return 0
        return total

    def _values(self, ws: Any) -> Iterator[tuple[int, list[Any]]]:
        """(row number, values) of every row from 1, as openpyxl's read-only reader has them, read
        by sheet_xml's faster reader; openpyxl carries on from any row that reader leaves to it."""
        from kotra_invest.importers import sheet_xml

        max_row, max_col = getattr(ws, "_max_row", None), getattr(ws, "_max_column", None)
        empty = [None] * max_col if max_col else []
        done = 0
        member = getattr(ws, "_worksheet_path", None)
        if member and getattr(self.book, "_archive", None) is not None:
            try:
                with self.book._archive.open(member.lstrip("/")) as source:
                    cells = sheet_xml.SheetCells(self.book, ws._shared_strings)
                    for number, values in sheet_xml.iter_rows(source, cells, max_row, max_col):
                        if values is None:  # rows past the declared end: openpyxl stops, blank rows to the end
                            number = (max_row or done) + 1
                        while done + 1 < number:
                            done += 1
                            yield done, list(empty)
                        if values is None:
                            break
                        if max_col and len(values) < max_col:
                            values.extend([None] * (max_col - len(values)))
                        done = number
                        yield number, values
                    return
            except sheet_xml.Unsupported:
                pass  # openpyxl reads on from the row after the last one yielded
        for number, cells in enumerate(ws.iter_rows(values_only=True), start=1):
            if number > done:
                yield number, list(cells)

    def rows(self, ws: Any) -> Iterator[tuple[int, Row]]:
        merges = self.merges(ws)
        # Each merged range shows its top-left value in every cell it covers: a region written
        # once for a block of rows belongs to each of them.
        by_row: dict[int, list[_Merge]] = {}
        for merge in merges:
            if merge.last_row - merge.first_row > 100_000:
                continue
            for r in range(merge.first_row, merge.last_row + 1):
                by_row.setdefault(r, []).append(merge)
        pending: dict[tuple[int, int], Any] = {}
        try:
            for number, row in self._values(ws):
                for merge in by_row.get(number, ()):
                    if number == merge.first_row:
                        value = row[merge.first_col] if merge.first_col < len(row) else None
                        pending[(merge.first_row, merge.first_col)] = value
                    value = pending.get((merge.first_row, merge.first_col))
                    if len(row) <= merge.last_col:
                        row.extend([None] * (merge.last_col + 1 - len(row)))
                    for c in range(merge.first_col, merge.last_col + 1):
                        row[c] = value
                    if number == merge.last_row:
                        pending.pop((merge.first_row, merge.first_col), None)
                yield number, tuple(row)
        except DomainError:
            raise
        except Exception as exc:  # a damaged sheet XML shows only when read
            raise _fail("import_unreadable", self.path, reason=type(exc).__name__) from exc


# --- the header row ------------------------------------------------------------------------


def _row_is_blank(row: Row) -> bool:
    return all(blank(v) for v in row)


_NUMERIC = re.compile(r"^[\s\d.,%+\-]+$")


def _wordy(value: Any) -> bool:
    """A cell that could name a column: text, and not a number written as text (CSV has no numbers)."""
    return isinstance(value, str) and not blank(value) and not _NUMERIC.match(value)


def _header_score(row: Row, known: Callable[[str], bool]) -> tuple[int, int]:
    texts = [as_text(v) for v in row if _wordy(v)]
    distinct = len(set(texts))
    return sum(1 for t in set(texts) if t and known(t)), distinct


def find_header(rows: list[tuple[int, Row]], known: Callable[[str], bool]) -> int | None:
    """The index (in `rows`) of the header: the row naming the most known columns, else the
    first row of two or more distinct text cells that has data under it. A merged title row
    repeats one text across its cells, so it never counts as a header."""
    best: tuple[int, int] | None = None
    best_index: int | None = None
    for index, (_number, row) in enumerate(rows):
        hits, distinct = _header_score(row, known)
        if hits and distinct >= 2 and (best is None or hits > best[0]):
            best, best_index = (hits, distinct), index
    if best_index is not None:
        return best_index
    for index, (_number, row) in enumerate(rows):
        _hits, distinct = _header_score(row, known)
        numbers = sum(1 for v in row if not blank(v) and not _wordy(v))
        if distinct >= 2 and numbers == 0 and any(not _row_is_blank(r) for _n, r in rows[index + 1 :]):
            return index
    return None


def _header_band(rows: list[tuple[int, Row]], index: int) -> tuple[int, Row]:
    """The header found at `rows[index]`, joined with the row above or below it when the two are one
    header of two rows: a merged "투자예정액" over "금액 | 통화". Returns the index of the band's last
    row (the data start under it) and one name per column ("투자예정액 금액", "투자예정액 통화")."""
    number = rows[index][0]
    if index + 1 < len(rows) and rows[index + 1][0] == number + 1:
        joined = _joined_header(rows[index][1], rows[index + 1][1])
        if joined is not None:
            return index + 1, joined
    if index > 0 and rows[index - 1][0] == number - 1:
        joined = _joined_header(rows[index - 1][1], rows[index][1])
        if joined is not None:
            return index, joined
    return index, rows[index][1]


def _joined_header(top: Row, bottom: Row) -> Row | None:
    """`top` over `bottom` as one header, or None when they are not one. They are when both hold
    only words, `top` has a cell spanning several columns (merged: repeated in an xlsx, followed by
    empty cells in a CSV) with names under it, and `top` has other columns too, each with nothing
    under it or its own name again (a cell merged down). A title over the header spans everything,
    and a data row fills the columns under single names: neither is joined."""
    if any(not blank(v) and not _wordy(v) for v in (*top, *bottom)):
        return None
    width = max(len(top), len(bottom))
    upper = [as_text(top[c]) if c < len(top) else None for c in range(width)]
    lower = [as_text(bottom[c]) if c < len(bottom) else None for c in range(width)]
    runs: list[list[int]] = []
    for c in range(width):
        if runs and (upper[c] is None or upper[c] == upper[runs[-1][0]]) and upper[runs[-1][0]] is not None:
            runs[-1].append(c)
        else:
            runs.append([c])
    spans = [r for r in runs if len(r) > 1 and upper[r[0]] is not None]
    singles = [r[0] for r in runs if len(r) == 1 and upper[r[0]] is not None]
    if not spans or not singles:
        return None
    if any(lower[c] is not None and lower[c] != upper[c] for c in singles):
        return None
    if not any(lower[c] is not None for r in spans for c in r):
        return None
    names: list[str | None] = []
    for run in runs:
        parent = upper[run[0]]
        for c in run:
            child = lower[c]
            if parent is None or child == parent:
                names.append(child)
            elif child is None:
                names.append(parent)
            else:
                names.append(f"{parent} {child}")
    return tuple(names)


def header_names(row: Row) -> tuple[str, ...]:
    """The header cells as names; an unnamed or repeated column gets a name the user can tell apart."""
    names: list[str] = []
    seen: dict[str, int] = {}
    for position, value in enumerate(row):
        name = re.sub(r"\s+", " ", as_text(value) or "").strip() or f"({_letters(position)})"
        if name in seen:
            seen[name] += 1
            name = f"{name} ({seen[name]})"
        else:
            seen[name] = 1
        names.append(name)
    while names and names[-1].startswith("(") and blank(row[len(names) - 1]):
        names.pop()  # trailing empty columns
    return tuple(names)


def _letters(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


# --- the public face -----------------------------------------------------------------------


class Reader:
    """One open source: its rows below the header, read again from the start on every pass."""

    def __init__(self, info: SourceInfo) -> None:
        self.info = info

    def rows(self) -> Iterator[tuple[int, Row]]:
        """(row number, cells) of every non-blank row under the header, cells padded to the headers."""
        width = len(self.info.headers)
        limits = Limits.from_environment()
        # A sheet without a <dimension>, or one that lies about it, is still bounded while it streams.
        most_rows = limits.max_cells // max(width, 1)
        for number, row in _raw_rows(self.info):
            if number > most_rows:
                raise _fail(
                    "import_too_many_cells",
                    self.info.path,
                    cells=f"{limits.max_cells:,}",
                    limit=f"{limits.max_cells:,}",
                    setting=ENV_MAX_CELLS,
                )
            if number <= self.info.header_row or _row_is_blank(row):
                continue
            cells = tuple(row[:width]) + (None,) * (width - len(row))
            yield number, cells


def _raw_rows(info: SourceInfo) -> Iterator[tuple[int, Row]]:
    if info.format == "csv":
        yield from _csv_rows(info.path, info.encoding or "utf-8", info.delimiter or ",")
        return
    book = _Workbook(info.path)
    try:
        yield from book.rows(book.sheet(info.sheet))
    finally:
        book.close()


def open_source(
    path: str | Path,
    sheet: str | None = None,
    encoding: str | None = None,
    *,
    header_row: int | None = None,
    known_header: Callable[[str], bool] | None = None,
) -> SourceInfo:
    """Open a file for import: the format, the sheets, the header row (found, or as given), a sample.

    Raises DomainError: import_file_missing, import_empty, import_not_spreadsheet, import_encrypted,
    import_legacy_xls, import_encoding*, import_no_sheet, import_no_header, import_no_rows,
    import_unreadable.
    """
    from kotra_invest.importers.mapping import is_known_header

    path = Path(path)
    known = known_header or is_known_header
    fmt = detect_format(path)
    if fmt == "csv":
        facts = _csv_facts(path, encoding)
        if facts.blank:
            raise _fail("import_empty", path)
        chosen = facts.encoding
        delimiter = _delimiter(facts.head)
        sheets: tuple[str, ...] = (path.stem,)
        sheet_name: str | None = None
        head_rows = _take(_csv_rows(path, chosen, delimiter), HEADER_SCAN_ROWS + SAMPLE_ROWS)
        estimated = facts.lines
    else:
        chosen, delimiter = None, None
        book = _Workbook(path)
        try:
            sheets = book.sheets
            ws = book.sheet(sheet)
            if ws is None:
                raise _fail("import_empty", path)
            sheet_name = ws.title
            book.check_cells(ws)
            head_rows = _take(book.rows(ws), HEADER_SCAN_ROWS + SAMPLE_ROWS)
            estimated = int(ws.max_row or 0)
            if estimated <= 1:  # no <dimension> in the file (some writers leave it out): count the rows
                estimated = book.count_rows(ws)
        finally:
            book.close()
    non_blank = [(n, r) for n, r in head_rows if not _row_is_blank(r)]
    if not non_blank:
        raise _fail("import_empty", path)
    if header_row is not None:
        matches = [i for i, (n, _r) in enumerate(non_blank) if n == header_row]
        if not matches:
            raise _fail("import_no_header", path)
        index = matches[0]
    else:
        scan = [(n, r) for n, r in non_blank if n <= non_blank[0][0] + HEADER_SCAN_ROWS]
        found = find_header(scan, known)
        if found is None:
            raise _fail("import_no_header", path)
        index = found
    index, row = _header_band(non_blank, index)
    number = non_blank[index][0]
    headers = header_names(row)
    width = len(headers)
    sample = tuple(
        (n, tuple(r[:width]) + (None,) * (width - len(r))) for n, r in non_blank[index + 1 : index + 1 + SAMPLE_ROWS]
    )
    if not sample and len(head_rows) < HEADER_SCAN_ROWS + SAMPLE_ROWS:  # the file ends under its header
        raise _fail("import_no_rows", path)
    return SourceInfo(
        path=path,
        format=fmt,
        sheets=sheets,
        sheet=sheet_name,
        encoding=chosen,
        delimiter=delimiter,
        header_row=number,
        headers=headers,
        sample=sample,
        estimated_rows=max(0, estimated - number),
    )


def _take(rows: Iterator[tuple[int, Row]], limit: int) -> list[tuple[int, Row]]:
    taken: list[tuple[int, Row]] = []
    for item in rows:
        taken.append(item)
        if len(taken) >= limit:
            break
    close = getattr(rows, "close", None)
    if close is not None:
        close()
    return taken
