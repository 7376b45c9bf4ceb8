"""Where the desktop writes a file: the Save dialog, and the file named for its format.

The Save dialog gives back what the officer typed: "trip" for a mission pack is a file named trip,
which Windows opens with nothing and the Open dialog's *.kipack filter does not show. Every Save
dialog goes through `ask_save_path`, which adds the format's extension when the name does not
end with it ("Q3.v2" becomes "Q3.v2.xlsx", as Excel's Save As does; nothing the officer typed is
replaced). The command line refuses a wrong extension instead (commands._shared.output_file):
there the officer can retype, here the dialog is already closed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from kotra_invest.ui.forms import confirm


def named_for(path: Path, extension: str) -> Path:
    """`path` with `extension` (".kipack") added unless its name already ends with it, in any case."""
    if path.name.lower().endswith(extension.lower()):
        return path
    return path.with_name(path.name + extension)


def ask_save_path(
    parent: QWidget, title: str, suggested: Path | str, file_filter: str, extension: str | None
) -> Path | None:
    """Ask where to write a file of one format (`extension`; None: a name is taken as typed, for
    a file of no known format); None when the officer cancels. A name completed with its
    extension that is an existing file is asked about again: the dialog asked about replacing
    the name typed, not this one."""
    chosen, _f = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    if not chosen:
        return None
    path = named_for(Path(chosen), extension) if extension else Path(chosen)
    if path != Path(chosen) and path.exists():
        question = QCoreApplication.translate("SaveAs", "%1 already exists. Replace it?").replace("%1", path.name)
        if not confirm(parent, title, question):
            return None
    return path
