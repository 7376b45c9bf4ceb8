"""`kotra-invest map`: the dashboard's map as a PNG, from a real process with no display."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from kotra_invest.services.database import connect
from kotra_invest.services.korea_map import korea_map
from kotra_invest.services.korea_map_drawing import Box, breaks, colour_of, draw
from kotra_invest.services.unit_of_work import Context


def _run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "KOTRA_INVEST_USER": "cli.tester",
    }
    for name in ("KOTRA_INVEST_DB", "QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(name, None)  # as from a scheduled job on a server: no screen at all
    return subprocess.run(
        [sys.executable, "-m", "kotra_invest", *args], capture_output=True, text=True, env=env, timeout=300, check=False
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    home = tmp_path_factory.mktemp("map-home")
    url = f"sqlite:///{home / 'demo.sqlite3'}"
    result = _run("--db", url, "demo", home=home)
    assert result.returncode == 0, result.stderr
    return url, home


def _hex(pixel: tuple[int, ...]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*pixel[:3])


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_png_shows_each_province_in_the_colour_of_its_notified_fdi(demo: tuple[str, Path], lang: str) -> None:
    url, home = demo
    out = home / f"notified-{lang}.png"
    result = _run(
        "--db", url, "--lang", lang, "map", "--figure", "notified", "--year", "2026", "--png", str(out), home=home
    )
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stdout

    db = connect(url)
    try:
        expected = korea_map(Context(db, "cli.tester", "test", lang), "notified", 2026, lang=lang)
    finally:
        db.dispose()
    scene = draw(expected)
    bounds = breaks(expected)
    with Image.open(out) as image:
        assert image.format == "PNG"
        assert image.size == (round(scene.width * 2), round(scene.height * 2))
        rgb = image.convert("RGB")
        colours = set()
        for area in scene.tiles:
            # Inside the tile, right of the centre line and clear of name, number and FEZ marks.
            pixel = rgb.getpixel((round((area.x + area.w - 8) * 2), round((area.y + area.h / 2) * 2)))
            want = colour_of(expected.value_of(area.code), expected, bounds)
            assert _hex(pixel) == want, area.code
            colours.add(want)
    assert len(colours) >= 3  # the demo year spreads over several classes
    assert any(isinstance(i, Box) for i in scene.items)


def test_open_cases_are_mapped_from_the_demos_aftercare(demo: tuple[str, Path]) -> None:
    url, home = demo
    out = home / "cases.png"
    result = _run("--db", url, "--lang", "en", "map", "--figure", "cases", "--png", str(out), home=home)
    assert result.returncode == 0, result.stderr
    assert "not available" not in result.stdout and out.exists()


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--figure", "notified", "--year", "2026", "--png", "{home}/no/such/folder/map.png"], ["no such folder"]),
        (["--figure", "notified", "--year", "2026", "--png", "{home}"], ["folder"]),
        (["--figure", "notified", "--year", "20260", "--png", "{home}/year.png"], ["Year", "20260"]),
    ],
)
def test_bad_input_is_one_sentence_exit_2_and_no_file(
    demo: tuple[str, Path], args: list[str], words: list[str]
) -> None:
    url, home = demo
    before = sorted(p.name for p in home.iterdir())
    result = _run("--db", url, "--lang", "en", "map", *[a.format(home=home) for a in args], home=home)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr and "unexpected" not in result.stderr, result.stderr
    assert all(word in lines[0] for word in words), lines[0]
    assert sorted(p.name for p in home.iterdir()) == before


def test_an_unknown_figure_is_refused_by_the_parser(demo: tuple[str, Path]) -> None:
    url, home = demo
    result = _run("--db", url, "map", "--figure", "weather", "--png", str(home / "w.png"), home=home)
    assert result.returncode == 2 and "'weather' is not one of" in result.stderr
    assert not (home / "w.png").exists()
