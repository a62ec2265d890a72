"""Understanding a question, in named stages (one module each):

0. `colloquial` — everyday words put back as the product's («прогон» → «запуск», «линейка» → Linear);
1. `speech_act` — question, request, hypothetical, secret or out of scope, from the sentence's grammar (the one
   place that decides what is a request or a request for credentials);
2. `clauses` — a compound question split into its parts, each understood and answered in order;
3. intent (`classifier`, by meaning) and slots (`entities`) per part;
4. `subjects` — the job the question names by what it does, with Russian lemmas; several → "which did you mean?";
   `named` — a thing named (a check's source, an action, a check's usage, a moved price or risk) decides the reading;
5. `planning` — the read-only tool calls; `requests` — the exact control a refused request needs.
"""

from __future__ import annotations

import re
from typing import Any

from agent.offline.understanding.classifier import RULE_EVIDENCE, Ranked, intent_model
from agent.offline.understanding.clauses import (
    CHECKLIST_SPLIT,
    CHECKLIST_START,
    OF_EVERYTHING,
    ONE_MORE,
    PERIOD_SAID,
    REFERS_BACK,
    carried,
    clauses,
    reason_of_request,
    without_askers_reason,
    without_reporter,
    without_small_talk,
)
from agent.offline.understanding.colloquial import plain
from agent.offline.understanding.entities import ALL_TIME, Entities
from agent.offline.understanding.follow_ups import (
    economy_said,
    follows_on,
    inherit,
    numbered,
    numbers_said,
    previous_subject,
    renumber,
)
from agent.offline.understanding.found import found_in
from agent.offline.understanding.ids import each_one
from agent.offline.understanding.intents import ANSWERABLE, BY_NAME
from agent.offline.understanding.named import (
    BETWEEN_SNAPSHOTS,
    HOW_MUCH,
    ITEM_STATE_ASKED,
    MONEY,
    check_reading,
    named_reading,
    premise,
    project_reading,
)
from agent.offline.understanding.orders import order, orders_in, refused
from agent.offline.understanding.planning import (
    BUDGET_UNITS,
    ITEM_NUMBERED,
    ITEMS_SAID,
    budget_unit_missing,
    call,
    follow_up_calls,
    plan,
    plan_person,
    plan_search,
    plan_what_if,
)
from agent.offline.understanding.reading import Understanding
from agent.offline.understanding.speech_act import (
    CONDITION,
    NOT_A_SECRET,
    OUT_OF_SCOPE_TOPIC,
    OUT_OF_SCOPE_WRITING,
    SECRET_NOUN,
    asks,
    asks_to_see,
    everyday_topic,
    foreign_imperative,
    has_verb,
    in_domain,
    is_secret_request,
    question_first,
    speech_act,
)
from agent.offline.understanding.subjects import (
    JOB_INTENTS,
    JOB_SIGNAL,
    ONE_CHECK_SAID,
    THE_CLASS_ONE,
    THE_PROJECT,
    cases_to_choose,
    checks_to_choose,
    costs_to_choose,
    items_to_choose,
    job_reading,
    jobs_to_choose,
    projects_of,
    projects_to_choose,
    property_meant,
    runs_to_choose,
    snapshots_to_choose,
    to_choose,
)
from agent.offline.understanding.switched_off import readers_of, switched_off
from agent.offline.understanding.topics import TASKS_ELSEWHERE, someone_to_find
from agent.tools import checks as check_tools
from agent.tools import control as control_tools
from agent.tools import engine as engine_tools
from agent.tools import memory as memory_tools
from agent.tools import resolve
from agent.tools.resolve import person_said
from pipeline.config import get_settings

FOLLOW_UP = re.compile(
    r"^\s*(?:and|so|what about|how about|also|а|и|ну а|а что|а как|а если|а у|а по|а для|то есть|значит)\b",
    re.I,
)
FOLLOW_MARGIN = 0.1
# "а что там с фасадом", "what about the invoice": the rest names a subject; nothing else named → search it
WHAT_ABOUT = re.compile(
    r"^\W*(?:а|и|ну)?\s*(?:что|чё|че)\s+(?:там\s+)?(?:с|со|по|насчёт|насчет)\s+(?P<ru>.+)"
    r"|^\W*(?:and\s+)?(?:what|how)\s+about\s+(?P<en>.+)",
    re.I,
)
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
# who started a run: its details say the trigger (schedule, button, CLI) and who pressed it
STARTED_BY = re.compile(
    r"\bwho\b.{0,20}\b(?:started|starts|start|ran|triggered|kicked|launched|initiated|fired)\b"
    r"|(?<!\w)кто\b.{0,20}(?:запустил|запускал|перезапуск|стартовал|инициировал|инициализировал|тр[иi]ггер\w*ил)\w*"
    r"|(?<!\w)кем\b.{0,20}(?:инициирован|запущен|начат|стартован)\w*"  # «кем был инициирован запуск»
    r"|(?<!\w)кто\b.{0,20}(?:тыкнул|нажал|жмакнул)\w*",  # «кто его тыкнул?»: who pressed the button
    re.I,
)
WHILE_AWAY = re.compile(
    r"\bwhat (?:did|have) I miss(?:ed)?\b|\bcatch me up\b|\bfill me in\b|\bwhile I was (?:away|out|off)\b"
    r"|пока меня не было|что я пропустил\w*|что (?:я )?пропустила|введ\w* (?:меня )?в курс",
    re.I,
)
DOUBT = re.compile(
    r"\b(?:are|r) (?:you|u) (?:sure|certain)\b|\bcan'?t be right\b|\bis that (?:all|right|correct|true)\b|^\W*really\W*$"
    r"|\bsure about that\b|(?<!\w)(?:точно|уверен\w*|серь[её]зно|правда)\s*\?|не может быть|это вс[её]\s*\?"
    r"|^\W*(?:и|а)?\s*вс[её]\s*\?",
    re.I,
)
COMPARE = re.compile(r"compare|сравни|сравнить|сравнени|\bdiff\b|\bversus\b|\bvs\b", re.I)
MEMORY_ITEMS = ("risks", "commitments", "provenance")  # a promise or a risk, or where one came from
LEAD_FLOOR = 0.38  # below the floor, an intent whose key word is there and that leads clearly still counts
LEAD_MARGIN = 0.1


def evidence_text(text: str, found: Entities) -> str:
    """The question without the names in it (a job called "agenttest.broken" is no failure)."""
    for name in sorted(found.names, key=len, reverse=True):
        text = re.sub(re.escape(name), " ", text, flags=re.I)
    return text


def _usage(question: str, found: Entities) -> bool:
    one_thing = found.run_id is not None or found.check_id is not None or found.about_check
    unit = found.cost_kind or MONEY.search(question)  # money: the total is the asked unit
    failure = found.status == "failed" and not HOW_MUCH.search(question)  # «почему сборка эмбеддингов упала»
    return bool(unit and (found.period or HOW_MUCH.search(question)) and not one_thing and not failure)


