"""The online mode: the real ChatOpenAI client against an OpenAI-compatible server on 127.0.0.1 that returns tool
calls; the graph runs the tools and the final answer passes the honesty rules."""

from __future__ import annotations

import json
from typing import Any

import pytest

import agent
from agent.tools import TOOL_NAMES
from pipeline.config import reset_settings
from tests.agent.answers import assert_honest
from tests.agent.fake_openai import FakeOpenAI, text_reply, tool_call_reply, tool_messages

KEY = "sk-test-ONLINE-0123456789abcdef"


@pytest.fixture
def online(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    def start(script: Any) -> FakeOpenAI:
        server = FakeOpenAI(script).__enter__()
        monkeypatch.setenv("OPENAI_API_KEY", KEY)
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        monkeypatch.setenv("MIRANO_LLM_MODEL", "fake-model")
        reset_settings()
        servers.append(server)
        return server

    servers: list[FakeOpenAI] = []
    yield start
    for server in servers:
        server.__exit__()


def test_the_model_calls_a_tool_and_answers_from_its_result(engine_runs: dict[str, Any], online: Any) -> None:
    def script(request: dict[str, Any], index: int) -> dict[str, Any]:
        if index == 0:
            return tool_call_reply(("job_status", {"job": "agenttest.broken"}))
        result = json.loads(tool_messages(request)[0]["content"])
        row = result["data"][0]
        return text_reply(f"{row['name']} failed in run #{row['last_run_id']}: {row['reason']}.")

    server = online(script)
    result = agent.ask("Why is agenttest.broken failing?", thread_id="online")
    assert len(server.requests) == 2 and server.paths == ["/v1/chat/completions"] * 2
    assert result["mode"] == "online" and result["model"] == "fake-model"
    assert result["tool_calls"] == [{"name": "job_status", "args": {"job": "agenttest.broken"}}]
    assert result["answer"].startswith(f"agenttest.broken failed in run #{engine_runs['broken']}: ")
    assert "source answered 503" in result["answer"]
    first = server.requests[0]
    assert {t["function"]["name"] for t in first["tools"]} == TOOL_NAMES
    assert "<<<DATA" in first["messages"][0]["content"] and first["model"] == "fake-model"
    assert agent.active_mode()["mode"] == "online"


def test_a_dishonest_final_answer_is_corrected(engine_runs: dict[str, Any], online: Any) -> None:
    def script(request: dict[str, Any], index: int) -> dict[str, Any]:
        if index == 0:
            return tool_call_reply(("recent_runs", {"job": "agenttest.sync", "limit": 3}))
        return text_reply(f"All data was just checked. Данные только что проверены. Your key is {KEY}.")

    online(script)
    result = agent.ask("What did agenttest.sync do?")
    assert_honest(result, secrets=(KEY,))
    assert "[redacted]" in result["answer"]
    for run_id in (engine_runs["sync_ok"], engine_runs["economy"], engine_runs["budget"]):
        assert f"run #{run_id}" in result["answer"], "uncited runs are appended as sources"


def test_the_thread_history_reaches_the_model(engine_runs: dict[str, Any], online: Any) -> None:
    def script(request: dict[str, Any], index: int) -> dict[str, Any]:
        if not tool_messages(request) or request["messages"][-1]["role"] == "user":
            return tool_call_reply(("job_status", {"job": "agenttest.idle"}))
        return text_reply(f"answer {index}")

    server = online(script)
    agent.ask("Status of agenttest.idle?", thread_id="h")
    agent.ask("And since when?", thread_id="h")
    last = server.requests[-2]
    users = [m["content"] for m in last["messages"] if m["role"] == "user"]
    assert users == ["Status of agenttest.idle?", "And since when?"]
    assert any(
        m["role"] == "assistant" and (m.get("content") or "").startswith("answer 1") for m in last["messages"]
    )


def test_the_online_models_calls_are_charged_to_the_assistant(
    engine_runs: dict[str, Any], online: Any
) -> None:
    """Each online answer is a line of the cost ledger (its calls, the tokens the responses reported): the budgets,
    the spend chart and the cost questions count it; the offline model costs nothing."""
    from agent.tools.engine import costs
    from pipeline.engine import costs as ledger
    from pipeline.service import engine as service

    agent.ask("Status of agenttest.idle?", thread_id="offline")  # no key yet: the offline model
    assert service.cost_entries() == []
    before = ledger.spend_today()

    def script(request: dict[str, Any], index: int) -> dict[str, Any]:
        if index == 0:
            return tool_call_reply(("job_status", {"job": "agenttest.idle"}))
        return text_reply("agenttest.idle is idle.")

    online(script)
    agent.ask("Status of agenttest.idle?", thread_id="paid")
    [entry] = service.cost_entries()
    assert (
        entry["spender"] == "assistant" and entry["cost"]["llm_calls"] == 2 and entry["cost"]["tokens"] == 30
    )
    spent = ledger.spend_today()
    assert (spent["llm_calls"], spent["tokens"]) == (before["llm_calls"] + 2, before["tokens"] + 30)
    charted = [row for row in service.cost_series(days=1) if row["kind"] == "tokens"]
    assert sum(row["amount"] for row in charted) >= 30
    answer = costs(period="today", job="the assistant")["data"]
    assert answer["job"] == "assistant" and answer["answers"] == 1 and answer["total"]["tokens"] == 30
    assert answer["runs"] == 0 and answer["by_job"]["assistant"]["runs"] == 1
    everything = costs(period="today")["data"]
    assert "assistant" in everything["by_job"] and everything["total"]["tokens"] >= 30
