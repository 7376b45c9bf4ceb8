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

from kotra_invest.catalog import msg
from kotra_invest.domain.enums import IMPORT_KINDS
from kotra_invest.domain.errors import DomainError, NotFound
from kotra_invest.importers.values import fold

KINDS = IMPORT_KINDS
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
        _f(
            "name_ko",
            "한글 회사명",
            "Korean name",
            "국문 회사명",
            "국문명",
            "한글명",
            "한글 이름",
            "회사명(국문)",
            "name (ko)",
        ),
        _f(
            "country",
            "국가",
            "Country",
            "국적",
            "본사 국가",
            "투자국",
            "최종모기업 국적",
            "모기업 국적",
            "hq country",
            "country of origin",
            "nation",
            "ultimate parent country",
            "parent country",
        ),
        _f(
            "direct_country",
            "직접투자자 국적",
            "Direct investor's country",
            "직접투자국",
            "신고 국적",
            "direct country",
            "direct investor country",
        ),
        _f("industry", "산업", "Industry", "업종", "산업 분야", "분야", "sector", "industry sector"),
        _f("size", "기업 규모", "Company size", "규모", "size"),
        _f("website", "웹사이트", "Website", "홈페이지", "url", "web", "site", "homepage", "domain"),
        _COMMON_OWNER,
        _f("tags", "태그", "Tags", "키워드", "labels", "keywords"),
        _f(
            "hq_city",
            "본사 소재지",
            "HQ city",
            "본사 도시",
            "본사 위치",
            "본사 소재 도시",
            "hq location",
            "headquarters city",
        ),
        _f("in_korea", "국내 진출", "Already in Korea", "한국 진출 여부", "국내법인", "in korea", "korean subsidiary"),
        _f("notes", "메모", "Notes", "비고", "특이사항", "remarks", "comments", "description", "note"),
        # The other records a tracker row carries: its contact person, planned project, last meeting.
        _f(
            "contact_name",
            "상대 담당자",
            "Contact person",
            "담당자명",
            "담당자 이름",
            "키맨",
            "key person",
            "contact",
            "contact person",
            "contact name",
        ),
        _f("contact_title", "담당자 직책", "Contact's job title", "직책", "직위", "직함", "job title", "position"),
        _f("contact_email", "이메일", "Contact e-mail", "메일", "이메일 주소", "email", "e-mail", "email address"),
        _f(
            "contact_phone",
            "전화",
            "Contact phone",
            "전화번호",
            "연락처",
            "휴대폰",
            "핸드폰",
            "tel",
            "telephone",
            "mobile",
            "phone",
        ),
        _f("project_title", "프로젝트명", "Project title", "프로젝트", "사업명", "project", "project name"),
        _f(
            "project_capex",
            "투자 예정액",
            "Planned investment",
            "투자예정액",
            "투자 예정 금액",
            "투자금액",
            "투자액",
            "투자규모",
            "예상 투자액",
            "capex",
            "expected capex",
            "planned amount",
            "investment amount",
        ),
        _f("project_currency", "통화", "Currency", "화폐", "ccy"),
        _f("project_stage", "진행 단계", "Project stage", "단계", "진행상황", "stage", "pipeline stage"),
        _f(
            "meeting_date",
            "최근 접촉일",
            "Last contact",
            "최근접촉일",
            "최근 면담일",
            "최근 미팅",
            "접촉일",
            "면담일",
            "last contact date",
            "last meeting",
            "last meeting date",
        ),
        _f("meeting_summary", "최근 접촉 내용", "Last contact notes", "면담 내용", "접촉 내용", "meeting notes"),
        # With a delegation chosen for the file (a briefing's "investors to meet"), each row is also
        # one of the trip's meeting targets: its priority, status and talking points.
        _f("target_priority", "우선순위", "Priority", "면담 우선순위", "priority"),
        _f("target_status", "면담 상태", "Meeting status", "면담 진행", "meeting status"),
        _f("target_points", "면담 목표·논의 사항", "Talking points", "면담 목표", "논의 사항", "talking points"),
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
        _f(
            "new_or_additional", "신규·증액", "New / additional", "신규/증액", "신규증액", "증액 여부", "new/additional"
        ),
        _f("stage", "단계", "Stage", "진행 단계", "진행상황", "상태", "status", "pipeline stage"),
        _f("stage_since", "단계 변경일", "Stage since", "단계 시작일", "단계 일자", "기준일", "since", "시작일"),
        _f(
            "province",
            "시·도",
            "Province",
            "시도",
            "지역",
            "투자 지역",
            "대상 지역",
            "대상 시·도",
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
        _f(
            "notified_amount",
            "신고 금액",
            "Notified amount",
            "신고액",
            "신고금액",
            "notified",
            "pledged",
            "pledged amount",
            "신고",  # "신고 (USD)": the app's own project list
        ),
        _f(
            "notified_on",
            "신고일",
            "Notified on",
            "신고 일자",
            "최근 신고일",
            "latest notified",
            "pledge date",
            "notification date",
        ),
        _f("arrived_amount", "도착 금액", "Arrived amount", "도착액", "도착금액", "arrived", "도착"),
        _f("arrived_on", "도착일", "Arrived on", "도착 일자", "최근 도착일", "latest arrived", "arrival date"),
        _f(
            "expected_jobs",
            "고용 예정",
            "Expected jobs",
            "예상 고용",
            "고용",
            "고용창출",
            "일자리",
            "jobs",
            "employment",
        ),
        _f("probability", "가능성", "Probability", "성사 가능성", "확률", "likelihood"),
        _f("confidential", "대외비", "Confidential", "비공개", "secret"),
        _f("code_name", "코드명", "Code name", "가칭"),
        _COMMON_OWNER,
        # What the pipeline export says of each investor: enough to create one the database lacks.
        _f("investor_ko", "투자가 (한글)", "Investor's Korean name", "투자가 한글명", "korean name", "name (ko)"),
        _f("investor_country", "본사 국가", "HQ country", "국가", "국적", "country", "hq country"),
        _f("investor_direct_country", "직접투자자 국적", "Direct investor's country", "직접투자국", "direct country"),
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
        _f(
            "contact",
            "상대방",
            "Contact",
            "상대",
            "면담자",
            "참석자",
            "counterpart",
            "contact name",
            "contact email",
            "attendee",
        ),
        _COMMON_OWNER,
    ),
    # The delegations list (desktop and `export delegations`): a row is a delegation, its lead
    # provinces and its destinations.
    "delegations": (
        _f(
            "title",
            "투자유치단",
            "Delegation",
            "투자유치단명",
            "사절단",
            "제목",
            "행사명",
            "title",
            "delegation name",
            required=True,
        ),
        _f("title_en", "영문 제목", "English title", "영문명", "title (en)", "english name"),
        _f("year", "연도", "Year", "년도", "사업연도"),
        _f("dates", "일정", "Dates", "기간", "방문 기간", "period", "travel dates"),
        _f("starts_on", "출발일", "Starts on", "시작일", "start date", "from"),
        _f("ends_on", "귀국일", "Ends on", "종료일", "end date", "until"),
        _f("status", "상태", "Status", "진행 상태"),
        _f(
            "lead_provinces",
            "주관 시·도",
            "Lead province",
            "주관 시도",
            "주관 지자체",
            "주관",
            "lead provinces",
            "lead",
            required=True,
        ),
        _f("industry", "산업", "Industry", "대상 산업", "타깃 산업", "업종", "target industry", "sector"),
        _f("destinations", "방문지", "Destinations", "방문 도시", "방문국", "방문 국가·도시", "cities", "destination"),
        _f("objectives", "목표", "Objectives", "목적", "방문 목적", "purpose"),
    ),
    # The tasks list: "About" names the project, investor or delegation the task is about.
    "tasks": (
        _f("title", "할 일", "Task", "업무", "과제", "제목", "todo", "to-do", "title", required=True),
        _f("due_on", "기한", "Due", "마감일", "기한일", "due date", "deadline"),
        _f("status", "상태", "Status", "진행 상태"),
        _f("assignee", "담당", "Assignee", "담당자", "담당 직원", "담당관", "owner", "officer", "assigned to"),
        _f("about", "관련 대상", "About", "대상", "관련", "관련 기업", "regarding", "subject", "related to"),
        _f("notes", "메모", "Notes", "비고", "내용", "remarks", "comments", "description"),
    ),
    # One delegation's itinerary (the briefing workbook's 일정 sheet): the delegation is chosen for
    # the whole file. "한국 시각 / Korea time" is derived from the local time and zone, never read.
    "itinerary": (
        _f("day", "날짜", "Day", "일자", "date"),
        _f("starts_local", "현지 시각", "Local time", "시작 시각", "시작", "start time", "starts", "from"),
        _f("ends_local", "종료 시각", "Ends", "종료", "end time", "until"),
        _f("time_zone", "시간대", "Time zone", "타임존", "zone", "tz"),
        _f("kind", "구분", "Kind", "유형", "종류", "type"),
        _f("title", "내용", "Title", "일정", "제목", "subject", "activity", required=True),
        _f("city", "도시", "City", "방문 도시"),
        _f("venue", "장소", "Venue", "place", "location"),
        _f("investor", "투자가", "Investor", "기업", "기업명", "company"),
        _f("notes", "메모", "Notes", "비고", "remarks", "comments"),
    ),
    # One delegation's members (the table under the briefing's overview): the delegation is chosen
    # for the whole file; a member who is one of our officers is linked to the officer.
    "members": (
        _f("name", "이름", "Name", "성명", "단원", "member", "full name", required=True),
        _f("name_en", "영문 이름", "English name", "영문명", "영문 성명", "name (en)"),
        _f("organisation", "소속", "Organisation", "소속 기관", "기관", "organization", "agency"),
        _f("position", "직위", "Position", "직책", "직함", "job title", "title"),
        _f("is_leader", "단장", "Leader", "단장 여부", "head", "head of delegation"),
    ),
    # The Aftercare page's lists as `export cases|incentives|enquiries` writes them. Their derived
    # columns (age, due, overdue) are the targets' arithmetic, never read back.
    "cases": (
        _f("subject", "제목", "Subject", "고충", "고충 내용", "건명", "title", "grievance", required=True),
        _INVESTOR_REF,
        _f("project", "프로젝트", "Project", "관련 프로젝트", "project title"),
        _f("category", "분야", "Category", "고충 분야", "유형", "type", required=True),
        _f("status", "상태", "Status", "진행 상태", "처리 상태"),
        _f("received_on", "접수일", "Received", "접수", "received on", "date received", required=True),
        _f("acknowledged_on", "착수일", "Acknowledged", "착수", "acknowledged on"),
        _f("resolved_on", "해결일", "Resolved", "처리일", "종결일", "resolved on", "closed on"),
        _f("agency", "관계 부처·기관", "Ministry or agency", "관계 부처", "관계 기관", "부처", "agency", "ministry"),
        _f("home_doctor", "홈닥터", "Home Doctor", "담당 홈닥터", "담당자", "officer"),
        _f("resolution", "처리 결과", "Resolution", "조치 결과", "결과", "outcome"),
        _f("policy_proposal", "제도개선 건의", "Policy-improvement proposal", "제도개선", "policy proposal"),
    ),
    "incentives": (
        _INVESTOR_REF,
        _f("project", "프로젝트", "Project", "관련 프로젝트", "project title", required=True),
        _f(
            "incentive_type",
            "인센티브",
            "Incentive",
            "인센티브 유형",
            "지원 유형",
            "incentive type",
            "type",
            required=True,
        ),
        _f("granting_body", "지원 기관", "Granting body", "지원기관", "지급 기관", "granted by", "body", required=True),
        _f("status", "상태", "Status", "진행 상태"),
        _f("amount", "금액", "Amount", "지원 금액", "지원액", "value"),
        _f("currency", "통화", "Currency", "화폐"),
        _f("applied_on", "신청일", "Applied", "applied on", "application date"),
        _f("approved_on", "승인일", "Approved", "approved on"),
        _f("paid_on", "지급일", "Paid", "paid on"),
        _f("jobs_required", "고용 조건(명)", "Jobs to create", "고용 조건", "고용 인원", "jobs"),
        _f("keep_years", "유지 기간(년)", "Years to keep", "유지 기간", "years to keep the investment"),
        _f("conditions", "조건", "Conditions", "지원 조건"),
        _f("clawback", "환수", "Clawback", "환수 조건"),
    ),
    "enquiries": (
        _f("subject", "제목", "Subject", "문의 내용", "건명", "title", required=True),
        _f("who", "문의자", "Who asked", "문의 기업", "기업", "회사", "investor", "company"),
        _f("contact_name", "담당자(문의)", "Contact", "문의 담당자", "연락처 성명", "contact name"),
        _f("source", "경로", "Source", "문의 경로", "접수 경로", "channel", required=True),
        _f("priority", "우선순위", "Priority", "중요도"),
        _f("received_on", "접수일", "Received", "접수", "received on", "date received", required=True),
        _f("acknowledged_on", "착수일", "Acknowledged", "착수", "acknowledged on"),
        _f("answered_on", "답변일", "Answered", "회신일", "answered on"),
        _f("owner", "담당자", "Owner", "담당 직원", "담당관", "officer"),
    ),
}


