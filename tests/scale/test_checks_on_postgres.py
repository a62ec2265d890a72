"""Property checks on PostgreSQL with real `mirano worker` processes.

2,000 check tasks drain with nothing lost and nothing duplicated, also while workers are SIGKILLed at random;
per-source concurrency and rate limits hold across all workers together, counted at the demo server (which runs in
this process, so it can time-stamp every request it receives).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from pipeline.checks.address import parse_address
from pipeline.checks.jobs import SOURCE_QUEUES
from pipeline.checks.reuse import PROFILES, query_params
from pipeline.checks.tasks import fetch
from pipeline.config import reset_settings
from pipeline.db import read_scope
from pipeline.demo import property_data, property_sources
from pipeline.demo.server import App, AppStats, DemoServer, Faults
from pipeline.engine.worker import pending
from pipeline.models import Task
from pipeline.models.checks import Evidence, Fact, SearchJob, SearchTask, Subject
from pipeline.service import checks as service
from pipeline.sources import SOURCES, base_source

pytestmark = pytest.mark.postgres
ROOT = Path(__file__).resolve().parents[2]
Identity = tuple[str, str, str, str, str]  # subject level, subject key, source, fact type, fact key
PARTS = PROFILES[
    "full"
]  # what a full check asks: the four sources, the court twice (by address, by the developer)
CHECKS = 400  # 2,000 tasks
DEVELOPER_PARTS = ("reviews", "court.developer")


# -- the demo sources, counted at the server ----------------------------------------------------------------------
class DemoSources:
    """The four demo sources served from this process; every request is counted and time-stamped at the server."""

    def __init__(self) -> None:
        self.apps = property_sources.apps()
        self.server = DemoServer(self.apps).start()
        self.times: dict[str, list[float]] = {source: [] for source in SOURCES}
        for source in SOURCES:
            self._stamp(self.app(source), self.times[source])

    @staticmethod
    def _stamp(app: App, times: list[float]) -> None:
        enter = app.enter

        def stamped() -> None:
            times.append(time.monotonic())
            enter()

        app.enter = stamped  # type: ignore[method-assign]

    def app(self, source: str) -> App:
        return self.apps[f"/sources/{source}"]

    def stats(self) -> dict[str, AppStats]:
        return {source: self.app(source).stats for source in SOURCES}

    def requests(self) -> int:
        return sum(stats.requests for stats in self.stats().values())

    def slow_down(self, latency_ms: int) -> None:
        for source in SOURCES:
            self.app(source).set_faults(Faults(latency_ms=latency_ms))

    def reset(self) -> None:
        for source in SOURCES:
            self.app(source).reset_stats()
            self.times[source].clear()


@pytest.fixture
def sources(pg, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """A fresh PostgreSQL database and the demo sources; no rate limit and roomy concurrency unless a test sets them."""
    demo = DemoSources()
    monkeypatch.setenv("MIRANO_DEMO_URL", demo.server.url)
    monkeypatch.setenv("MIRANO_SOURCE_POLL_SECONDS", "0.01")
    monkeypatch.setenv("MIRANO_SOURCE_RATE_PER_SECOND", "0")
    monkeypatch.setenv("MIRANO_TASK_BACKOFF_BASE_SECONDS", "0.05")
    monkeypatch.setenv("MIRANO_TASK_BACKOFF_CAP_SECONDS", "0.5")
    for source in SOURCES:
        monkeypatch.setenv(f"MIRANO_CONCURRENCY_{source.upper()}", "16")
    reset_settings()
    yield demo
    demo.server.stop()


# -- worker processes ---------------------------------------------------------------------------------------------
def mirano() -> list[str]:
    """The installed `mirano` command of this environment (or the same CLI through `python -m`)."""
    script = Path(sys.executable).with_name("mirano")
    return [str(script)] if script.exists() else [sys.executable, "-m", "pipeline.cli.main"]


class Workers:
    """`mirano worker --concurrency N` processes on the test database; each one's output goes to a log file."""

    def __init__(self, logs: Path, concurrency: int) -> None:
        self.logs, self.concurrency = logs, concurrency
        self.procs: list[subprocess.Popen] = []
        self.spawned = 0
        self._lock = threading.Lock()

    def _spawn(self) -> subprocess.Popen:
        log = self.logs / f"worker-{self.spawned}.log"
        self.spawned += 1
        command = [*mirano(), "worker", "--concurrency", str(self.concurrency)]
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        with open(log, "w") as out:
            return subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)

    def start(self, n: int) -> Workers:
        with self._lock:
            self.procs += [self._spawn() for _ in range(n)]
        return self

    def kill_one(self, rng: random.Random) -> int:
        """SIGKILL a random worker (no chance to clean up) and start a replacement; returns the victim's pid."""
        with self._lock:
            slot = rng.randrange(len(self.procs))
            victim = self.procs[slot]
            victim.send_signal(signal.SIGKILL)
            victim.wait(10)
            self.procs[slot] = self._spawn()
            return victim.pid

    def check_alive(self) -> None:
        with self._lock:
            for proc in self.procs:
                if proc.poll() is not None:
                    logs = "\n".join(p.read_text()[-3000:] for p in sorted(self.logs.glob("worker-*.log")))
                    raise AssertionError(f"worker {proc.pid} exited with {proc.returncode}:\n{logs}")

    def stop(self) -> None:
        with self._lock:
            for proc in self.procs:
                proc.send_signal(signal.SIGTERM)
            for proc in self.procs:
                try:
                    proc.wait(30)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(10)


