"""The first step of every import through the desktop: File → Import…, the kind, the file."""

from __future__ import annotations

from pathlib import Path

from kotra_invest.ui.import_wizard import ImportWizard


def open_in_import_wizard(window: object, kind: str, path: Path, sheet: str | None = None) -> ImportWizard:
    """Open the import wizard from `window` (the main window's File → Import…), choose `kind` and
    open `path` (its `sheet`, when given) as an officer does; returns the wizard on its file page."""
    wizard = window.import_file()  # type: ignore[attr-defined]
    assert isinstance(wizard, ImportWizard)
    files = wizard.file_page
    files.kind.setCurrentIndex(files.kind.findData(kind))
    files.path.setText(str(path))
    assert files.open_file(sheet) if sheet is not None else files.open_file()
    return wizard
