"""Russian morphology for the understanding stages: lemmas and the imperative mood, from pymorphy3 and its
Russian dictionaries (loaded once per process, offline, about 0.1 s). English words pass through lower-cased.

"эмбеддингов" → "эмбеддинг", "перезапусти" → ("перезапустить", imperative). One reading per word: the most
probable one, except that a word with any imperative reading counts as imperative («включи», «скинь»).
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?", re.UNICODE)
CYRILLIC = re.compile(r"[а-яё]", re.I)

_lock = threading.Lock()
_analyzer: Any = None


def analyzer() -> Any:
    """The process's one pymorphy3 analyzer."""
    global _analyzer
    with _lock:
        if _analyzer is None:
            import pymorphy3

            _analyzer = pymorphy3.MorphAnalyzer(lang="ru")
        return _analyzer


@dataclass(frozen=True)
class Word:
    text: str  # lower-cased, ё as е
    lemma: str
    pos: str | None  # VERB, INFN, NOUN, … (None for Latin words)
    imperative: bool = False
    past: bool = False


@lru_cache(maxsize=16384)
def word(text: str) -> Word:
    """One word's lemma and the grammar the stages read."""
    lowered = text.lower().replace("ё", "е")
    if not CYRILLIC.search(lowered):
        return Word(lowered, lowered, None)
    parses = analyzer().parse(lowered)
    best = parses[0]
    imperative = any("impr" in p.tag for p in parses[:3] if p.tag.POS == "VERB")
    past = best.tag.POS == "VERB" and "past" in best.tag
    return Word(lowered, best.normal_form.replace("ё", "е"), best.tag.POS, imperative, past)


PARTICLE = re.compile(r"-(?:ка|то|таки)$", re.I)  # «запусти-ка»: the verb is «запусти»


def words(text: str) -> list[Word]:
    return [word(PARTICLE.sub("", w)) for w in WORD.findall(text)]


def lemmas(text: str) -> list[str]:
    """The text's words as lemmas (Latin words lower-cased as they are)."""
    return [w.lemma for w in words(text)]


def lemma_set(text: str) -> frozenset[str]:
    return frozenset(lemmas(text))
