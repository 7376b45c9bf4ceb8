"""`recommend DELEGATION`: investors to meet on a trip, best first, each with its reasons; and
`investor-place INVESTOR`: where an investor is (HQ city, Korean sites), which the ranking reads."""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import date
from typing import Any

from kotra_invest.catalog import msg
from kotra_invest.commands._shared import day, opened, positive, print_json, say
from kotra_invest.domain.errors import ValidationError
from kotra_invest.help_language import tr


def _weights(pairs: list[str] | None) -> dict[str, float]:
    from kotra_invest.services.recommendations import SIGNALS

    out: dict[str, float] = {}
    for pair in pairs or ():
        signal, _, value = pair.partition("=")
        try:
            number = float(value)
        except ValueError as exc:
            raise ValidationError("invalid_value", field="weight", value=pair) from exc
        if signal.strip() not in SIGNALS:
            raise ValidationError("invalid_value", field="weight", value=pair)
        out[signal.strip()] = number
    return out


def cmd_recommend(args: argparse.Namespace) -> int:
    from kotra_invest.services import recommendations
    from kotra_invest.services.delegations import find_delegation
    from kotra_invest.services.investors import find_investor

    override = _weights(args.weight)
    as_of: date | None = day(args.on, "date")
    with opened(args) as ctx:
        delegation = find_delegation(ctx, args.delegation)
        if args.dismiss:
            investor = find_investor(ctx, args.dismiss)
            recommendations.dismiss(ctx, delegation.id, investor.id)
            say(args, msg("commands.recommend", "Dismissed for this delegation: {name}"), name=investor.name)
        for signal, value in _weights(args.set_weight).items():
            recommendations.set_weight(ctx, signal, value)
        rows = recommendations.recommend(ctx, delegation.id, limit=args.limit, weights_override=override, today=as_of)
    if args.json:
        print_json([{**r.__dict__, "reason_text": r.reason_text()} for r in rows])
        return 0
    for n, r in enumerate(rows, 1):
        name = r.name + (f" · {r.name_ko}" if r.name_ko and args.settings.lang == "ko" else "")
        print(f"{n:>3}. {r.score:5.2f}  {name}  ({r.country or '-'})  {r.investor_id}")
        print(f"      {r.reason_text()}")
    say(args, msg("commands.recommend", "{count} recommendation(s)"), count=len(rows))
    return 0


def _site(text: str) -> Any:
    from kotra_invest.services.investor_sites import SiteDraft

    province, _, fez = text.partition(":")
    return SiteDraft(province.strip(), fez.strip() or None)


def cmd_investor_place(args: argparse.Namespace) -> int:
    from kotra_invest.services.investors import find_investor, get_investor, investor_page, update_investor

    with opened(args) as ctx:
        investor = find_investor(ctx, args.investor)
        draft, version = get_investor(ctx, investor.id)
        changes: dict[str, Any] = {}
        if args.hq_city is not None:
            changes["hq_city"] = args.hq_city or None
        if args.site is not None or args.no_sites:
            changes["sites"] = tuple(_site(s) for s in args.site or ())
        if changes:
            update_investor(ctx, investor.id, version, replace(draft, **changes))
        page = investor_page(ctx, investor.id)
    if args.json:
        print_json({"id": page.id, "name": page.name, "hq_city": page.hq_city, "korean_sites": list(page.korean_sites)})
        return 0
    say(
        args,
        msg("commands.recommend", "{name}: HQ {value} · Korean sites {value2}"),
        name=page.name,
        value=page.hq_city or "-",
        value2=", ".join(page.korean_sites) or "-",
    )
    return 0


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    rec = commands.add_parser(
        "recommend",
        parents=[common],
        help=tr(msg("cli", "investors a delegation should meet, with reasons")),
        description=tr(
            msg(
                "cli",
                "Investors ranked for a delegation, best first, each with the reasons that "
                "put it there. Signals: industry, location, momentum, gap, expansion, risk.",
            )
        ),
    )
    rec.set_defaults(handler=cmd_recommend)
    rec.add_argument(
        "delegation",
        metavar="DELEGATION",
        help=tr(msg("cli", "id, or a part of the title that only one delegation has")),
    )
    rec.add_argument("--limit", type=positive, default=20, help=tr(msg("cli", "how many (default 20)")))
    rec.add_argument(
        "--json", action="store_true", help=tr(msg("cli", "print a JSON array (each row with its reasons)"))
    )
    rec.add_argument(
        "--weight", action="append", metavar="SIGNAL=N", help=tr(msg("cli", "weigh a signal differently for this run"))
    )
    rec.add_argument(
        "--set-weight",
        action="append",
        metavar="SIGNAL=N",
        help=tr(msg("cli", "set a signal's weight for the office (admins)")),
    )
    rec.add_argument(
        "--dismiss",
        metavar="INVESTOR",
        help=tr(msg("cli", "leave this investor out of the delegation's recommendations")),
    )
    rec.add_argument(
        "--on",
        metavar="YYYY-MM-DD",
        help=tr(msg("cli", "measure 'last met' and recent FDI from this day (default today)")),
    )
    place = commands.add_parser(
        "investor-place", parents=[common], help=tr(msg("cli", "an investor's HQ city and Korean sites"))
    )
    place.set_defaults(handler=cmd_investor_place)
    place.add_argument(
        "investor", metavar="INVESTOR", help=tr(msg("cli", "id, or a part of the name that only one investor has"))
    )
    place.add_argument(
        "--hq-city",
        help=tr(msg("cli", "the HQ's city (a listed city in English or Korean, or free text; '' clears it)")),
    )
    place.add_argument(
        "--site",
        action="append",
        metavar="PROVINCE[:FEZ]",
        help=tr(msg("cli", "a Korean site, e.g. KR-30 or KR-28:IFEZ (repeatable; replaces the list)")),
    )
    place.add_argument("--no-sites", action="store_true", help=tr(msg("cli", "clear the Korean sites")))
    place.add_argument("--json", action="store_true", help=tr(msg("cli", "print as JSON")))
