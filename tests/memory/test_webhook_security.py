"""The Chatwoot webhook endpoint as an internet-facing deployment meets it: signed deliveries, replays, bursts,
malformed requests and 100 deliveries at once. A real server on 127.0.0.1, real sockets, a real SQLite file."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
from sqlalchemy import select

from pipeline.config import reset_settings
from pipeline.db import read_scope
from pipeline.engine.exceptions import BadInput
from pipeline.memory.webhook_auth import DELIVERY, signed_headers
from pipeline.memory.webhooks import WebhookServer, join_syncs
from pipeline.models import Run
from pipeline.models.memory import VendorHint
from tests.memory.helpers import count, run

SECRET = "whsec-test-0123456789"
ROOT = Path(__file__).resolve().parents[2]


def _signed(event: dict, delivery: str, secret: str = SECRET) -> tuple[bytes, dict[str, str]]:
    body = json.dumps(event).encode()
    return body, {"Content-Type": "application/json", **signed_headers(secret, body, delivery)}


def _webhook_runs() -> list[Run]:
    with read_scope() as s:
        return list(s.scalars(select(Run).where(Run.job == "ingest.chatwoot", Run.trigger == "webhook")))


def _raw(url: str, request: bytes, timeout: float = 10.0) -> bytes:
    """Send raw bytes, read the answer until the server closes the connection."""
    parts = urlsplit(url)
    with socket.create_connection((parts.hostname, parts.port), timeout=timeout) as sock:
        sock.sendall(request)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


@pytest.fixture
def secret(monkeypatch):
    monkeypatch.setenv("MIRANO_WEBHOOK_SECRET", SECRET)
    monkeypatch.setenv("MIRANO_WEBHOOK_COALESCE_SECONDS", "0.5")
    reset_settings()
    return SECRET


def test_off_loopback_without_a_secret_the_endpoint_refuses_to_start(db, monkeypatch) -> None:
    with pytest.raises(BadInput) as refused:
        WebhookServer("0.0.0.0", 0)
    assert refused.value.field == "MIRANO_WEBHOOK_SECRET"

    env = {**os.environ, "MIRANO_WEBHOOK_HOST": "0.0.0.0", "MIRANO_WEBHOOK_PORT": "0"}
    env["MIRANO_WEBHOOK_PORT"] = "18766"
    done = subprocess.run(
        [sys.executable, "-m", "pipeline.cli.main", "scheduler"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "MIRANO_WEBHOOK_SECRET" in lines[0] and "Traceback" not in done.stderr

    monkeypatch.setenv("MIRANO_WEBHOOK_SECRET", SECRET)
    reset_settings()
    WebhookServer("0.0.0.0", 0).stop()  # with a secret it may listen anywhere


def test_only_deliveries_signed_with_the_secret_and_fresh_are_accepted_once(db, secret) -> None:
    server = WebhookServer("127.0.0.1", 0).start()
    event = {"event": "conversation_updated", "id": 101}
    try:
        body, headers = _signed(event, "d-1")
        unsigned = httpx.post(server.url, content=body, headers={"Content-Type": "application/json"})
        assert unsigned.status_code == 401
        _, wrong = _signed(event, "d-1", secret="not-the-secret")
        assert httpx.post(server.url, content=body, headers=wrong).status_code == 401
        tampered = json.dumps({"event": "conversation_updated", "id": 102}).encode()
        assert httpx.post(server.url, content=tampered, headers=headers).status_code == 401
        stale = {**headers, "X-Chatwoot-Timestamp": str(int(time.time()) - 3600)}
        assert httpx.post(server.url, content=body, headers=stale).status_code == 401
        assert httpx.post(f"{server.url}?token={SECRET}", content=body).status_code == 401  # no URL token

        assert httpx.post(server.url, content=body, headers=headers).status_code == 202
        replay = httpx.post(server.url, content=body, headers=headers)
        assert replay.status_code == 200 and replay.json()["ignored"] is True
        again = httpx.post(server.url, content=body, headers={**headers, DELIVERY: "d-2"})
        assert (
            again.status_code == 200 and again.json()["ignored"] is True
        )  # the id is not signed: same delivery
    finally:
        server.stop()
    assert count(VendorHint) <= 1


def test_headers_are_checked_before_the_body_is_read(db, secret) -> None:
    server = WebhookServer("127.0.0.1", 0).start()
    try:
        # Announces 500 kB and sends none of it: refused at once, from the headers alone.
        head = b"POST /webhooks/chatwoot HTTP/1.1\r\nHost: x\r\nContent-Length: 500000\r\n\r\n"
        answer = _raw(server.url, head)
        assert answer.startswith(b"HTTP/1.1 401") and b"unsigned" in answer
    finally:
        server.stop()


@pytest.mark.parametrize(
    ("length", "status"), [("-1", b"400"), ("abc", b"400"), ("99999999999", b"413"), (None, b"411")]
)
def test_a_bad_or_huge_content_length_is_refused_and_holds_no_thread(db, length, status) -> None:
    server = WebhookServer("127.0.0.1", 0).start()
    try:
        header = f"Content-Length: {length}\r\n" if length is not None else ""
        answer = _raw(server.url, f"POST /webhooks/chatwoot HTTP/1.1\r\nHost: x\r\n{header}\r\n".encode())
        assert answer.split(b" ")[1] == status
    finally:
        server.stop()


def test_a_sender_that_goes_quiet_mid_body_is_cut_off_by_the_read_timeout(db, monkeypatch) -> None:
    monkeypatch.setenv("MIRANO_WEBHOOK_READ_TIMEOUT_SECONDS", "0.5")
    reset_settings()
    server = WebhookServer("127.0.0.1", 0).start()
    try:
        # 100 bytes announced, 10 sent, then silence: a 408 and the connection closes (recv returns b"").
        answer = _raw(
            server.url, b'POST /webhooks/chatwoot HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{"event":'
        )
        assert answer.startswith(b"HTTP/1.1 408") and b"Traceback" not in answer
        assert httpx.get(server.url.replace("/chatwoot", "/health")).status_code == 200  # still serving
    finally:
        server.stop()


def test_a_deeply_nested_body_is_a_400_without_internal_text(db) -> None:
    server = WebhookServer("127.0.0.1", 0).start()
    try:
        nested = b"[" * 200_000 + b"]" * 200_000
        answer = httpx.post(server.url, content=nested, headers={"Content-Type": "application/json"})
        assert answer.status_code == 400
        assert answer.json() == {"error": "the body is not JSON"}
        assert "Recursion" not in answer.text and "Traceback" not in answer.text
    finally:
        server.stop()


def test_a_hundred_concurrent_deliveries_all_get_an_answer(db) -> None:
    server = WebhookServer("127.0.0.1", 0).start()
    statuses: list[int | str] = []
    lock = threading.Lock()
    start = threading.Barrier(100)

    def deliver(i: int) -> None:
        start.wait()
        try:
            status = httpx.post(
                server.url, json={"event": "conversation_updated", "id": 1000 + i}
            ).status_code
        except httpx.HTTPError as exc:
            status = type(exc).__name__
        with lock:
            statuses.append(status)

    try:
        threads = [threading.Thread(target=deliver, args=(i,)) for i in range(100)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
    finally:
        server.stop()
    assert statuses.count(202) == 100, {s: statuses.count(s) for s in set(statuses)}
    assert 1 <= len(_webhook_runs()) <= 2  # one sync for the whole burst (two if it straddles a window)


def test_a_burst_of_events_is_one_sync_that_rereads_only_the_named_conversation(
    seeded, secret, monkeypatch
) -> None:
    monkeypatch.setenv(
        "MIRANO_WEBHOOK_COALESCE_SECONDS", "120"
    )  # the burst ends before the window, however slow
    reset_settings()
    first = run("ingest.chatwoot")
    full_sync_calls = first.source_calls
    server = WebhookServer("127.0.0.1", 0).start()
    try:
        for i in range(10):  # ten distinct, validly signed events about one conversation
            event = {"event": "message_updated", "id": 9000 + i, "conversation": {"id": 101}}
            body, headers = _signed(event, f"burst-{i}")
            assert httpx.post(server.url, content=body, headers=headers).status_code == 202
        join_syncs()  # the window's end, now
    finally:
        server.stop()
    runs = _webhook_runs()
    assert len(runs) == 1 and runs[0].status == "ok", [(r.status, r.reason) for r in runs]
    assert 0 < runs[0].source_calls < full_sync_calls  # the conversation and its messages, no listing
    assert count(VendorHint) == 0


def test_the_demo_chatwoot_signs_its_webhooks_and_they_are_accepted(seeded, secret) -> None:
    from tests.memory.helpers import edit

    run("ingest.chatwoot")
    server = WebhookServer("127.0.0.1", 0).start()
    try:
        httpx.post(f"{seeded}/chatwoot/_demo/config", json={"webhook_url": server.url}).raise_for_status()
        edit(seeded, "chatwoot", {"conversation_id": 101, "status": "resolved"})
        deadline = time.monotonic() + 30
        while not _webhook_runs() and time.monotonic() < deadline:
            time.sleep(0.1)
            join_syncs()
    finally:
        server.stop()
    assert _webhook_runs()
