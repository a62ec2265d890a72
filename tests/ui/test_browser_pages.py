"""The Jobs, check, memory and notices pages in headless Chromium at 1440 and 390 px, in Russian and English.

One `mirano ui` (demo set-up) serves the whole module. Each page is opened by a link naming its language (?lang=),
driven into the state a reader meets (a refused address with its suggestions, a finished check with its evidence
opened, a refused watch), and checked for what the issue found broken: the page's words in one language, nothing
wider than the screen, every value on a phone card labelled, the chat box's placeholder whole. A screenshot of each
page and state goes to docs/screenshots/ (`MIRANO_SCREENSHOTS=path` to write them elsewhere).
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.people.identity import cli_user
from tests.ui.test_browser import CHROMIUM, CHROMIUM_ARGS, ROOT, free_port, wait_healthy
from tests.ui.test_browser import pytestmark as browser_marks
from tests.ui.test_browser_glance import OVERFLOW_JS, VISIBLE_TEXT_JS
from tests.ui.test_language_states import strays

# One worker runs the four page sets (`--dist loadgroup`), so the dashboard the module starts starts once.
pytestmark = [*browser_marks, pytest.mark.xdist_group("browser_pages")]
SHOTS = Path(os.environ.get("MIRANO_SCREENSHOTS", ROOT / "docs" / "screenshots"))
ADDRESS = "г. Москва, Ленинский проспект, д. 90"
CITYLESS = "Ленинский проспект, 90"
TITLES = {
    "ru": {
        "jobs": "Задания",
        "checks": "Проверки объектов",
        "memory": "Память проектов",
        "notices": "Уведомления",
    },
    "en": {"jobs": "Jobs", "checks": "Property checks", "memory": "Project memory", "notices": "Notices"},
}
LABELS = {"ru": ("Статус", "Последний успех", "Стоимость"), "en": ("Status", "Last success", "Cost")}
CHECK_LABELS = {"ru": ("Статус: ", "Риск: ", "Профиль: "), "en": ("Status: ", "Risk: ", "Profile: ")}
# The addresses the test types and the page writes back (names in either language), and their parts.
ADDRESSES = [ADDRESS, CITYLESS, "г. Москва, Ленинский пр-кт, д. 90", "г. Москва, ул. Тверская, д. 1"]
ADDRESSES += ["г. Москва", "Ленинский пр-кт", "д. 90"]
NAMES = (
    "PDF",  # file formats, named as they are on the download buttons
    "CSV",
    "JSON",
    "Mirano",
    "Chatwoot",
    "Linear",
    "Attio",
    "FAISS",
    "SQLite",
    "LLM",
    "Русский",
    "English",
    "Language",
    "Язык",
)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`mirano init --demo`, one check done, then `mirano ui` on a free port (the demo servers on another)."""
    data = tmp_path_factory.mktemp("browser-pages")
    env = {
        **os.environ,
        "MIRANO_DATA_DIR": str(data / "data"),
        "MIRANO_DEMO_URL": f"http://127.0.0.1:{free_port()}",
        "PYTHONUNBUFFERED": "1",
    }
    env.pop("MIRANO_UI_RUNTIME", None)
    cli = [sys.executable, "-m", "pipeline.cli.main"]
    subprocess.run([*cli, "init", "--demo"], env=env, cwd=ROOT, check=True, capture_output=True, timeout=120)
    port = free_port()
    with (data / "ui.log").open("w") as log:
        process = subprocess.Popen(
            [*cli, "ui", "--port", str(port)], env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT
        )
        url = f"http://127.0.0.1:{port}"
        try:
            wait_healthy(url, process)
            yield url
        finally:
            process.terminate()
            process.wait(10)


@pytest.fixture(scope="module")
def browser(site: str) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


# What the reader sees, with ids set as code (`OPENAI_API_KEY`, `ingest.linear`) left out like the icons' names.
READ_JS = VISIBLE_TEXT_JS.replace(
    "el => getComputedStyle(el).fontFamily.includes('Material'))",
    "el => getComputedStyle(el).fontFamily.includes('Material') || el.closest('code'))",
)
READ_JS = READ_JS.replace("querySelectorAll('span, i')", "querySelectorAll('span, i, code')")
READ_JS = READ_JS.replace(
    ".innerText);", "?.innerText ?? '');"
)  # a page without a sidebar drawn (the assistant's)


