"""Every page in one language, in the states off the happy path too: empty, running, refused, failed, partial.

Each page is driven through its states with AppTest in Russian and in English, and everything a reader can see is
collected: text, labels, options, tabs, expanders and popovers (AppTest renders their contents whether opened or
not), metrics, tables, toasts, the chat placeholder. A word of the other language fails the test unless it is a
name (a product, a vendor, an address or a value the data itself holds), a quote or an id. There is no other
allow-list: a code or a half-translated sentence shows up here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

import httpx
import pytest
from streamlit.testing.v1 import AppTest

from pipeline.service import checks
from pipeline.service import engine as service
from tests.engine import jobs_for_tests  # noqa: F401 — registers the test.* jobs
from tests.ui.conftest import texts

LANGS = ("ru", "en")
# Names of products and systems: written the same in both languages.
PRODUCTS = ("Mirano", "Chatwoot", "Linear", "Attio", "FAISS", "SQLite", "PostgreSQL", "OpenAI", "LLM", "API")
ADDRESS = "г. Москва, Ленинский проспект, д. 90"
REFUSED = ("asdf", "Ленинский проспект, 90", "Москва, Ленина 5 12", "г. Москва, ул. Тверская")
QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"\n]*\"|'[^'\n]*'|`[^`]*`")
IDS = re.compile(
    r"https?://\S+|\b\d+\.\d+\.\d+\.\d+(?::\d+)?\b|\b[A-Z]{2,}-\d+\b|#\d+"
    r"|\b[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}\b|\b[a-z_]+\.[a-z_]+\b"
)
MARKUP = re.compile(r":[a-z]+-badge\[|:material/[a-z_]+:|:[a-z]+\[|\*\*|#{2,}|\]\([^)]*\)")
OTHER = {"ru": re.compile(r"[A-Za-z]{2,}"), "en": re.compile(r"[А-Яа-яЁё]{2,}")}


def seen(at: AppTest) -> str:
    """Everything a reader can see on the page and in the sidebar, as one text."""
    parts = [texts(at)]
    parts += [str(e.value) for kind in ("markdown", "caption") for e in getattr(at.sidebar, kind)]
    for kind in ("button", "text_input", "selectbox", "toggle", "checkbox", "number_input", "radio"):
        for widget in getattr(at, kind):
            parts.append(str(widget.label))
            parts += [str(o) for o in getattr(widget, "options", [])]
            parts.append(str(getattr(widget, "help", "") or ""))
            parts.append(str(getattr(widget, "placeholder", "") or ""))
    parts += [str(e.label) for e in at.expander] + [str(e.label) for e in at.tabs]
    parts += [str(p.proto.popover.label) for p in at.get("popover")]
    parts += [f"{m.label} {m.value}" for m in at.metric]
    parts += [str(toast.value) for toast in at.toast]
    parts += [str(c.proto.placeholder) for c in at.chat_input]
    for frame in at.dataframe:
        parts.append(" ".join(str(c) for c in frame.value.columns))
        parts += [str(v) for v in frame.value.to_numpy().ravel()]
    return "\n".join(parts)


def strays(text: str, lang: str, names: Iterable[str]) -> set[str]:
    """Words of the other language left once names, quotes, ids and markup are taken out."""
    for name in sorted({n for n in names if n}, key=len, reverse=True):
        text = text.replace(name, " ")
    text = MARKUP.sub(" ", IDS.sub(" ", QUOTED.sub(" ", text)))
    return set(OTHER[lang].findall(text))


def data_names(value: Any) -> list[str]:
    """Every string a record holds (addresses, parties, vendors' texts): the data's own words are names."""
    if isinstance(value, dict):
        return [n for v in value.values() for n in data_names(v)]
    if isinstance(value, list | tuple):
        return [n for v in value for n in data_names(v)]
    return [value] if isinstance(value, str) and len(value) > 1 else []


def read(at: AppTest, lang: str) -> AppTest:
    at.sidebar.button_group(key="lang").set_value(lang).run()
    assert not at.exception, at.exception
    return at


def check_names() -> list[str]:
    names = [*PRODUCTS, *REFUSED]
    for row in checks.list_checks():
        check = checks.get_check(row["id"])
        names += data_names({k: check[k] for k in ("address", "canonical_address", "components", "facts")})
        names += [f"{a} {b}" for a, b in zip(names, names[1:], strict=False)]
    return names


@pytest.mark.parametrize("lang", LANGS)
def test_jobs_page_in_every_state(open_page: Callable[[str], AppTest], lang: str) -> None:
    empty = read(open_page("jobs"), lang)
    pages = [seen(empty)]
    jobs_for_tests.release.clear()
    service.run_now("test.failing", trigger="cli", wait=True)  # failed, backing off
    service.run_now("test.nothing", trigger="cli", wait=True)  # skipped: nothing new
    service.set_economy(True)
    service.set_budget("usd", 0.000001)
    try:
        service.run_now("test.blocking", trigger="cli")  # running, its count so far
        busy = read(open_page("jobs"), lang)
        pages.append(seen(busy))
    finally:
        jobs_for_tests.release.set()
    test_jobs = [j["description"] for j in service.list_jobs() if not j["name"].startswith(("ingest", "memory"))]
    found = strays("\n".join(pages), lang, [*PRODUCTS, *test_jobs, "RuntimeError: source answered 503"])
    assert found == set(), (found, pages[-1])


@pytest.mark.parametrize("lang", LANGS)
def test_check_page_refused_failed_and_finished(
    open_page: Callable[[str], AppTest], sources: str, lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipeline.config import reset_settings

    pages = [seen(read(open_page("checks"), lang))]  # empty
    checks.wait_for(checks.start_check(ADDRESS, "full")["id"], timeout=20)
    for address in REFUSED:  # refusals, with candidates for the city-less one
        at = read(open_page("checks"), lang)
        at.text_input(key="check_address").input(address)
        at.button(key="start_check").click().run()
        assert at.error, address
        pages.append(seen(at))
    monkeypatch.setenv("MIRANO_TASK_MAX_ATTEMPTS", "1")
    reset_settings()
    faults = {f"/sources/{name}": {"rate_5xx": 1.0} for name in ("court", "enforcement", "listings")}
    httpx.post(f"{sources}/_demo/faults", json=faults).raise_for_status()
    failed = checks.start_check("г. Москва, ул. Тверская, д. 7", "basic")
    assert checks.wait_for(failed["id"], timeout=20)["status"] == "FAILED"
    partial = checks.start_check("г. Москва, ул. Тверская, д. 9", "full")  # reviews answer, the rest fail
    checks.wait_for(partial["id"], timeout=20)
    for check_id in (failed["id"], partial["id"]):
        at = open_page("checks")
        at.session_state["open_check"] = check_id
        pages.append(seen(read(at, lang)))
    at = read(open_page("checks"), lang)  # the finished check: reuse popovers, risk, evidence cards, facts
    at.text_input(key="check_address").input(ADDRESS)
    at.button(key="start_check").click().run()
    pages.append(seen(at))
    found = strays("\n".join(pages), lang, check_names())
    assert found == set(), (found, [p for p in pages if any(w in p for w in found)][:1])


@pytest.mark.parametrize("lang", LANGS)
def test_notices_and_assistant_pages_empty_and_refused(open_page: Callable[[str], AppTest], lang: str) -> None:
    at = read(open_page("notices"), lang)
    pages = [seen(at)]
    at.text_input(key="watch_target").input("asdf")
    at.button(key="watch_button").click().run()
    assert at.error
    pages.append(seen(at))
    pages.append(seen(read(open_page("assistant"), lang)))
    found = strays("\n".join(pages), lang, [*PRODUCTS, "asdf"])
    assert found == set(), (found, pages)
