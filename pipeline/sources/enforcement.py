"""Enforcement proceedings, after the former FSSP API: create a search task, poll its status, fetch the result."""

from __future__ import annotations

import time
from typing import Any

from pipeline.config import get_settings
from pipeline.sources import FactRecord, SubjectRef, no_records, property_ref
from pipeline.sources.http import SourceCall, SourceUnavailable

DONE, QUEUED, RUNNING, ERROR = 0, 1, 2, 3


def _response(call: SourceCall, body: Any, *fields: str) -> dict[str, Any]:
    """The `response` object of an FSSP-style answer, checked for the fields we need."""
    if not isinstance(body, dict) or not isinstance(body.get("response"), dict):
        raise call.malformed("answer has no `response` object")
    response = body["response"]
    missing = [f for f in fields if f not in response]
    if missing:
        raise call.malformed(f"`response` lacks {', '.join(missing)}")
    return response


def _wait_until_done(call: SourceCall, task: str) -> None:
    """Poll the search task in a small bounded loop."""
    settings = get_settings()
    for _ in range(settings.source_poll_attempts):
        status = _response(call, call.json("/status", {"task": task}), "status")["status"]
        if status == DONE:
            return
        if status == ERROR:
            raise call.malformed(f"the source reports search task {task} as failed")
        time.sleep(settings.source_poll_seconds)
    error = SourceUnavailable(
        f"enforcement: search task {task} not done after {settings.source_poll_attempts} polls",
        call.requests[-1],
    )
    error.calls, error.proxy = call.calls, call.proxy
    raise error


PERSON_FIELDS = ("lastname", "firstname", "secondname", "birthdate")


def person_key(name: str) -> str:
    """A person's key as pipeline.checks.parties writes it for a name without a birth date: lower case, ё as е."""
    return " ".join(name.lower().replace("ё", "е").split()) + "|"


def _owner(name: str) -> SubjectRef:
    pretty = " ".join(w.capitalize() for w in name.split())
    return SubjectRef("person", person_key(pretty), pretty, relation="owner")


def _create(call: SourceCall, params: dict[str, Any]) -> Any:
    """Create the search: by person (FSSP's /search/physical) when a person is named, else by the flat's address."""
    if params.get("lastname"):
        return call.json("/search/physical", {f: params[f] for f in PERSON_FIELDS if params.get(f)})
    return call.json("/search/address", {"region": params["region"], "address": params["address"]})


def search(call: SourceCall, params: dict[str, Any]) -> list[FactRecord]:
    """Proceedings against the person asked about (or the property's owner), each a fact about that person."""
    created = _create(call, params)
    task = _response(call, created, "task")["task"]
    _wait_until_done(call, task)
    result = _response(call, call.json("/result", {"task": task}), "status", "result")["result"]
    rows = [row for group in result for row in (group.get("result") or [])]
    by_person = bool(params.get("lastname"))
    asked = (
        SubjectRef("person", "", "") if by_person else property_ref(params)
    )  # by person: the task's own subject
    if not rows:
        return [no_records("enforcement", asked, "исполнительные производства не найдены")]
    facts = []
    for row in rows:
        if not row.get("exe_production") or not row.get("name"):
            raise call.malformed("a proceeding lacks exe_production or name")
        number = row["exe_production"].split(" от ")[0]
        value = {
            "number": number,
            "date": row["exe_production"].split(" от ")[-1],
            "subject": row.get("subject"),
            "amount": row.get("amount"),
            "department": row.get("department"),
            "end_reason": row.get("ip_end"),
            "active": not row.get("ip_end"),
        }
        subject = asked if by_person else _owner(row["name"])
        facts.append(FactRecord(subject, "enforcement_proceeding", number, value))
    return facts