# The record kind a field of an investors import fills, by its prefix (the rest fill the investor).
RECORD_PREFIXES = (("contact_", "contacts"), ("project_", "projects"), ("meeting_", "interactions"))


def record_of(kind: str, field_key: str | None) -> str:
    """Which record a field fills: an investors import also creates contacts, projects and meetings."""
    if kind == "investors" and field_key:
        for prefix, record in RECORD_PREFIXES:
            if field_key.startswith(prefix):
                return record
    return kind


def fields_of(kind: str) -> tuple[FieldSpec, ...]:
    if kind not in FIELDS:
        raise DomainError("invalid_value", field="kind", value=kind)
    return FIELDS[kind]


@cache
def _built_in_aliases(kind: str | None) -> dict[str, str]:
    found: dict[str, str] = {}
    for k in (kind,) if kind else KINDS:
        for spec in FIELDS[k]:
            for alias in spec.aliases:
                found.setdefault(fold(alias), spec.key)
    return found


def _aliases(kind: str | None) -> dict[str, str]:
    """folded alias -> field key; for `None`, the aliases of every kind (to find a header row).
    The officer's own header names come first: they are what this officer's files say."""
    own = own_header_names()
    if not own:
        return _built_in_aliases(kind)
    found: dict[str, str] = {}
    known = {k: {s.key for s in FIELDS[k]} for k in KINDS}
    for k in (kind,) if kind else KINDS:
        for field_key, names in own.get(k, {}).items():
            if field_key in known[k]:
                for name in names:
                    if fold(name):
                        found.setdefault(fold(name), field_key)
    for alias, field_key in _built_in_aliases(kind).items():
        found.setdefault(alias, field_key)
    return found


