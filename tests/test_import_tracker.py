"""An officer's real tracker, imported with default settings: one sheet, several records per row.

The sheet is shaped as regional offices keep it (title rows, merged cells, 담당자 holding the
investor's contact person, Korean and English name columns, industries as officers spell them);
its CP949 CSV twin must import the same way.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from import_helpers import TRACKER_NAMES, TRACKER_VALID, counts, tracker_csv, tracker_xlsx
from sqlalchemy import select

from kotra_invest.domain.enums import Role
from kotra_invest.domain.models import Contact, Interaction, Investor, Project
from kotra_invest.importers import open_source, run_import, suggest
from kotra_invest.services.officers import ensure_officer
from kotra_invest.services.unit_of_work import Context, unit_of_work


@pytest.fixture(autouse=True)
def _officer(ctx: Context) -> None:
    ensure_officer(ctx, role=Role.OFFICER)


@pytest.mark.parametrize("make", [tracker_xlsx, tracker_csv], ids=["xlsx", "cp949-csv"])
def test_the_tracker_imports_every_valid_row_with_its_contact_project_and_last_meeting(
    ctx: Context, tmp_path: Path, make: object
) -> None:
    path = make(tmp_path / ("관리대장.xlsx" if make is tracker_xlsx else "관리대장.csv"))  # type: ignore[operator]
    info = open_source(path)
    mapping = suggest(ctx, "investors", info)
    by_header = dict(zip(info.headers, mapping.columns, strict=True))
    assert by_header["담당자"] == "contact_name"
    assert (by_header["기업명"], by_header["영문명"]) == ("name_ko", "name")
    assert by_header["투자예정액"] == "project_capex" and by_header["최근접촉일"] == "meeting_date"
    assert any(line.startswith("담당자 → ") and "officers" in line for line in mapping.explain("en"))

    report = run_import(ctx, info, mapping)

    assert report.created == TRACKER_VALID, report.errors
    first = info.header_row + 1  # the CSV twin has one title line, the workbook two
    assert {(e.row - first, e.column) for e in report.errors} == {(7, "이메일"), (8, "영문명"), (9, "국가")}
    assert dict((k, c) for k, c, _u, _s in report.related) == {"contacts": 8, "projects": 7, "interactions": 7}
    with unit_of_work(ctx) as session:
        investors = {i.name: i for i in session.scalars(select(Investor))}
        assert set(investors) == TRACKER_NAMES
        siemens = investors["Siemens Healthineers AG"]
        assert siemens.name_ko == "지멘스헬시니어스" and siemens.industry.code == "BIO" and siemens.owner_id is None
        assert investors["Northwind Data Centers"].industry.code == "AI"
        assert investors["Northwind Data Centers"].country.code == "US"
        assert investors["Alpha Fund II"].country.code == "US"
        contact = session.scalars(select(Contact).where(Contact.investor_id == siemens.id)).one()
        assert (contact.full_name, contact.email) == ("Anna Weber", "anna.weber@siemens-healthineers.com")
        project = session.scalars(select(Project).where(Project.investor_id == siemens.id)).one()
        assert (project.capex_amount, project.capex_currency, project.stage.code) == (12_500_000, "USD", "LEAD")
        meeting = session.scalars(select(Interaction).where(Interaction.investor_id == siemens.id)).one()
        assert meeting.occurred_at.date().isoformat() == "2026-03-03"  # 00:00 KST on 4 March
        assert meeting.contact_id == contact.id
        acme_project = session.scalars(
            select(Project).join(Investor).where(Investor.name == "Acme Robotics Inc.")
        ).one()
        assert (acme_project.capex_amount, acme_project.capex_currency) == (420_000_000, "KRW")


def test_importing_the_tracker_again_duplicates_nothing(ctx: Context, tmp_path: Path) -> None:
    info = open_source(tracker_xlsx(tmp_path / "관리대장.xlsx"))
    run_import(ctx, info, suggest(ctx, "investors", info))
    before = counts(ctx)
    again = run_import(ctx, info, suggest(ctx, "investors", info))
    assert again.created == 0 and again.skipped == TRACKER_VALID
    assert all(created == 0 for _k, created, _u, _s in again.related)
    after = counts(ctx)
    assert {k: v for k, v in after.items() if k != "audit_entry"} == {
        k: v for k, v in before.items() if k != "audit_entry"
    }


def test_a_column_of_officers_stays_the_owner(ctx: Context, tmp_path: Path) -> None:
    from dataclasses import replace

    from import_helpers import xlsx

    from kotra_invest.services.officers import create_officer

    ensure_officer(replace(ctx, actor="admin"), role=Role.ADMIN)
    create_officer(replace(ctx, actor="admin"), "kim.minsu", "김민수")
    path = xlsx(tmp_path / "t.xlsx", [["회사명", "담당자"], ["Acme", "김민수"], ["Beta", "kim.minsu"]])
    info = open_source(path)
    mapping = suggest(ctx, "investors", info)
    assert mapping.columns == ("name", "owner")
    assert mapping.explain("en") == ["담당자 → Owner: the values are officers (logins or names)"]


def test_numbered_names_are_different_investors(ctx: Context, tmp_path: Path) -> None:
    """20,000 distinct "X Fund N" rows: 20,000 investors, none taken for another's duplicate."""
    from import_helpers import csv_file

    families = ["Alpha", "Beta", "Gamma", "Delta", "Orion", "Nova", "Atlas", "Zenith", "Polaris", "Vega"]
    names = [f"{family} Fund {n}" for family in families for n in range(2_000)]
    path = csv_file(tmp_path / "funds.csv", ["회사명,국가", *(f"{name},US" for name in names)])
    report = run_import(ctx, open_source(path), suggest(ctx, "investors", open_source(path)))
    assert (report.created, report.skipped, report.failed) == (20_000, 0, 0)


