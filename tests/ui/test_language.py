"""The dashboard in the reader's language: the sidebar switch, MIRANO_LANG, and no English left in Russian chrome."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from streamlit.testing.v1 import AppTest

from pipeline.config import reset_settings
from pipeline.engine.registry import jobs
from pipeline.i18n import forget_missing, missing
from pipeline.people.identity import cli_user
from pipeline.service import engine as service
from tests.engine import jobs_for_tests  # noqa: F401 — registers the test.* jobs
from tests.memory.conftest import seeded  # noqa: F401 — the demo projects over the demo vendor servers
from tests.ui.conftest import texts
from tests.ui.test_memory_page import memory  # noqa: F401 — synced, built, extracted, digested, suggested

# Names and codes that stay as they are in Russian: products, vendors, units, job and class names, the DEMO label.
ALLOWED = {
    "pdf",  # file formats, named as they are on the download buttons
    "csv",
    "json",
    "mirano",
    "chatwoot",
    "linear",
    "attio",
    "faiss",
    "llm",
    "usd",
    "demo",
    "openai_api_key",
    "sqlite",
    "postgresql",
    "local",
    "hash",
    "api",
    "ok",
}
SOURCES_FAST = {
    "MIRANO_SOURCE_POLL_SECONDS": "0.01",
    "MIRANO_SOURCE_TIMEOUT_SECONDS": "2",
    "MIRANO_SOURCE_RATE_PER_SECOND": "0",
}
DEMO_WORDS = {"kate", "wilson", "test"}  # a demo author; the trigger the test fixture runs jobs with
CODE_SPAN = re.compile(r"`[^`]*`|\]\([^)]*\)|\b[A-Z]{2,}-\d+\b")  # ids, slugs, link targets, issue keys
PRODUCT_JOBS = ("ingest.", "memory.", "checks.")
JOB_NAME = re.compile(r"\b[a-z_]+\.[a-z_]+\b")  # ingest.chatwoot, test.sleepy
MARKUP = re.compile(r":[a-z]+-badge\[|:material/[a-z_]+:|:[a-z]+\[|\*\*|#{2,}")


def english_words(text: str) -> set[str]:
    """Latin-letter words of a page's text that are not names or codes from the allow-list."""
    text = JOB_NAME.sub(" ", MARKUP.sub(" ", text))
    text = re.sub(r"https?://\S+|\d+\.\d+\.\d+\.\d+:\d+", " ", text)
    words = {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z_]+", text)}
    return words - ALLOWED - {cli_user().lower()}  # the person acting is a name, shown as it is


def test_switch_turns_the_jobs_page_russian(open_page: Callable[[str], AppTest]) -> None:
    at = open_page("jobs")
    assert at.title[0].value == "Jobs"
    switch = at.sidebar.button_group(key="lang")
    switch.set_value("ru").run()
    assert not at.exception
    assert at.title[0].value == "Задания"
    assert at.button(key="run:test.sleepy").label == "Запустить"
    assert at.toggle(key="economy").label == "Режим экономии"


def test_russian_jobs_page_has_no_english_chrome(open_page: Callable[[str], AppTest]) -> None:
    service.run_now("test.failing", trigger="cli", wait=True)  # a failure reason to render too
    service.run_now("test.sleepy", trigger="cli", wait=True)
    forget_missing()
    at = open_page("jobs")
    at.sidebar.button_group(key="lang").set_value("ru").run()
    at.toggle(key="economy").set_value(True).run()
    page = texts(at) + "\n" + "\n".join(str(e.value) for e in at.sidebar.markdown)
    page += "\n" + "\n".join(str(e.value) for e in at.sidebar.caption)
    page += "\n" + " ".join(str(c) for c in at.dataframe[0].value.columns)
    page += "\n" + " ".join(str(v) for v in at.dataframe[0].value.to_numpy().ravel())
    # An exception's own text is shown exactly as raised (here the test job's); everything around it is Russian.
    assert "Последний запуск упал: RuntimeError: source answered 503" in page or "Пауза после сбоев" in page
    page = page.replace("RuntimeError: source answered 503", "")
    for name, spec in jobs().items():  # other test modules register jobs with English test-only descriptions
        if not name.startswith(PRODUCT_JOBS) and spec.description:
            page = page.replace(spec.description, "")
    assert english_words(page) == set(), (english_words(page), page)
    test_only = {spec.description for name, spec in jobs().items() if not name.startswith(PRODUCT_JOBS)}
    assert not {m for m in missing() if m[0] == "ru" and m[1] not in test_only}, missing()


def test_mirano_lang_sets_the_default(
    open_page: Callable[[str], AppTest], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MIRANO_LANG", "ru")
    reset_settings()
    at = open_page("jobs")
    assert at.title[0].value == "Задания"
    assert at.sidebar.button_group(key="lang").value == "ru"


def test_economy_banner_shows_the_limits_in_force(open_page: Callable[[str], AppTest]) -> None:
    service.set_economy(True)
    at = open_page("memory")
    banner = [w.value for w in at.warning if "Economy mode is on" in w.value]
    assert banner and "×0.25" in banner[0]
    at = open_page("jobs")
    card = texts(at)
    assert "(economy; normally 10)" in card, card


def russian_page(at: AppTest) -> str:
    """Everything a reader sees on the page once it is switched to Russian: text, labels, tables, tabs, expanders."""
    at.sidebar.button_group(key="lang").set_value("ru").run()
    assert not at.exception, at.exception
    page = [texts(at)]
    page += [
        w.label
        for kind in ("button", "text_input", "selectbox", "toggle", "checkbox")
        for w in getattr(at, kind)
    ]
    page += [str(e.label) for e in at.expander] + [str(e.label) for e in at.tabs]
    page += [str(p.proto.popover.label) for p in at.get("popover")]
    page += [str(m.label) for m in at.metric]
    for frame in at.dataframe:
        page.append(" ".join(str(c) for c in frame.value.columns))
        page.append(" ".join(str(v) for v in frame.value.to_numpy().ravel()))
    return "\n".join(page)


def test_russian_check_memory_and_assistant_pages_have_no_english(
    open_page: Callable[[str], AppTest],
    memory: str,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pipeline.service import checks

    for name, value in SOURCES_FAST.items():  # the demo server also serves the property sources
        monkeypatch.setenv(name, value)
    reset_settings()

    first = checks.start_check("г. Москва, Ленинский проспект, д. 90", "full")
    assert checks.wait_for(first["id"], timeout=20)["status"] == "COMPLETED"
    checks.start_check("г. Москва, Ленинский проспект, д. 90", "basic")  # reuses every source: the badges
    forget_missing()
    seen = {name: russian_page(open_page(name)) for name in ("checks", "memory", "assistant")}
    assert "Факты о доме взяты из проверки" in seen["checks"] and "Судебные дела" in seen["checks"]
    assert "Обязательства" in seen["memory"] and "Журнал аудита" in seen["memory"]
    for name, page in seen.items():
        # Demo data (issue titles, Linear keys, the vendors' own texts) is the users' own and stays as written.
        words = english_words(CODE_SPAN.sub(" ", page)) - DEMO_WORDS
        assert words == set(), (name, words)
    assert not {m for m in missing() if m[0] == "ru"}, missing()
