"""Engine throughput: 5,000 no-op tasks through Mirano's queue vs huey's SqliteHuey, in the same run.

Mirano is measured two ways: the way it really runs (tasks enqueued in one statement, as a property check does,
then drained by a real one-thread `WorkerPool` that claims from the deep backlog in batches; a handler that
writes nothing, like this no-op, is acknowledged with its batch, while one that writes commits its results with
its completion), and one task per transaction at every step (huey's shape: one
enqueue per task, one claim per task). Both keep leases, attempt counts, retries with reasons and idempotency
keys. Prints tasks/s and ratios; writes bench/results/engine.json.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

N = int(os.environ.get("BENCH_TASKS", "5000"))
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def bench_huey(tmp: Path) -> dict[str, float]:
    from huey import SqliteHuey

    huey = SqliteHuey(filename=str(tmp / "huey.db"))

    @huey.task()
    def noop() -> None:
        return None

    t0 = time.perf_counter()
    for _ in range(N):
        noop()
    t1 = time.perf_counter()
    done = 0
    while True:
        task = huey.dequeue()
        if task is None:
            break
        huey.execute(task)
        done += 1
    t2 = time.perf_counter()
    assert done == N, done
    return {"enqueue_per_s": N / (t1 - t0), "execute_per_s": N / (t2 - t1), "end_to_end_per_s": N / (t2 - t0)}


def setup_mirano(tmp: Path, name: str) -> None:
    os.environ["MIRANO_DATA_DIR"] = str(tmp / name)
    from pipeline.config import reset_settings
    from pipeline.db import dispose_engines
    from pipeline.migrate import upgrade

    dispose_engines()
    reset_settings()
    upgrade()


def bench_mirano_one_by_one(tmp: Path) -> dict[str, float]:
    from pipeline.db import session_scope
    from pipeline.engine import queue as q

    setup_mirano(tmp, "single")
    t0 = time.perf_counter()
    for i in range(N):
        with session_scope() as s:
            q.enqueue(s, "bench", f"task-{i}")
    t1 = time.perf_counter()
    done = 0
    while claimed := q.claim("bench", "bench-worker", limit=1):
        q.complete(claimed[0].id, "bench-worker")
        done += 1
    t2 = time.perf_counter()
    assert done == N, done
    return {"enqueue_per_s": N / (t1 - t0), "execute_per_s": N / (t2 - t1), "end_to_end_per_s": N / (t2 - t0)}


def bench_mirano_worker(tmp: Path) -> dict[str, float]:
    from pipeline.db import session_scope
    from pipeline.engine import queue as q
    from pipeline.engine.registry import TaskHandler, register_handler
    from pipeline.engine.worker import WorkerPool, pending

    setup_mirano(tmp, "worker")
    register_handler(TaskHandler("bench", lambda task, session: None, concurrency=None))
    t0 = time.perf_counter()
    with session_scope() as s:
        q.enqueue_many(s, "bench", [(f"task-{i}", {}) for i in range(N)])
    t1 = time.perf_counter()
    pool = WorkerPool(1, ["bench"], poll_seconds=0.001).start()
    while pool.executed < N:  # the pool's own counter: polling the database would slow the worker down
        time.sleep(0.005)
    t2 = time.perf_counter()
    pool.stop()
    assert pool.executed == N and not pending(["bench"]), (pool.executed, pending(["bench"]))
    return {"enqueue_per_s": N / (t1 - t0), "execute_per_s": N / (t2 - t1), "end_to_end_per_s": N / (t2 - t0)}


def main() -> None:
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        results = {
            "tasks": N,
            "huey_sqlite": bench_huey(tmp),
            "mirano_worker": bench_mirano_worker(tmp),
            "mirano_one_by_one": bench_mirano_one_by_one(tmp),
        }
    huey = results["huey_sqlite"]["end_to_end_per_s"]
    results["ratio_worker_vs_huey"] = results["mirano_worker"]["end_to_end_per_s"] / huey
    results["ratio_one_by_one_vs_huey"] = results["mirano_one_by_one"]["end_to_end_per_s"] / huey
    print(f"engine throughput, {N} no-op tasks (end to end = enqueue all, then dequeue + execute all)")
    for name in ("huey_sqlite", "mirano_worker", "mirano_one_by_one"):
        r = results[name]
        print(
            f"  {name:<18} enqueue {r['enqueue_per_s']:>9,.0f}/s  execute {r['execute_per_s']:>9,.0f}/s"
            f"  end-to-end {r['end_to_end_per_s']:>9,.0f}/s"
        )
    print(
        f"  ratio vs huey: worker {results['ratio_worker_vs_huey']:.2f}x (goal >= 2x), "
        f"one task per transaction everywhere {results['ratio_one_by_one_vs_huey']:.2f}x"
    )
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "engine.json").write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