def test_numbers_and_roman_numerals_keep_funds_apart_unless_the_domain_agrees(ctx: Context, tmp_path: Path) -> None:
    from import_helpers import xlsx

    path = xlsx(
        tmp_path / "f.xlsx",
        [
            ["회사명", "홈페이지"],
            ["Alpha Fund I", None],
            ["Alpha Fund II", None],
            ["Co 0", None],
            ["Co 10", None],
            ["Samsnug Biologics", None],  # a typo, not a number: still a duplicate of row 7
            ["Samsung Biologics", None],
            ["Sigma Partners III", "https://sigma.example"],
            ["Sigma Partners IV", "https://www.sigma.example/"],  # same website: the same firm
        ],
    )
    info = open_source(path)
    report = run_import(ctx, info, suggest(ctx, "investors", info))
    assert report.created == 6
    assert [(d.row, d.reason) for d in report.duplicates] == [(7, "fuzzy_name"), (9, "website")]


def _regional_tracker(path: Path, *, as_csv: bool) -> Path:
    """A second office's sheet: a region column merged down its block of rows, 담당 and 연락처
    (ambiguous headers) holding the investor's people and phone numbers, an amount column in
    millions of dollars (백만불) beside amounts written in 억 and 엔, smart factories as officers
    call them, numbered funds."""
    import csv
    import io
    from datetime import date

    from import_helpers import xlsx

    header = ["권역", "기업명", "영문명", "국가", "업종", "담당", "연락처", "투자규모 (백만불)", "최근면담"]
    rows = [
        [
            "북미",
            "에이펙스바이오",
            "Apex Bio Inc.",
            "미국",
            "의료기기",
            "Kim Park",
            "+1 617 555 0101",
            "12.5",
            "2026. 9. 1.",
        ],
        [
            None,
            None,
            "Blue Harbor Capital",
            "U.S.",
            "AI·데이터센터",
            "Jane Doe",
            "(212) 555-0199",
            300,
            date(2026, 8, 3),
        ],
        [
            "유럽",
            "지멘스",
            "Siemens AG",
            "독일",
            "스마트팩토리",
            "Hans Vogel",
            "+49 89 636 00",
            "USD 40M",
            "2026년 7월 2일",
        ],
        [None, None, "Fund Alpha II", "독일", "AI", "Anna Schmidt", None, "4억2000만", None],
        [None, None, "Fund Alpha III", "Germany", "AI", "Anna Schmidt", None, "1.5억", None],
        [
            "아시아",
            "도요타통상",
            "Toyota Tsusho Corp.",
            "일본",
            "이차전지",
            "사토 겐",
            "03-4306-8201",
            "8억 엔",
            "2026.4.1",
        ],
        [None, "무명상사", None, "아틀란티스", "로봇", None, None, "abc", None],
    ]
    title = "2026년 하반기 투자유치 관리대장 (대구경북)"
    if not as_csv:
        return xlsx(path, [[title, *[None] * 8], [None] * 9, header, *rows], merges=("A1:I1", "A4:A5", "A6:A8"))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerows([[title], header, *[["" if v is None else str(v) for v in row] for row in rows]])
    path.write_bytes(out.getvalue().encode("cp949"))
    return path


