"""Engine throughput at equal terms: Mirano's queue vs huey's SqliteHuey vs a raw sqlite3 floor, in one run.

Every row runs at the same durability, twice over: SQLite `synchronous=FULL` (a disk sync per commit) and
`synchronous=NORMAL` (WAL, synced at checkpoints), WAL mode everywhere. Rounds are interleaved (each round runs
every row once, in the same order) so a slow minute of the disk hits every row alike; figures are
min/median/max over rounds, and the load average is printed before and after.

Rows, N tasks each, end to end = enqueue all, then claim + execute + complete all:
- raw sqlite3: one transaction per enqueue, per claim (SELECT + UPDATE) and per completion — the floor any
  durable queue on SQLite pays; its "writing" variant stores a result row in the completion's transaction.
- huey: `SqliteHuey`, one enqueue per task (huey has no bulk enqueue), then `dequeue()` + `execute()`.
- Mirano per task: `queue.submit` per task (its own committed transaction, as huey's task call), then a
  one-thread `WorkerPool` (no-op handler).
- Mirano bulk: the tasks enqueued in one statement (as a property check does), then the same pool.
- Mirano writing handler: the handler stores a result row, so claim, results and completion are one transaction
  per task — the path of every handler that writes (property-check tasks). Compared with the raw writing floor.

Mirano keeps a lease per task, attempts, retries with reasons and idempotency keys in every row; huey keeps none
of the lease bookkeeping. Writes bench/results/engine.json with a `goals` list (see bench/goals.py).
"""

from __future__ import annotations

import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

N = int(os.environ.get("BENCH_TASKS", "2000"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "5"))
MODES = ("FULL", "NORMAL")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _rate(seconds: float) -> float:
    return N / seconds if seconds > 0 else float("inf")


def raw_floor(path: Path, mode: str, *, writing: bool = False) -> float:
    """One transaction per enqueue, per claim and per completion with the stdlib driver; tasks/s end to end."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute(f"PRAGMA synchronous={mode}")
    conn.execute(
        "CREATE TABLE q (id INTEGER PRIMARY KEY, key TEXT UNIQUE, payload TEXT, status TEXT, attempts INT, "
        "holder TEXT, lease REAL)"
    )
    conn.execute("CREATE INDEX q_claim ON q (status, id)")
    conn.execute("CREATE TABLE out (task_id INTEGER PRIMARY KEY, value TEXT)")
    start = time.perf_counter()
    for i in range(N):
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "INSERT INTO q (key, payload, status, attempts) VALUES (?, '{}', 'queued', 0)", (f"t{i}",)
        )
        conn.execute("COMMIT")
    while True:
        conn.execute("BEGIN IMMEDIATE")
        row = conn.execute("SELECT id FROM q WHERE status = 'queued' ORDER BY id LIMIT 1").fetchone()
        if row is None:
            conn.execute("COMMIT")
            break
        conn.execute(
            "UPDATE q SET status = 'running', attempts = attempts + 1, holder = 'w', lease = ? WHERE id = ?",
            (time.time() + 60, row[0]),
        )
        conn.execute("COMMIT")
        conn.execute("BEGIN IMMEDIATE")
        if writing:
            conn.execute("INSERT INTO out VALUES (?, 'ok')", row)
        conn.execute("UPDATE q SET status = 'done', lease = NULL WHERE id = ? AND holder = 'w'", row)
        conn.execute("COMMIT")
    seconds = time.perf_counter() - start
    assert conn.execute("SELECT count(*) FROM q WHERE status = 'done'").fetchone()[0] == N
    conn.close()
    return _rate(seconds)


def huey(path: Path, mode: str) -> float:
    """huey's SqliteHuey with `synchronous` set to `mode` on every connection it opens."""
    from huey import SqliteHuey
    from huey.storage import SqliteStorage

    class Storage(SqliteStorage):
        def _create_connection(self):  # type: ignore[no-untyped-def]
            conn = super()._create_connection()
            conn.execute(f"PRAGMA synchronous={mode}")
            return conn

    class Huey(SqliteHuey):
        storage_class = Storage

    queue = Huey(filename=str(path))

    @queue.task()
    def noop() -> None:
        return None

    start = time.perf_counter()
    for _ in range(N):
        noop()
    done = 0
    while (task := queue.dequeue()) is not None:
        queue.execute(task)
        done += 1
    seconds = time.perf_counter() - start
    assert done == N, done
    return _rate(seconds)


def _fresh_mirano(path: Path, mode: str) -> None:
    os.environ["MIRANO_DATA_DIR"] = str(path)
    os.environ["MIRANO_SQLITE_SYNCHRONOUS"] = mode
    from pipeline.config import reset_settings
    from pipeline.db import dispose_engines
    from pipeline.migrate import upgrade

    dispose_engines()
    reset_settings()
    upgrade()


