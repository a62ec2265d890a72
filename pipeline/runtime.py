"""What a long-running Mirano process keeps alive: the demo server when needed, the scheduler and workers."""

from __future__ import annotations

import logging
import socket
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from pipeline.config import get_settings
from pipeline.demo.server import DemoServer
from pipeline.engine.scheduler import Scheduler, process_scheduler
from pipeline.engine.worker import WorkerPool

log = logging.getLogger(__name__)


def demo_needed() -> bool:
    settings = get_settings()
    return any(settings.is_demo(v) for v in ("sources", "chatwoot", "linear", "attio"))


def ensure_demo_server() -> DemoServer | None:
    """Serve the demo apps on MIRANO_DEMO_URL's port unless something already answers there."""
    from pipeline.demo import start_demo_server

    parts = urlsplit(get_settings().demo_url)
    port = parts.port or 80
    with socket.socket() as probe:
        probe.settimeout(0.5)
        if probe.connect_ex((parts.hostname or "127.0.0.1", port)) == 0:
            return None  # another process (or `mirano demo-sources`) serves it already
    try:
        return start_demo_server(port)
    except OSError as exc:
        log.warning("demo server not started: %s", exc)
        return None


@dataclass
class Runtime:
    scheduler: Scheduler | None = None
    workers: WorkerPool | None = None
    demo: DemoServer | None = None
    notes: list[str] = field(default_factory=list)

    def stop(self) -> None:
        if self.scheduler:
            self.scheduler.shutdown()
        if self.workers:
            self.workers.stop()
        if self.demo:
            self.demo.stop()


def start_runtime(scheduler: bool = True, workers: int = 8, demo: bool = True) -> Runtime:
    """Start what this process should run; each part at most once per process."""
    runtime = Runtime()
    if demo and demo_needed():
        runtime.demo = ensure_demo_server()
    if scheduler:
        runtime.scheduler = process_scheduler()
    if workers:
        runtime.workers = WorkerPool(workers).start()
    return runtime