def visible(page: object, lang: str, names: list[str]) -> set[str]:
    """Words of the other language in what the reader sees, outside names, quotes and ids."""
    acting = cli_user()  # the person the sidebar names: a name, shown as it is
    return strays(page.evaluate(READ_JS), lang, [*NAMES, *names, acting])  # type: ignore[attr-defined]


# What a block shows that scrolls sideways inside it (a table drawn wider than the screen has its own scrollbar, so
# OVERFLOW_JS, which measures the page, lets it pass): every shown element of the blocks `selector` matches.
SIDEWAYS_JS = """(selector) => {
  const shown = [], sideways = [];
  for (const block of document.querySelectorAll(selector)) {
    const box = block.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    shown.push(block.className.match(/st-key-[\\w-]+/)?.[0] || block.tagName);
    for (const el of [block, ...block.querySelectorAll('*')]) {
      const style = getComputedStyle(el);
      if (['auto', 'scroll'].includes(style.overflowX) && el.scrollWidth > el.clientWidth + 1)
        sideways.push(el.tagName + '.' + (el.getAttribute('data-testid') || el.className) + ' ' +
          el.scrollWidth + '>' + el.clientWidth);
    }
  }
  return {shown, sideways: sideways.slice(0, 10)};
}"""


def fits(page: object, where: str, whole: str | None = None) -> None:
    """Nothing wider than the screen; and nothing inside the blocks `whole` matches scrolls sideways either."""
    measured = page.evaluate(OVERFLOW_JS)  # type: ignore[attr-defined]
    assert measured["scroll"] <= measured["width"] and not measured["wide"], (where, measured)
    if whole:
        inside = page.evaluate(SIDEWAYS_JS, whole)  # type: ignore[attr-defined]
        assert inside["shown"] and not inside["sideways"], (where, inside)


def shot(page: object, name: str) -> None:
    """A screenshot once the page has drawn (Streamlit's running indicator gone; pages that refresh themselves
    may never be idle for long, so this waits a while and then takes it anyway)."""
    from playwright.sync_api import Error

    with contextlib.suppress(Error):  # still refreshing: the picture shows it as it is
        page.get_by_test_id("stStatusWidget").wait_for(state="hidden", timeout=10_000)  # type: ignore[attr-defined]
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / f"{name}.png", full_page=True)  # type: ignore[attr-defined]