# --- the officer's own header names ----------------------------------------------------------


def header_names_path() -> Path:
    return mappings_dir() / "header-names.json"


_own_cache: dict[tuple[str, int], dict[str, dict[str, list[str]]]] = {}


def own_header_names() -> dict[str, dict[str, list[str]]]:
    """kind -> field -> the header names this officer added (an unreadable file is none)."""
    path = header_names_path()
    try:
        stamp = (str(path), path.stat().st_mtime_ns)
    except OSError:
        return {}
    if stamp not in _own_cache:  # the header scan asks for every cell of the first rows
        _own_cache.clear()
        _own_cache[stamp] = _read_own(path)
    return json.loads(json.dumps(_own_cache[stamp]))  # a copy the caller may change


def _read_own(path: Path) -> dict[str, dict[str, list[str]]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {
        k: {f: [n for n in names if isinstance(n, str)] for f, names in v.items() if isinstance(names, list)}
        for k, v in data.items()
        if k in FIELDS and isinstance(v, dict)
    }


@dataclass(frozen=True)
class HeaderName:
    kind: str
    field: str
    name: str
    built_in: bool


def list_header_names(kind: str) -> list[HeaderName]:
    """Every header name an import of `kind` reads, field by field: built in, then the officer's own."""
    own = own_header_names().get(kind, {})
    found: list[HeaderName] = []
    for spec in fields_of(kind):
        found.extend(HeaderName(kind, spec.key, alias, True) for alias in spec.aliases)
        found.extend(HeaderName(kind, spec.key, name, False) for name in own.get(spec.key, []))
    return found


def add_header_name(kind: str, field_key: str, name: str) -> HeaderName:
    """Let a column headed `name` fill `field_key` in this officer's imports of `kind`."""
    from kotra_invest.services import validation as check

    specs = {s.key: s for s in fields_of(kind)}
    if field_key not in specs:
        raise DomainError("invalid_value", field="field", value=field_key)
    name = check.required_text(check.single_line(name), "header_name", max_length=120)
    taken = _aliases(kind).get(fold(name))
    if not fold(name):
        raise DomainError("invalid_value", field="header_name", value=name)
    if taken is not None:
        raise DomainError("header_name_taken", value=name, field=specs[taken].label("en"))
    own = own_header_names()
    own.setdefault(kind, {}).setdefault(field_key, []).append(name)
    _write_header_names(own)
    return HeaderName(kind, field_key, name, False)


def remove_header_name(kind: str, field_key: str, name: str) -> HeaderName:
    """Forget one of the officer's own header names (the built-in ones stay)."""
    fields_of(kind)
    own = own_header_names()
    names = own.get(kind, {}).get(field_key, [])
    kept = [n for n in names if fold(n) != fold(name)]
    if len(kept) == len(names):
        raise NotFound("header name", name)
    own[kind][field_key] = kept
    _write_header_names(own)
    return HeaderName(kind, field_key, name, False)


def _write_header_names(own: dict[str, dict[str, list[str]]]) -> None:
    target = header_names_path()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".tmp")
        tmp.write_text(json.dumps(own, ensure_ascii=False, indent=2, sort_keys=True), encoding="utf-8")
        tmp.replace(target)
    except OSError as exc:
        raise DomainError("write_failed", path=str(target), reason=exc.strerror or type(exc).__name__) from exc


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
    # Choices made by reading the values, not only the header: (column, Korean, English) sentences.
    reasons: tuple[tuple[int, str, str], ...] = field(default=())

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
        present = set(self.columns)
        if self.kind == "investors" and "name_ko" in present:
            present.add("name")  # a Korean-only row is named by its Korean name
        return tuple(s.key for s in fields_of(self.kind) if s.required and s.key not in present)

    def explain(self, lang: str = "ko") -> list[str]:
        """Each automatic choice made from the values, as a sentence: "담당자 → Contact person: …"."""
        labels = {s.key: s.label(lang) for s in fields_of(self.kind)}
        lines = []
        for column, ko, en in self.reasons:
            target = self.columns[column] if column < len(self.columns) else None
            shown = labels.get(target, "—") if target else (msg("importers.mapping", "ignored").text(lang))
            lines.append(f"{self.headers[column]} → {shown}: {ko if lang == 'ko' else en}")
        return lines


