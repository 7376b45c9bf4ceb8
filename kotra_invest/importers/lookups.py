"""Reference data and closed vocabularies by the names officers write: "서울", "Seoul", "KR-11", "미국", "USA".

Loaded once per import from the database (reference rows are editable data), then matched in
memory: a file of 50,000 rows asks 50,000 times.
"""

from __future__ import annotations

import re
import uuid
from enum import Enum
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from kotra_invest.domain.enums import CompanySize, Consent, InteractionKind, Labelled, NewOrAdditional, ProjectType
from kotra_invest.domain.models import Country, Fez, Industry, Officer, PipelineStage, Province, ReferenceRow, Region
from kotra_invest.domain.reference_data import FEZ_FORMER_NAMES
from kotra_invest.importers.values import CellError, as_text, fold
from kotra_invest.services.synonyms import synonyms_by_table

# What old files call an expanded plant: the ministry counts it as greenfield + 증액, so the
# type column maps it to greenfield and the importer marks the project 증액 (run._projects).
EXPANSION_ALIASES = (
    "증액",
    "증설",
    "재투자",
    "확장",
    "증액·재투자",
    "reinvestment",
    "expansion",
    "expansion / reinvestment",
)

_ENUM_ALIASES: dict[type[Enum], dict[str, tuple[str, ...]]] = {
    ProjectType: {
        "greenfield": (
            "신규",
            "신설",
            "신규 투자",
            "공장 신설",
            "공장·사업장 신·증설",
            "new",
            "new plant",
            "jv",
            "합작",
            *EXPANSION_ALIASES,
        ),
        "mna": ("인수", "인수합병", "M&A", "지분인수", "acquisition", "merger"),
    },
    NewOrAdditional: {
        "new": ("신규", "신규 투자", "new", "new investor", "first investment"),
        "additional": (
            "증액",
            "증액투자",
            "추가 투자",
            "추가투자",
            "증설",
            "재투자",
            "additional",
            "expansion",
            "reinvestment",
        ),
    },
    InteractionKind: {
        "meeting": ("미팅", "회의", "면담", "방문 면담", "meeting", "visit"),
        "call": ("전화", "통화", "화상", "화상회의", "phone", "video call", "zoom", "teams"),
        "email": ("메일", "이메일", "e-mail", "mail"),
        "site_visit": ("현장방문", "현장 방문", "부지 방문", "실사", "site tour"),
        "ir_event": ("IR", "설명회", "투자설명회", "IR 행사", "세미나", "seminar", "roadshow"),
    },
    CompanySize: {
        "large": ("대기업", "large", "enterprise", "글로벌 기업", "mnc", "fortune 500"),
        "midsize": ("중견", "중견기업", "mid", "mid-size", "medium"),
        "sme": ("중소", "중소기업", "small", "sme", "smb"),
        "startup": ("스타트업", "벤처", "start-up", "startup", "venture"),
    },
    Consent: {
        "given": ("동의", "예", "y", "yes", "o", "agreed", "given", "opt-in"),
        "not_asked": ("미확인", "미동의", "", "unknown", "not asked", "n/a"),
        "withdrawn": ("철회", "거부", "withdrawn", "opt-out", "refused", "no", "n"),
    },
}
# Korean province names written short: 서울, 경기, 충남, 전북 …
_PROVINCE_SUFFIXES = ("특별자치시", "특별자치도", "특별시", "광역시", "도")


def _variants(row: ReferenceRow, table: str, synonyms: dict[str, list[str]] | None = None) -> set[str]:
    names = {row.code, row.name_ko, row.name_en, *(synonyms or {}).get(row.code, ())}
    if table == "province":
        for suffix in _PROVINCE_SUFFIXES:
            if row.name_ko.endswith(suffix) and len(row.name_ko) > len(suffix) + 1:
                stem = row.name_ko.removesuffix(suffix)
                names.add(stem)
                if suffix == "도" and len(stem) == 3:  # 충청남 → 충남, 경상북 → 경북
                    names.add(stem[0] + stem[2])
                break
        names.add(row.code.removeprefix("KR-"))
    elif table == "fez":
        names |= {
            row.name_ko.removesuffix("경제자유구역"),
            row.name_en.removesuffix(" FEZ"),
            f"{row.name_ko[:2]}경자청",
        }
        # Old records name a renamed zone by its former name (황해 → 경기, 동해안권 → 강원).
        for ko, en, _renamed in FEZ_FORMER_NAMES.get(row.code, ()):
            names |= {ko, en, ko.removesuffix("경제자유구역"), en.removesuffix(" FEZ")}
    elif table == "industry":
        names |= {part for part in re.split(r"[·/,]", row.name_ko) if len(part) >= 2}
    elif table == "pipeline_stage":
        names.add(re.sub(r"\s*\(.*\)", "", row.name_en))
    return {fold(n) for n in names if n and fold(n)}


def officer_keys(session: Session) -> frozenset[str]:
    """Every officer's login, name, English name and e-mail, folded: to tell an officer column."""
    keys: set[str] = set()
    for row in session.execute(select(Officer.login, Officer.name, Officer.name_en, Officer.email)):
        keys.update(fold(v) for v in row if v)
    return frozenset(keys)


def is_expansion(value: Any) -> bool:
    """Whether a type cell says "expansion" in one of its spellings (then the project is 증액)."""
    text = as_text(value)
    return text is not None and fold(text) in {fold(a) for a in EXPANSION_ALIASES}


