"""Grading an answer against the question set: the facts it must and must not contain, and its language.
Used by tests/agent/test_question_set.py and by bench/assistant.py."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from tests.agent.question_set import Question


def fill(text: str, ids: dict[str, Any]) -> str:
    """A question or a pattern with the demo data's ids in place of {a}, {linear_skip}, …"""
    return text.format(**{k: v for k, v in ids.items() if isinstance(v, int | str)})


@dataclass
class Graded:
    question: Question
    answer: str
    language: str
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failures


def grade(question: Question, result: dict[str, Any], ids: dict[str, Any]) -> list[str]:
    """What is wrong with an answer (empty when it is right)."""
    answer = result["answer"]
    failures = []
    if result["language"] != question.lang:
        failures.append(f"language {result['language']}, expected {question.lang}")
    for pattern in question.must:
        if not re.search(fill(pattern, ids), answer, re.I):
            failures.append(f"missing /{fill(pattern, ids)}/")
    for pattern in question.must_not:
        if re.search(fill(pattern, ids), answer, re.I):
            failures.append(f"contains /{fill(pattern, ids)}/")
    return failures


def ask_and_grade(
    ask: Callable[[str, str], dict[str, Any]], question: Question, ids: dict[str, Any], thread: str
) -> Graded:
    """Ask every turn of a question on its own thread; time and grade the last answer."""
    result: dict[str, Any] = {}
    seconds = 0.0
    for turn in question.turns:
        started = time.perf_counter()
        result = ask(fill(turn, ids), thread)
        seconds = time.perf_counter() - started
    graded = Graded(question, result["answer"], result["language"], seconds=seconds)
    graded.failures = grade(question, result, ids)
    return graded
