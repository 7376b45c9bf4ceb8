"""The Dashboard page driven as an officer would, on real SQLite databases (offscreen)."""

from __future__ import annotations

import subprocess
import sys
import uuid
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kotra_invest.demo import generate_demo
from kotra_invest.domain.enums import DelegationStatus
from kotra_invest.formatting import usd
from kotra_invest.services.dashboard import UNASSIGNED, overdue_tasks, upcoming_trips, year_figures
from kotra_invest.services.database import connect
from kotra_invest.services.delegations import DelegationDraft, DestinationDraft, create_delegation
from kotra_invest.services.read_models import Amounts
from kotra_invest.services.unit_of_work import Context
from kotra_invest.store.engine import Database
from kotra_invest.ui.app import load_fonts
from kotra_invest.ui.dashboard import DashboardPage

TODAY = date(2026, 11, 25)  # the demo data's today
TS = Path(__file__).resolve().parents[2] / "kotra_invest" / "resources" / "translations" / "kotra_invest_ko.ts"


@pytest.fixture
def demo_db(sqlite_url: str) -> Iterator[Database]:
    db = connect(sqlite_url)
    generate_demo(Context(db, "demo", "demo"), today=TODAY)
    yield db
    db.dispose()


@pytest.fixture
def empty_db(sqlite_url: str) -> Iterator[Database]:
    db = connect(sqlite_url)
    yield db
    db.dispose()


@pytest.fixture(autouse=True)
def _fonts(qapp: QApplication) -> None:
    load_fonts()


def _page(qtbot: QtBot, db: Database, lang: str = "en", login: str = "park.jihoon") -> DashboardPage:
    page = DashboardPage(Context(db, login, "desktop", lang), today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1180, 760)
    with qtbot.waitSignal(page.sig_loaded, timeout=10_000):
        page.show()  # the first show loads the current year
    return page


def test_tiles_and_charts_show_the_figures_the_service_computes(qtbot: QtBot, demo_db: Database) -> None:
    page = _page(qtbot, demo_db)
    figures = year_figures(Context(demo_db, "park.jihoon", lang="en"), 2026)

    assert page.year == 2026 and "2026" in page.title.text()
    assert page.tile_delegations.value.text() == f"{figures.delegations.counted} / 36"
    assert f"Dispatched {figures.delegations.dispatched}" in page.tile_delegations.sub.text()
    assert page.tile_notified.value.text() == usd(figures.fdi_total.notified_usd, "en")
    assert page.tile_notified.value.text().startswith("USD ") and page.tile_notified.value.text().endswith(" M")
    assert page.tile_arrived.value.text() == usd(figures.fdi_total.arrived_usd, "en")
    share = figures.fdi_non_capital.notified_usd * 100 / figures.fdi_total.notified_usd
    assert page.tile_non_capital.value.text() == f"{share:.1f}%"

    shown = page.delegation_panel.values()
    for code, name in figures.names.regions.items():
        tally = figures.delegations_by_region_tally.get(code)
        label = name.replace("Special Self-Governing Province", "Special Province")
        assert shown["Dispatched"][label] == (tally.dispatched if tally else 0)
        assert shown["Planned"][label] == (tally.planned if tally else 0)

    fdi = page.fdi_panel.values()
    assert fdi["Notified (신고)"]["Capital Region"] == pytest.approx(
        float(figures.fdi_by_region["CAP"].notified_usd) / 1e6
    )
    assert fdi["Arrived (도착)"]["Honam"] == pytest.approx(float(figures.fdi_by_region["HN"].arrived_usd) / 1e6)

    pipeline = page.pipeline_panel.values()
    assert pipeline["Won"]["Notified (신고)"] == figures.projects_by_stage["NOTIFIED"]
    assert pipeline["Open"]["Meeting"] == figures.projects_by_stage["MEETING"]
    assert pipeline["Open"]["Notified (신고)"] == 0  # a won stage is drawn in the won colour only

    trips = upcoming_trips(Context(demo_db, lang="en"), TODAY)
    assert page.trips.tree.topLevelItemCount() == len(trips) > 0
    assert trips[0].title in page.trips.tree.topLevelItem(0).text(1)
    overdue = overdue_tasks(Context(demo_db, "park.jihoon", lang="en"), TODAY)
    assert page.tasks.tree.topLevelItemCount() == len(overdue.rows) > 0
    assert page.tasks.title.text() == f"My overdue tasks ({overdue.total})"


