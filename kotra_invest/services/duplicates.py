"""Is this company (or person) one we already have? Normalised names, fuzzy scores, domains, e-mails.

One check for everyone: the importer asks it for each row, the investor and contact editors ask it
before a save, so a duplicate the import would flag is flagged in the desktop too.

The same company is written "Siemens AG", "SIEMENS Aktiengesellschaft" and "지멘스(주)": names
are compared without legal forms, case, width and punctuation, then fuzzily within small blocks
(the same first letters, or the same end of the first word and of the name; the same numbers; a
near length): comparing each row with every one of 100,000 investors would take minutes. Names that carry different numbers ("Alpha Fund I" and
"II", "Co 0" and "Co 10") are never fuzzy duplicates; only a shared website domain joins them.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from kotra_invest.domain.models import Contact, Investor
from kotra_invest.services.unit_of_work import Context, unit_of_work

# rapidfuzz ratio (0-100) on normalised names: 92 catches a swapped or missing letter in a long name
# ("Samsnug Biologics"), not "Siemens Energy" for Siemens nor "Samsung SDS" for Samsung SDI (90).
FUZZY_CUTOFF = 92

# Legal forms and their abbreviations, in the languages investors' names come in.
_LEGAL_FORMS = (
    "incorporated",
    "corporation",
    "company",
    "limited",
    "holdings",
    "holding",
    "group",
    "co",
    "corp",
    "inc",
    "ltd",
    "llc",
    "llp",
    "lp",
    "plc",
    "gmbh",
    "ag",
    "se",
    "sa",
    "sas",
    "sarl",
    "spa",
    "srl",
    "bv",
    "nv",
    "ab",
    "as",
    "asa",
    "oy",
    "oyj",
    "kk",
    "pte",
    "pty",
    "aktiengesellschaft",
    "kabushikikaisha",
    "kabushiki",
    "kaisha",
)
_KOREAN_FORMS = ("주식회사", "(주)", "㈜", "유한회사", "(유)", "유한책임회사", "코리아", "한국지사", "법인")
_NOT_ALNUM = re.compile(r"[\W_]+")
_LEGAL = re.compile(r"\b(?:" + "|".join(_LEGAL_FORMS) + r")\b\.?")


@lru_cache(maxsize=1 << 16)
def company_key(name: str | None) -> str:
    """A company name without case, width, legal form, punctuation and spaces ("" if nothing is left)."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKC", name).casefold()
    for form in _KOREAN_FORMS:
        text = text.replace(form.casefold(), " ")
    text = re.sub(r"[.,&/'’()\-_+]", " ", text)
    stripped = _LEGAL.sub(" ", text)
    # [\W_] is exactly what str.isalnum() refuses (\w is the alphanumerics and "_").
    key = _NOT_ALNUM.sub("", stripped)
    return key or _NOT_ALNUM.sub("", text)  # "AG Inc." is still a name


_ROMAN = re.compile(r"^(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3}|xiv|xv)$")
_NUMBER = re.compile(r"\d+")


@lru_cache(maxsize=1 << 16)
def number_marks(name: str | None) -> tuple[str, ...]:
    """The numbers and roman numerals a name carries: "Alpha Fund II" → ("2",), "Co 10" → ("10",).

    Two names that differ in them are different funds, vintages or series, however alike the rest.
    """
    if not name:
        return ()
    text = unicodedata.normalize("NFKC", name).casefold()
    marks = [str(int(n)) for n in _NUMBER.findall(text)]
    romans = {"i": 1, "v": 5, "x": 10}
    for word in re.findall(r"[a-z]+", text):
        if _ROMAN.match(word):
            total = 0
            for a, b in zip(word, [*word[1:], ""], strict=True):
                value = romans[a]
                total += -value if b and romans[b] > value else value
            marks.append(str(total))
    return tuple(marks)


