"""What a job sees while it runs (`RunContext`): its limit, the economy flag, a cost ledger, the stop signal (limit,
budget, lost lease or a cancel request), its timeline and the work it knows is left."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from pipeline.config import get_settings
from pipeline.db import current_session, joined_read_scope, joined_scope, plain_single_write
from pipeline.engine import clock, costs, events
from pipeline.engine.queue_sql import statements
from pipeline.models import JobState, Run

ROUTINE_EVENTS = frozenset({"batch", "page"})  # kept in memory until the next write (see RunContext.event)
EVENT_FLUSH_SECONDS = 1.0


@dataclass
class RunContext:
    """What a job sees while it runs: its limit, the economy flag, a cost ledger and a stop signal."""

    run_id: int
    job: str
    scope: str
    trigger: str
    limit: int
    economy: bool
    holder: str
    state: dict[str, Any]
    processed_count: int = 0
    cost: dict[str, int] = field(default_factory=lambda: dict.fromkeys(costs.KINDS, 0))
    stop_reason: str | None = None
    lease_lost: bool = False
    cancel_requested: bool = False
    events_written: int = 0
    total: int | None = None
    unit: str | None = None  # what progress counts when not the processed items: "conversations" of a sync
    advanced: int = 0
    _cancel_checked: float = field(default=0.0, repr=False)
    _pending_events: list[events.Pending] = field(default_factory=list, repr=False)
    _events_flushed: float = field(default_factory=time.monotonic, repr=False)

    @property
    def remaining(self) -> int:
        return max(0, self.limit - self.processed_count)

    def processed(self, n: int = 1) -> None:
        self.processed_count += n

    def advance(self, n: int = 1) -> None:
        """Progress in the run's own unit (set_total's `unit`): a sync's conversations read, whatever changed."""
        self.advanced += n

    @property
    def done(self) -> int:
        """The work done, in the unit of `total`: the processed items unless the run counts another unit."""
        return self.advanced if self.unit else self.processed_count

    def add_cost(self, **amounts: int) -> None:
        """Record spend (embeddings, llm_calls, tokens, source_calls); a reached daily budget asks the job to stop."""
        for kind, n in amounts.items():
            if kind not in self.cost:
                raise ValueError(f"unknown cost kind {kind!r}")
            self.cost[kind] += int(n)
        reason = costs.budget_reached(extra=self.cost, run_id=self.run_id)
        if reason and not self.stop_reason:
            self.stop_reason = reason

    def count_call(self) -> None:
        """One source call about to be sent: counted and written to the run's row in a commit of its own first,
        so a process killed mid-call leaves the call in the ledger (the source counted it too)."""
        self.add_cost(source_calls=1)
        with plain_single_write() as (cursor, dialect):
            mark = statements(dialect).placeholder
            cursor.execute(
                f"UPDATE runs SET source_calls = {mark}, cost_usd = {mark} WHERE id = {mark}",
                (self.cost["source_calls"], costs.money(self.cost), self.run_id),
            )

    def should_stop(self) -> bool:
        """True when the limit is used up, a daily budget is reached, the lease was lost or a cancel was asked for.

        Jobs ask between items or batches, so a cancelled run stops where nothing is half-written."""
        return self.lease_lost or self.stop_reason is not None or self.remaining <= 0 or self.cancelled()

    def cancelled(self) -> bool:
        """True once someone asked to cancel this run (read from the database at most every poll interval)."""
        if self.cancel_requested:
            return True
        now = time.monotonic()
        if now - self._cancel_checked >= get_settings().cancel_poll_seconds:
            self._cancel_checked = now
            with joined_read_scope() as s:
                asked = s.scalar(select(Run.cancel_requested_at).where(Run.id == self.run_id))
            self.cancel_requested = asked is not None
        return self.cancel_requested

    def event(self, kind: str, message: str | None = None, **data: Any) -> None:
        """Add an event to this run's timeline (batches, pages, waits, retries, warnings), bounded per run.

        Routine events (a batch, a page) are kept in memory and written with the next write the job has open, or
        at most once every EVENT_FLUSH_SECONDS, so a run of many small committed pages does not pay a commit per
        page; they carry the moment they happened. The others are written at once. A batch or a page also saves
        the processed count, so progress shows as it goes, not only at the heartbeat."""
        if kind not in events.KINDS:
            raise ValueError(f"unknown run event kind {kind!r}")
        self._pending_events.append((kind, message, data, clock.now()))
        due = time.monotonic() - self._events_flushed >= EVENT_FLUSH_SECONDS
        if kind not in ROUTINE_EVENTS or due or current_session() is not None:
            with joined_scope() as s:
                self.flush_events(s)

    def flush_events(self, s: Session, *, progress: bool = True) -> None:
        """Write the events kept in memory, in `s` (the job's own thread: the run's end writes what is left, and
        its own processed count, so it passes `progress=False`)."""
        pending, self._pending_events = self._pending_events, []
        self._events_flushed = time.monotonic()
        self.events_written += events.record_many(s, self.run_id, pending, written=self.events_written)
        if progress and any(kind in ROUTINE_EVENTS for kind, *_ in pending):
            s.execute(
                update(Run)
                .where(Run.id == self.run_id)
                .values(processed=self.processed_count, progress_done=self.done)
            )

    def set_total(self, total: int, unit: str | None = None) -> None:
        """The work this run has before it (chunks to embed, conversations to sync), when known: progress reads
        "312 of 1,040" and estimates the time left from it. Without a `unit` the processed items are counted;
        with one (a key of `pipeline.service.runs.PROGRESS_WORDS`), what the job `advance`s."""
        self.total, self.unit = max(0, int(total)), unit
        with joined_scope() as s:
            s.execute(update(Run).where(Run.id == self.run_id).values(total=self.total, progress_unit=unit))

    def add_total(self, more: int, unit: str) -> None:
        """More work found while running (the next binding's listing): the total grows, it is never guessed."""
        self.set_total((self.total or 0) + more, unit)

    def save_state(self, **values: Any) -> None:
        """Persist resumable state for this (job, scope) now (in the job's open transaction, if it has one)."""
        self.state.update(values)
        with joined_scope() as s:
            row = s.get(JobState, (self.job, self.scope))
            if row is not None:
                row.state = dict(self.state)
