"""Property tests over the pack reader: damaged, truncated and hostile files never crash the merge.

Whatever the file, planning and applying a merge ends in a result or in a DomainError with a
message, never in another exception; and when it ends in an error, home is exactly as before.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from mission_data import Mission, build_home, fingerprint

from kotra_invest.domain.errors import DomainError
from kotra_invest.services.database import connect
from kotra_invest.services.unit_of_work import Context
from kotra_invest.store.engine import PACK_DEFAULT_KEY, integrity_problems
from kotra_invest.sync.merge import apply_merge, plan_merge, resolve_all
from kotra_invest.sync.pack import export_pack

FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


class Home:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.ctx = Context(db=connect(f"sqlite:///{folder / 'home.sqlite3'}"), actor="tester", access_reason="testing")
        self.mission: Mission = build_home(self.ctx)
        self.template = folder / "template.kipack"
        export_pack(self.ctx, self.mission.delegation, self.template)
        self.pack = folder / "fuzzed.kipack"

    def fresh_pack(self) -> Path:
        shutil.copyfile(self.template, self.pack)
        return self.pack

    def merge(self, path: Path) -> None:
        """Plan and apply as the CLI's --prefer pack would; check the outcome's promises."""
        before = fingerprint(self.ctx.db)
        try:
            plan = plan_merge(self.ctx, path)
            apply_merge(self.ctx, plan, resolve_all(plan, "pack"))
        except DomainError as exc:
            assert exc.message("en") and exc.message("ko")
            assert fingerprint(self.ctx.db) == before
        assert integrity_problems(self.ctx.db) == []


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Home]:
    made = Home(tmp_path_factory.mktemp("fuzz"))
    yield made
    made.ctx.db.dispose()


# --- damaged bytes -------------------------------------------------------------------------

byte_damage = st.one_of(
    st.tuples(st.just("truncate"), st.floats(0, 1, exclude_max=True)),
    st.tuples(st.just("flip"), st.floats(0, 1, exclude_max=True), st.integers(0, 7)),
    st.tuples(st.just("overwrite"), st.floats(0, 1, exclude_max=True), st.binary(min_size=1, max_size=64)),
    st.tuples(st.just("sqlite header"), st.binary(max_size=4096)),
)


def _damage(data: bytes, how: tuple[Any, ...]) -> bytes:
    kind = how[0]
    if kind == "sqlite header":
        return b"SQLite format 3\x00" + how[1]
    if not data:
        return data
    at = int(how[1] * len(data))
    if kind == "truncate":
        return data[:at]
    if kind == "flip":
        return data[:at] + bytes([data[at] ^ (1 << how[2])]) + data[at + 1 :]
    return data[:at] + how[2] + data[at + len(how[2]) :]


@FUZZ
@given(st.lists(byte_damage, min_size=1, max_size=3))
def test_damaged_bytes_are_refused_with_a_clear_error(home: Home, damages: list[tuple[Any, ...]]) -> None:
    path = home.fresh_pack()
    original = data = path.read_bytes()
    for how in damages:
        data = _damage(data, how)
    assume(data != original)  # two flips of the same bit, or an overwrite with the same bytes, damage nothing
    path.write_bytes(data)
    before = fingerprint(home.ctx.db)
    with pytest.raises(DomainError) as refused:
        plan_merge(home.ctx, path)
    assert refused.value.code in ("pack_damaged", "pack_locked", "not_a_pack")
    assert fingerprint(home.ctx.db) == before


# --- hostile content in a well-formed pack -------------------------------------------------

COLUMNS = [
    ("investor", "name"), ("investor", "id"), ("investor", "country_id"), ("investor", "tags"),
    ("investor", "deleted_at"), ("investor", "in_korea"), ("investor", "version"), ("contact", "investor_id"),
    ("contact", "consent"), ("contact", "consent_on"), ("project", "capex_amount"), ("project", "stage_id"),
    ("project", "confidential"), ("fdi_amount", "amount"), ("interaction", "occurred_at"),
    ("itinerary_item", "starts_local"), ("meeting_target", "investor_id"), ("delegation", "title"),
    ("delegation_fez", "fez_id"), ("app_setting", "value"),
]  # fmt: skip
SETTINGS = ["database_id", "pack_format", "pack_source_database", "pack_delegation_id", "pack_cut_at", "pack_records"]

values = st.one_of(
    st.none(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=300),
    st.binary(max_size=40),
    st.sampled_from(["", "0", "NaN", "2026-13-45", "not-a-uuid", "[1,2", '{"a": 1}', "x" * 5000, "💥", "\x00"]),
)
hostile = st.one_of(
    st.tuples(st.just("set"), st.sampled_from(COLUMNS), values, st.booleans()),
    st.tuples(st.just("setting"), st.sampled_from(SETTINGS), st.one_of(st.none(), st.text(max_size=40))),
    st.tuples(st.just("base"), st.sampled_from(["null", "[]", "{}", '{"name": 5}', "{", '"x"', "1e999"])),
    st.tuples(
        st.just("drop"), st.sampled_from(["pack_base", "investor", "app_setting", "alembic_version", "audit_log"])
    ),
    st.tuples(st.just("revision"), st.text(max_size=12)),
)


def _apply_hostile(path: Path, edits: list[tuple[Any, ...]]) -> None:
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute(f"PRAGMA key = '{PACK_DEFAULT_KEY}'")
        for edit in edits:
            try:
                if edit[0] == "set":
                    (table, column), value, one_row = edit[1], edit[2], edit[3]
                    limit = f" WHERE rowid = (SELECT min(rowid) FROM {table})" if one_row else ""
                    conn.execute(f'UPDATE {table} SET "{column}" = ?{limit}', (value,))
                elif edit[0] == "setting":
                    if edit[2] is None:
                        conn.execute("DELETE FROM app_setting WHERE key = ?", (edit[1],))
                    else:
                        conn.execute("UPDATE app_setting SET value = ? WHERE key = ?", (edit[2], edit[1]))
                elif edit[0] == "base":
                    conn.execute("UPDATE pack_base SET data = ?", (edit[1],))
                elif edit[0] == "drop":
                    conn.execute(f"DROP TABLE {edit[1]}")
                else:
                    conn.execute("UPDATE alembic_version SET version_num = ?", (edit[1],))
            except (sqlcipher3.Error, OverflowError):
                continue  # the edit itself broke a rule SQLite enforces: try the next one
        conn.commit()
    finally:
        conn.close()


@FUZZ
@given(st.lists(hostile, min_size=1, max_size=4))
def test_hostile_content_never_crashes_and_an_error_leaves_home_unchanged(
    home: Home, edits: list[tuple[Any, ...]]
) -> None:
    path = home.fresh_pack()
    _apply_hostile(path, edits)
    home.merge(path)
