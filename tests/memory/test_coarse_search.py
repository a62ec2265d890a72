"""Approximate search past a size threshold: same answers as exact search for what matters, and in step with
every add and remove."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.config import reset_settings
from pipeline.memory.vector_index import VectorIndex


@pytest.fixture
def index(tmp_path, monkeypatch):
    monkeypatch.setenv("MIRANO_MEMORY_ANN_MIN_CHUNKS", "500")
    reset_settings()
    return VectorIndex(tmp_path / "index.faiss", 64)


def _clustered(n: int, seed: int = 3) -> np.ndarray:
    rng = np.random.default_rng(seed)
    centers = rng.normal(size=(40, 64))
    return (centers[rng.integers(0, 40, n)] + 0.3 * rng.normal(size=(n, 64))).astype(np.float32)


def _exact(vectors: np.ndarray, ids: np.ndarray, query: np.ndarray, k: int) -> set[int]:
    unit = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    return set(ids[np.argsort(-(unit @ (query / np.linalg.norm(query))))[:k]].tolist())


def test_past_the_threshold_search_finds_what_exact_search_finds(index):
    vectors = _clustered(3000)
    index.add(list(range(3000)), vectors)
    assert index._coarse._ivf is None  # clustered on first need, not on every add
    queries = vectors[:40] + 0.05
    found = sum(
        len({i for i, _ in index.search(q, 10)} & _exact(vectors, np.arange(3000), q, 10)) for q in queries
    )
    assert index._coarse._ivf is not None
    assert found / (40 * 10) >= 0.95


def test_adds_and_removes_after_clustering_are_searched_at_once(index):
    vectors = _clustered(1000)
    index.add(list(range(1000)), vectors)
    index.search(vectors[0], 5)  # clusters
    index.remove([0])
    assert 0 not in {i for i, _ in index.search(vectors[0], 5)}
    newcomer = vectors[1] * 1.0
    index.add([5000], newcomer[None, :])
    assert index.search(newcomer, 1)[0][0] in (1, 5000)
    assert {1, 5000} <= {i for i, _ in index.search(newcomer, 2)}


def test_the_index_is_clustered_again_once_it_has_doubled(index):
    index.add(list(range(600)), _clustered(600))
    index.search(_clustered(1)[0], 3)
    first = index._coarse._ivf
    index.add(list(range(600, 1300)), _clustered(700, seed=9))
    index.search(_clustered(1)[0], 3)
    assert index._coarse._ivf is not first and index._coarse._clustered_at == 1300


def test_below_the_threshold_search_is_exact(index):
    vectors = _clustered(300)
    index.add(list(range(300)), vectors)
    for q in vectors[:10]:
        assert {i for i, _ in index.search(q, 10)} == _exact(vectors, np.arange(300), q, 10)
    assert index._coarse._ivf is None
