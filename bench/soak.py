"""Soak: property checks, syncs and memory builds from two schedulers and two workers, under injected vendor faults
and a SIGKILL every 30 s, on one SQLite database. `make soak`; SOAK_SECONDS (default 1200) sets the duration.

What runs, each a real process: the demo server (never killed) with ~20 % of answers turned into 429, 5xx,
timeouts or malformed bodies; two `mirano scheduler` processes (the dashboard's scheduler, headless: one leads, the
other takes over when it dies); two `mirano worker` processes. This process drives them as users would (new
checks, Run now of the syncs and the build, new upstream messages, imported documents for the build to embed),
probes the database with a short write every half second, and SIGKILLs one scheduler or worker every
SOAK_KILL_EVERY seconds, starting a new one in its place. Then it stops the kills, lets the queue drain, and prints:

  tasks          queue tasks created (by status)
  lost           tasks neither done nor dead after the drain (dead ones end with a reason and are listed)
  duplicated     tasks whose results were committed twice (more than one evidence row per search task)
  false lost     runs failed "worker lost" whose holder was never killed
  locked         "database is locked" anywhere: process logs, run reasons, task errors, the write probe
  write wait     the longest the probe's short write waited

  uncounted      source calls the demo sources received that no check's ledger counts
  forged         forged, replayed or stale webhook deliveries the endpoint accepted

The deployment faults of issue 30 run alongside: one more worker whose clock is SOAK_SKEW_SECONDS (300) ahead
(through the clock seam, as `faketime` would), signed Chatwoot webhook bursts mixed with forged, replayed and stale
deliveries, and an OpenAI-compatible model endpoint that is down (503) half the time, so extraction answers
offline with the reason for those runs.

Goal: lost 0, duplicated 0, uncounted 0, forged 0, false lost 0, locked 0, write wait <= 1 s. Environment:
SOAK_SECONDS, SOAK_KILL_EVERY
(30), SOAK_FAULT_RATE (0.2), SOAK_EMBEDDER (local), SOAK_DEMO_PORT (8815; dashboards on the next two ports),
SOAK_DASHBOARDS=1 (two `mirano ui` dashboards instead of the headless schedulers), SOAK_DRAIN_SECONDS (180),
SOAK_DIR (a temp dir; kept when given).
"""

from __future__ import annotations

import json
import logging
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SECONDS = float(os.environ.get("SOAK_SECONDS", "1200"))
KILL_EVERY = float(os.environ.get("SOAK_KILL_EVERY", "30"))
FAULT_RATE = float(os.environ.get("SOAK_FAULT_RATE", "0.2"))
DRAIN_SECONDS = float(os.environ.get("SOAK_DRAIN_SECONDS", "180"))
DEMO_PORT = int(os.environ.get("SOAK_DEMO_PORT", "8815"))
DASHBOARDS = os.environ.get("SOAK_DASHBOARDS") == "1"  # `mirano ui` instead of `mirano scheduler`
SKEW = float(os.environ.get("SOAK_SKEW_SECONDS", "300"))
WORK = Path(os.environ.get("SOAK_DIR") or tempfile.mkdtemp(prefix="mirano-soak-"))
WEBHOOK_SECRET = "soak-webhook-secret-7f3a9c"
WEBHOOK_PORT = DEMO_PORT + 3
MODEL_PORT = DEMO_PORT + 4
ENV = {
    "MIRANO_DATA_DIR": str(WORK / "data"),
    "MIRANO_DEMO_URL": f"http://127.0.0.1:{DEMO_PORT}",
    "MIRANO_EMBEDDER": os.environ.get("SOAK_EMBEDDER", "local"),
    "MIRANO_SCHEDULER_TICK_SECONDS": "2",
    "MIRANO_BACKOFF_BASE_SECONDS": "5",
    "MIRANO_BACKOFF_CAP_SECONDS": "30",
    "MIRANO_TASK_BACKOFF_BASE_SECONDS": "0.5",
    "MIRANO_TASK_BACKOFF_CAP_SECONDS": "10",
    "MIRANO_TASK_MAX_ATTEMPTS": "10",
    "MIRANO_VENDOR_TIMEOUT_SECONDS": "3",
    "MIRANO_VENDOR_MAX_WAIT_SECONDS": "3",
    "MIRANO_SOURCE_TIMEOUT_SECONDS": "3",
    "MIRANO_SOURCE_POLL_SECONDS": "0.1",
    "MIRANO_SLOW_WRITE_SECONDS": "0.5",  # every process logs what held the write lock longer
    "MIRANO_WEBHOOK_PORT": str(WEBHOOK_PORT),
    "MIRANO_WEBHOOK_SECRET": WEBHOOK_SECRET,
    "MIRANO_WEBHOOK_COALESCE_SECONDS": "1",
    "OPENAI_API_KEY": "sk-soak-model-key-0123456789",
    "OPENAI_BASE_URL": f"http://127.0.0.1:{MODEL_PORT}/v1",
    "MIRANO_LLM_TIMEOUT_SECONDS": "2",
}
os.environ.update(ENV)  # this process reads the same database through the library
sys.path.insert(0, str(ROOT))
PHRASE = "the client asked for the revised estimate and the contractor promised the drawings"
LOCKED = re.compile(r"database is locked", re.IGNORECASE)
SLOW = re.compile(r"slow write transaction: held the write lock ([0-9.]+) s \((.*)\)")