def _best(ranked: list[Ranked], exclude: tuple[str, ...] = ()) -> Ranked:
    return next(r for r in ranked if r.intent.name not in exclude)


def _leads(ranked: list[Ranked], best: Ranked, exclude: tuple[str, ...]) -> bool:
    """Below the floor, but the question has the intent's key word and no other answerable intent comes close."""
    rest = [r for r in ranked if r.intent.name not in exclude and r is not best]
    second = rest[0].score if rest else 0.0
    return best.rule and best.score >= LEAD_FLOOR and best.score - second >= LEAD_MARGIN


def understand(question: str, previous: list[dict[str, Any]], previous_intent: str | None) -> Understanding:
    """Intent, entities and tool calls for a question, given the previous turn (for follow-ups); a compound
    question's parts in order; the same call is never planned twice."""
    # «прогон», «линейка»: the product's words first; «шеф спрашивает: …»: the question itself
    question = without_small_talk(without_reporter(plain(question)))  # «Как семья? … Слушай, перезапусти …»
    question = without_askers_reason(
        question
    )  # ", since a bailiff's claim would change our view": why they ask
    parts = clauses(question)
    if len(parts) > 1 and DO_IT.match(
        parts[-1]
    ):  # "can set a budget of $5 or not? pls just do it": one request
        parts = [question]
    asks_more = any(not SECRET_NOUN.pattern.search(p) and not reason_of_request(p) for p in parts)
    if len(parts) > 1 and is_secret_request(question) and not asks_more:  # "what token is it? paste it here"
        parts = [
            question
        ]  # one ask; "the Chatwoot token, and when did it last sync?" is refused and answered
    if len(parts) > 1 and CONDITION.search(question) and not any(CONDITION.search(p) for p in parts):
        parts = [question]  # «поставите на паузу — и что, …?»: the condition and its question are one ask
    costs = costs_to_choose(question, bool(previous))  # «Сколько стоило?» as a whole message: which cost?
    if costs:
        return Understanding(
            "clarify", 1.0, choices=costs, choice_intent="cost_period", choice_kind="question"
        )
    if len(parts) > 1:
        # "Status of ingest.attio; spend today; next digest": a checklist, each item on its own
        checklist = bool(CHECKLIST_START.match(question) and CHECKLIST_SPLIT.search(question))
        understood = _compound(parts, previous, previous_intent, checklist)
    else:
        understood = _understand(question, previous, previous_intent)
        understood.call_intents = [understood.intent] * len(understood.calls)
    unique: list[dict[str, Any]] = []
    intents: list[str | None] = []
    # «запуск 9 и запуск 10 — что с ними?»: each run or check listed; the same call is never planned twice
    for c, intent in each_one(list(zip(understood.calls, understood.call_intents, strict=True)), question):
        if c not in unique:
            unique.append(c)
            intents.append(intent)
    status_of = [
        c["args"].get("job")
        for c in unique
        if c["name"] in ("job_status", "next_run", "run_details") and c["args"].get("job")
    ]
    if (
        len(set(status_of)) == 1
        and (len(parts) == 1 or len(status_of) == len(unique))  # «лимит у Attio и как часто она запускается?»
        and SETTINGS_ASKED.search(question)
        and not any(c["name"] == "job_pause" for c in unique)
    ):
        # "ingest.attio: cadence, limit, last run status": its settings beside its state
        unique.append(call(control_tools.job_pause, job=status_of[0]))
        intents.append("paused")
    said = found_in(question)
    compared = _run_compared(question, said, unique)
    if compared:  # "the first ingest.chatwoot run vs run #8": both runs, the one said by its place first
        unique, intents = [compared, *unique], [intents[unique.index(_numbered_run(unique))], *intents]
    borrowing = _borrowing_check(question)
    if (
        borrowing is not None
    ):  # «почему проверка 3 взяла данные с проверки 1»: where check 3's facts came from
        unique, intents = [call(check_tools.fact_provenance, check_id=borrowing)], ["provenance"]
    borrower = None if borrowing is not None else _borrower(question, said.buildings)
    if borrower:  # "the check on Tverskaya reused what the Leninsky check gathered": Tverskaya's, not both
        moved = [_at(c, borrower, said.buildings) for c in unique]
        kept = [i for i, c in enumerate(moved) if c not in moved[:i]]
        unique, intents = [moved[i] for i in kept], [intents[i] for i in kept]
    elif len(said.buildings) > 1:  # "the risk of Leninsky 90 and of Tverskaya 1": each building's
        unique, intents = _each_building(unique, intents, said.buildings)
    understood.calls, understood.call_intents = unique, intents
    if said.check_id is None:  # "and what's in its snapshot?" after check 2: the thread's check
        said.check_id = next((c["args"]["check_id"] for c in unique if c["args"].get("check_id")), None)
    understood.premise = premise(question, said)  # checked against the answer (named.premise)
    return understood


WHAT_CHANGED = re.compile(r"\bchang|\bdiffer|\bbefore\b|измен|поменял|разниц|было|стало", re.I)
MOST_EXPENSIVE_RUN = re.compile(
    r"\bmost expensive\b|\b(?:cost|spent)\s+the most\b|(?<!\w)(?:сам\w+ дорог\w*|дороже всех)"
    # "which job has incurred the greatest total cost", «наибольшие расходы»: the same ask, said formally
    r"|\b(?:greatest|highest|largest|biggest)\s+(?:total\s+)?(?:cost|spend|expense)s?\b"
    r"|(?<!\w)(?:наибольш|максимальн|крупнейш|самы\w* больш)\w*\s+(?:\w+\s+)?(?:расход|затрат|стоимост|трат)",
    re.I,
)
# "which job cost the most, and what did its last run cost?": "its" is the job the first part's answer names
JOB_ASKED = re.compile(r"\bjobs?\b|(?<!\w)(?:задани|задач|джоб)\w*", re.I)


# the check said again for a later part by `carried` («проверка …», "the check of …")
CHECK_SAID_AGAIN = re.compile(r"^(?:проверка|the check of)\s+")


# a pronoun that points at the subject said before ("its status", «её риск»)
POINTS_AT = re.compile(r"\b(?:it|its|they|them|their)\b|(?<!\w)(?:он|она|оно|они|его|её|ее|их)(?!\w)", re.I)


# runs, more than one: "the last runs of ingest.chatwoot", «последние запуски»
ONE_OF_THEM = re.compile(
    r"\b(?:later|earlier|first|last|second|newer|older|latest)\s+of\s+(?:those|these|the|them)\b"
    r"|(?<!\w)(?:последн|перв|втор|поздн|ранн)\w*\s+из\s+(?:них|этих)",
    re.I,
)
RUNS_SAID = re.compile(r"\bruns\b|(?<!\w)(?:запуски|запусков|запусках|прогоны|прогонов)(?!\w)", re.I)


