"""What a long-running Mirano process keeps alive: the demo server when needed, the scheduler and workers."""

from __future__ import annotations

import logging
import subprocess
import sys
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx

from pipeline.config import get_settings
from pipeline.db import get_engine
from pipeline.demo.server import DemoServer
from pipeline.engine.exceptions import MiranoError
from pipeline.engine.scheduler import Scheduler, clock_skewed, process_scheduler, skew_reason
from pipeline.engine.worker import WorkerPool
from pipeline.memory.webhook_auth import check_listener
from pipeline.memory.webhooks import WebhookServer
from pipeline.service import domains  # noqa: F401 — registers every domain's jobs and handlers

log = logging.getLogger(__name__)


def demo_needed() -> bool:
    settings = get_settings()
    return any(settings.is_demo(v) for v in ("sources", "chatwoot", "linear", "attio"))


def _is_demo(response: httpx.Response) -> bool:
    try:
        body = response.json()
    except ValueError:
        return False
    return isinstance(body, dict) and body.get("ok") is True


def ensure_demo_server() -> DemoServer | None:
    """Serve the demo apps on MIRANO_DEMO_URL's port unless Mirano's demo server already answers there.

    Raises MiranoError with what to do when the port is taken by something else or cannot be bound.
    """
    from pipeline.demo import start_demo_server
    from pipeline.setup import demo_epoch

    url = get_settings().demo_url.rstrip("/")
    port = urlsplit(url).port or 80
    try:
        health = httpx.get(f"{url}/_demo/health", timeout=2.0)
    except httpx.HTTPError:
        health = None  # nothing answers: start it here
    if health is not None:
        if health.status_code == 200 and _is_demo(health):
            return None  # another process (or `mirano demo-sources`) serves it already
        raise MiranoError(
            f"port {port} is taken by something that is not Mirano's demo server "
            f"(it answered {health.status_code}); set MIRANO_DEMO_URL to a free port"
        )
    try:
        return start_demo_server(port, demo_epoch())
    except OSError as exc:
        raise MiranoError(
            f"the demo server could not listen on port {port}: {exc.strerror or exc}; "
            "set MIRANO_DEMO_URL to a free port"
        ) from exc


def ensure_webhooks() -> WebhookServer | None:
    """Serve the webhook endpoint on MIRANO_WEBHOOK_PORT unless another Mirano process already does (or 0).

    Raises MiranoError with what to do when the port is taken by something else.
    """
    settings = get_settings()
    if settings.webhook_port <= 0:
        return None
    try:
        return WebhookServer(settings.webhook_host, settings.webhook_port).start()
    except OSError as exc:
        base = f"http://{settings.webhook_host}:{settings.webhook_port}"
        try:
            health = httpx.get(f"{base}/webhooks/health", timeout=2.0)
            if health.status_code == 200 and _is_demo(health):
                return None  # another Mirano process on this machine receives them
        except httpx.HTTPError:
            pass
        raise MiranoError(
            f"the webhook endpoint could not listen on port {settings.webhook_port}: {exc.strerror or exc}; "
            "set MIRANO_WEBHOOK_PORT to a free port (0 turns webhooks off; the periodic re-scan still runs)"
        ) from exc


DEMO_START_SECONDS = 20.0  # how long a command waits for the demo server it spawned to answer


def _demo_answer(url: str) -> httpx.Response | None:
    try:
        return httpx.get(f"{url}/_demo/health", timeout=2.0)
    except httpx.HTTPError:
        return None


def ensure_demo_service() -> None:
    """For short commands (`mirano run`, `mirano check --wait`): make sure Mirano's demo server answers at
    MIRANO_DEMO_URL, starting it as a process of its own when nothing does.

    Not in the command's own process: that one exits when its answer is printed, while runs of other commands may
    rely on the server by then. The spawned `mirano demo-sources --idle-exit S` outlives every command and stops by
    itself after MIRANO_DEMO_IDLE_SECONDS without a request. When several commands start at once, each spawns
    one; the first binds the port, the others find it taken and exit, and every command uses the first.
    """
    settings = get_settings()
    url = settings.demo_url.rstrip("/")
    port = urlsplit(url).port or 80
    answer = _demo_answer(url)
    if answer is None:
        command = [sys.executable, "-m", "pipeline.cli.main", "demo-sources", "--port", str(port)]
        command += ["--idle-exit", str(settings.demo_idle_seconds)]
        subprocess.Popen(  # noqa: S603 — our own CLI
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # not killed with the command's terminal or process group
        )
        deadline = time.monotonic() + DEMO_START_SECONDS
        while answer is None and time.monotonic() < deadline:
            time.sleep(0.1)
            answer = _demo_answer(url)
    if answer is None:
        raise MiranoError(
            f"the demo server did not start on port {port} within {DEMO_START_SECONDS:g} s; "
            "start it with `mirano demo-sources` or set MIRANO_DEMO_URL to a free port"
        )
    if answer.status_code != 200 or not _is_demo(answer):
        raise MiranoError(
            f"port {port} is taken by something that is not Mirano's demo server "
            f"(it answered {answer.status_code}); set MIRANO_DEMO_URL to a free port"
        )


@dataclass
class Runtime:
    scheduler: Scheduler | None = None
    workers: WorkerPool | None = None
    demo: DemoServer | None = None
    webhooks: WebhookServer | None = None
    notes: list[str] = field(default_factory=list)

    def stop(self) -> None:
        if self.scheduler:
            self.scheduler.shutdown()
        if self.workers:
            self.workers.stop()
        if self.demo:
            self.demo.stop()
        if self.webhooks:
            self.webhooks.stop()


def start_runtime(
    scheduler: bool = True, workers: int = 8, demo: bool = True, webhooks: bool | None = None
) -> Runtime:
    """Start what this process should run; each part at most once per process.

    The webhook endpoint goes with the scheduler (the dashboard, `mirano scheduler`) unless asked otherwise:
    `mirano worker` processes only execute queued tasks.
    """
    webhooks = scheduler if webhooks is None else webhooks
    if webhooks and get_settings().webhook_port > 0:  # off loopback without a secret: refuse to start at all
        check_listener(get_settings().webhook_host)
    runtime = Runtime()
    if demo and demo_needed():
        try:
            runtime.demo = ensure_demo_server()
        except MiranoError as exc:  # the rest still runs; the dashboard shows the note
            log.warning("demo server: %s", exc)
            runtime.notes.append(f"Demo sources and vendors are unavailable: {exc}.")
    if webhooks:
        try:
            runtime.webhooks = ensure_webhooks()
        except MiranoError as exc:
            log.warning("webhooks: %s", exc)
            runtime.notes.append(f"Chatwoot webhooks are not received: {exc}.")
    get_engine()  # opening it measures the database's clock
    skew = clock_skewed()
    if skew is not None:  # said at start; the scheduler also refuses the leader lease while it lasts
        log.warning("clock: %s", skew_reason(skew))
    if scheduler:
        runtime.scheduler = process_scheduler()
    if workers:
        runtime.workers = WorkerPool(workers).start()
    return runtime