def drain(workers: Workers, timeout: float = 150.0, also: threading.Thread | None = None) -> float:
    """Wait until no source task is queued or running (and `also` has finished); returns the seconds it took."""
    started = time.monotonic()
    while pending(SOURCE_QUEUES) or (also is not None and also.is_alive()):
        workers.check_alive()
        left = pending(SOURCE_QUEUES)
        assert time.monotonic() - started < timeout, f"{left} tasks still pending after {timeout:.0f} s"
        time.sleep(0.2)
    return time.monotonic() - started


# -- what the checks must leave behind ----------------------------------------------------------------------------
def addresses(n: int) -> list[str]:
    """n distinct addresses: the six demo properties (with facts) and then streets no source knows anything about."""
    known = list(property_data.PROPERTIES)
    return known[:n] + [f"г. Москва, ул. Нагрузочная, д. {i}" for i in range(1, n - len(known) + 1)]


def inns(checked: list[str]) -> list[str]:
    """A developer of its own for each address, unknown to the registry: every check asks all five parts (reviews
    and the developer's court cases by INN at once, not waiting for the listings), each developer once."""
    return [f"99{n:08d}" for n in range(len(checked))]


def expected_outcome(checked: list[str]) -> tuple[set[Identity], int]:
    """The facts and the source calls that one full check of each address yields (the demo data is fixed).

    Each demo property is fetched here once; any other address finds nothing, which is one `no_records` fact per
    source (checked on the first such address, then assumed for the rest).
    """
    facts: set[Identity] = set()
    calls, unknown_calls = 0, None
    for address, inn in zip(checked, inns(checked), strict=True):
        parsed = parse_address(address)
        nothing = {("building", parsed.building_key, source, "no_records", source) for source in SOURCES[:3]}
        nothing.add(("developer", inn, "reviews", "no_records", "reviews"))
        nothing.add(("developer", inn, "court", "no_records", "court"))
        if not property_data.known(address) and unknown_calls is not None:
            facts |= nothing
            calls += unknown_calls
            continue
        found, made = set(), 0
        for part in PARTS:
            params = {"reviews": {"inn": inn}, "court.developer": {"inn": inn, "side": "any"}}.get(part)
            asked = ("developer", inn) if part in DEVELOPER_PARTS else ("building", parsed.building_key)
            fetched = fetch(part, params or query_params(part, parsed))
            for r in (
                fetched.records
            ):  # facts about the asked subject are stored on it (the building: no flats here)
                level, key = asked if r.subject.relation == "self" else (r.subject.level, r.subject.key)
                found.add((level, key, base_source(part), r.fact_type, r.fact_key))
            made += fetched.calls
        if not property_data.known(address):
            assert found == nothing
            unknown_calls = made
        facts |= found
        calls += made
    return facts, calls


