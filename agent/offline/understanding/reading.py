"""The offline model's reading of one question: its intent, the tool calls that answer it, a refusal and its control,
choices to ask back, and what it takes for granted."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from agent.offline.understanding.intents import Intent


@dataclass
class Understanding:
    """The offline model's reading of one question."""

    intent: str | None
    confidence: float
    calls: list[dict[str, Any]] = field(default_factory=list)
    refusal: str | None = None  # "action" or "secret"
    closest: list[Intent] = field(default_factory=list)  # offered when the question is not understood
    names: list[str] = field(default_factory=list)
    control: dict[str, Any] | None = None  # for a refused request: the button and the command to use instead
    act: str = "question"  # the speech act: question, request, hypothetical, secret, out_of_scope
    choices: list[str] = field(default_factory=list)  # jobs to choose from when the subject is ambiguous
    choice_intent: str | None = None  # what was asked about the job (the choices become that question)
    choice_kind: str = "job"  # what the choices are: jobs, or addresses (a flat said alone that several have)
    call_intents: list[str | None] = field(default_factory=list)  # per call: the intent of its clause
    premise: str | None = None  # what the question takes for granted ("failed"), checked against the answer
    switched_off: str | None = None  # the job a hypothetical switches off ("if Linear were off")
