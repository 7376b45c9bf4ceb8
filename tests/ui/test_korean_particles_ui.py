"""An officer working in Korean deletes an investor: the question names it with the particle its
name takes (투자가 한화솔루션을 / 포스코를 삭제하시겠습니까?), not the catalogue's 을(를)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from when_modal import when_modal

from kotra_invest.services.investors import InvestorDraft, create_investor, get_investor
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui import i18n
from kotra_invest.ui.investors import InvestorsPage
from kotra_invest.ui.main_window import MainWindow


@pytest.fixture
def korean_window(qtbot: QtBot, ctx: Context, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    """The main window as an officer opens it with KOTRA_INVEST_LANG=ko."""
    from kotra_invest.services.officers import ensure_file_owner
    from kotra_invest.ui.app import load_fonts

    monkeypatch.setenv("KOTRA_INVEST_LANG", "ko")
    assert i18n.install("ko")
    load_fonts()
    korean = replace(ctx, lang="ko")
    ensure_file_owner(korean)
    window = MainWindow(korean)
    qtbot.addWidget(window)
    window.show()
    yield window
    QThreadPool.globalInstance().waitForDone(10_000)
    i18n.install("en")


def _asked_to_delete(page: InvestorsPage, investor: uuid.UUID) -> str:
    """The question the delete asks, answered No."""
    assert page.select_investor(investor)
    row = page.selected_row()
    assert row is not None
    asked: list[str] = []

    def answer_no(box: object) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    when_modal(QMessageBox, answer_no)
    assert not page.actions.delete(row)
    return asked[0]


def test_the_delete_question_names_the_investor_with_its_particle(
    qtbot: QtBot, korean_window: MainWindow, ctx: Context
) -> None:
    hanwha = create_investor(ctx, InvestorDraft(name="한화솔루션"))
    posco = create_investor(ctx, InvestorDraft(name="포스코"))
    acme = create_investor(ctx, InvestorDraft(name="Acme Batteries"))
    page = korean_window.show_page("investors")
    assert isinstance(page, InvestorsPage)
    page.refresh()

    assert _asked_to_delete(page, hanwha) == "투자가 한화솔루션을 삭제하시겠습니까? 실행 취소할 수 있습니다(Ctrl+Z)."
    assert _asked_to_delete(page, posco) == "투자가 포스코를 삭제하시겠습니까? 실행 취소할 수 있습니다(Ctrl+Z)."
    # A Latin name: no rule here knows how it is read aloud, so both stay.
    assert (
        _asked_to_delete(page, acme) == "투자가 Acme Batteries을(를) 삭제하시겠습니까? 실행 취소할 수 있습니다(Ctrl+Z)."
    )
    assert all(get_investor(ctx, investor)[0].name for investor in (hanwha, posco, acme))  # No deleted nothing