def test_fdi_chart_switches_to_industry_and_fez(qtbot: QtBot, demo_db: Database) -> None:
    page = _page(qtbot, demo_db)
    figures = year_figures(Context(demo_db, "park.jihoon", lang="en"), 2026)

    page.fdi_view.setCurrentIndex(page.fdi_view.findData("fez"))
    by_fez = page.fdi_panel.values()["Notified (신고)"]
    assert list(by_fez) == list(figures.names.fezs.values())
    assert by_fez["Ulsan FEZ"] == pytest.approx(float(figures.fdi_by_fez.get("UFEZ", Amounts()).notified_usd) / 1e6)
    assert "Outside any FEZ" in page.fdi_panel.note.text()
    assert usd(figures.fdi_by_fez[UNASSIGNED].notified_usd, "en") in page.fdi_panel.note.text()

    page.fdi_view.setCurrentIndex(page.fdi_view.findData("industry"))
    by_industry = page.fdi_panel.values()["Notified (신고)"]
    biggest = max(figures.fdi_by_industry.items(), key=lambda kv: kv[1].notified_usd)
    assert next(iter(by_industry)) == figures.names.industries.get(biggest[0], "Industry not set")  # largest first

    assert len(page.fdi_panel.chart.axes()) == 2  # switching views reuses the axes: no overlapping old ones
    page.delegation_view.setCurrentIndex(page.delegation_view.findData("industry"))
    by_industry_trips = page.delegation_panel.values()["Dispatched"]
    assert sum(by_industry_trips.values()) == figures.delegations.dispatched


def test_korean_amounts_and_labels_in_the_korean_ui(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> None:
    qm = tmp_path / "kotra_invest_ko.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(TS), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    try:
        page = _page(qtbot, demo_db, lang="ko")
    finally:
        app.removeTranslator(translator)
    figures = year_figures(Context(demo_db, "park.jihoon", lang="ko"), 2026)

    assert page.title.text() == "2026년 투자유치 현황"
    assert page.tile_notified.caption.text() == "외국인투자 신고"
    notified = page.tile_notified.value.text()
    assert notified == usd(figures.fdi_total.notified_usd, "ko") and "억" in notified and notified.endswith(" 달러")
    assert page.tile_delegations.value.text() == f"{figures.delegations.counted} / 36건"
    fdi = page.fdi_panel.values()
    assert list(fdi) == ["신고", "도착"]
    # Korean charts count in 억 달러 (100 million USD), the way officers read amounts.
    assert fdi["신고"]["수도권"] == pytest.approx(float(figures.fdi_by_region["CAP"].notified_usd / Decimal(10**8)))
    assert "강원특별자치도" in page.delegation_panel.values()["파견"]
    assert page.pipeline_panel.categories[0] == "잠재 발굴"


def test_year_selector_reloads_the_figures_of_that_year(qtbot: QtBot, demo_db: Database) -> None:
    page = _page(qtbot, demo_db)
    this_year = page.tile_delegations.value.text()
    figures_2025 = year_figures(Context(demo_db, "park.jihoon", lang="en"), 2025)

    with qtbot.waitSignal(page.sig_loaded, timeout=10_000):
        page.year_box.setFocus()
        qtbot.keyClick(page.year_box, Qt.Key.Key_Down)  # the list runs newest first: one down is 2025

    assert page.year == 2025 and page.data is not None and page.data.figures.year == 2025
    assert "2025" in page.title.text()
    assert page.tile_delegations.value.text() == f"{figures_2025.delegations.counted} / 36"
    assert page.tile_delegations.value.text() != this_year or figures_2025.delegations.counted == 0


def test_enter_on_an_upcoming_trip_asks_to_open_that_delegation(qtbot: QtBot, empty_db: Database) -> None:
    ctx = Context(empty_db, "tester", "test", "en")
    first = create_delegation(
        ctx,
        DelegationDraft(
            title="울산 수소 투자유치단",
            title_en="Ulsan hydrogen delegation",
            year=2026,
            lead_province_codes=("KR-31",),
            starts_on=date(2026, 12, 1),
            ends_on=date(2026, 12, 6),
            status=DelegationStatus.CONFIRMED,
            destinations=(DestinationDraft("DE", "Munich", "Europe/Berlin"),),
        ),
    )
    second = create_delegation(
        ctx,
        DelegationDraft(
            title="부산 물류 투자유치단",
            year=2027,
            lead_province_codes=("KR-26",),
            starts_on=date(2027, 3, 2),
            ends_on=date(2027, 3, 8),
        ),
    )
    page = _page(qtbot, empty_db, login="tester")
    tree = page.trips.tree
    assert tree.topLevelItemCount() == 2
    assert "Ulsan hydrogen delegation" in tree.topLevelItem(0).text(1) and "Munich (DE)" in tree.topLevelItem(0).text(1)
    assert tree.topLevelItem(0).text(0) == "In 6 days"

    tree.setFocus()
    with qtbot.waitSignal(page.sig_open_record) as opened:
        qtbot.keyClick(tree, Qt.Key.Key_Down)
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert opened.args == ["delegation", second]
    with qtbot.waitSignal(page.sig_open_record) as opened:
        centre = tree.visualItemRect(tree.topLevelItem(0)).center()
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)  # a double-click starts with a press
        qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert opened.args == ["delegation", first]
    assert isinstance(opened.args[1], uuid.UUID)


