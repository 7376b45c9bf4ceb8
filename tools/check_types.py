"""mypy over the package, held to a per-module baseline that may only shrink.

    .venv/bin/python tools/check_types.py            # CI: fails when a module has more errors than allowed
    .venv/bin/python tools/check_types.py --update   # after fixing some: write the smaller counts

The baseline (tools/mypy-baseline.json) lists the modules that still have errors and how many.
A module not listed must have none. The core layers (domain, store, services, sync, briefing)
are at zero and unlisted, so any error there fails the run (issue 18); if one ever gets listed,
it is named on every run. A module that
got better is reported, so the baseline gets lowered with it.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASELINE = ROOT / "tools" / "mypy-baseline.json"
CORE = (
    "kotra_invest/domain/",
    "kotra_invest/store/",
    "kotra_invest/services/",
    "kotra_invest/sync/",
    "kotra_invest/briefing/",
)
ERROR = re.compile(r"^(?P<path>[^:]+\.py):\d+: error:")


def errors_by_module() -> tuple[Counter[str], str]:
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "kotra_invest"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    counts: Counter[str] = Counter()
    for line in done.stdout.splitlines():
        match = ERROR.match(line)
        if match:
            counts[match["path"]] += 1
    return counts, done.stdout


def main() -> int:
    counts, output = errors_by_module()
    if "--update" in sys.argv:
        BASELINE.write_text(json.dumps(dict(sorted(counts.items())), indent=1) + "\n", encoding="utf-8")
        print(f"types: baseline written, {sum(counts.values())} errors in {len(counts)} modules")
        return 0
    allowed: dict[str, int] = json.loads(BASELINE.read_text(encoding="utf-8"))
    worse = {m: (n, allowed.get(m, 0)) for m, n in counts.items() if n > allowed.get(m, 0)}
    core_listed = [m for m in allowed if m.startswith(CORE)]
    better = {m: (counts.get(m, 0), n) for m, n in allowed.items() if counts.get(m, 0) < n}
    for module, (now, was) in sorted(better.items()):
        print(f"types: {module} is down to {now} (baseline {was}): run tools/check_types.py --update")
    if core_listed:
        print(f"types: {len(core_listed)} core modules still have errors (to reach zero): {', '.join(core_listed)}")
    if worse:
        for line in output.splitlines():
            match = ERROR.match(line)
            if match and match["path"] in worse:
                print(line)
        for module, (now, was) in sorted(worse.items()):
            print(f"types: {module} has {now} errors, {was} allowed")
        return 1
    print(f"types: {sum(counts.values())} errors, none over the baseline ({sum(allowed.values())} allowed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
