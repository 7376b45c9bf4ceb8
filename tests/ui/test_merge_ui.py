"""Scenario (3) of issue 19 through the real widgets: a new investor with an existing one's website →
the duplicate warning → merge → the loser's projects and meetings are on the survivor; undo."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from document_files import pdf
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kotra_invest.domain.enums import InteractionKind
from kotra_invest.domain.models import Interaction, Investor, Project
from kotra_invest.services import interactions, projects, records
from kotra_invest.services.investors import InvestorDraft, create_investor
from kotra_invest.services.unit_of_work import Context, unit_of_work
from kotra_invest.ui.investor_page import InvestorWindow
from kotra_invest.ui.investors import InvestorEditor, InvestorsPage, OwnerDialog
from kotra_invest.ui.main_window import MainWindow
from kotra_invest.ui.merge import DuplicateWarning, MergeDialog


@pytest.fixture
def db_url(scenario_db_url: str) -> str:
    """On the embedded file and on the shared server, as an officer's own login."""
    return scenario_db_url


def _visible(kind: type) -> object:
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())


def _count(ctx: Context, model: type, investor_id: object) -> int:
    with unit_of_work(ctx) as s:
        return len(
            s.scalars(select(model.id).where(model.investor_id == investor_id, model.deleted_at.is_(None))).all()
        )


def test_duplicate_warning_then_merge_then_undo(qtbot: QtBot, window: MainWindow, ctx: Context) -> None:
    existing = create_investor(
        ctx, InvestorDraft(name="Merck KGaA", website="https://www.merckgroup.com", owner_login="tester")
    )
    page = window.show_page("investors")
    assert isinstance(page, InvestorsPage)

    qtbot.mouseClick(page.findChild(QPushButton, "new_investor"), Qt.MouseButton.LeftButton)
    editor = _visible(InvestorEditor)
    assert isinstance(editor, InvestorEditor)
    qtbot.keyClicks(editor.name, "EMD Group")
    qtbot.keyClicks(editor.website, "merckgroup.com/kr")
    editor.buttons.button(editor.buttons.StandardButton.Save).click()
    warning = _visible(DuplicateWarning)
    assert isinstance(warning, DuplicateWarning)
    assert "Merck KGaA" in warning.message.text() and "website" in warning.message.text()
    with unit_of_work(ctx) as s:  # nothing is saved while the warning asks
        assert s.scalar(select(Investor.id).where(Investor.name == "EMD Group")) is None
    with qtbot.waitSignal(editor.sig_saved):
        qtbot.mouseClick(warning.save_anyway, Qt.MouseButton.LeftButton)  # the user saves, meaning to merge

    with unit_of_work(ctx) as s:
        new = s.scalar(select(Investor.id).where(Investor.name == "EMD Group"))
    projects.create_project(ctx, projects.ProjectDraft(investor_id=new, title="Pyeongtaek electronics materials"))
    interactions.create_interaction(
        ctx,
        interactions.InteractionDraft(
            kind=InteractionKind.MEETING,
            occurred_at=datetime(2026, 3, 4, 2, tzinfo=UTC),
            summary="Site talk",
            investor_id=new,
        ),
    )
    page.refresh()

    # Select both rows, the existing one current: it stays.
    page.table.selectAll()
    page.table.setCurrentIndex(page.model.index(page.model.row_of(existing), 0))
    page.table.selectAll()
    page.merge_selected()
    dialog = _visible(MergeDialog)
    assert isinstance(dialog, MergeDialog)
    assert dialog.keep_id == existing
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.row_at(0).name == "Merck KGaA"  # type: ignore[union-attr]
    assert (_count(ctx, Project, existing), _count(ctx, Interaction, existing)) == (1, 1)
    assert (_count(ctx, Project, new), _count(ctx, Interaction, new)) == (0, 0)
    survivor = window.open_record("investor", existing)
    assert isinstance(survivor, InvestorWindow)
    assert survivor.projects.rowCount() == 1 and survivor.timeline.rowCount() == 1
    survivor.close()

    window.undo_stack.undo()
    assert (_count(ctx, Project, new), _count(ctx, Interaction, new)) == (1, 1)
    assert (_count(ctx, Project, existing), _count(ctx, Interaction, existing)) == (0, 0)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)