def test_activating_an_overdue_task_asks_to_open_the_task(qtbot: QtBot, demo_db: Database) -> None:
    page = _page(qtbot, demo_db)
    expected = overdue_tasks(Context(demo_db, "park.jihoon", lang="en"), TODAY).rows[0]
    assert page.tasks.tree.topLevelItem(0).text(0) == f"{expected.days_overdue} d late"
    page.tasks.tree.setFocus()
    with qtbot.waitSignal(page.sig_open_record) as opened:
        qtbot.keyClick(page.tasks.tree, Qt.Key.Key_Return)
    assert opened.args == ["task", expected.id]


def test_an_empty_database_shows_friendly_no_data_states(qtbot: QtBot, empty_db: Database) -> None:
    page = _page(qtbot, empty_db, login="nobody")

    assert page.tile_delegations.value.text() == "0 / 36"
    assert page.tile_notified.value.text() == "USD 0.0 M"
    assert page.tile_non_capital.value.text() == "—"
    for panel in (page.delegation_panel, page.fdi_panel, page.pipeline_panel):
        assert panel.is_empty and panel.empty.text()
    assert "No delegations for 2026" in page.delegation_panel.empty.text()
    page.fdi_view.setCurrentIndex(page.fdi_view.findData("fez"))  # switching views on no data is fine
    assert page.fdi_panel.is_empty
    assert page.trips.stack.currentWidget() is page.trips.empty and page.trips.empty.text() == "No trips ahead."
    assert page.tasks.stack.currentWidget() is page.tasks.empty
    page.grab()  # paints without a crash


def test_refresh_while_a_load_is_in_flight_shows_the_latest_only(qtbot: QtBot, demo_db: Database) -> None:
    page = _page(qtbot, demo_db)
    loads: list[int] = []
    page.sig_loaded.connect(lambda: loads.append(page.data.figures.year if page.data else 0))

    page.refresh()
    page.refresh()  # F5 twice: the first load is cancelled and its result dropped
    page.set_year(2025)
    assert page.is_loading and page.progress.isVisible() and page.cancel_button.isVisible()
    qtbot.waitUntil(lambda: not page.is_loading, timeout=10_000)
    qtbot.waitUntil(lambda: bool(loads))
    assert loads == [2025]

    page.refresh()
    job = page._job
    assert job is not None
    page.cancel()  # the officer changed their mind: the figures on screen stay
    assert not page.is_loading and not page.cancel_button.isVisible()
    assert page.data is not None and page.data.figures.year == 2025
    qtbot.waitUntil(lambda: job.done, timeout=10_000)  # the cancelled job reports; its result is dropped
    assert loads == [2025]


