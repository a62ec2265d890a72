"""Scale-out on PostgreSQL: tasks/s with 1, 2 and 4 `mirano worker`-style processes.

Two workloads: no-op tasks (the queue's own cost) and tasks that each make one HTTP call to a demo source that
answers after 50 ms (I/O-bound, like property-check tasks). Starts a throwaway PostgreSQL server (Debian's
postgresql package) and the demo server on loopback. Prints the speed-up curve; writes bench/results/scale.json.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TASKS = int(os.environ.get("BENCH_SCALE_TASKS", "2000"))
THREADS_PER_WORKER = 8

WORKER = """
import sys, httpx
from pipeline.engine.registry import TaskHandler, register_handler
from pipeline.engine.worker import WorkerPool, pending
import time
client = httpx.Client(timeout=10)
def noop(task, session):
    return None
def call(task, session):
    client.get(task.payload["url"]).raise_for_status()
    return None
register_handler(TaskHandler(queue="bench.noop", func=noop, concurrency=None))
register_handler(TaskHandler(queue="bench.http", func=call, concurrency=None))
pool = WorkerPool(int(sys.argv[1]), [sys.argv[2]], poll_seconds=0.01).start()
print("ready", flush=True)
sys.stdin.read()  # the parent closes stdin when the queue is drained
pool.stop()
"""


def drain(queue: str, workers: int, url: str | None) -> float:
    """Start the workers, wait until they are ready, then time enqueue → all tasks done."""
    from pipeline.db import session_scope
    from pipeline.engine import queue as q
    from pipeline.engine.worker import pending

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, str(THREADS_PER_WORKER), queue],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(workers)
    ]
    for p in procs:
        assert p.stdout is not None and p.stdout.readline().strip() == "ready"
    started = time.perf_counter()
    with session_scope() as s:
        payload = {"url": url} if url else {}
        q.enqueue_many(s, queue, [(f"{queue}-{workers}-{time.time_ns()}-{i}", payload) for i in range(TASKS)])
    while pending([queue]):
        time.sleep(0.01)
    elapsed = time.perf_counter() - started
    for p in procs:
        p.communicate("", timeout=60)
    return TASKS / elapsed


def main() -> None:
    from pipeline.config import reset_settings
    from pipeline.demo.server import App, DemoResponse, DemoServer, Faults
    from pipeline.migrate import upgrade
    from tests.pgserver import PostgresServer

    server = PostgresServer().start()
    slow = App()
    slow.route("GET", "/item", lambda r: DemoResponse(body={"ok": True}))
    slow.set_faults(Faults(latency_ms=50))
    demo = DemoServer({"/slow": slow}).start()
    try:
        os.environ["MIRANO_DATABASE_URL"] = server.new_database()
        reset_settings()
        upgrade()
        results: dict[str, dict[int, float]] = {"noop": {}, "http_50ms": {}}
        for workers in (1, 2, 4):
            results["noop"][workers] = drain("bench.noop", workers, None)
            results["http_50ms"][workers] = drain("bench.http", workers, f"{demo.url}/slow/item")
    finally:
        demo.stop()
        server.stop()
    print(
        f"scale-out on PostgreSQL, {TASKS} tasks per point, {THREADS_PER_WORKER} threads per worker process"
    )
    for name, row in results.items():
        base = row[1]
        curve = ", ".join(f"{w} worker(s) {v:,.0f}/s ({v / base:.2f}x)" for w, v in row.items())
        print(f"  {name:<10} {curve}")
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "scale.json").write_text(
        json.dumps(
            {"tasks": TASKS, "threads_per_worker": THREADS_PER_WORKER, "tasks_per_s": results}, indent=2
        )
    )


if __name__ == "__main__":
    main()
