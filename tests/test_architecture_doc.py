"""A newcomer's walk (issue 18): README links ARCHITECTURE.md, whose table names, for each kind of
change, the files to open, and each of them exists and holds what the table says it holds."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")


def _rows() -> dict[str, str]:
    table = DOC.split("## Where each kind of change goes", 1)[1].split("\n## ", 1)[0]
    rows = {}
    for line in table.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 2 and not set(cells[0]) <= {"-"} and cells[0] != "change":
            rows[cells[0].strip("*")] = cells[1]
    return rows


def _path(token: str) -> Path | None:
    """A backticked token that names a file or folder of the repository, else None."""
    token = token.split(" ", 1)[0].rstrip(",;:")
    if "/" not in token and not token.endswith((".py", ".md", ".ts")):
        return None
    if any(mark in token for mark in ("<", "NNNN", "*")):
        return None
    for base in (ROOT / "kotra_invest", ROOT):
        if (base / token).exists():
            return base / token
    return ROOT / "kotra_invest" / token  # does not exist: the test names it


def test_readme_links_the_architecture() -> None:
    assert "ARCHITECTURE.md" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_four_changes_a_newcomer_asks_about_are_in_the_table() -> None:
    rows = _rows()
    for change in ("add a field to investors", "add a CLI command", "add a page", "add a migration"):
        assert change in rows, change


def test_every_file_the_table_names_exists() -> None:
    missing = [
        (change, token)
        for change, files in _rows().items()
        for token in re.findall(r"`([^`]+)`", files)
        if (path := _path(token)) is not None and not path.exists()
    ]
    assert missing == []


def test_every_name_the_table_gives_is_in_the_file_it_names() -> None:
    # "`services/investors.py` (`InvestorDraft` and its validation)": the name is defined there.
    wrong = []
    for change, files in _rows().items():
        for token, names in re.findall(r"`([^`]+\.py)` \(([^)]*)\)", files):
            path = _path(token)
            if path is None or not path.is_file():
                continue
            text = path.read_text(encoding="utf-8")
            for name in re.findall(r"`([A-Za-z_][A-Za-z0-9_]*)`", names):
                if not re.search(rf"\b(class|def)\s+{name}\b|^{name}\b|\b{name}\s*[:=]", text, re.M):
                    wrong.append((change, token, name))
    assert wrong == []
