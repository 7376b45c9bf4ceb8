"""FEZ promotion: the nine FEZs with their provinces, joint events of several FEZs and regions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from people import acting, team

from kotra_invest.domain.enums import PromotionKind
from kotra_invest.domain.errors import DomainError, NotFound, StaleRecord, ValidationError
from kotra_invest.services import records
from kotra_invest.services.fez import (
    PROMOTION_EVENT,
    PromotionEventDraft,
    get_event_row,
    list_events,
    list_fezs,
)
from kotra_invest.services.unit_of_work import Context

IR_TOKYO = PromotionEventDraft(
    title="경제자유구역 공동 IR (도쿄)",
    title_en="Joint FEZ IR session, Tokyo",
    kind=PromotionKind.IR_SESSION,
    starts_on=date(2026, 5, 20),
    fez_codes=("GFEZ", "BJFEZ"),
    country_code="JP",
    city="Tokyo",
    leads_generated=14,
)


def test_the_nine_fezs_with_their_provinces_and_regions(ctx: Context) -> None:
    fezs = list_fezs(ctx)
    assert len(fezs) == 9 and fezs[0].designated_year == 2003
    gwangyang = next(f for f in fezs if f.code == "GFEZ")
    assert set(gwangyang.provinces) == {"Jeonnam", "Gyeongnam"}
    assert gwangyang.region_codes == ("HN", "SE")  # spans two mega-regions
    korean = {f.code: f for f in list_fezs(Context(ctx.db, ctx.actor, lang="ko"))}
    assert korean["UFEZ"].name == "울산경제자유구역"


def test_a_joint_event_takes_its_regions_from_its_fezs_and_is_counted(ctx: Context) -> None:
    team(ctx)
    event = records.create(ctx, PROMOTION_EVENT, IR_TOKYO)
    row = get_event_row(ctx, event)
    assert (row.fez_codes, row.region_codes, row.country, row.leads_generated) == (
        ("BJFEZ", "GFEZ"),
        ("SE", "HN"),
        "Japan",
        14,
    )
    summit = records.create(
        ctx,
        PROMOTION_EVENT,
        PromotionEventDraft(
            "Invest KOREA Summit", PromotionKind.SUMMIT, date(2025, 11, 4), ("IFEZ",), region_codes=("CAP", "JB")
        ),
    )
    counts = {f.code: f.events for f in list_fezs(ctx)}
    assert (counts["GFEZ"], counts["IFEZ"], counts["UFEZ"]) == (1, 1, 0)
    assert [e.id for e in list_events(ctx)] == [event, summit]  # newest first
    assert [e.id for e in list_events(ctx, year=2025)] == [summit]
    assert [e.id for e in list_events(ctx, fez_code="gfez")] == [event]
    assert [e.id for e in list_events(ctx, region_code="JB")] == [summit]


@pytest.mark.parametrize(
    ("change", "code", "field"),
    [
        ({"fez_codes": ()}, "required", "fez"),
        ({"fez_codes": ("JBFEZ",)}, "invalid_value", "fez"),  # Jeonbuk has no FEZ
        ({"region_codes": ("XX",)}, "invalid_value", "region"),
        ({"ends_on": date(2026, 5, 1)}, "date_order", "ends_on"),
        ({"leads_generated": -1}, "invalid_value", "leads_generated"),
        ({"title": ""}, "required", "title"),
    ],
)
def test_bad_input_names_the_field(ctx: Context, change: dict, code: str, field: str) -> None:
    team(ctx)
    with pytest.raises(ValidationError) as caught:
        records.create(ctx, PROMOTION_EVENT, replace(IR_TOKYO, **change))
    assert (caught.value.code, caught.value.field) == (code, field)
    assert list_events(ctx) == []


def test_edit_undo_delete_restore_and_read_only(ctx: Context) -> None:
    team(ctx)
    event = records.create(ctx, PROMOTION_EVENT, IR_TOKYO)
    draft, version = records.get(ctx, PROMOTION_EVENT, event)
    assert draft == replace(IR_TOKYO, region_codes=("SE", "HN"), fez_codes=("BJFEZ", "GFEZ"))
    v2 = records.update(
        ctx, PROMOTION_EVENT, event, version, replace(draft, fez_codes=("UFEZ",), region_codes=(), leads_generated=20)
    )
    assert get_event_row(ctx, event).region_codes == ("SE",)
    with pytest.raises(StaleRecord):
        records.update(ctx, PROMOTION_EVENT, event, version, draft)
    records.update(ctx, PROMOTION_EVENT, event, v2, draft)
    assert get_event_row(ctx, event).fez_codes == ("BJFEZ", "GFEZ")
    with pytest.raises(DomainError) as caught:
        records.delete(acting(ctx, "reader"), PROMOTION_EVENT, event)
    assert caught.value.code == "read_only"
    records.delete(ctx, PROMOTION_EVENT, event)
    with pytest.raises(NotFound):
        records.get(ctx, PROMOTION_EVENT, event)
    records.restore(ctx, PROMOTION_EVENT, event)
    assert len(list_events(ctx)) == 1
