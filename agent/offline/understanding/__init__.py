"""Understanding a question: its intent (by meaning, with a confidence), the things it names, and the read-only
tool calls that answer it — or a refusal, or "not understood" with the closest things that can be answered."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from agent.offline.understanding.classifier import RULE_EVIDENCE, Ranked, intent_model
from agent.offline.understanding.control import control_request
from agent.offline.understanding.entities import Entities, entities_of, vocabulary
from agent.offline.understanding.intents import ANSWERABLE, BY_NAME, Intent
from agent.offline.understanding.planning import follow_up_calls, plan, plan_search
from pipeline.config import get_settings

ACTION_REQUEST = re.compile(
    r"^\W*(?:please\s+|pls\s+|plz\s+|now\s+|go ahead and\s+|just\s+)?(?:apply|turn\s+(?:on|off)|switch|enable"
    r"|disable|start|run|rerun|re-run|restart|trigger|set|change|delete|remove|send|create|bind|unbind|pause|resume"
    r"|stop|kill|make|kick\s+off|fire\s+off|open\s+(?:an?|the|new)\s+\w+|file|add|post|write|schedule)\b"
    r"|\b(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:apply|turn|switch|enable|disable|start|run|restart"
    r"|trigger|set|change|delete|send|create|stop|make|open|file|add|post|write|kick)\b"
    r"|\b(?:apply all|run now|run it now)\b"
    r"|(?<!\w)(?:примени|применить|включи|включить|выключи|выключить|запусти|запустить|перезапусти|поменяй"
    r"|поменять|измени|изменить|установи|установить|удали|удалить|отправь|отправить|создай|создать|смени"
    r"|сменить|останови|остановить|привяжи|отвяжи)(?!\w)",
    re.I,
)
# "run history please", "change log": the first word is a noun here, and the line a question
NOUN_FIRST = re.compile(
    r"^\W*(?:run|runs|change|changes|set|schedule|file|post|stop|start|switch)\s+(?:history|details|log|logs|list"
    r"|costs?|status|statuses|times?|#?\d+|of|for|since|summary|reasons?|ids?)\b",
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
# A question word first: a question, never a request, whatever its meaning is close to ("когда опять сборка?")
QUESTION_FIRST = re.compile(
    r"^\W*(?:а\s+|и\s+|so\s+|and\s+)?(?:when|what|whats|why|who|how|which|is|are|was|were|did|does|do|has|have"
    r"|когда|что|чего|почему|зачем|кто|как|какие|какой|какая|сколько|где|откуда|есть|был|была|были)\b",
    re.I,
)
# "а что там с фасадом", "what about the invoice": the rest names a subject; nothing else named → search it
WHAT_ABOUT = re.compile(
    r"^\W*(?:а|и|ну)?\s*(?:что|чё|че)\s+(?:там\s+)?(?:с|со|по|насчёт|насчет)\s+(?P<ru>.+)"
    r"|^\W*(?:and\s+)?(?:what|how)\s+about\s+(?P<en>.+)",
    re.I,
)
# a property's risk score ("what's the risk score for Zelenograd 1104?"), not a project's risks, when an address or
# a check is named and no project is
PROPERTY_RISK = re.compile(r"risk|риск|\bscore\b|скор(?:инг)?\b|оценк\w* риска|рискован|опасн", re.I)
# usage of one unit over a period ("сколько вызовов к источникам было вчера", "LLM calls in the last 3 days")
HOW_MUCH = re.compile(
    r"how many|how much|number of|usage|сколько|число|количеств|потрач|израсход|расход",  # not "do you use"
    re.I,
)
MONEY = re.compile(r"money|\$|\busd\b|dollar|\bspen[dt]|деньг|денег|долл|потрат|трат", re.I)
PAUSED = re.compile(r"\bpaus|на\s+пауз|приостановл", re.I)
CANCELLED = re.compile(r"who cancel|cancell?ed|кто отменил|отменён|отменен|timeline|хронолог", re.I)
WHAT_DID = re.compile(
    r"what did (?:run\s*#?\d+|the (?:last |latest )?[\w.]+ run) do\b|what happened (?:in|during)|step by step"
    r"|timeline|что делал|что происходило|по шагам|хронолог",
    re.I,
)
# Intents only a question's own words can ask for: never chosen by closeness of meaning alone.
GATED = {
    "paused": lambda q: bool(PAUSED.search(q)),
    "run_timeline": lambda q: bool(CANCELLED.search(q) or WHAT_DID.search(q)),
}
COMPARE = re.compile(r"compare|сравни|сравнить|сравнение|\bdiff\b|\bversus\b|\bvs\b", re.I)
LEAD_FLOOR = 0.38  # below the floor, an intent whose key word is there and that leads clearly still counts
LEAD_MARGIN = 0.1


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


def _property_risk(question: str, found: Entities) -> bool:
    named = found.address_said or found.check_id is not None
    return bool(PROPERTY_RISK.search(question) and named and not found.projects and not found.people)


def _usage(question: str, found: Entities) -> bool:
    one_thing = found.run_id is not None or found.check_id is not None or found.about_check
    unit = found.cost_kind or MONEY.search(question)  # money: the total is the asked unit
    return bool(unit and (found.period or HOW_MUCH.search(question)) and not one_thing)


def _best(ranked: list[Ranked], exclude: tuple[str, ...] = ()) -> Ranked:
    return next(r for r in ranked if r.intent.name not in exclude)


def _leads(ranked: list[Ranked], best: Ranked, exclude: tuple[str, ...]) -> bool:
    """Below the floor, but the question has the intent's key word and no other answerable intent comes close."""
    rest = [r for r in ranked if r.intent.name not in exclude and r is not best]
    second = rest[0].score if rest else 0.0
    return best.rule and best.score >= LEAD_FLOOR and best.score - second >= LEAD_MARGIN


