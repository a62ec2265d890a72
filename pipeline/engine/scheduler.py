"""The scheduler: APScheduler in a background thread, one per process, one active (the leader) per database.

A single ticker job looks at each job's `next_run_at` (set from its cadence, economy mode and backoff when a run
ends) and at coalesced run-now requests, and starts what is due. Missed ticks collapse into one, so a machine that
slept fires each due job once. Only the process holding the `scheduler` lease fires anything.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import uuid
from datetime import datetime, timedelta

from sqlalchemy import select

from pipeline.config import get_settings
from pipeline.db import serialize, session_scope
from pipeline.engine import clock, control
from pipeline.engine.registry import get_job, jobs
from pipeline.engine.runs import cadence_seconds, holder_id, is_due, reap_expired_leases, request_run
from pipeline.models import JobState, Lease

log = logging.getLogger(__name__)


def _tick_still_running(record: logging.LogRecord) -> bool:
    """APScheduler warns when a tick comes round while the last one still runs (a slow first tick, a busy database).
    That tick is skipped by design (missed ticks collapse into one), so it is told at INFO, not as a warning."""
    if "maximum number of running instances" not in str(record.msg):
        return True
    log.info(
        "scheduler: a tick came round while the last one still ran; skipped (missed ticks collapse into one)"
    )
    return False


logging.getLogger("apscheduler.scheduler").addFilter(_tick_still_running)

LEADER_LEASE = "scheduler"


def acquire_leadership(holder: str, ttl_seconds: float) -> bool:
    """Take or renew the database-wide scheduler lease; False while another live process holds it.

    A lease that ends further ahead than one term (plus the skew bound) was written by a clock that ran ahead: it
    is not honoured, so no lease outlives its duration in the database's time.
    """
    with session_scope() as s:
        serialize(s, LEADER_LEASE)
        now = clock.now()
        lease = s.get(Lease, LEADER_LEASE)
        if lease is not None and lease.holder != holder and live_lease(lease, now, ttl_seconds):
            return False
        if lease is None:
            lease = Lease(name=LEADER_LEASE, holder=holder, acquired_at=now, expires_at=now)
            s.add(lease)
        elif lease.holder != holder:
            lease.holder, lease.acquired_at = holder, now
        lease.expires_at = now + timedelta(seconds=ttl_seconds)
        return True


def live_lease(lease: Lease, now: datetime, term_seconds: float | None = None) -> bool:
    """A lease is live until it expires, unless a clock that ran ahead wrote it: taken "in the future", or ending
    further ahead than one term (when the term is known) — no lease outlives its duration in the database's time."""
    bound = timedelta(seconds=get_settings().clock_skew_seconds)
    if lease.expires_at <= now or lease.acquired_at > now + bound:
        return False
    return term_seconds is None or lease.expires_at <= now + bound + timedelta(seconds=term_seconds)


def clock_skewed() -> float | None:
    """This process's clock offset from the database's in seconds when it exceeds MIRANO_CLOCK_SKEW_SECONDS."""
    skew = clock.skew_seconds()
    return skew if abs(skew) > get_settings().clock_skew_seconds else None


def skew_reason(skew: float) -> str:
    """The stated reason a process with a skewed clock gives (English; the dashboard and CLI translate it)."""
    ahead = "ahead of" if skew > 0 else "behind"
    return (
        f"this machine's clock is {abs(skew):.0f} s {ahead} the database's; shared times use the database's"
        " clock, and this process does not schedule runs until its clock is set right"
    )


def release_leadership(holder: str) -> None:
    with session_scope() as s:
        lease = s.get(Lease, LEADER_LEASE)
        if lease is not None and lease.holder == holder:
            s.delete(lease)


def bring_back_from_the_future(state: JobState, now: datetime) -> None:
    """A next run further ahead than the job's longest wait (its cadence in economy mode, or the backoff cap) was
    written by a clock that ran ahead (an earlier version, or a process before its skew was noticed): the job is
    due now rather than silent for that long."""
    settings = get_settings()
    if state.next_run_at is None:
        return
    slack = timedelta(seconds=settings.clock_skew_seconds)
    if state.next_run_at <= now + slack + timedelta(seconds=settings.backoff_cap_seconds):
        return  # the cheap test first: no job waits longer than the backoff cap unless its cadence is longer
    if state.job not in jobs():
        return  # a job this version no longer has
    spec = get_job(state.job)
    longest = max(
        cadence_seconds(spec, state.scope) * max(1.0, settings.economy_cadence_factor),
        settings.backoff_cap_seconds,
    )
    if state.next_run_at > now + slack + timedelta(seconds=longest):
        log.warning(
            "%s [%s]: next run at %s is further ahead than it can be (%.0f s); due now",
            state.job,
            state.scope,
            state.next_run_at,
            longest,
        )
        state.next_run_at = now


