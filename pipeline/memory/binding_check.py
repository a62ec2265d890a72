"""Is the inbox, team or company a binding names there? Asked of the vendor before the binding is saved.

`check_target` answers found (with the vendor's name for it), not found, or could not be checked (no key, the
vendor down or refusing, a kind the vendor has no lookup for) with the reason; only "not found" stops a binding.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pipeline.config import get_settings
from pipeline.sources import attio, chatwoot, linear
from pipeline.sources.vendor import VendorError, VendorRefused

LABELS = {"chatwoot": "Chatwoot", "linear": "Linear", "attio": "Attio"}
TEAMS_QUERY = "query BindingTeams { teams(first: 250) { nodes { id key name } } }"


@dataclass(frozen=True)
class TargetCheck:
    found: bool | None  # None: could not be checked
    name: str | None = None
    reason: str | None = None


def check_target(source: str, kind: str, external_id: str) -> TargetCheck:
    """Ask the vendor whether the bound object exists."""
    settings = get_settings()
    if settings.vendor_url(source) and not settings.is_demo(source) and not settings.vendor_key(source):
        return TargetCheck(None, reason=f"no API key for {LABELS[source]}")
    try:
        if source == "chatwoot":
            return _chatwoot(kind, external_id)
        if source == "linear":
            return _linear(kind, external_id)
        if source == "attio":
            return _attio(kind, external_id)
    except VendorRefused as refused:
        if "404" in refused.reason:
            return TargetCheck(False)
        return TargetCheck(None, reason=refused.reason)
    except VendorError as error:
        return TargetCheck(None, reason=error.reason)
    except OSError as error:  # the vendor unreachable
        return TargetCheck(None, reason=f"{LABELS.get(source, source)} unreachable: {error}")
    return TargetCheck(None, reason=f"{source} {kind} cannot be looked up")


def _chatwoot(kind: str, external_id: str) -> TargetCheck:
    account = f"/api/v1/accounts/{get_settings().chatwoot_account_id}"
    with chatwoot.client() as http:
        if kind == "inbox":
            inboxes = _list(http.request("GET", f"{account}/inboxes"), "payload")
            match = next((i for i in inboxes if str(i.get("id")) == external_id), None)
            return TargetCheck(match is not None, name=(match or {}).get("name"))
        http.request("GET", f"{account}/contacts/{external_id}/conversations")  # 404 for an unknown contact
        return TargetCheck(True)


def _linear(kind: str, external_id: str) -> TargetCheck:
    if kind != "team":
        return TargetCheck(None, reason="Linear projects are not looked up before binding")
    with linear.client() as http:
        body = linear.graphql(http, TEAMS_QUERY, {}, "BindingTeams")
    teams = _list(body.get("teams") or {}, "nodes")  # graphql() answers the response's "data" already
    match = next((t for t in teams if t.get("id") == external_id or t.get("key") == external_id), None)
    return TargetCheck(match is not None, name=(match or {}).get("name"))


def _attio(kind: str, external_id: str) -> TargetCheck:
    objects = {"company": "companies", "deal": "deals"}
    with attio.client() as http:
        body = http.request("GET", f"/objects/{objects[kind]}/records/{external_id}")
    values = ((body or {}).get("data") or {}).get("values") or {}
    name = next((v.get("value") for v in values.get("name") or [] if isinstance(v, dict)), None)
    return TargetCheck(True, name=name if isinstance(name, str) else None)


def _list(body: Any, key: str) -> list[dict[str, Any]]:
    items = body.get(key) if isinstance(body, dict) else None
    return [i for i in items or [] if isinstance(i, dict)]