@pytest.mark.parametrize("as_csv", [False, True], ids=["xlsx", "cp949-csv"])
def test_a_regional_tracker_with_merged_regions_and_mixed_units(ctx: Context, tmp_path: Path, as_csv: bool) -> None:
    path = _regional_tracker(tmp_path / ("대구경북.csv" if as_csv else "대구경북.xlsx"), as_csv=as_csv)
    info = open_source(path)
    report = run_import(ctx, info, suggest(ctx, "investors", info))
    assert (report.created, report.failed) == (6, 1), report.errors
    assert {(e.column, e.code) for e in report.errors} == {
        ("국가", "import_unknown_reference"),
        ("투자규모 (백만불)", "import_bad_amount"),
    }
    with unit_of_work(ctx) as session:
        amounts = {
            name: (amount, currency)
            for name, amount, currency in session.execute(
                select(Investor.name, Project.capex_amount, Project.capex_currency).join(Project.investor)
            )
        }
        assert amounts["Apex Bio Inc."] == (12_500_000, "USD")  # a bare 12.5 in a (백만불) column
        assert amounts["Blue Harbor Capital"] == (300_000_000, "USD")
        assert amounts["Siemens AG"] == (40_000_000, "USD")
        assert amounts["Fund Alpha II"] == (420_000_000, "KRW")  # 억 says what it means, whatever the header
        assert amounts["Toyota Tsusho Corp."] == (800_000_000, "JPY")
        phones = dict(session.execute(select(Contact.full_name, Contact.phone)).all())
        assert phones["Jane Doe"] == "+1 212-555-0199"  # a US number read as one of a US investor
        assert session.scalar(select(Investor.name_ko).where(Investor.name == "Siemens AG")) == "지멘스"
    assert counts(ctx)["interaction"] == 4


def test_a_later_row_updates_what_an_earlier_row_of_the_file_created(ctx: Context, tmp_path: Path) -> None:
    """Two rows of one tracker name the same new contact and project with different figures: with
    "update existing", the later row's are stored — as it would be if the rows came in two files —
    and the report's "1 updated" is what the database holds."""
    from import_helpers import csv_file

    from kotra_invest.importers.run import import_file

    path = csv_file(
        tmp_path / "관리대장.csv",
        [
            "회사명,국가,상대 담당자,이메일,전화,프로젝트명,투자 예정액",
            "Globex Batteries,US,Linus Pauling,linus@globex.example,+1 415 555 2671,Busan plant,USD 5M",
            "Globex Batteries,US,Linus Pauling,linus@globex.example,+1 415 555 2672,Busan plant,USD 7M",
        ],
    )
    report = import_file(ctx, "investors", path, on_duplicate="update")
    assert report.errors == ()
    assert ("contacts", 1, 1, 0) in report.related and ("projects", 1, 1, 0) in report.related
    with unit_of_work(ctx) as session:
        contact = session.scalars(select(Contact).where(Contact.email == "linus@globex.example")).one()
        assert contact.phone == "+1 415-555-2672"  # the later row's
        project = session.scalars(select(Project).where(Project.title == "Busan plant")).one()
        assert (project.capex_amount, project.capex_currency) == (7_000_000, "USD")


