#!/usr/bin/env bash
# CI's packaging check (called by .ci/run): build what officers would install, from a clean copy
# of the committed tree, and smoke-run it as a new user would.
#   1. a wheel, installed non-editable into a fresh virtualenv;
#   2. the PyInstaller one-folder bundle (packaging/kotra-invest.spec), run with NO network:
#      the officers' PCs sit on a closed network, so anything reaching out would break there.
# Each is smoke-run by packaging/smoke.py (database, demo, briefing PDF with the Korean font,
# the desktop's main window). Needs the project's .venv (bash .ci/bootstrap test makes it).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

say() { echo "packaging: $*" >&2; }
work=$(mktemp -d /tmp/kotra-packaging.XXXXXX)
trap 'rm -rf "$work"' EXIT

say "clean copy of HEAD ($(git rev-parse --short HEAD))"
mkdir "$work/src"
git archive HEAD | tar -x -C "$work/src"

say "building the wheel"
# The build backend of pyproject.toml, in the project's venv: no isolated build env to download.
.venv/bin/pip install --quiet --disable-pip-version-check "setuptools>=68" wheel
.venv/bin/python -m pip wheel --quiet --no-deps --no-build-isolation -w "$work/dist" "$work/src"
wheel=$(ls "$work"/dist/kotra_invest-*.whl)
# Every shipped asset must be inside (the first wave's wheel had none of its 89).
.venv/bin/python - "$wheel" <<'PY'
import sys, zipfile
names = zipfile.ZipFile(sys.argv[1]).namelist()
need = {
    "migrations": [n for n in names if n.startswith("kotra_invest/resources/migrations/versions/") and n.endswith(".py")],
    "alembic env": [n for n in names if n == "kotra_invest/resources/migrations/env.py"],
    "fonts": [n for n in names if n.startswith("kotra_invest/resources/fonts/") and n.endswith(".ttf")],
    "translations": [n for n in names if n.endswith("kotra_invest_ko.qm")],
}
missing = [what for what, found in need.items() if not found]
if missing:
    sys.exit(f"packaging: the wheel lacks its {', '.join(missing)}")
print("packaging: the wheel holds " + ", ".join(f"{len(v)} {k}" for k, v in need.items()), file=sys.stderr)
PY

say "installing it into a fresh virtualenv"
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet --disable-pip-version-check "$wheel"
python3 packaging/smoke.py "$work/venv/bin/kotra-invest"

say "building the PyInstaller bundle"
.venv/bin/pip install --quiet --disable-pip-version-check "pyinstaller>=6.10,<7"
.venv/bin/pyinstaller packaging/kotra-invest.spec --noconfirm --log-level ERROR \
    --distpath "$work/bundle" --workpath "$work/build"
say "bundle: $(du -sh "$work/bundle/kotra-invest" | cut -f1)"

# A network namespace with nothing but loopback: the bundle must not need anything else.
if unshare -n true 2>/dev/null; then
    say "smoke-running the bundle with no network"
    unshare -n sh -c 'ip link set lo up 2>/dev/null; exec python3 packaging/smoke.py "$0"' "$work/bundle/kotra-invest/kotra-invest"
else
    say "cannot make a network namespace here (unshare -n refused): smoke-running with the network"
    python3 packaging/smoke.py "$work/bundle/kotra-invest/kotra-invest"
fi
