"""The table of every benchmark goal from the figures the bench scripts just wrote; exits 1 when one is missed.

Each script under bench/ writes bench/results/<name>.json with a `goals` list of {figure, value, goal, met}.
A script that did not run (or wrote no goals) is reported as missing, which counts as not met.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"
EXPECTED = (
    "engine",
    "checks",
    "memory",
    "search",
    "cli",
    "assistant",
    "scale",
    "checks_scale",
    "vectors",
    "prefetch",
    "control",
    "timeline",
    "reuse",
)


def goals() -> list[dict]:
    rows: list[dict] = []
    for name in EXPECTED:
        path = RESULTS / f"{name}.json"
        found = json.loads(path.read_text()).get("goals") if path.exists() else None
        if not found:
            rows.append(
                {
                    "figure": f"{name}: no figures (the script did not run)",
                    "value": "-",
                    "goal": "-",
                    "met": False,
                }
            )
        rows += found or []
    return rows


def main() -> int:
    rows = goals()
    width = max(len(r["figure"]) for r in rows)
    print(f"\n{'figure':<{width}}  {'value':>22}  {'goal':>18}  met")
    for r in rows:
        print(f"{r['figure']:<{width}}  {r['value']:>22}  {r['goal']:>18}  {'yes' if r['met'] else 'NO'}")
    missed = [r for r in rows if not r["met"]]
    print(
        f"\n{len(rows) - len(missed)} of {len(rows)} goals met"
        + (f"; missed: {len(missed)}" if missed else "")
    )
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
