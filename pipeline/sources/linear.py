"""Linear GraphQL: issues and their comments of a bound team or project, filtered by updatedAt; issueCreate.

The cursor of a binding is the updatedAt of the last committed issue. Every page after it is read (forward
cursor pagination with pageInfo), then issues are imported oldest change first, issues that share one
updatedAt in one batch, so a cut-short run resumes exactly.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from itertools import groupby
from typing import Any

from pipeline.config import get_settings
from pipeline.sources.vendor import (
    Batch,
    Shape,
    VendorClient,
    VendorDoc,
    VendorRateLimited,
    VendorRefused,
    as_sentence,
    from_iso,
)

SOURCE = "linear"
KINDS = ("team", "project")

ISSUE_FIELDS = """id identifier title description priority dueDate createdAt updatedAt url
      state { name type }
      assignee { id name }
      creator { name }
      team { id key }
      project { id name }
      comments(first: 100) { nodes { id body createdAt updatedAt user { name } } }"""

ISSUES_QUERY = f"""query Issues($first: Int!, $after: String, $filter: IssueFilter) {{
  issues(first: $first, after: $after, filter: $filter, orderBy: updatedAt) {{
    pageInfo {{ hasNextPage endCursor }}
    nodes {{
      {ISSUE_FIELDS}
    }}
  }}
}}"""

ISSUE_QUERY = """query Issue($id: String!) {
  issue(id: $id) { id identifier title url }
}"""

ISSUE_CREATE = """mutation IssueCreate($input: IssueCreateInput!) {
  issueCreate(input: $input) {
    success
    issue { id identifier title url }
  }
}"""


def client() -> VendorClient:
    """A client for the configured Linear workspace (or the demo server)."""
    settings = get_settings()
    return VendorClient(
        SOURCE, settings.vendor_url(SOURCE), {"Authorization": settings.vendor_key(SOURCE) or ""}
    )


def graphql(http: VendorClient, query: str, variables: dict[str, Any], operation: str) -> dict[str, Any]:
    """POST one operation; GraphQL errors (even with HTTP 200) become VendorErrors."""
    body = http.request("POST", "", json={"query": query, "variables": variables, "operationName": operation})
    described = f"POST graphql {operation}"
    if not isinstance(body, dict):
        raise http.malformed(described, "the body is not an object")
    errors = body.get("errors")
    if errors:
        first = errors[0] if isinstance(errors, list) and errors and isinstance(errors[0], dict) else {}
        code = (first.get("extensions") or {}).get("code")
        if code == "RATELIMITED":
            raise VendorRateLimited(SOURCE, _reset_in(http), described)
        raise VendorRefused(
            SOURCE, f"Linear: {operation} failed: {first.get('message') or errors}", described
        )
    return Shape(http, described).get(body, "data", dict, "body")


def _reset_in(http: VendorClient) -> float:
    """Seconds until Linear's request budget resets (X-RateLimit-Requests-Reset, epoch ms); 60 if unknown."""
    reset = http.last_headers.get("X-RateLimit-Requests-Reset")
    try:
        return max(1.0, int(reset) / 1000 - time.time())
    except (TypeError, ValueError):
        return 60.0


class LinearConnector:
    """Reads issues and comments, and creates issues for applied actions."""

    source = SOURCE

    def __init__(self, http: VendorClient) -> None:
        self.http = http

    def batches(self, kind: str, external_id: str, cursor: Any) -> Iterator[Batch]:
        """Batches of issues (with their comments) changed after the cursor, oldest change first."""
        issues = sorted(self._changed(kind, external_id, cursor), key=lambda i: (i["updatedAt"], i["id"]))
        for updated_at, group in groupby(issues, key=lambda i: i["updatedAt"]):
            docs = [doc for issue in group for doc in self._docs(issue)]
            yield Batch(cursor=updated_at, docs=docs)

    def _changed(self, kind: str, external_id: str, since: str | None) -> list[dict[str, Any]]:
        scope = (
            {"team": {"id": {"eq": external_id}}}
            if kind == "team"
            else {"project": {"id": {"eq": external_id}}}
        )
        issue_filter = {**scope, **({"updatedAt": {"gt": since}} if since else {})}
        found: list[dict[str, Any]] = []
        after: str | None = None
        while True:
            variables = {"first": get_settings().vendor_page_size, "after": after, "filter": issue_filter}
            data = graphql(self.http, ISSUES_QUERY, variables, "Issues")
            shape = Shape(self.http, "POST graphql Issues")
            connection = shape.get(data, "issues", dict, "data")
            info = shape.get(connection, "pageInfo", dict, "data.issues")
            for where, node in shape.items(connection, "nodes", "data.issues"):
                shape.get(node, "id", str, where)
                shape.get(node, "updatedAt", str, where)
                shape.get(node, "title", str, where)
                found.append(node)
            if not shape.get(info, "hasNextPage", bool, "data.issues.pageInfo"):
                return found
            after = shape.get(info, "endCursor", str, "data.issues.pageInfo")

    def _docs(self, issue: dict[str, Any]) -> list[VendorDoc]:
        shape = Shape(self.http, "POST graphql Issues")
        where = f"issue {issue.get('identifier') or issue['id']}"
        state = (issue.get("state") or {}).get("name")
        header = f"{issue.get('identifier', '')} {issue['title']}".strip()
        lines = [
            as_sentence(header),
            f"State: {state}." if state else "",
            f"Due: {issue['dueDate']}." if issue.get("dueDate") else "",
        ]
        body = "\n".join([line for line in lines if line] + ["", issue.get("description") or ""]).strip()
        meta = {
            "identifier": issue.get("identifier"),
            "state": state,
            "team": (issue.get("team") or {}).get("key"),
            "team_id": (issue.get("team") or {}).get("id"),
            "due": issue.get("dueDate"),
            "priority": issue.get("priority"),
        }
        docs = [
            VendorDoc(
                SOURCE,
                "issue",
                f"issue:{issue['id']}",
                body,
                title=header,
                author=(issue.get("creator") or {}).get("name"),
                url=issue.get("url"),
                created_at=from_iso(issue.get("createdAt")),
                updated_at=from_iso(issue["updatedAt"]),
                meta=meta,
            )
        ]
        comments = shape.get(issue, "comments", dict, where, optional=True) or {"nodes": []}
        for cwhere, c in shape.items(comments, "nodes", f"{where}.comments"):
            docs.append(
                VendorDoc(
                    SOURCE,
                    "comment",
                    f"comment:{shape.get(c, 'id', str, cwhere)}",
                    shape.get(c, "body", str, cwhere),
                    parent_id=f"issue:{issue['id']}",
                    title=f"Comment on {header}",
                    author=(c.get("user") or {}).get("name"),
                    url=issue.get("url"),
                    created_at=from_iso(c.get("createdAt")),
                    updated_at=from_iso(c.get("updatedAt") or c.get("createdAt")),
                    meta={"identifier": issue.get("identifier")},
                )
            )
        return docs

    def find_issue(self, issue_id: str) -> dict[str, Any] | None:
        """The issue with this id, or None (used to make a retried issueCreate idempotent)."""
        data = graphql(self.http, ISSUE_QUERY, {"id": issue_id}, "Issue")
        return data.get("issue")

    def create_issue(self, issue_input: dict[str, Any]) -> dict[str, Any]:
        """issueCreate with the given input; returns {"success", "issue": {id, identifier, title, url}}."""
        data = graphql(self.http, ISSUE_CREATE, {"input": issue_input}, "IssueCreate")
        return Shape(self.http, "POST graphql IssueCreate").get(data, "issueCreate", dict, "data")
