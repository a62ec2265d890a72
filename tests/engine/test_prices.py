"""The price table: embeddings made on this machine cost nothing unless a price is configured; only jobs that
call a model are held back by an LLM budget."""

from __future__ import annotations

import pytest

from pipeline.config import get_settings, reset_settings
from pipeline.engine import costs
from pipeline.engine.registry import get_job
from pipeline.memory import jobs as memory_jobs  # noqa: F401  (registers the memory jobs)


@pytest.mark.parametrize(
    ("embedder", "configured", "price"),
    [("local", None, 0.0), ("hash", None, 0.0), ("openai", None, 0.00002), ("local", "0.0001", 0.0001)],
)
def test_embeddings_cost_what_the_embedder_costs(monkeypatch, embedder, configured, price):
    monkeypatch.setenv("MIRANO_EMBEDDER", embedder)
    if configured is None:
        monkeypatch.delenv("MIRANO_PRICE_EMBEDDING", raising=False)
    else:
        monkeypatch.setenv("MIRANO_PRICE_EMBEDDING", configured)
    reset_settings()
    assert get_settings().prices()["embeddings"] == price
    assert costs.money({"embeddings": 1000}) == round(price * 1000, 6)


def test_an_llm_budget_holds_back_extraction_only():
    assert {"llm_calls", "tokens"} <= set(costs.kinds_for(get_job("memory.extract")))
    for name in ("memory.digest", "memory.suggest"):
        assert costs.kinds_for(get_job(name)) == ("usd",), name
