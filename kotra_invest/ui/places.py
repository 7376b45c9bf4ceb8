"""Picking where a delegation goes: country → city from the reference list, the city's time zone
filled in; a city not on the list is typed and its zone picked from the zone list."""

from __future__ import annotations

from functools import cache
from zoneinfo import available_timezones

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from kotra_invest.domain.cities import cities_of, find_city
from kotra_invest.services.delegations import DestinationDraft
from kotra_invest.services.read_models import ReferenceItem


@cache
def all_zones() -> tuple[str, ...]:
    """Every IANA zone a city can be in (no aliases like 'US/Pacific' or 'Etc/…')."""
    return tuple(sorted(z for z in available_timezones() if "/" in z and not z.startswith(("Etc/", "SystemV/", "US/"))))


class DestinationPicker(QWidget):
    """Country, city (listed or typed), zone; Add puts the stop on the list below, in order."""

    sig_changed = Signal()
    """The list of destinations changed."""

    def __init__(self, countries: list[ReferenceItem], lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.country = QComboBox(self)
        self.country.setObjectName("destination_country")
        for item in sorted(countries, key=lambda c: c.name_ko if lang == "ko" else c.name_en):
            self.country.addItem(item.name_ko if lang == "ko" else item.name_en, item.code)
        self.city = QComboBox(self)
        self.city.setObjectName("destination_city")
        self.city.setEditable(True)  # a city not on the list is typed
        self.city.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone = QComboBox(self)
        self.zone.setObjectName("destination_zone")
        self.zone.setEditable(True)
        self.zone.addItems(all_zones())
        completer = QCompleter(list(all_zones()), self.zone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.zone.setCompleter(completer)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setObjectName("destination_add")
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName("destination_remove")
        self.chosen = QListWidget(self)
        self.chosen.setObjectName("destination_list")
        self.chosen.setMaximumHeight(90)
        self.hint = QLabel(self)
        self.hint.setStyleSheet("color: palette(mid);")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("Country"), self), 0, 0)
        grid.addWidget(self.country, 0, 1)
        grid.addWidget(QLabel(self.tr("City"), self), 0, 2)
        grid.addWidget(self.city, 0, 3)
        grid.addWidget(QLabel(self.tr("Time zone"), self), 1, 0)
        grid.addWidget(self.zone, 1, 1, 1, 3)
        grid.addWidget(self.add_button, 0, 4)
        grid.addWidget(self.remove_button, 1, 4)
        grid.addWidget(self.chosen, 2, 0, 1, 5)
        grid.addWidget(self.hint, 3, 0, 1, 5)
        self.country.currentIndexChanged.connect(self._fill_cities)
        self.city.currentTextChanged.connect(self._city_changed)
        self.add_button.clicked.connect(self.add_current)
        self.remove_button.clicked.connect(self.remove_selected)
        self._fill_cities()

    def _fill_cities(self) -> None:
        code = self.country.currentData() or ""
        self.city.blockSignals(True)
        self.city.clear()
        for city in cities_of(code):
            self.city.addItem(city.name(self.lang), city)
        self.city.blockSignals(False)
        self._city_changed(self.city.currentText())

    def _city_changed(self, text: str) -> None:
        listed = find_city(self.country.currentData() or "", text)
        if listed is not None:
            self.zone.setCurrentText(listed.time_zone)
            self.hint.setText(
                self.tr("Time zone of %1: %2").replace("%1", listed.name(self.lang)).replace("%2", listed.time_zone)
            )
        else:
            self.hint.setText(self.tr("A city not on the list: pick its time zone."))

    def pick(self, country_code: str, city: str) -> None:
        """Choose a country and a city (as a user would with the two lists)."""
        self.country.setCurrentIndex(max(0, self.country.findData(country_code)))
        self.city.setCurrentText(city)

    def add_current(self) -> DestinationDraft | None:
        code = self.country.currentData()
        text = self.city.currentText().strip()
        if not code or not text:
            return None
        listed = find_city(code, text)
        draft = (
            DestinationDraft(code, listed.name_en, listed.time_zone, listed.name_ko)
            if listed is not None
            else DestinationDraft(code, text, self.zone.currentText().strip())
        )
        self._append(draft)
        self.sig_changed.emit()
        return draft

    def _append(self, draft: DestinationDraft) -> None:
        shown = draft.city_ko if self.lang == "ko" and draft.city_ko else draft.city
        item = QListWidgetItem(f"{shown} ({draft.country_code}) — {draft.time_zone}")
        item.setData(Qt.ItemDataRole.UserRole, draft)
        self.chosen.addItem(item)

    def remove_selected(self) -> None:
        row = self.chosen.currentRow()
        if row >= 0:
            self.chosen.takeItem(row)
            self.sig_changed.emit()

    def set_destinations(self, drafts: tuple[DestinationDraft, ...]) -> None:
        self.chosen.clear()
        for draft in drafts:
            self._append(draft)

    def destinations(self) -> tuple[DestinationDraft, ...]:
        return tuple(self.chosen.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.chosen.count()))
