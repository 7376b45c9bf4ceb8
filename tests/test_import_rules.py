"""An import obeys the desk's rules row by row, on both engines (domain/rules.py).

The import writes new records in bulk, past the unit of work's flush check: before this, the
embedded file let an officer add contacts to another office's investor, and the server refused
the whole file at commit with no row named. Now each row is checked as the desk checks a record:
a refused row is reported with its number and whose record it is, and the others are stored.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from import_helpers import csv_file
from sqlalchemy import select
from test_server_rules import World, pg_world, world  # noqa: F401  (the fixtures, both engines)

from kotra_invest.domain.models import Contact, Investor, Officer, Project
from kotra_invest.importers.run import import_file
from kotra_invest.services.projects import ProjectDraft, create_project
from kotra_invest.services.unit_of_work import unit_of_work

KIMS = "it belongs to Kim, KOTRA Headquarters (Invest KOREA)"
# A new row is refused for what it would add, in the officer's terms, not as a "change".
ADD_TO_KIMS = "You may not add contact records to this investor: it belongs to Kim, KOTRA Headquarters (Invest KOREA)."
ADD_TO_KIMS_KO = "이 투자가에는 연락처 기록을 추가할 수 없습니다 (Kim, KOTRA 본사 (인베스트코리아) 담당 투자가입니다)."


def _contacts_of(w: World, company: str) -> list[str]:
    with unit_of_work(w.as_("boss")) as session:
        return list(
            session.scalars(
                select(Contact.full_name)
                .join(Investor, Investor.id == Contact.investor_id)
                .where(Investor.name == company)
                .order_by(Contact.full_name)
            )
        )


def _notes(w: World, company: str) -> str | None:
    with unit_of_work(w.as_("boss")) as session:
        return session.scalar(select(Investor.notes).where(Investor.name == company))


def test_a_contact_for_another_offices_investor_is_refused_by_row_and_the_rest_stored(
    world: World,  # noqa: F811
    tmp_path: Path,
) -> None:
    path = csv_file(
        tmp_path / "부산 연락처.csv",
        [
            "성명,기업명,이메일",
            "Grace Hopper,Acme Robotics,grace@acme.example",  # Kim's (HQ) investor
            "Linus Pauling,Globex Batteries,linus@globex.example",  # Park's own
        ],
        "cp949",
    )
    report = import_file(world.as_("park"), "contacts", path)
    assert report.created == 1
    assert [(e.row, e.code) for e in report.errors] == [(2, "not_permitted")]
    assert report.errors[0].message == ADD_TO_KIMS
    assert report.errors[0].column == "기업명"  # the investor it would be added to, in the file's words
    assert [n for n, _ in report.failed_rows] == [2]  # into the error workbook, to hand to Kim's office
    assert _contacts_of(world, "Acme Robotics") == ["Ada Lovelace"]
    assert _contacts_of(world, "Globex Batteries") == ["Linus Pauling"]

    # Kim's office colleague, and the leader of a delegation that means to meet Acme, may.
    for who, name in (("mate", "Mate Contact"), ("lead", "Lead Contact")):
        mine = csv_file(tmp_path / f"{who}.csv", ["성명,기업명", f"{name},Acme Robotics"])
        assert import_file(world.as_(who), "contacts", mine).errors == ()
    assert _contacts_of(world, "Acme Robotics") == ["Ada Lovelace", "Lead Contact", "Mate Contact"]


def test_an_update_of_another_offices_investor_is_refused_and_the_record_unchanged(
    world: World,  # noqa: F811
    tmp_path: Path,
) -> None:
    path = csv_file(tmp_path / "i.csv", ["회사명,비고", "Acme Robotics,changed by park"])
    report = import_file(world.as_("park"), "investors", path, on_duplicate="update")
    assert (report.updated, report.created) == (0, 0)
    assert [(e.row, e.code) for e in report.errors] == [(2, "not_permitted")]
    assert report.errors[0].message == f"You may not change this investor record ({KIMS})."  # a change stays one
    assert report.errors[0].column == "회사명"
    assert _notes(world, "Acme Robotics") is None

    report = import_file(world.as_("mate"), "investors", path, on_duplicate="update")
    assert (report.updated, report.errors) == (1, ())
    assert _notes(world, "Acme Robotics") == "changed by park"


def test_a_row_that_changes_nothing_of_another_offices_investor_is_skipped_not_refused(
    world: World,  # noqa: F811
    tmp_path: Path,
) -> None:
    """A shared tracker names every company, Kim's too: "update existing" with nothing new for
    Acme is no edit of Kim's record, so it is a duplicate skipped, not a row refused."""
    path = csv_file(tmp_path / "i.csv", ["회사명,비고", "Acme Robotics,", "Globex Batteries,met in Busan"])
    report = import_file(world.as_("park"), "investors", path, on_duplicate="update")
    assert report.errors == ()
    assert (report.updated, report.created) == (1, 0)
    assert [(d.row, d.action) for d in report.duplicates] == [(2, "skipped"), (3, "updated")]
    assert _notes(world, "Acme Robotics") is None
    assert _notes(world, "Globex Batteries") == "met in Busan"