ADA_AT_ACME = (
    "ada@acme.example is the e-mail of Ada Lovelace at Acme Robotics, not at Globex Batteries: an import does not "
    "move contacts between investors (move them at the desk, or correct the e-mail)."
)


@pytest.mark.parametrize(
    ("kind", "lines"),
    [
        ("investors", ["회사명,상대 담당자,이메일,담당자 직책", "Globex Batteries,Ada Lovelace,ada@acme.example,CTO"]),
        ("contacts", ["성명,기업명,이메일,직책", "Ada Lovelace,Globex Batteries,ADA@acme.example,CTO"]),
    ],
)
def test_a_row_whose_contact_e_mail_is_another_investors_contact_is_refused(
    ctx: Context, tmp_path: Path, kind: str, lines: list[str]
) -> None:
    """A Globex row with the e-mail of Acme's Ada, with "update existing": before, the row's job
    title was written onto Acme's Ada and Globex got no contact. Now neither that nor a second Ada:
    the row is refused, naming both investors, and the officer decides at the desk."""
    from dataclasses import replace

    from import_helpers import csv_file

    from kotra_invest.importers.run import import_file
    from kotra_invest.services import records
    from kotra_invest.services.contacts import CONTACT, ContactDraft
    from kotra_invest.services.investors import InvestorDraft, create_investor

    acme = create_investor(ctx, InvestorDraft(name="Acme Robotics"))
    create_investor(ctx, InvestorDraft(name="Globex Batteries"))
    ada = records.create(ctx, CONTACT, ContactDraft("Ada Lovelace", acme, email="ada@acme.example"))
    path = csv_file(tmp_path / f"{kind}.csv", lines)

    report = import_file(ctx, kind, path, on_duplicate="update")
    assert [(e.row, e.column, e.code) for e in report.errors] == [(2, "이메일", "import_contact_elsewhere")]
    assert report.errors[0].message == ADA_AT_ACME.replace("ada@", "ADA@" if kind == "contacts" else "ada@")
    assert [n for n, _ in report.failed_rows] == [2]
    with unit_of_work(ctx) as session:
        assert [(c.id, c.investor_id, c.job_title) for c in session.scalars(select(Contact))] == [(ada, acme, None)]
    korean = import_file(replace(ctx, lang="ko"), kind, path, on_duplicate="update")
    assert korean.errors[0].message.endswith("(화면에서 옮기거나 이메일을 고치세요).")

    # At Ada's own investor, her e-mail still finds her, in any case.
    mine = csv_file(
        tmp_path / "acme.csv", ["성명,기업명,이메일,직책", "Ada Lovelace,Acme Robotics,ADA@ACME.example,CTO"]
    )
    assert import_file(ctx, "contacts", mine, on_duplicate="update").updated == 1
    with unit_of_work(ctx) as session:
        assert [(c.id, c.investor_id, c.job_title) for c in session.scalars(select(Contact))] == [(ada, acme, "CTO")]


SAM_OF_NO_INVESTOR = (
    "sam@law.example is the e-mail of Sam Adviser, a contact of no investor (an adviser), not of a person at Globex "
    "Batteries: an import does not tie a contact to an investor (add the person at the desk, or correct the e-mail)."
)


