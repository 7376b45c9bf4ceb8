"""A country reads as officers write it — Korea, Vietnam — not as ISO 3166 lists it ("Korea,
Republic of", "Viet Nam"), in every list, pack and export, a database made before the change too;
records keep the ISO code, and a file that writes the ISO name still imports."""

from __future__ import annotations

from sqlalchemy import text

from kotra_invest.services import reference
from kotra_invest.services.database import connect
from kotra_invest.services.investors import InvestorDraft, create_investor, get_investor_row
from kotra_invest.services.unit_of_work import Context
from kotra_invest.store import migrate
from kotra_invest.store.engine import open_database


def test_a_new_database_names_korea_and_vietnam_as_officers_write_them(ctx: Context) -> None:
    names = {item.code: (item.name_ko, item.name_en) for item in reference.list_reference(ctx, "countries")}
    assert names["KR"] == ("대한민국", "Korea")
    assert names["VN"] == ("베트남", "Vietnam")
    assert not [name for _ko, name in names.values() if ", " in name or " of" in name]  # no ISO inversions
    investor = create_investor(ctx, InvestorDraft(name="Hanbit Materials", country_code="KR"))
    row = get_investor_row(ctx, investor)
    assert (row.country_code, row.country) == ("KR", "Korea")


def test_the_upgrade_renames_the_iso_names_an_older_database_has_and_keeps_an_admins_own(db_url: str) -> None:
    db = open_database(db_url)
    try:
        migrate.upgrade(db, "0022_search_hidden_with_investor")
        with db.engine.begin() as conn:  # as 0003 seeded Korea; Vietnam renamed by an admin since
            rename = text("UPDATE country SET name_en = :name WHERE code = :code")
            conn.execute(
                rename, [{"name": "Korea, Republic of", "code": "KR"}, {"name": "Viet Nam (SRV)", "code": "VN"}]
            )
            version = conn.execute(text("SELECT version FROM country WHERE code = 'KR'")).scalar_one()
        migrate.upgrade(db)
        with db.engine.connect() as conn:
            rows = conn.execute(
                text("SELECT code, name_en, version, updated_by FROM country WHERE code IN ('KR', 'VN')")
            )
            after = {code: (name, v, by) for code, name, v, by in rows}
        assert after["KR"] == ("Korea", version + 1, "migration")
        assert after["VN"][0] == "Viet Nam (SRV)"
        migrate.downgrade(db, "0022_search_hidden_with_investor")
        with db.engine.connect() as conn:
            assert (
                conn.execute(text("SELECT name_en FROM country WHERE code = 'KR'")).scalar_one() == "Korea, Republic of"
            )
        migrate.upgrade(db)
    finally:
        db.dispose()
    opened = connect(db_url)
    try:
        names = {i.code: i.name_en for i in reference.list_reference(Context(opened, "tester", "test"), "countries")}
        assert names["KR"] == "Korea"
    finally:
        opened.dispose()


def test_a_file_that_writes_the_iso_name_still_finds_the_country(ctx: Context) -> None:
    from kotra_invest.importers.lookups import Lookups
    from kotra_invest.services.unit_of_work import unit_of_work

    with unit_of_work(ctx) as session:
        lookups = Lookups(session)
        for written, code in (("Korea, Republic of", "KR"), ("Korea", "KR"), ("Viet Nam", "VN"), ("Vietnam", "VN")):
            assert lookups.reference("country", written, "country")[1] == code, written  # type: ignore[index]
