"""The dashboard in Debian's headless Chromium, started the way users start it (`mirano ui`).

Opens the Jobs page and presses Run now, starts a property check and waits for its result, starts the same
check again and opens its reuse badge. Screenshots land in the test's temp dir (printed at the end).
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
ADDRESS = "г. Москва, ул. Профсоюзная, д. 45"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="/usr/bin/chromium is not installed (apt-get install chromium)"
    ),
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_healthy(url: str, process: subprocess.Popen, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"`mirano ui` exited with {process.returncode}")
        try:
            if httpx.get(f"{url}/_stcore/health", timeout=1).text == "ok":
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise AssertionError("the dashboard did not answer /_stcore/health in time")


@pytest.fixture
def dashboard(tmp_path: Path) -> Iterator[str]:
    """`mirano init --demo` then `mirano ui` on a free port, with the demo servers on another free port."""
    env = {
        **os.environ,
        "MIRANO_DATA_DIR": str(tmp_path / "data"),
        "MIRANO_DEMO_URL": f"http://127.0.0.1:{free_port()}",
        "PYTHONUNBUFFERED": "1",
    }
    env.pop("MIRANO_UI_RUNTIME", None)  # the real runtime: scheduler, workers and demo servers
    cli = [sys.executable, "-m", "pipeline.cli.main"]
    subprocess.run([*cli, "init", "--demo"], env=env, cwd=ROOT, check=True, capture_output=True, timeout=120)
    port = free_port()
    log = (tmp_path / "ui.log").open("w")
    process = subprocess.Popen(
        [*cli, "ui", "--port", str(port)], env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, process)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


def test_run_now_check_and_reuse_badge(dashboard: str, tmp_path: Path) -> None:
    from playwright.sync_api import expect, sync_playwright

    shots = tmp_path / "screenshots"
    shots.mkdir()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1440, "height": 1800})
        page.set_default_timeout(30_000)
        page.goto(dashboard)
        expect(page.get_by_role("heading", name="Jobs")).to_be_visible(
            timeout=90_000
        )  # the first load starts the runtime
        expect(page.get_by_text("scheduler running")).to_be_visible()
        page.get_by_role("button", name="Run now").first.click()
        expect(
            page.get_by_text(re.compile(r"^Run #\d+ ")).or_(page.get_by_text("Queued:")).first
        ).to_be_visible()
        page.screenshot(path=shots / "1-jobs-run-now.png", full_page=True)

        page.get_by_role("link", name="Property checks").click()
        expect(page.get_by_role("heading", name="Property checks")).to_be_visible()
        page.get_by_label("Address").fill(ADDRESS)
        page.get_by_role("button", name="Start check").click()
        expect(page.get_by_text("Check #").first).to_be_visible()
        page.screenshot(path=shots / "2-check-started.png", full_page=True)
        # the check's state as a word, first on its header line (its sources' chips say "completed" too)
        expect(page.get_by_text(re.compile(r"^completed( DEMO)? · profile"))).to_be_visible(timeout=60_000)
        expect(page.get_by_text("Risk score").first).to_be_visible()  # a rerun can briefly draw it twice
        page.screenshot(path=shots / "3-check-completed.png", full_page=True)

        page.get_by_role(
            "button", name="Start check"
        ).click()  # the same address again: fresh facts are reused
        expect(page.get_by_text("Read as").first).to_be_visible()  # the parsed address is shown
        badge = page.get_by_role("button", name="Building facts reused from check #").first
        expect(badge).to_be_visible(timeout=30_000)
        badge.click()
        expect(page.get_by_text("not re-checked").first).to_be_visible()
        expect(page.get_by_text("Reused from the check of").first).to_be_visible()
        page.screenshot(path=shots / "4-reuse-badge.png", full_page=True)

        page.goto(dashboard.rstrip("/") + "/jobs")  # a bookmark of the default page by its name
        expect(page.get_by_role("heading", name="Jobs")).to_be_visible(
            timeout=90_000
        )  # the first load starts the runtime
        expect(page.get_by_text("Page not found")).to_have_count(0)
        expect(page.get_by_role("link", name="Jobs")).to_have_count(1)  # the alias is not a second menu entry
        expect(page.get_by_role("link", name="Jobs")).to_have_attribute("aria-current", "page")
        browser.close()
    print(f"\nscreenshots: {shots}")
