"""Split imported text into overlapping, boundary-aware chunks and hash them for dedup."""

from __future__ import annotations

import hashlib
import re

_PARAGRAPH = re.compile(r"\n\s*\n+")
# A sentence ends at . ! ? … or one followed by a closing quote/bracket, before whitespace.
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|(?<=[.!?…][\"'»)\]])\s+")


def content_hash(text: str) -> str:
    """SHA-256 hex of the whitespace-normalized text, so the same text is never embedded twice."""
    normalized = " ".join(text.split())
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()


def chunk_text(text: str, *, max_words: int = 120, overlap_words: int = 20) -> list[str]:
    """Split text into chunks of at most max_words words, preferring paragraph and sentence boundaries."""
    if max_words < 1:
        raise ValueError("max_words must be at least 1")
    overlap_words = max(0, min(overlap_words, max_words // 2))
    chunks: list[list[str]] = []
    current: list[list[str]] = []  # the sentences (as word lists) of the chunk being filled
    for unit in _sentence_units(text, max_words - overlap_words):
        words = unit.split()
        if current and _count(current) + len(words) > max_words:
            chunks.append([w for sentence in current for w in sentence])
            current = _overlap_tail(current, min(overlap_words, max_words - len(words)))
        current.append(words)
    if current:
        chunks.append([w for sentence in current for w in sentence])
    return [" ".join(chunk) for chunk in chunks]


def _count(sentences: list[list[str]]) -> int:
    return sum(len(sentence) for sentence in sentences)


def _sentence_units(text: str, max_words: int) -> list[str]:
    """Paragraphs split into sentences; a sentence longer than max_words is cut into word windows.

    The caller passes max_words minus the overlap, so a cut piece still has room for the overlap before it.
    """
    units: list[str] = []
    for paragraph in _PARAGRAPH.split(text):
        for sentence in _SENTENCE_END.split(paragraph.strip()):
            words = sentence.split()
            for start in range(0, len(words), max_words):
                units.append(" ".join(words[start : start + max_words]))
    return [unit for unit in units if unit]


def _overlap_tail(sentences: list[list[str]], budget: int) -> list[list[str]]:
    """Whole trailing sentences that fit in budget words, else the last budget words, to open the next chunk."""
    tail: list[list[str]] = []
    for sentence in reversed(sentences):
        if _count(tail) + len(sentence) > budget:
            break
        tail.insert(0, sentence)
    if not tail and budget > 0:
        tail = [sentences[-1][-budget:]]
    return tail