def test_a_tracker_naming_another_offices_owner_is_refused_for_those_rows_unless_an_admin_imports_it(
    world: World,  # noqa: F811
    tmp_path: Path,
) -> None:
    path = csv_file(tmp_path / "tracker.csv", ["회사명,국가,담당자", "Initech Hydrogen,US,park", "Umbrella Bio,DE,kim"])
    report = import_file(world.as_("kim"), "investors", path)
    assert report.created == 1
    assert [(e.row, e.code) for e in report.errors] == [(2, "not_permitted")]  # an officer may not take Park's
    assert report.errors[0].message.startswith("You may not add this investor record: it would belong to Park, ")
    assert report.errors[0].column == "담당자"  # the officer it would belong to
    assert _notes(world, "Initech Hydrogen") is None and _contacts_of(world, "Initech Hydrogen") == []
    with unit_of_work(world.as_("boss")) as session:
        assert session.scalar(select(Investor.id).where(Investor.name == "Initech Hydrogen")) is None

    report = import_file(world.as_("boss"), "investors", path)
    assert report.errors == () and report.created == 1  # Umbrella is now a duplicate, skipped


def test_the_refusal_of_a_new_row_says_what_was_refused_in_korean(
    world: World,  # noqa: F811
    tmp_path: Path,
) -> None:
    path = csv_file(tmp_path / "연락처.csv", ["성명,기업명", "Grace Hopper,Acme Robotics"])
    report = import_file(replace(world.as_("park"), lang="ko"), "contacts", path)
    assert [(e.row, e.message) for e in report.errors] == [(2, ADD_TO_KIMS_KO)]


def test_an_investors_row_updating_another_offices_contact_or_project_is_refused_by_row(
    world: World,  # noqa: F811
    tmp_path: Path,
) -> None:
    """The contact, project and meeting an investors row updates are checked with the row, not at
    the end: Park's tracker that names Kim's contact (by its e-mail, at another investor: refused
    whoever imports it) and Kim's project at Park's own investor loses those two rows, with their
    numbers, and keeps the rest."""
    plant = create_project(world.as_("boss"), ProjectDraft(world.ids["globex"], "Busan plant", owner_login="kim"))
    path = csv_file(
        tmp_path / "부산 관리대장.csv",
        [
            "회사명,상대 담당자,이메일,담당자 직책,프로젝트명,투자 예정액",
            "Globex Batteries,Ada Lovelace,ada@acme.example,CTO,,",  # Kim's contact at Acme
            "Globex Batteries,Linus Pauling,linus@globex.example,CEO,,",  # a new one at Park's own
            "Globex Batteries,,,,Busan plant,USD 5M",  # Kim's project at Park's investor
        ],
    )
    report = import_file(world.as_("park"), "investors", path, on_duplicate="update")
    assert [(e.row, e.code) for e in report.errors] == [(2, "import_contact_elsewhere"), (4, "not_permitted")]
    assert report.errors[0].message.startswith("ada@acme.example is the e-mail of Ada Lovelace at Acme Robotics, ")
    assert report.errors[1].message == f"You may not change this project record ({KIMS})."
    assert [n for n, _ in report.failed_rows] == [2, 4]
    assert ("contacts", 1, 0, 0) in report.related
    assert _contacts_of(world, "Globex Batteries") == ["Linus Pauling"]
    with unit_of_work(world.as_("boss")) as session:
        ada = session.get(Contact, world.ids["contact"])
        assert ada is not None and (ada.investor_id, ada.job_title) == (world.ids["acme"], None)
        project = session.get(Project, plant)
        assert project is not None and project.capex_amount is None
        assert session.scalar(select(Officer.login).where(Officer.id == project.owner_id)) == "kim"