def test_f5_reloads(qtbot: QtBot, demo_db: Database) -> None:
    page = _page(qtbot, demo_db)
    page.trips.tree.setFocus()
    with qtbot.waitSignal(page.sig_loaded, timeout=10_000):
        qtbot.keyClick(page.trips.tree, Qt.Key.Key_F5)


def test_a_failed_load_says_so_in_words_and_keeps_the_figures(qtbot: QtBot, demo_db: Database) -> None:
    page = _page(qtbot, demo_db)
    shown = page.tile_notified.value.text()
    with demo_db.engine.begin() as conn:  # the file is damaged under the app's feet
        conn.exec_driver_sql("ALTER TABLE fdi_amount RENAME TO fdi_amount_gone")

    page.refresh()
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=10_000)

    assert "Traceback" not in page.error.text() and page.error.text()
    assert not page.is_loading and not page.progress.isVisible()
    assert page.tile_notified.value.text() == shown


def test_tab_walks_year_refresh_chart_switches_and_the_lists(qtbot: QtBot, demo_db: Database) -> None:
    page = _page(qtbot, demo_db)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.year_box.setFocus()
    seen = [QApplication.focusWidget()]
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    expected = [page.year_box, page.refresh_button, page.delegation_view, page.fdi_view, page.trips.tree]
    assert seen == [*expected, page.tasks.tree]


def test_on_a_small_screen_the_value_axes_keep_readable_numbers(qtbot: QtBot, demo_db: Database) -> None:
    """At 1366x768 the pipeline card is ~270 px wide: its axis read "0 … … …" (Qt elides a label with
    no room). Fewer ticks then, each with room for its number and a few characters of space."""
    from PySide6.QtGui import QFontMetrics

    page = _page(qtbot, demo_db)

    def ticks(panel: object) -> tuple[int, bool]:
        axis = panel._axis_x  # type: ignore[attr-defined]
        metrics = QFontMetrics(axis.labelsFont())
        step = (axis.max() - axis.min()) / (axis.tickCount() - 1)
        widest = max(metrics.horizontalAdvance(f"{axis.min() + i * step:g}") for i in range(axis.tickCount()))
        room = panel.chart.plotArea().width() / (axis.tickCount() - 1)  # type: ignore[attr-defined]
        return axis.tickCount(), widest + 3 * metrics.averageCharWidth() <= room

    for width in (1180, 1000):
        page.resize(width, 690)
        QApplication.processEvents()
        for panel in (page.delegation_panel, page.fdi_panel, page.pipeline_panel):
            count, readable = ticks(panel)
            assert readable, (width, panel.title.text(), count)
    page.resize(1800, 900)
    QApplication.processEvents()
    assert ticks(page.pipeline_panel)[0] >= 4  # room again: more ticks come back


def test_the_first_load_waits_for_the_first_paint_and_cancel_before_it_stops_it(
    qtbot: QtBot, demo_db: Database
) -> None:
    page = DashboardPage(Context(demo_db, "park.jihoon", "desktop", "en"), today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    # Shown, not painted yet: the first frame already says it is loading, and offers Cancel.
    assert page.is_loading and page.status.text() == "Loading…" and page.cancel_button.isVisible()
    assert page._job is None  # but no worker yet: it would hold the GIL against the first paint
    page.cancel()
    assert not page.is_loading and page.status.text() == "Cancelled" and not page.cancel_button.isVisible()
    qtbot.wait(600)  # past the first paint and FIRST_LOAD_LATEST_MS: the cancelled load never starts
    assert page.data is None and not page.is_loading
    with qtbot.waitSignal(page.sig_loaded, timeout=10_000):
        page.refresh()  # F5 loads as usual
    assert page.data is not None