def _blocks(key: str, first_word: str, marks: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The blocks a name is compared within: its first four characters, and the end of its first
    word with the end of the name, each with its numbers. A typo near the start is still found by
    the ends and vice versa (the end of the name alone would be "cs" for every "… Robotics" of a
    file), and "Fund 7" is never compared with the thousands of other numbered funds of the same
    family. Each block is further split by the name's length (see `_lengths`)."""
    return ((*marks, "<", key[:4]), (*marks, ">", first_word[-4:], key[-2:]))


@lru_cache(maxsize=512)
def _lengths(length: int) -> range:
    """The key lengths a name of `length` can be a fuzzy duplicate of: at FUZZY_CUTOFF, ratio =
    1 - indel / (len1 + len2), so the lengths differ by at most 2(100 - cutoff)/cutoff of it."""
    spread = int(length * 2 * (100 - FUZZY_CUTOFF) / FUZZY_CUTOFF) + 1
    return range(max(1, length - spread), length + spread + 1)


@lru_cache(maxsize=1 << 16)
def _first_word(name: str) -> str:
    words = re.findall(r"\w+", unicodedata.normalize("NFKC", name).casefold())
    return words[0] if words else ""


def person_key(name: str | None) -> str:
    if not name:
        return ""
    text = unicodedata.normalize("NFKC", name).casefold()
    return "".join(sorted(re.findall(r"\w+", text)))  # "Kim Minsu" and "Minsu Kim"


@dataclass(frozen=True)
class Match:
    record_id: uuid.UUID | None  # None: a row earlier in the same file
    row: int | None  # the earlier row of the file, when it is one
    name: str
    reason: str  # "name", "fuzzy_name", "website", "email", "same_record"
    score: int  # 100 for exact keys


class CompanyIndex:
    """Companies (existing investors, then the file's own rows) by name key, domain, and block."""

    def __init__(self) -> None:
        self._by_key: dict[str, list[tuple[uuid.UUID | None, int | None, str]]] = {}
        self._by_domain: dict[str, tuple[uuid.UUID | None, int | None, str]] = {}
        # block -> key length -> key -> entry
        self._blocks: dict[tuple[str, ...], dict[int, dict[str, tuple[uuid.UUID | None, int | None, str]]]] = {}

    def add(
        self,
        name: str,
        record_id: uuid.UUID | None,
        row: int | None = None,
        *,
        other_names: Iterable[str | None] = (),
        domain: str | None = None,
    ) -> None:
        entry = (record_id, row, name)
        for n in (name, *other_names):
            key = company_key(n)
            if not key:
                continue
            bucket = self._by_key.setdefault(key, [])
            if all(e[0] != record_id or e[1] != row for e in bucket):
                bucket.append(entry)
            for block in _blocks(key, _first_word(n), number_marks(n)):
                self._blocks.setdefault(block, {}).setdefault(len(key), {}).setdefault(key, entry)
        if domain:
            self._by_domain.setdefault(domain, entry)

    def add_domain(self, domain: str, record_id: uuid.UUID | None, name: str, row: int | None = None) -> None:
        """A further domain of a company already known (its staff's e-mail host)."""
        self._by_domain.setdefault(domain, (record_id, row, name))

    def exact(self, name: str) -> list[tuple[uuid.UUID | None, int | None, str]]:
        return list(self._by_key.get(company_key(name), ()))

    def find(self, name: str, domain: str | None = None, *, other_names: Iterable[str | None] = ()) -> Match | None:
        """The best earlier company this one duplicates, or None."""
        for n in (name, *other_names):
            hits = self._by_key.get(company_key(n))
            if hits:
                record_id, row, shown = hits[0]
                return Match(record_id, row, shown, "name", 100)
        if domain and domain in self._by_domain:
            record_id, row, shown = self._by_domain[domain]
            return Match(record_id, row, shown, "website", 100)
        return self.fuzzy(name)

    def _near(self, name: str, limit: int) -> list[tuple[tuple[uuid.UUID | None, int | None, str], int]]:
        """Companies whose names are within the fuzzy cut-off of `name` and carry the same numbers."""
        key = company_key(name)
        if len(key) < 4:  # "LG" vs "GE": short names are too easily near each other
            return []
        # Every candidate of every block, scored in one call: the per-call cost of the scorer, not
        # the comparisons, dominates with blocks this small.
        found: list[dict[str, tuple[uuid.UUID | None, int | None, str]]] = []
        lengths = _lengths(len(key))
        for base in _blocks(key, _first_word(name), number_marks(name)):
            by_length = self._blocks.get(base)
            if by_length:
                found.extend(block for length in lengths if (block := by_length.get(length)))
        if not found:
            return []
        if limit == 1:  # the common case (is this row a duplicate?): one best hit, found faster
            keys: list[str] = []
            for block in found:
                keys.extend(block)  # the keys, gathered in C: no dictionary is built per row
            best = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
            if best is None:
                return []
            entry = next(block[best[0]] for block in found if best[0] in block)
            return [(entry, int(best[1]))]
        choices = {k: e for block in reversed(found) for k, e in block.items()}
        hits = [
            (k, score)
            for k, score, _i in process.extract(
                key, list(choices), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=limit
            )
        ]
        return [(choices[other], int(score)) for other, score in hits]

    def fuzzy(self, name: str) -> Match | None:
        near = self._near(name, 1)
        if not near:
            return None
        (record_id, row, shown), score = near[0]
        return Match(record_id, row, shown, "fuzzy_name", score)

    def candidates(self, name: str) -> list[tuple[uuid.UUID | None, int | None, str, int]]:
        """Every company the name could mean: exact key matches, else fuzzy ones (for a reference by name)."""
        exact = self.exact(name)
        if exact:
            return [(*e, 100) for e in exact]
        return [(*entry, score) for entry, score in self._near(name, 5)]


# Mail hosts shared by unrelated people: an address there says nothing about the company.
FREE_MAIL = frozenset(
    {"gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "yahoo.com", "icloud.com",
     "naver.com", "daum.net", "hanmail.net", "kakao.com", "nate.com", "qq.com", "163.com", "gmx.de", "web.de"}
)  # fmt: skip


def website_domain(url: str | None) -> str | None:
    """The host of a website, as duplicates are compared: no scheme, no www., no path."""
    if not url:
        return None
    host = re.sub(r"^[a-z][a-z0-9+.-]*://", "", url.strip().casefold())
    host = host.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0].split(":", 1)[0].removeprefix("www.")
    return host or None


