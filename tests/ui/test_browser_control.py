"""Run control in Debian's headless Chromium against `mirano ui`: Pause and Resume on a job card and Retry in a
run's details, each answered on the page without a reload, at 1440 and 390 px, in English and Russian."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.people.identity import cli_user
from tests.ui.test_browser import CHROMIUM, CHROMIUM_ARGS, ROOT, free_port, wait_healthy

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="/usr/bin/chromium is not installed (apt-get install chromium)"
    ),
]

DROPPED = (
    "from pipeline.service import control, engine; "
    "engine.run_now('memory.suggest', defer=True); "
    "print(control.cancel_job('memory.suggest', 'global', 'ana')['dropped'])"
)
WORDS = {
    "en": {
        "heading": "Jobs",
        "pause": "Pause",
        "resume": "Resume",
        "paused": f"Paused by {cli_user()} since",  # on loopback the local user acts
        "resumed": "Resumed: the schedule fires it again.",
        "detail": "Run details: run #",
        "retry": "Retry",
        "retried": r"Retry started as run #\d+\.",
    },
    "ru": {
        "heading": "Задания",
        "pause": "Пауза",
        "resume": "Возобновить",
        "paused": f"На паузе (поставил {cli_user()}",
        "resumed": "Возобновлено: расписание снова запускает задание.",
        "detail": "Подробности запуска: №",
        "retry": "Повторить",
        "retried": r"Повтор начат как запуск #\d+\.",
    },
}


@pytest.fixture
def dashboard(tmp_path: Path) -> Iterator[tuple[str, int]]:
    """`mirano init --demo`, a dropped (cancelled) request to retry, then `mirano ui` on a free port."""
    env = {
        **os.environ,
        "MIRANO_DATA_DIR": str(tmp_path / "data"),
        "MIRANO_DEMO_URL": f"http://127.0.0.1:{free_port()}",
        "PYTHONUNBUFFERED": "1",
    }
    env.pop("MIRANO_UI_RUNTIME", None)
    cli = [sys.executable, "-m", "pipeline.cli.main"]
    subprocess.run([*cli, "init", "--demo"], env=env, cwd=ROOT, check=True, capture_output=True, timeout=120)
    made = subprocess.run(
        [sys.executable, "-c", DROPPED],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    cancelled = int(made.stdout.strip().splitlines()[-1])
    port = free_port()
    log = (tmp_path / "ui.log").open("w")
    process = subprocess.Popen(
        [*cli, "ui", "--port", str(port)], env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, process)
        yield url, cancelled
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


def test_pause_resume_and_retry_at_two_widths_in_both_languages(
    dashboard: tuple[str, int], tmp_path: Path
) -> None:
    from playwright.sync_api import expect, sync_playwright

    url, cancelled = dashboard
    shots = tmp_path / "screenshots"
    shots.mkdir()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        for width in (1440, 390):
            for lang, words in WORDS.items():
                page = browser.new_page(viewport={"width": width, "height": 2400})
                page.set_default_timeout(30_000)
                page.goto(f"{url}/?lang={lang}")
                expect(page.get_by_role("heading", name=words["heading"], exact=True)).to_be_visible(
                    timeout=90_000
                )
                row = page.locator(".st-key-job_row_memory_suggest")
                row.get_by_role("button", name=words["pause"], exact=True).click()
                expect(row.get_by_text(words["paused"]).first).to_be_visible()
                row.get_by_role("button", name=words["resume"], exact=True).click()
                expect(row.get_by_text(words["resumed"])).to_be_visible()

                detail = page.get_by_label(words["detail"])
                detail.fill(str(cancelled))
                detail.press("Enter")
                page.get_by_role("button", name=words["retry"], exact=True).click()
                expect(page.get_by_text(re.compile(words["retried"]))).to_be_visible()
                page.screenshot(path=shots / f"control-{width}-{lang}.png", full_page=True)
                page.close()
        browser.close()
    print(f"screenshots in {shots}")