# "…, and what did they cost?", «и сколько на них ушло?»: the things the part before counted
THEM = re.compile(
    r"\b(?:them|they|those)\b|(?<!\w)(?:них|они|их|ним|этих|эти)(?!\w)"
    # "…today, and which job cost the most?": the most of the same day's
    r"|\b(?:the )?most\b|\btop\b|\bbiggest\b|(?<!\w)(?:больше всех|дороже всех|сам\w+ дорог\w*|больше всего)(?!\w)",
    re.I,
)


# "… pls just do it for me", «… сделай это, плиз»: the ask before, asked to be done
DO_IT = re.compile(
    r"^\W*(?:(?:pls|plz|please|kindly|just|then|so|and)\s+)*(?:do|set|make)\s+(?:it|that|this)\b"
    r"|^\W*(?:(?:ну|так|и|просто)\s+)*(?:сделай\w*|поставь\w*|включи\w*)\s+(?:это|так|его|её|ее)(?!\w)",
    re.I,
)


COMPARED = re.compile(
    r"\bvs\.?(?!\w)|\bversus\b|\bcompared (?:to|with)\b|(?<!\w)(?:против|по сравнению)(?!\w)", re.I
)


def _numbered_run(calls: list[dict[str, Any]]) -> dict[str, Any]:
    return next(c for c in calls if c["name"] == "run_details" and c["args"].get("run_id") is not None)


def _run_compared(question: str, said: Entities, calls: list[dict[str, Any]]) -> dict[str, Any] | None:
    """A run said by its place ("the first X run") beside one said by its number, when the two are compared."""
    if (
        said.run_id is None
        or said.order not in ("first", "latest")
        or not said.job
        or not COMPARED.search(question)
    ):
        return None
    if not any(c["name"] == "run_details" and c["args"].get("run_id") is not None for c in calls):
        return None
    first = True if said.order == "first" else None
    other = call(engine_tools.run_details, job=said.job, first=first)
    return None if other in calls else other


# "…reused whatever the Leninsky check gathered", «взяла данные из проверки по Ленинскому»: the building after these
# words is where facts are said to come from; the one before is the check asked about
BORROWED = re.compile(
    r"\b(?:reus\w*|borrow\w*|cop(?:y|ied|ies)|took|taken|take|takes|inherit\w*|pulled)\b|переиспольз\w*|позаимствова\w*"
    r"|(?<!\w)(?:взял\w*|взят\w*|скопирова\w*|подтянул\w*)(?!\w)",
    re.I,
)


def _borrower(question: str, buildings: list[str]) -> str | None:
    """The one building said before the words of borrowing when two are named, else None."""
    said = BORROWED.search(question)
    if len(buildings) != 2 or not said:
        return None
    before = [b for b in buildings if resolve.address_matches(question[: said.start()], b)]
    return before[0] if len(before) == 1 else None


CHECK_SAID = re.compile(r"(?:\bchecks?|(?<!\w)проверк\w*)\s*(?:#|№)?\s*(\d+)", re.I)


def _borrowing_check(question: str) -> int | None:
    """Check A said before the words of borrowing and check B after («проверка 3 взяла данные с проверки 1"): A."""
    said = BORROWED.search(question)
    if not said:
        return None
    before = [int(m.group(1)) for m in CHECK_SAID.finditer(question[: said.start()])]
    after = [int(m.group(1)) for m in CHECK_SAID.finditer(question[said.end() :])]
    return before[-1] if before and after and before[-1] not in after else None


def _at(c: dict[str, Any], address: str, buildings: list[str]) -> dict[str, Any]:
    if c["args"].get("address") in buildings and c["args"]["address"] != address:
        return {"name": c["name"], "args": {**c["args"], "address": address}}
    return c


def _each_building(
    calls: list[dict[str, Any]], intents: list[str | None], buildings: list[str]
) -> tuple[list[dict[str, Any]], list[str | None]]:
    """A property's lookups made once per building the question names, when they were planned for one of them."""
    more_calls, more_intents = list(calls), list(intents)
    for c, intent in zip(calls, intents, strict=True):
        if c["name"] not in ("check_status", "fact_provenance", "check_cost") or not c["args"].get("address"):
            continue
        for address in buildings:
            other = {"name": c["name"], "args": {**c["args"], "address": address}}
            if address != c["args"]["address"] and other not in more_calls:
                more_calls.append(other)
                more_intents.append(intent)
    return more_calls, more_intents


# A job's settings asked beside its state ("cadence, limit, last run status"): its cadence and limit said too
SETTINGS_ASKED = re.compile(
    r"\bcadence|\binterval|how often|\blimits?\b|per-run|как часто|периодичн|интервал|лимит", re.I
)


# A later part that asks what would still be possible under the hypothetical before it ("could somebody still start
# it by hand?", «а вручную можно будет запустить?»): answered by the hypothetical, not a request of its own
STILL_POSSIBLE = re.compile(
    r"\b(?:would|could|can)\b.{0,40}\bstill\b|\bstill be able\b|(?<!\w)(?:можно|смогу|сможем|получится)\s+(?:ли\s+)?"
    r"(?:будет|ещё|еще|по-прежнему)|(?<!\w)(?:будет|ещё|еще|по-прежнему)\s+(?:можно|получится)",
    re.I,
)


# "the linear one", «тот, что от линеара»: one of the runs the part before listed, in their state
ONE_OF_THOSE = re.compile(r"\b(?:one|ones)\b|(?<!\w)(?:тот|та|того|той|который|которая)(?!\w)", re.I)
STATE_SAID = {
    "skipped": ("пропущен", "skipped"),
    "failed": ("упал", "failed"),
    "cancelled": ("отменён", "cancelled"),
}


def _priciest_job(period: str) -> str | None:
    """The job that cost the most over a period, read from the ledger: what "its" means after "which job cost the
    most?" in the same message."""
    spent = engine_tools.spent_by_job(period)
    spent.pop("assistant", None)
    top = max(spent, key=lambda name: spent[name], default=None)
    return top if top is not None and spent[top] > 0 else None


