"""Stage: does the question ask for a yes or a no, and about which state? ("yes or no: is check 4 complete?",
"would today have gone over it?", «завершена ли проверка?»). The answer then opens with that word, read from the
tool's own data (`composing.verdicts`), never guessed: a state no verdict rule reads keeps the plain answer.
"""

from __future__ import annotations

import re

# Asked outright, anywhere in the message.
ASKED_OUTRIGHT = re.compile(
    r"\byes or no\b|\byes/no\b|\bда или нет\b|\bда/нет\b|\bнет или да\b"
    r"|\bили нет\W*$|\bor not\W*$",  # «упёрлись бы или нет», "would it stop or not"
    re.I,
)
# A closed question: an English auxiliary opening a clause, or the Russian particle «ли» after the verb.
CLOSED = re.compile(
    r"(?:^|[:;,.!?—-]\s*)(?:(?:and|so|ok|okay|well|then|but|quick question)[,:]?\s+)*"
    r"(?:is|are|was|were|did|does|do|has|have|had|would|will|could|can)\b(?!\s+(?:you|i)\s+(?:tell|show|give|list))",
    re.I,
)
# «остановились бы сегодняшние задания?»: a conditional verb asked outright is closed too
CLOSED_RU = re.compile(r"\w\s+ли\b|^[^?]*\w+(?:ся|сь|л|ла|ло|ли)\s+бы\b[^?]*\?\s*$", re.I)

# The states a verdict can be read for, each with the words that name it (and why it is a state of its own).
STATES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # a check or a run that ended with everything done (partial, failed or still running is "no")
    (
        "complete",
        re.compile(r"\bcomplete|\bfinished\b|\bdone\b|\bready\b|(?<!\w)готов|заверш|законч|выполнен", re.I),
    ),
    # a run or a check that failed
    ("failed", re.compile(r"\bfail|\bcrash|\bbroke|упал|ошиб|сломал|провал", re.I)),
    # a budget that would stop the day's work
    (
        "over",
        re.compile(
            r"\bover\b|\bexceed|\bstop|\bhalt|\bhit\b|\breach|\bblock|превыс|останов|встал|исчерпа|упёр|упер"
            r"|заблокир",
            re.I,
        ),
    ),
    # economy mode switched on (asked of the mode itself, not of what it did to a job)
    (
        "economy_on",
        re.compile(
            r"\b(?:is|are we in|are we on)\s+(?:the\s+)?economy(?:\s+mode)?(?:\s+(?:on|enabled|active|switched on))?\s*\??$"
            r"|^\W*(?:is\s+)?economy(?:\s+mode)?\s+(?:on|enabled|active)\b"
            r"|(?:включ\w*|работает|активен)\s+ли\s+(?:сейчас\s+)?(?:режим\s+)?эконом\w*\s*(?:режим)?\s*\??$"
            r"|(?:режим\s+)?эконом\w*(?:\s+режим)?\s+(?:сейчас\s+)?включ\w*\s+ли",
            re.I,
        ),
    ),
)


def yes_no(question: str) -> str | None:
    """The state a closed question asks about ("complete", "failed", "over", "economy_on"), or None when the
    question is open or names no state a verdict can be read for."""
    if not (ASKED_OUTRIGHT.search(question) or CLOSED.search(question) or CLOSED_RU.search(question)):
        return None
    if NEGATED_STATE.search(question):
        return None  # «есть ли незавершённая проверка?»: a yes here is a no to "complete"; the plain answer says it
    return next((state for state, words in STATES if words.search(question)), None)


# A state said negated in one word or two («незавершённая», "unfinished", "not done yet"): its verdict would invert
NEGATED_STATE = re.compile(
    r"(?<!\w)не\s*(?:заверш|законч|выполн|готов)|\b(?:unfinished|incomplete|uncompleted)\b"
    r"|\bnot (?:yet )?(?:complete|finished|done|ready)\b",
    re.I,
)
