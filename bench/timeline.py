"""What a run's timeline costs: the same runs with and without their events, on equal terms.

A job that works in pages the way a sync does (each page one committed write transaction of 20 rows, then a
`page` event with its counts) is run RUNS times per side, in a fresh SQLite database at the default durability,
sides interleaved round by round. "Without" is the same job and the same engine with the timeline switched off
(`events.record` writes nothing and the page event is not asked for); the run's own row, lease and heartbeat are the
same on both sides. The figure is the extra wall time per run (goal <= 3 %) and the events written per run.
Writes bench/results/timeline.json with a `goals` list (see bench/goals.py).
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PAGES = int(os.environ.get("BENCH_TIMELINE_PAGES", "50"))
ROWS_PER_PAGE = 20
RUNS = int(os.environ.get("BENCH_TIMELINE_RUNS", "20"))
ROUNDS = int(os.environ.get("BENCH_TIMELINE_ROUNDS", "5"))
GOAL = 0.03


def _paged_job(with_events: bool):  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    from pipeline.db import session_scope

    def run(ctx) -> str:  # type: ignore[no-untyped-def]
        base = int(ctx.state.get("next", 0))
        for page in range(PAGES):
            with session_scope() as s:  # a page of a sync: its rows and its cursor commit together
                rows = [{"id": base + page * ROWS_PER_PAGE + i} for i in range(ROWS_PER_PAGE)]
                s.execute(text("INSERT INTO bench_rows (id) VALUES (:id)"), rows)
                ctx.save_state(next=base + (page + 1) * ROWS_PER_PAGE)
            ctx.processed(ROWS_PER_PAGE)
            if with_events:
                ctx.event("page", f"{ROWS_PER_PAGE} changed, 1 call(s)", changed=ROWS_PER_PAGE, calls=1)
        return f"{PAGES * ROWS_PER_PAGE} rows"

    return run


def one_side(place: Path, with_events: bool) -> tuple[float, float]:
    """Seconds per run (median of RUNS) and events written per run, in a fresh database."""
    os.environ["MIRANO_DATA_DIR"] = str(place)
    from sqlalchemy import func, select, text

    from pipeline.config import reset_settings
    from pipeline.db import dispose_engines, read_scope, session_scope
    from pipeline.engine import events
    from pipeline.engine.registry import JobSpec, register_job
    from pipeline.engine.runs import request_run
    from pipeline.migrate import upgrade
    from pipeline.models import RunEvent

    dispose_engines()
    reset_settings()
    upgrade()
    with session_scope() as s:
        s.execute(text("CREATE TABLE bench_rows (id INTEGER PRIMARY KEY)"))
    spec = JobSpec(
        name="bench.pages",
        job_class="ingestion",
        cadence_seconds=3600,
        limit=PAGES * ROWS_PER_PAGE,
        func=_paged_job(with_events),
    )
    register_job(spec, replace=True)
    real_record = events.record
    if not with_events:
        events.record = lambda *args, **kwargs: False  # type: ignore[assignment]
    try:
        times = []
        for _ in range(RUNS):
            start = time.perf_counter()
            answer = request_run("bench.pages", trigger="cli")
            times.append(time.perf_counter() - start)
            assert answer.outcome == "started", answer
    finally:
        events.record = real_record
    with read_scope() as s:
        written = s.scalar(select(func.count()).select_from(RunEvent)) or 0
    dispose_engines()
    return statistics.median(times), written / RUNS


def summary(values: list[float]) -> dict[str, float]:
    return {"min": min(values), "median": statistics.median(values), "max": max(values)}


def main() -> None:
    import pipeline.service.domains  # noqa: F401 — the engine's jobs and job classes, as the CLI loads them

    with_t: list[float] = []
    without_t: list[float] = []
    per_run = 0.0
    with tempfile.TemporaryDirectory() as d:
        for r in range(ROUNDS):  # interleaved, the order alternating, so drift hits both sides alike
            order = (True, False) if r % 2 == 0 else (False, True)
            for with_events in order:
                place = Path(d) / f"{r}-{int(with_events)}"
                place.mkdir()
                seconds, events_per_run = one_side(place, with_events)
                (with_t if with_events else without_t).append(seconds)
                if with_events:
                    per_run = events_per_run
    overhead = statistics.median(with_t) / statistics.median(without_t) - 1
    a, b = summary(with_t), summary(without_t)
    print(
        f"Timeline cost, a run of {PAGES} committed pages ({RUNS} runs a side, {ROUNDS} interleaved rounds): "
        f"with events min/median/max {a['min'] * 1000:.1f}/{a['median'] * 1000:.1f}/{a['max'] * 1000:.1f} ms, "
        f"without {b['min'] * 1000:.1f}/{b['median'] * 1000:.1f}/{b['max'] * 1000:.1f} ms a run; "
        f"overhead {overhead * 100:+.1f} %; {per_run:.0f} events a run"
    )
    results = {
        "with_events_s": a,
        "without_events_s": b,
        "events_per_run": per_run,
        "goals": [
            {
                "figure": f"timeline write overhead, a run of {PAGES} committed pages",
                "value": f"{overhead * 100:+.1f} %",
                "goal": f"<= {GOAL * 100:.0f} %",
                "met": overhead <= GOAL,
            }
        ],
    }
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "timeline.json").write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
