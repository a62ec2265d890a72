"""Extraction with the configured online model unreachable: the offline rules read the chunks, the run says why
and charges nothing for calls that got no answer."""

from __future__ import annotations

import socket

from pipeline.config import reset_settings
from pipeline.models.memory import Entity
from tests.memory.helpers import count, run, sync_all


def test_extraction_falls_back_to_the_offline_rules_and_says_so(seeded, monkeypatch) -> None:
    sync_all()
    run("memory.build")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-extract-down")
    monkeypatch.setenv("OPENAI_BASE_URL", f"http://127.0.0.1:{closed}/v1")
    monkeypatch.setenv("MIRANO_LLM_TIMEOUT_SECONDS", "0.5")
    reset_settings()

    done = run("memory.extract")

    assert done.status == "ok", done.reason
    assert done.reason.endswith("; the online model did not answer: connection refused; answered offline")
    assert done.llm_calls == 0 and done.tokens == 0 and done.cost_usd == 0
    assert count(Entity) > 0  # the offline rules found the commitments and risks