def suggest_mapping(
    kind: str,
    headers: tuple[str, ...] | list[str],
    *,
    remembered: bool = True,
    sample: tuple[tuple[Any, ...], ...] | list[tuple[Any, ...]] = (),
    officers: frozenset[str] | set[str] | None = None,
    owners_are_officers: bool = False,
) -> Mapping:
    """A mapping for these headers: the one saved for this header set, else matched by name.

    Names are matched exactly (folded: case, width, spaces, punctuation) against Korean and
    English aliases, then fuzzily (a typo or an extra word) with a high cut-off; a field is
    given to one column only, the best-scoring one.

    With a `sample` of data rows, ambiguous headers (담당자, 연락처, 이름 …) are decided by their
    values — `officers` (folded logins, names, e-mails) vs. people at the company vs. phone
    numbers — and Korean / English name columns by their script; each such choice is explained
    in `Mapping.reasons`.
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
    mapping = Mapping(kind=kind, headers=headers, columns=tuple(columns))
    if sample:
        mapping = _by_content(mapping, [tuple(r) for r in sample], officers or frozenset(), owners_are_officers)
    return mapping


# --- reading the values ----------------------------------------------------------------------

# Headers that name a role, not a content: the values tell an officer from a person at the company
# from a phone number.
AMBIGUOUS_HEADERS = frozenset(
    fold(h)
    for h in (
        "담당자",
        "담당",
        "담당자명",
        "연락처",
        "담당자 연락처",
        "이름",
        "성명",
        "contact",
        "contacts",
        "person",
        "name",
    )
)
_PLAIN_NAMES = frozenset({fold("이름"), fold("name"), fold("명칭")})
_PERSON_FIELDS = frozenset(
    {"owner", "contact_name", "contact_phone", "contact_email", "full_name", "phone", "email", "contact"}
)
# What a value looks like -> the fields (in order of preference) it can fill.
_FIELDS_BY_CONTENT = {
    "officer": ("owner",),
    "email": ("contact_email", "email", "contact"),
    "phone": ("contact_phone", "phone"),
    "person": ("contact_name", "full_name", "contact"),
}
_CONTENT_WORDS = {
    "officer": msg("importers.mapping", "the values are officers (logins or names)"),
    "email": msg("importers.mapping", "the values are e-mail addresses"),
    "phone": msg("importers.mapping", "the values are phone numbers"),
    "person": msg("importers.mapping", "values are not officers: people at the company"),
}
_EMAIL_LIKE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE_LIKE = re.compile(r"^[+(]?[\d][\d\s().\-/]{5,}(?:\s*(?:ext|x|내선)\.?\s*\d+)?$", re.IGNORECASE)
_LOGIN_LIKE = re.compile(r"^[a-z][a-z0-9]*[._][a-z0-9._]+$")


def _values(sample: list[tuple[Any, ...]], column: int) -> list[str]:
    found = []
    for row in sample:
        value = row[column] if column < len(row) else None
        if value is None:
            continue
        text = str(int(value)) if isinstance(value, float) and value.is_integer() else str(value).strip()
        if text:
            found.append(text)
    return found


def classify_values(values: list[str], officers: frozenset[str] | set[str]) -> str | None:
    """What a column's values are: "officer", "email", "phone", "person", or None (no values)."""
    if not values:
        return None

    def share(test: Any) -> float:
        return sum(1 for v in values if test(v)) / len(values)

    if officers and share(lambda v: fold(v) in officers) >= 0.5:
        return "officer"
    if share(lambda v: _EMAIL_LIKE.match(v) is not None) >= 0.6:
        return "email"
    if share(lambda v: _PHONE_LIKE.match(v) is not None and sum(c.isdigit() for c in v) >= 7) >= 0.6:
        return "phone"
    if share(lambda v: _LOGIN_LIKE.match(v) is not None) >= 0.6:
        return "officer"  # "kim.minsu": a login, even of an officer this database does not know yet
    return "person"


