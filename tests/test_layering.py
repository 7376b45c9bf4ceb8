"""The architecture holds: Qt only in kotra_invest/ui, and the ui never touches the database directly."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "kotra_invest"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def _modules(inside_ui: bool) -> list[Path]:
    ui = PACKAGE / "ui"
    return [p for p in PACKAGE.rglob("*.py") if (ui in p.parents) == inside_ui]


def test_no_module_outside_ui_imports_qt() -> None:
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(n for n in _imports(path) if n.split(".")[0] in ("PySide6", "shiboken6"))
        for path in _modules(inside_ui=False)
    }
    assert {k: v for k, v in offenders.items() if v} == {}
    assert len(_modules(inside_ui=False)) > 10  # the scan really looked at the package


def test_ui_reaches_data_only_through_services() -> None:
    forbidden = ("sqlalchemy", "kotra_invest.store", "kotra_invest.domain.models")
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(n for n in _imports(path) if n.startswith(forbidden))
        for path in _modules(inside_ui=True)
    }
    assert {k: v for k, v in offenders.items() if v} == {}
    assert _modules(inside_ui=True)
