"""Every GraphQL document Mirano sends to Linear, with its variables, against Linear's published schema."""

from __future__ import annotations

import uuid
from pathlib import Path

import httpx
from graphql import parse, validate
from graphql.execution.values import get_variable_values
from graphql.language import OperationDefinitionNode

from pipeline.service import memory as service
from pipeline.sources import linear
from tests.memory.helpers import edit, run, sync_all
from tests.vendors.specs import HERE, linear_schema


def errors_of(query: str, variables: dict | None = None) -> list[str]:
    """Validation errors of a document and (when given) of its variables, by Linear's SDL."""
    document = parse(query)
    found = [e.message for e in validate(linear_schema(), document)]
    if variables is not None and not found:
        op = next(d for d in document.definitions if isinstance(d, OperationDefinitionNode))
        coerced = get_variable_values(linear_schema(), op.variable_definitions or (), variables)
        if isinstance(coerced, list):
            found += [e.message for e in coerced]
    return found


def test_every_document_in_the_connector_is_valid_against_linears_schema() -> None:
    assert set(linear.DOCUMENTS) == {"Issues", "IssueComments", "Issue", "IssueCreate"}
    for name, query in linear.DOCUMENTS.items():
        assert errors_of(query) == [], name


def test_every_request_a_sync_and_an_apply_send_is_valid_with_its_variables(seeded) -> None:
    edit(seeded, "linear", {"identifier": "NW-1", "comments": [f"c{n}" for n in range(40)]})  # comment paging
    sync_all()
    run("memory.build")
    run("memory.extract")
    run("memory.suggest")
    action = next(a for a in service.actions("northwind") if a["kind"] == "linear_issue")
    assert service.apply_action(action["id"], actor="kate")["ok"]
    sent = httpx.get(f"{seeded}/linear/_demo/limits").json()["requests"]
    assert {b["operationName"] for b in sent} == {"Issues", "IssueComments", "Issue", "IssueCreate"}
    for body in sent:
        assert errors_of(body["query"], body["variables"]) == [], body["operationName"]
        if body["operationName"] == "IssueCreate":
            # IssueCreateInput.id: "The identifier in UUID v4 format."
            description = linear_schema().get_type("IssueCreateInput").fields["id"].description
            assert "UUID v4" in description
            assert uuid.UUID(body["variables"]["input"]["id"]).version == 4


def test_the_check_catches_what_linear_would_refuse() -> None:
    assert errors_of("query { issues(first: 2) { nodes { id secretField } } }")
    assert errors_of(linear.ISSUES_QUERY, {"first": "fifty", "commentsFirst": 10})
    assert errors_of(linear.ISSUES_QUERY, {"first": 5, "commentsFirst": 10, "filter": {"teamId": "x"}})
    assert errors_of('mutation { issueCreate(input: {title: "no team"}) { success } }')  # teamId is required


def test_the_demo_serves_exactly_the_trimmed_published_schema() -> None:
    demo = Path(linear.__file__).parents[1] / "demo" / "linear_schema.graphql"
    assert demo.read_text(encoding="utf-8") == (HERE / "linear.graphql").read_text(encoding="utf-8")
    assert "8335e09a" in (HERE / "linear.graphql").read_text(encoding="utf-8").splitlines()[0]