def due_jobs() -> list[tuple[str, str, str]]:
    """(job, scope, trigger) for every job that should start now and holds no lease; a paused job is never due on
    its schedule (a person's queued Run now still starts)."""
    now = clock.now()
    with session_scope() as s:
        reap_expired_leases(s)
        states = {(st.job, st.scope): st for st in s.scalars(select(JobState))}
        for state in states.values():
            bring_back_from_the_future(state, now)
        held = {name for (name,) in s.execute(select(Lease.name))}
        paused = control.paused_keys(s)
    due = []
    for name in jobs():
        for (job, scope), state in states.items():
            if (
                job == name
                and scope != "global"
                and state.queued_trigger
                and f"job:{job}:{scope}" not in held
            ):
                due.append((job, scope, state.queued_trigger))
        state = states.get((name, "global"))
        if f"job:{name}:global" in held:
            continue
        if state is not None and state.queued_trigger:
            due.append((name, "global", state.queued_trigger))
        elif is_due(state, now) and not control.is_paused(paused, name, "global"):
            due.append((name, "global", "schedule"))
    return _after_inputs(due, states, held, now)


def _after_inputs(
    due: list[tuple[str, str, str]], states: dict[tuple[str, str], JobState], held: set[str], now: datetime
) -> list[tuple[str, str, str]]:
    """Hold back a scheduled run while a job it reads from (`JobSpec.after`) runs or is due itself.

    On a first start every job is due at once; without this, extraction would find "nothing new" a second before
    the memory build produced it, and wait its whole cadence. A run asked for by a person is never held back.
    """
    busy = {job for job, _, _ in due} | {name.split(":")[1] for name in held if name.startswith("job:")}
    ready = []
    for job, scope, trigger in due:
        waits = [up for up in get_job(job).after if up in busy or is_due(states.get((up, "global")), now)]
        if trigger == "schedule" and waits:
            continue
        ready.append((job, scope, trigger))
    return ready


class Scheduler:
    """Wraps a BackgroundScheduler whose one interval job is `tick`; runs execute in its thread pool."""

    def __init__(self, tick_seconds: float | None = None, max_parallel_runs: int = 4) -> None:
        settings = get_settings()
        self.tick_seconds = tick_seconds or settings.scheduler_tick_seconds
        self.holder = f"{holder_id()}:scheduler:{uuid.uuid4().hex[:8]}"
        self.is_leader = False
        self._skew_told = False
        self.fired: list[tuple[str, str]] = []
        self._inflight: set[tuple[str, str]] = set()  # fired, not yet finished: never fired again meanwhile
        self._inflight_lock = threading.Lock()
        # APScheduler loads with a scheduler, not whenever jobs are listed (`mirano jobs` reads LEADER_LEASE).
        from apscheduler.executors.pool import ThreadPoolExecutor
        from apscheduler.schedulers.background import BackgroundScheduler

        self._aps = BackgroundScheduler(
            executors={"default": ThreadPoolExecutor(max_parallel_runs + 1)},
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
        )

    def start(self) -> Scheduler:
        self._aps.add_job(
            self.tick, "interval", seconds=self.tick_seconds, id="tick", next_run_time=clock.now()
        )
        self._aps.start()
        return self

    def shutdown(self) -> None:
        self._aps.shutdown(wait=True)
        if self.is_leader:
            release_leadership(self.holder)
            self.is_leader = False

    @property
    def running(self) -> bool:
        return bool(self._aps.running)

    def tick(self) -> None:
        """Fire every due job once, if this process is the leader."""
        try:
            clock.sync()
            if self._refuses_leadership():
                return
            self.is_leader = acquire_leadership(self.holder, self.tick_seconds * 3)
            if not self.is_leader:
                return
            for job, scope, trigger in due_jobs():
                with self._inflight_lock:
                    if (job, scope) in self._inflight:  # fired on an earlier tick, its thread not started yet
                        continue
                    self._inflight.add((job, scope))
                self.fired.append((job, scope))
                # The (job, scope) lease, not APScheduler, guarantees one run at a time across processes.
                self._aps.add_job(self._run, args=(job, scope, trigger), name=f"run:{job}:{scope}")
        except Exception:  # the database may be busy or migrating; the next tick tries again
            log.exception("scheduler tick failed")

    def _refuses_leadership(self) -> bool:
        """A process whose clock is off by more than the bound fires nothing: it gives the lease up, once said."""
        skew = clock_skewed()
        if skew is None:
            self._skew_told = False
            return False
        if not self._skew_told:
            log.warning("scheduler: %s", skew_reason(skew))
            self._skew_told = True
        if self.is_leader:
            release_leadership(self.holder)
            self.is_leader = False
        return True

    def _run(self, job: str, scope: str, trigger: str) -> None:
        try:
            request_run(job, scope, trigger, fired=True)
        finally:
            with self._inflight_lock:
                self._inflight.discard((job, scope))
        if self.running and any(job in get_job(name).after for name in jobs()):
            # Its readers need not wait for the next tick. From another thread: APScheduler's shutdown holds its
            # job-store lock while it waits for this executor thread, so touching it from here could deadlock.
            threading.Thread(target=self._tick_soon, name="scheduler-tick-soon", daemon=True).start()

    def _tick_soon(self) -> None:
        # No tick job (tests drive tick() by hand) or shutting down: the next tick will do.
        with contextlib.suppress(Exception):
            self._aps.modify_job("tick", next_run_time=datetime.now().astimezone())


_process_scheduler: Scheduler | None = None
_process_lock = threading.Lock()


def process_scheduler() -> Scheduler:
    """The one scheduler of this process, started on first use."""
    global _process_scheduler
    with _process_lock:
        if _process_scheduler is None or not _process_scheduler.running:
            _process_scheduler = Scheduler().start()
        return _process_scheduler
