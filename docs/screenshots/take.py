"""Screenshots of every dashboard page in English and Russian, for the README.

    .venv/bin/python docs/screenshots/take.py        # writes docs/screenshots/<page>-<lang>.png

Starts `mirano init --demo` and `mirano ui` in a temp data dir (demo servers included), fills it the way a user
would (the syncs, memory build, extraction, digest, suggestions and one property check, re-used by a second),
then opens each page in Debian's headless Chromium (never `playwright install`) at 1440 × 2200 px.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-dev-shm-usage"]
PAGES = {"jobs": "", "checks": "checks", "memory": "memory", "assistant": "assistant"}
ADDRESS = "г. Москва, Ленинский проспект, д. 90"
JOBS = ("ingest.chatwoot", "ingest.linear", "ingest.attio", "memory.build", "memory.extract", "memory.digest")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def main() -> None:
    from playwright.sync_api import sync_playwright

    data = Path(tempfile.mkdtemp(prefix="mirano-shots-"))
    env = {**os.environ, "MIRANO_DATA_DIR": str(data), "MIRANO_DEMO_URL": f"http://127.0.0.1:{free_port()}"}
    env.pop("MIRANO_LANG", None)
    cli = [sys.executable, "-m", "pipeline.cli.main"]
    subprocess.run([*cli, "init", "--demo"], env=env, cwd=ROOT, check=True, capture_output=True)
    for job in (*JOBS, "memory.suggest"):
        subprocess.run([*cli, "run", job, "--wait"], env=env, cwd=ROOT, capture_output=True, timeout=300)
    subprocess.run(
        [*cli, "check", ADDRESS, "--profile", "full", "--wait"], env=env, cwd=ROOT, capture_output=True
    )
    subprocess.run([*cli, "check", ADDRESS], env=env, cwd=ROOT, capture_output=True)  # reuses: the badges
    port = free_port()
    ui = subprocess.Popen([*cli, "ui", "--port", str(port)], env=env, cwd=ROOT, stdout=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(f"{url}/_stcore/health", timeout=2)
                break
            except OSError:
                time.sleep(0.5)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_page(viewport={"width": 1440, "height": 2200})
            for lang in ("en", "ru"):
                for name, path in PAGES.items():
                    page.goto(f"{url}/{path}?lang={lang}")
                    page.locator("h1").first.wait_for(timeout=60_000)
                    page.wait_for_load_state("networkidle")
                    page.wait_for_timeout(4000)  # fragments and tables draw after the first paint
                    page.screenshot(path=OUT / f"{name}-{lang}.png", full_page=True)
                    print(OUT / f"{name}-{lang}.png")
            browser.close()
    finally:
        ui.terminate()
        ui.wait(10)


if __name__ == "__main__":
    main()
