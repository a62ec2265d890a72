"""The engine on PostgreSQL: migrations, SKIP LOCKED claims from several processes, leases and the leader."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from pipeline.db import get_engine, session_scope
from pipeline.engine import queue as q
from pipeline.models import Task
from pipeline.service import engine as service
from tests.engine import jobs_for_tests  # noqa: F401  (registers the test jobs)

pytestmark = pytest.mark.postgres
ROOT = Path(__file__).resolve().parents[2]

# Each process says when it is connected and waits for the word to start, so all four claim from the same moment:
# one started a second before the others would drain the 2,000 no-op tasks alone.
DRAIN = """
import json, sys, time
from pipeline.engine import queue as q
q.counts("noop")
print("ready", flush=True)
sys.stdin.readline()
seen = []
while True:
    batch = q.claim("noop", sys.argv[1], limit=10)
    if not batch:
        break
    for t in batch:
        q.complete(t.id, t.holder)
        seen.append(t.id)
print(json.dumps(seen))
"""


def child(code: str, *args: str, stdin: int | None = None) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-c", code, *args], cwd=ROOT, env=env, stdin=stdin, stdout=subprocess.PIPE, text=True
    )


def test_migrations_run_on_postgres(pg):
    with get_engine().connect() as conn:
        tables = set(
            conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname='public'")).scalars()
        )
    assert {"runs", "leases", "tasks", "job_state", "settings", "alembic_version"} <= tables


def test_four_processes_drain_2000_tasks_with_skip_locked_none_lost_none_twice(pg):
    with session_scope() as s:
        q.enqueue_many(s, "noop", [(f"t{i}", {}) for i in range(2000)])
    workers = [child(DRAIN, f"w{i}", stdin=subprocess.PIPE) for i in range(4)]
    assert [w.stdout.readline().strip() for w in workers] == ["ready"] * 4
    for w in workers:
        w.stdin.write("go\n")
        w.stdin.flush()
    seen = [json.loads(w.communicate(timeout=120)[0]) for w in workers]
    all_ids = [i for ids in seen for i in ids]
    assert len(all_ids) == 2000 and len(set(all_ids)) == 2000
    assert sum(1 for ids in seen if ids) >= 2  # the work really was shared
    with session_scope() as s:
        assert s.scalar(select(func.count()).select_from(Task).where(Task.status == "done")) == 2000


def test_concurrency_limit_holds_across_processes(pg):
    with session_scope() as s:
        q.enqueue_many(s, "limited", [(f"t{i}", {}) for i in range(50)])
    code = (
        "import json,sys; from pipeline.engine import queue as q; "
        "print(json.dumps([t.id for t in q.claim('limited', sys.argv[1], limit=50, concurrency=3)]))"
    )
    procs = [child(code, f"w{i}") for i in range(4)]
    claimed = [i for p in procs for i in json.loads(p.communicate(timeout=60)[0])]
    assert len(claimed) == 3


def test_a_claim_of_a_limited_queue_under_way_elsewhere_is_not_waited_for(pg):
    import threading

    import psycopg

    with session_scope() as s:
        q.enqueue_many(s, "limited", [(f"t{i}", {}) for i in range(5)])
    dsn = pg.resolved_database_url.replace("postgresql+psycopg", "postgresql")
    with psycopg.connect(dsn) as other:  # another worker's claim of the queue, still open
        other.execute("SELECT pg_advisory_xact_lock(hashtext('queue:limited'))")
        got: list = []
        claiming = threading.Thread(target=lambda: got.append(q.claim("limited", "w1", concurrency=3)))
        claiming.start()
        claiming.join(10)
        assert not claiming.is_alive() and got == [[]]  # it returned at once, empty, instead of queueing
        other.rollback()
    assert len(q.claim("limited", "w1", limit=5, concurrency=3)) == 3  # that claim ended: places are taken


def test_one_statement_claim_buries_the_poisoned_then_takes_expired_leases_before_priority_and_age(pg):
    from datetime import timedelta

    from pipeline.engine import clock

    now = clock.now()
    past, later = now - timedelta(minutes=5), now + timedelta(hours=1)
    rows = {  # key: (status, priority, attempts, max attempts, available at, lease expires at)
        "dead holder": ("running", 0, 1, 5, past, past),
        "dead three times": ("running", 0, 3, 3, past, past),
        "alive holder": ("running", 0, 1, 5, past, later),
        "old": ("queued", 0, 0, 5, past, None),
        "urgent": ("queued", 5, 0, 5, past, None),
        "tomorrow": ("queued", 9, 0, 5, later, None),
    }
    with session_scope() as s:
        for key, (status, priority, attempts, most, available, lease) in rows.items():
            s.add(
                Task(
                    queue="noop",
                    key=key,
                    payload={"k": key},
                    status=status,
                    priority=priority,
                    attempts=attempts,
                    max_attempts=most,
                    available_at=available,
                    lease_expires_at=lease,
                    created_at=past,
                )
            )
    claimed = q.claim("noop", "w1", limit=10)
    assert [(t.key, t.payload, t.attempts) for t in claimed] == [
        ("dead holder", {"k": "dead holder"}, 2),
        ("urgent", {"k": "urgent"}, 1),
        ("old", {"k": "old"}, 1),
    ]
    with session_scope() as s:
        by_key = {t.key: t for t in s.scalars(select(Task))}
        assert by_key["dead three times"].status == "dead"
        assert by_key["dead three times"].last_error == "worker died 3 times while running it"
        assert (by_key["alive holder"].status, by_key["tomorrow"].status) == ("running", "queued")
        assert {by_key[k].holder for k in ("dead holder", "urgent", "old")} == {"w1"}
    assert q.claim("noop", "w2", limit=10) == []


def test_an_enqueue_whose_connection_the_server_dropped_is_sent_again_on_a_new_one(pg):
    q.submit("noop", "before", {})  # this thread's own connection is open now
    with session_scope() as s:
        ended = s.scalar(
            text(
                "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE pid <> pg_backend_pid() AND datname = current_database() AND query LIKE 'WITH ins AS%') t"
            )
        )
    assert ended == 1
    q.submit("noop", "after", {})  # the dropped connection fails the first try; the second runs on a new one
    q.submit("noop", "after", {})  # and an enqueue sent twice is still one task
    with session_scope() as s:
        assert sorted(s.scalars(select(Task.key))) == ["after", "before"]


def test_rate_slots_on_postgresql_are_spaced_by_the_rate(pg):
    from pipeline.engine.ratelimit import reserve_slot

    waits = [reserve_slot("source.court", per_second=4) for _ in range(4)]
    assert waits[0] <= 0.05
    for earlier, later in zip(waits, waits[1:], strict=False):
        assert abs((later - earlier) - 0.25) < 0.05
    assert reserve_slot("source.listings", per_second=4) <= 0.05  # each resource has its own slots
    with session_scope() as s:
        assert s.scalar(text("SELECT count(*) FROM rate_slots")) == 2


def test_run_now_from_two_processes_gives_one_run_and_one_queued(pg):
    code = (  # both processes loaded before either asks: a slow start-up would let the first run end first
        "import json, sys; import tests.engine.jobs_for_tests; from pipeline.engine.runs import request_run; "
        "print('ready', flush=True); sys.stdin.readline(); "
        "print(json.dumps(request_run('test.sleepy', trigger='cli').as_dict()))"
    )
    procs = [child(code, stdin=subprocess.PIPE), child(code, stdin=subprocess.PIPE)]
    assert [p.stdout.readline().strip() for p in procs] == ["ready", "ready"]
    for p in procs:
        p.stdin.write("go\n")
        p.stdin.flush()
    answers = [json.loads(p.communicate(timeout=60)[0].strip().splitlines()[-1]) for p in procs]
    assert sorted(a["outcome"] for a in answers) == ["queued", "started"]
    runs = service.list_runs("test.sleepy")
    assert len(runs) == 2 and runs[0]["started_at"] >= runs[1]["ended_at"]


def test_two_scheduler_processes_fire_each_job_once_and_the_survivor_takes_over(pg):
    """Two `mirano scheduler` processes on one database: one leader fires each due job once; kill it, the other leads."""
    import signal
    import time

    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "MIRANO_SCHEDULER_TICK_SECONDS": "0.5",
        "MIRANO_BACKOFF_BASE_SECONDS": "3600",  # a failing job (no demo vendors here) is not retried in the window
        "MIRANO_DEMO_URL": "http://127.0.0.1:9",  # nothing listens: ingestion fails with a reason, once
    }
    cli = [sys.executable, "-m", "pipeline.cli.main", "scheduler"]
    procs = [
        subprocess.Popen(cli, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(2)
    ]
    try:
        listed = subprocess.run(
            [*cli[:-1], "jobs", "--json"], cwd=ROOT, env=env, capture_output=True, check=True
        )
        names = [job["name"] for job in json.loads(listed.stdout)]  # the jobs a `mirano` process registers

        def runs_by_job() -> dict[str, int]:
            counts: dict[str, int] = {}
            for run in service.list_runs(limit=500):
                counts[run["job"]] = counts.get(run["job"], 0) + 1
            return counts

        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and set(runs_by_job()) != set(names):
            time.sleep(0.25)
        time.sleep(2)  # four more ticks from each process: nothing is due again
        assert runs_by_job() == dict.fromkeys(names, 1)

        with get_engine().connect() as conn:
            leader = conn.execute(text("SELECT holder FROM leases WHERE name = 'scheduler'")).scalar()
        pids = {str(p.pid): p for p in procs}
        [leader_pid] = [pid for pid in pids if f":{pid}:" in f":{leader}:"]
        pids[leader_pid].send_signal(signal.SIGKILL)
        pids[leader_pid].wait(10)
        service.run_now("ingest.chatwoot", defer=True)  # only a live leader can pick this up
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and runs_by_job()["ingest.chatwoot"] < 2:
            time.sleep(0.25)
        assert runs_by_job()["ingest.chatwoot"] == 2, [
            (r["trigger"], r["status"], r["reason"]) for r in service.list_runs("ingest.chatwoot")
        ]
        with get_engine().connect() as conn:
            survivor = conn.execute(text("SELECT holder FROM leases WHERE name = 'scheduler'")).scalar()
        assert survivor != leader
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()


WAITER = """
import time
from pipeline.engine import arrivals
from pipeline.engine.registry import TaskHandler, register_handler
from pipeline.engine.worker import WorkerPool

