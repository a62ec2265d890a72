"""Who did what, asked of anyone with nothing particular named ("has anyone cancelled or paused anything
lately?", «кто что делал на неделе?»): the kinds of people's moves the question asks about, for the
`recent_activity` tool; a particular run, job, check, action or project keeps its own reading."""

from __future__ import annotations

import re

from agent.offline.understanding.entities import Entities

# who did something, asked of anyone ("did anybody erase any data recently?", «кто-нибудь что-то отменял?»)
WHO_DID = re.compile(
    r"\b(?:any(?:one|body)|some(?:one|body)|who|people)\b.{0,40}?\b(?:cancel|abort|paus|resum|retr|appl|eras|delet"
    r"|forg[eo]t|chang|touch|bind|unbind|start|kick|launch|press|click|hit|push)\w*"
    r"|(?<!\w)кто(?:-нибудь|-то|-либо)?\s.{0,40}?(?:отмен|пауз|приостан|возобнов|повтор|примен|стер|стёр|удал"
    r"|забы|менял|поменял|измен|привяз|запуска|трогал|жал|нажима|нажал|тыкал)\w*",
    re.I,
)
WHO_DID_WHAT = re.compile(
    r"who did what|who (?:has )?done what|what did (?:people|everyone|the team) do|кто что (?:делал|сделал|менял)"
    r"|кто и что",
    re.I,
)
MOVE_KINDS = tuple(
    (kind, re.compile(pattern, re.I))
    for kind, pattern in (
        ("cancel", r"cancel|abort|отмен"),
        ("pause", r"paus|resum|пауз|приостан|возобнов"),
        ("retry", r"retr|повтор"),
        ("apply", r"\bappl|примен"),
        ("erase", r"eras|delet|forg[eo]t|стер|стёр|удал|забы"),
        ("settings", r"chang|менял|поменял|измен"),
        ("bind", r"\bbind|unbind|привяз"),
        ("started", r"\bstart|kick|launch|запуска"),
    )
)


def asked_who_did(question: str, found: Entities) -> bool:
    """Who did what, with nothing particular named ("has anyone cancelled or paused anything lately?", «кто что
    делал на неделе?»): the people's moves over the period; one run, job, check, action or project keeps its own."""
    particular = (
        found.run_id is not None
        or found.check_id is not None
        or found.action_id is not None
        or found.address
        or found.jobs
        or found.soft_jobs
        or found.projects
    )
    if particular or not (WHO_DID.search(question) or WHO_DID_WHAT.search(question)):
        return False
    found.moves = [kind for kind, pattern in MOVE_KINDS if pattern.search(question)]
    return True
