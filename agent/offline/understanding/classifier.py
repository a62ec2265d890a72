"""Intent by meaning: the question against every intent's example phrasings (USE multilingual, 512-d), with the
intents' key words as extra evidence, and a confidence.

The model is loaded once per process and the examples are embedded once: cached in memory, and on disk under
`<data_dir>/cache/` keyed by a hash of the examples (so `mirano ask` in a new process skips that step). One
question then costs one embedding (about 10-50 ms on two cores) and a 512 × ~300 matrix product.
"""

from __future__ import annotations

import hashlib
import re
import threading
from dataclasses import dataclass

import numpy as np

from agent.offline.understanding.intents import INTENTS, Intent

RULE_EVIDENCE = 0.12  # a key word of the intent adds this much to its similarity
NO_EVIDENCE = 0.1  # without any key word, meaning alone must carry the intent: it counts this much less
TOP_EXAMPLES = 2  # an intent scores the mean of its two closest examples: one lucky example is not enough


@dataclass(frozen=True)
class Ranked:
    intent: Intent
    score: float
    similarity: float
    rule: bool


class IntentModel:
    """USE multilingual over the intents' examples."""

    def __init__(self) -> None:
        from agent.tools.meaning import local_embedder

        self.embedder = local_embedder()
        texts = [example for intent in INTENTS for example in intent.examples]
        self.owners = np.array([i for i, intent in enumerate(INTENTS) for _ in intent.examples])
        self.examples = self._cached_examples(texts)
        self.rules = [re.compile(intent.rule, re.I) if intent.rule else None for intent in INTENTS]

    def _cached_examples(self, texts: list[str]) -> np.ndarray:
        """The examples' vectors, from the disk cache when the same examples were embedded before."""
        from pipeline.config import get_settings

        digest = hashlib.sha256("\n".join(texts).encode()).hexdigest()[:16]
        path = get_settings().data_dir / "cache" / f"intent-examples-{self.embedder.name}-{digest}.npy"
        try:
            cached = np.load(path)
            if cached.shape == (len(texts), self.embedder.dim):
                return cached
        except (OSError, ValueError):
            pass
        vectors = self.embedder.embed(texts)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            np.save(path, vectors)
        except OSError:
            pass  # a read-only data dir only costs the next process a few seconds
        return vectors

    def similarities(self, text: str) -> np.ndarray:
        """Per intent: the mean similarity of its closest examples to the text."""
        vector = self.embedder.embed([text])[0]
        scores = self.examples @ vector
        out = np.zeros(len(INTENTS), dtype=np.float32)
        for index in range(len(INTENTS)):
            mine = np.sort(scores[self.owners == index])[::-1][:TOP_EXAMPLES]
            out[index] = float(mine.mean())
        return out

    def rank(
        self, text: str, evidence: str | None = None, boosts: dict[str, float] | None = None
    ) -> list[Ranked]:
        """Intents best first; `evidence` is the text the rules read (the question without names and quotes);
        `boosts` is evidence from the things the question names (a person's name speaks for "person")."""
        similarity = self.similarities(text)
        words = (evidence if evidence is not None else text).lower()
        ranked = []
        for index, intent in enumerate(INTENTS):
            rule = self.rules[index]
            hit = bool(rule and rule.search(words))
            score = float(similarity[index]) + (RULE_EVIDENCE if hit else -NO_EVIDENCE if rule else 0.0)
            score += (boosts or {}).get(intent.name, 0.0)
            ranked.append(Ranked(intent, score, float(similarity[index]), hit))
        return sorted(ranked, key=lambda r: r.score, reverse=True)


_model: IntentModel | None = None
_lock = threading.Lock()


def intent_model() -> IntentModel:
    """The process's one intent model (loaded on first use)."""
    global _model
    with _lock:
        if _model is None:
            _model = IntentModel()
        return _model