def assert_nothing_lost_or_duplicated(expected: set[Identity], jobs: int) -> int:
    """Every task done once, every fact there exactly once, one evidence per task; returns the evidenced calls."""
    tasks = jobs * len(PARTS)
    with read_scope() as s:
        queue = Counter(s.scalars(select(Task.status).where(Task.queue.in_(SOURCE_QUEUES))))
        assert queue == {"done": tasks}
        assert Counter(s.scalars(select(SearchTask.status))) == {"completed": tasks}
        assert Counter(s.scalars(select(SearchJob.status))) == {"COMPLETED": jobs}
        facts = s.execute(
            select(Subject.level, Subject.key, Fact.source, Fact.fact_type, Fact.fact_key)
            .join(Subject, Subject.id == Fact.subject_id)
            .where(Fact.active.is_(True))
        ).all()
        assert s.scalar(select(func.count()).select_from(Fact)) == len(facts)  # none retracted
        assert len(facts) == len(set(facts)) == len(expected)
        assert {tuple(f) for f in facts} == expected
        per_task = Counter(s.scalars(select(Evidence.task_id)))
        assert len(per_task) == tasks and set(per_task.values()) == {1}, "a task's evidence was stored twice"
        evidenced = int(s.scalar(select(func.sum(Evidence.calls))) or 0)
        on_checks = s.scalar(select(func.sum(SearchJob.source_calls)))
        assert on_checks == s.scalar(select(func.sum(SearchTask.source_calls)))  # no job lost another's count
        assert on_checks >= evidenced  # and killed attempts' calls, counted before they were sent
    return evidenced


