"""Bringing a mission pack home: the three-way merge per field, on SQLite and on PostgreSQL."""

from __future__ import annotations

import threading
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from mission_data import Mission, add, build_home, edit, fezs_of, fingerprint, get, open_pack_ctx, set_fezs
from sqlalchemy import func, select

from kotra_invest.domain.enums import InteractionKind
from kotra_invest.domain.errors import DomainError
from kotra_invest.domain.models import AuditEntry, Contact, Interaction, Investor, Project
from kotra_invest.services.unit_of_work import Context, unit_of_work
from kotra_invest.sync.merge import KEEP_HOME, KEEP_PACK, Resolution, apply_merge, plan_merge, resolve_all
from kotra_invest.sync.pack import export_pack


@pytest.fixture
def mission(ctx: Context) -> Mission:
    return build_home(ctx)


@pytest.fixture
def pack(ctx: Context, mission: Mission, tmp_path: Path) -> Path:
    path = tmp_path / "mission.kipack"
    export_pack(ctx, mission.delegation, path)
    return path


def abroad(pack: Path) -> Context:
    return open_pack_ctx(pack)


def work_abroad(pack: Path, *changes: object) -> None:
    """Run the given callables against the open pack, as the laptop would, then close it."""
    pctx = abroad(pack)
    try:
        for change in changes:
            change(pctx)  # type: ignore[operator]
    finally:
        pctx.db.dispose()


def audit_count(ctx: Context) -> int:
    with unit_of_work(ctx) as s:
        return s.scalar(select(func.count()).select_from(AuditEntry)) or 0


def test_edits_to_different_fields_on_both_sides_are_both_kept(ctx: Context, mission: Mission, pack: Path) -> None:
    work_abroad(pack, lambda p: edit(p, Investor, mission.acme, website="https://acme.example"))
    edit(ctx, Investor, mission.acme, notes="board approved budget")

    plan = plan_merge(ctx, pack)
    assert plan.conflicts == ()
    assert [(c.entity, c.field, c.pack) for c in plan.updates] == [("investor", "website", "https://acme.example")]
    summary = apply_merge(ctx, plan)

    acme = get(ctx, Investor, mission.acme)
    assert (acme.website, acme.notes) == ("https://acme.example", "board approved budget")
    assert summary.updated_fields == 1
    with unit_of_work(ctx) as s:
        merged = s.execute(
            select(AuditEntry.field, AuditEntry.new_value, AuditEntry.actor).where(AuditEntry.source == "merge")
        ).all()
    assert ("website", "https://acme.example", "tester") in merged


def test_the_same_field_changed_on_both_sides_is_a_conflict_with_both_values_and_who(
    ctx: Context, mission: Mission, pack: Path
) -> None:
    work_abroad(pack, lambda p: edit(p, Contact, mission.contact, job_title="CEO"))
    edit(ctx, Contact, mission.contact, job_title="Chief Financial Officer")

    plan = plan_merge(ctx, pack)
    [conflict] = plan.conflicts
    assert (conflict.entity, conflict.label, conflict.field, conflict.kind) == (
        "contact",
        "Ada Lovelace",
        "job_title",
        "edit",
    )
    assert (conflict.base, conflict.home, conflict.pack) == ("CFO", "Chief Financial Officer", "CEO")
    assert (conflict.home_by, conflict.pack_by) == ("tester", "abroad")
    assert conflict.home_at is not None and conflict.pack_at is not None
    with pytest.raises(DomainError) as unresolved:
        apply_merge(ctx, plan)
    assert unresolved.value.code == "merge_unresolved"
    assert get(ctx, Contact, mission.contact).job_title == "Chief Financial Officer"

    apply_merge(ctx, plan, {conflict.key: KEEP_PACK})
    assert get(ctx, Contact, mission.contact).job_title == "CEO"


@pytest.mark.parametrize(
    ("resolution", "expected"), [(KEEP_HOME, "Chief Financial Officer"), (Resolution("edit", "CFO & CEO"), "CFO & CEO")]
)
def test_a_conflict_can_keep_home_or_take_an_edited_value(
    ctx: Context, mission: Mission, pack: Path, resolution: Resolution, expected: str
) -> None:
    work_abroad(pack, lambda p: edit(p, Contact, mission.contact, job_title="CEO"))
    edit(ctx, Contact, mission.contact, job_title="Chief Financial Officer")
    plan = plan_merge(ctx, pack)
    summary = apply_merge(ctx, plan, {plan.conflicts[0].key: resolution})
    assert get(ctx, Contact, mission.contact).job_title == expected
    assert summary.conflicts_kept_home + summary.conflicts_edited == 1


