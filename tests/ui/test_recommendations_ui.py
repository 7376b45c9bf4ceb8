"""A delegation leader's recommendations, through the real widgets: open the delegation, open its
recommendations, read the reasons, add two to the investors to meet, dismiss one; the day-plan
hint places them on the itinerary's cities, and only the leader's click writes it."""

from __future__ import annotations

import threading
import uuid
from datetime import date, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QDialogButtonBox, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from kotra_invest.domain.enums import ItineraryKind
from kotra_invest.services import delegations, recommendations
from kotra_invest.services.delegations import (
    DelegationDraft,
    DestinationDraft,
    ItineraryDraft,
    add_itinerary_item,
    create_delegation,
)
from kotra_invest.services.investor_sites import SiteDraft
from kotra_invest.services.investors import InvestorDraft, create_investor, get_investor, investor_page
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui.delegations import DelegationWindow
from kotra_invest.ui.investor_page import InvestorWindow
from kotra_invest.ui.investors import InvestorEditor
from kotra_invest.ui.main_window import MainWindow
from kotra_invest.ui.recommend_weights import WeightsDialog
from kotra_invest.ui.recommendations import RecommendationsPanel


def _click(qtbot: QtBot, parent: QWidget, text: str) -> None:
    button = next(b for b in parent.findChildren(QPushButton) if b.text().replace("&", "") == text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _ranked(qtbot: QtBot, panel: RecommendationsPanel) -> None:
    """The ranking runs on a worker thread (the window stays free meanwhile): wait for it."""
    qtbot.waitUntil(lambda: not panel.is_loading, timeout=10_000)


def _trip(ctx: Context) -> tuple[uuid.UUID, dict[str, uuid.UUID]]:
    ids = {
        "alpha": create_investor(
            ctx, InvestorDraft(name="Alpha Robotics", country_code="US", industry_code="ROBOT", hq_city="San Jose")
        ),
        "bravo": create_investor(
            ctx,
            InvestorDraft(
                name="Bravo Automation",
                country_code="US",
                industry_code="ROBOT",
                hq_city="Boston",
                sites=(SiteDraft("KR-30"),),
            ),
        ),
        "delta": create_investor(
            ctx, InvestorDraft(name="Delta Robotik", country_code="DE", industry_code="ROBOT", hq_city="Munich")
        ),
    }
    delegation = create_delegation(
        ctx,
        DelegationDraft(
            title="대전 로봇 투자유치단",
            title_en="Daejeon Robotics Delegation",
            year=2027,
            lead_province_codes=("KR-30",),
            target_industry_code="ROBOT",
            starts_on=date(2027, 3, 1),
            ends_on=date(2027, 3, 6),
            destinations=(
                DestinationDraft("US", "San Jose", "America/Los_Angeles"),
                DestinationDraft("US", "Boston", "America/New_York"),
            ),
        ),
    )
    for day, city, zone in ((2, "San Jose", "America/Los_Angeles"), (4, "Boston", "America/New_York")):
        add_itinerary_item(
            ctx,
            delegation,
            ItineraryDraft(ItineraryKind.IR_SEMINAR, f"IR in {city}", datetime(2027, 3, day, 14), zone, city=city),
        )
    return delegation, ids


def test_leader_reads_reasons_adds_two_dismisses_one_and_plans_the_days(
    qtbot: QtBot, window: MainWindow, ctx: Context
) -> None:
    delegation_id, ids = _trip(ctx)
    delegation = window.open_record("delegation", delegation_id)
    assert isinstance(delegation, DelegationWindow)
    panel = delegation.recommendations
    assert isinstance(panel, RecommendationsPanel)
    assert not panel.loaded  # ranked only when the leader opens the tab
    tab_bar = delegation.tabs.tabBar()
    index = delegation.tabs.indexOf(panel)
    assert delegation.tabs.tabText(index) == "Recommendations"
    qtbot.mouseClick(tab_bar, Qt.MouseButton.LeftButton, pos=tab_bar.tabRect(index).center())
    assert panel.loaded and panel.isVisible()
    assert panel.is_loading and panel.intro.text() == "Ranking the investors…"  # the window is not frozen meanwhile
    _ranked(qtbot, panel)

    shown = {panel.table.item(r, 0).text(): panel.table.item(r, 3).text() for r in range(panel.table.rowCount())}
    assert list(shown) == [
        "Bravo Automation",
        "Alpha Robotics",
        "Delta Robotik",
    ]  # its Daejeon site tips Bravo over Alpha
    assert "Robotics (the delegation's industry)" in shown["Alpha Robotics"]
    assert "HQ in San Jose, on the itinerary 2 Mar" in shown["Alpha Robotics"]
    assert "HQ in Boston, on the itinerary 4 Mar" in shown["Bravo Automation"]
    assert "already invests in Daejeon" in shown["Bravo Automation"]
    assert "Delta Robotik" in shown

    for key in ("alpha", "bravo"):
        assert panel.select_investor(ids[key])
        _click(qtbot, panel, "Add to investors to meet")
        _ranked(qtbot, panel)
    assert panel.select_investor(ids["delta"])
    _click(qtbot, panel, "Dismiss for this trip")
    _ranked(qtbot, panel)

    page = delegations.delegation_page(ctx, delegation_id)
    assert sorted(t.investor for t in page.targets) == ["Alpha Robotics", "Bravo Automation"]
    assert delegation.targets.rowCount() == 2
    assert panel.table.rowCount() == 0  # chosen ones leave the list; the dismissed one too
    assert recommendations.recommend(ctx, delegation_id) == []  # and it stays dismissed
    delegation.undo_stack.undo()  # undo the dismissal: it comes back
    _ranked(qtbot, panel)
    assert [panel.table.item(r, 0).text() for r in range(panel.table.rowCount())] == ["Delta Robotik"]
    delegation.undo_stack.redo()
    _ranked(qtbot, panel)
    assert panel.table.rowCount() == 0

    # The day-plan hint: each investor to meet on its HQ's city, on the day the itinerary is there.
    plan = {}
    for row in range(panel.plan.rowCount()):
        day, city = panel.plan.cellWidget(row, 1), panel.plan.cellWidget(row, 2)
        assert isinstance(day, QDateEdit) and isinstance(city, QComboBox)
        plan[panel.plan.item(row, 0).text()] = (day.date().toString("yyyy-MM-dd"), city.currentText())
    assert plan == {"Alpha Robotics": ("2027-03-02", "San Jose"), "Bravo Automation": ("2027-03-04", "Boston")}
    assert sum(len(d.items) for d in delegations.delegation_page(ctx, delegation_id).itinerary) == 2  # a draft only

    # The leader moves Bravo to the 5th, then puts the plan on the itinerary.
    bravo_row = next(r for r in range(panel.plan.rowCount()) if panel.plan.item(r, 0).text() == "Bravo Automation")
    bravo_day = panel.plan.cellWidget(bravo_row, 1)
    assert isinstance(bravo_day, QDateEdit)
    bravo_day.setDate(bravo_day.date().addDays(1))
    _click(qtbot, panel, "Put selected on the itinerary")
    _ranked(qtbot, panel)
    items = [
        (i.title, i.city, i.starts_local.date())
        for d in delegations.delegation_page(ctx, delegation_id).itinerary
        for i in d.items
        if i.investor
    ]
    assert sorted(items) == [
        ("Alpha Robotics", "San Jose", date(2027, 3, 2)),
        ("Bravo Automation", "Boston", date(2027, 3, 5)),
    ]
    assert panel.plan.rowCount() == 0  # both are on the itinerary now
    delegation.undo_stack.undo()
    assert sum(len(d.items) for d in delegations.delegation_page(ctx, delegation_id).itinerary) == 2


def test_the_investor_window_edits_the_hq_city_and_korean_sites(qtbot: QtBot, window: MainWindow, ctx: Context) -> None:
    investor_id = create_investor(ctx, InvestorDraft(name="Lindqvist AB", country_code="SE", industry_code="AI"))
    investor = window.open_record("investor", investor_id)
    assert isinstance(investor, InvestorWindow)
    edit = next(b for b in investor.findChildren(QPushButton) if b.text() == "&Edit…" and b.isVisible())
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    editor = next(w for w in QApplication.topLevelWidgets() if isinstance(w, InvestorEditor) and w.isVisible())
    qtbot.keyClicks(editor.hq_city, "Gothenburg")
    sites = editor.sites
    for row in range(sites.count()):  # type: ignore[attr-defined]
        item = sites.item(row)  # type: ignore[attr-defined]
        if item.text() in ("Daejeon", "Incheon (Incheon FEZ)"):
            item.setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(editor.sig_saved, timeout=10_000):
        editor.save()
    draft, _version = get_investor(ctx, investor_id)
    assert draft.hq_city == "Gothenburg"
    assert sorted(draft.sites, key=str) == sorted((SiteDraft("KR-30"), SiteDraft("KR-28", "IFEZ")), key=str)
    page = investor_page(ctx, investor_id)
    assert page.in_korea and page.korean_sites == ("Incheon (Incheon FEZ)", "Daejeon")
    qtbot.waitUntil(lambda: "Gothenburg" in investor.facts.text())
    assert "Incheon (Incheon FEZ), Daejeon" in investor.facts.text()


def _order(panel: RecommendationsPanel) -> list[str]:
    return [panel.table.item(r, 0).text() for r in range(panel.table.rowCount())]


def _open_weights(qtbot: QtBot, panel: RecommendationsPanel) -> WeightsDialog:
    _click(qtbot, panel, "Weights…")
    dialog = next(w for w in panel.findChildren(WeightsDialog) if w.isVisible())
    return dialog


def test_the_leader_changes_the_weights_and_the_order_follows(
    qtbot: QtBot, window: MainWindow, ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    delegation_id, _ids = _trip(ctx)
    delegation = window.open_record("delegation", delegation_id)
    assert isinstance(delegation, DelegationWindow)
    panel = delegation.recommendations
    delegation.tabs.setCurrentWidget(panel)
    _ranked(qtbot, panel)
    assert _order(panel) == ["Bravo Automation", "Alpha Robotics", "Delta Robotik"]  # Bravo's Daejeon site
    assert "Expansion potential 1" in panel.intro.text()

    # A word where a number belongs: named next to its field, nothing saved, the dialog stays.
    dialog = _open_weights(qtbot, panel)
    field = dialog.weight_fields["expansion"]
    assert field.text() == "1"
    field.clear()
    qtbot.keyClicks(field, "lots")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    error = dialog.findChild(QLabel, "error_weight_expansion")
    assert error is not None and error.isVisible()
    assert error.text() == "A weight is a number from -10 to 10 (e.g. 3, 0.5, -1): lots"
    assert dialog.isVisible() and recommendations.weights(ctx)["expansion"] == 1.0

    # Out of range is refused the same way; 0 leaves expansion out: Alpha and Bravo tie, by name.
    field.clear()
    qtbot.keyClicks(field, "11")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert error.isVisible() and error.text().endswith(": 11")
    field.clear()
    qtbot.keyClicks(field, "0")
    with qtbot.waitSignal(dialog.sig_saved, timeout=10_000):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    _ranked(qtbot, panel)
    assert _order(panel) == ["Alpha Robotics", "Bravo Automation", "Delta Robotik"]
    assert recommendations.weights(ctx)["expansion"] == 0.0
    assert "Expansion potential 0" in panel.intro.text()
    assert "already invests in Daejeon" not in panel.table.item(1, 3).text()  # a zero weight drops its reason

    # Undo puts the weights and the order back; redo again.
    assert delegation.undo_stack.undoText() == "Change the recommendation weights"
    delegation.undo_stack.undo()
    _ranked(qtbot, panel)
    assert recommendations.weights(ctx)["expansion"] == 1.0
    assert _order(panel) == ["Bravo Automation", "Alpha Robotics", "Delta Robotik"]
    delegation.undo_stack.redo()
    _ranked(qtbot, panel)
    assert _order(panel)[0] == "Alpha Robotics"

    # Cancel leaves everything as it was (after the usual "discard your changes?").
    dialog = _open_weights(qtbot, panel)
    dialog.weight_fields["industry"].clear()
    qtbot.keyClicks(dialog.weight_fields["industry"], "-5")
    monkeypatch.setattr("kotra_invest.ui.forms.ask_discard", lambda _parent: True)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert recommendations.weights(ctx)["industry"] == 3.0 and _order(panel)[0] == "Alpha Robotics"

    # Reset to defaults fills the fields with the shipped weights.
    dialog = _open_weights(qtbot, panel)
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    assert {s: f.text() for s, f in dialog.weight_fields.items()} == {
        "industry": "3",
        "location": "3",
        "momentum": "1",
        "gap": "1",
        "expansion": "1",
        "risk": "-1",
    }
    dialog.reject()


def test_the_weights_dialog_speaks_korean_and_an_officer_only_reads_it(
    qtbot: QtBot, ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kotra_invest.ui import i18n

    assert i18n.install("ko")
    try:
        dialog = WeightsDialog("ko", recommendations.DEFAULT_WEIGHTS, may_change=False)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.windowTitle() == "추천 가중치"
        captions = [label.text() for label in dialog.findChildren(QLabel)]
        assert "산업 적합도 *" in captions and "위험 *" in captions
        assert dialog.general_error.text() == "관리자만 가중치를 바꿀 수 있습니다."
        assert dialog.weight_fields["industry"].isReadOnly()
        assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
        editable = WeightsDialog("ko", recommendations.DEFAULT_WEIGHTS, may_change=True)
        qtbot.addWidget(editable)
        editable.show()
        editable.weight_fields["gap"].setText("많이")
        editable.save()
        error = editable.findChild(QLabel, "error_weight_gap")
        assert error is not None and error.text() == "가중치는 -10부터 10 사이의 숫자여야 합니다(예: 3, 0.5, -1): 많이"
        monkeypatch.setattr("kotra_invest.ui.forms.ask_discard", lambda _parent: True)  # closing throws the input away
    finally:
        i18n.install("en")


def test_a_ranking_overtaken_by_a_later_change_is_dropped(
    qtbot: QtBot, window: MainWindow, ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two changes in a row start two rankings: the first, slower one finishing last must not put
    its stale list over the newer one."""
    delegation_id, _ids = _trip(ctx)
    delegation = window.open_record("delegation", delegation_id)
    assert isinstance(delegation, DelegationWindow)
    panel = delegation.recommendations
    delegation.tabs.setCurrentWidget(panel)
    _ranked(qtbot, panel)
    real = recommendations.recommend
    release, first_started, first_done = threading.Event(), threading.Event(), threading.Event()
    calls: list[int] = []

    def recommend(*args: Any, **kwargs: Any) -> list[Any]:
        calls.append(1)
        if len(calls) == 1:  # the first ranking: stuck until the second has been shown, then "nothing"
            first_started.set()
            release.wait(10)
            first_done.set()
            return []
        return real(*args, **kwargs)

    monkeypatch.setattr(recommendations, "recommend", recommend)
    pool = QThreadPool.globalInstance()
    threads = pool.maxThreadCount()
    pool.setMaxThreadCount(max(threads, 2))  # the stuck first ranking holds one worker
    panel.load()
    assert first_started.wait(10)
    panel.load()
    _ranked(qtbot, panel)
    assert _order(panel) == ["Bravo Automation", "Alpha Robotics", "Delta Robotik"]
    release.set()
    assert first_done.wait(10)
    QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.wait(50)  # the first job's result is delivered (and dropped) on the GUI thread
    pool.setMaxThreadCount(threads)
    assert _order(panel) == ["Bravo Automation", "Alpha Robotics", "Delta Robotik"]
