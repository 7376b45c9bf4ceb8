"""Screenshots of the officer's-desk dialogs on demo data (offscreen): the duplicate warning, the
merge dialog, the delegation editor's country → city picker, the briefing export and the pack banner.

    .venv/bin/python docs/screenshots/take_desk.py [--lang ko|en]
"""

from __future__ import annotations

import argparse

from shots import HERE, SCREEN, TEMP, demo_desk, settle, shoot


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="ko", choices=("ko", "en"))
    args = parser.parse_args()
    lang = args.lang
    _app, ctx, window = demo_desk(lang)
    from kotra_invest.services import delegations, investors
    from kotra_invest.services.read_models import InvestorFilter
    from kotra_invest.ui.main_window import MainWindow
    from kotra_invest.ui.merge import DuplicateWarning, MergeDialog

    rows = investors.list_investors(
        ctx, InvestorFilter(owner_login="park.jihoon"), limit=2
    ).rows  # theirs: they may merge

    page = window.show_page("investors")
    editor = page.actions.create()  # type: ignore[attr-defined]
    editor.name.setText(rows[0].name + " Korea")
    editor.website.setText(rows[0].website or "https://example.com")
    from kotra_invest.services.duplicates import Match

    warning = DuplicateWarning(Match(rows[0].id, None, rows[0].name, "website", 100), "investor", editor)
    shoot(warning, "duplicate-warning", lang)
    warning.close()
    editor.done(0)  # close() on a changed editor asks "Discard your changes?"
    shoot(MergeDialog(ctx, "investor", rows[0].id, rows[1].id, window), "merge", lang)

    delegations_page = window.show_page("delegations")
    editor = delegations_page.create()  # type: ignore[attr-defined]
    picker = editor.destinations
    for country, city in (("PL", "Warsaw"), ("HU", "Budapest")):
        picker.country.setCurrentIndex(picker.country.findData(country))
        index = next(i for i in range(picker.city.count()) if picker.city.itemData(i).name_en == city)
        picker.city.setCurrentIndex(index)
        picker.add_current()
    editor.resize(640, 760)
    shoot(editor, "delegation-editor", lang)
    editor.done(0)  # close() on a changed editor asks "Discard your changes?"

    trip = max(delegations.list_delegations(ctx, year=2026), key=lambda d: d.investors_to_meet)
    delegation = window.open_record("delegation", trip.id)
    from kotra_invest.ui import access_reason

    access_reason._remembered["briefing_pack"] = "screenshots"  # as if asked once this session
    dialog = delegation.export_briefing(TEMP)  # type: ignore[union-attr]
    shoot(dialog, "briefing-export", lang)  # type: ignore[arg-type]
    dialog.close()  # type: ignore[union-attr]
    delegation.close()  # type: ignore[union-attr]

    window.show_page("projects").view_choice.setCurrentIndex(1)  # type: ignore[attr-defined]
    settle()
    board = window.show_page("projects").board  # type: ignore[attr-defined]
    first = next(iter(board.lists.values()))
    if first.count():
        first.setCurrentRow(0)
    window.grab().save(str(HERE / f"projects-board-{lang}.png"))
    pack = MainWindow(ctx, banner=("출장 팩: " if lang == "ko" else "Mission pack: ") + trip.title)
    pack.resize(*SCREEN)
    shoot(pack, "mission-banner", lang)
    print(f"screenshots written to {HERE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
