"""The demo's aftercare: grievance cases of investors already here (every category, every age, some
overdue), incentive applications at each status on won projects, their procedure milestones (a few
national-security reviews), and enquiries against their response-time targets.

Called by `demo.generator.generate_demo` inside its bulk load, after the projects exist; each phase has its own
random generator, so adding this left the rest of the demo exactly as it was.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from kotra_invest.domain.aftercare_models import Enquiry, GrievanceCase, IncentiveApplication, ProcedureMilestone
from kotra_invest.domain.models import PipelineStage, Project

if TYPE_CHECKING:
    from kotra_invest.demo.generator import _Gen

# category -> (agency, subjects, a resolution, a policy proposal or None)
CASES: dict[str, tuple[str, tuple[str, ...], str, str | None]] = {
    "tax": (
        "기획재정부·국세청",
        ("외국인투자 조세감면 사후관리 해석 문의", "이전가격 사전승인 절차 지연", "배당 원천징수세율 조세조약 적용"),
        "국세청 유권해석 회신으로 해소",
        "조세감면 사후관리 요건을 투자 단계별로 안내하는 지침 마련 건의",
    ),
    "procedure": (
        "산업통상부",
        ("외국인투자 신고 변경 절차 지연", "증액 신고 시 서류 중복 제출", "외국인투자기업 등록 변경 처리 지연"),
        "관계 부처 협의로 처리 기간 단축",
        "증액 신고 서류 간소화(기존 제출 서류 재활용) 건의",
    ),
    "labour": (
        "고용노동부·법무부",
        ("외국인 기술인력 E-7 비자 발급 지연", "교대근무제 도입 관련 근로시간 해석", "외국인 임원 체류자격 연장"),
        "법무부 출입국·외국인정책본부 협조로 비자 발급",
        "첨단산업 외국인 기술인력 비자 신속 심사 트랙 신설 건의",
    ),
    "regulatory": (
        "환경부",
        ("화학물질 등록·평가 절차 부담", "폐수 배출 허가 기준 해석", "인증 중복(국내·해외) 문제"),
        "환경부 해석으로 기존 허가 범위 내 처리",
        None,
    ),
    "construction": (
        "국토교통부·지방자치단체",
        ("공장 증설 건축 인허가 지연", "산업단지 입주 업종 제한", "용수·전력 인입 공사 일정 지연"),
        "지자체 인허가 협의체 운영으로 승인",
        "외국인투자지역 내 증설 인허가 원스톱 처리 건의",
    ),
    "finance": (
        "금융위원회",
        ("외화 차입 신고 절차 문의", "국내 은행 운영자금 대출 한도", "외국환거래 신고 지연"),
        "외국환은행 안내로 신고 완료",
        None,
    ),
    "customs": (
        "관세청",
        ("자본재 관세 감면 대상 품목 해석", "통관 보류로 설비 반입 지연", "원산지 판정 이의"),
        "관세청 사전심사로 감면 적용",
        "외국인투자 자본재 감면 품목 사전 확인제 도입 건의",
    ),
    "living": (
        "지방자치단체",
        ("외국인 임직원 자녀 국제학교 입학", "외국인 임직원 주거 지원", "외국인 운전면허 교환 절차"),
        "지자체 정주지원센터 연계로 해결",
        None,
    ),
    "trade": (
        "산업통상부·관세청",
        ("전략물자 수출허가 지연", "수입 원자재 검사 기간 장기화", "FTA 원산지 증명 발급"),
        "전략물자관리원 판정으로 수출 재개",
        None,
    ),
}
CATEGORY_WEIGHTS = {"procedure": 18, "labour": 16, "tax": 14, "construction": 12, "customs": 10, "regulatory": 10, "finance": 7,
                    "living": 7, "trade": 6}  # fmt: skip

# type -> (granting body, body's name (None: the project's province), share of capex, jobs per USD 1 M, years)
INCENTIVES: dict[str, tuple[str, str | None, tuple[float, float], float, int]] = {
    "cash_grant": ("ministry", "산업통상부 (외국인투자위원회)", (0.05, 0.3), 0.6, 5),
    "fiz_rent": ("local_government", None, (0.01, 0.05), 0.5, 10),
    "customs": ("ministry", "관세청", (0.01, 0.04), 0.0, 3),
    "local_tax": ("local_government", None, (0.005, 0.02), 0.0, 5),
    "employment": ("local_government", None, (0.002, 0.01), 1.0, 2),
    "training": ("local_government", None, (0.001, 0.005), 1.0, 1),
}
INCENTIVE_WEIGHTS = {"cash_grant": 25, "fiz_rent": 15, "customs": 20, "local_tax": 20, "employment": 12, "training": 8}
KRW_PER_USD = Decimal(1400)  # the demo's own round figure for sizing grants; never used to convert

ENQUIRIES = (
    ("부지 임대료와 전력 요금 문의", "Land rent and electricity tariffs"),
    ("외국인투자지역 지정 요건 문의", "Criteria for a foreign investment zone"),
    ("현금지원 신청 절차 문의", "How to apply for a cash grant"),
    ("연구개발센터 설립 지원 문의", "Support for an R&D centre"),
    ("경제자유구역 입주 조건 문의", "Conditions to locate in a FEZ"),
    ("외국인 기술인력 비자 문의", "Visas for foreign engineers"),
    ("합작 파트너 소개 요청", "Introduction to a joint-venture partner"),
)
PROSPECTS = ("Nordic Foods AB", "Helvetia Precision SA", "Maple Leaf Batteries Inc.", "Kiwi Dairy Ltd", "Bavaria Sensorik GmbH",
             "Lusitania Cork SA", "Andes Lithium SpA", "Danube Pharma Kft", "Saigon Textiles JSC", "Tasman Hydrogen Pty Ltd")  # fmt: skip
WON = ("NOTIFIED", "ARRIVED", "AFTERCARE")


def generate(gen: _Gen) -> None:
    rng = gen.rng("aftercare")
    officers = [o for o in gen.officers if o.role in ("officer", "leader")] or gen.officers
    won = gen.conn.execute(
        select(
            Project.id,
            Project.investor_id,
            PipelineStage.code,
            Project.stage_since,
            Project.capex_amount,
            Project.project_type,
            Project.target_province_id,
        )
        .join(PipelineStage, PipelineStage.id == Project.stage_id)
        .where(PipelineStage.code.in_(WON))
    ).all()
    gen.insert(GrievanceCase.__table__, _cases(gen, rng, officers, {p.investor_id: p.id for p in won}))
    incentives, milestones = _project_rows(gen, rng, officers, won)
    gen.insert(IncentiveApplication.__table__, incentives)
    gen.insert(ProcedureMilestone.__table__, milestones)
    gen.insert(Enquiry.__table__, _enquiries(gen, rng, officers))


def _at(day: date, hour: int = 9) -> datetime:
    return datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=hour)


def _cases(
    gen: _Gen, rng: random.Random, officers: list[Any], won_project: dict[uuid.UUID, uuid.UUID]
) -> list[dict[str, Any]]:
    """Investors already here (or with a won project) bring grievances: most are resolved, the
    recent ones are open, a few are past their targets."""
    today, rows = gen.today, []
    categories, weights = list(CATEGORY_WEIGHTS), list(CATEGORY_WEIGHTS.values())
    for inv in gen.investors:
        if not (inv.in_korea or inv.id in won_project) or rng.random() > 0.45:
            continue
        for _ in range(rng.choice((1, 1, 1, 2))):
            category = rng.choices(categories, weights)[0]
            agency, subjects, resolution, proposal = CASES[category]
            received = today - timedelta(days=int(rng.expovariate(1 / 90)) % 420)
            age = (today - received).days
            # Not yet taken up: half the cases of the last ten days, and a few forgotten older ones.
            waiting = rng.random() < (0.5 if age <= 10 else 0.04)
            ack = None if waiting else received + timedelta(days=rng.choice((0, 1, 1, 2, 3, 5)))
            if ack is not None and ack > today:
                ack = None
            resolved = None
            if ack is not None and age > 20 and rng.random() < min(0.9, age / 120):
                resolved = min(today, ack + timedelta(days=rng.randint(5, 80)))
            status = "resolved" if resolved else ("acknowledged" if ack else "received")
            if resolved and rng.random() < 0.06:
                status = "withdrawn"
            row = gen.synced(_at(received), _at(resolved or ack or received, 15))
            row.update(
                investor_id=inv.id,
                project_id=won_project.get(inv.id) if rng.random() < 0.5 else None,
                subject=rng.choice(subjects),
                description=f"{inv.name}: {rng.choice(subjects)} 관련 애로 해소 요청",
                category=category,
                agency=agency,
                home_doctor_id=rng.choice(officers).id,
                status=status,
                received_on=received,
                acknowledged_on=ack,
                resolved_on=resolved,
                resolution=(resolution if status == "resolved" else "투자가 요청으로 취하") if resolved else None,
                policy_proposal=proposal if proposal and resolved and rng.random() < 0.4 else None,
            )
            rows.append(row)
    return rows


def _project_rows(
    gen: _Gen, rng: random.Random, officers: list[Any], won: Sequence[Any]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Won projects apply for incentives (each status represented) and walk the procedure."""
    today = gen.today
    names = {v: k for k, v in gen.ref.province.items()}
    types, _weights = list(INCENTIVE_WEIGHTS), list(INCENTIVE_WEIGHTS.values())
    incentives: list[dict[str, Any]] = []
    milestones: list[dict[str, Any]] = []
    for p in won:
        since = p.stage_since or today
        capex = Decimal(p.capex_amount or 5_000_000)
        province = gen.ref.province_name.get(names.get(p.target_province_id, ""), ("지방자치단체", ""))[0]
        for kind in rng.sample(types, k=rng.choice((0, 1, 1, 2, 3))) if rng.random() < 0.75 else []:
            body, body_name, share, jobs_per_m, years = INCENTIVES[kind]
            krw = capex * KRW_PER_USD * Decimal(str(round(rng.uniform(*share), 4)))
            applied = since - timedelta(days=rng.randint(-30, 120))
            applied = min(applied, today - timedelta(days=5))
            status = rng.choices(
                ("applied", "approved", "paid", "rejected", "clawed_back"),
                (20, 25, 40, 10, 5) if p.code != "NOTIFIED" else (55, 35, 5, 5, 0),
            )[0]
            approved = (
                min(today, applied + timedelta(days=rng.randint(20, 120)))
                if status in ("approved", "paid", "clawed_back")
                else None
            )
            paid = (
                min(today, approved + timedelta(days=rng.randint(20, 150)))
                if approved and status in ("paid", "clawed_back")
                else None
            )
            jobs = int(float(capex) / 1_000_000 * jobs_per_m) or None
            row = gen.synced(_at(applied), _at(paid or approved or applied, 16))
            row.update(
                project_id=p.id,
                incentive_type=kind,
                granting_body=body,
                granting_body_name=body_name or province,
                status=status,
                amount=Decimal(int(krw / 1_000_000) * 1_000_000),
                currency="KRW",
                applied_on=applied,
                approved_on=approved,
                paid_on=paid,
                jobs_required=jobs,
                keep_years=years,
                conditions=f"신규 고용 {jobs}명 이상, 투자 {years}년 이상 유지"
                if jobs
                else f"투자 {years}년 이상 유지",
                clawback=(
                    "고용 목표 미달로 지원금 일부 환수"
                    if status == "clawed_back"
                    else "조건 미이행 시 미이행 비율만큼 환수"
                ),
                notes=None,
            )
            incentives.append(row)
        steps = {"NOTIFIED": 1, "ARRIVED": 3, "AFTERCARE": 4}[p.code]
        day = since - timedelta(days=rng.randint(10, 60)) if p.code != "NOTIFIED" else since
        for step, document in (
            ("remittance", "외화매입증명서"),
            ("incorporation", "법인등기부등본"),
            ("business_registration", "사업자등록증"),
            ("fic_registration", "외국인투자기업 등록증명서"),
        )[:steps]:
            day = min(today, day + timedelta(days=rng.randint(3, 40)))
            if rng.random() < 0.15:  # a step the officer has not recorded yet
                continue
            row = gen.synced(_at(day), _at(day, 17))
            row.update(
                project_id=p.id,
                step=step,
                on_date=day,
                ends_on=None,
                document=f"{document} 제{day.year}-{rng.randint(100, 9999)}호",
                recorded_by_id=rng.choice(officers).id,
                note=None,
            )
            milestones.append(row)
        if p.project_type == "mna" and rng.random() < 0.25:  # an acquisition in a sensitive industry
            started = since - timedelta(days=rng.randint(40, 120))
            ended = started + timedelta(days=rng.randint(30, 90)) if rng.random() < 0.7 else None
            row = gen.synced(_at(started), _at(min(today, ended or started), 17))
            row.update(
                project_id=p.id,
                step="security_review",
                on_date=started,
                ends_on=ended if ended and ended <= today else None,
                document="국가안보 심사 결과 통지서" if ended else None,
                recorded_by_id=rng.choice(officers).id,
                note="외국인투자 국가안보 심사(외국인투자촉진법 제5조)",
            )
            milestones.append(row)
    return incentives, milestones


