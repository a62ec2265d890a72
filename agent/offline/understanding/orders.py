"""Requests: each order refused with the control a person uses instead (the button and the `mirano` command), several
orders in one message each with their command, and "rerun it" taking its subject from the turn before."""

from __future__ import annotations

import re
from typing import Any

from agent.offline.understanding.entities import Entities
from agent.offline.understanding.found import found_in
from agent.offline.understanding.reading import Understanding
from agent.offline.understanding.requests import check_of, control_for, run_control
from agent.offline.understanding.speech_act import speech_act

# What a project's answer showed, and the job that makes it ("run it again" after the digest is memory.digest)
MADE_BY = {
    "digest": "memory.digest",
    "actions": "memory.suggest",
    "commitments": "memory.extract",
    "risks": "memory.extract",
}


# Where one order ends and the next begins: "…, and …", «… и …», "then"
REQUEST_SPLIT = re.compile(
    r"\s*[,;]?\s+(?:and then|and|then|plus)\s+|\s*[,;]?\s+(?:и|а потом|потом|а также|плюс)\s+", re.I
)


def orders_in(question: str, previous: list[dict[str, Any]]) -> Understanding | None:
    """Several orders in one message («поставь на паузу все синки и перезапусти дайджест»): one refusal, with the
    command of each order in turn; None when it holds fewer than two parts that are orders of their own."""
    parts = [p for p in REQUEST_SPLIT.split(question) if len(re.findall(r"\w+", p)) >= 2]
    orders = [p for p in parts if speech_act(p, names_something=True) == "request"]
    if len(parts) < 2 or len(orders) < 2:
        return None
    each = [order(p, found_in(p), previous) for p in orders]
    with_control = [u for u in each if u.control]
    if len(with_control) < 2:
        return None
    first = with_control[0]
    first.control = {
        **(first.control or {}),
        "more": [{"refusal": u.refusal, **(u.control or {})} for u in with_control[1:]],
    }
    return first


def order(question: str, found: Entities, previous: list[dict[str, Any]]) -> Understanding:
    """One order: a run control ("cancel the running build") with its button or command, or another request."""
    control = run_control(question)
    if control == "cancel" and found.run_id is None and not found.jobs and found.about_check:
        control = "cancel_check"  # "cancel check 4": a check is cancelled from its page or `--check`
    if not control:
        return refused(question, found, 1.0, previous)
    jobs = (found.jobs or found.soft_jobs)[:3] or _of_class(found)  # «все синки»: every job of the class
    values: dict[str, Any] = {"jobs": jobs} if jobs else {}
    if control == "cancel_check":  # the check said by number or by its address
        values["check_id"] = check_of(found)
    if control == "retry" and found.run_id is not None:  # "what's run 9?" → "retry it pls": that run
        values["run_id"] = found.run_id
    if control == "cancel" and found.run_id is not None:  # «отмени запуск 11 и проверку 4»: each its command
        values["run_id"] = found.run_id
        values.update({"check_id": found.check_id} if found.check_id is not None else {})
    return Understanding(
        "refuse_action",
        1.0,
        refusal=f"action:{control}",
        names=found.names,
        act="request",
        control={"kind": control, "values": values} if values else None,
    )


def _of_class(found: Entities) -> list[str]:
    from agent.tools.resolve import jobs_of_class

    return jobs_of_class(found.job_class) if found.job_class else []


def refused(
    question: str, found: Entities, confidence: float, previous: list[dict[str, Any]] | None = None
) -> Understanding:
    """A request: refused on its own (no answer to something else beside it), naming the control to use; "rerun
    it" takes the job, check or project of the previous turn."""
    found.jobs = found.jobs or found.soft_jobs
    if not (found.jobs or found.projects or found.check_id is not None) and previous:
        earlier = next((c["args"] for c in previous if c.get("args")), {})
        found.jobs = [earlier["job"]] if earlier.get("job") else []
        found.projects = [earlier["project"]] if earlier.get("project") else []
        found.check_id = earlier.get("check_id")
    if not found.jobs and previous:  # "run it again" after the digest: the job that writes it
        focus = next((c["args"].get("focus") for c in previous if c.get("args")), None)
        found.jobs = [MADE_BY[focus]] if focus in MADE_BY else []
    control = control_for(question, found)
    return Understanding(
        "refuse_action",
        confidence,
        refusal="action",
        names=found.names,
        act="request",
        control={"kind": control.kind, "values": control.values},
    )
