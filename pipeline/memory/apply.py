"""Preview and apply of suggested actions. Preview reads only; apply is idempotent and always audited.

An apply writes its audit row before the remote call (outcome "in_doubt": who, the URL and body about to be
sent) and completes it after (outcome, response, the request exactly as sent). A crash in between leaves the
row, and the action, in doubt; the next apply first asks the vendor whether the issue or note exists (the
Linear issue id and the Attio note marker are fixed when the action is suggested), so it never writes twice,
and it reconciles the rows left in doubt with what it found.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from pipeline.config import get_settings
from pipeline.db import read_scope, session_scope
from pipeline.engine import clock
from pipeline.engine.exceptions import BadInput
from pipeline.memory.actions import marker
from pipeline.models.memory import Action, ActionAudit
from pipeline.redact import scrub_json
from pipeline.sources import attio, linear
from pipeline.sources.vendor import VendorClient, VendorError

HIDDEN = "•••"


def endpoint(payload: dict[str, Any]) -> str:
    """The URL the action goes to now (configured vendor or demo), never the one current when it was suggested."""
    if payload["vendor"] == "linear":
        return get_settings().vendor_url("linear")
    return get_settings().vendor_url("attio") + "/v2/notes"


def request_view(payload: dict[str, Any]) -> dict[str, Any]:
    """The HTTP request apply would send now, with the credential hidden."""
    if payload["vendor"] == "linear":
        body = {
            "query": payload["query"],
            "variables": payload["variables"],
            "operationName": payload["operationName"],
        }
        headers = {"Authorization": HIDDEN, "Content-Type": "application/json"}
    else:
        body = payload["json"]
        headers = {"Authorization": f"Bearer {HIDDEN}", "Content-Type": "application/json"}
    return {"method": payload["method"], "url": endpoint(payload), "headers": headers, "body": body}


def preview(action_id: int) -> dict[str, Any]:
    """Exactly what apply would send, and whether it would send at all; no side effects."""
    with read_scope() as s:
        action = s.get(Action, action_id)
        if action is None:
            raise BadInput("action", f"no action #{action_id}")
        vendor = action.payload["vendor"]
        notes = {
            "applied": "; already applied: apply returns the stored result",
            "in_doubt": "; an earlier apply was cut off before its answer was recorded: apply first asks "
            "the vendor whether it already made the issue or note, and sends only if not",
        }
        return {
            "id": action.id,
            "kind": action.kind,
            "target": action.target,
            "title": action.title,
            "status": action.status,
            "request": request_view(action.payload),
            "demo": get_settings().is_demo(vendor),
            "would_send": action.status != "applied",
            "note": "preview sends nothing" + notes.get(action.status, ""),
        }


def apply(action_id: int, actor: str) -> dict[str, Any]:
    """Send the action once (a retry returns the stored result) and audit the attempt whatever happens."""
    if not actor or not actor.strip():
        raise BadInput("actor", "apply needs the name of the person applying")
    with read_scope() as s:
        action = s.get(Action, action_id)
        if action is None:
            raise BadInput("action", f"no action #{action_id}")
        status, result, payload = action.status, action.result, action.payload
        key, project_id = action.idempotency_key, action.project_id
    request = request_view(payload)
    if status == "applied":
        audit_id = _intent(action_id, project_id, actor, request, mark_action=False)
        _complete(audit_id, "already_applied", request, result, None)
        return {"id": action_id, "outcome": "already_applied", "ok": True, "result": result}
    audit_id = _intent(action_id, project_id, actor, request)
    in_doubt = _rows_in_doubt(action_id, audit_id)
    sent: dict[str, Any] = {}
    try:
        response = _send(payload, key, sent)
    except VendorError as exc:
        _complete(audit_id, "failed", sent.get("request") or request, None, exc.reason, action_id, actor)
        _reconcile(in_doubt, audit_id, None)
        return {"id": action_id, "outcome": "failed", "ok": False, "error": exc.reason}
    _complete(audit_id, "applied", sent.get("request") or request, response, None, action_id, actor)
    _reconcile(in_doubt, audit_id, response)
    return {"id": action_id, "outcome": "applied", "ok": True, "result": response}


def _as_sent(http: VendorClient, request: dict[str, Any]) -> dict[str, Any]:
    """The write exactly as the client sent it (method, full URL, body), credential hidden."""
    return {
        **request,
        "method": http.last_sent["method"],
        "url": http.last_sent["url"],
        "body": http.last_sent["body"],
    }


def _send(payload: dict[str, Any], key: str, sent: dict[str, Any]) -> dict[str, Any]:
    """Create the issue or note unless the vendor already has the one a previous attempt made.

    `sent["request"]` is set to the write as sent when one is sent (a found one needs no write).
    """
    view = request_view(payload)
    if payload["vendor"] == "linear":
        issue_input = payload["variables"]["input"]
        with linear.client() as http:
            connector = linear.LinearConnector(http)
            existing = _existing_issue(connector, issue_input["id"])
            if existing is not None:
                return {"issue": existing, "found_existing": True}
            try:
                created = connector.create_issue(issue_input)
            except VendorError as exc:  # a concurrent apply created it a moment ago: the id is taken
                sent["request"] = _as_sent(http, view)
                found = (
                    _existing_issue(connector, issue_input["id"]) if "already exists" in exc.reason else None
                )
                if found is None:
                    raise
                return {"issue": found, "found_existing": True}
            sent["request"] = _as_sent(http, view)
            return {"issue": created.get("issue"), "success": created.get("success"), "found_existing": False}
    note = payload["json"]["data"]
    with attio.client() as http:
        connector = attio.AttioConnector(http)
        existing = connector.find_note(note["parent_object"], note["parent_record_id"], marker(key))
        if existing is not None:
            return {"note": existing, "found_existing": True}
        try:
            created = connector.create_note(note)
        finally:
            if http.last_sent.get("method") == "POST":
                sent["request"] = _as_sent(http, view)
        return {
            "note": {"note_id": (created.get("id") or {}).get("note_id"), "title": created.get("title")},
            "found_existing": False,
        }


def _existing_issue(connector: linear.LinearConnector, issue_id: str) -> dict[str, Any] | None:
    try:
        return connector.find_issue(issue_id)
    except VendorError as exc:
        if "not found" in exc.reason.lower():
            return None
        raise


def _intent(
    action_id: int, project_id: int, actor: str, request: dict[str, Any], mark_action: bool = True
) -> int:
    """The audit row written before anything is sent; the action is in doubt until the answer is recorded."""
    with session_scope() as s:
        row = ActionAudit(
            action_id=action_id,
            project_id=project_id,
            actor=actor,
            outcome="in_doubt",
            request=request,
            at=clock.now(),
        )
        s.add(row)
        if mark_action:
            action = s.get(Action, action_id)
            if action is not None and action.status != "applied":
                action.status = "in_doubt"
        s.flush()
        return row.id


def _complete(
    audit_id: int,
    outcome: str,
    request: dict[str, Any],
    response: dict[str, Any] | None,
    error: str | None,
    action_id: int | None = None,
    actor: str = "",
) -> None:
    """The audit row completed (outcome, the request as sent, the answer) and the action's status moved, in one
    transaction: a crash leaves both in doubt or neither."""
    with session_scope() as s:
        row = s.get(ActionAudit, audit_id)
        assert row is not None
        row.outcome, row.request, row.response, row.error = (
            outcome,
            scrub_json(request),
            scrub_json(response),
            error,
        )
        row.completed_at = clock.now()
        action = s.get(Action, action_id) if action_id is not None else None
        if action is None or action.status == "applied":  # a concurrent apply finished first: keep its result
            return
        action.status, action.error = outcome, error
        if outcome == "applied":
            action.result, action.applied_by, action.applied_at = response, actor, clock.now()


def _rows_in_doubt(action_id: int, own: int) -> list[int]:
    with read_scope() as s:
        query = select(ActionAudit.id).where(
            ActionAudit.action_id == action_id, ActionAudit.outcome == "in_doubt", ActionAudit.id != own
        )
        return list(s.scalars(query))


def _reconcile(audit_ids: list[int], by: int, response: dict[str, Any] | None) -> None:
    """Close rows a crash left in doubt with what apply `by` learned from the vendor."""
    if not audit_ids:
        return
    if response is None:
        finding = f"not settled: audit #{by} failed before it could ask the vendor; the next apply asks again"
        return _note_still_in_doubt(audit_ids, finding)
    made_earlier = bool(response.get("found_existing"))
    finding = (
        f"the vendor has what this attempt sent (found by audit #{by}; nothing was sent twice)"
        if made_earlier
        else f"this attempt made nothing at the vendor (audit #{by} checked, then sent it)"
    )
    with session_scope() as s:
        for audit_id in audit_ids:
            row = s.get(ActionAudit, audit_id)
            if row is None or row.outcome != "in_doubt":
                continue
            row.outcome, row.completed_at = "reconciled", clock.now()
            row.response = {"reconciled_by": by, "made_by_this_attempt": made_earlier, **response}
            row.error = finding


def _note_still_in_doubt(audit_ids: list[int], finding: str) -> None:
    with session_scope() as s:
        for audit_id in audit_ids:
            row = s.get(ActionAudit, audit_id)
            if row is not None and row.outcome == "in_doubt":
                row.error = finding
