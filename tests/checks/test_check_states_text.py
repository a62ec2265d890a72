"""`mirano check show` in words, in both languages: every state of a check and of its sources (in progress, queued,
waiting, running, pending, partial, cancelled, completed, failed) and every task's reason come from the catalogs;
no state code ("IN_PROGRESS") and, in Russian, no English sentence is left."""

from __future__ import annotations

import re
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.config import reset_settings
from pipeline.engine import queue
from pipeline.engine.worker import run_until_idle
from pipeline.i18n import forget_missing, missing
from pipeline.i18n.check_words import check_state, source_state
from pipeline.service import checks as service
from pipeline.service import control
from tests.checks.helpers import LENINSKY, NEVSKY, TVERSKAYA
from tests.ui.conftest import APP, PAGES
from tests.ui.test_language_states import check_names, seen, strays

# State codes, and the address parser's field names ("street_type", "house_kind") where the parts are named.
CODES = re.compile(r"\b(CREATED|IN_PROGRESS|PARTIAL|COMPLETED|FAILED|CANCELLED|[a-z]+_(?:type|kind|code))\b")
# English a Russian reader would meet in a state or a reason (the words the pipeline stores its reasons in).
ENGLISH = re.compile(
    r"\b(pending|queued|running|retrying|waiting|completed|failed|cancelled|partial|updating|fetched|"
    r"not fetched|still|stale|source unavailable|gave up|attempts?|by|for|the|region|settlement|street|house|flat)\b"
)


def show(check_id: int, lang: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("MIRANO_LANG", lang)
    reset_settings()
    result = CliRunner().invoke(app, ["check", "show", str(check_id)])
    assert result.exit_code == 0, result.output
    return result.stdout


def said(text: str, lang: str) -> list[str]:
    """What in `text` is not in `lang`: state codes, and in Russian English words outside the addresses and ids."""
    wrong = CODES.findall(text)
    if lang == "ru":
        for line in text.splitlines():
            line = line.replace(NEVSKY, "").replace(LENINSKY, "").replace(TVERSKAYA, "")
            wrong += [m.group(0) for m in ENGLISH.finditer(line)]
    return wrong


def states_of(check: dict[str, Any]) -> set[str]:
    return {check["status"], *(s["status"] for s in check["sources"])}


def read_in_both(check_id: int, moment: str, monkeypatch: pytest.MonkeyPatch) -> set[str]:
    """The check's text in English and Russian: its states said as words, nothing in the other language."""
    check = service.get_check(check_id)
    for lang in ("en", "ru"):
        text = show(check_id, lang, monkeypatch)
        assert not said(text, lang), (moment, lang, said(text, lang), text)
        words = [
            check_state(check["status"], lang),
            *(source_state(s["status"], lang) for s in check["sources"]),
        ]
        assert all(word in text for word in words), (moment, lang, words, text)
    return states_of(check)


def dashboard_reads(check_id: int, lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The check page (AppTest) shows the same state words, and no word of the other language but names."""
    monkeypatch.setenv("MIRANO_UI_RUNTIME", "off")  # no scheduler or workers: the states stay as they are
    monkeypatch.setenv("MIRANO_LANG", lang)
    reset_settings()
    at = AppTest.from_file(APP, default_timeout=30).run()
    at.switch_page(PAGES["checks"]).run()
    at.session_state["open_check"] = check_id
    at.run()
    assert not at.exception, at.exception
    check, page = service.get_check(check_id), seen(at)
    words = [check_state(check["status"], lang), *(source_state(s["status"], lang) for s in check["sources"])]
    assert all(word in page for word in words) and not CODES.findall(page), (lang, words, page)
    assert strays(page, lang, check_names()) == set(), (lang, strays(page, lang, check_names()))


def test_every_state_and_reason_of_a_check_reads_in_both_languages(
    sources: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    forget_missing()
    waiting = service.start_check(
        NEVSKY, "full"
    )  # nothing run yet: queued, and the developer's parts waiting
    queue.claim("source.court", "a worker")  # its court task taken by a worker: running
    cancelled = service.start_check(LENINSKY, "full")
    control.cancel_check(cancelled["id"], "ana")
    seen = read_in_both(waiting["id"], "waiting", monkeypatch) | read_in_both(
        cancelled["id"], "cancelled", monkeypatch
    )
    sources.faults(reviews={"rate_5xx": 1.0})
    failed = service.start_check(TVERSKAYA, "full")
    run_until_idle(("source.listings", "source.reviews", "source.enforcement"), timeout=60)
    seen |= read_in_both(failed["id"], "failed", monkeypatch)
    assert seen >= {
        "IN_PROGRESS",
        "PARTIAL",
        "queued",
        "running",
        "waiting",
        "cancelled",
        "completed",
        "failed",
    }
    assert not missing(), missing()