def test_open_the_existing_one_from_the_warning(qtbot: QtBot, window: MainWindow, ctx: Context) -> None:
    existing = create_investor(ctx, InvestorDraft(name="Bayer Pharmaceuticals AG", website="https://www.bayer.com"))
    page = window.show_page("investors")
    assert isinstance(page, InvestorsPage)
    editor = page.actions.create()
    qtbot.keyClicks(editor.name, "Bayer Pharmaceuticls")
    editor.buttons.button(editor.buttons.StandardButton.Save).click()
    warning = _visible(DuplicateWarning)
    assert isinstance(warning, DuplicateWarning)
    qtbot.mouseClick(warning.open_existing, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    opened = [w for w in window.record_windows if isinstance(w, InvestorWindow)]
    assert [w.investor_id for w in opened] == [existing]


def test_change_owner_of_two_investors_and_undo(qtbot: QtBot, window: MainWindow, ctx: Context) -> None:
    if not ctx.db.is_sqlite:
        pytest.skip("leaving investors to nobody is an administrator's action; the server refuses an officer's login")
    first = create_investor(ctx, InvestorDraft(name="Alpha Robotics", owner_login="tester"))
    create_investor(ctx, InvestorDraft(name="Beta Robotics", owner_login="tester"))
    page = window.show_page("investors")
    assert isinstance(page, InvestorsPage)
    page.refresh()
    page.table.selectAll()
    dialog = page.change_owner_of_selected()
    assert isinstance(dialog, OwnerDialog)
    dialog.officer.setCurrentIndex(0)  # nobody
    dialog.accept()
    qtbot.waitUntil(lambda: {page.model.row_at(i).owner for i in range(2)} == {None})  # type: ignore[union-attr]
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: page.model.row_at(page.model.row_of(first)).owner is not None)  # type: ignore[union-attr]


def test_merge_two_contacts_in_the_investor_window(qtbot: QtBot, window: MainWindow, ctx: Context) -> None:
    from kotra_invest.services import contacts

    investor = create_investor(ctx, InvestorDraft(name="Umicore SA", owner_login="tester"))
    first = records.create(
        ctx, contacts.CONTACT, contacts.ContactDraft(full_name="Jan Peeters", investor_id=investor, phone="+32 2 123")
    )
    records.create(
        ctx,
        contacts.CONTACT,
        contacts.ContactDraft(full_name="Peeters Jan", investor_id=investor, email="jan@umicore.com"),
    )
    page = window.open_record("investor", investor)
    assert isinstance(page, InvestorWindow)
    page.tabs.setCurrentIndex(1)
    page.contacts.selectAll()
    dialog = page.merge_contacts()
    assert isinstance(dialog, MergeDialog)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.contacts.rowCount() == 1)
    kept = records.get(ctx, contacts.CONTACT, dialog.keep_id)[0]
    assert (kept.email, kept.phone) == ("jan@umicore.com", "+32 2 123")
    assert first in (dialog.keep_id, dialog.drop_id)
    page.undo_stack.undo()  # the investor window keeps its own history
    qtbot.waitUntil(lambda: page.contacts.rowCount() == 2)
    page.close()


