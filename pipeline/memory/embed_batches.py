"""Embedding a commit's texts in batches: a failing batch is tried text by text, so only the bad text is skipped,
and a run of failures at its start is read as an outage (the rest are not tried, with the reason)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from pipeline.config import get_settings
from pipeline.memory.embedders import Embedder

# A failed batch is tried text by text; this many failures in a row at its start mean an outage, not a bad text.
OUTAGE_AFTER = 3


@dataclass
class Embedded:
    """Vectors by content hash, the reason for each text that got none, and how many texts were sent."""

    vectors: dict[str, np.ndarray] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    sent: int = 0
    stopped: bool = False  # asked to stop between batches (a cancel): only part of the texts have vectors


def embed_texts(
    embedder: Embedder,
    todo: dict[str, str],
    should_stop: Callable[[], bool] = lambda: False,
    on_batch: Callable[[int], None] = lambda sent: None,
) -> Embedded:
    """Embed texts (hash -> text) in batches of MIRANO_MEMORY_EMBED_BATCH, one by one where a batch fails;
    `should_stop` is asked before each batch (a cancel does not wait for a whole commit's embedding) and
    `on_batch(texts sent)` told after each."""
    out = Embedded()
    items = list(todo.items())
    size = max(1, get_settings().memory_embed_batch)
    size = min(
        size, getattr(embedder, "parallel_batch", size)
    )  # a cancel waits for one lane-wide call at most
    for start in range(0, len(items), size):
        if should_stop():
            out.stopped = True
            break
        sent = out.sent
        out.vectors.update(_embed_batch(embedder, items[start : start + size], out))
        on_batch(out.sent - sent)
    return out


def _embed_batch(
    embedder: Embedder, batch: list[tuple[str, str]], out: Embedded
) -> list[tuple[str, np.ndarray]]:
    try:
        out.sent += len(batch)
        matrix = _checked(embedder, embedder.embed([text for _, text in batch]), len(batch))
        return [(digest, matrix[i]) for i, (digest, _) in enumerate(batch)]
    except Exception as exc:
        if len(batch) == 1:
            out.errors[batch[0][0]] = _reason(exc)
            return []
    found: list[tuple[str, np.ndarray]] = []
    failures: list[str] = []
    for digest, text in batch:  # find the one that fails; the others still get their vectors
        if len(failures) >= OUTAGE_AFTER and not found:  # not one bad text: the embedder is down
            out.errors[digest] = f"not tried: the first {OUTAGE_AFTER} texts failed too ({failures[-1]})"
            continue
        try:
            out.sent += 1
            found.append((digest, _checked(embedder, embedder.embed([text]), 1)[0]))
        except Exception as exc:  # one failing chunk is recorded and skipped, never stops the run
            failures.append(_reason(exc))
            out.errors[digest] = failures[-1]
    return found


def _reason(exc: Exception) -> str:
    return f"{type(exc).__name__}: {exc}"[:500]


def _checked(embedder: Embedder, matrix: np.ndarray, n: int) -> np.ndarray:
    """The embedder's answer, refused when its shape is wrong or it holds NaN/inf."""
    matrix = np.asarray(matrix, dtype=np.float32)
    if matrix.shape != (n, embedder.dim) or not np.isfinite(matrix).all():
        raise ValueError(f"{embedder.name} embedder returned shape {matrix.shape} or non-finite values")
    return matrix
