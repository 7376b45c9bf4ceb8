"""A quarter of FDI built by hand (2026 Q2), and its table computed by hand: the figures the
ministry's quarterly table must show, to the cent, whatever engine or client reads them.

Three investors, three projects, tranches in USD, EUR (two dated rates), KRW and JPY (no rate:
left out and listed), plus tranches outside the quarter and a deleted one that must not count.
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from kotra_invest.domain.enums import FdiKind, NewOrAdditional, ProjectType
from kotra_invest.services import fx, projects, records
from kotra_invest.services.investors import InvestorDraft, create_investor
from kotra_invest.services.projects import FdiAmountDraft, ProjectDraft
from kotra_invest.services.unit_of_work import Context

D = Decimal

# dimension -> key -> (notified, arrived) in 2026 Q2, USD; keys not listed are (0, 0).
EXPECTED_DIRECT: dict[str, dict[str, tuple[Decimal, Decimal]]] = {
    "country": {"NL": (D("10000000.10"), D("1100000.00")), "JP": (D("1000000.00"), D(0)),
                "DE": (D("2500000.55"), D("333.33"))},
    "industry": {"BATTERY": (D("10000000.10"), D("1100000.00")), "SEMI": (D("1000000.00"), D(0)),
                 "HYDROGEN": (D("2500000.55"), D("333.33"))},
    "type": {"greenfield": (D("12500000.65"), D("1100333.33")), "mna": (D("1000000.00"), D(0))},
    "new_or_additional": {"new": (D("3500000.55"), D("333.33")), "additional": (D("10000000.10"), D("1100000.00"))},
    "region": {"CC": (D("10000000.10"), D("1100000.00")), "CAP": (D("1000000.00"), D(0)),
               "JB": (D("2500000.55"), D("333.33"))},
    "province": {"KR-44": (D("10000000.10"), D("1100000.00")), "KR-11": (D("1000000.00"), D(0)),
                 "KR-45": (D("2500000.55"), D("333.33"))},
}  # fmt: skip
# By the ultimate parent's country, the Dutch holding's money is American.
EXPECTED_ULTIMATE_COUNTRY = {"US": (D("10000000.10"), D("1100000.00")), "JP": (D("1000000.00"), D(0)),
                             "DE": (D("2500000.55"), D("333.33"))}  # fmt: skip
EXPECTED_TOTAL = (D("13500000.65"), D("1100333.33"))
EXPECTED_RATES = [("EUR", date(2026, 1, 1), D("0.8")), ("EUR", date(2026, 5, 1), D("0.9")),
                  ("KRW", date(2026, 4, 1), D("1400"))]  # fmt: skip
EXPECTED_UNCONVERTED = [("JPY", date(2026, 6, 1), D("5000000"))]


def build_quarter(ctx: Context) -> dict[str, uuid.UUID]:
    fx.set_rate(ctx, "EUR", date(2026, 1, 1), "0.8", "test")
    fx.set_rate(ctx, "EUR", date(2026, 5, 1), "0.9", "test")
    fx.set_rate(ctx, "EUR", date(2026, 7, 1), "0.5", "test")  # after the quarter: never used
    fx.set_rate(ctx, "KRW", date(2026, 4, 1), "1400", "test")
    holding = create_investor(ctx, InvestorDraft("Volt Holdings BV", country_code="US", direct_country_code="NL"))
    nippon = create_investor(ctx, InvestorDraft("Nippon Wafer KK", country_code="JP"))
    hydro = create_investor(ctx, InvestorDraft("Hydro Werke GmbH", country_code="DE"))
    p1 = projects.create_project(
        ctx,
        ProjectDraft(
            holding,
            "Cell plant expansion",
            ProjectType.GREENFIELD,
            "NOTIFIED",
            target_province_code="KR-44",
            industry_code="BATTERY",
            new_or_additional=NewOrAdditional.ADDITIONAL,
        ),
    )
    p2 = projects.create_project(
        ctx,
        ProjectDraft(
            nippon, "Wafer fab stake", ProjectType.MNA, "NOTIFIED", target_province_code="KR-11", industry_code="SEMI"
        ),
    )
    p3 = projects.create_project(
        ctx,
        ProjectDraft(
            hydro,
            "Electrolyser works",
            ProjectType.GREENFIELD,
            "NOTIFIED",
            target_province_code="KR-45",
            industry_code="HYDROGEN",
        ),
    )

    def add(project: uuid.UUID, kind: FdiKind, amount: str, currency: str, on: date) -> uuid.UUID:
        return projects.add_fdi_amount(ctx, project, FdiAmountDraft(kind, amount, on, currency))

    n, a = FdiKind.NOTIFIED, FdiKind.ARRIVED
    add(p1, n, "10000000.10", "USD", date(2026, 4, 2))
    add(p1, a, "900000", "EUR", date(2026, 5, 15))  # at 0.9 (2026-05-01): 1,000,000.00
    add(p1, a, "80000", "EUR", date(2026, 4, 20))  # at 0.8 (2026-01-01): 100,000.00
    add(p2, n, "1400000000", "KRW", date(2026, 6, 30))  # at 1400: 1,000,000.00
    add(p2, a, "5000000", "JPY", date(2026, 6, 1))  # no JPY rate: left out, listed
    add(p3, n, "2500000.55", "USD", date(2026, 5, 5))
    add(p3, a, "333.33", "USD", date(2026, 6, 30))
    add(p3, n, "999", "USD", date(2026, 3, 31))  # Q1
    add(p3, n, "777", "USD", date(2026, 7, 1))  # Q3
    gone = add(p1, n, "123456", "USD", date(2026, 4, 3))
    records.delete(ctx, projects.FDI_AMOUNT, gone)
    return {"p1": p1, "p2": p2, "p3": p3}
