"""A contact moved to another investor leaves their meetings where they happened: the old company's
timeline keeps them with the person's name, and the meeting's editor keeps the person on it."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from mission_data import DRAFT  # tests/ is on the path
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from kotra_invest.domain.enums import InteractionKind
from kotra_invest.services import interactions, records
from kotra_invest.services.contacts import CONTACT, ContactDraft
from kotra_invest.services.delegations import add_target, create_delegation
from kotra_invest.services.investors import InvestorDraft, create_investor
from kotra_invest.services.unit_of_work import Context
from kotra_invest.sync.merge import apply_merge, plan_merge
from kotra_invest.sync.pack import export_pack
from kotra_invest.ui import mission
from kotra_invest.ui.investor_page import InvestorWindow
from kotra_invest.ui.main_window import MainWindow


def test_a_meeting_with_someone_who_moved_on_is_edited_with_them_still_on_it(
    qtbot: QtBot, window: MainWindow, ctx: Context
) -> None:
    """Anna met us for Norvik, then joined Globex and was moved there. Norvik's timeline still shows
    the meeting with her. Opened to fix its outcome, the editor used to show "With: —" (its list
    held only Norvik's people) and its save took her off the meeting; it now reads "Anna Berg (now
    at Globex Batteries)" and the save keeps her."""
    norvik = create_investor(ctx, InvestorDraft(name="Norvik Robotics AB"))
    globex = create_investor(ctx, InvestorDraft(name="Globex Batteries"))
    anna = records.create(ctx, CONTACT, ContactDraft("Anna Berg", norvik))
    records.create(ctx, CONTACT, ContactDraft("Bob Lee", norvik))
    talk = interactions.create_interaction(
        ctx,
        interactions.InteractionDraft(
            InteractionKind.MEETING, datetime(2026, 4, 14, 7, tzinfo=UTC), "Site talk", norvik, contact_id=anna
        ),
    )
    person, version = records.get(ctx, CONTACT, anna)
    records.update(ctx, CONTACT, anna, version, replace(person, investor_id=globex))

    opened = window.open_record("investor", norvik)
    assert isinstance(opened, InvestorWindow)
    assert opened.timeline.rowCount() == 1
    assert "Anna Berg" in [opened.timeline.item(0, c).text() for c in range(opened.timeline.columnCount())]
    opened.timeline.selectRow(0)
    editor = opened.open_activity()
    assert editor is not None
    assert editor.contact.currentText() == "Anna Berg (now at Globex Batteries)"  # type: ignore[attr-defined]
    qtbot.keyClicks(editor.outcome, "Sends the site list")  # type: ignore[attr-defined]
    with qtbot.waitSignal(editor.sig_saved):  # type: ignore[attr-defined]
        editor.save()  # type: ignore[attr-defined]
    draft, _version = interactions.get_interaction(ctx, talk)
    assert (draft.contact_id, draft.investor_id, draft.outcome) == (anna, norvik, "Sends the site list")
    opened.close()


def test_abroad_the_pack_of_a_trip_to_the_old_company_has_the_meeting_with_her_and_brings_it_home(
    qtbot: QtBot, window: MainWindow, ctx: Context, tmp_path: Path
) -> None:
    """The delegation meets Norvik; Anna, whom we met for Norvik, is Globex's now. The pack used to
    leave the meeting with her out (only Norvik's own people travelled): Norvik's timeline abroad
    was one meeting short. Abroad it is there, its editor reads "Anna Berg (now at Globex
    Batteries)", the outcome noted there comes home, and Anna stays at Globex, once."""
    norvik = create_investor(ctx, InvestorDraft(name="Norvik Robotics AB"))
    globex = create_investor(ctx, InvestorDraft(name="Globex Batteries"))
    anna = records.create(ctx, CONTACT, ContactDraft("Anna Berg", norvik))
    talk = interactions.create_interaction(
        ctx,
        interactions.InteractionDraft(
            InteractionKind.MEETING, datetime(2026, 2, 3, 7, tzinfo=UTC), "Site talk", norvik, contact_id=anna
        ),
    )
    person, version = records.get(ctx, CONTACT, anna)
    records.update(ctx, CONTACT, anna, version, replace(person, investor_id=globex))
    trip = create_delegation(ctx, DRAFT)
    add_target(ctx, trip, norvik)
    target = tmp_path / "norvik.kipack"
    export_pack(ctx, trip, target)

    abroad = mission.open_pack_database(target, None, "en", ctx.actor)
    pack_window = MainWindow(abroad, banner=mission.pack_banner(abroad))
    qtbot.addWidget(pack_window)
    opened = pack_window.open_record("investor", norvik)
    assert isinstance(opened, InvestorWindow)
    assert opened.timeline.rowCount() == 1
    assert "Anna Berg" in [opened.timeline.item(0, c).text() for c in range(opened.timeline.columnCount())]
    opened.timeline.selectRow(0)
    editor = opened.open_activity()
    assert editor is not None
    assert editor.contact.currentText() == "Anna Berg (now at Globex Batteries)"  # type: ignore[attr-defined]
    qtbot.keyClicks(editor.outcome, "Sends the site list")  # type: ignore[attr-defined]
    with qtbot.waitSignal(editor.sig_saved):  # type: ignore[attr-defined]
        editor.save()  # type: ignore[attr-defined]
    opened.close()
    pack_window.close()
    # The window's pages load on the pool: none may hold the pack's connection while it closes.
    QThreadPool.globalInstance().waitForDone(10_000)
    abroad.db.dispose()

    plan = plan_merge(ctx, target)
    assert not plan.conflicts and not plan.inserts and not plan.twins
    apply_merge(ctx, plan)
    draft, _version = interactions.get_interaction(ctx, talk)
    assert (draft.contact_id, draft.investor_id, draft.outcome) == (anna, norvik, "Sends the site list")
    assert records.get(ctx, CONTACT, anna)[0].investor_id == globex
