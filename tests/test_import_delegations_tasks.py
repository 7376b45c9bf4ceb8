"""Delegations and tasks kept in an officer's own sheets (a title row, merged cells, Korean dates with
weekdays, a CP949 CSV) import through the same engine as the other lists, with the same contract:
a row that cannot be stored is reported with its reason, a file that cannot be read is one sentence,
exit 2, and the database is unchanged."""

from __future__ import annotations

import contextlib
import io
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from import_helpers import csv_file, xlsx
from sqlalchemy import func, select

from kotra_invest.cli import main
from kotra_invest.domain.models import Delegation, DelegationDestination, DelegationProvince, Investor, Task
from kotra_invest.services.delegations import filter_delegations
from kotra_invest.services.investors import InvestorDraft, create_investor
from kotra_invest.services.tasks import task_list
from kotra_invest.services.unit_of_work import Context, unit_of_work


def _cli(ctx: Context, *args: str) -> tuple[int, str, str]:
    who = ["--login", ctx.actor] if ctx.db.is_sqlite else []
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--db", ctx.db.url.render_as_string(hide_password=False), "--lang", "ko", *who, *args])
    return code, out.getvalue(), err.getvalue()


def _count(ctx: Context, *models: Any) -> tuple[int, ...]:
    with unit_of_work(ctx) as session:
        return tuple(session.scalar(select(func.count()).select_from(m)) or 0 for m in models)


def _delegation_tracker(path: Path) -> Path:
    return xlsx(
        path,
        [
            ["2026년 투자유치단 추진 현황 (투자유치처)", None, None, None, None, None],
            ["투자유치단", "기간", "상태", "주관 시·도", "산업", "방문지"],
            [
                "경남 로봇 투자유치단 (독일)",
                "2026. 5. 11. (월) – 2026. 5. 16. (토)",
                "기획",
                "경남",
                "로봇",
                "뮌헨 (DE), 프랑크푸르트 (DE)",
            ],
            [
                "부산·울산 수소 투자유치단",
                "2026-09-01 ~ 2026-09-05",
                "확정",
                "부산광역시, 울산",
                "수소",
                "Washington, D.C. (US), Houston (US)",
            ],
            ["충북 바이오 IR", "2026", "기획", "충북", "바이오", "Graz, Linz (AT)"],
            ["강원 투자유치단", "2026-10-01 – 2026-10-05", "기획", "강원", "바이오", "Springfield (US)"],
            ["전남 에너지 투자유치단", "2026-11-02 – 2026-10-30", "기획", "전남", "에너지", "도쿄 (JP)"],
            ["무주관 투자유치단", "2026-06-01 – 2026-06-03", "기획", None, "바이오", "도쿄 (JP)"],
        ],
        merges=("A1:F1",),
        sheet="투자유치단",
    )


def test_an_officers_delegation_sheet_imports_its_valid_rows_and_says_why_not_the_rest(
    ctx: Context, tmp_path: Path
) -> None:
    code, out, _err = _cli(ctx, "import", "delegations", str(_delegation_tracker(tmp_path / "유치단.xlsx")), "--json")
    assert code == 1  # the valid rows stored, the others failed: a script notices
    report = json.loads(out)
    assert report["created"] == 3, report["errors"]
    reasons = {e["row"]: (e["column"], e["message"]) for e in report["errors"]}
    assert set(reasons) == {6, 7, 8}
    assert reasons[6][0] == "방문지" and "Springfield (US)" in reasons[6][1] and "시간대" in reasons[6][1]
    assert reasons[7][0] == "기간"  # ends before it starts
    assert reasons[8][0] == "주관 시·도"

    rows = {d.title: d for d in filter_delegations(replace(ctx, lang="ko"))}
    robots = rows["경남 로봇 투자유치단 (독일)"]
    assert (robots.starts_on.isoformat(), robots.ends_on.isoformat(), robots.status) == (
        "2026-05-11",
        "2026-05-16",
        "planning",
    )
    assert robots.destinations == ("뮌헨 (DE)", "프랑크푸르트 (DE)") and robots.lead_provinces == ("경상남도",)
    hydrogen = rows["부산·울산 수소 투자유치단"]
    assert hydrogen.destinations == ("워싱턴 D.C. (US)", "휴스턴 (US)") and len(hydrogen.lead_provinces) == 2
    assert rows["충북 바이오 IR"].year == 2026 and rows["충북 바이오 IR"].starts_on is None
    with unit_of_work(ctx) as session:
        zones = dict(session.execute(select(DelegationDestination.city, DelegationDestination.time_zone)).all())
    # Listed cities take the list's zone; Linz (not listed) the one zone of Austria's listed cities.
    assert zones == {
        "Munich": "Europe/Berlin",
        "Frankfurt": "Europe/Berlin",
        "Washington, D.C.": "America/New_York",
        "Houston": "America/Chicago",
        "Graz": "Europe/Vienna",
        "Linz": "Europe/Vienna",
    }