def _compound(
    parts: list[str], previous: list[dict[str, Any]], previous_intent: str | None, checklist: bool = False
) -> Understanding:
    """Each part understood on its own, in order; a part that names nothing borrows the earlier part's subject."""
    first: Understanding | None = None
    calls: list[dict[str, Any]] = []
    intents: list[str | None] = []
    names: list[str] = []
    found_before: Entities | None = None
    period_before: str | None = None
    # a request among the parts: refused, with its control, beside the rest
    refused: Understanding | None = None
    asked_marked = any("?" in p for p in parts)
    priciest_job: str | None = None
    snapshots_before: list[int] = []
    status_before: str | None = None
    for part in parts:
        if refused is not None and reason_of_request(part):
            continue  # "…? the client's waiting on it": why it is asked, not one more ask
        if first is not None and first.intent == "out_of_scope" and reason_of_request(part):
            continue  # "a restaurant near the office? We're celebrating a deal.": the same other topic
        other_topic = first is not None and first.intent == "out_of_scope"
        if other_topic and not _subject(found_in(part)) and not in_domain(part):
            continue  # "Should we sue the developer? Is it worth it?": "it" is the same other topic
        if other_topic and re.match(
            r"^\W*(?:или|or)\b|.{0,20}\b(?:only|just)\b|.{0,20}(?<!\w)только(?!\w)", part, re.I
        ):
            continue  # «…на Привозе? Или вы только за свои проверки?»: what the assistant is for, asked in passing
        if first is not None and BARE_ABOUT.fullmatch(part):
            continue  # "…when'd she last say something, and what about?": the answer before says what about
        if first is not None and PURPOSE.match(part) and "?" not in part:
            continue  # «… что он нашёл? Для сальдо по обременениям.», "For the audit file.": what it is for
        if first is not None and first.switched_off and STILL_POSSIBLE.search(part):
            continue  # «…на паузу, он перестанет? А вручную можно будет запустить?»: the same hypothetical
        found = found_in(part)
        text = part
        borrows = (REFERS_BACK.search(part) or in_domain(part)) and not OF_EVERYTHING.search(part)
        # "Status of ingest.attio; spend today; next digest": each item of a checklist stands on its own
        borrows = borrows and not (checklist and CHECKLIST_START.match(part) and not POINTS_AT.search(part))
        # "…Tverskaya 1, and what changed when it was re-checked?": the property's re-check, not the recheck job
        rechecked = found.jobs == ["checks.recheck"] and not found.literal_jobs
        about_property = found_before is not None and (
            found_before.address or found_before.check_id is not None
        )
        # («что поменялось после перепроверки?» after Tverskaya: its re-check; "when is the next re-check?": the job's)
        re_check_of_it = (
            rechecked and about_property and (REFERS_BACK.search(part) or WHAT_CHANGED.search(part))
        )
        if re_check_of_it:
            found = found_in(part.replace("re-checked", "checked"))
            found.jobs = found.soft_jobs = []
        notices_of_it = found.notices_said and found_before is not None and found_before.address
        if notices_of_it and not _subject(found) and borrows:
            text = f"{part} — {found_before.address}"  # "…Tverskaya, and has that notice been read?": its notices
        elif priciest_job and not _subject(found) and POINTS_AT.search(part):
            text = f"{priciest_job} {part}"  # "…, and the cost of its most recent run": that job's run
        elif (
            found_before is not None
            and borrows
            and (
                not _subject(found)
                or _project_thing_of(found, found_before)
                or _unit_of(part, found, found_before)
            )
        ):
            text = f"{carried(found_before, part)} {part}".strip()
        elif (
            period_before in PERIOD_SAID
            and not found.period
            and THEM.search(part)
            and not ALL_TIME.search(part)
            # «Самый дорогой прогон — какой?»: the dearest run of all, unless "of them" says those (a job that cost
            # the most is the same day's)
            and not (
                MOST_EXPENSIVE_RUN.search(part)
                and re.search(r"\bruns?\b|(?<!\w)(?:прогон|запуск)", part, re.I)
                and not re.search(r"\bof (?:them|those)\b|(?<!\w)из (?:них|этих)(?!\w)", part, re.I)
            )
        ):
            # «сколько запусков сегодня и сколько на них ушло в сумме?»: those runs, that day
            text = f"{part} {PERIOD_SAID[period_before][0 if re.search(r'[а-яё]', part, re.I) else 1]}"
        if status_before and not found.status and ONE_OF_THOSE.search(part) and not text.endswith(")"):
            # "which runs skipped, and what is the linear one's reason?": the linear run in that state
            text = f"{text} ({STATE_SAID[status_before][0 if re.search(r'[а-яё]', part, re.I) else 1]})"
        if (
            first is not None
            and reason_of_request(part)
            and has_verb(part)  # «стоимость 7 дней»: a bot-like ask with no verb is an ask, not a remark
            and speech_act(part, names_something=True) not in ("request", "secret")
            # «… чатвута и она чё ничё не нашла»: with no question mark anywhere, a part lacks none
            and (asked_marked or first.refusal)
        ):
            continue  # "…? the bank is pressing", "In Airflow I'd see it in the grid view": a remark, not an ask
        understood = _understand(text, previous, previous_intent)
        if understood.intent == "clarify" and first is not None and text != part:
            # «…: каков риск и сколько стоит метр?»: the part before already settled which check; the carried
            # subject asks nothing back
            understood = _understand(CHECK_SAID_AGAIN.sub("", text, count=1), previous, previous_intent)
        # "snapshot 4 — which check, and what changed against snapshot 2?": 2 and 4 compared
        for c in understood.calls:
            one = c["args"].get("snapshots") if c["name"] == "snapshot_diff" else None
            if one and len(one) == 1 and len(snapshots_before) == 1 and snapshots_before[0] != one[0]:
                c["args"]["snapshots"] = sorted([snapshots_before[0], one[0]])
        if re_check_of_it:  # what the re-check changed, or what it was before: its snapshots' diff
            understood = Understanding("diff", 1.0, plan("diff", found_in(text), previous))
        if first is not None and first.calls and ONE_MORE.match(part):
            # "…, and the second one, same price or not?": the first part's question, of the one said now
            understood = Understanding(
                first.intent, first.confidence, plan(first.intent, found_in(text), previous)
            )
        chatter = understood.intent == "out_of_scope" and not in_domain(part) and reason_of_request(part)
        if chatter and not everyday_topic(part) and any(in_domain(p) for p in parts if p is not part):
            continue  # «Уважаемая программа, извините, я запутался. Подскажите, …»: the asker's manners, no ask
        if first is None and understood.intent == "clarify":
            return understood  # «какой статус у проверки по Ленинскому 90? банк торопит»: which check, first
        refused = refused or (understood if understood.refusal else None)
        found_before = found if _subject(found) else found_before
        period_before = found.period or period_before
        snapshots_before = found.snapshot_ids or snapshots_before
        status_before = found.status or status_before
        if (
            first is None
            and MOST_EXPENSIVE_RUN.search(part)
            and JOB_ASKED.search(part)
            and not _subject(found)
        ):
            priciest_job = _priciest_job(found.period or ("all" if ALL_TIME.search(part) else "week"))
        first = first or understood
        calls += understood.calls
        intents += [understood.intent] * len(understood.calls)
        names += understood.names
    assert first is not None
    if not calls:
        # «Сколько можно ждать?! Перегенерируйте дайджест»: the order, not the exclamation before it
        return refused if refused is not None and first.intent == "out_of_scope" else first
    if refused is None:
        return Understanding(
            first.intent,
            first.confidence,
            calls,
            names=names,
            call_intents=intents,
            act=first.act if first.switched_off else "question",
            switched_off=first.switched_off,
        )
    return Understanding(
        first.intent,
        first.confidence,
        calls,
        refusal=refused.refusal,
        names=names,
        control=refused.control,
        call_intents=intents,
        act=refused.act,
    )


