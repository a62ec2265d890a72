"""The offline model over real checks and project memory: status, partial, reuse, provenance, timing, memory."""

from __future__ import annotations

from typing import Any

import pytest

import agent
from tests.agent.answers import assert_cites, assert_honest

# (question, the tool it must call, what the answer must contain, what it must not contain, language)
QUESTIONS: list[tuple[str, str, tuple[str, ...], tuple[str, ...], str]] = [
    (
        "What is the status of check {c}?",
        "check_status",
        ("Check #{c}", "partial", "still waiting for listings", "reused from check #{a}", "not re-checked"),
        (),
        "en",
    ),
    (
        "Какой статус у проверки {c}?",
        "check_status",
        ("Проверка #{c}", "ещё в обработке", "переиспользовано из проверки #{a}", "не перепроверялось"),
        (),
        "ru",
    ),
    ("Is check {c} complete?", "check_status", ("partial", "listings"), ("is completed",), "en"),
    ("Что ещё в обработке по проверке {c}?", "check_status", ("результат частичный", "объявления"), (), "ru"),
    (
        "Was check {b} re-checked?",
        "check_status",
        ("Check #{b}", "completed", "reused from check #{a}"),
        (),
        "en",
    ),
    (
        "Why was check {b} so fast?",
        "check_timing",
        ("Check #{b}", "no source calls", "from check #{a}", "not re-checked"),
        (),
        "en",
    ),
    (
        "Почему проверка {a} шла так долго?",
        "check_timing",
        ("Проверка #{a}", "запрошены", "задача #"),
        ("переиспользованы из прежней",),
        "ru",
    ),
    (
        "Where did the facts of check {c} come from?",
        "fact_provenance",
        ("Check #{c}", "reused from check #{a}", "evidence ", "(task #", "stale"),
        (),
        "en",
    ),
    (
        "Откуда данные по объявлениям в проверке {c}? Они свежие?",
        "fact_provenance",
        ("Проверка #{c}", "устарел", "из проверки #{a}", "доказательство"),
        (),
        "ru",
    ),
    (
        "Show the evidence for the court facts of check {a}",
        "fact_provenance",
        ("fetched by check #{a}", "evidence "),
        ("reused from",),
        "en",
    ),
    (
        "List all checks",
        "list_checks",
        ("check #{a}", "check #{b}", "check #{c}", "pending: listings"),
        (),
        "en",
    ),
    (
        "What did we promise in alfa-stroy?",
        "project_overview",
        ("alfa-stroy", "смету до пятницы", "commitment"),
        (),
        "en",
    ),
    (
        "Какие риски у проекта northwind?",
        "project_overview",
        ("northwind", "рисков", "Invoice overdue"),
        (),
        "ru",
    ),
    ("Покажи дайджест проекта northwind", "project_overview", ("дайджест #", "версия 1"), (), "ru"),
    ('Search memory for "invoice"', "search_memory", ("Project memory", "excerpt #", "invoice"), (), "en"),
    (
        "Найди в памяти про смету",
        "search_memory",
        ("памяти проектов", "фрагмент #", "смету до пятницы"),
        (),
        "ru",
    ),
    (
        "What did the client say about the portal in northwind?",
        "search_memory",
        ("northwind", "portal"),
        (),
        "en",
    ),
    (
        "Which projects are there?",
        "list_projects",
        ("alfa-stroy", "northwind", "globex-archive"),
        (),
        "en",
    ),
    (
        "What is the status of ingest.chatwoot?",
        "job_status",
        ("ingest.chatwoot is not running now", "was ok", "new"),
        (),
        "en",
    ),
]


def _fill(text: str, ids: dict[str, Any]) -> str:
    return text.format(**{k: v for k, v in ids.items() if isinstance(v, int)})


@pytest.mark.parametrize(
    ("question", "tool", "must", "must_not", "lang"), QUESTIONS, ids=[q[0][:40] for q in QUESTIONS]
)
def test_check_and_memory_questions(
    world: dict[str, Any],
    question: str,
    tool: str,
    must: tuple[str, ...],
    must_not: tuple[str, ...],
    lang: str,
) -> None:
    result = agent.ask(_fill(question, world), thread_id="domains")
    assert tool in [c["name"] for c in result["tool_calls"]], result["tool_calls"]
    assert result["language"] == lang
    assert_cites(result, *[_fill(m, world) for m in must])
    for phrase in must_not:
        assert _fill(phrase, world) not in result["answer"], result["answer"]
    assert_honest(result)


def test_a_follow_up_about_a_source_stays_on_the_same_check(world: dict[str, Any]) -> None:
    agent.ask(f"What is the status of check {world['a']}?", thread_id="f")
    follow = agent.ask("and the listings?", thread_id="f")
    assert follow["tool_calls"] == [
        {"name": "check_status", "args": {"check_id": world["a"], "source": "listings"}}
    ]
    assert f"Check #{world['a']}" in follow["answer"] and "listings" in follow["answer"]
    assert "court" not in follow["answer"]
    ru = agent.ask(f"Статус проверки {world['c']}", thread_id="f-ru")
    assert "проверки #" in ru["answer"] or "Проверка #" in ru["answer"]
    assert "Ещё в обработке" not in agent.ask("а отзывы?", thread_id="f-ru")["answer"]


def test_reused_data_is_never_presented_as_checked_now(world: dict[str, Any]) -> None:
    for question in (
        "Were the facts of check {b} just checked?",
        "Данные проверки {b} только что проверены?",
    ):
        result = agent.ask(_fill(question, world))
        assert_honest(result)
        assert "reused" in result["answer"] or "переиспольз" in result["answer"]
        assert result["reused"] and all(r.get("fetched_at") for r in result["reused"])
