"""The command line on an officer's paths: `--db` (and KOTRA_INVEST_DB) given as a file's path, on
Windows as on Linux, and the files `pack export`, `db backup`, `documents get` and
`pack merge --report` write, each refused in one sentence under a name of another format."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import uuid
from contextlib import closing
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

import pytest
from document_files import pdf
from mission_data import Mission, build_home, edit, open_pack_ctx
from sqlalchemy.engine import make_url

from kotra_invest.config import database_url, is_database_url, resolve_database_url, sqlite_url
from kotra_invest.domain.models import Investor
from kotra_invest.services import documents
from kotra_invest.services.database import connect
from kotra_invest.services.unit_of_work import Context
from kotra_invest.store.engine import CIPHER_DRIVER, cipher_url
from kotra_invest.sync.pack import export_pack

# --- a path or a URL ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "url"),
    [
        (r"C:\Users\kim\kotra.sqlite3", False),  # `c:` would be a scheme to a URL parser
        (r"D:\mission\seoul.sqlite3", False),
        ("D:/mission/seoul.sqlite3", False),
        ("c:kotra.sqlite3", False),  # relative to drive C's current folder
        (r"\\fileserver\kotra\kotra.sqlite3", False),
        ("./kotra.sqlite3", False),
        ("~/kotra.sqlite3", False),
        ("kotra.sqlite3", False),
        ("/home/kim/kotra.sqlite3", False),
        ("sqlite:///kotra.sqlite3", True),
        ("sqlite:////home/kim/kotra.sqlite3", True),
        ("postgresql://kim@dbhost/kotra", True),
        ("postgresql+psycopg://kim@dbhost:5433/kotra?sslmode=require", True),
    ],
)
def test_a_drive_letter_is_a_path_on_every_platform_and_a_scheme_makes_a_url(value: str, url: bool) -> None:
    assert is_database_url(value) is url


@pytest.mark.parametrize(
    ("path", "url"),
    [
        # The form SQLAlchemy documents for Windows, with the slashes SQLite takes there too.
        (PureWindowsPath(r"C:\Users\kim\k.sqlite3"), "sqlite:///C:/Users/kim/k.sqlite3"),
        (PureWindowsPath(r"D:\mission\seoul.sqlite3"), "sqlite:///D:/mission/seoul.sqlite3"),
        (PureWindowsPath(r"C:\Users\김민지\문서\kotra.sqlite3"), "sqlite:///C:/Users/김민지/문서/kotra.sqlite3"),
        (PureWindowsPath(r"\\fileserver\kotra\k.sqlite3"), "sqlite://///fileserver/kotra/k.sqlite3"),
        (PurePosixPath("/home/kim/k.sqlite3"), "sqlite:////home/kim/k.sqlite3"),
        # SQLAlchemy decodes %xx and cuts the URL at ?: both escaped, so the file is the one named.
        (PurePosixPath("/home/kim/100% 출장?/k.sqlite3"), "sqlite:////home/kim/100%25 출장%3F/k.sqlite3"),
        (PurePosixPath("/home/kim/a#b@c:d/k.sqlite3"), "sqlite:////home/kim/a#b@c:d/k.sqlite3"),
    ],
)
def test_a_files_url_is_the_form_sqlalchemy_reads_back_as_that_file(path: PurePath, url: str) -> None:
    assert sqlite_url(path) == url
    parsed = make_url(url)
    assert (parsed.drivername, parsed.host, parsed.database) == ("sqlite", None, path.as_posix())


def test_a_packs_url_keeps_its_key_and_its_file() -> None:
    """A mission pack opens through its own URL (the driver and key before the file): same escaping."""
    path = PurePosixPath("/home/kim/100% 출장?/trip.kipack")
    parsed = make_url(cipher_url(path, "pass/word?"))
    assert (parsed.drivername, parsed.password, parsed.database) == (CIPHER_DRIVER, "pass/word?", path.as_posix())


@pytest.mark.parametrize(
    "value", ["kotra.sqlite3", "./data/kotra.sqlite3", "~/kotra.sqlite3", "~/100% 출장?/k.sqlite3", "../up.sqlite3"]
)
def test_a_path_given_on_this_platform_names_that_file_absolutely(
    value: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home, work = tmp_path / "home", tmp_path / "work"
    work.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("USERPROFILE", str(home))  # what expanduser reads on Windows
    monkeypatch.chdir(work)
    database = make_url(database_url(value)).database
    assert database is not None and Path(database).is_absolute()
    assert Path(database).resolve() == Path(value).expanduser().resolve()


def test_a_windows_path_is_a_file_here_too_never_an_unusable_url(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On Linux `C:\\Users\\kim\\k.sqlite3` is a (strange) file name in this folder; on Windows, the drive's file."""
    monkeypatch.chdir(tmp_path)
    value = r"C:\Users\kim\k.sqlite3"
    url = make_url(database_url(value))
    assert url.drivername == "sqlite" and url.database is not None
    assert Path(url.database) == Path(os.path.abspath(value))


