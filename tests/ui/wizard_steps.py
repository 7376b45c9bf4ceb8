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


def checked_in_import_wizard(
    qtbot: object, window: object, kind: str, path: Path, on_duplicate: str | None = None
) -> ImportWizard:
    """Open `path` as `kind` (open_in_import_wizard), keep the columns found, and go on to the
    check page; with `on_duplicate`, choose what duplicates do there. Returns the wizard once its
    dry run has reported."""
    wizard = open_in_import_wizard(window, kind, path)
    wizard.next()
    assert wizard.mapping_page.isComplete()
    wizard.next()
    wizard.next()
    check = wizard.check_page
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=30_000)  # type: ignore[attr-defined]
    if on_duplicate is not None:
        check.on_duplicate.setCurrentIndex(check.on_duplicate.findData(on_duplicate))
        qtbot.waitUntil(lambda: wizard.report is not None, timeout=30_000)  # type: ignore[attr-defined]
    return wizard
