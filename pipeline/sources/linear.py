"""Linear GraphQL: issues and their comments of a bound team or project, filtered by updatedAt; issueCreate.

The cursor of a binding is the updatedAt of the last committed issue. Every page after it is read (forward
cursor pagination with pageInfo), then issues are imported oldest change first, issues that share one
updatedAt in one batch, so a cut-short run resumes exactly. Pages are sized so a query stays within Linear's
complexity cap; an issue's first comments come with it and the rest are paged separately, so none is dropped.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import groupby
from typing import TYPE_CHECKING, Any

from pipeline.config import get_settings
from pipeline.sources.linear_budget import estimated_cost, hold_for_budget, largest_page, limited_wait
from pipeline.sources.vendor import (
    Batch,
    RateLimited,
    Shape,
    VendorClient,
    VendorDoc,
    VendorRefused,
    as_sentence,
    from_iso,
)

if TYPE_CHECKING:
    import httpx

SOURCE = "linear"
KINDS = ("team", "project")

COMMENT_FIELDS = "id body createdAt updatedAt user { name }"
COMMENTS_PAGE = f"pageInfo {{ hasNextPage endCursor }} nodes {{ {COMMENT_FIELDS} }}"
ISSUE_FIELDS = f"""id identifier title description priority dueDate createdAt updatedAt url
      state {{ name type }}
      assignee {{ id name }}
      creator {{ name }}
      team {{ id key }}
      project {{ id name }}
      comments(first: $commentsFirst) {{ {COMMENTS_PAGE} }}"""

ISSUES_QUERY = f"""query Issues($first: Int!, $after: String, $filter: IssueFilter, $commentsFirst: Int!) {{
  issues(first: $first, after: $after, filter: $filter, orderBy: updatedAt) {{
    pageInfo {{ hasNextPage endCursor }}
    nodes {{
      {ISSUE_FIELDS}
    }}
  }}
}}"""

COMMENTS_QUERY = f"""query IssueComments($id: String!, $first: Int!, $after: String) {{
  issue(id: $id) {{
    id
    comments(first: $first, after: $after) {{ {COMMENTS_PAGE} }}
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

DOCUMENTS = {
    "Issues": ISSUES_QUERY,
    "IssueComments": COMMENTS_QUERY,
    "Issue": ISSUE_QUERY,
    "IssueCreate": ISSUE_CREATE,
}


def client() -> VendorClient:
    """A client for the configured Linear workspace (or the demo server)."""
    settings = get_settings()
    return VendorClient(
        SOURCE, settings.vendor_url(SOURCE), {"Authorization": settings.vendor_key(SOURCE) or ""}
    )


def graphql(http: VendorClient, query: str, variables: dict[str, Any], operation: str) -> dict[str, Any]:
    """POST one operation; RATELIMITED (whatever the HTTP status) is waited out or raised, other errors refuse."""
    described = f"POST graphql {operation}"
    cost = estimated_cost(query, variables)
    payload = {"query": query, "variables": variables, "operationName": operation}

    def attempt() -> tuple[httpx.Response, dict[str, Any], list[Any]] | RateLimited:
        hold_for_budget(http, cost, described)
        response = http.call("POST", "", json=payload)
        body = http.json_of(response, described)
        if not isinstance(body, dict):
            raise http.malformed(described, "the body is not an object")
        errors = body.get("errors") or []
        if not isinstance(errors, list):
            raise http.malformed(described, f"errors is {type(errors).__name__}, expected a list")
        if any(_code(e) == "RATELIMITED" for e in errors):
            return RateLimited(limited_wait(response.headers, cost))
        return response, body, errors

    response, body, errors = http.waiting_out_rate_limits(attempt, described)
    if errors:
        raise VendorRefused(SOURCE, f"Linear: {operation} failed: {_error_words(errors)}", described)
    if response.status_code >= 400:
        raise VendorRefused(SOURCE, f"Linear: {operation} refused (HTTP {response.status_code})", described)
    return Shape(http, described).get(body, "data", dict, "body")


def _code(error: Any) -> str | None:
    return (error.get("extensions") or {}).get("code") if isinstance(error, dict) else None


def _error_words(errors: Any) -> str:
    """Linear's own words: the user-presentable message when there is one ("The query is too complex…")."""
    if not isinstance(errors, list) or not errors or not isinstance(errors[0], dict):
        return str(errors)[:200]
    first = errors[0]
    presentable = (first.get("extensions") or {}).get("userPresentableMessage")
    message = str(first.get("message") or first)
    return f"{message} ({presentable})" if presentable and presentable != message else message


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
        settings = get_settings()
        variables: dict[str, Any] = {
            "filter": issue_filter,
            "commentsFirst": settings.linear_comments_per_issue,
        }
        first = largest_page(
            ISSUES_QUERY, variables, "first", settings.vendor_page_size, settings.linear_complexity_budget
        )
        while True:
            variables = {**variables, "first": first, "after": after}
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
        for cwhere, c in self._comments(shape, issue, where):
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

    def _comments(self, shape: Shape, issue: dict[str, Any], where: str) -> Iterator[tuple[str, Any]]:
        """Every comment of an issue: the first page came with it, the rest is paged with IssueComments."""
        connection = shape.get(issue, "comments", dict, where)
        page = 0
        while True:
            yield from shape.items(connection, "nodes", f"{where}.comments")
            info = shape.get(connection, "pageInfo", dict, f"{where}.comments")
            if not shape.get(info, "hasNextPage", bool, f"{where}.comments.pageInfo"):
                return
            page += 1
            after = shape.get(info, "endCursor", str, f"{where}.comments.pageInfo")
            variables = {"id": issue["id"], "first": get_settings().linear_comments_page, "after": after}
            data = graphql(self.http, COMMENTS_QUERY, variables, "IssueComments")
            shape = Shape(self.http, "POST graphql IssueComments")
            found = shape.get(data, "issue", dict, "data")
            connection = shape.get(found, "comments", dict, "data.issue")
            where = f"issue {issue.get('identifier') or issue['id']} (comments page {page + 1})"

    def find_issue(self, issue_id: str) -> dict[str, Any] | None:
        """The issue with this id, or None (used to make a retried issueCreate idempotent)."""
        data = graphql(self.http, ISSUE_QUERY, {"id": issue_id}, "Issue")
        return data.get("issue")

    def create_issue(self, issue_input: dict[str, Any]) -> dict[str, Any]:
        """issueCreate with the given input; returns {"success", "issue": {id, identifier, title, url}}."""
        data = graphql(self.http, ISSUE_CREATE, {"input": issue_input}, "IssueCreate")
        return Shape(self.http, "POST graphql IssueCreate").get(data, "issueCreate", dict, "data")