def test_records_created_on_both_sides_are_kept(ctx: Context, mission: Mission, pack: Path) -> None:
    made_abroad: dict[str, uuid.UUID] = {}

    def new_investor_and_contact(p: Context) -> None:
        made_abroad["investor"] = add(p, Investor(name="Dyson Robotics SF"))
        made_abroad["contact"] = add(p, Contact(investor_id=made_abroad["investor"], full_name="Grace Hopper"))
        made_abroad["contact2"] = add(p, Contact(investor_id=mission.borg, full_name="Alan Turing"))

    work_abroad(pack, new_investor_and_contact)
    at_home = add(ctx, Investor(name="Hanbit Semiconductor"))

    plan = plan_merge(ctx, pack)
    assert sorted(c.label for c in plan.inserts) == ["Alan Turing", "Dyson Robotics SF", "Grace Hopper"]
    apply_merge(ctx, plan)
    assert get(ctx, Investor, at_home).name == "Hanbit Semiconductor"
    assert get(ctx, Investor, made_abroad["investor"]).name == "Dyson Robotics SF"
    assert get(ctx, Contact, made_abroad["contact"]).investor_id == made_abroad["investor"]
    assert get(ctx, Contact, made_abroad["contact2"]).investor_id == mission.borg


def test_deleted_abroad_but_edited_at_home_is_a_conflict_not_a_loss(ctx: Context, mission: Mission, pack: Path) -> None:
    work_abroad(pack, lambda p: edit(p, Investor, mission.borg, deleted_at=datetime.now(UTC)))
    edit(ctx, Investor, mission.borg, notes="expanding in Ulsan")
    plan = plan_merge(ctx, pack)
    [conflict] = plan.conflicts
    assert (conflict.kind, conflict.field, conflict.label) == ("delete", "deleted_at", "Borg Batteries")
    assert conflict.home is None and conflict.pack is not None
    apply_merge(ctx, plan, resolve_all(plan, "home"))
    borg = get(ctx, Investor, mission.borg)
    assert borg.deleted_at is None and borg.notes == "expanding in Ulsan"


def test_deleted_at_home_but_edited_abroad_is_a_conflict_and_keep_pack_restores(
    ctx: Context, mission: Mission, pack: Path
) -> None:
    work_abroad(pack, lambda p: edit(p, Investor, mission.borg, notes="met their CTO, keen"))
    edit(ctx, Investor, mission.borg, deleted_at=datetime.now(UTC))
    plan = plan_merge(ctx, pack)
    [conflict] = plan.conflicts
    assert (conflict.kind, conflict.field) == ("delete", "deleted_at")
    assert conflict.home is not None and conflict.pack is None
    apply_merge(ctx, plan, resolve_all(plan, "pack"))
    borg = get(ctx, Investor, mission.borg)
    assert borg.deleted_at is None and borg.notes == "met their CTO, keen"


def test_a_delete_abroad_of_an_untouched_record_applies(ctx: Context, mission: Mission, pack: Path) -> None:
    work_abroad(pack, lambda p: edit(p, Interaction, mission.interaction, deleted_at=datetime.now(UTC)))
    apply_merge(ctx, plan_merge(ctx, pack))
    assert get(ctx, Interaction, mission.interaction).deleted_at is not None


def test_a_meeting_logged_abroad_for_an_investor_renamed_at_home(ctx: Context, mission: Mission, pack: Path) -> None:
    logged: list[uuid.UUID] = []
    work_abroad(
        pack,
        lambda p: logged.append(
            add(
                p,
                Interaction(
                    investor_id=mission.acme,
                    contact_id=mission.contact,
                    delegation_id=mission.delegation,
                    kind=InteractionKind.MEETING,
                    occurred_at=datetime(2026, 4, 13, 17, tzinfo=UTC),
                    summary="Met the CFO in San Jose: site visit in May",
                ),
            )
        ),
    )
    edit(ctx, Investor, mission.acme, name="Acme Robotics Holdings")

    plan = plan_merge(ctx, pack)
    assert plan.conflicts == ()
    apply_merge(ctx, plan)
    meeting = get(ctx, Interaction, logged[0])
    assert (meeting.investor_id, meeting.summary) == (mission.acme, "Met the CFO in San Jose: site visit in May")
    assert get(ctx, Investor, mission.acme).name == "Acme Robotics Holdings"


def test_merging_the_same_pack_twice_changes_nothing_the_second_time(
    ctx: Context, mission: Mission, pack: Path
) -> None:
    work_abroad(
        pack,
        lambda p: edit(p, Contact, mission.contact, job_title="CEO"),
        lambda p: add(p, Investor(name="Dyson Robotics SF")),
    )
    edit(ctx, Contact, mission.contact, job_title="Chief Financial Officer")
    first = plan_merge(ctx, pack)
    apply_merge(ctx, first, resolve_all(first, "home"))  # the conflict answered: keep ours
    before, audited = fingerprint(ctx.db), audit_count(ctx)

    again = plan_merge(ctx, pack)
    assert again.already_merged and again.is_empty
    summary = apply_merge(ctx, again)
    assert summary.change_set is None
    assert (fingerprint(ctx.db), audit_count(ctx)) == (before, audited)

    # Worked on further abroad: only what changed since the first merge comes home.
    work_abroad(pack, lambda p: edit(p, Investor, mission.cyber, website="https://cyberdyne.example"))
    third = plan_merge(ctx, pack)
    assert third.conflicts == ()
    assert [(c.entity, c.field) for c in third.updates] == [("investor", "website")]


