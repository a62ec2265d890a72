"""Linear's two budgets, seen from the client: query complexity and the request/complexity leaky buckets.

Linear scores a query before running it (each property 0.1 point, each object 1 point, a connection multiplies
what it selects by its `first`, 50 when absent; rounded up) and refuses one above 10,000 points. Every answer
carries X-RateLimit-{Requests,Complexity}-{Limit,Remaining,Reset} (Reset in epoch milliseconds). A limited call
is a GraphQL error with extensions.code RATELIMITED, reported with HTTP 400, so it is read from the body.
"""

from __future__ import annotations

import math
import time
from typing import Any

import httpx
from graphql import FieldNode, OperationDefinitionNode, SelectionSetNode, VariableNode, parse
from graphql.language import IntValueNode

from pipeline.config import get_settings
from pipeline.sources.vendor import VendorClient

DEFAULT_CONNECTION_PAGE = 50


def estimated_cost(query: str, variables: dict[str, Any]) -> int:
    """The points Linear would charge for this document with these variables."""
    document = parse(query, no_location=True)
    op = next(d for d in document.definitions if isinstance(d, OperationDefinitionNode))
    return math.ceil(_cost(op.selection_set, variables) - 1e-9)


def _cost(selection_set: SelectionSetNode | None, variables: dict[str, Any]) -> float:
    total = 0.0
    for field in selection_set.selections if selection_set else ():
        if not isinstance(field, FieldNode):
            continue
        if field.selection_set is None:
            total += 0.1
            continue
        inner = _cost(field.selection_set, variables)
        page = _page(field, variables)
        total += 1 + (page * inner if page is not None else inner)
    return total


def _page(field: FieldNode, variables: dict[str, Any]) -> int | None:
    """The multiplier of a connection field (one that selects `nodes`), None for a plain object."""
    is_connection = any(
        isinstance(s, FieldNode) and s.name.value in ("nodes", "edges")
        for s in field.selection_set.selections
    )
    if not is_connection:
        return None
    for argument in field.arguments:
        if argument.name.value in ("first", "last"):
            value = argument.value
            if isinstance(value, VariableNode):
                found = variables.get(value.name.value)
                return int(found) if found is not None else DEFAULT_CONNECTION_PAGE
            if isinstance(value, IntValueNode):
                return int(value.value)
    return DEFAULT_CONNECTION_PAGE


def largest_page(query: str, variables: dict[str, Any], key: str, wanted: int, budget: float) -> int:
    """The largest `variables[key]` ≤ wanted whose query stays within `budget` points (at least 1)."""
    one = estimated_cost(query, {**variables, key: 1})
    two = estimated_cost(query, {**variables, key: 2})
    per_item = max(two - one, 1)
    fits = int((budget - (one - per_item)) // per_item)
    return max(1, min(wanted, fits))


def _header(headers: httpx.Headers, name: str) -> float | None:
    try:
        return float(headers[name])
    except (KeyError, ValueError):
        return None


def _until(headers: httpx.Headers, name: str) -> float | None:
    """Seconds from now until an epoch-milliseconds reset header."""
    reset = _header(headers, name)
    return None if reset is None else max(0.0, reset / 1000 - time.time())


def limited_wait(headers: httpx.Headers, cost: int) -> float:
    """How long to wait after a RATELIMITED answer: until the reset of the budget that ran out."""
    waits = []
    requests_left = _header(headers, "X-RateLimit-Requests-Remaining")
    points_left = _header(headers, "X-RateLimit-Complexity-Remaining")
    if requests_left is not None and requests_left < 1:
        waits.append(_until(headers, "X-RateLimit-Requests-Reset"))
    if points_left is not None and points_left < cost:
        waits.append(_until(headers, "X-RateLimit-Complexity-Reset"))
    known = [w for w in waits if w is not None]
    if known:
        return max(known)
    fallback = [
        w
        for w in (
            _until(headers, "X-RateLimit-Requests-Reset"),
            _until(headers, "X-RateLimit-Complexity-Reset"),
        )
        if w is not None
    ]
    return max(fallback) if fallback else 60.0


def pacing_wait(headers: httpx.Headers, cost: int) -> tuple[float, str]:
    """How long to hold the next call when the last answer said the budget runs low; (seconds, why).

    Out of budget: wait for its reset. Fewer requests left than MIRANO_LINEAR_PACING_FLOOR: spread the rest
    evenly over the time to the reset, so the sync slows down instead of running into RATELIMITED.
    """
    requests_left = _header(headers, "X-RateLimit-Requests-Remaining")
    points_left = _header(headers, "X-RateLimit-Complexity-Remaining")
    if points_left is not None and points_left < cost:
        return _until(headers, "X-RateLimit-Complexity-Reset") or 0.0, "complexity budget"
    if requests_left is None:
        return 0.0, ""
    to_reset = _until(headers, "X-RateLimit-Requests-Reset") or 0.0
    if requests_left < 1:
        return to_reset, "request budget"
    if requests_left < get_settings().linear_pacing_floor:
        return to_reset / requests_left, "request budget (running low)"
    return 0.0, ""


def hold_for_budget(http: VendorClient, cost: int, described: str) -> None:
    """Before a call: wait (or raise VendorRateLimited) when the last answer's headers say the budget is low."""
    wait, why = pacing_wait(http.last_headers, cost)
    if wait > 0:
        http.wait_or_raise(wait, described, f"{why}")
