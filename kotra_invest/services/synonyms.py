"""The other names officers give reference rows: "의료기기" for 제약·바이오, "U.S." for 미국.

Synonyms are reference data the agency keeps, not code: a built-in starting set, to which an
admin adds (or from which removes) names without a release. They are stored in the `setting`
table as one JSON document (a handful of rows, read once per import) and used by every import
to read industries, countries, provinces, FEZs and stages written as people write them.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kotra_invest.domain.errors import NotFound, ValidationError
from kotra_invest.domain.models import Setting
from kotra_invest.services import access
from kotra_invest.services import validation as check
from kotra_invest.services.reference import KINDS
from kotra_invest.services.unit_of_work import Context, unit_of_work

SETTING_KEY = "reference.synonyms"
# The reference kinds whose rows an import reads by name, and their tables.
TABLES = {
    "industries": "industry",
    "countries": "country",
    "provinces": "province",
    "fezs": "fez",
    "stages": "pipeline_stage",
}

BUILT_IN: dict[str, dict[str, tuple[str, ...]]] = {
    "industry": {
        "BIO": ("의료기기", "의료", "바이오", "제약", "헬스케어", "바이오헬스", "의약품", "medical devices", "medtech",
                "healthcare", "health care", "biotech", "biotechnology", "pharma", "pharmaceuticals", "life sciences"),
        "AI": ("AI", "데이터센터", "AI·데이터센터", "빅데이터", "클라우드", "소프트웨어", "data center", "data centre",
               "datacenter", "cloud", "machine learning", "software"),
        "SEMI": ("반도체 장비", "반도체 소재", "팹", "chips", "semiconductor", "foundry"),
        "BATTERY": ("2차전지", "배터리", "전지", "양극재", "음극재", "battery", "batteries", "ev battery"),
        "ROBOT": ("로보틱스", "산업용 로봇", "robot", "robots", "automation", "스마트팩토리", "스마트 공장", "공장자동화",
                  "smart factory", "factory automation"),
        "HYDROGEN": ("연료전지", "fuel cell", "fuel cells", "h2"),
        "AERO": ("항공", "우주", "드론", "aviation", "space", "aerospace and defence", "drones"),
        "MOBILITY": ("자동차", "전기차", "자율주행", "자동차부품", "automotive", "ev", "electric vehicles", "auto parts"),
        "DISPLAY": ("OLED", "디스플레이 패널", "display"),
        "SHIP": ("조선", "해양플랜트", "shipbuilding", "offshore", "marine"),
        "DIGITAL": ("게임", "콘텐츠", "엔터테인먼트", "games", "gaming", "media", "entertainment"),
        "ENERGY": ("신재생", "재생에너지", "태양광", "풍력", "해상풍력", "solar", "wind", "offshore wind", "renewables"),
        "LOGISTICS": ("물류센터", "유통", "해운", "logistics", "shipping", "distribution", "warehousing"),
    },
    "country": {
        "US": ("미국", "USA", "U.S.", "U.S.A.", "US", "America", "United States", "United States of America", "美國",
               "미합중국", "US of A"),
        "GB": ("UK", "U.K.", "Britain", "Great Britain", "England", "United Kingdom of Great Britain", "GBR", "영국"),
        "KR": ("Korea", "South Korea", "Republic of Korea", "Korea, Republic of", "한국", "남한", "KOR", "ROK"),
        "DE": ("Deutschland", "DEU", "Federal Republic of Germany", "독일"),
        "JP": ("JPN", "Nippon", "日本", "일본"),
        "CN": ("CHN", "PRC", "People's Republic of China", "중화인민공화국", "中国"),
        "FR": ("FRA",),
        "NL": ("Holland", "NLD", "The Netherlands"),
        "CH": ("CHE", "Swiss"),
        "TW": ("Chinese Taipei", "Republic of China", "TWN"),
        "VN": ("Vietnam", "Viet Nam", "VNM"),
        "AE": ("UAE", "U.A.E.", "Emirates"),
        "TR": ("Turkey", "터키", "TUR"),
        "CZ": ("Czech Republic", "CZE"),
        "IR": ("Islamic Republic of Iran",),
        "SG": ("SGP",),
        "IN": ("IND",),
        "CA": ("CAN",),
        "AU": ("AUS",),
        "HK": ("HKG", "Hong Kong SAR", "香港"),
    },
}  # fmt: skip


@dataclass(frozen=True)
class Synonym:
    kind: str  # the reference kind: industries, countries …
    code: str  # the row it names
    name: str
    built_in: bool


# "added" / "removed" -> table -> code -> names
_Stored = dict[str, dict[str, dict[str, list[str]]]]


def _stored(session: Session) -> _Stored:
    """{"added": {table: {code: [names]}}, "removed": {table: {code: [names]}}} as stored."""
    value = session.scalar(select(Setting.value).where(Setting.key == SETTING_KEY))
    try:
        data = json.loads(value) if value else {}
    except ValueError:
        data = {}  # a damaged document is no reason to stop importing: the built-in names still work
    parts: _Stored = {}
    for part in ("added", "removed"):
        value = data.get(part) if isinstance(data, dict) else None
        parts[part] = value if isinstance(value, dict) else {}
    return parts


def synonyms_by_table(session: Session) -> dict[str, dict[str, list[str]]]:
    """table -> code -> the names that also mean that row (built in, plus added, minus removed)."""
    stored = _stored(session)
    found: dict[str, dict[str, list[str]]] = {}
    for table in TABLES.values():
        codes: dict[str, list[str]] = {code: list(names) for code, names in BUILT_IN.get(table, {}).items()}
        for code, names in (stored["added"].get(table) or {}).items():
            codes.setdefault(code, []).extend(n for n in names if isinstance(n, str))
        for code, names in (stored["removed"].get(table) or {}).items():
            gone = {n.casefold() for n in names if isinstance(n, str)}
            codes[code] = [n for n in codes.get(code, []) if n.casefold() not in gone]
        found[table] = codes
    return found


def fold(text: str) -> str:
    """Names compared without case, width, spaces and punctuation (as an import compares them)."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in text if ch.isalnum())


