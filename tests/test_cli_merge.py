"""`investors merge` and `contacts merge` from the command line, and their error contract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_cli import _assert_clear_failure, _run


def test_investors_merge_moves_the_projects_and_says_so(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'm.sqlite3'}"
    assert _run("db", "upgrade", db=url, home=tmp_path).returncode == 0
    for name, site in (("Umicore SA", "https://umicore.com"), ("Umicore Korea", None)):
        args = ["investors", "add", name, "--country", "BE"] + (["--website", site] if site else [])
        assert _run(*args, db=url, home=tmp_path).returncode == 0
    before = _run("investors", "list", "--json", db=url, home=tmp_path)
    assert len(json.loads(before.stdout)) == 2

    bad = _run("investors", "merge", "Umicore SA", "Umicore SA", db=url, home=tmp_path)
    _assert_clear_failure(bad, "itself")
    unknown = _run("investors", "merge", "Umicore SA", "Nobody Such", db=url, home=tmp_path)
    _assert_clear_failure(unknown, "Nobody Such")
    assert len(json.loads(_run("investors", "list", "--json", db=url, home=tmp_path).stdout)) == 2

    merged = _run(
        "investors", "merge", "Umicore SA", "Umicore Korea", "--prefer", "drop", "--json", db=url, home=tmp_path
    )
    assert merged.returncode == 0, merged.stderr
    report = json.loads(merged.stdout)
    assert report["kind"] == "investor" and "name" in report["fields_taken"]
    after = json.loads(_run("investors", "list", "--json", db=url, home=tmp_path).stdout)
    assert [(row["name"], row["website"]) for row in after] == [("Umicore Korea", "https://umicore.com")]

    missing = _run("contacts", "merge", "a@b.example", "c@d.example", db=url, home=tmp_path)
    _assert_clear_failure(missing)


def test_contacts_list_prints_an_investors_contacts_and_logs_the_view(tmp_path: Path) -> None:
    from sqlalchemy import select

    from kotra_invest.domain.models import AccessEntry
    from kotra_invest.services import contacts, records
    from kotra_invest.services.database import connect
    from kotra_invest.services.investors import InvestorDraft, create_investor
    from kotra_invest.services.unit_of_work import Context, unit_of_work

    url = f"sqlite:///{tmp_path / 'c.sqlite3'}"
    assert _run("db", "upgrade", db=url, home=tmp_path).returncode == 0
    db = connect(url)
    ctx = Context(db=db, actor="cli.tester", source="test")
    try:
        acme = create_investor(ctx, InvestorDraft(name="Acme Robotics"))
        create_investor(ctx, InvestorDraft(name="Acme Foods"))
        for name, mail in (("Erik Sand", "erik@acme.example"), ("Anna Lindqvist", "anna@acme.example")):
            records.create(ctx, contacts.CONTACT, contacts.ContactDraft(full_name=name, investor_id=acme, email=mail))
    finally:
        db.dispose()

    listed = _run("contacts", "list", "Acme Robotics", "--json", db=url, home=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert [(c["full_name"], c["email"]) for c in json.loads(listed.stdout)] == [
        ("Anna Lindqvist", "anna@acme.example"),
        ("Erik Sand", "erik@acme.example"),
    ]
    plain = _run("contacts", "list", "Acme Robotics", db=url, home=tmp_path)
    assert plain.stdout.splitlines()[0].startswith("Anna Lindqvist\t") and len(plain.stdout.splitlines()) == 2
    _assert_clear_failure(_run("contacts", "list", "Acme", db=url, home=tmp_path))  # two investors match
    _assert_clear_failure(_run("contacts", "list", "Nobody Such", db=url, home=tmp_path), "Nobody Such")

    db = connect(url)
    try:
        with unit_of_work(Context(db=db, actor="cli.tester", source="test")) as session:
            views = list(session.scalars(select(AccessEntry).where(AccessEntry.what == "contacts_list")))
    finally:
        db.dispose()
    assert len(views) == 2 and all(e.contact_count == 2 and e.actor == "cli.tester" for e in views)


def test_the_merge_commands_help_says_documents_move_too(capsys: pytest.CaptureFixture[str]) -> None:
    """A merge moves the loser's documents to the survivor (services/merging._POINTERS): the help says so."""
    from kotra_invest.cli import main

    for group in ("contacts", "investors"):
        with pytest.raises(SystemExit) as done:
            main([group, "merge", "--help"])
        assert done.value.code == 0
        assert "documents" in " ".join(capsys.readouterr().out.split()), group
    with pytest.raises(SystemExit):
        main(["contacts", "--help"])
    assert "documents" in capsys.readouterr().out  # the one-line help beside `merge`


def test_contacts_merge_of_two_investors_people_says_why_not_and_changes_nothing(tmp_path: Path) -> None:
    from kotra_invest.services import contacts, records
    from kotra_invest.services.database import connect
    from kotra_invest.services.investors import InvestorDraft, create_investor
    from kotra_invest.services.unit_of_work import Context

    url = f"sqlite:///{tmp_path / 'c.sqlite3'}"
    assert _run("db", "upgrade", db=url, home=tmp_path).returncode == 0
    db = connect(url)
    ctx = Context(db=db, actor="cli.tester", source="test")
    try:
        for company, mail in (("Acme Robotics", "erik@acme.example"), ("Acme Foods", "erik@acmefoods.example")):
            investor = create_investor(ctx, InvestorDraft(name=company))
            records.create(
                ctx, contacts.CONTACT, contacts.ContactDraft(full_name="Erik Sand", investor_id=investor, email=mail)
            )
    finally:
        db.dispose()

    refused = _run("contacts", "merge", "erik@acme.example", "erik@acmefoods.example", db=url, home=tmp_path)
    _assert_clear_failure(
        refused,
        "Erik Sand is a contact of Acme Foods and Erik Sand of Acme Robotics: only two contacts of the same "
        "investor can be merged.",
    )
    for company, mail in (("Acme Robotics", "erik@acme.example"), ("Acme Foods", "erik@acmefoods.example")):
        listed = json.loads(_run("contacts", "list", company, "--json", db=url, home=tmp_path).stdout)
        assert [c["email"] for c in listed] == [mail]
