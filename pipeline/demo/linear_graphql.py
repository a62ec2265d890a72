"""The GraphQL side of the demo Linear: Linear's own schema (trimmed SDL), its complexity rule and rate limits.

Queries run through graphql-core against `linear_schema.graphql` (types taken unchanged from Linear's published
schema), so a document Linear would reject fails here too. The complexity rule is Linear's documented one: each
property 0.1 point, each object 1 point, a connection multiplies what it selects by `first`/`last` (default 50),
rounded up; a query above 10,000 points is refused. Budgets are leaky buckets on requests and on complexity.
"""

from __future__ import annotations

import functools
import math
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLObjectType,
    GraphQLSchema,
    InlineFragmentNode,
    OperationDefinitionNode,
    SelectionSetNode,
    VariableNode,
    build_schema,
    get_named_type,
    value_from_ast_untyped,
)

MAX_COMPLEXITY = 10_000
DEFAULT_PAGE = 50


@functools.cache
def schema() -> GraphQLSchema:
    """Linear's schema, trimmed to the types the demo serves."""
    return build_schema(Path(__file__).with_name("linear_schema.graphql").read_text(encoding="utf-8"))


def linear_error(message: str, code: str, kind: str, presentable: str | None = None) -> dict[str, Any]:
    """One entry of `errors` the way Linear writes it."""
    return {
        "message": message,
        "extensions": {
            "code": code,
            "type": kind,
            "userError": True,
            "userPresentableMessage": presentable or message,
            "meta": {},
        },
    }


def complexity(document: DocumentNode, operation_name: str | None, variables: dict[str, Any]) -> int:
    """Points of the operation by Linear's documented rule."""
    fragments = {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    op = next(
        (o for o in operations if not operation_name or (o.name and o.name.value == operation_name)), None
    )
    if op is None:
        return 0
    root = schema().mutation_type if op.operation.value == "mutation" else schema().query_type
    return math.ceil(_selection_cost(op.selection_set, root, fragments, variables) - 1e-9)


def _selection_cost(
    selection_set: SelectionSetNode | None,
    parent: Any,
    fragments: dict[str, FragmentDefinitionNode],
    variables: dict[str, Any],
) -> float:
    total = 0.0
    for selection in selection_set.selections if selection_set else ():
        if isinstance(selection, FieldNode):
            total += _field_cost(selection, parent, fragments, variables)
        elif isinstance(selection, InlineFragmentNode):
            inner = (
                schema().get_type(selection.type_condition.name.value) if selection.type_condition else parent
            )
            total += _selection_cost(selection.selection_set, inner, fragments, variables)
        elif isinstance(selection, FragmentSpreadNode) and selection.name.value in fragments:
            fragment = fragments[selection.name.value]
            inner = schema().get_type(fragment.type_condition.name.value)
            total += _selection_cost(fragment.selection_set, inner, fragments, variables)
    return total


def _field_cost(
    node: FieldNode, parent: Any, fragments: dict[str, FragmentDefinitionNode], variables: dict[str, Any]
) -> float:
    if node.selection_set is None:
        return 0.1
    definition = parent.fields.get(node.name.value) if isinstance(parent, GraphQLObjectType) else None
    returned = get_named_type(definition.type) if definition else None
    inner = _selection_cost(node.selection_set, returned, fragments, variables)
    if returned is not None and returned.name.endswith("Connection"):
        return 1 + _page_size(node, variables) * inner
    return 1 + inner


def _page_size(node: FieldNode, variables: dict[str, Any]) -> int:
    for argument in node.arguments or ():
        if argument.name.value in ("first", "last"):
            value = argument.value
            found = (
                variables.get(value.name.value)
                if isinstance(value, VariableNode)
                else value_from_ast_untyped(value)
            )
            if found is not None:
                return int(found)
    return DEFAULT_PAGE


@dataclass
class Bucket:
    """A leaky bucket: `limit` tokens, refilled at limit/period per second."""

    limit: float
    period_seconds: float
    level: float = -1.0
    at: float = 0.0

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self.level, self.at = self.limit, time.time()

    def _refill(self, now: float) -> None:
        rate = self.limit / self.period_seconds
        self.level = min(self.limit, self.level + (now - self.at) * rate)
        self.at = now

    def take(self, cost: float) -> bool:
        """Spend `cost` tokens if they are there."""
        with self._lock:
            self._refill(time.time())
            if self.level < cost:
                return False
            self.level -= cost
            return True

    def drain(self) -> None:
        """Spend everything (another client of the same key did)."""
        with self._lock:
            self._refill(time.time())
            self.level = 0.0

    def headers(self, prefix: str) -> dict[str, str]:
        """X-RateLimit-<prefix>-Limit / -Remaining / -Reset (epoch ms when the bucket is full again)."""
        with self._lock:
            self._refill(time.time())
            missing = (self.limit - self.level) / (self.limit / self.period_seconds)
            return {
                f"X-RateLimit-{prefix}-Limit": str(int(self.limit)),
                f"X-RateLimit-{prefix}-Remaining": str(max(0, int(self.level))),
                f"X-RateLimit-{prefix}-Reset": str(int((time.time() + missing) * 1000)),
            }