def _table(kind: str) -> str:
    if kind not in TABLES:
        raise ValidationError("invalid_value", field="kind", value=kind)
    return TABLES[kind]


def list_synonyms(ctx: Context, kind: str) -> list[Synonym]:
    table = _table(kind)
    with unit_of_work(ctx) as session:
        current = synonyms_by_table(session)[table]
    built_in = {(c, n.casefold()) for c, names in BUILT_IN.get(table, {}).items() for n in names}
    return [
        Synonym(kind, code, name, (code, name.casefold()) in built_in)
        for code in sorted(current)
        for name in current[code]
    ]


def _save(session: Session, stored: _Stored) -> None:
    row = session.get(Setting, SETTING_KEY)
    text = json.dumps(stored, ensure_ascii=False, sort_keys=True)
    if row is None:
        session.add(Setting(key=SETTING_KEY, value=text))
    else:
        row.value = text


def add_synonym(ctx: Context, kind: str, code: str, name: str) -> Synonym:
    """Let `name` mean the reference row `code` in imports; a name may mean one row only."""
    table = _table(kind)
    name = check.required_text(name, "synonym", max_length=120)
    with unit_of_work(ctx) as session:
        access.require_admin(access.principal(session, ctx))  # reference data is the agency's
        model = KINDS[kind]
        row = session.scalar(select(model).where(model.code == code.strip().upper(), model.deleted_at.is_(None)))
        if row is None:
            raise NotFound(kind, code)
        for other, names in synonyms_by_table(session)[table].items():
            if other != row.code and any(fold(n) == fold(name) for n in names):
                raise ValidationError("synonym_taken", value=name, row=other)
        stored = _stored(session)
        removed = stored["removed"].setdefault(table, {}).setdefault(row.code, [])
        stored["removed"][table][row.code] = [n for n in removed if n.casefold() != name.casefold()]
        added = stored["added"].setdefault(table, {}).setdefault(row.code, [])
        if name.casefold() not in {n.casefold() for n in added}:
            added.append(name)
        _save(session, stored)
        session.commit()
        return Synonym(kind, row.code, name, False)


def remove_synonym(ctx: Context, kind: str, name: str) -> Synonym:
    """Stop `name` meaning the row it means now (a built-in name too)."""
    table = _table(kind)
    with unit_of_work(ctx) as session:
        access.require_admin(access.principal(session, ctx))
        for code, names in synonyms_by_table(session)[table].items():
            hit = next((n for n in names if n.casefold() == name.strip().casefold()), None)
            if hit is None:
                continue
            stored = _stored(session)
            added = stored["added"].get(table, {}).get(code, [])
            stored["added"].setdefault(table, {})[code] = [n for n in added if n.casefold() != hit.casefold()]
            stored["removed"].setdefault(table, {}).setdefault(code, []).append(hit)
            _save(session, stored)
            session.commit()
            return Synonym(kind, code, hit, False)
    raise NotFound("synonym", name)
