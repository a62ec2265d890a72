"""Russian morphology for the understanding stages: lemmas and the imperative mood. The analyser lives below both
of its users in `pipeline.text.lemmas` (memory search and extraction read the same lemmas); this module names
what the stages use from it.

"эмбеддингов" → "эмбеддинг", "перезапусти" → ("перезапустить", imperative). One reading per word: the most
probable one, except that a word with any imperative reading counts as imperative («включи», «скинь»).
"""

from __future__ import annotations

from pipeline.text.lemmas import CYRILLIC, PARTICLE, WORD, Word, analyzer, lemma_set, lemmas, word, words

__all__ = ["CYRILLIC", "PARTICLE", "WORD", "Word", "analyzer", "lemma_set", "lemmas", "word", "words"]
