"""Follow-ups on a thread: a short question that names nothing of its own («а обещания?», "why not?", «а кто его
запустил?») is about the subject of the previous turn — the job, run, check or project its tools were called for.
The subject is carried over; the question's own words still choose what is asked about it (risks → promises).
"""

from __future__ import annotations

import re
from typing import Any

from agent.offline.understanding.entities import Entities

# The previous tools' arguments that name a subject, and the slot each one fills ("target": what a watch is on)
SUBJECT_KEYS = ("run_id", "check_id", "job", "project", "address", "person", "target", "order")
# Words that point back at what was just discussed, or open a follow-up ("and", «а», "what about")
POINTS_BACK = re.compile(
    r"^\W*(?:and|also|so|what about|how about|а|и|ну а|ну и|то есть|значит|так)\b"  # "so nothing was fetched?"
    r"|\b(?:it|its|it's|they|them|their|those|these|that one|this one|there|why not|how come|he|she|him|her|his)\b"
    r"|\b(?:the|that|this)\s+(?:\w+\s+)?thing\b"  # "just cancel the dang thing then"
    r"|\bthe (?:last|latest|newest|previous|first) one\b"  # "Sitrep on ingest.linear." → "Reason on the last one?"
    r"|\b(?:that|this|the same) (?:client|customer|project|company|account)\b"  # "what risks does that client have?"
    r"|\bthe (?:check|property|flat|building)\b"  # "show check 3" → "how much did the check cost?"
    r"|(?<!\w)(?:эт\w+|тот|того|тому|том) (?:клиент|проект|компани)\w*"
    r"|(?<!\w)(?:он|она|оно|они|его|её|ее|их|ему|ей|него|неё|нее|них|нему|ней|там|тут|этот|эта|это|этого|этой"
    r"|эти|этих|почему нет|почему же)(?!\w)",
    re.I,
)
SHORT = 4  # words: "why not", «а обещания?» — too short to be a question of its own about nothing


def previous_subject(previous: list[dict[str, Any]]) -> dict[str, Any]:
    """What the previous turn's tools were called for (the first call that names a subject)."""
    from agent.tools.resolve import job_names

    for call in previous:
        args = call.get("args") or {}
        named = {k: args[k] for k in SUBJECT_KEYS if args.get(k) not in (None, "", [])}
        if args.get("term") in job_names():  # "what does checks.prefetch do?" → "why did it crash?": that job
            named["job"] = args["term"]
        if (
            call.get("name") == "authors_of"
        ):  # "who writes most in Alfa?" → "what did he write last?": the first
            top = _top_author(args.get("project"))
            named.update({"person": top} if top else {})
        if named:
            return named
    return {}


def _top_author(project: str | None) -> str | None:
    from pipeline.service import memory as memory_service

    counts: dict[str, int] = {}
    for a in memory_service.authors():
        if project in (None, a["project"]):
            counts[a["author"]] = counts.get(a["author"], 0) + a["documents"]
    return max(counts, key=lambda name: counts[name]) if counts else None


def follows_on(question: str) -> bool:
    """A question that continues the thread: it points back, or it is too short to stand on its own."""
    return bool(POINTS_BACK.search(question)) or len(re.findall(r"\w+", question)) <= SHORT


def inherit(found: Entities, subject: dict[str, Any]) -> None:
    """The previous turn's subject, put in the slots of a question that named none."""
    if "run_id" in subject:
        found.run_id = int(subject["run_id"])
    if "check_id" in subject:
        found.check_id = int(subject["check_id"])
        found.about_check = True
    if "address" in subject and "check_id" not in subject:
        found.address = found.address_said = str(subject["address"])
        found.about_check = True
    if "order" in subject and "check_id" not in subject and found.order is None:  # «самая первая» … «она»
        found.order = str(subject["order"])
    if "job" in subject and "run_id" not in subject:
        found.jobs = [str(subject["job"])]
    if "target" in subject:  # a watch's target: a project by its name, else a property's address
        from agent.tools.resolve import project_names

        target = str(subject["target"])
        slug = next((p["slug"] for p in project_names() if target in (p["slug"], p["name"])), None)
        subject = {**subject, "project": slug} if slug else {**subject, "address": target}
        if "address" in subject and "check_id" not in subject:
            found.address = found.address_said = target
            found.about_check = True
    if "project" in subject:
        found.projects = [str(subject["project"])]
    if "person" in subject:
        found.people = [str(subject["person"])]
    # "which of those are due by Monday": what they point back at is the subject, not a topic to look for
    found.query = " ".join(POINTER.sub(" ", found.query).split())


