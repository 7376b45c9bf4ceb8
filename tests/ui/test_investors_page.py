"""The Investors page: paged table, filters, editor with validation, undo, and the conflict dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from kotra_invest.services import investors, search
from kotra_invest.services.investors import InvestorDraft, create_investor, get_investor, update_investor
from kotra_invest.services.officers import create_officer
from kotra_invest.services.unit_of_work import Context
from kotra_invest.ui.conflict import ConflictDialog
from kotra_invest.ui.investors import PAGE_SIZE, InvestorEditor, InvestorsPage, InvestorTableModel
from kotra_invest.ui.main_window import MainWindow


def _page(window: MainWindow) -> InvestorsPage:
    page = window.show_page("investors")
    assert isinstance(page, InvestorsPage)
    return page


def _names(page: InvestorsPage) -> list[str]:
    return [page.model.row_at(i).name for i in range(page.model.rowCount())]  # type: ignore[union-attr]


def _open_editor(qtbot: QtBot, page: InvestorsPage) -> InvestorEditor:
    """The editor the click opens (not one an earlier test left open)."""
    before = {id(w) for w in QApplication.topLevelWidgets() if isinstance(w, InvestorEditor)}
    qtbot.mouseClick(page.findChild(QPushButton, "new_investor"), Qt.MouseButton.LeftButton)
    return next(
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, InvestorEditor) and w.isVisible() and id(w) not in before
    )


def test_create_investor_appears_in_the_list_and_in_search(qtbot: QtBot, window: MainWindow, ctx: Context) -> None:
    page = _page(window)
    editor = _open_editor(qtbot, page)
    qtbot.keyClicks(editor.name, "Norvik Robotics AB")
    editor.name_ko.setText("노르빅 로보틱스")
    editor.country.setCurrentIndex(editor.country.findData("SE"))  # type: ignore[union-attr]
    with qtbot.waitSignal(editor.sig_saved):
        editor.buttons.button(editor.buttons.StandardButton.Save).click()

    qtbot.waitUntil(lambda: "Norvik Robotics AB" in _names(page))
    assert [h.label for h in search.search(ctx, "로보틱")] == ["Norvik Robotics AB · 노르빅 로보틱스"]
    row = page.model.row_at(_names(page).index("Norvik Robotics AB"))
    assert (row is not None and row.country_code == "SE" and row.owner == "tester") or row.owner is None


def test_a_missing_name_is_shown_next_to_the_field_and_nothing_is_saved(
    qtbot: QtBot, window: MainWindow, ctx: Context
) -> None:
    page = _page(window)
    editor = _open_editor(qtbot, page)
    editor.website.setText("https://example.com")
    editor.save()
    error = editor.errors["name"]
    qtbot.waitUntil(lambda: error.isVisible())
    assert "required" in error.text().lower()
    assert editor.isVisible()  # the user's input is still there to fix
    assert editor.website.text() == "https://example.com"
    assert investors.list_investors(ctx).rows == ()


def test_edit_and_delete_can_be_undone_and_redone(qtbot: QtBot, window: MainWindow, ctx: Context) -> None:
    acme = create_investor(ctx, InvestorDraft(name="Acme Batteries"))
    page = _page(window)
    page.refresh()
    assert page.select_investor(acme)

    editor = page.actions.edit(acme)
    assert editor is not None
    editor.name.setText("Acme Battery Materials")
    with qtbot.waitSignal(editor.sig_saved):
        editor.save()
    assert get_investor(ctx, acme)[0].name == "Acme Battery Materials"

    window.undo_stack.undo()
    assert get_investor(ctx, acme)[0].name == "Acme Batteries"
    assert "Acme Batteries" in _names(page)
    window.undo_stack.redo()
    assert get_investor(ctx, acme)[0].name == "Acme Battery Materials"

    page.refresh()
    page.select_investor(acme)
    assert page.actions.delete(page.selected_row(), ask=False)  # type: ignore[arg-type]
    assert _names(page) == []
    window.undo_stack.undo()
    assert _names(page) == ["Acme Battery Materials"]
    window.undo_stack.redo()
    assert _names(page) == []


def test_undo_never_overwrites_someone_elses_later_save(qtbot: QtBot, window: MainWindow, ctx: Context) -> None:
    acme = create_investor(ctx, InvestorDraft(name="Acme"))
    page = _page(window)
    editor = page.actions.edit(acme)
    assert editor is not None
    editor.name.setText("Acme Mine")
    with qtbot.waitSignal(editor.sig_saved):
        editor.save()
    _draft, version = get_investor(ctx, acme)
    update_investor(ctx, acme, version, InvestorDraft(name="Acme Theirs"))
    reported: list[str] = []
    page.actions._report = lambda exc: reported.append(exc.message("en"))  # type: ignore[method-assign]
    window.undo_stack.undo()
    assert get_investor(ctx, acme)[0].name == "Acme Theirs"
    assert reported and "changed" in reported[0].lower()


def test_a_concurrent_change_opens_the_conflict_dialog_and_overwrite_saves_mine(
    qtbot: QtBot, window: MainWindow, ctx: Context
) -> None:
    acme = create_investor(ctx, InvestorDraft(name="Acme", website="acme.example"))
    page = _page(window)
    editor = page.actions.edit(acme)
    assert editor is not None
    editor.name.setText("Acme (mine)")
    create_officer(ctx, "kim.minji", "김민지", "admin", office_code="HQ", name_en="Kim Minji")
    kim = Context(db=ctx.db, actor="kim.minji", source="desktop", lang="en")
    _draft, version = get_investor(kim, acme)
    update_investor(kim, acme, version, InvestorDraft(name="Acme (theirs)", website="acme.example"))

    seen: list[list[str]] = []

    def choose_overwrite() -> None:
        dialog = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, ConflictDialog) and w.isVisible()), None
        )
        if dialog is None:
            QTimer.singleShot(20, choose_overwrite)
            return
        table = dialog.findChild(type(dialog).__mro__[0], "") or dialog
        differences = dialog.findChildren(__import__("PySide6.QtWidgets").QtWidgets.QTableWidget)[0]
        seen.append(
            [
                differences.item(r, 1).text() + " / " + differences.item(r, 2).text()
                for r in range(differences.rowCount())
            ]
        )
        intro = dialog.findChildren(__import__("PySide6.QtWidgets").QtWidgets.QLabel)[0].text()
        seen.append([intro])
        assert table is not None
        dialog.overwrite_button.click()

    QTimer.singleShot(0, choose_overwrite)
    with qtbot.waitSignal(editor.sig_saved, timeout=5000):
        editor.save()
    assert seen == [
        ["Acme (mine) / Acme (theirs)"],
        ["This record was changed by kim.minji while you were editing it. Nothing has been saved yet."],
    ]
    assert get_investor(ctx, acme)[0].name == "Acme (mine)"


def test_reload_in_the_conflict_dialog_shows_their_version(qtbot: QtBot, window: MainWindow, ctx: Context) -> None:
    acme = create_investor(ctx, InvestorDraft(name="Acme"))
    page = _page(window)
    editor = page.actions.edit(acme)
    assert editor is not None
    editor.name.setText("Acme (mine)")
    _draft, version = get_investor(ctx, acme)
    update_investor(ctx, acme, version, InvestorDraft(name="Acme (theirs)"))

    def choose_reload() -> None:
        dialog = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, ConflictDialog) and w.isVisible()), None
        )
        if dialog is None:
            QTimer.singleShot(20, choose_reload)
            return
        dialog.reload_button.click()

    QTimer.singleShot(0, choose_reload)
    editor.save()
    qtbot.waitUntil(lambda: editor.name.text() == "Acme (theirs)")
    assert editor.isVisible()
    assert get_investor(ctx, acme)[0].name == "Acme (theirs)"


def test_the_table_fetches_pages_as_it_scrolls_and_sorts_and_filters_in_sql(
    qtbot: QtBot, qtmodeltester, ctx: Context
) -> None:  # type: ignore[no-untyped-def]
    for n in range(PAGE_SIZE + 50):
        create_investor(ctx, InvestorDraft(name=f"Investor {n:04d}", country_code="DE" if n % 10 == 0 else "US"))
    model = InvestorTableModel(ctx)
    model.reload()
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == PAGE_SIZE + 50
    assert not model.canFetchMore()

    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.row_at(0).name == f"Investor {PAGE_SIZE + 49:04d}"  # type: ignore[union-attr]
    model.reload(investors.InvestorFilter(country_code="DE"))
    assert model.rowCount() == (PAGE_SIZE + 50) // 10
    assert all(model.row_at(i).country_code == "DE" for i in range(model.rowCount()))  # type: ignore[union-attr]

    # Qt's model tester last: it fetches more inside its own modelReset handler, which it then
    # reports against any later reset (a quirk of the tester with fetchMore models).
    model.reload(investors.InvestorFilter())
    qtmodeltester.check(model)


def test_an_investor_through_a_dutch_holding_keeps_both_countries(
    qtbot: QtBot, window: MainWindow, ctx: Context
) -> None:
    from kotra_invest.services.investors import get_investor, investor_page

    page = _page(window)
    editor = _open_editor(qtbot, page)
    qtbot.keyClicks(editor.name, "Volt Holdings BV")
    editor.country.setCurrentIndex(editor.country.findData("US"))  # type: ignore[union-attr]
    editor.direct_country.setCurrentIndex(editor.direct_country.findData("NL"))  # type: ignore[union-attr]
    with qtbot.waitSignal(editor.sig_saved):
        editor.buttons.button(editor.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: "Volt Holdings BV" in _names(page))
    row = page.model.row_at(_names(page).index("Volt Holdings BV"))
    assert row is not None
    draft, _version = get_investor(ctx, row.id)
    assert (draft.country_code, draft.direct_country_code) == ("US", "NL")
    shown = investor_page(ctx, row.id)
    assert (shown.country, shown.direct_country) == ("United States", "Netherlands")
    # Left at "same as the parent's", the direct country follows the parent's.
    editor = _open_editor(qtbot, page)
    qtbot.keyClicks(editor.name, "Plain Parent Inc")
    editor.country.setCurrentIndex(editor.country.findData("US"))  # type: ignore[union-attr]
    assert editor.direct_country.currentText() == "Same as the parent's"  # type: ignore[union-attr]
    with qtbot.waitSignal(editor.sig_saved):
        editor.buttons.button(editor.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: "Plain Parent Inc" in _names(page))
    plain = page.model.row_at(_names(page).index("Plain Parent Inc"))
    assert plain is not None and investor_page(ctx, plain.id).direct_country == "United States"


def test_deleting_an_investor_someone_deleted_meanwhile_says_so_and_changes_nothing(
    qtbot: QtBot, window: MainWindow, ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The list still shows Acme, which another officer (or another window) has just deleted. The
    delete used to say "No investor found for: 6f1c…" (its id) and leave the row in the list; it now
    says the investor has been deleted, the row goes, and there is nothing to undo (the other
    officer's delete is theirs)."""
    from kotra_invest.services import records
    from kotra_invest.services.officers import create_officer

    acme = create_investor(ctx, InvestorDraft(name="Acme Batteries"))
    page = _page(window)
    page.refresh()
    assert page.select_investor(acme)
    row = page.selected_row()
    assert row is not None
    create_officer(ctx, "kim.minji", "김민지", "admin", office_code="HQ", name_en="Kim Minji")
    records.delete(Context(db=ctx.db, actor="kim.minji", source="desktop"), investors.INVESTOR, acme)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warned.append(text))
    assert not page.actions.delete(row, ask=False)
    assert warned == ["This investor has been deleted."]
    qtbot.waitUntil(lambda: _names(page) == [])
    assert not window.undo_stack.canUndo()
    records.restore(ctx, investors.INVESTOR, acme)  # the other officer's delete, undone by hand: one version on
    assert get_investor(ctx, acme)[0].name == "Acme Batteries"
