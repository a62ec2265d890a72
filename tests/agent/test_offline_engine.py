"""The offline model over real runs: job status, runs with reasons, timing, costs, economy and budgets (RU/EN)."""

from __future__ import annotations

from typing import Any

import pytest

import agent
from tests.agent.answers import assert_cites, assert_honest

# (question, the tool it must call, what the answer must contain: {key} is a run id from the fixture)
QUESTIONS: list[tuple[str, str, tuple[str, ...], str]] = [
    (
        "What is the status of agenttest.sync?",
        "job_status",
        ("agenttest.sync", "#{budget}", "daily budget reached"),
        "en",
    ),
    (
        "Какой статус у agenttest.broken?",
        "job_status",
        ("agenttest.broken", "#{broken}", "source answered 503", "упал"),
        "ru",
    ),
    ("Why did agenttest.broken fail?", "run_details", ("#{broken}", "failed", "source answered 503"), "en"),
    ("Почему упал запуск {broken}?", "run_details", ("Запуск #{broken}", "source answered 503"), "ru"),
    (
        "Why was run {idle} skipped?",
        "run_details",
        ("#{idle}", "nothing new", "skipped"),
        "en",
    ),
    ("Почему agenttest.idle пропущен?", "run_details", ("#{idle}", "ничего нового", "пропущен"), "ru"),
    ("Why was run {sync_ok} so fast?", "run_details", ("#{sync_ok}", "per-run limit of 8"), "en"),
    ("Почему запуск {economy} был таким быстрым?", "run_details", ("#{economy}", "режим экономии"), "ru"),
    (
        "How much did we spend this week?",
        "costs",
        ("$0.05", "agenttest.sync", "#{sync_ok}", "#{embed_ok}"),
        "en",
    ),
    ("Сколько стоили задачи сегодня?", "costs", ("Сегодня", "agenttest.embed", "#{sync_ok}"), "ru"),
    (
        "What did economy mode change?",
        "economy_and_budgets",
        ("Economy mode is off", "#{economy}", "source_calls 30/20"),
        "en",
    ),
    (
        "Какие бюджеты заданы и что они остановили?",
        "economy_and_budgets",
        ("Дневные бюджеты", "#{budget}", "достигнут дневной бюджет"),
        "ru",
    ),
    ("Show the recent runs", "recent_runs", ("#{sync_ok}", "#{broken}", "#{idle}"), "en"),
    ("Which mode is the assistant in?", "assistant_modes", ("offline deterministic model",), "en"),
    ("В каком режиме работает ассистент?", "assistant_modes", ("офлайн",), "ru"),
]


def _fill(text: str, ids: dict[str, Any]) -> str:
    return text.format(**{k: v for k, v in ids.items() if isinstance(v, int)})


@pytest.mark.parametrize(("question", "tool", "must", "lang"), QUESTIONS, ids=[q[0][:40] for q in QUESTIONS])
def test_engine_questions_are_answered_from_the_runs(
    engine_runs: dict[str, Any], question: str, tool: str, must: tuple[str, ...], lang: str
) -> None:
    result = agent.ask(_fill(question, engine_runs), thread_id="engine")
    assert result["mode"] == "offline"
    assert result["language"] == lang
    assert tool in [c["name"] for c in result["tool_calls"]]
    assert_cites(result, *[_fill(m, engine_runs) for m in must])
    assert_honest(result)
    if tool != "assistant_modes":
        assert result["cited"], "an answer from runs cites run ids"


def test_a_follow_up_keeps_the_subject_of_the_thread(engine_runs: dict[str, Any]) -> None:
    first = agent.ask("What is the status of agenttest.sync?", thread_id="t1")
    follow = agent.ask("and agenttest.broken?", thread_id="t1")
    assert [c["name"] for c in follow["tool_calls"]] == ["job_status"]
    assert "agenttest.broken" in follow["answer"] and "source answered 503" in follow["answer"]
    other = agent.ask("and agenttest.broken?", thread_id="fresh-thread")  # no history: names the job only
    assert other["tool_calls"] == follow["tool_calls"]
    assert "agenttest.sync" in first["answer"]


def test_a_request_to_act_is_refused_and_nothing_changes(engine_runs: dict[str, Any]) -> None:
    from pipeline.service import engine as service

    before = (service.economy(), service.budgets(), len(service.list_runs(None, 100)))
    for question in ("Turn on economy mode", "Запусти agenttest.sync сейчас", "apply all actions"):
        result = agent.ask(question)
        assert "cannot" in result["answer"] or "не могу" in result["answer"], result["answer"]
    assert (service.economy(), service.budgets(), len(service.list_runs(None, 100))) == before


def test_an_unknown_question_gets_help_in_its_language(db: Any) -> None:
    assert "I explain what Mirano is doing" in agent.ask("hello")["answer"]
    assert "Я объясняю, что делает Mirano" in agent.ask("привет")["answer"]


def test_stream_yields_the_same_answer_in_chunks(engine_runs: dict[str, Any]) -> None:
    chunks = list(agent.stream("What is the status of agenttest.broken?", thread_id="s"))
    assert len(chunks) > 3
    assert "source answered 503" in "".join(chunks)


def test_steps_show_each_tool_call_before_the_checked_answer(engine_runs: dict[str, Any]) -> None:
    steps = list(agent.steps("What is the status of agenttest.broken?", thread_id="steps"))
    tools, last = steps[:-1], steps[-1]
    assert tools and all(step["step"] == "tool" for step in tools)
    assert {"name": "job_status", "args": {"job": "agenttest.broken"}} in [
        {"name": s["name"], "args": s["args"]} for s in tools
    ]
    assert last["step"] == "answer"
    assert [c["name"] for c in last["reply"]["tool_calls"]] == [s["name"] for s in tools]
    assert "source answered 503" in last["reply"]["answer"]