def _owner_of(w: World, company: str) -> str | None:
    with unit_of_work(w.as_("boss")) as session:
        return session.scalar(
            select(Officer.login).join(Investor, Investor.owner_id == Officer.id).where(Investor.name == company)
        )


def _job_titles(w: World, company: str) -> dict[str, str | None]:
    with unit_of_work(w.as_("boss")) as session:
        return dict(
            session.execute(
                select(Contact.full_name, Contact.job_title)
                .join(Investor, Investor.id == Contact.investor_id)
                .where(Investor.name == company)
            ).all()
        )


def test_a_later_row_changing_what_an_earlier_row_added_and_handed_over_is_refused_by_row(
    world: World,  # noqa: F811
    tmp_path: Path,
) -> None:
    """Park's tracker adds an investor and its contact (row 2), hands the investor to Kim at
    headquarters (row 3), then changes the contact's title (row 4). At the desk the third save is
    refused — the investor is Kim's by then — and so it is here: row 4 is named, the rest stored.
    (Before, row 4 passed the row check — the records were the file's own, not yet stored — and
    the final write refused it, failing the whole file with no row named.)"""
    path = csv_file(
        tmp_path / "부산 관리대장.csv",
        [
            "회사명,담당관,상대 담당자,이메일,담당자 직책",
            "Newco Energy,,Jane Roe,jane@newco.example,Engineer",  # new: the investor and its contact
            "Newco Energy,kim,,,",  # handed to Kim (HQ): an officer may hand over, not take
            "Newco Energy,,Jane Roe,jane@newco.example,CTO",  # Kim's now: Park may not change it
        ],
    )
    report = import_file(world.as_("park"), "investors", path, on_duplicate="update")
    assert [(e.row, e.code) for e in report.errors] == [(4, "not_permitted")]
    # Row 4 changes nothing of the investor itself: the refusal names the contact it would change.
    assert report.errors[0].message == f"You may not change this contact record ({KIMS})."
    assert report.errors[0].column == "이메일"
    assert (report.created, report.updated) == (1, 1)
    assert _owner_of(world, "Newco Energy") == "kim"
    assert _job_titles(world, "Newco Energy") == {"Jane Roe": "Engineer"}


def test_a_stored_investors_contact_changed_after_its_hand_over_is_refused_by_row(
    world: World,  # noqa: F811
    tmp_path: Path,
) -> None:
    """The same for Park's own stored investor: row 3 hands Globex to Kim, row 4 would change the
    contact row 2 added there; row 4 is refused by number, the hand-over and the contact stored."""
    path = csv_file(
        tmp_path / "부산 관리대장.csv",
        [
            "회사명,담당관,상대 담당자,이메일,담당자 직책",
            "Globex Batteries,,Linus Pauling,linus@globex.example,Engineer",
            "Globex Batteries,kim,,,",
            "Globex Batteries,,Linus Pauling,linus@globex.example,CTO",
        ],
    )
    report = import_file(world.as_("park"), "investors", path, on_duplicate="update")
    assert [(e.row, e.code) for e in report.errors] == [(4, "not_permitted")]
    assert report.errors[0].message == f"You may not change this contact record ({KIMS})."
    assert report.errors[0].column == "이메일"
    assert _owner_of(world, "Globex Batteries") == "kim"
    assert _job_titles(world, "Globex Batteries") == {"Linus Pauling": "Engineer"}


def test_a_contact_changed_before_its_investor_is_handed_over_is_stored_with_the_hand_over(
    world: World,  # noqa: F811
    tmp_path: Path,
) -> None:
    """Rows in the desk's order: Park adds and corrects a contact at Park's own investor (rows 2
    and 3), then hands the investor to Kim (row 4). Every row is allowed at the desk, so every
    row is stored — the contact's change is written before the hand-over, as the rows say."""
    path = csv_file(
        tmp_path / "부산 관리대장.csv",
        [
            "회사명,담당관,상대 담당자,이메일,담당자 직책",
            "Globex Batteries,,Linus Pauling,linus@globex.example,Engineer",
            "Globex Batteries,,Linus Pauling,linus@globex.example,CTO",
            "Globex Batteries,kim,,,",
        ],
    )
    report = import_file(world.as_("park"), "investors", path, on_duplicate="update")
    assert report.errors == ()
    assert report.committed
    assert _owner_of(world, "Globex Batteries") == "kim"
    assert _job_titles(world, "Globex Batteries") == {"Linus Pauling": "CTO"}
