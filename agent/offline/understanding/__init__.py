"""Understanding a question: its intent (by meaning, with a confidence), the things it names, and the read-only
tool calls that answer it — or a refusal, or "not understood" with the closest things that can be answered."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from agent.offline.understanding.classifier import RULE_EVIDENCE, Ranked, intent_model
from agent.offline.understanding.entities import Entities, entities_of, vocabulary
from agent.offline.understanding.intents import ANSWERABLE, BY_NAME, Intent
from agent.offline.understanding.planning import follow_up_calls, plan
from pipeline.config import get_settings

ACTION_REQUEST = re.compile(
    r"^\W*(?:please\s+|pls\s+|now\s+)?(?:apply|turn\s+(?:on|off)|switch|enable|disable|start|run|rerun|re-run"
    r"|restart|trigger|set|change|delete|remove|send|create|bind|unbind|pause|resume|stop|kill)\b"
    r"|\b(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:apply|turn|switch|enable|disable|start|run|restart"
    r"|trigger|set|change|delete|send|create|stop)\b"
    r"|\b(?:apply all|run now|run it now)\b"
    r"|(?<!\w)(?:примени|применить|включи|включить|выключи|выключить|запусти|запустить|перезапусти|поменяй"
    r"|поменять|измени|изменить|установи|установить|удали|удалить|отправь|отправить|создай|создать|смени"
    r"|сменить|останови|остановить|привяжи|отвяжи)(?!\w)",
    re.I,
)
SECRET_NOUN = re.compile(
    r"api[\s_-]?keys?|access[\s_-]?tokens?|\btokens?\b|\bkeys?\b|secrets?|password|credential|env(?:ironment)?\s+var"
    r"|\benv\b|[A-Z]+_(?:API_KEY|TOKEN)|ключ|токен|парол|секрет|переменн\w+\s+окружени",
    re.I,
)
SECRET_ASK = re.compile(
    r"\b(?:show|give|print|tell|reveal|display|list|dump|send|share|what(?:'s| is| are)|which)\b"
    r"|(?<!\w)(?:покажи|дай|скажи|какой|какие|какая|назови|выведи|напиши|пришли|отправь|поделись)(?!\w)",
    re.I,
)
NOT_A_SECRET = re.compile(
    r"how many|spent|used|cost|\bwhy\b|сколько|потрач|израсход|стоил|расход|почему", re.I
)
FOLLOW_UP = re.compile(
    r"^\s*(?:and|what about|how about|also|а|и|ну а|а что|а как|а если|а у|а по|а для)\b", re.I
)
FOLLOW_MARGIN = 0.1


@dataclass
class Understanding:
    """The offline model's reading of one question."""

    intent: str | None
    confidence: float
    calls: list[dict[str, Any]] = field(default_factory=list)
    refusal: str | None = None  # "action" or "secret"
    closest: list[Intent] = field(default_factory=list)  # offered when the question is not understood
    names: list[str] = field(default_factory=list)


def evidence_text(text: str, found: Entities) -> str:
    """The question without the names in it (a job called "agenttest.broken" is no failure)."""
    for name in sorted(found.names, key=len, reverse=True):
        text = re.sub(re.escape(name), " ", text, flags=re.I)
    return text


def _secret(text: str) -> bool:
    """A request to see credentials ("show me the Linear token"), not a question that names one ("why no API key?",
    "how many tokens did we use?")."""
    return bool(SECRET_NOUN.search(text) and SECRET_ASK.search(text)) and not NOT_A_SECRET.search(text)


def _best(ranked: list[Ranked], exclude: tuple[str, ...] = ()) -> Ranked:
    return next(r for r in ranked if r.intent.name not in exclude)


def understand(question: str, previous: list[dict[str, Any]], previous_intent: str | None) -> Understanding:
    """Intent, entities and tool calls for a question, given the previous turn (for follow-ups)."""
    floor = get_settings().assistant_intent_floor
    found = entities_of(question, vocabulary())
    if _secret(question):
        return Understanding("refuse_secret", 1.0, refusal="secret", names=found.names)
    boosts = {"person": RULE_EVIDENCE} if found.people else {}
    ranked = intent_model().rank(question, evidence_text(question, found), boosts)
    refusals = ("refuse_action", "refuse_secret", "help")
    refusal = "action" if ACTION_REQUEST.search(question) else None
    top = ranked[0]
    if refusal is None and top.intent.name in ("refuse_action", "refuse_secret") and top.score >= floor:
        refusal = "action" if top.intent.name == "refuse_action" else "secret"
        if refusal == "secret":
            return Understanding("refuse_secret", top.score, refusal="secret", names=found.names)
    best = _best(ranked, exclude=refusals)
    if top.intent.name == "help" and top.score >= best.score and refusal is None:
        return Understanding("help", top.score, names=found.names)
    if previous_intent in BY_NAME and FOLLOW_UP.search(question) and found.named():
        earlier = next(r for r in ranked if r.intent.name == previous_intent)
        if (
            earlier.score >= best.score - FOLLOW_MARGIN
        ):  # "and the first check of this address?": same question
            calls = plan(previous_intent, found, previous)
            if calls:
                return Understanding(previous_intent, earlier.score, calls, refusal, names=found.names)
    follows = bool(FOLLOW_UP.search(question)) or best.score < floor
    if previous and previous_intent and follows and (found.named() or FOLLOW_UP.search(question)):
        calls = follow_up_calls(previous, found)
        if calls and (best.score < floor + FOLLOW_MARGIN or len(question.split()) <= 5):
            return Understanding(previous_intent, best.score, calls, refusal, names=found.names)
    if best.score < floor:
        if found.named() and not refusal:
            calls = plan(None, found, previous)
            if calls:
                return Understanding(None, best.score, calls, names=found.names)
        closest = [r.intent for r in ranked if r.intent in ANSWERABLE][:3]
        return Understanding(None, best.score, [], refusal, [] if refusal else closest, found.names)
    if refusal and best.score < floor + FOLLOW_MARGIN:
        return Understanding("refuse_action", best.score, refusal="action", names=found.names)
    return Understanding(
        best.intent.name, best.score, plan(best.intent.name, found, previous), refusal, names=found.names
    )


__all__ = ["BY_NAME", "Understanding", "understand"]