SKEWED_CLI = """
from datetime import timedelta
from pipeline.engine import clock
from pipeline.models.base import utcnow
clock.set_clock(lambda: utcnow() + timedelta(seconds={skew}), skewed=True)
from pipeline.cli import app
app({args!r})
"""


class Fleet:
    """The processes under test: started with logs of their own, SIGKILLed and replaced by `kill_one`."""

    def __init__(self) -> None:
        self.procs: dict[str, subprocess.Popen[bytes]] = {}
        self.killed: list[tuple[float, str, int]] = []
        self.logs = WORK / "logs"
        self.logs.mkdir(parents=True, exist_ok=True)
        self._started = 0

    def start(self, name: str, *args: str) -> None:
        self._started += 1
        log = open(self.logs / f"{name}.{self._started}.log", "wb")  # noqa: SIM115 — lives with the process
        command = [sys.executable, "-m", "pipeline.cli.main", *args]
        if args and args[0] == "--skewed":  # this process's clock runs SKEW seconds ahead (the clock seam)
            command = [sys.executable, "-c", SKEWED_CLI.format(skew=SKEW, args=list(args[1:]))]
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.procs[name] = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)

    def kill_one(self, victims: list[str], commands: dict[str, tuple[str, ...]]) -> None:
        name = random.choice(victims)
        proc = self.procs[name]
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
        self.killed.append((time.time(), name, proc.pid))
        self.start(name, *commands[name])

    def stop(self) -> None:
        for proc in self.procs.values():
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in self.procs.values():
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()


def wait_for_demo(url: str) -> None:
    import httpx

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/_demo/health", timeout=2).json().get("ok"):
                return
        except (httpx.HTTPError, ValueError):
            pass
        time.sleep(0.2)
    raise SystemExit("the demo server did not start")


def switch_faults(url: str, rate: float) -> None:
    """Split `rate` evenly over 429, 5xx, timeouts and malformed bodies for every demo app."""
    import httpx

    apps = httpx.get(f"{url}/_demo/stats", timeout=5).json()
    each = rate / 4
    spec = {
        name: {
            "rate_429": each,
            "rate_5xx": each,
            "rate_timeout": each,
            "rate_malformed": each,
            "timeout_seconds": 4,
            "retry_after": 1,
            "seed": i,
        }
        for i, name in enumerate(apps)
    }
    httpx.post(f"{url}/_demo/faults", json=spec, timeout=5).raise_for_status()