# "print its value" after a key was explained: the key's value is asked for
ITS_VALUE = re.compile(r"\bvalues?\b|\bthe key itself\b|\bthe actual key\b|значени", re.I)
SECRET_TERMS = ("openai_key",)


def _its_value(question: str, previous: list[dict[str, Any]]) -> bool:
    """A follow-up asking for the value of the credential the previous turn explained."""
    about_key = any((c.get("args") or {}).get("term") in SECRET_TERMS for c in previous or [])
    return about_key and ITS_VALUE.search(question) is not None


def _asked_back(
    found: Entities, choices: list[str], intent: str, kind: str, confidence: float = 1.0
) -> Understanding:
    """ "Which did you mean?": the question's candidates, what each choice asks, and what kind of thing they are."""
    return Understanding(
        "clarify", confidence, names=found.names, choices=choices, choice_intent=intent, choice_kind=kind
    )


def _project_thing_of(found: Entities, before: Entities) -> bool:
    """«по проекту northwind: …, и сколько предложенных действий ждут решения?»: the actions or the digest said by
    their job's words, after a part that named one project, are that project's (not the job's)."""
    from agent.offline.understanding.named import PROJECT_THING

    things = found.jobs and all(j in PROJECT_THING for j in found.jobs) and not found.literal_jobs
    return bool(things and len(before.projects) == 1 and not found.projects and not found.run_id)


# "How many chunks?", «сколько фрагментов?»: a count asked in a unit's word alone
COUNT_IN_UNIT = re.compile(r"^\W*(?:and\s+|а\s+|и\s+)?(?:how many|сколько)\s+[\w-]+\W*$", re.I)


def _unit_of(part: str, found: Entities, before: Entities) -> bool:
    """ "memory.extract, last run result? How many chunks?": a count in a unit's word (which names a job of its own)
    after a part that named one job by its name is a count of that job's run."""
    return bool(
        COUNT_IN_UNIT.match(part) and found.jobs and not found.literal_jobs and len(before.literal_jobs) == 1
    )


def _subject(found: Entities) -> bool:
    """The part names a thing of its own (an order word such as "last" is not one; "any unread notice" names
    the notices, not the notice jobs)."""
    notices_only = found.notices_said and all(j.startswith("notices.") for j in found.soft_jobs)
    return bool(
        found.jobs
        or (found.soft_jobs and not notices_only)
        or found.projects
        or found.people
        or found.run_id
        or found.check_id
        or found.address
    )


# A part that asks only what the part before was about ("and what about?", «и о чём?»)
BARE_ABOUT = re.compile(
    r"\W*(?:and\s+|и\s+|а\s+)?(?:what about|about what|what was it about|о ч[её]м|про что)\W*", re.I
)
# A part that says what the answer is for («Для акта сверки.», "For my report."): not one more ask
PURPOSE = re.compile(
    r"^\W*(?:(?:это|мне|нам|нужно|надо)\s+)?для\s|^\W*(?:it'?s\s+|this is\s+)?for\s+(?:the|my|our|a|an)\s",
    re.I,
)
PRONOUN = re.compile(
    r"\b(?:it|its|it's|they|them|he|she|him|her|his)\b|\b(?:the|that|this)\s+(?:\w+\s+)?thing\b|(?<!\w)(?:он|она|оно|они|его|её|ее|их|ему|ей)(?!\w)",
    re.I,
)


# "Sitrep on ingest.linear." → "Reason on the last one?": the last of what was just discussed, a pointer back
THE_LAST_ONE = re.compile(r"\bthe (?:last|latest|newest|previous) one\b", re.I)


def _inherit(question: str, found: Entities, previous: list[dict[str, Any]]) -> bool:
    """A follow-up that names nothing of its own («а обещания?», "why not") takes the previous turn's subject."""
    subject = previous_subject(previous) if previous else {}
    recheck_word = (found.jobs or found.soft_jobs) == ["checks.recheck"] and not found.literal_jobs
    if recheck_word and {"check_id", "address"} & set(subject):
        found.jobs, found.soft_jobs = (
            [],
            [],
        )  # «а когда её перепроверяли?» after a check: its re-check, not the job
    one_job = (
        len(found.soft_jobs) == 1
    )  # «уведомления» names two jobs: a topic word, not a subject of its own
    # «а почему он упал сегодня?»: a pronoun points back even with a period or a status said
    pronoun = bool(PRONOUN.search(question) or THE_LAST_ONE.search(question))
    own_item = bool(
        ITEM_NUMBERED.search(question)
    )  # "is invoice 17 paid?" names its own thing, after anything
    # «чек тверская» → «а объявления?»: a source alone is a part of the check before, not a subject of its own
    source_of_check = bool(found.source and {"check_id", "address"} & set(subject)) and not (
        found.jobs or found.run_id or found.check_id or found.projects or found.people or found.address
    )
    named = found.named() and not source_of_check
    open_ = not (named or found.job_class or one_job or own_item) and (
        pronoun or not (found.period or found.status)
    )
    # «а кто его перезапускал в последний раз?»: a pronoun points back though "last" is said
    open_ = open_ or (pronoun and not _subject(found) and not found.job_class)
    if subject and open_ and follows_on(question) and not OUT_OF_SCOPE_TOPIC.search(question):
        inherit(found, subject)
        if (
            found.people and not found.projects and THE_PROJECT.search(question)
        ):  # "that client" after Tom: his
            found.projects, found.people = projects_of(found.people), []
        number = numbered(question) or next(
            iter(numbers_said(question)), None
        )  # «а девятый?» after run 8: run 9
        if number is not None and _listed_run(question, subject, previous):
            found.run_id, found.jobs = number, []  # «кто отменил 11?» after a job's runs: that run
        elif number is not None and _listed_check(question, subject, previous):
            found.check_id, found.about_check = number, True  # «а по #2 — …» after the checks of an address
        elif number is not None:
            renumber(found, subject, number)
        return True
    return False


def _listed_check(question: str, subject: dict[str, Any], previous: list[dict[str, Any]]) -> bool:
    """The previous turn listed checks and this one names one by its number in digits («а по #2 — …?»)."""
    listed = any(c.get("name") == "list_checks" for c in previous)
    return listed and "check_id" not in subject and re.search(r"\d", question) is not None


def _listed_run(question: str, subject: dict[str, Any], previous: list[dict[str, Any]]) -> bool:
    """The previous turn listed runs and this one names a number in digits: one of those runs ("and 11?"), not the
    list again (an ordinal word, "the second", is a place in the list, not a run's number)."""
    listed = any(c.get("name") == "recent_runs" for c in previous)
    return listed and "run_id" not in subject and re.search(r"\d", question) is not None