def _drain(queue: str) -> None:
    from pipeline.engine.worker import WorkerPool, pending

    pool = WorkerPool(1, [queue], poll_seconds=0.001).start()
    while pool.executed < N:  # the pool's own counter: polling the database would slow the worker down
        time.sleep(0.002)
    pool.stop()
    assert not pending([queue]), pending([queue])


def mirano(path: Path, mode: str, *, bulk: bool, writing: bool = False) -> float:
    """Mirano's queue drained by a real one-thread WorkerPool; tasks/s end to end."""
    from sqlalchemy import text

    from pipeline.db import session_scope
    from pipeline.engine import queue as q
    from pipeline.engine.registry import TaskHandler, register_handler

    _fresh_mirano(path, mode)
    name = "bench-writing" if writing else "bench"
    with session_scope() as s:
        s.execute(text("CREATE TABLE bench_out (task_id INTEGER PRIMARY KEY, value TEXT)"))

    def store_result(task, session):  # type: ignore[no-untyped-def]
        session.execute(text("INSERT INTO bench_out VALUES (:id, 'ok')"), {"id": task.id})

    register_handler(
        TaskHandler(queue=name, func=store_result if writing else (lambda task, s: None), concurrency=None),
        replace=True,
    )
    start = time.perf_counter()
    if bulk:
        with session_scope() as s:
            q.enqueue_many(s, name, [(f"task-{i}", {}) for i in range(N)])
    else:
        for i in range(
            N
        ):  # each in a transaction of its own, committed before the next (as huey's call does)
            q.submit(name, f"task-{i}")
    _drain(name)
    return _rate(time.perf_counter() - start)


ROWS: dict[str, Callable[[Path, str], float]] = {
    "raw sqlite3": raw_floor,
    "raw sqlite3, writing": lambda p, m: raw_floor(p, m, writing=True),
    "huey": huey,
    "Mirano per task": lambda p, m: mirano(p, m, bulk=False),
    "Mirano bulk enqueue": lambda p, m: mirano(p, m, bulk=True),
    "Mirano writing handler": lambda p, m: mirano(p, m, bulk=True, writing=True),
}


def measure() -> dict[str, dict[str, list[float]]]:
    figures: dict[str, dict[str, list[float]]] = {m: {row: [] for row in ROWS} for m in MODES}
    with tempfile.TemporaryDirectory() as d:
        for r in range(ROUNDS):
            for mode in MODES:
                for i, (row, run) in enumerate(ROWS.items()):
                    place = Path(d) / f"{r}-{mode}-{i}"
                    place.mkdir()
                    figures[mode][row].append(
                        run(place / "db.sqlite" if "Mirano" not in row else place, mode)
                    )
    return figures


def summary(values: list[float]) -> dict[str, float]:
    return {"min": min(values), "median": statistics.median(values), "max": max(values)}


def main() -> None:
    load_before = os.getloadavg()
    figures = measure()
    load_after = os.getloadavg()
    print(f"engine throughput: {N} no-op tasks per row, {ROUNDS} interleaved rounds, WAL everywhere")
    print(f"  load average before {load_before[0]:.2f}, after {load_after[0]:.2f} (2 cores)")
    results: dict = {
        "tasks": N,
        "rounds": ROUNDS,
        "load_average": [load_before[0], load_after[0]],
        "goals": [],
    }
    for mode in MODES:
        rows = {row: summary(v) for row, v in figures[mode].items()}
        results[mode] = rows
        print(f"  synchronous={mode}: tasks/s end to end, min / median / max")
        for row, s in rows.items():
            print(f"    {row:<24} {s['min']:>8,.0f} {s['median']:>8,.0f} {s['max']:>8,.0f}")
        versus_huey = rows["Mirano per task"]["median"] / rows["huey"]["median"]
        bulk_vs_huey = rows["Mirano bulk enqueue"]["median"] / rows["huey"]["median"]
        share = rows["Mirano writing handler"]["median"] / rows["raw sqlite3, writing"]["median"]
        print(
            f"    medians: Mirano per task {versus_huey:.2f}x huey, bulk enqueue {bulk_vs_huey:.2f}x huey "
            f"(huey has no bulk enqueue), writing handler {share:.0%} of the raw writing floor"
        )
        results["goals"] += [
            {
                "figure": f"queue end to end vs huey, per-task enqueue, synchronous={mode}",
                "value": f"{versus_huey:.2f}x",
                "goal": ">= 1.5x",
                "met": versus_huey >= 1.5,
            },
            {
                "figure": f"one transaction per task (writing handler) vs raw sqlite3, synchronous={mode}",
                "value": f"{share:.0%}",
                "goal": ">= 25%",
                "met": share >= 0.25,
            },
        ]
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "engine.json").write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
