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


def _owner(name: str) -> SubjectRef:
    pretty = " ".join(w.capitalize() for w in name.split())
    return SubjectRef("person", pretty.lower(), pretty, relation="owner")


def search(call: SourceCall, params: dict[str, Any]) -> list[FactRecord]:
    """Proceedings against the property's owner, each a fact about that person."""
    created = call.json("/search/address", {"region": params["region"], "address": params["address"]})
    task = _response(call, created, "task")["task"]
    _wait_until_done(call, task)
    result = _response(call, call.json("/result", {"task": task}), "status", "result")["result"]
    rows = [row for group in result for row in (group.get("result") or [])]
    if not rows:
        return [no_records("enforcement", property_ref(params), "исполнительные производства не найдены")]
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
        facts.append(FactRecord(_owner(row["name"]), "enforcement_proceeding", number, value))
    return facts
