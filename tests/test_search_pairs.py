"""The search index's character pairs of a text (migration 0021): every pair of neighbouring
characters, the same however long the text, on both engines; a long text is paired piece by
piece (SQLite) or in one pass (PostgreSQL) instead of one substr from the start per position."""

from __future__ import annotations

import random

from sqlalchemy import text

from kotra_invest.services.database import Database
from kotra_invest.store.search_index import GRAM_PIECE, sqlite_grams

TEXTS = [
    "",
    "a",
    "대전",
    "AI무역지원센터",
    "  대  전\t유치\n",
    "x" * GRAM_PIECE,
    "y" * (GRAM_PIECE + 1),
    "새만금 배터리😀공장 " * 100,  # pairs across every piece boundary
]


def _pairs(value: str) -> list[str]:
    """What the index holds for `value`: each character with the next (the last alone)."""
    return [value[i : i + 2] for i in range(len(value))]


def test_the_pairs_of_a_text_are_each_character_with_the_next(db: Database) -> None:
    rng = random.Random(21)
    alphabet = list("가나다 라마\t바\nAbC대전유치😀") + [chr(0xAC00 + i) for i in range(0, 11172, 97)]
    texts = [*TEXTS, *("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 3 * GRAM_PIECE))) for _ in range(40))]
    with db.engine.connect() as conn:
        for value in texts:
            if db.is_sqlite:
                got = conn.execute(text(f"SELECT {sqlite_grams(':t')}"), {"t": value}).scalar()
                assert got == " ".join(_pairs(value)), value
            else:
                got = conn.execute(text("SELECT search_bigrams(:t)"), {"t": value}).scalar()
                expected = {p.lower() for p in _pairs(value) if len(p) == 2 and not any(c.isspace() for c in p)}
                assert set(got) == expected and len(got) == len(expected), value
