"""Reference data as DOMAIN.md describes it, seeded by the migrations and editable afterwards."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from kotra_invest.domain.errors import NotFound, ValidationError
from kotra_invest.domain.models import AuditEntry
from kotra_invest.services.reference import list_reference, rename_reference
from kotra_invest.services.unit_of_work import Context, unit_of_work


def test_five_mega_regions_and_three_special_provinces_cover_seventeen_provinces(ctx: Context) -> None:
    regions = {r.code: r.name_ko for r in list_reference(ctx, "regions")}
    assert regions == {
        "CAP": "수도권",
        "SE": "동남권",
        "DG": "대경권",
        "CC": "중부권",
        "HN": "호남권",
        "GW": "강원특별자치도",
        "JB": "전북특별자치도",
        "JJ": "제주특별자치도",
    }
    provinces = {p.name_en: p.parents[0] for p in list_reference(ctx, "provinces")}
    assert len(provinces) == 17
    assert provinces["Jeonbuk"] == "JB"  # 3특, not 호남권
    assert {name for name, region in provinces.items() if region == "HN"} == {"Gwangju", "Jeonnam"}
    assert {name for name, region in provinces.items() if region == "CC"} == {
        "Daejeon",
        "Sejong",
        "Chungbuk",
        "Chungnam",
    }


def test_nine_fezs_and_the_provinces_they_span(ctx: Context) -> None:
    fezs = {f.code: set(f.parents) for f in list_reference(ctx, "fezs")}
    assert len(fezs) == 9
    assert fezs["GFEZ"] == {"KR-46", "KR-48"}  # Gwangyang Bay spans Jeonnam and Gyeongnam
    assert fezs["BJFEZ"] == {"KR-26", "KR-48"}
    covered = set().union(*fezs.values())
    assert "KR-45" not in covered and "KR-49" not in covered  # Jeonbuk and Jeju have no FEZ


def test_stages_and_countries_have_korean_and_english_names(ctx: Context) -> None:
    stages = [(s.code, s.name_ko) for s in list_reference(ctx, "stages")]
    assert stages[0] == ("LEAD", "잠재 발굴") and ("NOTIFIED", "신고") in stages and ("ARRIVED", "도착") in stages
    countries = {c.code: (c.name_ko, c.name_en) for c in list_reference(ctx, "countries")}
    assert countries["DE"] == ("독일", "Germany") and len(countries) >= 40


def test_an_admin_can_rename_a_row_and_the_change_is_audited(ctx: Context) -> None:
    renamed = rename_reference(ctx, "industries", "robot", name_ko="로봇·AI", name_en=None)
    assert (renamed.code, renamed.name_ko, renamed.name_en, renamed.version) == ("ROBOT", "로봇·AI", "Robotics", 2)
    with unit_of_work(ctx) as session:
        change = session.scalars(select(AuditEntry).where(AuditEntry.record_id == renamed.id)).one()
    assert (change.field, change.old_value, change.new_value) == ("name_ko", "로봇", "로봇·AI")

    with pytest.raises(NotFound):
        rename_reference(ctx, "industries", "TOBACCO", name_ko="담배", name_en=None)
    with pytest.raises(ValidationError):
        rename_reference(ctx, "regions", "CAP", name_ko=" ", name_en=None)
    assert list_reference(ctx, "regions")[0].name_ko == "수도권"
