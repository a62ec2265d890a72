"""Sign-in for non-local use: `mirano ui --address` off loopback needs Streamlit's OIDC sign-in configured, or it
refuses to start with the reason; with sign-in required the dashboard shows nothing but a sign-in button."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from streamlit.testing.v1 import AppTest

from ui.auth import is_loopback, sign_in_problem

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "ui" / "app.py")
AUTH = """
[auth]
redirect_uri = "http://mirano.example:{port}/oauth2callback"
cookie_secret = "a-long-random-secret-for-the-test"
client_id = "mirano"
client_secret = "client-secret"
server_metadata_url = "http://127.0.0.1:9/.well-known/openid-configuration"
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def ui(cwd: Path, port: int, address: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(cwd), "MIRANO_UI_RUNTIME": "off"}
    command = [sys.executable, "-m", "pipeline.cli.main", "ui", "--address", address, "--port", str(port)]
    return subprocess.Popen(
        command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def test_loopback_is_told_apart_from_other_interfaces() -> None:
    assert all(is_loopback(a) for a in ("127.0.0.1", "127.1.2.3", "::1", "[::1]", "localhost"))
    assert not any(is_loopback(a) for a in ("0.0.0.0", "192.168.1.10", "::", "mirano.example"))


def test_off_loopback_without_sign_in_configured_it_refuses_to_start(db, tmp_path) -> None:
    port = free_port()
    proc = ui(tmp_path, port, "0.0.0.0")
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 2 and out == ""
    [line] = err.strip().splitlines()
    assert line.startswith("error: address: 0.0.0.0 is reachable from other machines") and "[auth]" in line
    secrets = tmp_path / ".streamlit" / "secrets.toml"
    secrets.parent.mkdir()
    secrets.write_text('[auth]\nredirect_uri = "http://x/oauth2callback"\n')
    assert "lacks cookie_secret; client_id" in (sign_in_problem([secrets]) or "")


def test_off_loopback_with_sign_in_configured_it_starts(db, tmp_path) -> None:
    port = free_port()
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "secrets.toml").write_text(AUTH.format(port=port))
    proc = ui(tmp_path, port, "0.0.0.0")
    try:
        deadline, health = time.monotonic() + 90, None
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/_stcore/health", timeout=2).text
                break
            except httpx.HTTPError:
                time.sleep(0.5)
        assert health == "ok", proc.stderr.read() if proc.poll() is not None else "no answer"  # type: ignore[union-attr]
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(30)


@pytest.fixture
def sign_in_required(db, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("MIRANO_UI_RUNTIME", "off")
    monkeypatch.setenv("MIRANO_UI_SIGN_IN", "required")


def test_with_sign_in_required_a_visitor_sees_only_the_sign_in_button(sign_in_required) -> None:
    at = AppTest.from_file(APP, default_timeout=30)
    at.user = {"is_logged_in": False}
    at.run()
    assert not at.exception
    assert [b.label for b in at.button] == ["Sign in"]
    assert not any("Run now" in b.label for b in at.button)


def test_signed_in_the_dashboard_shows_who_and_a_log_out(sign_in_required) -> None:
    at = AppTest.from_file(APP, default_timeout=30)
    at.user = {"is_logged_in": True, "email": "kate@example.com", "name": "Kate"}
    at.run()
    assert not at.exception
    assert any("Signed in as **kate@example.com**" in c.value for c in at.sidebar.caption)
    assert "Log out" in [b.label for b in at.sidebar.button] and "Sign in" not in [b.label for b in at.button]