def hangul_share(values: list[str]) -> float:
    """The share of letters that are Hangul, over all the values' letters."""
    letters = [ch for v in values for ch in v if ch.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for ch in letters if "\uac00" <= ch <= "\ud7a3" or "\u3131" <= ch <= "\u318e") / len(letters)


def _by_content(
    mapping: Mapping,
    sample: list[tuple[Any, ...]],
    officers: frozenset[str] | set[str],
    owners_are_officers: bool = False,
) -> Mapping:
    kind = mapping.kind
    known = {s.key for s in fields_of(kind)}
    aliases = _aliases(kind)
    columns = list(mapping.columns)
    reasons: list[tuple[int, str, str]] = []
    # Ambiguous role headers first: the values decide.
    for i, header in enumerate(mapping.headers):
        folded = fold(re.sub(r"\(.*?\)|\[.*?\]", "", header))
        if folded not in AMBIGUOUS_HEADERS and not (columns[i] in _PERSON_FIELDS and folded.startswith("담당")):
            continue
        if columns[i] is not None and columns[i] not in _PERSON_FIELDS:
            continue  # "이름" that is already the company name of a contacts file stays so
        if owners_are_officers and columns[i] == "owner":
            continue  # the user said what to do with owners unknown here: the column names officers
        what = classify_values(_values(sample, i), officers)
        if what is None:
            continue
        choice = next(
            (f for f in _FIELDS_BY_CONTENT[what] if f in known and (f == columns[i] or f not in columns)), None
        )
        if choice is None or (choice == columns[i] and folded not in AMBIGUOUS_HEADERS):
            continue
        columns[i] = choice
        reasons.append((i, *_CONTENT_WORDS[what]))
    # A list of investors headed just "이름" / "Name" (the app's own investor list is): with no
    # other column naming the company, that column is the company's name, not a person's.
    if kind == "investors" and "name" not in columns:
        plain = next(
            (
                i
                for i, h in enumerate(mapping.headers)
                if fold(h) in _PLAIN_NAMES and columns[i] in (None, "contact_name")
            ),
            None,
        )
        if plain is not None:
            if columns[plain] == "contact_name":
                reasons = [r for r in reasons if r[0] != plain]
            columns[plain] = "name"
            reasons.append((plain, "회사 이름을 적은 다른 열이 없습니다", "no other column names the company"))
    # Korean and English names: the Hangul column is the Korean name, the Latin one the name.
    if kind in ("investors", "contacts"):
        name_key = "name" if kind == "investors" else "full_name"
        candidates = [
            i
            for i, header in enumerate(mapping.headers)
            if columns[i] in (name_key, "name_ko")
            or (
                columns[i] is None
                and aliases.get(fold(re.sub(r"\(.*?\)|\[.*?\]", "", header))) in (name_key, "name_ko")
            )
        ]
        if len(candidates) >= 2:
            scripts = {i: hangul_share(_values(sample, i)) for i in candidates}
            korean = max(candidates, key=lambda i: scripts[i])
            latin = min(candidates, key=lambda i: scripts[i])
            if scripts[korean] >= 0.5 and scripts[latin] < 0.5 and korean != latin:
                for i in candidates:
                    if columns[i] in (name_key, "name_ko") and i not in (korean, latin):
                        columns[i] = None
                if columns[korean] != "name_ko":
                    columns[korean] = "name_ko"
                    reasons.append((korean, "값이 한글입니다", "the values are written in Hangul"))
                if columns[latin] != name_key:
                    columns[latin] = name_key
                    reasons.append(
                        (
                            latin,
                            "값이 영문입니다 (영문만 있는 행도 가져옵니다)",
                            "the values are in Latin letters (English-only rows are valid)",
                        )
                    )
    return replace(mapping, columns=tuple(columns), reasons=tuple(reasons))


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