@pytest.mark.parametrize(
    ("kind", "lines"),
    [
        (
            "investors",
            [
                "부산 투자유치 관리대장",
                "회사명,상대 담당자,이메일,담당자 직책",
                "Globex Batteries,Sam Adviser,sam@law.example,Counsel",
            ],
        ),
        (
            "contacts",
            ["연락처 목록", "성명,기업명,이메일,직책", "Sam Adviser,Globex Batteries,SAM@law.example,Counsel"],
        ),
    ],
)
def test_a_row_whose_contact_e_mail_is_an_advisers_says_so_and_leaves_the_adviser_alone(
    ctx: Context, tmp_path: Path, kind: str, lines: list[str]
) -> None:
    """A Globex row with the e-mail of Sam, a contact of no investor (an adviser): before, the
    refusal said he was "at ?". Now it says what he is; he stays nobody's, for the desk to decide,
    as its contact editor warns of the same e-mail anywhere and ties nobody to an investor unasked."""
    from dataclasses import replace

    from import_helpers import csv_file

    from kotra_invest.importers.run import import_file
    from kotra_invest.services import records
    from kotra_invest.services.contacts import CONTACT, ContactDraft
    from kotra_invest.services.investors import InvestorDraft, create_investor

    create_investor(ctx, InvestorDraft(name="Globex Batteries"))
    sam = records.create(ctx, CONTACT, ContactDraft("Sam Adviser", email="sam@law.example"))
    path = csv_file(tmp_path / f"{kind}.csv", lines)

    report = import_file(ctx, kind, path, on_duplicate="update")
    assert [(e.row, e.column, e.code) for e in report.errors] == [(3, "이메일", "import_contact_elsewhere")]
    assert report.errors[0].message == SAM_OF_NO_INVESTOR.replace("sam@", "SAM@" if kind == "contacts" else "sam@")
    with unit_of_work(ctx) as session:
        assert [(c.id, c.investor_id, c.job_title) for c in session.scalars(select(Contact))] == [(sam, None, None)]
    korean = import_file(replace(ctx, lang="ko"), kind, path, on_duplicate="update")
    assert "투자가 없는 연락처(자문역) Sam Adviser의 이메일" in korean.errors[0].message
    assert "?" not in korean.errors[0].message


@pytest.mark.parametrize(
    ("kind", "lines", "column"),
    [
        (
            "investors",
            [
                "부산 투자유치 관리대장",
                "회사명,상대 담당자,담당자 직책,최근접촉일",
                "Globex Batteries,Lee Jiwoo,Plant manager,2026-03-04",
            ],
            "상대 담당자",
        ),
        ("contacts", ["연락처 목록", "성명,기업명,직책", "Lee Jiwoo,Globex Batteries,Plant manager"], "성명"),
    ],
)
def test_a_row_naming_one_of_two_namesakes_at_its_investor_is_refused_with_one_sentence(
    ctx: Context, tmp_path: Path, kind: str, lines: list[str], column: str
) -> None:
    """Globex has two people called Lee Jiwoo and the row gives no e-mail: before, the first one
    found took the row's job title (and the tracker's meeting). Now the row is refused, naming
    the investor, the person and their e-mails; nobody is changed."""
    from import_helpers import csv_file

    from kotra_invest.importers.run import import_file
    from kotra_invest.services import records
    from kotra_invest.services.contacts import CONTACT, ContactDraft
    from kotra_invest.services.investors import InvestorDraft, create_investor

    globex = create_investor(ctx, InvestorDraft(name="Globex Batteries"))
    for name, mail in (("Lee Jiwoo", "jiwoo@globex.example"), ("LEE Jiwoo", None)):
        records.create(ctx, CONTACT, ContactDraft(name, globex, email=mail))
    path = csv_file(tmp_path / f"{kind}.csv", lines)

    report = import_file(ctx, kind, path, on_duplicate="update")
    assert [(e.row, e.column, e.code) for e in report.errors] == [(3, column, "import_contact_ambiguous")]
    assert report.errors[0].message == (
        "Globex Batteries has several contacts named 'Lee Jiwoo': give the e-mail of the one meant "
        "(-; jiwoo@globex.example)."
    )
    with unit_of_work(ctx) as session:
        assert {c.job_title for c in session.scalars(select(Contact))} == {None}
        assert session.scalars(select(Interaction)).all() == []
    # Skipped as a duplicate, nothing is picked: no sentence (the row names no meeting).
    if kind == "contacts":
        assert not import_file(ctx, kind, path, on_duplicate="skip").errors
    # The e-mail tells them apart.
    with_mail = csv_file(
        tmp_path / "mail.csv", ["성명,기업명,이메일,직책", "Lee Jiwoo,Globex Batteries,jiwoo@globex.example,CTO"]
    )
    assert import_file(ctx, "contacts", with_mail, on_duplicate="update").updated == 1
