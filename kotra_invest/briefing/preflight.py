"""The pre-flight check of a delegation pack: the content problems a leader would trip over.

Plain data in, plain data out: the desktop shows the list before an export, `brief` prints it,
and the tests read it. Nothing here stops an export; it tells the officer what to fix first.
An English pack of a Korean office leaves hundreds of texts out; they are said in one line per
kind of place (meeting notes, tags …), each line carrying the texts it stands for in `details`,
so the few problems that matter are not buried under them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kotra_invest.briefing.content import DelegationPack, ItineraryLine, Untranslated
from kotra_invest.catalog import Message, msg

# Hangul syllables, jamo and compatibility jamo: what an English reader cannot read.
HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff]")


def has_hangul(text: str | None) -> bool:
    return bool(text) and HANGUL.search(text) is not None  # type: ignore[arg-type]


@dataclass(frozen=True)
class Problem:
    code: str  # no_itinerary | overlap | counts_disagree | no_contact | korean_only | proper_name
    message: str  # one sentence in the reader's language
    serious: bool = True  # False: worth knowing, nothing to fix (Korean-only text left out, a proper name kept)
    details: tuple[str, ...] = ()  # a grouped line's texts, one line each ("Show each text", `brief --all-problems`)


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
    "korean_only_many": msg(
        "briefing.preflight",
        "{kind}: {count} texts exist in Korean only and are left out of this English pack (e.g. {examples}).",
    ),
    "proper_name": msg(
        "briefing.preflight", "Proper name {text} is printed in Hangul (no English spelling on record)."
    ),
}


# The kinds of place a Korean-only text is left out of (`Untranslated.kind`), each named as the
# grouped line begins: "Meeting notes: 37 texts exist in Korean only …".
KINDS: dict[str, Message] = {
    "objectives": msg("briefing.preflight", "Objectives"),
    "results": msg("briefing.preflight", "Results summary"),
    "member_position": msg("briefing.preflight", "Members' positions"),
    "itinerary_title": msg("briefing.preflight", "Itinerary titles"),
    "itinerary_notes": msg("briefing.preflight", "Itinerary notes"),
    "project_title": msg("briefing.preflight", "Project titles"),
    "grievance": msg("briefing.preflight", "Grievance cases"),
    "granting_body": msg("briefing.preflight", "Granting bodies"),
    "meeting_note": msg("briefing.preflight", "Meeting notes"),
    "outcome": msg("briefing.preflight", "Meeting outcomes"),
    "tag": msg("briefing.preflight", "Tags"),
    "investor_notes": msg("briefing.preflight", "Investor notes"),
    "job_title": msg("briefing.preflight", "Contacts' job titles"),
    "talking_points": msg("briefing.preflight", "Talking points"),
    "task": msg("briefing.preflight", "Overdue tasks"),
    "lost_project": msg("briefing.preflight", "Lost projects"),
    "lost_reason": msg("briefing.preflight", "Reasons projects were lost"),
    "": msg("briefing.preflight", "Other texts"),
}
_ORDER = {kind: n for n, kind in enumerate(KINDS)}  # the pack's reading order, then "other"
EXAMPLES = 2  # texts quoted on a grouped line; the rest are in its details


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


def _korean_only(lang: str, untranslated: tuple[Untranslated, ...]) -> list[Problem]:
    """One line per kind of place, in the pack's reading order (`KINDS`): a single text is named
    where it is; two or more are counted, the first two quoted, each listed in the line's details."""
    by_kind: dict[str, list[Untranslated]] = {}
    for item in untranslated:
        by_kind.setdefault(item.kind if item.kind in KINDS else "", []).append(item)
    out = []
    for kind, items in sorted(by_kind.items(), key=lambda group: _ORDER[group[0]]):
        if len(items) == 1:
            [item] = items
            out.append(
                Problem(
                    "korean_only", _say(lang, "korean_only", where=item.where, text=_short(item.text)), serious=False
                )
            )
            continue
        quoted = list(dict.fromkeys(f"'{_short(x.text, 30)}'" for x in items))[:EXAMPLES]
        message = _say(
            lang, "korean_only_many", kind=KINDS[kind].text(lang), count=len(items), examples=", ".join(quoted)
        )
        details = tuple(f"{x.where} — {_short(x.text, 80)}" for x in items)
        out.append(Problem("korean_only", message, serious=False, details=details))
    return out


def preflight(pack: DelegationPack, lang: str | None = None) -> tuple[Problem, ...]:
    """Every content problem of `pack`, most serious kinds first, in `lang`: the language of the
    officer reading the list (the desktop's), by default the pack's."""
    lang = lang or pack.lang
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
    out += _korean_only(lang, pack.untranslated)
    for name in pack.proper_names:
        out.append(Problem("proper_name", _say(lang, "proper_name", text=name), serious=False))
    return tuple(out)
