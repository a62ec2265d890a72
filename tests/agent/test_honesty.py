"""The honesty rules on their own: claims, secrets, citations, pending, reused and stale, in RU and EN."""

from __future__ import annotations

from datetime import timedelta

import pytest

from agent.envelope import Grounds
from agent.honesty import enforce, has_claim, redact
from agent.language import language
from pipeline.config import reset_settings
from pipeline.engine import clock

CLAIMS = [
    "The data was just checked.",
    "All sources were just verified",
    "Freshly checked facts",
    "verified just now",
    "Данные только что проверены.",
    "Реестр был только что перепроверен",
    "проверено прямо сейчас",
    "всё свежепроверено",
    "данные только что обновлены",
]


@pytest.mark.parametrize("claim", CLAIMS)
def test_a_recheck_claim_never_survives(claim: str) -> None:
    assert has_claim(claim)
    for lang in ("en", "ru"):
        assert not has_claim(enforce(claim, Grounds(), lang))


def test_secrets_are_redacted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ATTIO_API_KEY", "attio-very-secret-value")
    reset_settings()
    text = redact("keys: attio-very-secret-value, sk-proj-abcdefghij123, Bearer abcdefghijklmnop1234")
    assert text == "keys: [redacted], [redacted], [redacted]"


def test_missing_obligations_are_appended_in_the_question_language() -> None:
    reused_at, stale_at = clock.now() - timedelta(days=2), clock.now() - timedelta(days=60)
    grounds = Grounds(
        cite=[{"kind": "run", "id": 7}, {"kind": "evidence", "id": "ab12cd34ef56aa"}],
        pending=[{"source": "listings", "label": "listings"}],
        reused=[{"source": "court", "from_check": 2, "fetched_at": reused_at.isoformat()}],
        stale=[{"source": "reviews", "label": "reviews", "fetched_at": stale_at.isoformat()}],
    )
    en = enforce("Everything is fine.", grounds, "en")
    assert "Sources: run #7, evidence ab12cd34ef56" in en
    assert "Still pending: listings" in en and "partial" in en
    assert f"Reused, not re-checked: court cases from check #2 ({reused_at.astimezone():%Y-%m-%d %H:%M}" in en
    assert f"Stale: developer reviews ({stale_at.astimezone():%Y-%m-%d}" in en
    ru = enforce("Всё хорошо.", grounds, "ru")
    assert (
        "Источники: запуск #7" in ru and "Ещё в обработке: объявления" in ru
    )  # the sources named in Russian
    assert "Переиспользовано, не перепроверялось: суды из проверки #2" in ru and "Устарело: отзывы" in ru


def test_an_answer_that_already_says_it_gets_no_notes() -> None:
    grounds = Grounds(
        cite=[{"kind": "run", "id": 7}],
        pending=[{"source": "listings", "label": "listings"}],
        reused=[{"source": "court", "label": "court"}],
        stale=[{"source": "reviews", "label": "x"}],
    )
    text = "Run #7: court facts were reused; listings are still running; reviews are stale."
    assert enforce(text, grounds, "en") == text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Какой статус у ingest.chatwoot?", "ru"),
        ("а объявления?", "ru"),
        ("What about listings?", "en"),
        ("run 12?", "en"),
        ("Why was the check of г. Москва, Ленинский проспект, д. 90 fast?", "en"),
        ("Почему упал ingest.linear?", "ru"),
        ("What did «Ирина Соколова» write?", "en"),
        ("Что изменилось по адресу Tverskaya 1?", "ru"),
    ],
)
def test_language_of_a_question(text: str, lang: str) -> None:
    assert language(text) == lang