wait = arrivals.wait_for_tasks
def idle(timeout, since=None):  # tell the test once the worker found nothing and goes to sleep
    print("waiting", flush=True)
    arrivals.wait_for_tasks = wait
    wait(timeout, since)
arrivals.wait_for_tasks = idle
ran = []
register_handler(TaskHandler(queue="arrive", func=lambda task, s: ran.append(task.key), concurrency=None))
pool = WorkerPool(1, ["arrive"], poll_seconds=600).start()  # its poll alone would not come round in this test
while not ran:
    time.sleep(0.01)
pool.stop()
print(ran[0], flush=True)
"""


def test_an_idle_worker_process_is_woken_by_an_enqueue_in_another_process(pg):
    waiter = child(WAITER)
    assert waiter.stdout.readline().strip() == "waiting"
    with session_scope() as s:
        q.enqueue(s, "arrive", "from-another-process")  # this process's commit sends the NOTIFY
    out, _ = waiter.communicate(timeout=60)
    assert out.strip() == "from-another-process"


def test_a_task_enqueued_alone_notifies_one_listening_process_chosen_by_its_id(pg):
    import psycopg
    from sqlalchemy import make_url

    from pipeline.engine import arrivals

    dsn = (
        make_url(pg.resolved_database_url).set(drivername="postgresql").render_as_string(hide_password=False)
    )
    listeners = [
        psycopg.connect(dsn, autocommit=True, application_name=arrivals.LISTENER_NAME) for _ in range(2)
    ]
    try:
        for conn in listeners:
            conn.execute(f"LISTEN {arrivals.CHANNEL}")
            conn.execute(f"LISTEN {arrivals.CHANNEL}_{conn.info.backend_pid}")
        own = [f"{arrivals.CHANNEL}_{conn.info.backend_pid}" for conn in listeners]
        ids = [q.submit("alone", f"k{i}") for i in range(4)]
        heard = [[n.channel for n in conn.notifies(timeout=0.5)] for conn in listeners]
    finally:
        for conn in listeners:
            conn.close()
    # each task woke one process, on that process's own channel, and the ids shared the tasks out: two each
    assert heard == [[own[0]] * 2, [own[1]] * 2], (ids, heard)


def test_a_wake_up_sent_while_every_thread_was_busy_is_taken_by_one_thread_not_two():
    from pipeline.engine import arrivals

    while arrivals.wait_for_tasks(
        0
    ):  # what earlier tests' enqueues announced to this process (it has no pool)
        pass
    arrivals.wake_workers(1)  # nobody waits: it is kept
    assert arrivals.wait_for_tasks(5.0) is True  # taken at once, by the first to go idle
    assert arrivals.wait_for_tasks(0.05) is False  # the next waits: the announcement was answered
