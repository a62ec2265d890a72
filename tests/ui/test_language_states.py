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
ACTING = "ada@example.com"  # the person the sidebar names (a name: Latin on a Russian page is right)
ADDRESS = "г. Москва, Ленинский проспект, д. 90"
EXAMPLE = "г. Москва, ул. Тверская, д. 1"  # the address field's example
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


def offending(pages: list[str], lang: str, words: set[str]) -> list[str]:
    """The lines holding the stray words, for the failure message."""
    return [
        line[:160] for page in pages for line in page.splitlines() if set(OTHER[lang].findall(line)) & words
    ]


def data_names(value: Any) -> list[str]:
    """Every string a record holds (addresses, parties, vendors' texts): the data's own words are names."""
    if isinstance(value, dict):
        return [n for v in value.values() for n in data_names(v)]
    if isinstance(value, list | tuple):
        return [n for v in value for n in data_names(v)]
    return [value] if isinstance(value, str) and len(value) > 1 else []


def read(at: AppTest, lang: str) -> AppTest:
    """The page, checked to be in `lang`."""
    assert at.sidebar.button_group(key="lang").value == lang and not at.exception, at.exception
    return at


def in_lang(lang: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """Open the next pages in `lang` (MIRANO_LANG): switching after the first run would leave AppTest holding the
    other language's label of a select box, which it cannot send back."""
    import streamlit as st

    from pipeline.config import reset_settings

    monkeypatch.setenv("MIRANO_LANG", lang)
    monkeypatch.setenv("MIRANO_USER", ACTING)  # whoever runs the suite, the sidebar names this person
    reset_settings()
    # AppTest formats a select box's value between runs, outside the script, in whatever language the last run
    # left behind.
    st.session_state["lang"] = lang
    return lang


def opened(open_page: Callable[[str], AppTest], name: str, lang: str) -> AppTest:
    """A page opened after `in_lang`, checked to be in that language."""
    return read(open_page(name), lang)


def check_names() -> list[str]:
    names = [*PRODUCTS, *REFUSED, EXAMPLE, ACTING]
    for row in checks.list_checks():
        check = checks.get_check(row["id"])
        names += data_names({k: check[k] for k in ("address", "canonical_address", "components", "facts")})
        names += (check["canonical_address"] or "").split(", ")  # its parts, shown one by one: 'ул. Тверская'
    return names


def test_jobs_page_in_every_state(
    open_page: Callable[[str], AppTest], monkeypatch: pytest.MonkeyPatch
) -> None:
    pages: dict[str, list[str]] = {
        lang: [seen(opened(open_page, "jobs", in_lang(lang, monkeypatch)))] for lang in LANGS
    }
    jobs_for_tests.release.clear()
    service.run_now("test.failing", trigger="cli", wait=True)  # failed, backing off
    service.run_now("test.nothing", trigger="cli", wait=True)  # skipped: nothing new
    service.set_economy(True)
    service.set_budget("usd", 0.000001)  # reached: work stops with a reason
    try:
        service.run_now("test.blocking", trigger="cli")  # running, its count so far
        for lang in LANGS:
            pages[lang].append(seen(opened(open_page, "jobs", in_lang(lang, monkeypatch))))
    finally:
        jobs_for_tests.release.set()
    tests_own = [
        j["description"] for j in service.list_jobs() if not j["name"].startswith(("ingest", "memory"))
    ]
    for lang in LANGS:
        found = strays(
            "\n".join(pages[lang]), lang, [*PRODUCTS, *tests_own, "RuntimeError: source answered 503", ACTING]
        )
        assert found == set(), (lang, found, offending(pages[lang], lang, found))


def refusals(at: AppTest, offered: list[str]) -> list[str]:
    """The check form refusing each address; the addresses it offers instead are collected (they are names)."""
    pages = []
    for address in REFUSED:
        at.text_input(key="check_address").input(address)
        at.button(key="start_check").click().run()
        assert at.error, address
        pages.append(seen(at))
        offered += [b.label for b in at.button if str(b.key).startswith("candidate:")]
    return pages


def test_check_page_refused_failed_and_finished(
    open_page: Callable[[str], AppTest], sources: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipeline.config import reset_settings

    pages: dict[str, list[str]] = {lang: [] for lang in LANGS}
    offered: list[str] = []
    for lang in LANGS:  # empty
        pages[lang].append(seen(opened(open_page, "checks", in_lang(lang, monkeypatch))))
    checks.wait_for(checks.start_check(ADDRESS, "basic")["id"], timeout=20)
    for (
        lang
    ) in LANGS:  # refused; a city-less address of this building and an ambiguous number offer addresses
        at = opened(open_page, "checks", in_lang(lang, monkeypatch))
        pages[lang] += refusals(at, offered)
    monkeypatch.setenv("MIRANO_TASK_MAX_ATTEMPTS", "1")
    reset_settings()
    faults = {f"/sources/{name}": {"rate_5xx": 1.0} for name in ("court", "enforcement", "listings")}
    httpx.post(f"{sources}/_demo/faults", json=faults).raise_for_status()
    failed = checks.start_check("г. Москва, ул. Тверская, д. 7", "basic")
    assert checks.wait_for(failed["id"], timeout=20)["status"] == "FAILED"
    # The developer named, its reviews are asked at once and answer; the rest fail.
    partial = checks.start_check("г. Москва, ул. Тверская, д. 9", "full", developer="7701000001")
    assert checks.wait_for(partial["id"], timeout=20)["status"] == "PARTIAL"
    for lang in LANGS:
        at = opened(open_page, "checks", in_lang(lang, monkeypatch))
        for check_id in (failed["id"], partial["id"]):
            at.session_state["open_check"] = check_id
            pages[lang].append(seen(read(at.run(), lang)))
        at.text_input(key="check_address").input(ADDRESS)  # reused: popovers, risk, evidence cards, facts
        at.button(key="start_check").click().run()
        pages[lang].append(seen(at))
    assert len(offered) >= 8  # both languages offered the same addresses
    for lang in LANGS:
        example_owner = "Иванов Пётр Сергеевич"  # the owner fields' example: a name, Cyrillic on either page
        found = strays("\n".join(pages[lang]), lang, [*check_names(), *offered, example_owner])
        assert found == set(), (lang, found, offending(pages[lang], lang, found))


def test_notices_and_assistant_pages_empty_and_refused(
    open_page: Callable[[str], AppTest], monkeypatch: pytest.MonkeyPatch
) -> None:
    for lang in LANGS:
        at = opened(open_page, "notices", in_lang(lang, monkeypatch))
        pages = [seen(at)]
        at.text_input(key="watch_target").input("asdf")
        at.button(key="watch_button").click().run()
        assert at.error
        pages.append(seen(at))
        pages.append(seen(read(open_page("assistant"), lang)))
        found = strays("\n".join(pages), lang, [*PRODUCTS, "asdf", ACTING])
        assert found == set(), (lang, found, offending(pages, lang, found))


def memory_names() -> list[str]:
    """The memory's own words: projects, bound objects' names, imported texts, entities, digests' quotes, actions."""
    from pipeline.service import memory

    names = [*PRODUCTS, ACTING, "zzqqxx", "inbox-three", "смета", "RuntimeError: embedder down"]
    names += ["acme-portal", "ACME"]  # the new project form's examples
    hits = memory.search("смета")  # imported text as the vendor had it, quoted a sentence at a time
    names += [
        part for hit in hits for part in (hit["title"], *hit["text"].split(". "))
    ]  # imported text, as the vendor had it
    for project in memory.list_projects():
        names += data_names({k: project[k] for k in ("slug", "name", "bindings")})
        names += data_names(memory.entities(project["slug"]))
        names += data_names(memory.actions(project["slug"]))
        names += data_names(memory.digests(project["slug"]))
    return names


def finished(run_id: int) -> dict[str, Any]:
    """The run once it has ended (its thread was released)."""
    import time

    for _ in range(300):
        row = service.get_run(run_id)
        if row and row["status"] not in ("queued", "running", "cancelling"):
            return row
        time.sleep(0.1)
    raise AssertionError(f"run {run_id} did not end")


def memory_states(open_page: Callable[[str], AppTest], lang: str) -> list[str]:
    """The memory page refusing a binding and an empty search, searching with and without hits, a preview (the
    expanders' and tabs' contents are rendered by AppTest whether opened or not)."""
    from pipeline.service import memory

    at = opened(open_page, "memory", lang)
    pages = [seen(at)]
    at.text_input(key="memory_bind_id").input("inbox-three")
    at.button(key="memory_bind").click().run()
    assert at.error  # refused before any call
    pages.append(seen(at))
    at.text_input(key="memory_query").input("   ")
    at.button(key="memory_search_go").click().run()
    assert at.error  # refused: no words
    pages.append(seen(at))
    for query in ("смета", "zzqqxx"):  # hits, then nothing close
        at.text_input(key="memory_query").input(query)
        at.button(key="memory_search_go").click().run()
        pages.append(seen(read(at, lang)))
    action = memory.actions("alfa-stroy", status="suggested")[
        0
    ]  # a preview: the sentence and the folded request
    at.button(key=f"memory_preview_button:{action['id']}").click().run()
    pages.append(seen(read(at, lang)))
    return pages


def test_memory_page_empty_building_refused_failed_and_searched(
    open_page: Callable[[str], AppTest], demo: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from pipeline.db import session_scope
    from pipeline.memory.demo import seed_demo
    from pipeline.memory.embedders import HashEmbedder
    from tests.memory.helpers import run, sync_all

    pages: dict[str, list[str]] = {lang: [] for lang in LANGS}
    for lang in LANGS:  # empty: no project yet
        pages[lang].append(seen(opened(open_page, "memory", in_lang(lang, monkeypatch))))
    with session_scope() as s:
        seed_demo(s)
    sync_all()
    embed, gate, broken = HashEmbedder.embed, threading.Event(), threading.Event()

    def held(self: HashEmbedder, texts: list[str]) -> Any:
        gate.wait(30)  # the build stays running while the pages are read
        if broken.is_set():
            raise RuntimeError("embedder down")
        return embed(self, texts)

    monkeypatch.setattr(HashEmbedder, "embed", held)
    building = service.run_now("memory.build", trigger="cli")
    try:
        for lang in LANGS:  # building
            pages[lang].append(seen(opened(open_page, "memory", in_lang(lang, monkeypatch))))
        broken.set()
    finally:
        gate.set()
    assert finished(building["run_id"])["status"] in ("failed", "ok")
    for lang in LANGS:  # failed: chunks that did not embed, the build's reason
        pages[lang].append(seen(opened(open_page, "memory", in_lang(lang, monkeypatch))))
    monkeypatch.setattr(HashEmbedder, "embed", embed)
    for job in ("memory.build", "memory.extract", "memory.digest", "memory.suggest"):
        run(job)
    for lang in LANGS:
        in_lang(lang, monkeypatch)
        pages[lang] += memory_states(open_page, lang)
    building_en, failed_en = pages["en"][1], pages["en"][2]
    assert "[running]" in building_en and "Memory index" in building_en, (
        building_en
    )  # the build's title, running
    assert "chunks failed to embed" in failed_en and "embedder down" in failed_en, failed_en
    names = memory_names()
    for lang in LANGS:
        found = strays("\n".join(pages[lang]).replace("**", ""), lang, names)  # a hit's words are in bold
        assert found == set(), (lang, found, offending(pages[lang], lang, found))
