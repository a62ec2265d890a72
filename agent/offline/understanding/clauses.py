"""Clause splitting: a question in two parts is answered in both, in order ("why did the Linear import skip, and
when will it run again?"). A part that names nothing borrows what the part before it named ("it" is the job)."""

from __future__ import annotations

import re

# Where a second question starts: after a question mark, or "and"/«и» before a question word.
EN_QUESTION_WORDS = r"what|when|why|how|which|where|who|is|are|was|were|did|does|do|has|have|any|also"
RU_QUESTION_WORDS = (
    r"что|когда|почему|сколько|какие|какой|какая|каков\w*|откуда|где|кто|как|зачем|есть ли|ещё|еще"
)
SPLITS = (
    re.compile(r"(?<=\?)\s+(?=\S)"),  # "Is economy on? also any budgets set?"
    re.compile(rf",?\s+(?:and|but)\s+(?=(?:{EN_QUESTION_WORDS})\b)", re.I),
    re.compile(rf",?\s+(?:и|а)\s+(?=(?:{RU_QUESTION_WORDS})(?!\w))", re.I),
    re.compile(r",\s+(?=(?:also|plus|а также|а ещё)\b)", re.I),
)
MIN_WORDS = 2  # "and why?" alone is a follow-up, not a part


def clauses(text: str) -> list[str]:
    """The parts of a question, in order (one part when it is not compound)."""
    parts = [text.strip()]
    for pattern in SPLITS:
        parts = [piece.strip() for part in parts for piece in pattern.split(part) if piece.strip()]
    if len(parts) > 1 and any(len(re.findall(r"\w+", p)) < MIN_WORDS for p in parts):
        return [text.strip()]
    return parts[:3]
