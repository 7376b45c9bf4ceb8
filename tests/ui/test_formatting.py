"""Amounts read the way officers say them."""

from decimal import Decimal

from kotra_invest.ui.formatting import korean_number, money, usd


def test_korean_units_as_officers_write_them() -> None:
    assert korean_number(420_000_000) == "4억2000만"
    assert korean_number(Decimal("6100000000")) == "61억"
    assert korean_number(1_250_030_000_000) == "1조2500억3000만"
    assert korean_number(12_345_678) == "1234만"
    assert korean_number(9_999) == "9,999"


def test_usd_in_each_language() -> None:
    assert usd(420_000_000, "ko") == "4억2000만 달러"
    assert usd(420_000_000, "en") == "USD 420.0 M"
    assert usd(None, "en") == "—"
    assert money(3_000_000_000, "KRW", "ko") == "30억 원"
    assert money(5_000, "EUR", "en") == "EUR 5,000"
