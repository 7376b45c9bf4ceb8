"""The files that ship inside the package (fonts, translations, migrations), found the same way
from a source checkout, an installed wheel and a PyInstaller bundle."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def asset_dir(name: str) -> Path:
    """The folder `kotra_invest/resources/<name>` as a real path on disk.

    Wheels and the one-folder bundle unpack the package onto disk, so `files()` is already a
    directory: Alembic, reportlab and Qt all need real file names, which a zipped package
    (never shipped) could not give.
    """
    folder = Path(str(files("kotra_invest") / "resources" / name))
    if not folder.is_dir():
        raise FileNotFoundError(f"kotra-invest is installed without its {name} ({folder})")
    return folder
