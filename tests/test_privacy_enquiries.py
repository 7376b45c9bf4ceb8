"""A person's enquiries are their personal data too: the enquiry names who asked in free text
(enquiry.contact_name), so the export lists the enquiries made under the person's name and an
erasure scrubs them — the name, the name, e-mail and phone in the enquiry's text, and their history.
On both engines; on PostgreSQL each officer on their own login after `server init`, where only an
admin's erasure function may redact the trail (migration 0020 taught it the enquiries)."""

from __future__ import annotations

import dataclasses
import json
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select
from test_server_rules import World, world  # noqa: F401 - fixture

from kotra_invest.domain.aftercare_models import Enquiry, EnquirySource
from kotra_invest.domain.errors import DomainError
from kotra_invest.domain.models import AuditEntry, Contact
from kotra_invest.services import aftercare, privacy, records
from kotra_invest.services.audit_trail import verify
from kotra_invest.services.search import search
from kotra_invest.services.unit_of_work import unit_of_work

SECRETS = ("Ada", "Lovelace", "ada@acme.example")


def _enquiries(w: World) -> dict[str, uuid.UUID]:
    kim = w.as_("kim")

    def make(subject: str, **fields: object) -> uuid.UUID:
        draft = aftercare.EnquiryDraft(subject, EnquirySource.EMAIL, date(2026, 4, 4), **fields)  # type: ignore[arg-type]
        return records.create(kim, aftercare.ENQUIRY, draft)

    ids = {
        "hers": make(
            "Land near Daejeon for Ada Lovelace",
            investor_id=w.ids["acme"],
            contact_name="Ada Lovelace",
            body="Ms Lovelace asks for plots over 5 ha; answer to ADA@acme.example",
        ),
        # Not yet linked to an investor, her name typed with other spacing and case.
        "before": make("Incentives for R&D centres", company="Acme Robotics Korea", contact_name=" ada  lovelace"),
        "colleague": make("Visa for engineers", investor_id=w.ids["acme"], contact_name="Grace Hopper"),
        # The same name at another investor is another person.
        "namesake": make("Busan port land", investor_id=w.ids["globex"], contact_name="Ada Lovelace"),
    }
    # A later edit: her name sits in the history as an old value too.
    draft, version = records.get(kim, aftercare.ENQUIRY, ids["hers"])
    records.update(
        kim,
        aftercare.ENQUIRY,
        ids["hers"],
        version,
        aftercare.enquiry_answered(draft, date(2026, 4, 6), "Sent to Ada: three plots"),
    )
    return ids


def test_the_export_lists_the_enquiries_made_under_the_persons_name(world: World, tmp_path: Path) -> None:  # noqa: F811
    ids = _enquiries(world)
    kim = dataclasses.replace(world.as_("kim"), access_reason="data subject request 2026-31", lang="en")
    json_path, xlsx_path = privacy.export_contact(kim, world.ids["contact"], tmp_path)
    held = json.loads(json_path.read_text(encoding="utf-8"))
    assert sorted(e["subject"] for e in held["enquiries"]) == [
        "Incentives for R&D centres",
        "Land near Daejeon for Ada Lovelace",
    ]
    assert all(" ".join(e["contact_name"].split()).casefold() == "ada lovelace" for e in held["enquiries"])
    sheet = load_workbook(xlsx_path)["Enquiries"]
    rows = list(sheet.iter_rows(values_only=True))
    assert "contact_name" in rows[0] and len(rows) == 3
    assert any("Sent to Ada: three plots" in row for row in rows)
    assert ids  # the colleague's and the namesake's enquiries are left out (the subjects above)


def test_an_erasure_scrubs_her_enquiries_and_their_history(world: World) -> None:  # noqa: F811
    ids = _enquiries(world)
    boss = world.as_("boss")  # an admin: on the server only admins may redact the trail
    privacy.erase_contact(boss, world.ids["contact"], "data subject request 2026-31")
    with unit_of_work(boss) as s:
        found = {key: s.get(Enquiry, id_) for key, id_ in ids.items()}
        hers, before = found["hers"], found["before"]
        assert hers is not None and before is not None
        assert (hers.contact_name, before.contact_name) == (None, None)
        kept = f"{hers.subject} {hers.body} {hers.answer} {before.subject}"
        assert kept == (
            "Land near Daejeon for [erased] Ms [erased] asks for plots over 5 ha; answer to [erased] "
            "Sent to [erased]: three plots Incentives for R&D centres"
        )
        # Another person's enquiries keep their names, the namesake at Globex too.
        assert found["colleague"].contact_name == "Grace Hopper"  # type: ignore[union-attr]
        assert found["namesake"].contact_name == "Ada Lovelace"  # type: ignore[union-attr]
        trail = s.scalars(select(AuditEntry).where(AuditEntry.record_id.in_([ids["hers"], ids["before"]]))).all()
        assert trail
        stored = " ".join(f"{e.old_value} {e.new_value}" for e in trail)
        for secret in SECRETS:
            assert secret.casefold() not in stored.casefold()
        namesake = s.scalars(select(AuditEntry).where(AuditEntry.record_id == ids["namesake"])).all()
        assert any("Ada Lovelace" in (e.new_value or "") for e in namesake)
    [audit, _access] = verify(boss)
    assert audit.broken is None  # the redaction is one the chain allows
    # Nor does the search index find her enquiries by her name any more: only the namesake's.
    found_by_name = {h.id for h in search(boss, "Lovelace", kinds=("enquiry",))}
    assert found_by_name == {ids["namesake"]}
    assert search(boss, "ada@acme.example", kinds=("enquiry",)) == []


