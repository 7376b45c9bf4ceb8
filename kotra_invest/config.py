"""Where the database is, who is working and in which language: resolved once per process."""

from __future__ import annotations

import getpass
import locale
import os
import re
from dataclasses import dataclass
from pathlib import Path, PurePath

from platformdirs import user_data_path

APP_NAME = "kotra-invest"
ENV_DB = "KOTRA_INVEST_DB"
ENV_USER = "KOTRA_INVEST_USER"
ENV_LANG = "KOTRA_INVEST_LANG"


def data_dir() -> Path:
    """The per-user data folder (e.g. ~/.local/share/kotra-invest on Linux)."""
    return user_data_path(APP_NAME, appauthor=False)


def default_database_url() -> str:
    return sqlite_url(data_dir() / "kotra-invest.sqlite3")


# A scheme of two characters or more: `C:\…` and `D:/…` are Windows drives, on every platform.
_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]+://")


def is_database_url(value: str) -> bool:
    """`scheme://…` (postgresql://…, sqlite:///…), as opposed to the path of a file."""
    return _URL.match(value) is not None


def url_file(path: PurePath) -> str:
    """`path` as the database part of an SQLAlchemy URL (what follows its third slash), in the
    form SQLAlchemy takes on the path's platform: /home/kim/k.sqlite3, C:/Users/kim/k.sqlite3.
    SQLAlchemy decodes `%xx` there and cuts the URL at `?`: those two are escaped, nothing else."""
    return path.as_posix().replace("%", "%25").replace("?", "%3F")


def sqlite_url(path: PurePath) -> str:
    """The URL of the SQLite file at `path`: sqlite:////home/kim/k.sqlite3, sqlite:///C:/Users/kim/k.sqlite3."""
    return f"sqlite:///{url_file(path)}"


def database_url(value: str) -> str:
    """Where the database is, as `--db`, KOTRA_INVEST_DB or a chosen file gives it, as a URL: a
    URL stays as it is; anything else is the path of an SQLite file (~ expanded, made absolute)."""
    if is_database_url(value):
        return value
    return sqlite_url(Path(os.path.abspath(Path(value).expanduser())))


def resolve_database_url(cli_value: str | None = None) -> str:
    """`--db` wins over KOTRA_INVEST_DB, which wins over the embedded default; each a path or a URL."""
    given = cli_value or os.environ.get(ENV_DB)
    return database_url(given) if given else default_database_url()


def current_login() -> str:
    login = os.environ.get(ENV_USER)
    if login:
        return login
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers and services
        return "officer"


def preferred_language() -> str:
    """`ko` or `en`: KOTRA_INVEST_LANG, else the system locale, else Korean (the officers' language)."""
    explicit = os.environ.get(ENV_LANG, "").lower()
    if explicit in ("ko", "en"):
        return explicit
    system = (os.environ.get("LC_ALL") or os.environ.get("LANG") or locale.getlocale()[0] or "").lower()
    if system.startswith("en"):
        return "en"
    return "ko" if system.startswith("ko") else "en"


@dataclass(frozen=True)
class Settings:
    database_url: str
    login: str
    lang: str

    @classmethod
    def resolve(cls, db: str | None = None, lang: str | None = None) -> Settings:
        return cls(resolve_database_url(db), current_login(), lang or preferred_language())