# "which of them are about payment?", «какие из них пришли из attio?»: a part of what the previous turn listed
SUBSET = re.compile(
    r"\b(?:which|any|how many|what|who) of (?:them|those|these|the above)\b|\bof (?:them|those|these)\b"
    r"|^\W*(?:and\s+|so\s+)?which (?:one|ones)\b"
    r"|(?<!\w)(?:какие|которые|какая|какой|кто|что|сколько)\s+из\s+(?:них|этих|тех)(?!\w)|(?<!\w)из них(?!\w)",
    re.I,
)
SUBSET_INTENTS = ("commitments", "risks")


def _subset(
    question: str, found: Entities, previous: list[dict[str, Any]], previous_intent: str | None
) -> Understanding | None:
    """A follow-up that narrows the commitments or risks just listed: the same question about the same project,
    narrowed by its topic, its vendor ("came from attio") or its state ("waiting for review")."""
    if previous_intent not in SUBSET_INTENTS or not SUBSET.search(question):
        return None
    subject = previous_subject(previous)
    if not found.projects and subject.get("project"):
        found.projects = [str(subject["project"])]
    found.jobs, found.soft_jobs = [], []  # "came from attio" names where the words came from, not a job
    return Understanding(previous_intent, 1.0, plan(previous_intent, found, previous), names=found.names)


def _switched_off(question: str, found: Entities) -> Understanding | None:
    """A hypothetical that switches a job off: that job and the jobs that read what it makes, each as it is."""
    off = switched_off(question, found.jobs or found.soft_jobs)
    if not off:
        return None
    job = off.removeprefix("paused:")
    # "…memory.build were paused; would the Chatwoot sync still run?": another job asked about is said too
    named = [*(found.jobs or found.soft_jobs), *([f"ingest.{found.vendor}"] if found.vendor else [])]
    others = [j for j in dict.fromkeys(named) if j != job and j not in readers_of(job)]
    calls = [call(engine_tools.job_status, job=name) for name in (job, *readers_of(job), *others[:2])]
    return Understanding("what_if_off", 1.0, calls, names=found.names, act="hypothetical", switched_off=off)


def _by_its_words(question: str, found: Entities) -> Understanding | None:
    """Readings its own words settle before meaning: another topic that names money ("the dollar to ruble rate")
    is out of scope; who started a run (or a job's latest run) is that run's details; "what did I miss?" is what
    changed since the asker last looked."""
    if WHILE_AWAY.search(question):  # «что произошло, пока меня не было?», 'catch me up'
        return Understanding("notices", 1.0, plan("notices", found, []), names=found.names)
    if OUT_OF_SCOPE_TOPIC.search(question) and not _subject(found):
        return Understanding("out_of_scope", 1.0, names=found.names, act="out_of_scope")
    if (
        STARTED_BY.search(question)
        and found.run_id is None
        and found.job
        and RUNS_SAID.search(question)
        and not ONE_OF_THEM.search(question)  # "the later of those runs": one of them
    ):
        # «последние запуски ingest.chatwoot — кто их запускал?»: each run with its trigger and who pressed it
        calls = [call(engine_tools.recent_runs, job=found.job, limit=5)]
        return Understanding("who_started", 1.0, calls, names=found.names)
    if STARTED_BY.search(question) and found.run_id is None and found.job and not found.order:
        runs = runs_to_choose(question, "who_started", found)
        if runs:  # «кем был инициирован запуск синхронизации Chatwoot?» of a job that ran twice: which run
            return _asked_back(found, runs, "who_started", "run")
    if STARTED_BY.search(question) and (found.run_id is not None or found.job):
        args = {"run_id": found.run_id} if found.run_id is not None else {"job": found.job}
        if found.run_id is None and found.order == "first":  # "who ran the very first import"
            args["first"] = True
        return Understanding("who_started", 1.0, [call(engine_tools.run_details, **args)], names=found.names)
    return None