def test_two_contacts_no_longer_of_one_investor_are_not_merged_and_the_window_says_why(
    qtbot: QtBot, window: MainWindow, ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The investor window lists its own people; one of them moved to another investor elsewhere
    meanwhile (another officer, the command line) is still listed there: Merge two says why not
    and changes nothing."""
    from PySide6.QtWidgets import QMessageBox

    from kotra_invest.services import contacts

    investor = create_investor(ctx, InvestorDraft(name="Umicore SA", owner_login="tester"))
    other = create_investor(ctx, InvestorDraft(name="Umicore Korea", owner_login="tester"))
    first, second = (
        records.create(ctx, contacts.CONTACT, contacts.ContactDraft(full_name=name, investor_id=investor))
        for name in ("Jan Peeters", "Peeters Jan")
    )
    page = window.open_record("investor", investor)
    assert isinstance(page, InvestorWindow)
    page.tabs.setCurrentIndex(1)
    assert page.contacts.rowCount() == 2
    moved, version = records.get(ctx, contacts.CONTACT, second)
    records.update(ctx, contacts.CONTACT, second, version, replace(moved, investor_id=other))
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: said.append(text))
    page.contacts.selectAll()
    assert page.merge_contacts() is None
    assert said == [
        "Peeters Jan is a contact of Umicore Korea and Jan Peeters of Umicore SA: only two contacts "
        "of the same investor can be merged."
    ]
    assert [records.get(ctx, contacts.CONTACT, c)[0].investor_id for c in (first, second)] == [investor, other]
    assert not page.undo_stack.canUndo()
    page.close()


def test_a_contact_with_an_existing_email_is_warned_about(qtbot: QtBot, window: MainWindow, ctx: Context) -> None:
    from kotra_invest.services import contacts

    investor = create_investor(ctx, InvestorDraft(name="Umicore SA", owner_login="tester"))
    records.create(
        ctx,
        contacts.CONTACT,
        contacts.ContactDraft(full_name="Jan Peeters", investor_id=investor, email="jan@umicore.com"),
    )
    page = window.open_record("investor", investor)
    assert isinstance(page, InvestorWindow)
    editor = page.add_contact()
    qtbot.keyClicks(editor.full_name, "J. Peeters")
    qtbot.keyClicks(editor.email, "JAN@umicore.com")
    editor.buttons.button(editor.buttons.StandardButton.Save).click()
    warning = editor.duplicate_warning  # type: ignore[attr-defined]
    assert isinstance(warning, DuplicateWarning) and warning.isVisible()
    assert "Jan Peeters" in warning.message.text()
    warning.reject()
    assert page.contacts.rowCount() == 1
    editor.done(0)  # closed by the test, not by Esc (which asks first)
    page.close()


def _document_names(panel: object) -> set[str]:
    return {row.name for row in panel.rows}  # type: ignore[attr-defined]


def test_merging_investors_moves_the_losers_documents_and_undo_takes_them_back(
    qtbot: QtBot, window: MainWindow, ctx: Context, tmp_path: Path
) -> None:
    """The loser's own papers and its contact's go to the survivor's Documents tab; undo returns them."""
    from kotra_invest.services import contacts, documents

    keep = create_investor(ctx, InvestorDraft(name="Merck KGaA", owner_login="tester"))
    drop = create_investor(ctx, InvestorDraft(name="Merck Korea", owner_login="tester"))
    person = records.create(ctx, contacts.CONTACT, contacts.ContactDraft(full_name="Anna Berg", investor_id=drop))
    documents.add_documents(ctx, "investor", keep, [pdf(tmp_path / "kept deck.pdf", "the survivor's deck")])
    documents.add_documents(ctx, "investor", drop, [pdf(tmp_path / "NDA.pdf", "the loser's NDA")])
    documents.add_documents(ctx, "contact", person, [pdf(tmp_path / "Anna Berg card.pdf", "a business card")])
    page = window.show_page("investors")
    assert isinstance(page, InvestorsPage)
    page.refresh()
    page.table.setCurrentIndex(page.model.index(page.model.row_of(keep), 0))
    page.table.selectAll()
    page.merge_selected()
    dialog = _visible(MergeDialog)
    assert isinstance(dialog, MergeDialog) and dialog.keep_id == keep
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)

    survivor = window.open_record("investor", keep)
    assert isinstance(survivor, InvestorWindow) and survivor.documents is not None
    assert _document_names(survivor.documents) == {"kept deck.pdf", "NDA.pdf", "Anna Berg card.pdf"}
    survivor.close()

    window.undo_stack.undo()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert {d.name for d in documents.list_documents(ctx, "investor", keep)} == {"kept deck.pdf"}
    assert {d.name for d in documents.list_documents(ctx, "investor", drop)} == {"NDA.pdf", "Anna Berg card.pdf"}
    assert {d.name for d in documents.list_documents(ctx, "contact", person)} == {"Anna Berg card.pdf"}


def test_merging_two_contacts_moves_the_losers_documents_and_undo_takes_them_back(
    qtbot: QtBot, window: MainWindow, ctx: Context, tmp_path: Path
) -> None:
    from kotra_invest.services import contacts, documents

    investor = create_investor(ctx, InvestorDraft(name="Umicore SA", owner_login="tester"))
    ids = [
        records.create(ctx, contacts.CONTACT, contacts.ContactDraft(full_name=name, investor_id=investor))
        for name in ("Jan Peeters", "Peeters Jan")
    ]
    for contact_id, name in zip(ids, ("card.pdf", "CV.pdf"), strict=True):
        documents.add_documents(ctx, "contact", contact_id, [pdf(tmp_path / name, name)])
    page = window.open_record("investor", investor)
    assert isinstance(page, InvestorWindow)
    page.tabs.setCurrentIndex(1)
    page.contacts.selectAll()
    dialog = page.merge_contacts()
    assert isinstance(dialog, MergeDialog)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.contacts.rowCount() == 1)
    both = {"card.pdf", "CV.pdf"}
    assert {d.name for d in documents.list_documents(ctx, "contact", dialog.keep_id)} == both
    assert page.documents is not None and _document_names(page.documents) == both
    page.undo_stack.undo()
    qtbot.waitUntil(lambda: page.contacts.rowCount() == 2)
    assert [{d.name for d in documents.list_documents(ctx, "contact", c)} for c in ids] == [{"card.pdf"}, {"CV.pdf"}]
    page.close()
