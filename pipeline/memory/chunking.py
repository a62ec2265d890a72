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
    units = _sentence_units(text, max_words)
    if not units:
        return []
    chunks: list[list[str]] = []
    current: list[str] = []
    for unit in units:
        words = unit.split()
        if current and len(current) + len(words) > max_words:
            chunks.append(current)
            current = _overlap_tail(current, overlap_words, room=max_words - len(words))
        current = current + words
    if current:
        chunks.append(current)
    return [" ".join(chunk) for chunk in chunks]


def _sentence_units(text: str, max_words: int) -> list[str]:
    """Paragraphs split into sentences; a sentence longer than max_words is cut into word windows."""
    units: list[str] = []
    for paragraph in _PARAGRAPH.split(text):
        for sentence in _SENTENCE_END.split(paragraph.strip()):
            words = sentence.split()
            for start in range(0, len(words), max_words):
                units.append(" ".join(words[start : start + max_words]))
    return [unit for unit in units if unit]


def _overlap_tail(words: list[str], overlap_words: int, room: int) -> list[str]:
    """The last words of the previous chunk to repeat at the start of the next, if they fit."""
    keep = min(overlap_words, max(room, 0))
    return words[-keep:] if keep else []
