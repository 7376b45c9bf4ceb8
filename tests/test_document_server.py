"""A confidential project's documents on the shared server: invisible to another office, through
the services and in plain SQL on the officer's own PostgreSQL login (row-level security)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from document_files import pdf
from sqlalchemy import text
from test_server_rules import World, _world

from kotra_invest.domain.errors import DomainError, NotFound
from kotra_invest.services import documents
from kotra_invest.services.search import search

pytestmark = pytest.mark.postgres


@pytest.fixture
def server(request: pytest.FixtureRequest, sqlite_url: str) -> Iterator[World]:
    yield from _world(request, "postgresql", sqlite_url)


def _count(w: World, login: str, sql: str, **params: object) -> int:
    with w.dbs[login].engine.connect() as conn:
        return int(conn.execute(text(sql), params).scalar() or 0)


def test_a_confidential_projects_document_does_not_exist_for_another_office(server: World, tmp_path: Path) -> None:
    w = server
    kim = w.as_("kim")
    (secret,) = documents.add_documents(
        kim, "project", w.ids["secret"], [pdf(tmp_path / "Falcon term sheet.pdf", "Falcon price per share")]
    ).added
    (plant,) = documents.add_documents(
        kim, "project", w.ids["plant"], [pdf(tmp_path / "Plant layout.pdf", "Daejeon plant layout")]
    ).added
    park = w.as_("park")
    assert [r.id for r in documents.list_documents(park, "investor", w.ids["acme"])] == [plant.id]
    with pytest.raises(NotFound):
        documents.save_document(park, secret.id, tmp_path / "leak.pdf")
    assert search(park, "price per share", kinds=["document"]) == []
    # psql on Park's own login: the server hides the row, its search document and its bytes.
    assert _count(w, "park", "SELECT count(*) FROM document WHERE id = :i", i=secret.id) == 0
    assert _count(w, "park", "SELECT count(*) FROM search_document_doc WHERE ref = :i", i=secret.id) == 0
    assert _count(w, "park", "SELECT count(*) FROM document_chunk WHERE sha256 = :s", s=secret.sha256) == 0
    assert _count(w, "park", "SELECT count(*) FROM document_chunk WHERE sha256 = :s", s=plant.sha256) == 1
    # Kim's office sees it, by the services and by the server alike.
    mate = w.as_("mate")
    assert {r.id for r in documents.list_documents(mate, "investor", w.ids["acme"])} == {secret.id, plant.id}
    assert [h.id for h in search(mate, "price per share", kinds=["document"])] == [secret.id]
    assert _count(w, "mate", "SELECT count(*) FROM document_chunk WHERE sha256 = :s", s=secret.sha256) == 1
    back = documents.save_document(mate, secret.id, tmp_path / "mate.pdf")
    assert back.read_bytes() == (tmp_path / "Falcon term sheet.pdf").read_bytes()


def test_another_offices_officer_cannot_add_to_a_record_not_theirs(server: World, tmp_path: Path) -> None:
    w = server
    with pytest.raises(DomainError) as refused:
        documents.add_documents(w.as_("park"), "investor", w.ids["acme"], [pdf(tmp_path / "x.pdf", "x")])
    assert refused.value.code == "not_permitted"
    with pytest.raises(DomainError) as viewer:
        documents.add_documents(w.as_("reader"), "investor", w.ids["acme"], [pdf(tmp_path / "y.pdf", "y")])
    assert viewer.value.code == "read_only"
    # Park may add to his own investor on his own login (grants on the blob tables included).
    (row,) = documents.add_documents(
        w.as_("park"), "investor", w.ids["globex"], [pdf(tmp_path / "g.pdf", "Globex deck")]
    ).added
    assert (
        documents.save_document(w.as_("park"), row.id, tmp_path / "g2.pdf").read_bytes()
        == (tmp_path / "g.pdf").read_bytes()
    )


def test_a_confidential_projects_incentive_papers_are_as_hidden_as_the_project(server: World, tmp_path: Path) -> None:
    from datetime import date

    from kotra_invest.domain.aftercare_models import GrantingBody, IncentiveType
    from kotra_invest.services import incentives, records

    w = server
    kim = w.as_("kim")
    application = records.create(
        kim,
        incentives.INCENTIVE,
        incentives.IncentiveDraft(IncentiveType.CASH_GRANT, GrantingBody.MINISTRY, applied_on=date(2026, 5, 1)),
        project_id=w.ids["secret"],
    )
    (letter,) = documents.add_documents(
        kim, "incentive", application, [pdf(tmp_path / "Falcon grant approval.pdf", "Falcon grant approved")]
    ).added
    assert documents.find_record(kim, f"incentive:{application}") == documents.RecordRef(
        "incentive", application, IncentiveType.CASH_GRANT.label(kim.lang)
    )
    park = w.as_("park")
    with pytest.raises(NotFound):
        documents.list_documents(park, "incentive", application)
    assert documents.list_documents(park, "investor", w.ids["acme"]) == []
    assert search(park, "grant approved", kinds=["document"]) == []
    assert _count(w, "park", "SELECT count(*) FROM document WHERE id = :i", i=letter.id) == 0
    mate = w.as_("mate")
    assert [r.id for r in documents.list_documents(mate, "incentive", application)] == [letter.id]
    assert [r.id for r in documents.list_documents(mate, "project", w.ids["secret"])] == [letter.id]