def test_apply_refuses_when_home_changed_after_the_plan(ctx: Context, mission: Mission, pack: Path) -> None:
    work_abroad(pack, lambda p: edit(p, Investor, mission.acme, website="https://acme.example"))
    plan = plan_merge(ctx, pack)
    edit(ctx, Investor, mission.acme, notes="changed meanwhile")
    before = fingerprint(ctx.db)
    with pytest.raises(DomainError) as changed:
        apply_merge(ctx, plan)
    assert changed.value.code == "merge_home_changed"
    assert fingerprint(ctx.db) == before
    apply_merge(ctx, plan_merge(ctx, pack))
    assert get(ctx, Investor, mission.acme).website == "https://acme.example"


def test_dry_run_plan_changes_nothing(ctx: Context, mission: Mission, pack: Path) -> None:
    work_abroad(pack, lambda p: edit(p, Project, mission.project, title="Daejeon plant, phase 1"))
    before = fingerprint(ctx.db)
    plan = plan_merge(ctx, pack)
    assert [(c.field, c.home, c.pack) for c in plan.updates] == [("title", "Daejeon plant", "Daejeon plant, phase 1")]
    assert fingerprint(ctx.db) == before


def test_a_delegations_fezs_merge_as_sets(ctx: Context, mission: Mission, pack: Path) -> None:
    set_fezs(ctx, mission.delegation, {"IFEZ"})
    work_abroad(pack, lambda p: set_fezs(p, mission.delegation, {"UFEZ"}))
    plan = plan_merge(ctx, pack)
    assert plan.conflicts == ()
    apply_merge(ctx, plan)
    assert fezs_of(ctx, mission.delegation) == {"IFEZ", "UFEZ"}


def test_a_pack_cannot_touch_a_confidential_project_hidden_from_its_exporter(
    ctx: Context, mission: Mission, pack: Path
) -> None:
    pctx = abroad(pack)
    try:
        with unit_of_work(pctx) as s:
            assert s.get(Project, mission.secret) is None  # never exported
    finally:
        pctx.db.dispose()


def test_a_pack_changing_a_confidential_project_is_refused_to_an_officer_who_may_not_see_it(
    ctx: Context, mission: Mission, tmp_path: Path
) -> None:
    keeper = Context(
        db=ctx.db, actor="keeper", source="test", access_reason="testing"
    )  # the project's owner may take it along
    path = tmp_path / "keeper.kipack"
    export_pack(keeper, mission.delegation, path)
    # Changed in the pack by someone who was allowed to there (the file's owner, here its admin).
    work_abroad(
        path,
        lambda p: edit(Context(db=p.db, actor="pack-admin"), Project, mission.secret, title="Project Falcon, phase 2"),
    )
    before = fingerprint(ctx.db)
    with pytest.raises(DomainError) as refused:
        plan_merge(ctx, path)  # by someone of another office: not even the plan shows it
    assert refused.value.code == "merge_forbidden"
    keepers_plan = plan_merge(keeper, path)
    with pytest.raises(DomainError) as applied:
        apply_merge(ctx, keepers_plan)
    assert applied.value.code == "merge_forbidden"
    assert fingerprint(ctx.db) == before
    apply_merge(keeper, keepers_plan)
    assert get(ctx, Project, mission.secret).title == "Project Falcon, phase 2"


def test_a_merge_cancelled_midway_writes_nothing_and_reports_progress(
    ctx: Context, mission: Mission, pack: Path
) -> None:
    work_abroad(
        pack,
        lambda p: add(p, Investor(name="Dyson Robotics SF")),
        lambda p: edit(p, Investor, mission.acme, website="https://acme.example"),
    )
    seen: list[tuple[int, int]] = []
    plan = plan_merge(ctx, pack, progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1]
    before = fingerprint(ctx.db)
    stop = threading.Event()

    def progress(done: int, total: int) -> None:
        if done >= total // 2:  # inserts are flushed by now; the updates are not
            stop.set()

    with pytest.raises(DomainError) as cancelled:
        apply_merge(ctx, plan, progress=progress, cancel=stop)
    assert cancelled.value.code == "cancelled"
    assert fingerprint(ctx.db) == before
    apply_merge(ctx, plan)
    assert get(ctx, Investor, mission.acme).website == "https://acme.example"


def test_an_export_cancelled_leaves_no_file(ctx: Context, mission: Mission, tmp_path: Path) -> None:
    target = tmp_path / "cancelled.kipack"
    with pytest.raises(DomainError) as cancelled:
        export_pack(ctx, mission.delegation, target, progress=lambda done, total: None, cancel=lambda: True)
    assert cancelled.value.code == "cancelled"
    assert list(tmp_path.glob("cancelled*")) == []
