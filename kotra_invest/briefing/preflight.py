"""The pre-flight check of a delegation pack: the content problems a leader would trip over.

Plain data in, plain data out: the desktop shows the list before an export, `brief` prints it,
and the tests read it. Nothing here stops an export; it tells the officer what to fix first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kotra_invest.briefing.content import DelegationPack, ItineraryLine
from kotra_invest.catalog import Message, msg

# Hangul syllables, jamo and compatibility jamo: what an English reader cannot read.
HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff]")


def has_hangul(text: str | None) -> bool:
    return bool(text) and HANGUL.search(text) is not None  # type: ignore[arg-type]


@dataclass(frozen=True)
class Problem:
    code: str  # no_itinerary | overlap | counts_disagree | no_contact | korean_only | proper_name
    message: str  # one sentence in the pack's language
    serious: bool = True  # False: worth knowing, nothing to fix (a Korean proper name kept)


_WORDS: dict[str, Message] = {
    "no_itinerary": msg("briefing.preflight", "Destination {city} has no itinerary item."),
    "overlap": msg("briefing.preflight", "Itinerary items overlap: {a} ({a_when}) and {b} ({b_when})."),
    "counts_meetings": msg(
        "briefing.preflight",
        "Results say {held} meetings held, but the records say otherwise: {items} meetings on the itinerary, {met} investors marked met, {recorded} interactions recorded.",
    ),
    "no_contact": msg("briefing.preflight", "Investor to meet {investor} has no contact person."),
    "korean_only": msg(
        "briefing.preflight", "{where} exists in Korean only and is left out of this English pack ({text})."
    ),
    "proper_name": msg(
        "briefing.preflight", "Proper name {text} is printed in Hangul (no English spelling on record)."
    ),
}


def _say(lang: str, key: str, **values: object) -> str:
    return _WORDS[key].text(lang, **values)


def _short(text: str, limit: int = 40) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1] + "…"


def _when(line: ItineraryLine) -> str:
    return f"{line.starts_local:%m-%d %H:%M}"


def _overlaps(itinerary: tuple[ItineraryLine, ...]) -> list[tuple[ItineraryLine, ItineraryLine]]:
    """Pairs of items whose times overlap: the delegation cannot be in two places at once."""
    timed = sorted((x for x in itinerary if x.ends_utc is not None), key=lambda x: x.starts_utc)
    pairs = []
    for i, a in enumerate(timed):
        for b in timed[i + 1 :]:
            if b.starts_utc >= a.ends_utc:  # type: ignore[operator]
                break
            pairs.append((a, b))
    return pairs


def preflight(pack: DelegationPack) -> tuple[Problem, ...]:
    """Every content problem of `pack`, most serious kinds first, in the pack's language."""
    lang = pack.lang
    out: list[Problem] = []
    cities = {(x.city or "").casefold() for x in pack.itinerary}
    for city, city_ko in pack.destination_cities:
        if city.casefold() not in cities and (city_ko or "").casefold() not in cities:
            shown = city_ko if lang == "ko" and city_ko else city
            out.append(Problem("no_itinerary", _say(lang, "no_itinerary", city=shown)))
    for a, b in _overlaps(pack.itinerary):
        out.append(
            Problem(
                "overlap",
                _say(lang, "overlap", a=_short(a.title), a_when=_when(a), b=_short(b.title), b_when=_when(b)),
            )
        )
    held = pack.results.meetings_held
    if held is not None:
        items = sum(1 for x in pack.itinerary if x.kind_code == "meeting")
        met = pack.targets_met
        recorded = pack.interactions_recorded
        # Each count the pack knows must agree with what the results claim.
        if any(n is not None and n != held for n in (items, met, recorded)):
            out.append(
                Problem(
                    "counts_disagree",
                    _say(
                        lang,
                        "counts_meetings",
                        held=held,
                        items=items,
                        met="—" if met is None else met,
                        recorded="—" if recorded is None else recorded,
                    ),
                )
            )
    for investor in pack.investors:
        if not investor.contacts:
            out.append(Problem("no_contact", _say(lang, "no_contact", investor=investor.name)))
    for item in pack.untranslated:
        out.append(Problem("korean_only", _say(lang, "korean_only", where=item.where, text=_short(item.text))))
    for name in pack.proper_names:
        out.append(Problem("proper_name", _say(lang, "proper_name", text=name), serious=False))
    return tuple(out)
