"""Two people sign in through a real OpenID Connect flow in Debian's headless Chromium: `mirano ui` with Streamlit's
st.login pointed at the suite's loopback provider (tests/people/oidc_provider.py: discovery, account chooser, token
endpoint with PKCE, an RS256 id_token). The first person of the empty deployment becomes admin and runs a job; the
second is a viewer whose Run now is refused with the reason, and the run history records who started what."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from pipeline.service import engine as service
from pipeline.service import people as people_service
from tests.people.oidc_provider import CLIENT_ID, CLIENT_SECRET, Provider
from tests.ui.test_browser import CHROMIUM, CHROMIUM_ARGS, ROOT, free_port, wait_healthy

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="/usr/bin/chromium is not installed (apt-get install chromium)"
    ),
]
ADA, VIC = "ada@example.com", "vic@example.com"
JOB_ROW = ".st-key-job_row_notices_deliver"  # a product job that ends at once: nothing to deliver
SECRETS = """[auth]
redirect_uri = "{url}/oauth2callback"
cookie_secret = "a-long-random-cookie-secret-for-the-suite"
client_id = "{client_id}"
client_secret = "{client_secret}"
server_metadata_url = "{issuer}/.well-known/openid-configuration"
"""


@pytest.fixture
def signed_dashboard(db: Any, tmp_path: Path) -> Iterator[tuple[str, Provider]]:
    """The provider, then `mirano ui` on loopback with sign-in required and [auth] pointing at the provider."""
    with Provider([ADA, VIC]) as provider:
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        (tmp_path / ".streamlit").mkdir()
        (tmp_path / ".streamlit" / "secrets.toml").write_text(
            SECRETS.format(url=url, client_id=CLIENT_ID, client_secret=CLIENT_SECRET, issuer=provider.url)
        )
        env = {
            **os.environ,
            "HOME": str(tmp_path),
            "PYTHONPATH": str(ROOT),
            "MIRANO_UI_RUNTIME": "off",
            "MIRANO_UI_SIGN_IN": "required",  # as `mirano ui --address` sets it off loopback
            "PYTHONUNBUFFERED": "1",
        }
        log = (tmp_path / "ui.log").open("w")
        process = subprocess.Popen(
            [sys.executable, "-m", "pipeline.cli.main", "ui", "--port", str(port)],
            env=env,
            cwd=tmp_path,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_healthy(url, process, timeout=90)
            yield url, provider
        finally:
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
            log.close()


def sign_in(browser: Any, url: str, email: str) -> Any:
    from playwright.sync_api import expect

    page = browser.new_context(viewport={"width": 1440, "height": 2000}).new_page()
    page.set_default_timeout(30_000)
    page.goto(url)
    page.get_by_role("button", name="Sign in").click(timeout=90_000)
    page.get_by_role("link", name=email).click()  # the provider's account chooser
    expect(page.get_by_text(f"Signed in as {email}")).to_be_visible(timeout=60_000)
    return page


def press_run_now_until(page: Any, done: Callable[[], bool], what: str) -> None:
    """Run now, pressed again only while `done` does not hold: a page brought back from the background, or a card
    its 3 s refresh is redrawing, may drop a click on a button being replaced. Pressing again is safe both ways —
    a viewer's refusal starts nothing, and the admin's second press comes only while no run is stored (the history
    below must still show exactly one run)."""
    from playwright.sync_api import Error

    for _ in range(4):
        with contextlib.suppress(Error):  # still redrawing: click what is there
            page.get_by_test_id("stStatusWidget").wait_for(state="hidden", timeout=10_000)
        page.locator(JOB_ROW).get_by_role("button", name="Run now").click()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if done():
                return
            time.sleep(0.2)
    raise AssertionError(f"Run now never {what}")


def ended_run(timeout: float = 60) -> dict[str, Any]:
    """The one run, once its background thread in the dashboard's process has ended it."""
    deadline = time.monotonic() + timeout
    while True:
        runs = service.list_runs()
        if runs and runs[0]["status"] not in ("queued", "running", "cancelling"):
            return runs[0]
        if time.monotonic() > deadline:
            raise AssertionError(f"the run did not end in {timeout:.0f} s: {runs}")
        time.sleep(0.2)


def test_two_people_sign_in_with_different_roles(signed_dashboard: tuple[str, Provider]) -> None:
    from playwright.sync_api import expect, sync_playwright

    url, provider = signed_dashboard
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        ada = sign_in(browser, url, ADA)
        expect(ada.get_by_text(f"Acting as {ADA} · admin")).to_be_visible()
        vic = sign_in(browser, url, VIC)
        expect(vic.get_by_text(f"Acting as {VIC} · viewer")).to_be_visible()

        vic.bring_to_front()
        refusal = vic.get_by_text(f"{VIC} is a viewer: starting a run needs the operator role")
        press_run_now_until(vic, refusal.is_visible, "showed the viewer's refusal")
        expect(refusal).to_be_visible()
        assert service.list_runs() == []

        ada.bring_to_front()  # a page in the background may not get its click handled promptly
        press_run_now_until(ada, lambda: bool(service.list_runs()), "started a run")
        expect(ada.get_by_text("Could not start the job")).to_have_count(0)
        run = ended_run()
        assert (run["status"], run["reason"]) == ("skipped", "no notice to deliver"), run
        # The card shows it at its next 3 s refresh; a loaded CI machine may take several.
        expect(ada.locator(JOB_ROW).get_by_text("no notice to deliver").first).to_be_visible(timeout=45_000)
        browser.close()
    assert provider.tokens_issued == [ADA, VIC]  # each signed in once, through the token endpoint
    assert {p["email"]: p["role"] for p in people_service.list_people()} == {ADA: "admin", VIC: "viewer"}
    assert [r["started_by"] for r in service.list_runs()] == [ADA]