def understand(question: str, previous: list[dict[str, Any]], previous_intent: str | None) -> Understanding:
    """Intent, entities and tool calls for a question, given the previous turn (for follow-ups); the same call is
    never planned twice."""
    understood = _understand(question, previous, previous_intent)
    unique: list[dict[str, Any]] = []
    for c in understood.calls:
        if c not in unique:
            unique.append(c)
    understood.calls = unique
    return understood


def _understand(question: str, previous: list[dict[str, Any]], previous_intent: str | None) -> Understanding:
    floor = get_settings().assistant_intent_floor
    found = entities_of(question, vocabulary())
    if _secret(question):
        return Understanding("refuse_secret", 1.0, refusal="secret", names=found.names)
    control = control_request(question)
    if control:  # "cancel the running build": refused with its button or command, nothing else answered
        return Understanding("refuse_action", 1.0, refusal=f"action:{control}", names=found.names)
    boosts = {"person": RULE_EVIDENCE} if found.people else {}
    if PAUSED.search(question):
        boosts["paused"] = RULE_EVIDENCE
    if CANCELLED.search(question) or WHAT_DID.search(question):
        boosts["run_timeline"] = RULE_EVIDENCE
    if COMPARE.search(question):  # "сравни две проверки": the diff of their snapshots, not one check's status
        boosts["diff"] = RULE_EVIDENCE
    ranked = intent_model().rank(question, evidence_text(question, found), boosts)
    ranked = [r for r in ranked if r.intent.name not in GATED or GATED[r.intent.name](question)]
    refusals = ("refuse_action", "refuse_secret", "help")
    refusal = "action" if ACTION_REQUEST.search(question) and not NOUN_FIRST.search(question) else None
    top = ranked[0]
    if (
        refusal is None
        and top.intent.name in ("refuse_action", "refuse_secret")
        and top.score >= floor
        and not QUESTION_FIRST.search(question)
    ):
        refusal = "action" if top.intent.name == "refuse_action" else "secret"
        if refusal == "secret":
            return Understanding("refuse_secret", top.score, refusal="secret", names=found.names)
    if refusal == "action":
        return Understanding(
            "refuse_action", 1.0, refusal="action", names=found.names
        )  # a refusal stands alone
    if _property_risk(question, found):
        return Understanding("risk_score", 1.0, plan("risk_score", found, previous), names=found.names)
    if _usage(question, found):
        return Understanding("cost_period", 1.0, plan("cost_period", found, previous), names=found.names)
    best = _best(ranked, exclude=refusals)
    if best.score < floor and _leads(ranked, best, refusals):
        best = Ranked(best.intent, floor, best.similarity, best.rule)
    if top.intent.name == "help" and top.score >= best.score and refusal is None:
        return Understanding("help", top.score, names=found.names)
    if previous_intent in BY_NAME and FOLLOW_UP.search(question) and found.named():
        earlier = next((r for r in ranked if r.intent.name == previous_intent), None)
        if (
            earlier is not None and earlier.score >= best.score - FOLLOW_MARGIN
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
        about = WHAT_ABOUT.search(question)
        if about and not found.named():
            query = (about.group("ru") or about.group("en")).strip(" ?!.")
            return Understanding("search", best.score, [plan_search(query)], names=found.names)
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