def email_domain(email: str | None) -> str | None:
    """The company part of an e-mail address, or None for a free-mail host."""
    if not email or "@" not in email:
        return None
    host = email.rsplit("@", 1)[1].strip().casefold().removeprefix("www.")
    return None if not host or host in FREE_MAIL else host


def known_companies(session: Session, *, exclude: uuid.UUID | None = None) -> CompanyIndex:
    """Every live investor by name, Korean name and domain — its website's, and its contacts' mail
    domain — the index both the importer and the editors look a company up in."""
    index = CompanyIndex()
    for rid, name, name_ko, website in session.execute(
        select(Investor.id, Investor.name, Investor.name_ko, Investor.website).where(Investor.deleted_at.is_(None))
    ):
        if rid != exclude:
            index.add(name, rid, other_names=(name_ko,), domain=website_domain(website))
    for investor_id, name, email in session.execute(
        select(Contact.investor_id, Investor.name, Contact.email)
        .join(Investor, Investor.id == Contact.investor_id)
        .where(Contact.deleted_at.is_(None), Investor.deleted_at.is_(None), Contact.email.is_not(None))
    ):
        domain = email_domain(email)
        if domain and investor_id != exclude:
            index.add_domain(domain, investor_id, name)
    return index


def investor_duplicate(
    ctx: Context,
    name: str,
    *,
    name_ko: str | None = None,
    website: str | None = None,
    exclude: uuid.UUID | None = None,
) -> Match | None:
    """The live investor this one would duplicate (same name, website or mail domain, or a name
    a letter away), or None. `exclude` is the investor being edited."""
    with unit_of_work(ctx) as session:
        return known_companies(session, exclude=exclude).find(name, website_domain(website), other_names=(name_ko,))


def contact_duplicate(
    ctx: Context,
    full_name: str,
    *,
    email: str | None = None,
    investor_id: uuid.UUID | None = None,
    exclude: uuid.UUID | None = None,
) -> Match | None:
    """The live contact this one would duplicate: the same e-mail anywhere, or the same person
    (names in any order) at the same investor."""
    with unit_of_work(ctx) as session:
        query = select(Contact.id, Contact.full_name, Contact.email, Contact.investor_id).where(
            Contact.deleted_at.is_(None)
        )
        if exclude is not None:
            query = query.where(Contact.id != exclude)
        wanted_mail = (email or "").strip().casefold()
        same_person = None
        for rid, shown, mail, owner in session.execute(query):
            if wanted_mail and (mail or "").casefold() == wanted_mail:
                return Match(rid, None, shown, "email", 100)
            if same_person is None and owner == investor_id and person_key(shown) == person_key(full_name):
                same_person = Match(rid, None, shown, "name", 100)
        return same_person