def _understand(question: str, previous: list[dict[str, Any]], previous_intent: str | None) -> Understanding:
    floor = get_settings().assistant_intent_floor
    question = economy_said(question, previous_intent)  # "…and if we turned it on?" after economy: economy
    found = found_in(question)
    bare = re.search(r"(?:#|№)\s*(\d+)", question)
    if (
        bare
        and found.check_id is None
        and found.run_id is None
        and any(c.get("name") == "list_checks" for c in previous)
    ):
        found.check_id, found.about_check = (
            int(bare.group(1)),
            True,
        )  # «а по #2 — …» after a list of checks: that one
    if (
        previous_intent in (*JOB_INTENTS, "cost_period")
        and len(found.soft_jobs) == 1
        and not found.jobs
        and not found.projects
    ):
        found.jobs = list(
            found.soft_jobs
        )  # after a question about a job, "what about the digest?" is a job too
    subset = _subset(question, found, previous, previous_intent)  # "which of those came from attio?"
    if subset:
        return subset
    if previous and previous_intent in BY_NAME and DOUBT.search(question) and not found.named():
        # "are you sure that's all?", «точно?»: the same lookup again, read afresh — not a new question
        calls = [{"name": c["name"], "args": dict(c.get("args") or {})} for c in previous if c.get("name")]
        return Understanding(previous_intent, 1.0, calls, names=found.names)
    inherited = _inherit(question, found, previous)  # «а обещания?»: the previous turn's subject
    said = previous_subject(previous)
    listed_run = inherited and (
        _listed_run(question, said, previous) or _listed_check(question, said, previous)
    )
    if (
        inherited and not listed_run and (numbered(question) is not None or numbers_said(question))
    ):  # «а девятый?», "and the next one, 9?", «а 9 и 10?»: the same question
        calls = follow_up_calls(previous, found)
        if calls:
            return Understanding(previous_intent, 1.0, calls, names=found.names)
    act = speech_act(
        question,
        names_something=_subject(found),
        names_property=bool(found.address or found.flat or found.address_said),
        in_thread=bool(previous),
    )
    # «сделай шаблон…», a notary near a property: not Mirano's, whatever job, project or address it names
    if someone_to_find(question) or TASKS_ELSEWHERE.search(question):
        return Understanding("out_of_scope", 1.0, names=found.names, act="out_of_scope")
    if act == "secret" or _its_value(question, previous):
        return Understanding("refuse_secret", 1.0, refusal="secret", names=found.names, act="secret")
    off = _switched_off(question, found)  # «если отключить Linear, что перестанет обновляться»
    if off:
        return off
    if act == "request":  # "pause all the syncs and rerun the digest": each order its command
        return orders_in(question, previous) or order(question, found, previous)
    if act == "hypothetical" and budget_unit_missing(question):  # "a cap of 10": of what? ask, do not guess
        return _asked_back(found, list(BUDGET_UNITS), "what_if", "unit")
    if act == "hypothetical":
        found.jobs = found.jobs or found.soft_jobs[:1]
        calls = plan_what_if(question, found)
        return Understanding("what_if", 1.0, calls, names=found.names, act=act)
    if found.cadastral:  # a cadastral number no checked property has: said first, then the checked addresses
        return Understanding("list_checks", 1.0, [call(check_tools.list_checks)], names=found.names)
    if found.project_unknown and not found.projects:  # "the Beta Build project": none; the projects there are
        return Understanding("projects", 1.0, [call(memory_tools.list_projects)], names=found.names)
    someone = None if found.people else person_said(question)
    if someone:  # "what did sarah from northwind write?": no such author; the authors there are
        return Understanding("person", 1.0, [plan_person(someone)], names=found.names)
    boosts = {"person": RULE_EVIDENCE} if found.people else {}
    if PAUSED.search(question):
        boosts["paused"] = RULE_EVIDENCE
    if CANCELLED.search(question) or WHAT_DID.search(question):
        boosts["run_timeline"] = RULE_EVIDENCE
    if COMPARE.search(question) or BETWEEN_SNAPSHOTS.search(
        question
    ):  # "сравни две проверки": the diff of their snapshots, not one check's status
        boosts["diff"] = RULE_EVIDENCE
    ranked = intent_model().rank(question, evidence_text(question, found), boosts)
    ranked = [r for r in ranked if r.intent.name not in GATED or GATED[r.intent.name](question)]
    refusals = ("refuse_action", "refuse_secret", "help")
    top = ranked[0]
    # the grammar missed it, the meaning is close to a request for credentials (not put as a question) or for an
    # action (with nothing in it that asks, «запуск 10 чё»): refuse all the same
    if top.score >= floor and (
        (
            top.intent.name == "refuse_secret"
            and not question_first(question)
            and not NOT_A_SECRET.pattern.search(question)  # «задан ли ключ OpenAI?»: whether, not what
        )
        or (
            top.intent.name == "refuse_action"
            and not asks(question)
            and not asks_to_see(question)
            and has_verb(question)  # «memory.build расписание»: a noun phrase orders nothing
        )
    ):
        if top.intent.name == "refuse_secret":
            return Understanding(
                "refuse_secret", top.score, refusal="secret", names=found.names, act="secret"
            )
        return refused(question, found, top.score, previous)
    said = _by_its_words(question, found)  # an exchange rate; «а кто его запустил?»
    if said:
        return said
    # «что там по дому?»: a check's question; which check is asked back
    meant = property_meant(question, found)
    if meant:
        which = to_choose(question, meant, found, _about_a_check(previous))
        if which:
            return _asked_back(found, which[1], meant, which[0])
        return Understanding(meant, 1.0, plan(meant, found, previous), names=found.names)
    named = named_reading(question, found)  # the thing the question names decides (named.READINGS)
    if named:
        # «как дела на проекте?»: which project; «чё по прогону чатвута, сколько стянул?»: which of its runs
        which = to_choose(question, named, found, _about_a_check(previous))
        # one snapshot of several, asked with its risk or state («снимок по Тверской — какой риск?»)
        kinds = ("project", "run", "check", "job") + (
            ("snapshot",) if named in ("risk_score", "check_status") else ()
        )
        if which and which[0] in kinds:
            kind = None if which[0] == "job" else which[0]  # a job's choices are asked as questions about it
            return _asked_back(found, which[1], named, kind)
        return Understanding(named, 1.0, plan(named, found, previous), names=found.names)
    dearest_run = re.search(r"\b(?:single\s+)?run\b|(?<!\w)(?:прогон|запуск)(?!ов|ы|и\b)", question, re.I)
    priciest_ever = (
        MOST_EXPENSIVE_RUN.search(question)
        and (ALL_TIME.search(question) or dearest_run)
        and not found.period
    )  # «самый дорогой прогон — какой?»: the dearest run of all
    if priciest_ever and found.run_id is None and not found.about_check:
        # "which single run has been the most expensive so far?": the spend of all time, its dearest runs first
        return Understanding("cost_period", 1.0, [call(engine_tools.costs, period="all", job=found.job)])
    if MOST_EXPENSIVE_RUN.search(question) and JOB_ASKED.search(question) and not _subject(found):
        # «какая задача обошлась дороже всех», "which job cost the most": the spend per job, dearest first
        return Understanding("cost_period", 1.0, plan("cost_period", found, previous), names=found.names)
    if _usage(question, found):
        syncs = jobs_to_choose("cost_period", found, question)
        if syncs:  # "how much did the sync cost us?": which of the syncs
            return _asked_back(found, syncs, "cost_period", None)
        # "how many embeddings did the last build make": the one job its words name, not the whole ledger
        if found.order == "latest" and not found.period and len(found.soft_jobs) == 1:
            found.jobs = list(found.soft_jobs)
        return Understanding("cost_period", 1.0, plan("cost_period", found, previous), names=found.names)
    best = _best(ranked, exclude=refusals)
    if best.score < floor and _leads(ranked, best, refusals):
        best = Ranked(best.intent, floor, best.similarity, best.rule)
    failures = (
        found.status and not _subject(found) and not found.about_check
    )  # «что-нибудь падало на неделе?»
    # "which job failed?": the failed runs; what runs now, or every job's state, answers another question
    if failures and (best.intent.name not in FAILED_RUN_INTENTS or best.score < floor):
        best = Ranked(BY_NAME["runs"], max(best.score, floor), best.similarity, best.rule)
    unsure = best.score < floor + FOLLOW_MARGIN
    if (OUT_OF_SCOPE_TOPIC.search(question) and (not _subject(found) or unsure)) or (
        OUT_OF_SCOPE_WRITING.search(question) and unsure
    ):
        return Understanding("out_of_scope", best.score, names=found.names, act="out_of_scope")
    who = WHO_IS.search(question)
    if who and not found.people:  # "Who is Ivan?": a person question about someone memory does not know
        return Understanding("person", 1.0, [plan_person(who.group(1))], names=found.names)
    if (
        act == "out_of_scope"
        and not FOLLOW_UP.search(question)
        and not (top.intent.name == "help" and top.rule)
    ):
        return Understanding("out_of_scope", best.score, names=found.names, act=act)
    leans_on = bool(
        previous and FOLLOW_UP.search(question)
    )  # «а на что больше всего ушло?» after a cost answer
    if (
        not in_domain(question)
        and not (found.named() or found.job_class)
        and not inherited
        and unsure
        and not leans_on
    ):
        # no word of Mirano's and no other topic either: not understood (with the closest offers), not a guess
        closest = [r.intent for r in ranked if r.intent in ANSWERABLE][:3]
        return Understanding(None, best.score, [], None, closest, found.names)
    if top.intent.name == "help" and top.score >= best.score and not (found.named() and not top.rule):
        return Understanding("help", top.score, names=found.names)
    # a follow-up with its own question: answer that («а почему он упал?» after what the job does: its failure)
    asks_failure = found.status == "failed" and previous_intent not in FAILURE_INTENTS
    # «а во сколько сработает построение эмбеддингов?»: a job of its own, asked about as a job, is not the thread's
    new_job = bool(found.soft_jobs and not found.jobs and JOB_SIGNAL.search(question))
    own = (inherited and ((best.rule and best.score >= floor) or asks_failure)) or new_job
    if previous_intent in BY_NAME and FOLLOW_UP.search(question) and found.named() and not own:
        earlier = next((r for r in ranked if r.intent.name == previous_intent), None)
        if (
            earlier is not None and earlier.score >= best.score - FOLLOW_MARGIN
        ):  # "and the first check of this address?": same question
            calls = plan(previous_intent, found, previous)
            if calls:
                return Understanding(previous_intent, earlier.score, calls, names=found.names)
    follows = bool(FOLLOW_UP.search(question)) or best.score < floor
    if previous and previous_intent and follows and (found.named() or FOLLOW_UP.search(question)) and not own:
        calls = follow_up_calls(previous, found)
        if calls and (best.score < floor + FOLLOW_MARGIN or len(question.split()) <= 5):
            return Understanding(previous_intent, best.score, calls, names=found.names)
    # "is the invoice paid?" after turns about something else: which project's (a turn about a project's promises or
    # risks before it is the one the follow-up means)
    about_items = any(c.get("name") == "project_overview" for c in previous or [])
    items = items_to_choose(question, None, found) if best.score < floor and not about_items else []
    if items and ITEM_STATE_ASKED.search(question):  # "how's the invoice going?": in which project
        return _asked_back(found, items, "item_status", "project")
    if items and best.rule and best.intent.name in MEMORY_ITEMS and not found.about_check:
        # "could you tell me where the risk about the unpaid invoice came from": which project's risk
        kind = "risks" if re.search(r"\brisk|риск", question, re.I) else "commitments"
        return _asked_back(found, items, kind, "project")
    said = next((k for k, rule in ITEMS_SAID.items() if rule.search(question)), None)
    projects = projects_to_choose(question, said, found) if said and best.score < floor else []
    if projects:  # "please show me the commitments of the project": which project's
        return _asked_back(found, projects, said, "project")
    if best.score < floor:
        about = WHAT_ABOUT.search(question)
        projects = [] if previous else projects_to_choose(question, "projects", found)
        if about and projects:  # «что там с проектом?»: which project
            return _asked_back(found, projects, "projects", "project")
        if about and not found.named() and not found.soft_jobs:
            query = (about.group("ru") or about.group("en")).strip(" ?!.")
            return Understanding("search", best.score, [plan_search(query)], names=found.names)
        if (found.soft_jobs and not found.jobs) or (found.job_class and THE_CLASS_ONE.search(question)):
            best = Ranked(
                BY_NAME["status"], best.score, best.similarity, best.rule
            )  # "what's up with prefetch", "has the import finished?"
        elif found.named():
            runs = [] if previous else runs_to_choose(question, "status", found)
            if runs:  # "show me the chatwoot run": which of its runs
                return _asked_back(found, runs, "why_run", "run")
            snapshots = [] if previous else snapshots_to_choose(question, found)
            if snapshots:  # «покажите снимок по Ленинскому 90»: which of its snapshots
                return _asked_back(found, snapshots, "diff", "snapshot")
            cases = [] if previous else cases_to_choose(question, found)
            if cases:  # «кто истец по судебному делу?»: which of the cases
                return _asked_back(found, cases, "provenance", "case")
            one_check = found.address and ONE_CHECK_SAID.search(
                question
            )  # not "the developer's legal status"
            checks = [] if previous or not one_check else checks_to_choose(question, "check_status", found)
            if checks:  # «прошу сообщить статус проверки объекта по адресу: …»: which of its checks
                return _asked_back(found, checks, "check_status", "check")
            calls = plan(None, found, previous)
            if calls:
                return Understanding(None, best.score, calls, names=found.names)
        elif foreign_imperative(
            question
        ):  # «напомни мне завтра позвонить клиенту»: not something Mirano does
            return Understanding("out_of_scope", best.score, names=found.names, act="out_of_scope")
        else:
            checks = [] if previous else checks_to_choose(question, "check_status", found)
            if checks:  # "please confirm whether the developer is in bankruptcy": whose developer
                return _asked_back(found, checks, "check_status", "check")
            cases = [] if previous else cases_to_choose(question, found)
            if cases:  # "what stage is the lawsuit at?": which of the cases
                return _asked_back(found, cases, "provenance", "case")
            closest = [r.intent for r in ranked if r.intent in ANSWERABLE][:3]
            return Understanding(None, best.score, [], None, closest, found.names)
    if found.address_choices and found.check_id is None:  # «по кв. 9» with two buildings checked at flat 9
        return _asked_back(found, found.address_choices[:3], best.intent.name, "address", best.score)
    reading = (
        check_reading(best.intent.name, found)
        or project_reading(best.intent.name, found)
        or job_reading(best.intent.name, found, question)
    )
    if reading != best.intent.name:
        best = Ranked(BY_NAME[reading], best.score, best.similarity, best.rule)
    choices = jobs_to_choose(best.intent.name, found, question)
    if choices:
        return _asked_back(found, choices, best.intent.name, "job", best.score)
    # "the client", "the check": which? (not when the thread before was about a check or a property)
    which = to_choose(question, best.intent.name, found, _about_a_check(previous))
    if which:
        return _asked_back(found, which[1], best.intent.name, which[0], best.score)
    return Understanding(
        best.intent.name, best.score, plan(best.intent.name, found, previous), names=found.names
    )


# Intents that already answer "did anything fail / skip?"; any other reading of such a question is the run list
FAILURE_INTENTS = ("why_run", "runs", "status", "running", "check_status", "pending", "timing", "cost_run")
# what answers "which job failed?" with no subject: the failed runs, not what runs now nor every job's state
FAILED_RUN_INTENTS = tuple(i for i in FAILURE_INTENTS if i not in ("running", "status"))


def _about_a_check(previous: list[dict[str, Any]] | None) -> bool:
    """The turn before was about a check or a property ("the check" then means that one)."""
    return any((c.get("args") or {}).get(k) for c in previous or [] for k in ("check_id", "address"))


WHO_IS = re.compile(
    r"^\W*(?i:who(?:'s| is| was)|кто так(?:ой|ая|ие)|кто это)\s+([A-ZА-ЯЁ][\w-]+(?:\s+[A-ZА-ЯЁ][\w-]+)?)\W*$"
)


__all__ = ["BY_NAME", "Understanding", "understand"]