def retried_tasks() -> list[tuple[int, int, str]]:
    """(queue task id, attempts, search task reason) of every source task that needed more than one attempt."""
    with read_scope() as s:
        rows = s.execute(
            select(Task.id, Task.attempts, SearchTask.reason)
            .join(SearchTask, SearchTask.queue_task_id == Task.id)
            .where(Task.queue.in_(SOURCE_QUEUES), Task.attempts > 1)
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


def worker_pids() -> set[str]:
    with read_scope() as s:
        holders = s.scalars(select(Task.holder).where(Task.queue.in_(SOURCE_QUEUES)).distinct())
        return {holder.split(":")[1] for holder in holders if holder}


# -- the tests ----------------------------------------------------------------------------------------------------
def test_four_workers_drain_2000_check_tasks_with_nothing_lost_or_duplicated(sources, tmp_path):
    checked = addresses(CHECKS)
    expected, calls = expected_outcome(checked)
    sources.reset()
    opened = service.start_checks(checked, "full", developers=inns(checked))
    assert len({c["id"] for c in opened}) == CHECKS and pending(SOURCE_QUEUES) == 2000

    workers = Workers(tmp_path, concurrency=4).start(4)
    try:
        took = drain(workers)
    finally:
        workers.stop()

    evidenced = assert_nothing_lost_or_duplicated(expected, jobs=CHECKS)
    assert retried_tasks() == []  # no faults, no kills: every task ran exactly once
    assert sources.requests() == evidenced == calls  # the server saw exactly the calls the evidence records
    assert len(worker_pids()) == 4  # all four processes took tasks
    print(f"2000 tasks, {len(expected)} facts, {calls} calls, drained by 4 workers in {took:.1f} s")


KILLS = 20


def test_sigkill_of_random_workers_20_times_loses_and_duplicates_nothing(sources, tmp_path, monkeypatch):
    monkeypatch.setenv("MIRANO_LEASE_SECONDS", "2")  # a dead worker's tasks are claimable again after 2 s
    monkeypatch.setenv("MIRANO_HEARTBEAT_SECONDS", "0.25")
    reset_settings()
    checked = addresses(CHECKS)
    expected, _ = expected_outcome(checked)
    sources.reset()
    service.start_checks(checked, "full", developers=inns(checked))
    rng = random.Random(20240611)
    kills: list[tuple[int, int]] = []  # (victim pid, tasks pending when it died)

    workers = Workers(tmp_path, concurrency=4).start(4)

    def killer() -> None:
        # Random points spread over the whole drain, by progress rather than by time, so that every kill lands
        # while there is work however fast the machine is: kill when fewer than `mark` tasks are left.
        for mark in sorted(rng.sample(range(100, 1950), KILLS), reverse=True):
            while (left := pending(SOURCE_QUEUES)) > mark:
                time.sleep(0.02)
            time.sleep(rng.uniform(0, 0.2))
            kills.append((workers.kill_one(rng), left))

    thread = threading.Thread(target=killer, name="killer", daemon=True)
    thread.start()
    try:
        took = drain(workers, timeout=170, also=thread)
    finally:
        thread.join(30)
        workers.stop()

    assert len(kills) == KILLS and all(left > 0 for _, left in kills), kills  # every kill hit a busy queue
    evidenced = assert_nothing_lost_or_duplicated(expected, jobs=CHECKS)
    retried = retried_tasks()
    assert retried, "no task was taken over after its worker died"
    assert all(f"on attempt {attempts}" in reason for _, attempts, reason in retried)
    assert sources.requests() >= evidenced  # killed workers' calls reached the server but left no evidence
    # Every call is in the ledger before it is sent, so the killed attempts' calls are counted too: none uncounted,
    # and at most the calls in flight at a kill (recorded, never sent) more than the server saw.
    with read_scope() as s:
        ledger = s.scalar(select(func.sum(SearchTask.source_calls)))
        on_checks = s.scalar(select(func.sum(SearchJob.source_calls)))
    assert ledger == on_checks
    assert 0 <= ledger - sources.requests() <= KILLS * 4, (ledger, sources.requests())
    print(
        f"{KILLS} kills, {len(retried)} tasks retried after a lost lease, {len(expected)} facts, "
        f"{sources.requests() - evidenced} calls of killed attempts, all counted "
        f"(ledger {ledger}, server {sources.requests()}), drained in {took:.1f} s"
    )


def test_per_source_concurrency_limits_hold_across_all_workers(sources, tmp_path, monkeypatch):
    limits = {"court": 2, "enforcement": 2, "listings": 3, "reviews": 3}  # 10 in all, for 16 worker threads
    for source, limit in limits.items():
        monkeypatch.setenv(f"MIRANO_CONCURRENCY_{source.upper()}", str(limit))
    reset_settings()
    sources.slow_down(latency_ms=50)
    service.start_checks(addresses(32), "full", developers=inns(addresses(32)))

    workers = Workers(tmp_path, concurrency=4).start(4)
    try:
        drain(workers)
    finally:
        workers.stop()

    with read_scope() as s:
        assert Counter(s.scalars(select(SearchTask.status))) == {"completed": 32 * len(PARTS)}
    peaks = {source: stats.peak_in_flight for source, stats in sources.stats().items()}
    assert all(peaks[source] <= limit for source, limit in limits.items()), peaks
    assert peaks["court"] == limits["court"], peaks  # the limit was reached, so exceeding it would have shown
    print(f"peak in flight at the server {peaks} with limits {limits}")


def busiest(times: list[float], window: float = 1.0) -> int:
    """The most requests the server received within any `window` seconds."""
    times = sorted(times)
    return max((sum(1 for t in times[i:] if t < start + window) for i, start in enumerate(times)), default=0)


def test_per_source_rate_limit_holds_across_all_workers(sources, tmp_path, monkeypatch):
    rate = 20
    monkeypatch.setenv("MIRANO_SOURCE_RATE_PER_SECOND", str(rate))
    reset_settings()
    service.start_checks(
        addresses(25), "full", developers=inns(addresses(25))
    )  # enforcement: 4 calls per check, 100 in all

    workers = Workers(tmp_path, concurrency=4).start(4)
    try:
        drain(workers)
    finally:
        workers.stop()

    # Slots are 1/rate apart; a request may reach the server a little after its slot, hence the 25 % allowance.
    peaks = {source: busiest(times) for source, times in sources.times.items()}
    assert all(peak <= rate + rate // 4 for peak in peaks.values()), peaks
    calls = sources.times["enforcement"]
    assert len(calls) == 100 and max(calls) - min(calls) >= 99 / rate - 0.25  # 4 workers together: 20/s
    assert peaks["enforcement"] >= rate * 3 // 4, peaks  # the workers pushed against the limit
    print(f"busiest second per source at the server {peaks} with {rate}/s")