def test_a_viewer_may_neither_export_nor_erase(world: World, tmp_path: Path) -> None:  # noqa: F811
    ids = _enquiries(world)
    reader = dataclasses.replace(world.as_("reader"), access_reason="curious")
    with pytest.raises(DomainError):
        privacy.export_contact(reader, world.ids["contact"], tmp_path)
    with pytest.raises(DomainError):
        privacy.erase_contact(reader, world.ids["contact"], "no")
    with unit_of_work(world.as_("boss")) as s:
        assert s.get(Enquiry, ids["hers"]).contact_name == "Ada Lovelace"  # type: ignore[union-attr]


def test_only_an_admin_erases_on_either_engine_and_the_officer_is_told_so(world: World) -> None:  # noqa: F811
    """Erasing rewrites the history of the person's records: on the server only admins may
    (kotra_erase_personal_data); the shared embedded file now says the same, in the same words,
    instead of letting the contact's officer do it there alone."""
    kim = world.as_("kim")  # Ada is a contact of Kim's own investor
    with pytest.raises(DomainError) as refused:
        privacy.erase_contact(kim, world.ids["contact"], "request 2026-40")
    assert refused.value.code == "admin_only"
    assert refused.value.message("en") == "Only an administrator can do this (kim is not one)."
    with unit_of_work(world.as_("boss")) as s:
        assert s.scalar(select(Contact.full_name).where(Contact.id == world.ids["contact"])) == "Ada Lovelace"
    privacy.erase_contact(world.as_("boss"), world.ids["contact"], "request 2026-40")
    with unit_of_work(world.as_("boss")) as s:
        assert s.scalar(select(Contact.full_name).where(Contact.id == world.ids["contact"])) == privacy.ERASED_NAME


@pytest.mark.postgres
def test_upgrading_a_server_in_use_replaces_the_erasure_function_and_keeps_the_admins_grant(owned_pg: Any) -> None:
    """A server at 0019 after `server init` holds the two-argument function, granted to admins:
    migration 0020 replaces it (no ambiguous overload left) and admins may run the new one before
    anyone reruns `server init`; a call with the old two arguments still works."""
    from sqlalchemy import text

    from kotra_invest.services.server import init_server
    from kotra_invest.store import migrate, pg_audit
    from kotra_invest.store.engine import open_database

    db = open_database(owned_pg.url)
    signatures = (
        "SELECT p.oid::regprocedure::text FROM pg_proc p WHERE p.proname = 'kotra_erase_personal_data' ORDER BY 1"
    )
    try:
        migrate.upgrade(db, "0019_meeting_zone")
        init_server(db)
        with db.engine.begin() as conn:  # the function as 0019 had it: two arguments, for admins only
            conn.exec_driver_sql(f"DROP FUNCTION {pg_audit.ERASE_SIGNATURE}")
            conn.exec_driver_sql(
                "CREATE FUNCTION kotra_erase_personal_data(p_record uuid, p_reason text) RETURNS integer "
                "LANGUAGE sql SECURITY DEFINER AS 'SELECT 0'"
            )
            conn.exec_driver_sql("REVOKE ALL ON FUNCTION kotra_erase_personal_data(uuid, text) FROM PUBLIC")
            conn.exec_driver_sql("GRANT EXECUTE ON FUNCTION kotra_erase_personal_data(uuid, text) TO kotra_admin")
        migrate.upgrade(db)
        with db.engine.connect() as conn:
            assert list(conn.execute(text(signatures)).scalars()) == ["kotra_erase_personal_data(uuid,text,uuid[])"]
            may = "SELECT has_function_privilege(:role, 'kotra_erase_personal_data(uuid, text, uuid[])', 'EXECUTE')"
            assert conn.execute(text(may), {"role": "kotra_admin"}).scalar() is True
            assert conn.execute(text(may), {"role": "kotra_officer"}).scalar() is False
        init_server(db)  # and `server init` after the upgrade, as the README says, changes nothing of it
        with db.engine.connect() as conn:
            assert len(list(conn.execute(text(signatures)).scalars())) == 1
    finally:
        db.dispose()