@pytest.mark.parametrize("width", [1440, 390])
@pytest.mark.parametrize("lang", ["ru", "en"])
def test_pages_read_in_one_language_and_fit(site: str, browser: object, lang: str, width: int) -> None:
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import expect

    expect.set_options(timeout=60_000)  # a busy 2-core machine: wait on text
    page = browser.new_page(viewport={"width": width, "height": 900}, locale="en-US")  # type: ignore[attr-defined]
    titles, tag = TITLES[lang], f"{lang}-{width}"

    page.goto(f"{site}/?lang={lang}")
    expect(page.get_by_role("heading", name=titles["jobs"])).to_be_visible()
    page.wait_for_load_state("networkidle")
    expect(page.locator('[class*="st-key-job_row_"]').first).to_be_visible()  # the job cards have drawn
    if width == 390:  # the header row is hidden on a phone: each card names its values itself
        card = page.locator('[class*="st-key-job_row_"]').first
        for label in LABELS[lang]:
            expect(card.get_by_text(label, exact=True)).to_be_visible()
    fits(page, "jobs")
    assert visible(page, lang, []) == set()
    shot(page, f"jobs-{tag}")

    page.goto(f"{site}/checks?lang={lang}")
    expect(page.get_by_role("heading", name=titles["checks"])).to_be_visible()
    field = page.get_by_label("Адрес" if lang == "ru" else "Address", exact=True)
    field.fill(ADDRESS)
    page.get_by_role("button", name="Начать проверку" if lang == "ru" else "Start check").click()
    risk = "Оценка риска" if lang == "ru" else "Risk score"
    expect(page.get_by_text(risk).first).to_be_visible()
    # the score with its scale, the level word below (a phone's card of the check in the list says it too)
    expect(page.get_by_text(" / 100").filter(visible=True).first).to_be_visible()
    page.locator('[data-testid="stExpander"] summary').filter(
        has_text="+"
    ).first.click()  # a factor's evidence
    page.wait_for_load_state("networkidle")
    fits(page, "check")
    if width == 390:  # the recent checks: a card per check, no table scrolling sideways, each value labelled
        fits(page, "recent checks", whole='[class*="st-key-recent_checks_"]')
        cards = page.locator(".st-key-recent_checks_cards").inner_text()
        assert all(label in cards for label in CHECK_LABELS[lang]), cards
    if (
        lang == "ru"
    ):  # in English the evidence quotes the sources' Russian (parties, courts): the data's own words
        assert visible(page, lang, ADDRESSES) == set()
    shot(page, f"check-{tag}")
    watch = page.get_by_role("button", name="Следить" if lang == "ru" else "Watch", exact=True)
    state = page.get_by_text("Вы не следите" if lang == "ru" else "You do not watch").first
    expect(state).to_be_visible()
    for _ in range(5):  # the running check's page redraws: a button met mid-redraw is found again
        try:
            watch.scroll_into_view_if_needed(timeout=10_000)  # the person's Watch, with the state beside it
            break
        except PlaywrightError:
            page.wait_for_load_state("networkidle")
    expect(state).to_be_visible()
    page.screenshot(path=SHOTS / f"check-watch-{tag}.png")

    field.fill(CITYLESS)  # refused beside the field, the known building offered as a button
    page.get_by_role("button", name="Начать проверку" if lang == "ru" else "Start check").click()
    offered = page.get_by_role("button", name="г. Москва, Ленинский пр-кт, д. 90")
    expect(offered).to_be_visible()
    refusal = page.locator(
        '[data-testid="stAlertContentError"] [data-testid="stMarkdownContainer"]'
    ).first.inner_text()
    assert strays(refusal, lang, ADDRESSES) == set(), refusal  # the check below quotes its sources' Russian
    if lang == "ru":
        assert visible(page, lang, ADDRESSES) == set()
    shot(page, f"check-refused-{tag}")
    offered.click()
    expect(field).to_have_value("г. Москва, Ленинский пр-кт, д. 90")

    page.goto(f"{site}/memory?lang={lang}")
    expect(page.get_by_role("heading", name=titles["memory"])).to_be_visible()
    page.wait_for_load_state("networkidle")
    fits(page, "memory")
    shot(page, f"memory-{tag}")

    page.goto(f"{site}/notices?lang={lang}")
    expect(page.get_by_role("heading", name=titles["notices"])).to_be_visible()
    page.get_by_label("Адрес или код проекта" if lang == "ru" else "Address or project slug").fill("asdf")
    page.get_by_role("button", name="Следить" if lang == "ru" else "Watch", exact=True).click()
    expect(page.locator('[data-testid="stAlertContentError"]').first).to_be_visible()
    fits(page, "notices")
    assert visible(page, lang, ["asdf"]) == set()
    shot(page, f"notices-refused-{tag}")

    page.goto(f"{site}/assistant?lang={lang}")
    expect(
        page.get_by_role("heading", name="Ассистент" if lang == "ru" else "Assistant", exact=True)
    ).to_be_visible()
    page.wait_for_load_state("networkidle")
    box = page.get_by_test_id("stChatInputTextArea")
    expect(box).to_be_visible()
    room = box.evaluate(PLACEHOLDER_JS)
    assert room["text"] and room["needed"] <= room["room"], (tag, room)  # the placeholder whole, not cut
    assert visible(page, lang, []) == set()
    shot(page, f"assistant-{tag}")
    page.close()


# How wide the chat box's placeholder is drawn in the box's own font, against the width the box gives its text.
PLACEHOLDER_JS = """el => {
  const style = getComputedStyle(el);
  const context = document.createElement('canvas').getContext('2d');
  context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  return {text: el.placeholder, needed: context.measureText(el.placeholder).width, room: room};
}"""
