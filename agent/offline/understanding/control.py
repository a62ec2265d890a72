"""Requests to control runs and jobs (cancel, pause, resume, retry, change a cadence or limit): the assistant
only reads, so each is refused with the button or command that does it. Questions about them ("who cancelled run
5?", "why is memory.build paused?") are not requests: they start with a question word."""

from __future__ import annotations

import re

CONTROL_VERBS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "cancel",
        re.compile(
            r"\b(?:cancel|abort|stop|kill|terminate|interrupt)\b|(?<!\w)(?:отмени|отменить|прерви|прервать|останови"
            r"|остановить|отмените)(?!\w)",
            re.I,
        ),
    ),
    (
        "resume",
        re.compile(
            r"\b(?:resume|unpause|un-pause)\b|(?<!\w)(?:возобнови|возобновить|сними с паузы)(?!\w)", re.I
        ),
    ),
    (
        "pause",
        re.compile(
            r"\b(?:pause|suspend|hold)\b|(?<!\w)(?:поставь\s+\S+(?:\s+\S+)?\s+на\s+паузу|на\s+паузу|приостанови"
            r"|приостановить)(?!\w)",
            re.I,
        ),
    ),
    (
        "retry",
        re.compile(r"\b(?:retry|re-?try)\b|(?<!\w)(?:повтори|повторить)(?!\w)", re.I),
    ),
    (
        "set",
        re.compile(
            r"\b(?:set|change|make|increase|decrease|raise|lower)\b.{0,60}\b(?:cadence|interval|every|limit|how often)"
            r"|(?<!\w)(?:поменяй|измени|установи|смени|увеличь|уменьши)(?!\w).{0,60}(?:период|интервал|лимит|кажд)",
            re.I,
        ),
    ),
)
QUESTION = re.compile(
    r"^\W*(?:а\s+|и\s+)?(?:who|why|when|what|whats|which|is|was|were|did|does|since|how|кто|почему|когда|что|какие"
    r"|какой|с какого|был|была|ли)\b",
    re.I,
)


def control_request(question: str) -> str | None:
    """The control a request asks for ("cancel", "pause", "resume", "retry", "set"), or None for a question."""
    if QUESTION.search(question) and not re.search(r"\b(?:can|could|would|will)\s+you\b", question, re.I):
        return None
    for kind, pattern in CONTROL_VERBS:
        if pattern.search(question):
            return kind
    return None
