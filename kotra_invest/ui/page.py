"""What the main window may ask of every page: one declared API instead of looking methods up.

A page overrides what it has: `refresh` (reload after an edit anywhere), `changed` (after its
own change: reload, and tell the open windows; a page may reload less), `export_source` (the
list that File ▸ Export and Print take; None when the page shows no list), and the layout pair
(column widths and sort order kept between sessions), and `show_part` (a named tab brought
forward). The defaults do nothing, so a new page
is a `Page` from its first line and the window never needs `getattr` to talk to it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from kotra_invest.ui.list_export import ListSource
    from kotra_invest.ui.undo import Changed


class Page(QWidget):
    sig_records_changed = Signal(object)
    """What an action on this page changed (a `Changed`): the open record windows follow it."""

    def refresh(self) -> None:
        """Reload what the page shows."""

    def changed(self, what: Changed) -> None:
        """Every change made on this page, one way: the page reloads, the open record windows follow."""
        self.refresh()
        self.sig_records_changed.emit(what)

    def export_source(self) -> ListSource | None:
        """The list this page shows, as Export and Print take it; None: no list here."""
        return None

    def save_layout(self, settings: QSettings) -> None:
        """Keep the page's layout (column widths, sort) for the next session."""

    def restore_layout(self, settings: QSettings) -> None:
        """Put back what `save_layout` kept."""

    def show_part(self, part: str) -> None:
        """Bring a named part of the page forward (a search hit opens the enquiries tab); a page
        without parts ignores it."""
