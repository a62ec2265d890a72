"""Preview and apply of suggested actions. Preview reads only; apply is idempotent and always audited."""

from __future__ import annotations

from typing import Any

from pipeline.config import get_settings
from pipeline.db import read_scope, session_scope
from pipeline.engine import clock
from pipeline.engine.exceptions import BadInput
from pipeline.memory.actions import marker
from pipeline.models.memory import Action, ActionAudit
from pipeline.sources import attio, linear
from pipeline.sources.vendor import VendorError

HIDDEN = "•••"


def _request_view(action: Action) -> dict[str, Any]:
    """The HTTP request apply would send, with the credential hidden."""
    payload = action.payload
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
    return {"method": payload["method"], "url": payload["url"], "headers": headers, "body": body}


def preview(action_id: int) -> dict[str, Any]:
    """Exactly what apply would send, and whether it would send at all; no side effects."""
    with read_scope() as s:
        action = s.get(Action, action_id)
        if action is None:
            raise BadInput("action", f"no action #{action_id}")
        vendor = action.payload["vendor"]
        return {
            "id": action.id,
            "kind": action.kind,
            "target": action.target,
            "title": action.title,
            "status": action.status,
            "request": _request_view(action),
            "demo": get_settings().is_demo(vendor),
            "would_send": action.status != "applied",
            "note": "preview sends nothing"
            + ("; already applied: apply returns the stored result" if action.status == "applied" else ""),
        }


def apply(action_id: int, actor: str) -> dict[str, Any]:
    """Send the action once (a retry returns the stored result) and audit the attempt whatever happens."""
    if not actor or not actor.strip():
        raise BadInput("actor", "apply needs the name of the person applying")
    with read_scope() as s:
        action = s.get(Action, action_id)
        if action is None:
            raise BadInput("action", f"no action #{action_id}")
        snapshot = {
            "status": action.status,
            "result": action.result,
            "payload": action.payload,
            "key": action.idempotency_key,
            "project_id": action.project_id,
        }
    request = _request_view_from(snapshot)
    if snapshot["status"] == "applied":
        _audit(action_id, snapshot["project_id"], actor, "already_applied", request, snapshot["result"], None)
        return {"id": action_id, "outcome": "already_applied", "ok": True, "result": snapshot["result"]}
    try:
        response = _send(snapshot["payload"], snapshot["key"])
    except VendorError as exc:
        _finish(action_id, "failed", None, exc.reason, actor)
        _audit(action_id, snapshot["project_id"], actor, "failed", request, None, exc.reason)
        return {"id": action_id, "outcome": "failed", "ok": False, "error": exc.reason}
    _finish(action_id, "applied", response, None, actor)
    _audit(action_id, snapshot["project_id"], actor, "applied", request, response, None)
    return {"id": action_id, "outcome": "applied", "ok": True, "result": response}


def _request_view_from(snapshot: dict[str, Any]) -> dict[str, Any]:
    return _request_view(Action(payload=snapshot["payload"]))


def _send(payload: dict[str, Any], key: str) -> dict[str, Any]:
    """Create the issue or note unless the vendor already has the one a previous attempt made."""
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
                found = (
                    _existing_issue(connector, issue_input["id"]) if "already exists" in exc.reason else None
                )
                if found is None:
                    raise
                return {"issue": found, "found_existing": True}
            return {"issue": created.get("issue"), "success": created.get("success"), "found_existing": False}
    note = payload["json"]["data"]
    with attio.client() as http:
        connector = attio.AttioConnector(http)
        existing = connector.find_note(note["parent_object"], note["parent_record_id"], marker(key))
        if existing is not None:
            return {"note": existing, "found_existing": True}
        created = connector.create_note(note)
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


def _finish(
    action_id: int, status: str, result: dict[str, Any] | None, error: str | None, actor: str
) -> None:
    with session_scope() as s:
        action = s.get(Action, action_id)
        assert action is not None
        if action.status == "applied":  # a concurrent apply finished first; keep its result
            return
        action.status, action.error = status, error
        if status == "applied":
            action.result, action.applied_by, action.applied_at = result, actor, clock.now()


def _audit(
    action_id: int,
    project_id: int,
    actor: str,
    outcome: str,
    request: dict[str, Any],
    response: dict[str, Any] | None,
    error: str | None,
) -> None:
    with session_scope() as s:
        s.add(
            ActionAudit(
                action_id=action_id,
                project_id=project_id,
                actor=actor,
                outcome=outcome,
                request=request,
                response=response,
                error=error,
                at=clock.now(),
            )
        )
