"""A file written from a Save dialog is named for its format, whatever the officer typed."""

from __future__ import annotations

from pathlib import Path

import pytest

from kotra_invest.ui.save_as import named_for


@pytest.mark.parametrize(
    ("typed", "named"),
    [
        ("trip", "trip.kipack"),
        ("trip.kipack", "trip.kipack"),
        ("TRIP.KIPACK", "TRIP.KIPACK"),  # Windows names are case-blind: nothing to add
        ("seoul trip.v2", "seoul trip.v2.kipack"),  # a dot in a name is no extension of ours
        ("trip.kimp", "trip.kimp.kipack"),  # another format's name: added to, never replaced
        ("출장 팩", "출장 팩.kipack"),
    ],
)
def test_the_formats_extension_is_added_to_a_name_without_it(typed: str, named: str) -> None:
    assert named_for(Path("/USB") / typed, ".kipack") == Path("/USB") / named