def test_kotra_invest_db_takes_a_path_too_and_db_wins_over_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("USERPROFILE", str(tmp_path))
    monkeypatch.setenv("KOTRA_INVEST_DB", "~/from-env.sqlite3")
    assert resolve_database_url() == sqlite_url(tmp_path / "from-env.sqlite3")
    assert resolve_database_url("postgresql://kim@dbhost/kotra") == "postgresql://kim@dbhost/kotra"
    monkeypatch.delenv("KOTRA_INVEST_DB")
    assert make_url(resolve_database_url()).database.endswith("kotra-invest.sqlite3")  # type: ignore[union-attr]


# --- the command line --------------------------------------------------------------------------


def _cli(
    *args: str, home: Path, cwd: Path | None = None, env_db: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "xdg-data"),
        "XDG_CONFIG_HOME": str(home / "xdg-config"),
        "KOTRA_INVEST_LANG": "en",
        "KOTRA_INVEST_USER": "tester",
    }
    env.pop("KOTRA_INVEST_DB", None)
    if env_db is not None:
        env["KOTRA_INVEST_DB"] = env_db
    return subprocess.run(
        [sys.executable, "-m", "kotra_invest", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=300,
        check=False,
    )


def _one_sentence(result: subprocess.CompletedProcess[str], *words: str) -> str:
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr and "unexpected" not in result.stderr
    [line] = result.stderr.strip().splitlines()
    for word in words:
        assert word in line, line
    return line


def _files(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if "xdg-" not in str(p)}  # the log folder is no database


def test_db_takes_a_relative_path_and_a_home_path_and_kotra_invest_db_the_same(tmp_path: Path) -> None:
    home, work = tmp_path / "home", tmp_path / "home" / "work"
    work.mkdir(parents=True)
    created = _cli("--db", "./kotra.sqlite3", "db", "upgrade", home=home, cwd=work)
    assert created.returncode == 0, created.stderr
    assert (work / "kotra.sqlite3").exists()
    added = _cli("investors", "add", "Pathfinder GmbH", home=home, cwd=tmp_path, env_db="~/work/kotra.sqlite3")
    assert added.returncode == 0, added.stderr
    listed = _cli("--db", "~/work/kotra.sqlite3", "investors", "list", home=home, cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert "Pathfinder GmbH" in listed.stdout
    checked = _cli("db", "check", "--db", str(work / "kotra.sqlite3"), home=home, cwd=tmp_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert f"database: {work / 'kotra.sqlite3'}" in checked.stdout


@pytest.mark.parametrize(
    "command",
    [("investors", "list"), ("db", "check"), ("db", "backup"), ("backups", "list"), ("server", "test")],
)
@pytest.mark.parametrize("typed", [r"C:\Users\kim\kotra.sqlite3", r"D:\mission\seoul.sqlite3", "~/typo/kotra.sqlite3"])
def test_a_path_with_no_database_is_one_sentence_naming_it_and_creates_nothing(
    tmp_path: Path, command: tuple[str, ...], typed: str
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    before = _files(tmp_path)
    result = _cli("--db", typed, *command, home=home, cwd=tmp_path)
    where = str(tmp_path / typed.replace("~", str(home), 1))  # a relative path is taken in the working folder
    line = _one_sentence(result, "There is no database at", where, "kotra-invest db upgrade")
    assert "URL" not in line
    assert _files(tmp_path) == before


def _backup_of(database: Path, target: Path) -> Path:
    """A consistent copy, as `db backup` and the daily backups make (the module's office stays as it was)."""
    with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
    return target


@pytest.mark.parametrize("db", [None, "typo/kotra.sqlite3"], ids=["default", "relative"])
def test_a_backup_restored_where_there_is_no_database_makes_it_and_says_where(
    office: Home, tmp_path: Path, db: str | None
) -> None:
    """Intended, unlike every other command's: a backup put on a new PC (nothing in its data
    folder, not even the folder) is what backups are for. The output names the new file, so a
    mistyped --db is seen at once; the database then opens by the same path."""
    home = tmp_path / "new-pc"
    home.mkdir()
    backup = _backup_of(office.database, tmp_path / "kotra-invest-20261201.sqlite3")
    where = ["--db", db] if db else []
    restored = _cli(*where, "db", "restore", str(backup), home=home, cwd=tmp_path)
    assert restored.returncode == 0, restored.stdout + restored.stderr
    made = tmp_path / db if db else home / "xdg-data" / "kotra-invest" / "kotra-invest.sqlite3"
    assert restored.stdout.strip() == f"Restored from {backup} into a new database: {made}"
    assert made.is_file()
    listed = _cli(*where, "investors", "list", home=home, cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert "Acme Robotics" in listed.stdout


def test_a_pack_in_a_folder_named_with_percent_and_question_mark_opens_by_its_path(
    office: Home, tmp_path: Path
) -> None:
    folder = tmp_path / "100% 출장?"
    folder.mkdir()
    shutil.copyfile(office.pack, folder / "trip.kipack")
    listed = _cli("--db", "trip.kipack", "investors", "list", home=tmp_path, cwd=folder)
    assert listed.returncode == 0, listed.stderr
    assert "Acme Robotics" in listed.stdout
    info = _cli("pack", "info", str(folder / "trip.kipack"), "--json", home=tmp_path)
    assert info.returncode == 0, info.stderr
    assert str(office.mission.delegation) in info.stdout


# --- files written under the name of their format ----------------------------------------------


@dataclasses.dataclass
class Home:
    database: Path
    folder: Path
    mission: Mission
    deck: uuid.UUID  # deck.pdf on Acme Robotics
    minutes: uuid.UUID  # "minutes v2.1 final": a name with no extension
    pack: Path  # a pack with an edit made abroad: merging it would change home


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Home:
    folder = tmp_path_factory.mktemp("paths-home")
    database = folder / "home.sqlite3"
    ctx = Context(db=connect(sqlite_url(database)), actor="tester", source="test", lang="en")
    try:
        mission = build_home(ctx)
        deck = pdf(folder / "deck.pdf", "Robot arm plant")
        minutes = folder / "minutes v2.1 final"
        minutes.write_bytes(b"minutes of the meeting")
        rows = documents.add_documents(ctx, "investor", mission.acme, [deck, minutes]).added
        pack = folder / "trip.kipack"
        export_pack(dataclasses.replace(ctx, access_reason="test"), mission.delegation, pack)
    finally:
        ctx.db.dispose()
    abroad = open_pack_ctx(pack)
    try:
        edit(abroad, Investor, mission.borg, website="https://borg.example")
    finally:
        abroad.db.dispose()
    return Home(database, folder, mission, rows[0].id, rows[1].id, pack)


def _fingerprint(database: Path) -> str:
    """Every row of every table, hashed: equal means nothing was written, not even the access log."""
    digest = hashlib.sha256()
    with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as conn:
        tables = [  # a search index's virtual tables are read through the tables that hold their rows
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
            )
        ]
        for table in tables:
            for row in sorted(repr(r) for r in conn.execute(f'SELECT * FROM "{table}"')):
                digest.update(row.encode())
    return digest.hexdigest()


@pytest.mark.parametrize(
    ("args", "extension"),
    [
        (("pack", "export", "대전 AI", "{out}/trip.zip", "--reason", "trip"), ".kipack"),
        (("pack", "export", "대전 AI", "{out}/trip.sqlite3", "--reason", "trip"), ".kipack"),
        (("db", "backup", "{out}/home-copy.txt"), ".sqlite3"),
        (("db", "backup", "{out}/home-copy.kipack"), ".sqlite3"),
        (("documents", "get", "{deck}", "{out}/deck.txt"), ".pdf"),
        (("documents", "get", "{deck}", "{out}/deck.docx"), ".pdf"),
        (("pack", "merge", "{pack}", "--report", "{out}/conflicts.txt"), ".json"),
        (("pack", "merge", "{pack}", "--report", "{out}/conflicts.xlsx"), ".json"),
    ],
)
def test_a_file_named_for_another_format_is_refused_and_nothing_is_written_or_changed(
    office: Home, tmp_path: Path, args: tuple[str, ...], extension: str
) -> None:
    before, files = _fingerprint(office.database), _files(tmp_path)
    values = {"out": str(tmp_path), "deck": str(office.deck), "pack": str(office.pack)}
    result = _cli("--db", str(office.database), *(a.format(**values) for a in args), home=tmp_path)
    _one_sentence(result, f"must end in {extension}", str(tmp_path))
    assert _files(tmp_path) == files
    assert _fingerprint(office.database) == before


@pytest.mark.parametrize(
    "args",
    [
        ("pack", "export", "대전 AI", "{out}", "--reason", "trip"),
        ("db", "backup", "{out}"),
        ("documents", "get", "{deck}", "{out}"),
        ("pack", "merge", "{pack}", "--report", "{out}"),
    ],
)
def test_a_folder_is_refused_as_the_file_to_write(office: Home, tmp_path: Path, args: tuple[str, ...]) -> None:
    before, files = _fingerprint(office.database), _files(tmp_path)
    values = {"out": str(tmp_path), "deck": str(office.deck), "pack": str(office.pack)}
    result = _cli("--db", str(office.database), *(a.format(**values) for a in args), home=tmp_path)
    _one_sentence(result, "folder", str(tmp_path))
    assert _files(tmp_path) == files
    assert _fingerprint(office.database) == before


@pytest.mark.parametrize(
    ("args", "written"),
    [
        (("pack", "export", "대전 AI", "{out}/trip", "--reason", "trip"), "trip.kipack"),
        (("db", "backup", "{out}/home-copy"), "home-copy.sqlite3"),
        (("documents", "get", "{deck}", "{out}/back"), "back.pdf"),
        (("documents", "get", "{deck}", "{out}/BACK.PDF"), "BACK.PDF"),
        (("documents", "get", "{minutes}", "{out}/notes.txt"), "notes.txt"),  # its name has no extension to keep
    ],
)
def test_a_name_without_an_extension_gets_its_formats(
    office: Home, tmp_path: Path, args: tuple[str, ...], written: str
) -> None:
    values = {"out": str(tmp_path), "deck": str(office.deck), "minutes": str(office.minutes)}
    result = _cli("--db", str(office.database), *(a.format(**values) for a in args), home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert str(tmp_path / written) in result.stdout
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("xdg-")) == [written]
    head = (tmp_path / written).read_bytes()[:16]
    assert head != b"" and (head[:5] == b"%PDF-") == written.lower().endswith(".pdf")
    if written.endswith(".sqlite3"):
        assert head == b"SQLite format 3\x00"
