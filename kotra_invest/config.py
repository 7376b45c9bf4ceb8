"""Where the database is, who is working and in which language: resolved once per process."""

from __future__ import annotations

import getpass
import locale
import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "kotra-invest"
ENV_DB = "KOTRA_INVEST_DB"
ENV_USER = "KOTRA_INVEST_USER"
ENV_LANG = "KOTRA_INVEST_LANG"


def data_dir() -> Path:
    """The per-user data folder (e.g. ~/.local/share/kotra-invest on Linux)."""
    return user_data_path(APP_NAME, appauthor=False)


def default_database_url() -> str:
    return f"sqlite:///{data_dir() / 'kotra-invest.sqlite3'}"


def resolve_database_url(cli_value: str | None = None) -> str:
    """`--db` wins over KOTRA_INVEST_DB, which wins over the embedded default."""
    return cli_value or os.environ.get(ENV_DB) or default_database_url()


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
