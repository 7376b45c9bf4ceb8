"""Bad input stays in its bounds: zip bombs and huge sheets refused before parsing, DRM-wrapped
files named as such, control characters and bidi overrides never stored, currencies checked."""

from __future__ import annotations

import os
import subprocess
import sys
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from import_helpers import counts, csv_file, xlsx

from kotra_invest.domain.enums import Role
from kotra_invest.domain.errors import DomainError
from kotra_invest.importers import open_source, run_import, suggest
from kotra_invest.importers.read import MB, Limits
from kotra_invest.services.officers import ensure_officer
from kotra_invest.services.unit_of_work import Context


def _bomb(path: Path, unpacked_mb: int) -> Path:
    """A small valid-looking xlsx whose shared strings unpack to `unpacked_mb` (a zip bomb)."""
    template = xlsx(path.with_name("template.xlsx"), [["회사명", "국가"], ["Acme", "US"]])
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bomb:
        for item in source.infolist():
            if item.filename != "xl/sharedStrings.xml":
                bomb.writestr(item, source.read(item.filename))
        with bomb.open("xl/sharedStrings.xml", "w", force_zip64=True) as handle:
            handle.write(
                b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>'
            )
            chunk = b" " * MB
            for _ in range(unpacked_mb):
                handle.write(chunk)
            handle.write(b"</t></si></sst>")
    return path


def test_a_zip_bomb_is_refused_from_its_directory_before_anything_is_inflated(tmp_path: Path) -> None:
    bomb = _bomb(tmp_path / "bomb.xlsx", 600)
    assert bomb.stat().st_size < 2 * MB  # small on disk, 600 MB unpacked
    tracemalloc.start()
    with pytest.raises(DomainError) as refused:
        open_source(bomb)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    message = refused.value.message("en")
    assert refused.value.code == "import_too_large"
    assert "unpacks to 600 MB, more than the import limit of 512 MB" in message
    assert "KOTRA_INVEST_IMPORT_MAX_MB" in message
    assert peak < 50 * MB


def test_the_limits_are_a_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = xlsx(tmp_path / "t.xlsx", [["회사명", "국가"], *[[f"Co {n}", "US"] for n in range(50)]])
    monkeypatch.setenv("KOTRA_INVEST_IMPORT_MAX_CELLS", "60")
    assert Limits.from_environment().max_cells == 60
    with pytest.raises(DomainError) as refused:
        open_source(path)
    assert refused.value.code == "import_too_many_cells" and "limit of 60" in refused.value.message("en")
    big_csv = csv_file(tmp_path / "t.csv", ["회사명,국가", *(f"Co {n},US" for n in range(50))])
    info = open_source(big_csv)  # the CSV's first rows are fine: the limit bites while it streams
    from kotra_invest.importers.read import Reader

    with pytest.raises(DomainError) as streamed:
        list(Reader(info).rows())
    assert streamed.value.code == "import_too_many_cells"


