"""Property-check benchmark: (a) a fresh full check vs its slowest single source; (b) the same check within TTL.

Each demo source answers after 300 ms. Prints the figures and writes them to bench/results/checks.json.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
LATENCY_MS = 300
ADDRESS = "г. Москва, Ленинский проспект, д. 90"
SOURCES = ("court", "enforcement", "listings", "reviews")


def _setup() -> str:
    os.environ["MIRANO_DATA_DIR"] = tempfile.mkdtemp(prefix="mirano-bench-checks-")
    os.environ["MIRANO_SOURCE_POLL_SECONDS"] = "0.05"
    from pipeline.config import reset_settings
    from pipeline.demo import property_sources
    from pipeline.demo.server import DemoServer
    from pipeline.migrate import upgrade

    server = DemoServer(property_sources.apps()).start()
    os.environ["MIRANO_DEMO_URL"] = server.url
    reset_settings()
    upgrade()
    httpx.post(
        f"{server.url}/_demo/faults", json={f"/sources/{s}": {"latency_ms": LATENCY_MS} for s in SOURCES}
    )
    return server.url


def _requests(url: str) -> int:
    return sum(v["requests"] for v in httpx.get(f"{url}/_demo/stats").json().values())


def _single_source_seconds(source: str) -> float:
    """Wall time of one source's task alone, through the same connector."""
    from pipeline.checks.address import normalize_address
    from pipeline.checks.reuse import query_params
    from pipeline.checks.tasks import fetch

    key = normalize_address(ADDRESS)
    start = time.perf_counter()
    fetch(source, query_params(source, key))
    return time.perf_counter() - start


def main() -> dict:
    url = _setup()
    from pipeline.service import checks as service

    singles = {s: round(_single_source_seconds(s), 3) for s in SOURCES}
    slowest = max(singles.values())
    start = time.perf_counter()
    check = service.wait_for(service.start_check(ADDRESS, "full")["id"], timeout=120)
    fresh = time.perf_counter() - start
    assert check["status"] == "COMPLETED", check["status_reason"]

    calls_before, latencies = _requests(url), []
    for _ in range(50):
        t = time.perf_counter()
        again = service.start_check(ADDRESS, "full")
        latencies.append((time.perf_counter() - t) * 1000)
        assert again["pending"] == []
    calls = _requests(url) - calls_before
    figures = {
        "latency_ms_per_source_call": LATENCY_MS,
        "a_fresh_full_check": {
            "wall_s": round(fresh, 3),
            "single_source_s": singles,
            "slowest_single_s": slowest,
            "ratio_vs_slowest": round(fresh / slowest, 2),
            "goal_ratio": 1.3,
            "source_calls": check["cost"]["source_calls"],
        },
        "b_same_check_within_ttl": {
            "runs": len(latencies),
            "p50_ms": round(statistics.median(latencies), 1),
            "p95_ms": round(statistics.quantiles(latencies, n=20)[-1], 1),
            "source_calls": calls,
            "goal": "0 calls, p95 <= 50 ms",
        },
    }
    out = ROOT / "bench" / "results" / "checks.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n")
    print(json.dumps(figures, indent=2, ensure_ascii=False))
    return figures


if __name__ == "__main__":
    main()
