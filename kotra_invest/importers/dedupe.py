"""Is this row a company (or person) we already have? Normalised names, fuzzy scores, domains, e-mails.

The same company is written "Siemens AG", "SIEMENS Aktiengesellschaft" and "지멘스(주)": names
are compared without legal forms, case, width and punctuation, then fuzzily within the same
first letters (a blocking key: comparing each row with every one of 100,000 investors would
take minutes; a typo in the first two letters is the price).
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

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
_LEGAL = re.compile(r"\b(?:" + "|".join(_LEGAL_FORMS) + r")\b\.?")


def company_key(name: str | None) -> str:
    """A company name without case, width, legal form, punctuation and spaces ("" if nothing is left)."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKC", name).casefold()
    for form in _KOREAN_FORMS:
        text = text.replace(form.casefold(), " ")
    text = re.sub(r"[.,&/'’()\-_+]", " ", text)
    stripped = _LEGAL.sub(" ", text)
    key = "".join(ch for ch in stripped if ch.isalnum())
    return key or "".join(ch for ch in text if ch.isalnum())  # "AG Inc." is still a name


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
        self._blocks: dict[str, dict[str, tuple[uuid.UUID | None, int | None, str]]] = {}

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
            self._blocks.setdefault(key[:2], {}).setdefault(key, entry)
        if domain:
            self._by_domain.setdefault(domain, entry)

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

    def fuzzy(self, name: str) -> Match | None:
        key = company_key(name)
        if len(key) < 4:  # "LG" vs "GE": short names are too easily near each other
            return None
        block = self._blocks.get(key[:2])
        if not block:
            return None
        best = process.extractOne(key, block.keys(), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        if best is None:
            return None
        record_id, row, shown = block[best[0]]
        return Match(record_id, row, shown, "fuzzy_name", int(best[1]))

    def candidates(self, name: str) -> list[tuple[uuid.UUID | None, int | None, str, int]]:
        """Every company the name could mean: exact key matches, else fuzzy ones (for a reference by name)."""
        exact = self.exact(name)
        if exact:
            return [(*e, 100) for e in exact]
        key = company_key(name)
        block = self._blocks.get(key[:2]) if len(key) >= 4 else None
        if not block:
            return []
        found = process.extract(key, block.keys(), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=5)
        return [(*block[k], int(score)) for k, score, _ in found]