class Lookups:
    """Every reference table, officer and enum of an import, keyed by folded names."""

    def __init__(self, session: Session) -> None:
        self.tables: dict[str, dict[str, tuple[uuid.UUID, str]]] = {}
        self.labels: dict[str, dict[str, str]] = {}  # table -> code -> "code (이름 / name)"
        synonyms = synonyms_by_table(session)
        for model in (Country, Province, Region, Fez, Industry, PipelineStage):
            table = model.__tablename__
            keyed: dict[str, tuple[uuid.UUID, str]] = {}
            rows = session.scalars(select(model).where(model.deleted_at.is_(None))).all()
            # A row's own names first: a synonym never takes a name another row is called by.
            for row in rows:
                for name in _variants(row, table):
                    keyed.setdefault(name, (row.id, row.code))  # type: ignore[attr-defined]
            for row in rows:
                for name in _variants(row, table, synonyms.get(table)):
                    keyed.setdefault(name, (row.id, row.code))  # type: ignore[attr-defined]
            self.tables[table] = keyed
            self.labels[table] = {row.code: f"{row.code} ({row.name_ko} / {row.name_en})" for row in rows}  # type: ignore[attr-defined]
        self.codes = {ref_id: code for keyed in self.tables.values() for ref_id, code in keyed.values()}
        self.officers: dict[str, uuid.UUID] = {}
        self.officer_logins: dict[uuid.UUID, str] = {}
        for officer_id, login, name, name_en, email in session.execute(
            select(Officer.id, Officer.login, Officer.name, Officer.name_en, Officer.email).where(
                Officer.deleted_at.is_(None)
            )
        ):
            self.officer_logins[officer_id] = login
            for key in (login, name, name_en, email):
                if key:
                    self.officers.setdefault(fold(key), officer_id)
        self.enums: dict[type[Enum], dict[str, str]] = {}

    def reference(self, table: str, value: Any, field: str) -> tuple[uuid.UUID, str] | None:
        """(id, code) of the reference row a cell names; unknown names are a cell error with a suggestion."""
        text = as_text(value)
        if text is None:
            return None
        keyed = self.tables[table]
        found = keyed.get(fold(text))
        if found is not None:
            return found
        # "모빌리티" for 미래모빌리티, "Busan-Jinhae" for Busan-Jinhae FEZ: a part of one row's name only.
        folded = fold(text)
        if len(folded) >= 2:
            within = {keyed[k] for k in keyed if folded in k or (len(k) >= 3 and k in folded)}
            if len({ref_id for ref_id, _code in within}) == 1:
                return within.pop()
        # "AI·데이터센터", "로봇/자동화": parts that all name the same row name it.
        parts = [fold(p) for p in re.split(r"[·・/,&+]|\band\b|및", text) if fold(p)]
        if len(parts) >= 2:
            hits = {keyed[p] for p in parts if p in keyed}
            if len({ref_id for ref_id, _code in hits}) == 1:
                return hits.pop()
        raise CellError("import_unknown_reference", field=field, value=text, hint=self.closest(table, folded))

    def closest(self, table: str, folded: str, limit: int = 3) -> str:
        """The rows a misspelt or unknown name most likely means, best first, each with its names.

        Only names that are really alike (and close to the best of them) are offered; in a short
        list (industries, stages) with nothing alike, the list itself is the suggestion."""
        keyed = self.tables[table]
        best: dict[str, float] = {}
        for scorer in (fuzz.WRatio, fuzz.partial_ratio):
            for key, score, _i in process.extract(
                folded, keyed.keys(), scorer=scorer, limit=limit * 4, score_cutoff=70
            ):
                code = keyed[key][1]
                best[code] = max(best.get(code, 0), score)
            if best:
                break
        top = max(best.values(), default=0)
        codes = [c for c, score in sorted(best.items(), key=lambda item: -item[1]) if score >= top - 10][:limit]
        labels = self.labels.get(table, {})
        if not codes and len(labels) <= 15:
            return ", ".join(label.partition(" / ")[0] + ")" for label in labels.values())
        return "; ".join(labels.get(c, c) for c in codes) or "-"

    def code_of(self, ref_id: uuid.UUID) -> str:
        """A reference row's code, or an officer's / investor's id, as a preview shows it."""
        return self.codes.get(ref_id) or self.officer_logins.get(ref_id) or str(ref_id)

    def officer(self, value: Any, field: str) -> uuid.UUID | None:
        text = as_text(value)
        if text is None:
            return None
        found = self.officers.get(fold(text))
        if found is None:
            raise CellError("import_unknown_officer", field=field, value=text)
        return found

    def enum(self, enum: type[Labelled], value: Any, field: str) -> str | None:
        text = as_text(value)
        if text is None:
            return None
        keyed = self.enums.get(enum)
        if keyed is None:
            keyed = {}
            for member in enum:
                for name in (
                    member.value,
                    member.label("ko"),
                    member.label("en"),
                    *_ENUM_ALIASES.get(enum, {}).get(member.value, ()),
                ):
                    if fold(name):
                        keyed.setdefault(fold(name), member.value)
            self.enums[enum] = keyed
        found = keyed.get(fold(text))
        if found is None:
            choices = ", ".join(member.label("ko") + "/" + member.label("en") for member in enum)
            raise CellError("import_unknown_choice", field=field, value=text, choices=choices)
        return found