POINTER = re.compile(
    r"(?<!\w)(?:which of|those|these|them|they|it|its|этих|эти|из них|их|его|её|ее|них|нее|неё)(?!\w)", re.I
)


# "а девятый?", "and the ninth?", "and 9?": the next thing of the same kind, by its number
ORDINAL_STEMS = (
    ("одиннадцат", 11), ("двенадцат", 12), ("тринадцат", 13), ("четырнадцат", 14), ("пятнадцат", 15),
    ("перв", 1), ("втор", 2), ("трет", 3), ("четв", 4), ("пят", 5), ("шест", 6), ("седьм", 7), ("восьм", 8),
    ("девят", 9), ("десят", 10),
    ("eleventh", 11), ("twelfth", 12), ("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5),
    ("sixth", 6), ("seventh", 7), ("eighth", 8), ("ninth", 9), ("tenth", 10),
)  # fmt: skip
NUMBER = re.compile(
    r"(?<![\w.,$€£])(?:#|№\s*)?(\d{1,5})(?:st|nd|rd|th)?(?![\w.,%$€£])(?!\s*(?:\$|usd|dollar|долл|руб|₽))",
    re.I,
)
SHORT_FOLLOW_UP = 6  # words: "and the next one, 9?", «а десятый?»


def numbered(question: str) -> int | None:
    """The one number a short follow-up names, by digits or as an ordinal word («а девятый?», "and the 9th?")."""
    if len(re.findall(r"\w+", question)) > SHORT_FOLLOW_UP:
        return None
    digits = NUMBER.findall(question)
    said_words = re.findall(r"[^\W\d_]+", question.lower())
    ordinals = {next((n for stem, n in ORDINAL_STEMS if w.startswith(stem)), None) for w in said_words}
    said = {int(d) for d in digits} | (ordinals - {None})
    return said.pop() if len(said) == 1 else None


def numbers_said(question: str) -> list[int]:
    """Several numbers a short follow-up names, in order («а 9 и 10?», "and 3, 4?"); [] for fewer than two."""
    if len(re.findall(r"\w+", question)) > SHORT_FOLLOW_UP:
        return []
    said = list(dict.fromkeys(int(d) for d in NUMBER.findall(question)))
    return said if len(said) > 1 else []


def renumber(found: Entities, subject: dict[str, Any], number: int) -> None:
    """The previous turn's run or check, replaced by the one the follow-up numbers."""
    if "run_id" in subject:
        found.run_id = number
    elif "check_id" in subject:
        found.check_id = number


# "Is economy mode on?" → "and if we turned it on, would the digest still be written?": "it" is economy mode
ECONOMY_INTENTS = ("economy", "what_if")
SUPPOSED_IT = re.compile(
    r"\b(?:if|suppose)\b.*?\b(it)\b|(?<!\w)(?:если|допустим)(?!\w).*?(?<!\w)(его|её|ее)(?!\w)", re.I
)


# «Экономия включена?» → «А если включить — что встанет?»: the verb with nothing after it supposes economy mode
SUPPOSED_BARE = re.compile(
    r"(?<!\w)(?:если|ежели|допустим)\s+(?:бы\s+)?(?:мы\s+)?(?:её\s+|ее\s+|его\s+)?"
    r"(включ\w*|выключ\w*|отключ\w*|вруб\w*|выруб\w*)(?=\s*(?:[—–,?!.-]|$))"
    r"|\bif (?:we |you )?(?:turn(?:ed)?|switch(?:ed)?|flip(?:ped)?) (?:it )?(on|off)\b(?!\s+\w)",
    re.I,
)


def economy_said(question: str, previous_intent: str | None) -> str:
    """The question with the economy mode said where a supposition points back at it."""
    bare = SUPPOSED_BARE.search(question) if previous_intent in ECONOMY_INTENTS else None
    if bare:
        group = 1 if bare.group(1) else 2
        words = " режим экономии" if group == 1 else " economy mode"
        return question[: bare.end(group)] + words + question[bare.end(group) :]
    found = SUPPOSED_IT.search(question) if previous_intent in ECONOMY_INTENTS else None
    if not found:
        return question
    group = 1 if found.group(1) else 2
    words = "economy mode" if group == 1 else "режим экономии"
    return question[: found.start(group)] + words + question[found.end(group) :]
