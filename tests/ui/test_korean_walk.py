"""The Korean UI speaks Korean: walk every page, record window and dialog, and fail on an English
word left on screen (proper names, codes and units allowed by list). Data typed by users (company
names in their original spelling) is not UI text and is not checked."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kotra_invest.domain.enums import InteractionKind, ItineraryKind
from kotra_invest.services import contacts, interactions, projects, records, tasks
from kotra_invest.services.delegations import (
    DelegationDraft,
    DestinationDraft,
    ItineraryDraft,
    add_itinerary_item,
    create_delegation,
)
from kotra_invest.services.investors import InvestorDraft, create_investor
from kotra_invest.services.officers import ensure_file_owner
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui import i18n

# Words allowed in the Korean UI: proper names, codes, units and file formats.
ALLOWED = {
    "kotra", "invest", "korea", "usd", "krw", "eur", "pdf", "xlsx", "csv", "ics", "excel", "outlook", "fez", "ctrl",
    "shift", "del", "esc", "alt", "enter", "tab", "space", "utc", "kst", "sqlite", "postgresql", "json", "id", "mou", "ir", "kbc",
    "moti", "motie", "cet", "cest", "pst", "pdt", "jst", "asia", "seoul", "europe", "warsaw", "america", "los", "angeles",
    "ai", "qt", "ok", "dpi", "url", "www", "https", "http", "com", "org", "tester", "gmbh", "ag", "sa", "ltd", "inc",
    "budapest", "kotra-invest", "english",
    "lindqvist", "erik", "sand",  # the names in the meeting editor's example of participants
}  # fmt: skip
# What the walk types as data (English company names keep their spelling), and "test", the source
# the tests write with (the history tab's column).
DATA = {"norvik", "robotics", "ab", "anna", "berg", "siemens", "healthineers", "cathode", "plant", "chungbuk", "battery",
        "warsaw", "norvik.se", "kick", "off", "test", "call", "back"}  # fmt: skip
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{2,}")


def _texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of every piece of UI chrome under `root` that is on screen."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisibleTo(root) and w is not root:
            continue
        where = f"{type(w).__name__}:{w.objectName()}"
        if w.isWindow() and w.windowTitle():
            yield where + "/title", w.windowTitle()
        if (isinstance(w, QLabel) and w.buddy() is not None) or isinstance(w, QLabel):
            yield where, re.sub(r"<[^>]+>", " ", w.text())
        elif isinstance(w, QAbstractButton):
            yield where, w.text()
        elif isinstance(w, QGroupBox):
            yield where, w.title()
        elif isinstance(w, QLineEdit):
            yield where + "/placeholder", w.placeholderText()
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield where + f"/tab{i}", w.tabText(i)
        elif isinstance(w, QTableView):
            model = w.model()
            if model is not None:
                for c in range(model.columnCount()):
                    yield where + f"/header{c}", str(model.headerData(c, w.horizontalHeader().orientation()) or "")
                # The cells too: the walk's own data is in DATA, so a stage, a kind or a status left
                # in English (an enum's value, a label never translated) shows up here.
                for r in range(min(model.rowCount(), 30)):
                    for c in range(model.columnCount()):
                        if not w.isColumnHidden(c):
                            yield where + f"/cell{r},{c}", str(model.index(r, c).data() or "")
        elif isinstance(w, QTreeWidget):
            header = w.headerItem()
            for c in range(w.columnCount()):
                yield where + f"/header{c}", header.text(c)
        elif isinstance(w, QComboBox) and not w.isEditable() and w.count() <= 12:
            for i in range(w.count()):
                yield where + f"/item{i}", w.itemText(i)
        if isinstance(w, QMenu):
            for action in w.actions():
                yield where + "/action", action.text()
    if hasattr(root, "menuBar"):
        for menu_action in root.menuBar().actions():  # type: ignore[attr-defined]
            yield "menubar", menu_action.text()
            menu = menu_action.menu()
            if menu is not None:
                for action in menu.actions():
                    yield "menu", action.text()


def _english(found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    bad = []
    for where, text in found:
        if not text or "://" in text or "@" in text:
            continue
        # Paths, zones, domains and file names are data, not words: "Europe/Amsterdam", "a.xlsx".
        prose = " ".join(token for token in text.replace("&", "").split() if not any(ch in token for ch in "/\\.@"))
        for word in WORD.findall(prose):
            if word.casefold().strip("'’-") not in ALLOWED | DATA and not word.isupper():
                bad.append((where, text))
                break
    return bad


@pytest.fixture
def ko(ctx: Context, qtbot: QtBot) -> Iterator[Context]:
    assert i18n.install("ko")
    yield replace(ctx, lang="ko")
    i18n.install("en")


def test_every_page_and_dialog_in_korean(qtbot: QtBot, ko: Context, tmp_path: Path) -> None:
    from kotra_invest.ui.briefing_export import BriefingDialog
    from kotra_invest.ui.delegations import DelegationsPage, DelegationWindow
    from kotra_invest.ui.investor_page import InvestorWindow
    from kotra_invest.ui.investors import InvestorsPage, OwnerDialog
    from kotra_invest.ui.main_window import PAGES, MainWindow
    from kotra_invest.ui.merge import MergeDialog
    from kotra_invest.ui.project_page import ProjectWindow
    from kotra_invest.ui.projects import MoveDialog, ProjectsPage

    ctx = ko
    ensure_file_owner(ctx)
    keep = create_investor(
        ctx,
        InvestorDraft(
            name="Siemens Healthineers",
            name_ko="지멘스 헬시니어스",
            country_code="DE",
            industry_code="BIO",
            owner_login=ctx.actor,
        ),
    )
    drop = create_investor(
        ctx, InvestorDraft(name="Norvik Robotics AB", website="https://norvik.se", owner_login=ctx.actor)
    )
    records.create(ctx, contacts.CONTACT, contacts.ContactDraft(full_name="Anna Berg", investor_id=keep))
    project = projects.create_project(ctx, projects.ProjectDraft(investor_id=keep, title="Cathode plant"))
    interactions.create_interaction(
        ctx,
        interactions.InteractionDraft(
            kind=InteractionKind.MEETING,
            occurred_at=datetime(2026, 3, 4, 5, tzinfo=UTC),
            summary="Kick off",
            investor_id=keep,
        ),
    )
    # Rows in the tables the walk reads: a tranche in another currency, a task, a dated stage move.
    projects.add_fdi_amount(
        ctx, project, projects.FdiAmountDraft(projects.FdiKind.NOTIFIED, "3000000", date(2026, 2, 1), "EUR")
    )
    projects.move_project(ctx, project, "MOU", on_date=date(2026, 1, 20))
    tasks.create_task(ctx, tasks.TaskDraft("Call back", date(2026, 4, 1), project_id=project))
    trip = create_delegation(
        ctx,
        DelegationDraft(
            title="충북 이차전지 투자유치단",
            year=2027,
            lead_province_codes=("KR-43",),
            starts_on=date(2027, 5, 10),
            ends_on=date(2027, 5, 15),
            destinations=(DestinationDraft("PL", "Warsaw", "Europe/Warsaw", "바르샤바"),),
        ),
    )
    add_itinerary_item(
        ctx, trip, ItineraryDraft(ItineraryKind.IR_SEMINAR, "IR 설명회", datetime(2027, 5, 11, 10), "Europe/Warsaw")
    )

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    found: list[tuple[str, str]] = []
    for key in PAGES:
        found += [(f"page {key}: {w}", t) for w, t in _texts(window.show_page(key))]
    found += [(f"main window: {w}", t) for w, t in _texts(window)]

    investor_window = window.open_record("investor", keep)
    assert isinstance(investor_window, InvestorWindow)
    for i in range(investor_window.tabs.count()):
        investor_window.tabs.setCurrentIndex(i)
        found += [(f"investor window tab {i}: {w}", t) for w, t in _texts(investor_window)]
    delegation_window = window.open_record("delegation", trip)
    assert isinstance(delegation_window, DelegationWindow)
    for i in range(delegation_window.tabs.count()):
        delegation_window.tabs.setCurrentIndex(i)
        found += [(f"delegation window tab {i}: {w}", t) for w, t in _texts(delegation_window)]

    project_window = window.open_record("project", project)
    assert isinstance(project_window, ProjectWindow)
    for i in range(project_window.tabs.count()):
        project_window.tabs.setCurrentIndex(i)
        found += [(f"project window tab {i}: {w}", t) for w, t in _texts(project_window)]

    investors_page = window.show_page("investors")
    assert isinstance(investors_page, InvestorsPage)
    delegations_page = window.show_page("delegations")
    assert isinstance(delegations_page, DelegationsPage)
    projects_page = window.show_page("projects")
    assert isinstance(projects_page, ProjectsPage)
    project_row = projects.get_project_row(ctx, project)
    dialogs: list[QDialog] = [
        investors_page.actions.create(),
        investors_page.actions.edit(keep),  # type: ignore[list-item]
        MergeDialog(ctx, "investor", keep, drop, window),
        OwnerDialog(ctx, 2, window),
        MoveDialog(projects_page.actions.stages, project_row.stage_code, window, project_row.title),
        delegations_page.create(),
        delegation_window.add_item(),
        delegation_window.add_member(),
        BriefingDialog(
            ctx,
            trip,
            ("충북 이차전지 투자유치단", None),
            (date(2027, 5, 10), date(2027, 5, 15), 2027),
            window,
            tmp_path,
        ),
        investor_window.add_contact(),
        investor_window.log_activity(),  # type: ignore[list-item]
        # The project window's own editors, and the delegation's parties.
        project_window.add_tranche(),
        project_window.log_meeting(),  # type: ignore[list-item]
        project_window.add_task(),  # type: ignore[list-item]
        delegation_window.edit_leader(),  # type: ignore[list-item]
        delegation_window.edit_fezs(),  # type: ignore[list-item]
        delegation_window.add_organisation(),
    ]
    edit_project = projects_page.actions.edit(project)
    if edit_project is not None:
        dialogs.append(edit_project)
    for dialog in dialogs:
        if dialog is None:
            continue
        dialog.show()
        found += [(f"dialog {type(dialog).__name__}: {w}", t) for w, t in _texts(dialog)]
        dialog.done(0)
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QDialog):
            w.done(0)
    # The walk saw the screens: the investors table's headers (English until their context was fixed),
    # the menus, every dialog.
    assert ("page investors: QTableView:investor_table/header0", "이름") in found
    assert len({where.split(":")[0] for where, _t in found}) >= 15 and len(found) > 300
    assert any(where.startswith("project window tab") for where, _t in found)
    assert {"dialog TrancheEditor", "dialog OrganisationEditor"} <= {where.split(":")[0] for where, _t in found}
    assert _english([("probe", "Save anyway")]) != []  # the check itself catches English
    english = _english(found)
    assert english == [], "\n".join(f"{where}: {text!r}" for where, text in english)


def test_qts_own_dialogs_are_korean_too(qtbot: QtBot, ko: Context) -> None:
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

    dialog = QFileDialog(None, "저장", str(Path.home()))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # the one Qt draws (and translates) itself
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = [b.text() for b in dialog.findChildren(QDialogButtonBox)[0].buttons()]
    assert any("저장" in t for t in labels) and any("취소" in t for t in labels), labels
    assert _english([(f"file dialog: {w}", t) for w, t in _texts(dialog) if "/" not in t]) == []
    dialog.close()
