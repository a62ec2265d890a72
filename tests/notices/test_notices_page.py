"""The Notices page: the inbox with its unread count, the diff, the deliveries, mark read; and the watch form."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from pipeline.service import checks as checks_service
from pipeline.service import notices as service
from tests.checks.helpers import LENINSKY
from tests.notices.test_notices import _cheaper_listing, _watched_check
from tests.ui.conftest import texts

APP = str(Path(__file__).resolve().parents[2] / "ui" / "app.py")


def _open(monkeypatch) -> AppTest:
    monkeypatch.setenv("MIRANO_UI_RUNTIME", "off")
    at = AppTest.from_file(APP, default_timeout=30).run()
    at.switch_page("views/notices.py").run()
    assert not at.exception, at.exception
    return at


def test_the_inbox_shows_a_notice_its_diff_and_marks_it_read(sources, receiver, monkeypatch) -> None:
    check = _watched_check()
    _cheaper_listing(monkeypatch)
    checks_service.wait_for(checks_service.recheck_now(check["id"])["job_id"], timeout=60)
    service.deliver_now()

    at = _open(monkeypatch)

    page = texts(at)
    assert (
        "1 unread" in page and "**NEW** · г. Москва, Ленинский пр-кт, д. 90: 1 changed, risk 50 → 70" in page
    )
    assert "**webhook** · 1 attempts · #1 sent (webhook answered HTTP 200)" in page
    assert "Evidence: fact #" in page and " · Listings · fetched " in page  # in words, no raw JSON
    table = at.dataframe[0].value
    assert list(table.columns) == ["change", "what", "before", "after"]
    assert table.iloc[0]["what"] == "Listings · listing" and "price" in table.iloc[0]["before"]
    at.button(key="mark_read").click().run()
    assert "Nothing unread." in texts(at) and service.unread_count() == 0


def test_the_inbox_in_russian_has_no_english_chrome(sources, receiver, monkeypatch) -> None:
    from pipeline.config import reset_settings
    from tests.ui.test_language import CODE_SPAN, english_words

    check = _watched_check()
    _cheaper_listing(monkeypatch)
    checks_service.wait_for(checks_service.recheck_now(check["id"])["job_id"], timeout=60)
    service.deliver_now()
    monkeypatch.setenv("MIRANO_LANG", "ru")
    reset_settings()

    at = _open(monkeypatch)
    page = texts(at)
    assert (
        "непрочитанных: 1" in page and "**НОВОЕ** · г. Москва, Ленинский пр-кт, д. 90: изменилось: 1" in page
    )
    assert "попыток: 1" in page and "найдено перепроверкой" in page
    assert "Доказательство: факт #" in page and " · Объявления · получен " in page
    assert at.dataframe[0].value.iloc[0].iloc[1] == "Объявления · объявление"
    assert list(at.dataframe[-1].value.columns) == ["что", "за чем", "отслеживается с"]  # the watches table
    # The channel's name and the receiver's own answer ("webhook answered HTTP 200") are codes, not chrome.
    assert english_words(CODE_SPAN.sub(" ", page)) - {"webhook", "answered", "http"} == set()


def test_the_watch_form_watches_an_address_and_says_why_when_it_cannot(db, monkeypatch) -> None:
    at = _open(monkeypatch)
    at.text_input(key="watch_target").input(LENINSKY)
    at.button(key="watch_button").click().run()
    assert "Now watching property “г. Москва, Ленинский пр-кт, д. 90”." in texts(at)
    at.text_input(key="watch_target").input("Москва, Тверская")
    at.button(key="watch_button").click().run()
    assert "Could not watch it:" in texts(at) and "house number" in texts(at)
