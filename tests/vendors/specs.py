"""Readers of the vendors' published specifications kept under tests/vendors (see the trim scripts there)."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

from graphql import GraphQLSchema, build_schema
from jsonschema import Draft202012Validator, FormatChecker

HERE = Path(__file__).parent


@functools.cache
def linear_schema() -> GraphQLSchema:
    """Linear's published SDL, trimmed by type (tests/vendors/linear.graphql)."""
    return build_schema((HERE / "linear.graphql").read_text(encoding="utf-8"))


@functools.cache
def attio_document() -> dict[str, Any]:
    return json.loads((HERE / "attio_openapi.json").read_text(encoding="utf-8"))


def _validator(schema: dict[str, Any]) -> Draft202012Validator:
    """A validator for one schema of Attio's document, its $refs resolved inside that document."""
    root = {"$ref": "#/x-target", "x-target": schema, "components": attio_document()["components"]}
    return Draft202012Validator(root, format_checker=FormatChecker())


def attio_operation(method: str, path: str) -> dict[str, Any] | None:
    """The OpenAPI operation a concrete request path matches (`/v2/objects/companies/records/query`)."""
    for template, operations in attio_document()["paths"].items():
        pattern = "^" + re.sub(r"\{[^}]+\}", "[^/]+", template) + "$"
        if re.match(pattern, path) and method.lower() in operations:
            return operations[method.lower()]
    return None


def attio_request_errors(method: str, path: str, query: dict[str, str], body: Any) -> list[str]:
    """Where a request breaks Attio's document: query parameters (and their documented maximum) and body."""
    operation = attio_operation(method, path)
    if operation is None:
        return [f"{method} {path} is not an operation Mirano is known to use"]
    errors: list[str] = []
    params = {p["name"]: p for p in operation.get("parameters", []) if p["in"] == "query"}
    for name, value in query.items():
        if name not in params:
            errors.append(f"query parameter {name!r} is not in the document")
            continue
        schema = params[name]["schema"]
        typed: Any = int(value) if schema.get("type") == "integer" else value
        errors += [f"{name}: {e.message}" for e in _validator(schema).iter_errors(typed)]
        ceiling = re.search(r"maximum is `(\d+)`", schema.get("description", ""))
        if ceiling and typed > int(ceiling.group(1)):
            errors.append(f"{name}={typed} is above the documented maximum {ceiling.group(1)}")
    if "requestBody" in operation:
        schema = operation["requestBody"]["content"]["application/json"]["schema"]
        errors += [f"body {list(e.absolute_path)}: {e.message}" for e in _validator(schema).iter_errors(body)]
    return errors


def attio_response_errors(method: str, path: str, status: int, body: Any) -> list[str]:
    """Where an answer breaks the response schema the document gives for its status."""
    operation = attio_operation(method, path)
    response = (operation or {}).get("responses", {}).get(str(status))
    if response is None:
        return [f"{method} {path} answered {status}, which the document does not define"]
    schema = response["content"]["application/json"]["schema"]
    return [f"{list(e.absolute_path)}: {e.message}" for e in _validator(schema).iter_errors(body)]


def jbuilder_keys(name: str) -> tuple[set[str], set[str]]:
    """(always, conditional) top-level keys a Chatwoot jbuilder view renders."""
    always, conditional = set(), set()
    for line in (HERE / name).read_text(encoding="utf-8").splitlines():
        found = re.match(r"^json\.(\w+)", line.strip())
        if found:
            (conditional if " if " in line else always).add(found.group(1))
    return always, conditional
