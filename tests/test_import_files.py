"""Opening the files officers keep: titles above the header, merged cells, blank rows, CP949 CSV, bad files."""

from __future__ import annotations

import codecs
import zipfile
from pathlib import Path

import openpyxl
import pytest
from import_helpers import csv_file, xlsx

from kotra_invest.domain.errors import DomainError
from kotra_invest.importers.read import Reader, open_source

HEADER = ["회사명", "국가", "업종", "투자금액", "비고"]


def test_the_header_is_found_under_a_merged_title_and_blank_rows(tmp_path: Path) -> None:
    path = xlsx(
        tmp_path / "tracker.xlsx",
        [
            ["2026년 투자가 관리대장 — 대전세종충남지원단"],
            ["작성: 김담당 (2026.11.1 기준)"],
            [],
            HEADER,
            ["Acme Robotics", "미국", "로봇", "USD 12.5M", None],
            [None, None, None, None, None],
            ["Beta Bio", "독일", "제약·바이오", "4억2000만", "MOU 예정"],
        ],
        merges=("A1:E1",),
    )
    info = open_source(path)
    assert info.format == "xlsx" and info.sheet == "투자가"
    assert info.header_row == 4
    assert info.headers == tuple(HEADER)
    assert [n for n, _ in info.sample] == [5, 7]  # the blank row is skipped, numbers stay the file's
    rows = list(Reader(info).rows())
    assert rows[1] == (7, ("Beta Bio", "독일", "제약·바이오", "4억2000만", "MOU 예정"))


def test_a_value_merged_down_a_block_of_rows_belongs_to_each_row(tmp_path: Path) -> None:
    path = xlsx(
        tmp_path / "merged.xlsx",
        [
            HEADER,
            ["Acme", "미국", "로봇", None, None],
            ["Acme Two", None, "로봇", None, None],
            ["Gamma", "일본", None, None, None],
        ],
        merges=("B2:B3",),
    )
    rows = list(Reader(open_source(path)).rows())
    assert [r[1][1] for r in rows] == ["미국", "미국", "일본"]


def test_a_named_sheet_is_read_and_a_missing_one_is_named(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "two.xlsx", [HEADER, ["Acme", "미국", "로봇", None, None]], sheet="2026")
    assert open_source(path, sheet="2026").sheet == "2026"
    with pytest.raises(DomainError) as caught:
        open_source(path, sheet="2025")
    assert caught.value.code == "import_no_sheet" and "2026" in caught.value.message("en")


@pytest.mark.parametrize("encoding", ["cp949", "utf-8", "utf-8-sig", "euc-kr"])
def test_csv_in_each_korean_excel_encoding_is_detected(tmp_path: Path, encoding: str) -> None:
    path = csv_file(
        tmp_path / "list.csv",
        [
            "투자가 명단",
            "",
            "회사명,국가,업종",
            "삼성바이오,대한민국,제약·바이오" if encoding != "euc-kr" else "삼성바이오,대한민국,로봇",
        ],
        encoding,
    )
    info = open_source(path)
    assert info.headers == ("회사명", "국가", "업종")
    assert info.sample[0][1][0] == "삼성바이오"
    assert info.encoding == {"cp949": "cp949", "euc-kr": "cp949", "utf-8": "utf-8", "utf-8-sig": "utf-8-sig"}[encoding]


def test_a_wrong_encoding_given_by_the_user_is_a_clear_error(tmp_path: Path) -> None:
    path = csv_file(tmp_path / "list.csv", ["회사명,국가", "삼성,대한민국"], "cp949")
    with pytest.raises(DomainError) as caught:
        open_source(path, encoding="utf-8")
    assert caught.value.code == "import_encoding_wrong"
    with pytest.raises(DomainError) as unknown:
        open_source(path, encoding="klingon")
    assert unknown.value.code == "import_encoding_unknown"


def test_semicolon_and_tab_separated_files(tmp_path: Path) -> None:
    semi = csv_file(tmp_path / "semi.csv", ["Company name;Country;Website", "Acme;US;acme.io"])
    assert open_source(semi).headers == ("Company name", "Country", "Website")
    tab = csv_file(tmp_path / "tab.txt", ["Company name\tCountry", "Acme\tUS"])
    assert open_source(tab).headers == ("Company name", "Country")


def _encrypted_ooxml(path: Path) -> Path:
    # Excel saves a password-protected workbook as a Compound File holding an EncryptionInfo
    # and an EncryptedPackage stream; the header and the directory entry name are what tell.
    header = bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 504
    directory = "EncryptionInfo".encode("utf-16-le") + b"\x00" * 100 + "EncryptedPackage".encode("utf-16-le")
    path.write_bytes(header + directory + b"\x00" * 1024)
    return path


def _bytes(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


_BAD_FILES = {
    "empty": (lambda p: _bytes(p / "empty.xlsx", b""), "import_empty"),
    "blank-csv": (lambda p: csv_file(p / "blank.csv", ["", "  ", ""]), "import_empty"),
    "png-renamed": (
        lambda p: _bytes(p / "photo.xlsx", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4),
        "import_not_spreadsheet",
    ),
    "text-renamed": (lambda p: _bytes(p / "notes.xlsx", "회사명,국가\n삼성,한국\n".encode()), "import_not_spreadsheet"),
    "encrypted": (lambda p: _encrypted_ooxml(p / "secret.xlsx"), "import_encrypted"),
    "legacy-xls": (
        lambda p: _bytes(p / "old.xls", bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 2000),
        "import_legacy_xls",
    ),
    "no-header": (lambda p: csv_file(p / "numbers.csv", ["1,2,3", "4,5,6"]), "import_no_header"),
    "title-only": (lambda p: xlsx(p / "title-only.xlsx", [["2026 투자가 관리대장"]]), "import_no_header"),
    "missing": (lambda p: p / "missing.xlsx", "import_file_missing"),
}


@pytest.mark.parametrize(("make", "code"), list(_BAD_FILES.values()), ids=list(_BAD_FILES))
def test_bad_files_give_a_clear_message(tmp_path: Path, make: object, code: str) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    with pytest.raises(DomainError) as caught:
        open_source(path)
    assert caught.value.code == code
    assert path.name in caught.value.message("en")
    assert "{" not in caught.value.message("ko")  # every placeholder filled


def test_a_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "archive.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(DomainError) as caught:
        open_source(path)
    assert caught.value.code == "import_not_spreadsheet"


def test_utf16_csv_from_excel_unicode_text(tmp_path: Path) -> None:
    path = tmp_path / "unicode.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "회사명\t국가\r\nAcme\t미국\r\n".encode("utf-16-le"))
    info = open_source(path)
    assert info.headers == ("회사명", "국가") and info.sample[0][1] == ("Acme", "미국")


def test_without_a_sheet_name_the_first_sheet_with_data_is_read(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.title = "표지"
    data = book.create_sheet("명단")
    data.append(HEADER)
    data.append(["Acme", "미국", "로봇", None, None])
    book.save(tmp_path / "cover.xlsx")
    info = open_source(tmp_path / "cover.xlsx")
    assert (info.sheets, info.sheet, info.headers) == (("표지", "명단"), "명단", tuple(HEADER))
