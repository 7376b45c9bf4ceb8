"""Search across records, Korean substrings included, on both engines."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kotra_invest.domain.enums import InteractionKind, ProjectType
from kotra_invest.domain.errors import ValidationError
from kotra_invest.domain.models import Contact, Interaction, Investor, PipelineStage, Project
from kotra_invest.domain.reference_data import reference_id
from kotra_invest.services.delegations import DelegationDraft, create_delegation
from kotra_invest.services.investors import InvestorDraft, create_investor, search_investors, update_investor
from kotra_invest.services.search import kind_query, like_pattern, postgresql_grams, search
from kotra_invest.services.unit_of_work import Context, unit_of_work


@pytest.fixture
def records(ctx: Context) -> dict[str, object]:
    centre = create_investor(ctx, InvestorDraft(name="Seoul Bridge Partners", notes="AI무역지원센터 입주 협의"))
    robots = create_investor(ctx, InvestorDraft(name="Kansai Precision Motors K.K.", name_ko="간사이 정밀모터"))
    delegation = create_delegation(
        ctx,
        DelegationDraft(
            title="대전 AI·로봇 투자유치단",
            title_en="Daejeon AI robotics delegation",
            year=2026,
            lead_province_codes=("KR-30",),
        ),
    )
    with unit_of_work(ctx) as session:
        contact = Contact(investor_id=robots, full_name="Haruto Sato", name_ko="사토 하루토", email="sato@kpm.example")
        stage = session.get(PipelineStage, reference_id("pipeline_stage", "MEETING"))
        secret = Project(
            investor_id=robots,
            title="Gumi battery separator plant",
            project_type=ProjectType.GREENFIELD,
            stage=stage,
            confidential=True,
            code_name="Project Aurora",
        )
        note = Interaction(
            investor_id=robots,
            kind=InteractionKind.MEETING,
            occurred_at=datetime(2026, 3, 4, 1, 0, tzinfo=UTC),
            summary="오사카 본사 면담: 증설 부지로 대구경북 경제자유구역 검토",
        )
        session.add_all([contact, secret, note])
        session.commit()
    return {"centre": centre, "robots": robots, "delegation": delegation, "contact": contact.id, "note": note.id}


def test_three_character_hangul_is_found_inside_a_word(ctx: Context, records: dict[str, object]) -> None:
    assert [h.id for h in search(ctx, "무역지")] == [records["centre"]]


def test_two_character_hangul_is_found_inside_a_word(ctx: Context, records: dict[str, object]) -> None:
    hits = search(ctx, "유치")
    assert [(h.kind, h.id) for h in hits] == [("delegation", records["delegation"])]


def test_one_character_and_mixed_terms_all_have_to_match(ctx: Context, records: dict[str, object]) -> None:
    assert {h.id for h in search(ctx, "로봇 Daejeon")} == {records["delegation"]}
    assert {h.id for h in search(ctx, "모", kinds=("investor",))} == {records["robots"]}


def test_english_is_case_insensitive_and_contacts_and_notes_are_found(ctx: Context, records: dict[str, object]) -> None:
    assert [h.id for h in search(ctx, "KANSAI")] == [records["robots"]]
    contact = search(ctx, "sato", kinds=("contact",))
    assert [(h.id, h.parent_id) for h in contact] == [(records["contact"], records["robots"])]
    assert [h.id for h in search(ctx, "경제자유구역")] == [records["note"]]


def test_confidential_project_is_found_by_code_name_only(ctx: Context, records: dict[str, object]) -> None:
    assert search(ctx, "separator") == []
    [hit] = search(ctx, "Aurora")
    assert (hit.kind, hit.label) == ("project", "Project Aurora")


def test_search_follows_edits_immediately(ctx: Context, records: dict[str, object]) -> None:
    robots = records["robots"]
    update_investor(ctx, robots, 1, InvestorDraft(name="Kansai Precision Motors K.K.", name_ko="칸사이 프리시전"))  # type: ignore[arg-type]
    assert search_investors(ctx, "정밀모터") == []
    assert [r.id for r in search_investors(ctx, "프리시전")] == [robots]


def test_query_text_is_never_query_syntax(ctx: Context, records: dict[str, object]) -> None:
    for hostile in ['"', "AND OR NOT", "*", "a%_\\", "NEAR(x y)", "'; DROP TABLE investor; --"]:
        assert isinstance(search(ctx, hostile), list)
    assert [h.id for h in search_investors(ctx, "Seoul")] == [records["centre"]]


def test_empty_query_is_a_clear_error(ctx: Context) -> None:
    with pytest.raises(ValidationError) as caught:
        search(ctx, "   ")
    assert caught.value.code == "empty_query"


def test_korean_tags_are_searchable(ctx: Context) -> None:
    tagged = create_investor(ctx, InvestorDraft(name="Tagged Co", tags=("2026 대전 투자유치단", "로봇")))
    assert [h.id for h in search(ctx, "대전 투자유치")] == [tagged]


def test_rebuilding_and_bulk_loading_the_index_gives_the_same_answers(ctx: Context, records: dict[str, object]) -> None:
    from sqlalchemy import text

    from kotra_invest.store import search_index

    queries = ["무역지", "유치", "sato", "Aurora", "경제자유구역", "모"]
    before = {q: sorted(h.id for h in search(ctx, q)) for q in queries}
    with ctx.db.engine.begin() as conn:
        search_index.rebuild(conn)
    assert {q: sorted(h.id for h in search(ctx, q)) for q in queries} == before

    with ctx.db.engine.begin() as conn, search_index.bulk_load(conn):
        conn.execute(text("DELETE FROM search_investor_doc"))  # as if loaded unindexed
    assert {q: sorted(h.id for h in search(ctx, q)) for q in queries} == before
    create_investor(ctx, InvestorDraft(name="After Bulk Load"))  # the per-row triggers are back
    assert len(search(ctx, "After Bulk")) == 1
    if ctx.db.is_sqlite:
        with ctx.db.engine.begin() as conn:
            for kind in ("investor", "contact", "interaction"):
                fts = f"search_{kind}_fts"
                conn.exec_driver_sql(f"INSERT INTO {fts}({fts}) VALUES ('integrity-check')")


def test_a_bulk_load_that_fails_leaves_the_index_triggers_in_place(ctx: Context) -> None:
    from sqlalchemy import text

    from kotra_invest.store import search_index

    with pytest.raises(RuntimeError), ctx.db.engine.begin() as conn, search_index.bulk_load(conn):
        conn.execute(text("UPDATE investor SET notes = 'x'"))
        raise RuntimeError("killed mid-load")  # the triggers were dropped inside this transaction
    added = create_investor(ctx, InvestorDraft(name="Zyxwv Robotics GmbH"))
    assert [h.id for h in search(ctx, "Zyxwv")] == [added]


@pytest.mark.parametrize("wildcard", ["%", "_", "\\"])
def test_like_wildcards_in_the_query_match_only_themselves(ctx: Context, wildcard: str) -> None:
    literal = create_investor(ctx, InvestorDraft(name=f"A{wildcard}B Holdings"))
    create_investor(ctx, InvestorDraft(name="AxB Holdings"))
    create_investor(ctx, InvestorDraft(name="AB Holdings"))
    assert [h.id for h in search(ctx, f"A{wildcard}")] == [literal]  # two characters: the LIKE path
    assert [h.id for h in search(ctx, f"A{wildcard}B")] == [literal]  # three: FTS5 / pg_trgm


def test_a_moved_contact_is_found_under_its_new_investor(ctx: Context, records: dict[str, object]) -> None:
    with unit_of_work(ctx) as session:
        contact = session.get(Contact, records["contact"])
        assert contact is not None
        contact.investor_id = records["centre"]  # type: ignore[assignment]
        session.commit()
    [hit] = search(ctx, "sato", kinds=("contact",))
    assert hit.parent_id == records["centre"]


# --- the bigram index and ranking (issue 15) --------------------------------------------------

# A few syllables and letters, so that two-character terms recur across records and inside
# words, with signs and spaces between them; mixed case for the case folding.
_SYLLABLES = "대전수소로봇유치무역모터"
_TEXT = st.text(alphabet=st.sampled_from([*_SYLLABLES, "A", "b", "B", " ", " ", "·", "-"]), min_size=0, max_size=40)
_TERMS = st.text(alphabet=st.sampled_from([*_SYLLABLES, "a", "B", "-"]), min_size=2, max_size=2).filter(
    lambda t: not t.isspace()
)
PROPERTY = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)


def _like_scan(ctx: Context, kind: str, term: str) -> set[str]:
    """What the search did before the bigram index: LIKE over every document of the kind."""
    from sqlalchemy import text

    operator = "LIKE" if ctx.db.is_sqlite else "ILIKE"
    with ctx.db.engine.connect() as conn:
        rows = conn.execute(
            text(f"SELECT ref FROM search_{kind}_doc WHERE body {operator} :p ESCAPE '\\'"), {"p": like_pattern(term)}
        )
        return {str(uuid.UUID(str(ref))) for (ref,) in rows}


@PROPERTY
@given(
    names=st.lists(st.tuples(_TEXT, _TEXT, _TEXT), min_size=1, max_size=8),
    terms=st.lists(_TERMS, min_size=1, max_size=4),
)
def test_a_two_character_search_finds_exactly_what_the_like_scan_found(
    ctx: Context, names: list[tuple[str, str, str]], terms: list[str]
) -> None:
    with unit_of_work(ctx) as session:
        session.add_all(
            Investor(name=name.strip() or "x", name_ko=name_ko or None, notes=notes or None)
            for name, name_ko, notes in names
        )
        session.commit()
    # Terms taken from the stored text too, so that most of them do occur.
    terms = [*terms, *(n[2][i : i + 2] for n in names for i in range(0, len(n[2]) - 1, 7))]
    for term in (t for t in terms if len(t) == 2 and not any(c.isspace() for c in t)):
        found = {str(h.id) for h in search(ctx, term, kinds=("investor",), limit=100_000)}
        assert found == _like_scan(ctx, "investor", term), term


def test_two_characters_are_an_index_lookup_not_a_scan(ctx: Context) -> None:
    """The plan of a two-character search reads the bigram index, never the whole table."""
    from sqlalchemy import text

    with ctx.db.engine.connect() as conn:
        grams = None if ctx.db.is_sqlite else postgresql_grams(conn, ["대전"])
        sql, params = kind_query(ctx.db.is_sqlite, "interaction", ["대전"], 60, grams)
        if ctx.db.is_sqlite:
            plan = " | ".join(row[-1] for row in conn.execute(text(f"EXPLAIN QUERY PLAN {sql}"), params))
            assert "SCAN b VIRTUAL TABLE INDEX" in plan, plan  # b: the bigram table
            assert "SCAN d" not in plan and "TEMP B-TREE" not in plan, plan  # no scan, no sort of every match
        else:
            conn.exec_driver_sql("SET enable_seqscan = off")  # an empty table: show that an index *can* answer
            plan = " | ".join(row[0] for row in conn.execute(text(f"EXPLAIN {sql}"), params))
            assert "search_interaction_doc_grams" in plan, plan


def test_ranking_puts_exact_and_prefix_name_matches_first(ctx: Context) -> None:
    """ "대전" lists the delegation named 대전, then the ones whose title starts with it, then an
    investor whose name holds it, before the (newer) investors that merely mention it."""
    exact = create_delegation(ctx, DelegationDraft(title="대전", year=2026, lead_province_codes=("KR-30",)))
    prefix = create_delegation(
        ctx, DelegationDraft(title="대전 AI·로봇 투자유치단", year=2026, lead_province_codes=("KR-30",))
    )
    named = create_investor(ctx, InvestorDraft(name="Hanbit Daejeon", name_ko="한빛대전전자"))
    mentions = [
        create_investor(ctx, InvestorDraft(name=f"Mentions {i}", notes="2026 대전 투자설명회 참석")) for i in range(3)
    ]
    hits = search(ctx, "대전")
    assert [(h.id, h.match) for h in hits] == [
        (exact, "exact"),
        (prefix, "prefix"),
        (named, "name"),
        *((m, "text") for m in reversed(mentions)),  # among equals, the newest first
    ]
    english = search(ctx, "hanbit daejeon")  # case and spacing as typed
    assert (english[0].id, english[0].match) == (named, "exact")
    assert [h.id for h in search(ctx, "Hanbit", kinds=("investor",))] == [named]


def test_one_character_searches_names_and_titles_only(ctx: Context, records: dict[str, object]) -> None:
    """A single syllable would match most meeting notes; it finds names holding it instead."""
    assert {h.id for h in search(ctx, "모")} == {records["robots"]}  # 간사이 정밀모터, not the note's 본사
    assert search(ctx, "본") == []  # only in a meeting note (오사카 본사 면담)
    assert [h.id for h in search(ctx, "간")] == [records["robots"]]
    [prefix] = search(ctx, "간", kinds=("investor",))
    assert prefix.match == "prefix"


def test_a_full_page_of_name_matches_comes_before_any_mere_mention(ctx: Context) -> None:
    """When the names holding the word fill the page, the records that only mention it in their
    text are not on it; with room left they follow, newest first."""
    named = [create_investor(ctx, InvestorDraft(name=f"Blue Zephyrine Capital {i}")) for i in range(3)]
    mention = create_investor(ctx, InvestorDraft(name="Other Partners", notes="met the Zephyrine team in Busan"))
    assert [(h.id, h.match) for h in search(ctx, "zephyrine", kinds=("investor",), limit=2)] == [
        (named[2], "name"),
        (named[1], "name"),
    ]
    assert [(h.id, h.match) for h in search(ctx, "zephyrine", kinds=("investor",), limit=10)] == [
        *((i, "name") for i in reversed(named)),
        (mention, "text"),
    ]


def test_hits_tell_records_of_the_same_name_apart_in_the_users_language(ctx: Context) -> None:
    """An investor's hit carries its country (in Korean for a Korean session), a contact's its
    company and title, a meeting's its company and moment, a delegation's its year and dates."""
    import dataclasses
    from datetime import date

    from kotra_invest.services import contacts, interactions, projects, records

    acme = create_investor(ctx, InvestorDraft(name="Wombat Fuel Cells", country_code="DE"))
    records.create(
        ctx, contacts.CONTACT, contacts.ContactDraft(full_name="Wombat Lindqvist", investor_id=acme, job_title="CFO")
    )
    projects.create_project(ctx, projects.ProjectDraft(investor_id=acme, title="Wombat stack plant"))
    moment = datetime(2026, 3, 4, 5, 30, tzinfo=UTC)
    interactions.create_interaction(
        ctx,
        interactions.InteractionDraft(
            kind=InteractionKind.MEETING, occurred_at=moment, summary="Wombat site tour", investor_id=acme
        ),
    )
    create_delegation(
        ctx,
        DelegationDraft(
            title="Wombat delegation",
            year=2026,
            lead_province_codes=("KR-31",),
            starts_on=date(2026, 4, 6),
            ends_on=date(2026, 4, 10),
        ),
    )
    hits = {h.kind: h for h in search(dataclasses.replace(ctx, lang="ko"), "wombat")}
    assert hits["investor"].context == "독일"
    assert hits["contact"].context == "Wombat Fuel Cells · CFO"
    assert hits["project"].context == "Wombat Fuel Cells"
    assert (hits["interaction"].context, hits["interaction"].occurred_at) == ("Wombat Fuel Cells", moment)
    delegation = hits["delegation"]
    assert (delegation.year, delegation.starts_on, delegation.ends_on) == (2026, date(2026, 4, 6), date(2026, 4, 10))
    assert {h.kind: h for h in search(ctx, "wombat")}["investor"].context == "Germany"
