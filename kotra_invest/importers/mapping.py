"""Which column of a file fills which field: suggested from Korean/English header names, saved per header set.

A mapping is plain data (frozen): the wizard shows it, the user changes a column with
`Mapping.assign`, and the same header set next time gets the saved mapping back.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from kotra_invest.domain.errors import DomainError
from kotra_invest.importers.values import fold

KINDS = ("investors", "contacts", "projects", "interactions")
# The last column of an error workbook (see error_book): the reasons, never data to import.
ERROR_COLUMN = "가져오기 오류 / Import errors"


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label_ko: str
    label_en: str
    required: bool = False
    aliases: tuple[str, ...] = ()

    def label(self, lang: str = "ko") -> str:
        return self.label_ko if lang == "ko" else self.label_en


def _f(key: str, ko: str, en: str, *aliases: str, required: bool = False) -> FieldSpec:
    return FieldSpec(key, ko, en, required, (key, ko, en, *aliases))


_INVESTOR_REF = _f(
    "investor",
    "투자가",
    "Investor",
    "회사",
    "회사명",
    "기업",
    "기업명",
    "투자기업",
    "업체명",
    "company",
    "company name",
    "investor name",
    "organisation",
    "organization",
    "account",
    required=True,
)
_COMMON_OWNER = _f("owner", "담당자", "Owner", "담당관", "담당 직원", "officer", "account owner", "담당자 id", "login")

FIELDS: dict[str, tuple[FieldSpec, ...]] = {
    "investors": (
        _f(
            "name",
            "회사명",
            "Company name",
            "투자가",
            "투자가명",
            "기업명",
            "회사",
            "업체명",
            "기업",
            "company",
            "investor",
            "name",
            "organisation",
            "organization",
            "account name",
            "영문 회사명",
            "영문명",
            "company (en)",
            required=True,
        ),
        _f("name_ko", "한글 회사명", "Korean name", "국문 회사명", "국문명", "한글명", "회사명(국문)", "name (ko)"),
        _f("country", "국가", "Country", "국적", "본사 국가", "투자국", "hq country", "country of origin", "nation"),
        _f("industry", "산업", "Industry", "업종", "산업 분야", "분야", "sector", "industry sector"),
        _f("size", "기업 규모", "Company size", "규모", "size"),
        _f("website", "웹사이트", "Website", "홈페이지", "url", "web", "site", "homepage", "domain"),
        _COMMON_OWNER,
        _f("tags", "태그", "Tags", "키워드", "labels", "keywords"),
        _f("in_korea", "국내 진출", "Already in Korea", "한국 진출 여부", "국내법인", "in korea", "korean subsidiary"),
        _f("notes", "메모", "Notes", "비고", "특이사항", "remarks", "comments", "description", "note"),
    ),
    "contacts": (
        _INVESTOR_REF,
        _f(
            "full_name",
            "이름",
            "Full name",
            "성명",
            "담당자명",
            "연락처 이름",
            "name",
            "contact",
            "contact name",
            "person",
            required=True,
        ),
        _f("name_ko", "한글 이름", "Korean name", "국문 성명", "한글 성명"),
        _f("job_title", "직책", "Job title", "직위", "직함", "title", "position", "role"),
        _f("email", "이메일", "E-mail", "메일", "이메일 주소", "email", "email address", "e-mail address", "mail"),
        _f(
            "phone",
            "전화",
            "Phone",
            "전화번호",
            "연락처",
            "휴대폰",
            "핸드폰",
            "tel",
            "telephone",
            "mobile",
            "phone number",
        ),
        _f("consent", "동의", "Consent", "개인정보 동의", "수집 동의", "consent status", "gdpr consent"),
        _f("source", "출처", "Source", "수집 경로", "획득 경로", "lead source"),
        _f("notes", "메모", "Notes", "비고", "remarks", "comments"),
    ),
    "projects": (
        _INVESTOR_REF,
        _f(
            "title",
            "프로젝트명",
            "Project title",
            "프로젝트",
            "사업명",
            "과제명",
            "project",
            "project name",
            "title",
            required=True,
        ),
        _f("project_type", "투자 유형", "Project type", "유형", "투자형태", "type", "investment type"),
        _f("stage", "단계", "Stage", "진행 단계", "진행상황", "상태", "status", "pipeline stage"),
        _f("stage_since", "단계 변경일", "Stage since", "기준일", "since"),
        _f(
            "province",
            "시·도",
            "Province",
            "시도",
            "지역",
            "투자 지역",
            "대상 지역",
            "location",
            "target province",
            "region",
        ),
        _f("fez", "경제자유구역", "FEZ", "경자구역", "free economic zone"),
        _f("industry", "산업", "Industry", "업종", "분야", "sector"),
        _f(
            "capex",
            "투자 예정액",
            "Expected capex",
            "투자금액",
            "투자액",
            "투자규모",
            "금액",
            "capex",
            "investment",
            "investment amount",
            "amount",
        ),
        _f("currency", "통화", "Currency", "화폐", "ccy"),
        _f("notified_amount", "신고 금액", "Notified amount", "신고액", "신고금액", "pledged", "pledged amount"),
        _f("notified_on", "신고일", "Notified on", "신고 일자", "pledge date", "notification date"),
        _f("arrived_amount", "도착 금액", "Arrived amount", "도착액", "도착금액", "arrived"),
        _f("arrived_on", "도착일", "Arrived on", "도착 일자", "arrival date"),
        _f("expected_jobs", "고용 예정", "Expected jobs", "고용", "고용창출", "일자리", "jobs", "employment"),
        _f("probability", "가능성", "Probability", "성사 가능성", "확률", "likelihood"),
        _f("confidential", "대외비", "Confidential", "비공개", "secret"),
        _f("code_name", "코드명", "Code name", "가칭"),
        _COMMON_OWNER,
    ),
    "interactions": (
        _INVESTOR_REF,
        _f(
            "occurred_at",
            "일시",
            "Date",
            "날짜",
            "일자",
            "면담일",
            "면담 일시",
            "접촉일",
            "when",
            "date",
            "meeting date",
            required=True,
        ),
        _f("kind", "유형", "Kind", "구분", "활동 유형", "접촉 방법", "type", "activity", "activity type", "channel"),
        _f(
            "summary",
            "내용",
            "Summary",
            "면담 내용",
            "주요 내용",
            "요약",
            "subject",
            "notes",
            "description",
            "topic",
            required=True,
        ),
        _f("outcome", "결과", "Outcome", "후속 조치", "조치사항", "result", "next steps", "follow-up"),
        _f("contact", "상대방", "Contact", "면담자", "참석자", "contact name", "contact email", "attendee"),
        _COMMON_OWNER,
    ),
}


def fields_of(kind: str) -> tuple[FieldSpec, ...]:
    if kind not in FIELDS:
        raise DomainError("invalid_value", field="kind", value=kind)
    return FIELDS[kind]


@cache
def _aliases(kind: str | None) -> dict[str, str]:
    """folded alias -> field key; for `None`, the aliases of every kind (to find a header row)."""
    found: dict[str, str] = {}
    for k in (kind,) if kind else KINDS:
        for spec in FIELDS[k]:
            for alias in spec.aliases:
                found.setdefault(fold(alias), spec.key)
    return found


def is_known_header(text: str) -> bool:
    """Whether a cell reads like a column name of any kind of import."""
    key = fold(text)
    return bool(key) and key in _aliases(None)


@dataclass(frozen=True)
class Mapping:
    """For each column of the file (by position, named by `headers`), the field it fills or None."""

    kind: str
    headers: tuple[str, ...]
    columns: tuple[str | None, ...]
    default_currency: str = "USD"  # for amounts whose text and row name no currency
    notes: tuple[str, ...] = field(default=())  # e.g. "remembered from 2026-11-02"

    def assign(self, column: int, field_key: str | None) -> Mapping:
        """The mapping with `column` filling `field_key` (None: ignored); a field fills from one column only."""
        if field_key is not None and field_key not in {s.key for s in fields_of(self.kind)}:
            raise DomainError("invalid_value", field="mapping", value=field_key)
        if not 0 <= column < len(self.columns):
            raise DomainError("invalid_value", field="mapping", value=column)
        columns = [None if (c == field_key and field_key is not None) else c for c in self.columns]
        columns[column] = field_key
        return replace(self, columns=tuple(columns))

    def column_of(self, field_key: str) -> int | None:
        try:
            return self.columns.index(field_key)
        except ValueError:
            return None

    def missing_required(self) -> tuple[str, ...]:
        return tuple(s.key for s in fields_of(self.kind) if s.required and s.key not in self.columns)


def suggest_mapping(kind: str, headers: tuple[str, ...] | list[str], *, remembered: bool = True) -> Mapping:
    """A mapping for these headers: the one saved for this header set, else matched by name.

    Names are matched exactly (folded: case, width, spaces, punctuation) against Korean and
    English aliases, then fuzzily (a typo or an extra word) with a high cut-off; a field is
    given to one column only, the best-scoring one.
    """
    fields_of(kind)
    headers = tuple(headers)
    if remembered:
        saved = remembered_mapping(kind, headers)
        if saved is not None:
            return saved
    aliases = _aliases(kind)
    columns: list[str | None] = [None] * len(headers)
    taken: set[str] = set()
    for i, header in enumerate(headers):
        # "투자금액(USD)", "신고 금액 [백만불]": the name without its unit note
        key = aliases.get(fold(header)) or aliases.get(fold(re.sub(r"\(.*?\)|\[.*?\]", "", header)))
        if key and key not in taken:
            columns[i] = key
            taken.add(key)
    choices = list(aliases)
    for i, header in enumerate(headers):
        folded = fold(header)
        if columns[i] is not None or len(folded) < 2:
            continue
        best = process.extractOne(folded, choices, scorer=fuzz.ratio, score_cutoff=85)
        key = aliases[best[0]] if best is not None else _contained(folded, choices, aliases)
        if key is not None and key not in taken:
            columns[i] = key
            taken.add(key)
    return Mapping(kind=kind, headers=headers, columns=tuple(columns))


def _contained(folded: str, choices: list[str], aliases: dict[str, str]) -> str | None:
    """The field of an alias ending a longer header: "담당자 메모" is a memo, not an officer.
    Korean and English compounds end in their head noun; the longest such alias wins."""
    inside = [c for c in choices if len(c) >= 2 and folded.endswith(c)]
    if not inside:
        return None
    best = max(inside, key=lambda c: (folded.endswith(c), len(c)))
    return aliases[best]


# --- saved mappings ------------------------------------------------------------------------


def mappings_dir() -> Path:
    from platformdirs import user_config_path

    return user_config_path("kotra-invest", appauthor=False) / "import-mappings"


def header_key(kind: str, headers: tuple[str, ...]) -> str:
    """The name a mapping is remembered under: the kind and the (folded) header set."""
    # An error workbook carries the file's own headers plus the reasons: the same header set.
    names = [fold(h) for h in headers if fold(h) != fold(ERROR_COLUMN)]
    digest = hashlib.sha256("\x1f".join(names).encode()).hexdigest()[:20]
    return f"{kind}-{digest}"


def mapping_to_json(mapping: Mapping) -> dict[str, Any]:
    return {
        "kind": mapping.kind,
        "default_currency": mapping.default_currency,
        "columns": {h: c for h, c in zip(mapping.headers, mapping.columns, strict=True) if c},
    }


def mapping_from_json(data: Any, kind: str, headers: tuple[str, ...], *, origin: str) -> Mapping:
    """A saved mapping applied to these headers: by header name, so a moved column still maps."""
    if not isinstance(data, dict) or not isinstance(data.get("columns"), dict):
        raise DomainError("import_bad_mapping", path=origin, reason="no 'columns' object")
    if data.get("kind", kind) != kind:
        raise DomainError("import_bad_mapping", path=origin, reason=f"a mapping for {data.get('kind')}")
    known = {s.key for s in fields_of(kind)}
    by_header = {fold(str(h)): v for h, v in data["columns"].items()}
    columns: list[str | None] = []
    used: set[str] = set()
    for header in headers:
        target = by_header.get(fold(header))
        if target is not None and (not isinstance(target, str) or target not in known):
            raise DomainError("import_bad_mapping", path=origin, reason=f"unknown field {target!r}")
        if target in used:
            target = None
        if target:
            used.add(target)
        columns.append(target)
    currency = str(data.get("default_currency") or "USD").upper()
    if len(currency) != 3 or not currency.isalpha():
        raise DomainError("import_bad_mapping", path=origin, reason=f"currency {currency!r}")
    return Mapping(kind=kind, headers=tuple(headers), columns=tuple(columns), default_currency=currency)


def load_mapping(path: str | Path, kind: str, headers: tuple[str, ...]) -> Mapping:
    """A mapping file (JSON: {"columns": {header: field}, "default_currency": "USD"}) for these headers."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise DomainError("import_file_missing", path=path.name) from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DomainError("import_bad_mapping", path=path.name, reason=type(exc).__name__) from exc
    return mapping_from_json(data, kind, headers, origin=path.name)


def save_mapping(mapping: Mapping, path: str | Path | None = None) -> Path:
    """Write the mapping (to `path`, or remembered for its header set in the user's config folder)."""
    target = Path(path) if path is not None else mappings_dir() / f"{header_key(mapping.kind, mapping.headers)}.json"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".tmp")
        tmp.write_text(json.dumps(mapping_to_json(mapping), ensure_ascii=False, indent=2), encoding="utf-8")
        tmp.replace(target)
    except OSError as exc:
        raise DomainError("write_failed", path=str(target), reason=exc.strerror or type(exc).__name__) from exc
    return target


def remembered_mapping(kind: str, headers: tuple[str, ...]) -> Mapping | None:
    """The mapping saved for exactly this header set, if any (an unreadable one is ignored)."""
    path = mappings_dir() / f"{header_key(kind, headers)}.json"
    if not path.exists():
        return None
    try:
        mapping = load_mapping(path, kind, headers)
    except DomainError:
        return None
    return replace(mapping, notes=("remembered",))
