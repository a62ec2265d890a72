"""A running run's heartbeat: renews its (job, scope) lease and saves its progress every few seconds."""

from __future__ import annotations

import logging
import os
import socket
import threading
from datetime import timedelta
from typing import TYPE_CHECKING

from pipeline.config import get_settings
from pipeline.db import session_scope
from pipeline.engine import clock, costs
from pipeline.models import Lease, Run

if TYPE_CHECKING:
    from pipeline.engine.context import RunContext

log = logging.getLogger(__name__)


def holder_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{threading.get_ident()}"


def lease_name(job: str, scope: str) -> str:
    return f"job:{job}:{scope}"


class Heartbeat:
    """Renews the run's lease and saves its progress every few seconds."""

    def __init__(self, ctx: RunContext) -> None:
        self.ctx = ctx
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name=f"heartbeat-{ctx.job}", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _loop(self) -> None:
        settings = get_settings()
        while not self._stop.wait(settings.heartbeat_seconds):
            try:
                if not beat(self.ctx):
                    self.ctx.lease_lost = True
                    return
            except Exception:  # a busy database must not kill the run; the next beat retries
                log.warning(
                    "heartbeat of run %s (%s) failed; the next beat retries",
                    self.ctx.run_id,
                    self.ctx.job,
                    exc_info=True,
                )
                continue


def beat(ctx: RunContext) -> bool:
    """Extend the run's lease and save processed counts and costs so far; False if the lease is no longer ours."""
    with session_scope() as s:
        now = clock.now()
        lease = s.get(Lease, lease_name(ctx.job, ctx.scope))
        if lease is None or lease.run_id != ctx.run_id:
            return False
        lease.expires_at = now + timedelta(seconds=get_settings().lease_seconds)
        run = s.get(Run, ctx.run_id)
        if run is not None:
            run.heartbeat_at, run.processed, run.progress_done = now, ctx.processed_count, ctx.done
            costs.apply_to_run(run, ctx.cost)
            ctx.cancel_requested = ctx.cancel_requested or run.cancel_requested_at is not None
        return True
