"""Prefetch on vs off: the share of checks answered entirely from fresh facts, and the source calls it costs.

1,000 popular properties (each checked 0.5-4 times a day, log-uniform) and 10,000 rare ones (once in 45 days on
average), Poisson arrivals over 30 simulated days; the first 7 days (while popularity builds up) are not counted.
Each check uses the basic profile (court cases, enforcement, listings). A check whose sources are all fresh is a
fresh hit with 0 calls; otherwise each stale source costs one call and is fresh for its TTL from then on.

With prefetch on, every MIRANO_PREFETCH_CADENCE_MINUTES the rules of pipeline/checks/prefetch.py run on the
simulated state: a property checked >= MIRANO_PREFETCH_MIN_CHECKS times in MIRANO_PREFETCH_WINDOW_DAYS is popular,
and each of its sources whose facts expire within `lead_time(source)` is fetched again (one call), most checked
first, at most the daily budget per simulated day. TTLs, lead times, thresholds and cadence are the configured ones
(read from pipeline.config); the budget is sized for 1,000 popular objects (`--budget`, default 1,500 a day; the
shipped default of 500 suits a few hundred). What is simulated is the policy and the clock, not the database or
HTTP: the real code paths are tested in tests/checks/test_prefetch.py. Writes bench/results/prefetch.json.
"""

from __future__ import annotations

import argparse
import heapq
import json
import math
import random
from collections import deque
from datetime import timedelta
from pathlib import Path

from pipeline.checks.prefetch import lead_time
from pipeline.config import get_settings
from pipeline.sources import ttl

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("court", "enforcement", "listings")
DAY = 86400.0
DAYS, WARMUP = 30, 7
POPULAR, RARE = 1_000, 10_000


def arrivals(rng: random.Random) -> list[tuple[float, int]]:
    """(time in seconds, property id) of every check; ids below POPULAR are the popular properties."""
    events = []
    for pid in range(POPULAR + RARE):
        per_day = math.exp(rng.uniform(math.log(0.5), math.log(4.0))) if pid < POPULAR else 1 / 45
        t = rng.expovariate(per_day / DAY)
        while t < DAYS * DAY:
            events.append((t, pid))
            t += rng.expovariate(per_day / DAY)
    return sorted(events)


def simulate(events: list[tuple[float, int]], prefetch: bool, budget: int) -> dict:
    settings = get_settings()
    ttls = {s: ttl(s).total_seconds() for s in SOURCES}
    leads = {s: lead_time(s).total_seconds() for s in SOURCES}
    window, threshold = settings.prefetch_window_days * DAY, settings.prefetch_min_checks
    cadence = settings.prefetch_cadence_minutes * 60
    expires: dict[tuple[int, str], float] = {}
    recent: dict[int, deque[float]] = {}
    counted = {"popular": [0, 0], "rare": [0, 0]}  # [checks, fresh hits]
    calls = {"check": 0, "prefetch": 0}
    spent_today, day = 0, 0
    ticks = [cadence * k for k in range(1, int(DAYS * DAY / cadence) + 1)] if prefetch else []
    queue = [(t, 1, pid) for t, pid in events] + [(t, 0, -1) for t in ticks]
    heapq.heapify(queue)
    while queue:
        now, kind, pid = heapq.heappop(queue)
        if kind == 0:  # a prefetch run
            if int(now // DAY) != day:
                day, spent_today = int(now // DAY), 0
            due = []
            for p, times in recent.items():
                while times and times[0] < now - window:
                    times.popleft()
                if len(times) >= threshold:
                    due += [
                        (-len(times), p, s)
                        for s in SOURCES
                        if (p, s) in expires and expires[(p, s)] - now <= leads[s]
                    ]
            for _, p, s in sorted(due):
                if spent_today >= budget:
                    break
                expires[(p, s)] = now + ttls[s]
                calls["prefetch"] += 1
                spent_today += 1
            continue
        recent.setdefault(pid, deque()).append(now)
        stale = [s for s in SOURCES if expires.get((pid, s), -1.0) <= now]
        for s in stale:
            expires[(pid, s)] = now + ttls[s]
        calls["check"] += len(stale)
        if now >= WARMUP * DAY:
            group = counted["popular" if pid < POPULAR else "rare"]
            group[0] += 1
            group[1] += not stale
    return {
        "fresh_hit_popular": counted["popular"][1] / max(1, counted["popular"][0]),
        "fresh_hit_rare": counted["rare"][1] / max(1, counted["rare"][0]),
        "checks_counted": {k: v[0] for k, v in counted.items()},
        "source_calls": calls["check"] + calls["prefetch"],
        "calls_by_checks": calls["check"],
        "calls_by_prefetch": calls["prefetch"],
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--budget", type=int, default=1_500, help="prefetch tasks per simulated day")
    parser.add_argument("--seed", type=int, default=18)
    args = parser.parse_args()
    events = arrivals(random.Random(args.seed))
    off, on = simulate(events, False, args.budget), simulate(events, True, args.budget)
    ratio = on["source_calls"] / off["source_calls"]
    settings = get_settings()
    print(
        f"prefetch bench: {POPULAR:,} popular + {RARE:,} rare properties, {len(events):,} checks in {DAYS} days"
    )
    print(
        f"  rules: >= {settings.prefetch_min_checks} checks in {settings.prefetch_window_days:g} days, lead "
        + ", ".join(f"{s} {lead_time(s) / timedelta(hours=1):.1f} h" for s in SOURCES)
        + f", budget {args.budget}/day, every {settings.prefetch_cadence_minutes:g} min"
    )
    for name, r in (("off", off), ("on", on)):
        print(
            f"  prefetch {name:>3}: fresh-hit popular {r['fresh_hit_popular']:.1%}, rare {r['fresh_hit_rare']:.1%}; "
            f"source calls {r['source_calls']:,} ({r['calls_by_prefetch']:,} by prefetch)"
        )
    print(f"  source calls on/off: {ratio:.2f}x")
    results = {
        "popular": POPULAR,
        "rare": RARE,
        "days": DAYS,
        "warmup_days": WARMUP,
        "checks": len(events),
        "budget_per_day": args.budget,
        "seed": args.seed,
        "off": off,
        "on": on,
        "calls_ratio": ratio,
        "goals": [
            {
                "figure": "prefetch: checks of popular objects answered entirely from fresh facts",
                "value": f"{on['fresh_hit_popular']:.1%} (off {off['fresh_hit_popular']:.1%})",
                "goal": ">= 80%",
                "met": on["fresh_hit_popular"] >= 0.8,
            },
            {
                "figure": "prefetch: source calls with prefetch vs without",
                "value": f"{ratio:.2f}x",
                "goal": "<= 1.2x",
                "met": ratio <= 1.2,
            },
        ],
    }
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "prefetch.json").write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
