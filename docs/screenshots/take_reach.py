"""Screenshots of the pieces issue 19's last round added (offscreen, demo data): the delegation's
leader, FEZ and organisations, the meeting editor's time zone, search hits with context and the
Connect dialog's saved connections.

    .venv/bin/python docs/screenshots/take_reach.py [--lang ko|en]
"""

from __future__ import annotations

import argparse

from PySide6.QtCore import QDate, QDateTime, QTime
from shots import HERE, demo_desk, settle, shoot


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="ko", choices=("ko", "en"))
    args = parser.parse_args()
    lang = args.lang
    _app, ctx, window = demo_desk(lang)
    from kotra_invest.domain.enums import OrganisationKind
    from kotra_invest.services import connections, delegations
    from kotra_invest.services.unit_of_work import Context
    from kotra_invest.ui.connect import ConnectDialog
    from kotra_invest.ui.forms import set_combo_data

    trip = max(delegations.list_delegations(ctx, year=2026), key=lambda d: d.investors_to_meet)
    seed = Context(ctx.db, "demo", "demo")  # the demo's loader: the trip may belong to another office
    delegations.add_organisation(
        seed,
        trip.id,
        delegations.OrganisationDraft(OrganisationKind.LOCAL_GOVERNMENT, "부산광역시", "Busan Metropolitan City"),
    )
    delegations.add_organisation(
        seed, trip.id, delegations.OrganisationDraft(OrganisationKind.AGENCY, "부산테크노파크", "Busan Technopark")
    )
    delegation = window.open_record("delegation", trip.id)
    delegation.resize(1000, 640)  # type: ignore[union-attr]
    shoot(delegation, "delegation-overview", lang)  # type: ignore[arg-type]
    delegation.tabs.setCurrentIndex(2)  # type: ignore[union-attr]
    shoot(delegation, "delegation-organisations", lang)  # type: ignore[arg-type]
    leader = delegation.edit_leader()  # type: ignore[union-attr]
    shoot(leader, "delegation-leader", lang)
    leader.done(0)
    fezs = delegation.edit_fezs()  # type: ignore[union-attr]
    shoot(fezs, "delegation-fezs", lang)
    fezs.done(0)
    delegation.close()  # type: ignore[union-attr]

    target = delegations.delegation_page(ctx, trip.id).targets[0]
    investor = window.open_record("investor", target.investor_id)
    editor = investor.log_activity()  # type: ignore[union-attr]
    set_combo_data(editor.delegation, trip.id)
    editor.when.setDateTime(
        QDateTime(QDate(trip.starts_on.year, trip.starts_on.month, trip.starts_on.day + 1), QTime(10, 0))
    )
    editor.summary.setPlainText("Plant visit and incentive briefing" if lang == "en" else "공장 방문 및 인센티브 설명")
    shoot(editor, "meeting-zone", lang)
    editor.done(0)
    investor.close()  # type: ignore[union-attr]

    word = target.investor.split()[0]
    window.search.setText(word)
    window.search.run_search()
    settle(1500)
    window.search._show_popup()
    settle()
    window.search.popup.grab().save(str(HERE / f"search-hits-{lang}.png"))
    window.search.popup.hide()

    for profile in (
        connections.ServerProfile(
            host="crm.kotra.internal",
            database="kotra",
            user="park.jihoon",
            name="본사" if lang == "ko" else "Headquarters",
        ),
    ):
        connections.save_profile(profile)
    shoot(ConnectDialog(lang, "park.jihoon"), "connect", lang)
    print(f"screenshots written to {HERE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