class Probe(threading.Thread):
    """A short write every half second: how long it waited, and whether it ever met "database is locked"."""

    def __init__(self, stop: threading.Event) -> None:
        super().__init__(daemon=True, name="write-probe")
        self.stop_event, self.waits, self.locked, self.errors = stop, [], 0, []
        self.slow: list[tuple[float, float]] = []  # (when it began, how long) for waits over 1 s

    def run(self) -> None:
        from pipeline.engine import costs

        while not self.stop_event.wait(0.5):
            started = time.monotonic()
            try:
                costs.set_economy(False)
                self.waits.append(time.monotonic() - started)
                if self.waits[-1] > 1.0:
                    self.slow.append((time.time() - self.waits[-1], self.waits[-1]))
            except Exception as exc:  # noqa: BLE001 — counted, the soak goes on
                self.locked += bool(LOCKED.search(str(exc)))
                self.errors.append(str(exc)[:200])


class Driver(threading.Thread):
    """What people and upstream systems do: new checks, Run now, new messages, imported documents."""

    def __init__(self, stop: threading.Event, url: str) -> None:
        super().__init__(daemon=True, name="driver")
        self.stop_event, self.url, self.checks, self.requests, self.errors = stop, url, 0, 0, []
        self.asked = {"online": 0, "offline with a reason": 0, "failed": 0}

    def run(self) -> None:
        step = 0
        while not self.stop_event.wait(2.0):
            step += 1
            try:
                self.one_step(step)
            except Exception as exc:  # noqa: BLE001 — a driver step that failed is reported, not fatal
                self.errors.append(f"{type(exc).__name__}: {exc}"[:200])

    def one_step(self, step: int) -> None:
        import httpx

        from pipeline.service import checks
        from pipeline.service import engine as jobs

        checks.start_check(f"г. Москва, ул. Нагрузочная, д. {step}", "basic", trigger="cli")
        self.checks += 1
        if step % 5 == 0:
            for job in ("ingest.chatwoot", "ingest.linear", "ingest.attio", "memory.build", "memory.extract"):
                jobs.run_now(job, defer=True)  # as `mirano run` does while a scheduler lives
                self.requests += 1
        if step % 30 == 0:  # `mirano ask` about once a minute, with the model endpoint up or down
            self.ask(step)
        if step % 10 == 0:
            httpx.post(
                f"{self.url}/chatwoot/_demo/edit",
                json={"conversation_id": 201, "content": f"Soak message {step}: please send the estimate."},
                timeout=10,
            )
            import_documents(step, 60)

    def ask(self, step: int) -> None:
        """`mirano ask --json` as a process of its own (its model load stays out of this process's write probe)."""
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "pipeline.cli.main",
                "ask",
                "What is the status of ingest.chatwoot?",
                "--json",
            ],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            capture_output=True,
            text=True,
            timeout=300,
        )
        try:
            reply = json.loads(done.stdout) if done.returncode == 0 else None
        except ValueError:
            reply = None
        if reply is None:  # the model being down must never get here
            self.asked["failed"] += 1
            self.errors.append(f"ask: exit {done.returncode}: {done.stderr[-200:]}")
            return
        self.asked["offline with a reason" if reply.get("fallback") else "online"] += 1


def import_documents(step: int, n: int) -> None:
    """n new documents of one project, as a large sync would import them (the build embeds them)."""
    from sqlalchemy import insert, select

    from pipeline.db import session_scope
    from pipeline.memory.chunking import content_hash
    from pipeline.models.memory import Document, Project

    words = PHRASE.split()
    with session_scope() as s:
        project_id = s.scalar(select(Project.id).order_by(Project.id).limit(1))
        rows = []
        for i in range(n):
            text = " ".join(words[(i + j) % len(words)] for j in range(90)) + f" batch {step} item {i}"
            rows.append(
                {
                    "project_id": project_id,
                    "source": "chatwoot",
                    "object_type": "message",
                    "external_id": f"soak:{step}:{i}",
                    "content": text,
                    "content_hash": content_hash(text),
                }
            )
        s.execute(insert(Document), rows)