def test_a_task_sheet_in_cp949_finds_what_each_task_is_about(ctx: Context, tmp_path: Path) -> None:
    create_investor(ctx, InvestorDraft(name="Hanseatic BioPharma GmbH"))
    code, _out, err = _cli(ctx, "import", "delegations", str(_delegation_tracker(tmp_path / "유치단.xlsx")))
    assert code == 1, err  # the tracker's invalid rows failed; its valid ones are stored
    path = csv_file(
        tmp_path / "할일.csv",
        [
            "투자지원팀 할 일 목록 (2026. 4.),,,,,",
            "할 일,기한,상태,담당자,관련 대상,메모",
            "샘플 자료 송부,2026. 4. 20. (월),진행 중,,Hanseatic BioPharma GmbH,영문 IR 자료 포함",
            "유치단 브리핑 자료 작성,2026-05-04,완료,,경남 로봇 투자유치단 (독일),",
            "현장 방문 일정 확인,2026-06-01,진행 중,,Nowhere Holdings,",
            "예산 정산,2026-07-01,보류,,,",
        ],
        encoding="cp949",
    )
    code, out, _err = _cli(ctx, "import", "tasks", str(path), "--json")
    assert code == 1  # two rows failed
    report = json.loads(out)
    assert report["created"] == 2
    reasons = {e["row"]: (e["column"], e["message"]) for e in report["errors"]}
    assert reasons[5][0] == "관련 대상" and "Nowhere Holdings" in reasons[5][1]
    assert reasons[6][0] == "상태" and "보류" in reasons[6][1]
    tasks = {t.title: t for t in task_list(replace(ctx, lang="ko"), scope="everyone", include_closed=True)}
    assert (
        tasks["샘플 자료 송부"].investor == "Hanseatic BioPharma GmbH"
        and tasks["샘플 자료 송부"].notes == "영문 IR 자료 포함"
    )
    assert tasks["유치단 브리핑 자료 작성"].delegation == "경남 로봇 투자유치단 (독일)"
    assert tasks["유치단 브리핑 자료 작성"].status == "done"

    # Told to, the unknown company is created with the row.
    code, out, _err = _cli(ctx, "import", "tasks", str(path), "--json", "--unknown-investors", "create")
    report = json.loads(out)
    assert (report["created"], len(report["duplicates"])) == (1, 2)
    assert _count(ctx, Investor)[0] == 2


@pytest.mark.parametrize(
    ("kind", "rows", "said"),
    [
        # A delegations file with no lead province column: the field the import needs is named.
        (
            "delegations",
            [["투자유치단", "기간"], ["경남 로봇 투자유치단", "2026-05-11 – 2026-05-16"]],
            "주관 시·도",
        ),  # in the reader's language (Korean here)
        # A task for an officer nobody knows, with "stop": the import stops before storing anything.
        (
            "tasks",
            [["할 일", "기한", "담당자"], ["자료 송부", "2026-04-20", "kim.nobody"], ["정산", "2026-05-01", None]],
            "kim.nobody",
        ),
        # An itinerary belongs to one trip: without --delegation the import asks for it.
        ("itinerary", [["날짜", "현지 시각", "내용"], ["2026-05-11", "10:00", "Siemens 면담"]], "--delegation"),
    ],
)
def test_a_file_the_import_cannot_take_is_one_sentence_exit_2_and_nothing_stored(
    ctx: Context, tmp_path: Path, kind: str, rows: list[list[Any]], said: str
) -> None:
    before = _count(ctx, Delegation, DelegationProvince, Task)
    code, out, err = _cli(ctx, "import", kind, str(xlsx(tmp_path / f"{kind}.xlsx", rows)), "--unknown-owners", "stop")
    assert code == 2 and out == ""
    assert said in err and len(err.strip().splitlines()) == 1 and "unexpected" not in err, err
    assert _count(ctx, Delegation, DelegationProvince, Task) == before
