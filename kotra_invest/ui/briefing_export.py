"""The briefing pack from the desktop: one dialog choosing PDF, Excel and the itinerary calendar
(.ics), the language and the folder; file names carry the delegation and its dates; when done,
Open file and Open folder."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui import background
from kotra_invest.ui.list_export import show_written

FORMATS = ("pdf", "xlsx", "ics")
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def file_stem(title: str, starts_on: date | None, ends_on: date | None, year: int) -> str:
    """'부산 수소 투자유치단 (미국) 2026-03-09–2026-03-13': the delegation and its dates, safe on Windows."""
    when = f"{starts_on.isoformat()}–{ends_on.isoformat()}" if starts_on and ends_on else str(year)
    name = _UNSAFE.sub(" ", title).strip().rstrip(".")
    return re.sub(r"\s+", " ", f"{name} {when}")[:150]


def assemble_pack(ctx: Context, delegation_id: uuid.UUID, lang: str) -> tuple[object, tuple[object, ...], object]:
    """The pack, its pre-flight problems and the items' edit counts for the calendar (on a worker thread)."""
    from kotra_invest.briefing.assemble import delegation_pack
    from kotra_invest.briefing.preflight import preflight
    from kotra_invest.services.calendar import itinerary_revisions

    pack = delegation_pack(ctx, delegation_id, lang)
    # The officer reads the list: in the desktop's language, whatever the pack's.
    return pack, tuple(preflight(pack, ctx.lang)), itinerary_revisions(ctx, delegation_id)


def write_pack(pack: object, revisions: object, folder: Path, stem: str, formats: tuple[str, ...]) -> list[Path]:
    """Render the assembled pack to each chosen format (on a worker thread)."""
    from kotra_invest.briefing.ics import write_itinerary_ics
    from kotra_invest.briefing.pdf import write_delegation_pdf
    from kotra_invest.briefing.xlsx import write_delegation_xlsx

    writers = {
        "pdf": write_delegation_pdf,
        "xlsx": write_delegation_xlsx,
        "ics": lambda content, path: write_itinerary_ics(content, path, revisions),
    }
    written = []
    for fmt in FORMATS:
        if fmt in formats:
            written.append(writers[fmt](pack, folder / f"{stem}.{fmt}"))
    return written


class BriefingDialog(QDialog):
    """Which files, in which language, into which folder; the names shown before writing."""

    def __init__(
        self,
        ctx: Context,
        delegation_id: uuid.UUID,
        titles: tuple[str, str | None],
        dates: tuple[date | None, date | None, int],
        parent: QWidget | None = None,
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.delegation_id = delegation_id
        self.titles = titles
        self.dates = dates
        self.written: list[Path] = []
        self.setWindowTitle(self.tr("Export briefing pack"))
        self.formats = {
            "pdf": QCheckBox(self.tr("PDF (to print and read)"), self),
            "xlsx": QCheckBox(self.tr("Excel workbook (to edit)"), self),
            "ics": QCheckBox(self.tr("Itinerary calendar (.ics, for Outlook and phones)"), self),
        }
        for fmt, box in self.formats.items():
            box.setObjectName(f"format_{fmt}")
            box.setChecked(fmt != "ics")
            box.toggled.connect(self._show_names)
        self.lang = QComboBox(self)
        self.lang.setObjectName("briefing_lang")
        self.lang.addItem("한국어", "ko")
        self.lang.addItem("English", "en")
        self.lang.setCurrentIndex(0 if ctx.lang == "ko" else 1)
        self.lang.currentIndexChanged.connect(self._show_names)
        self.folder = QLineEdit(str(folder or Path.home()), self)
        self.folder.setObjectName("briefing_folder")
        self.folder.textChanged.connect(self._show_names)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.folder, 1)
        where.addWidget(browse)
        self.names = QLabel(self)
        self.names.setObjectName("briefing_names")
        self.names.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b3261e;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.write_button = self.buttons.addButton(self.tr("Write"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.write_button.setObjectName("briefing_write")
        self.buttons.accepted.connect(self.write)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        for box in self.formats.values():
            form.addRow(box)
        form.addRow(self.tr("Language"), self.lang)
        form.addRow(self.tr("Folder"), where)
        form.addRow(self.tr("Files"), self.names)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._show_names()
        self.resize(560, 300)

    def chosen_formats(self) -> tuple[str, ...]:
        return tuple(fmt for fmt, box in self.formats.items() if box.isChecked())

    def stem(self) -> str:
        title_ko, title_en = self.titles
        title = title_en if self.lang.currentData() == "en" and title_en else title_ko
        return file_stem(title, *self.dates)

    def paths(self) -> list[Path]:
        folder = Path(self.folder.text().strip()).expanduser()
        return [folder / f"{self.stem()}.{fmt}" for fmt in self.chosen_formats()]

    def _show_names(self) -> None:
        self.names.setText("\n".join(p.name for p in self.paths()) or self.tr("Choose at least one file."))
        self.write_button.setEnabled(bool(self.chosen_formats()))

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the briefing pack"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def write(self) -> background.Job | None:
        formats = self.chosen_formats()
        if not formats:
            return None
        folder = Path(self.folder.text().strip()).expanduser()
        if not folder.is_dir():
            self.error.setText(self.tr("There is no folder %1.").replace("%1", str(folder)))
            return None
        ctx, delegation_id, lang, stem = self.ctx, self.delegation_id, self.lang.currentData(), self.stem()
        self.write_button.setEnabled(False)

        def failed(exc: Exception) -> None:
            self.write_button.setEnabled(True)
            self.error.setText(background.error_text(exc, self.ctx.lang))

        def assembled(result: object) -> None:
            pack, problems, revisions = result  # type: ignore[misc]
            if not problems:
                self._write_files(pack, revisions, folder, stem, formats, failed)
                return
            # What the leader should fix before the pack reaches a vice-minister: shown first,
            # written only if they choose to go ahead.
            from kotra_invest.ui.preflight import PreflightDialog

            self.preflight_dialog = PreflightDialog(problems, self)
            self.preflight_dialog.accepted.connect(
                lambda: self._write_files(pack, revisions, folder, stem, formats, failed)
            )
            self.preflight_dialog.rejected.connect(lambda: self.write_button.setEnabled(True))
            self.preflight_dialog.open()

        return background.start_with_progress(
            self,
            self.tr("Checking the briefing pack…"),
            lambda _p, _c: assemble_pack(ctx, delegation_id, lang),
            on_done=assembled,
            on_error=failed,
            cancellable=False,
        )

    def _write_files(
        self,
        pack: object,
        revisions: object,
        folder: Path,
        stem: str,
        formats: tuple[str, ...],
        failed: Callable[[Exception], None],
    ) -> background.Job:
        parent = self.parentWidget() or self

        def done(paths: object) -> None:
            self.written = list(paths)  # type: ignore[call-overload]
            self.accept()
            text = self.tr("Briefing pack written: %1").replace("%1", ", ".join(p.name for p in self.written))
            show_written(parent, self.written[0], text)

        return background.start_with_progress(
            self,
            self.tr("Writing the briefing pack…"),
            lambda _p, _c: write_pack(pack, revisions, folder, stem, formats),
            on_done=done,
            on_error=failed,
            cancellable=False,
        )
