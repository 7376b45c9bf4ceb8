#!/usr/bin/env bash
# Remake the sample briefing packs from a fresh demo database:
#   bash docs/samples/regenerate.sh [FOLDER]     (FOLDER: where to write them, docs/samples by default)
# The itinerary calendar (.ics) is written with them, from the same trip.
set -euo pipefail
out=$(realpath "${1:-$(dirname "${BASH_SOURCE[0]}")}")
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="sqlite:///$work/demo.sqlite3"
cli() { HOME="$work" .venv/bin/kotra-invest --db "$db" "$@"; }
cli demo >/dev/null
daejeon=$(cli delegations list --year 2026 --json |
    .venv/bin/python -c 'import json, sys; print(next(r["id"] for r in json.load(sys.stdin) if "대전 AI" in r["title"]))')
baybrook=$(cli investors list --json --limit 1000 |
    .venv/bin/python -c 'import json, sys; print(next(r["id"] for r in json.load(sys.stdin) if r["name"].startswith("Baybrook")))')
for lang in ko en; do
    KOTRA_INVEST_LANG=$lang cli brief "$daejeon" --reason "sample briefing packs for the README" --pdf "$out/daejeon-ai-robotics-$lang.pdf" \
        --xlsx "$out/daejeon-ai-robotics-$lang.xlsx" >"$work/preflight-$lang.txt"
done
cli brief "$daejeon" --reason "sample itinerary for the README" --ics "$out/daejeon-ai-robotics.ics" >/dev/null
KOTRA_INVEST_LANG=en cli profile "$baybrook" --reason "sample profile for the README" --pdf "$out/profile-baybrook-en.pdf" \
    --xlsx "$out/profile-baybrook-en.xlsx" >/dev/null
head -n 1 "$work"/preflight-*.txt