def test_the_cli_refuses_a_zip_bomb_in_one_sentence_and_changes_nothing(tmp_path: Path) -> None:
    bomb = _bomb(tmp_path / "폭탄.xlsx", 600)
    db = tmp_path / "k.sqlite3"
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(tmp_path / "d"),
        "XDG_CONFIG_HOME": str(tmp_path / "c"),
        "KOTRA_INVEST_LANG": "en",
    }
    # An officer's database exists before anything is imported or listed (only `db upgrade` and
    # `demo` create one).
    subprocess.run(
        [sys.executable, "-m", "kotra_invest", "--db", f"sqlite:///{db}", "db", "upgrade"],
        capture_output=True,
        env=env,
        timeout=120,
        check=True,
    )
    done = subprocess.run(
        [sys.executable, "-m", "kotra_invest", "--db", f"sqlite:///{db}", "import", "investors", str(bomb)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "import limit of 512 MB" in lines[0] and "MemoryError" not in done.stderr


@pytest.mark.parametrize(
    ("product", "head"),
    [
        ("fasoo", b"\x9b\x20DRMONE  This Document is encrypted and protected by Fasoo DRM\x00\x00"),
        ("softcamp", b"SCDSA002\x00\x00\x00\x00" + bytes(range(256))),
        ("markany", b"<## MARKANY DOCUMENT SAFER ##>\x00" + bytes(64)),
    ],
)
def test_document_drm_files_are_named_as_such(tmp_path: Path, product: str, head: bytes) -> None:
    path = tmp_path / f"관리대장_{product}.xlsx"
    path.write_bytes(head + os.urandom(4096))
    with pytest.raises(DomainError) as refused:
        open_source(path)
    assert refused.value.code == "import_drm"
    assert refused.value.message("en").endswith(
        "this file is protected by document security software: save an unprotected copy or ask your security officer."
    )


def test_control_characters_and_bidi_overrides_never_reach_a_name(ctx: Context, tmp_path: Path) -> None:
    from import_helpers import investors

    ensure_officer(ctx, role=Role.OFFICER)
    path = tmp_path / "t.csv"  # a CSV carries any character (a workbook cannot hold \x07)
    path.write_text('회사명,메모\r\n"Evil\u202eCorp\u0007 Ltd\n","첫 줄\n둘째 줄"\r\n', encoding="utf-8")
    info = open_source(path)
    run_import(ctx, info, suggest(ctx, "investors", info))
    stored = investors(ctx)
    assert list(stored) == ["EvilCorp Ltd"]
    assert stored["EvilCorp Ltd"].notes == "첫 줄\n둘째 줄"  # notes keep their lines


def test_the_editors_clean_names_too(ctx: Context) -> None:
    from kotra_invest.services.investors import InvestorDraft, create_investor, get_investor_row

    ensure_officer(ctx, role=Role.OFFICER)
    created = create_investor(ctx, InvestorDraft(name="\u2066Acme\u2069 \u202eRobotics", name_ko="에이스\x00로보틱스"))
    row = get_investor_row(ctx, created)
    assert (row.name, row.name_ko) == ("Acme Robotics", "에이스로보틱스")


def test_currencies_are_iso_4217(ctx: Context, tmp_path: Path) -> None:
    ensure_officer(ctx, role=Role.OFFICER)
    path = xlsx(tmp_path / "p.xlsx", [["회사명", "투자예정액", "통화"], ["Acme", 100, "USD"], ["Beta", 200, "KOR"]])
    info = open_source(path)
    before = counts(ctx)
    report = run_import(ctx, info, suggest(ctx, "investors", info), dry_run=True)
    assert [(e.row, e.code) for e in report.errors] == [(3, "invalid_currency")]
    assert "ISO 4217" in report.errors[0].message
    assert counts(ctx) == before


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["investors", "list", "--country", "XX"], "Unknown code for countries: XX"),
        (["investors", "list", "--owner", "nobody.here"], "Unknown code for officers: nobody.here"),
        (["projects", "list", "--stage", "LEED"], "Unknown code for stages: LEED"),
        (["projects", "list", "--industry", "BIOO"], "Unknown code for industries: BIOO"),
    ],
)
def test_an_unknown_filter_code_is_an_error_not_an_empty_list(tmp_path: Path, args: list[str], words: str) -> None:
    db = tmp_path / "k.sqlite3"
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(tmp_path / "d"),
        "XDG_CONFIG_HOME": str(tmp_path / "c"),
        "KOTRA_INVEST_LANG": "en",
    }
    # An officer's database exists before anything is imported or listed (only `db upgrade` and
    # `demo` create one).
    subprocess.run(
        [sys.executable, "-m", "kotra_invest", "--db", f"sqlite:///{db}", "db", "upgrade"],
        capture_output=True,
        env=env,
        timeout=120,
        check=True,
    )
    done = subprocess.run(
        [sys.executable, "-m", "kotra_invest", "--db", f"sqlite:///{db}", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2 and words in done.stderr and len(done.stderr.strip().splitlines()) == 1, done.stderr
    ok = subprocess.run(
        [sys.executable, "-m", "kotra_invest", "--db", f"sqlite:///{db}", "investors", "list", "--country", "us"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert ok.returncode == 0, ok.stderr


def test_a_tracker_naming_a_drm_vendor_is_still_a_tracker(tmp_path: Path) -> None:
    path = csv_file(tmp_path / "t.csv", ["회사명,국가,메모", "MarkAny Inc.,KR,SCDSA 문서보안 / DRMONE 도입 검토"])
    assert open_source(path).headers == ("회사명", "국가", "메모")
