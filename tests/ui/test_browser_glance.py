"""The dashboard read at a glance, in headless Chromium over `mirano ui`: Russian chrome, Run now ending in its
outcome without a reload, the economy banner, and every page fitting a 390 px phone screen."""

from __future__ import annotations

import re
from pathlib import Path

from tests.ui.test_browser import CHROMIUM, CHROMIUM_ARGS, dashboard, pytestmark  # noqa: F401 — shared fixture
from tests.ui.test_language import english_words

# The page's text as read, without the names of material icons (drawn from ligatures such as "play_arrow").
VISIBLE_TEXT_JS = """() => {
  const icons = [...document.querySelectorAll('span, i')].filter(
    el => getComputedStyle(el).fontFamily.includes('Material'));
  icons.forEach(icon => icon.style.display = 'none');
  const text = ['stMain', 'stSidebar'].map(id => document.querySelector(`[data-testid="${id}"]`).innerText);
  icons.forEach(icon => icon.style.display = '');
  return text.join('\\n');
}"""
SWITCH_WORDS = {"english", "language"}  # the language switch names itself in both languages
OUTCOME = re.compile(r"Запуск №\d+ (успешно|упал|пропущен)")
# Elements whose right edge passes the viewport (ignoring hidden ones and content inside a scrolling box).
OVERFLOW_JS = """() => {
  const width = document.documentElement.clientWidth;
  const wide = [];
  for (const el of document.querySelectorAll('[data-testid="stMain"] *')) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    let scrolled = false;
    for (let up = el.parentElement; up; up = up.parentElement) {
      const style = getComputedStyle(up);
      if (['auto', 'scroll', 'hidden'].includes(style.overflowX) && up.scrollWidth > up.clientWidth) {
        scrolled = true; break;
      }
    }
    if (!scrolled && box.right > width + 1) wide.push(el.tagName + '.' + (el.getAttribute('data-testid') || el.className));
  }
  return {width, scroll: document.documentElement.scrollWidth, wide: wide.slice(0, 10)};
}"""


def test_russian_live_outcome_economy_and_phone_width(dashboard: str, tmp_path: Path) -> None:  # noqa: F811
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=30_000)  # a busy 2-core CI machine: wait on text, up to half a minute
    shots = tmp_path / "screenshots"
    shots.mkdir()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1440, "height": 900}, locale="en-US")
        page.set_default_timeout(30_000)
        page.goto(dashboard)
        expect(page.get_by_role("heading", name="Jobs")).to_be_visible()
        page.get_by_role("radio", name="Русский").click()
        expect(page.get_by_role("heading", name="Задания")).to_be_visible()

        page.get_by_role("button", name="Запустить").first.click()
        expect(page.get_by_text(OUTCOME).first).to_be_visible(
            timeout=60_000
        )  # no reload: the fragment follows
        page.screenshot(path=shots / "jobs-ru-1440.png")
        words = english_words(page.evaluate(VISIBLE_TEXT_JS)) - SWITCH_WORDS
        assert words == set(), words

        page.get_by_text("Режим экономии", exact=True).click()
        expect(page.get_by_text("Включён режим экономии").first).to_be_visible()
        page.get_by_role("link", name="Память проектов").click()
        expect(
            page.get_by_text("Включён режим экономии").first
        ).to_be_visible()  # the banner follows the reader

        page.set_viewport_size({"width": 390, "height": 844})
        for path, title in (
            ("", "Задания"),
            ("checks", "Проверки объектов"),
            ("memory", "Память проектов"),
            ("assistant", "Ассистент"),
        ):
            page.goto(f"{dashboard}/{path}?lang=ru")  # a link that names the language opens in it
            link = path or "jobs"
            expect(page.get_by_role("heading", name=title).first).to_be_visible()
            page.wait_for_load_state("networkidle")
            if link in ("checks", "assistant"):  # no user data on them here: every word is the page's own
                words = english_words(page.evaluate(VISIBLE_TEXT_JS)) - SWITCH_WORDS
                assert words == set(), (link, words)
            measured = page.evaluate(OVERFLOW_JS)
            page.screenshot(path=shots / f"{link}-390.png", full_page=True)
            assert measured["scroll"] <= measured["width"] and not measured["wide"], (link, measured)
            if link == "jobs":  # a compact row: the status and the last success share a line, not one each
                # the first row's own columns (its controls hold columns of their own, inside it)
                row = page.locator('[class*="st-key-job_row_"]').first.locator(
                    '[data-testid="stHorizontalBlock"]'
                )
                cells = row.first.locator(':scope > [data-testid="stColumn"]')
                status, last = cells.nth(1).bounding_box(), cells.nth(2).bounding_box()
                assert status and last and abs(status["y"] - last["y"]) < status["height"], (status, last)
        browser.close()
    print(f"\nscreenshots: {shots}")
