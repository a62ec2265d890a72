"""The question set on the shared demo data: every question answered offline with the facts it must contain and
without those it must not; a subset through the real ChatOpenAI client against the loopback server."""

from __future__ import annotations

import collections
import json
from typing import Any

import pytest

import agent
from agent.tools import TOOL_NAMES
from pipeline.config import reset_settings
from tests.agent.answers import assert_honest
from tests.agent.fake_openai import FakeOpenAI, text_reply, tool_call_reply
from tests.agent.grading import ask_and_grade
from tests.agent.question_set import QUESTIONS, Question

IDS = [f"{i:03d}-{q.topic}-{q.lang}" for i, q in enumerate(QUESTIONS)]
ONLINE = [
    (i, q)
    for i, q in enumerate(QUESTIONS)
    if i % 6 == 0 and len(q.turns) == 1 and not q.topic.startswith(("refuse", "unknown", "modes", "which"))
]


def _ask(text: str, thread: str) -> dict[str, Any]:
    return agent.ask(text, thread_id=thread)


def test_the_set_is_large_and_covers_both_languages_and_every_topic() -> None:
    assert len(QUESTIONS) >= 200
    per_topic = collections.Counter(q.topic for q in QUESTIONS)
    assert all(count >= 5 for count in per_topic.values()), per_topic
    languages = collections.Counter(q.lang for q in QUESTIONS)
    assert languages["ru"] >= 90 and languages["en"] >= 90, languages
    assert all(q.must or q.must_not for q in QUESTIONS)


@pytest.mark.parametrize("index", range(len(QUESTIONS)), ids=IDS)
def test_offline_answer_has_the_facts(demo_world: dict[str, Any], index: int) -> None:
    question = QUESTIONS[index]
    graded = ask_and_grade(_ask, question, demo_world, thread=f"qs-{index}")
    assert graded.ok, f"{question.turns} → {graded.failures}\n{graded.answer}"


def _stand_in_model(request: dict[str, Any], index: int) -> dict[str, Any]:
    """A scripted OpenAI-compatible model: it picks tools from the question and words the answer from the tool
    results it is sent (the offline model's own parts, so the answer is checkable), as a small local model would."""
    from agent.envelope import Envelope
    from agent.language import language
    from agent.offline.composing import compose
    from agent.offline.understanding import understand

    messages = request["messages"]
    last_user = max(i for i, m in enumerate(messages) if m["role"] == "user")
    question = messages[last_user]["content"]
    results: list[tuple[str, Envelope]] = []
    calls = {}
    for message in messages[last_user + 1 :]:
        for call in message.get("tool_calls") or []:
            calls[call["id"]] = call["function"]["name"]
        if message["role"] == "tool":
            results.append((calls[message["tool_call_id"]], json.loads(message["content"])))
    understood = understand(question, [], None)
    if not results:
        return tool_call_reply(*[(c["name"], c["args"]) for c in understood.calls])
    return text_reply(compose(understood.intent, results, language(question, understood.names)))


@pytest.fixture
def online(demo_world: dict[str, Any], monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    with FakeOpenAI(_stand_in_model) as server:
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test-QUESTIONSET-0123456789")
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        monkeypatch.setenv("MIRANO_LLM_MODEL", "fake-small-model")
        reset_settings()
        yield server


@pytest.mark.parametrize(("index", "question"), ONLINE, ids=[IDS[i] for i, _ in ONLINE])
def test_online_answer_has_the_facts(
    online: FakeOpenAI, demo_world: dict[str, Any], index: int, question: Question
) -> None:
    before = len(online.requests)
    graded = ask_and_grade(_ask, question, demo_world, thread=f"online-{index}")
    assert len(online.requests) - before == 2, "one request for the tool calls, one for the answer"
    assert graded.ok, f"{question.turns} → {graded.failures}\n{graded.answer}"
    sent = online.requests[before]
    assert {t["function"]["name"] for t in sent["tools"]} == TOOL_NAMES
    assert_honest({"answer": graded.answer})


def test_every_tool_tells_a_small_model_what_it_does_and_what_each_argument_means(online: FakeOpenAI) -> None:
    agent.ask("What is the status of the latest check?", thread_id="schema")
    for tool in online.requests[0]["tools"]:
        function = tool["function"]
        assert len(function["description"]) > 40, function["name"]
        for name, schema in function["parameters"].get("properties", {}).items():
            assert schema.get("description"), (function["name"], name)