class FlakyModel(threading.Thread):
    """An OpenAI-compatible endpoint that is down (503) half the time (30 s up, 30 s down) and otherwise answers
    every call with an empty tool call (extraction finds nothing) or a short text."""

    def __init__(self) -> None:
        super().__init__(daemon=True, name="flaky-model")
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        owner = self
        self.calls = {"up": 0, "down": 0}

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                request = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
                down = int(time.time() // 30) % 2 == 1
                owner.calls["down" if down else "up"] += 1
                status, body = (503, {"error": {"message": "overloaded"}}) if down else (200, answer(request))
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                pass

        def answer(request: dict[str, Any]) -> dict[str, Any]:
            # Extraction's structured output is a tool call of ExtractedBatch; the assistant gets a plain answer.
            tools = [t for t in request.get("tools") or [] if t["function"]["name"] == "ExtractedBatch"]
            if tools:
                name = tools[0]["function"]["name"]
                call = {
                    "id": "call_0",
                    "type": "function",
                    "function": {"name": name, "arguments": '{"entities": []}'},
                }
                message: dict[str, Any] = {"role": "assistant", "content": None, "tool_calls": [call]}
            else:
                message = {"role": "assistant", "content": "ok"}
            return {
                "id": "soak",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": "soak-model",
                "choices": [
                    {"index": 0, "message": message, "finish_reason": "tool_calls" if tools else "stop"}
                ],
                "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
            }

        self.server = ThreadingHTTPServer(("127.0.0.1", MODEL_PORT), Handler)
        self.server.daemon_threads = True

    def run(self) -> None:
        self.server.serve_forever()


class Webhooker(threading.Thread):
    """Chatwoot webhook bursts at the fleet's endpoint: signed events, and forged, replayed and stale ones."""

    def __init__(self, stop: threading.Event) -> None:
        super().__init__(daemon=True, name="webhooks")
        self.stop_event = stop
        self.url = f"http://127.0.0.1:{WEBHOOK_PORT}/webhooks/chatwoot"
        self.sent = {"signed": 0, "forged": 0}
        self.accepted = {"signed": 0, "forged": 0}
        self.unreachable = 0  # the endpoint's process was just killed: nobody listened for a moment

    def run(self) -> None:
        step = 0
        while not self.stop_event.wait(3.0):
            step += 1
            try:
                self.burst(step)
            except Exception:  # noqa: BLE001 — counted as unreachable, the soak goes on
                self.unreachable += 1

    def burst(self, step: int) -> None:
        import httpx

        from pipeline.memory.webhook_auth import DELIVERY, SIGNATURE, TIMESTAMP, signed_headers

        deliveries: list[tuple[str, bytes, dict[str, str]]] = []
        for i in range(5):  # one conversation's burst of genuine events
            body = json.dumps(
                {"event": "message_updated", "id": step * 10 + i, "conversation": {"id": 201}}
            ).encode()
            deliveries.append(("signed", body, signed_headers(WEBHOOK_SECRET, body, f"soak-{step}-{i}")))
        genuine_body, genuine = deliveries[0][1], deliveries[0][2]
        forged_body = json.dumps({"event": "conversation_updated", "id": 101}).encode()
        stale = {
            **signed_headers(WEBHOOK_SECRET, forged_body, f"stale-{step}"),
            TIMESTAMP: str(int(time.time()) - 900),
        }
        deliveries += [
            ("forged", forged_body, signed_headers("not-the-secret", forged_body, f"forged-{step}")),
            ("forged", forged_body, {SIGNATURE: "sha256=" + "0" * 64, TIMESTAMP: str(int(time.time()))}),
            ("forged", forged_body, {}),  # unsigned
            (
                "forged",
                forged_body,
                {**genuine, DELIVERY: f"forged-{step}"},
            ),  # a genuine signature, another body
            ("forged", forged_body, stale),
        ]
        replay = [
            ("forged", genuine_body, genuine),
            ("forged", genuine_body, {**genuine, DELIVERY: f"r-{step}"}),
        ]
        with httpx.Client(timeout=10) as client:
            for kind, body, headers in deliveries + replay:
                self.sent[kind] += 1
                answer = client.post(
                    self.url, content=body, headers={"Content-Type": "application/json", **headers}
                )
                self.accepted[kind] += answer.status_code == 202


def drain(deadline: float) -> int:
    from pipeline.engine.worker import pending

    while time.monotonic() < deadline and pending():
        time.sleep(1)
    return pending()


class _SlowWrites(logging.Handler):
    """The slow-write warnings of this process (the driver's own checks and runs), next to the fleet's logs."""

    lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


def calls_received() -> int:
    """Requests the demo property sources received (counted at the server, which the soak never kills)."""
    import httpx

    stats = httpx.get(f"{ENV['MIRANO_DEMO_URL']}/_demo/stats", timeout=10).json()
    return sum(app["requests"] for name, app in stats.items() if name.startswith("/sources"))


def measure(fleet: Fleet, probe: Probe, received: int) -> dict[str, Any]:
    from sqlalchemy import func, select

    from pipeline.db import read_scope
    from pipeline.models import Run, Task
    from pipeline.models.checks import Evidence, SearchTask

    killed_pids = {pid for _, _, pid in fleet.killed}
    with read_scope() as s:
        tasks = dict(s.execute(select(Task.status, func.count()).group_by(Task.status)).all())
        twice = s.execute(select(Evidence.task_id).group_by(Evidence.task_id).having(func.count() > 1)).all()
        lost_runs = s.execute(select(Run.holder, Run.job).where(Run.reason.like("worker lost%"))).all()
        runs = s.execute(select(Run.job, Run.status, func.count()).group_by(Run.job, Run.status)).all()
        reasons = [r for (r,) in s.execute(select(Run.reason).where(Run.reason.is_not(None)))]
        errors = [e for (e,) in s.execute(select(Task.last_error).where(Task.last_error.is_not(None)))]
        dead = s.execute(
            select(Task.last_error, func.count()).where(Task.status == "dead").group_by(Task.last_error)
        ).all()
        ledger = int(s.scalar(select(func.sum(SearchTask.source_calls))) or 0)
        offline = s.scalar(
            select(func.count()).select_from(Run).where(Run.reason.like("%did not answer%answered offline%"))
        )
    false_lost = [(h, j) for h, j in lost_runs if h and _pid(h) not in killed_pids]
    slow = sorted(
        (
            (float(m.group(1)), m.group(2))
            for text in [
                *(p.read_text("utf-8", "replace") for p in fleet.logs.glob("*.log")),
                *_SlowWrites.lines,
            ]
            for m in SLOW.finditer(text)
        ),
        reverse=True,
    )
    log_locked = sum(len(LOCKED.findall(p.read_text("utf-8", "replace"))) for p in fleet.logs.glob("*.log"))
    locked = log_locked + probe.locked + sum(bool(LOCKED.search(t)) for t in [*reasons, *errors])
    return {
        "seconds": SECONDS,
        "kills": len(fleet.killed),
        "tasks": sum(tasks.values()),
        "tasks_by_status": tasks,
        "lost": tasks.get("queued", 0) + tasks.get("running", 0),
        "dead": {reason: n for reason, n in dead},
        "duplicated": len(twice),
        "source_calls_received": received,
        "source_calls_in_ledger": ledger,
        "uncounted_calls": max(0, received - ledger),
        "runs_answered_offline": offline,
        "worker_lost_runs": len(lost_runs),
        "false_worker_lost": len(false_lost),
        "database_locked": locked,
        "longest_write_wait_s": round(max(probe.waits, default=0.0), 3),
        "writes_probed": len(probe.waits),
        "probe_waits_over_1s": len(probe.slow),
        # a SIGKILL mid-write leaves SQLite to recover; how many of the slow waits began within 5 s of a kill
        "slow_waits_near_a_kill": sum(
            any(0 <= at - k < 5 for k, _, _ in fleet.killed) for at, _ in probe.slow
        ),
        "slow_write_transactions": len(
            slow
        ),  # held the lock > MIRANO_SLOW_WRITE_SECONDS, logged by each process
        "slowest_writers": [f"{held:.2f} s {where}" for held, where in slow[:5]],
        "runs": {f"{job} {status}": n for job, status, n in runs},
    }


def _pid(holder: str) -> int | None:
    parts = holder.split(":")
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None


def main() -> None:
    logging.getLogger("pipeline.db").addHandler(_SlowWrites())
    url = ENV["MIRANO_DEMO_URL"]
    print(f"soak for {SECONDS:g} s in {WORK} (embedder {ENV['MIRANO_EMBEDDER']}, faults {FAULT_RATE:.0%})")
    subprocess.run(
        [sys.executable, "-m", "pipeline.cli.main", "init", "--demo"],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=True,
        stdout=subprocess.DEVNULL,
    )
    fleet = Fleet()
    fleet.start("demo", "demo-sources", "--port", str(DEMO_PORT))
    wait_for_demo(url)
    switch_faults(url, FAULT_RATE)
    model = FlakyModel()
    model.start()
    import httpx

    webhook_url = f"http://127.0.0.1:{WEBHOOK_PORT}/webhooks/chatwoot"  # the demo Chatwoot signs its webhooks
    httpx.post(
        f"{url}/chatwoot/_demo/config", json={"webhook_url": webhook_url}, timeout=5
    ).raise_for_status()
    schedulers = (
        {
            "scheduler-a": ("ui", "--port", str(DEMO_PORT + 1)),
            "scheduler-b": ("ui", "--port", str(DEMO_PORT + 2)),
        }
        if DASHBOARDS  # the dashboard itself: Streamlit with its scheduler thread, workers and pages
        else {"scheduler-a": ("scheduler",), "scheduler-b": ("scheduler",)}
    )
    commands = {
        **schedulers,
        "worker-a": ("worker", "--concurrency", "4"),
        "worker-b": ("worker", "--concurrency", "4"),
        "worker-skewed": ("--skewed", "worker", "--concurrency", "2"),  # its clock SKEW seconds ahead
    }
    for name, args in commands.items():
        fleet.start(name, *args)
    stop = threading.Event()
    probe, driver, webhooks = Probe(stop), Driver(stop, url), Webhooker(stop)
    probe.start()
    driver.start()
    webhooks.start()
    started = time.monotonic()
    next_kill = started + KILL_EVERY
    try:
        while time.monotonic() - started < SECONDS:
            time.sleep(1)
            if time.monotonic() >= next_kill:
                fleet.kill_one(list(commands), commands)
                next_kill += KILL_EVERY
    finally:
        stop.set()  # the driver and the probe stop; the fleet works off what is queued
        switch_faults(url, 0.0)  # the drain runs without faults: what is left is what was lost
        left = drain(time.monotonic() + DRAIN_SECONDS)
        received = calls_received()
        fleet.stop()
    result = measure(fleet, probe, received)
    result["left_after_drain"] = left
    result["driver"] = {"checks": driver.checks, "run_requests": driver.requests, "errors": driver.errors[:5]}
    result["assistant"] = driver.asked
    result["webhooks"] = {
        "sent": webhooks.sent,
        "accepted": webhooks.accepted,
        "bursts_unreachable": webhooks.unreachable,
    }
    result["forged_accepted"] = webhooks.accepted["forged"]
    result["model_calls"] = model.calls
    model.server.shutdown()
    print(
        f"tasks {result['tasks']}  lost {result['lost']}  duplicated {result['duplicated']}  "
        f"uncounted calls {result['uncounted_calls']}  forged accepted {result['forged_accepted']}  "
        f"false worker lost {result['false_worker_lost']}  database locked {result['database_locked']}  "
        f"longest write wait {result['longest_write_wait_s']:.3f} s  ({result['kills']} SIGKILLs)"
    )
    print(json.dumps(result, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