def _enquiries(gen: _Gen, rng: random.Random, officers: list[Any]) -> list[dict[str, Any]]:
    """Enquiries of the last two months: most answered in time, a few late, some not yet answered."""
    today, rows = gen.today, []
    sources = ("email", "website", "overseas_office", "phone", "event", "referral")
    for n in range(30 * gen.scale + 10):
        received = today - timedelta(days=int(rng.expovariate(1 / 18)) % 60)
        subject_ko, _en = rng.choice(ENQUIRIES)
        investor = rng.choice(gen.investors) if gen.investors and rng.random() < 0.45 else None
        ack = received + timedelta(days=rng.choice((0, 0, 1, 1, 2, 4))) if rng.random() < 0.9 else None
        ack = ack if ack and ack <= today else None
        answered = ack + timedelta(days=rng.choice((0, 1, 2, 3, 5, 8, 12))) if ack and rng.random() < 0.8 else None
        answered = answered if answered and answered <= today else None
        row = gen.synced(_at(received, 10), _at(answered or ack or received, 16))
        row.update(
            subject=subject_ko,
            body=None,
            source=rng.choice(sources),
            investor_id=investor.id if investor else None,
            company=None if investor else PROSPECTS[n % len(PROSPECTS)],
            contact_name=None,
            received_on=received,
            acknowledged_on=ack,
            answered_on=answered,
            owner_id=rng.choice(officers).id,
            priority=rng.choices(("high", "normal", "low"), (20, 65, 15))[0],
            answer="자료 송부 및 후속 면담 제안" if answered else None,
        )
        rows.append(row)
    return rows
