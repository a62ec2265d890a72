"""Demo Linear GraphQL API: `issues` with filter/pagination, `issue(id)`, `teams`, and the `issueCreate` mutation."""

from __future__ import annotations

import time
from typing import Any

from pipeline.demo import vendor_data as fx
from pipeline.demo.graphql_lite import GraphQLError, Operation, bind, parse, project
from pipeline.demo.server import App, DemoRequest, DemoResponse
from pipeline.demo.vendors import Clock, iso

MAX_FIRST = 250


class LinearDemo(App):
    """POST /graphql with {query, variables, operationName}; Authorization: demo."""

    name = "linear"

    def __init__(self) -> None:
        super().__init__()
        self.clock = Clock()
        self.reset_data()
        self.route("POST", "/graphql", self.graphql)
        self.route("POST", "/_demo/edit", self.edit)

    def reset_data(self) -> None:
        """Restore the fixtures."""
        now = int(time.time()) // 60 * 60
        self.teams = {t["id"]: dict(t) for t in fx.TEAMS}
        self.issues: dict[str, dict[str, Any]] = {}
        self.comments: dict[str, dict[str, Any]] = {}
        self.counters = {t["key"]: 0 for t in fx.TEAMS}
        for identifier, project_name, hours, title, description, due, state, comments in fx.ISSUES:
            issue = self._new_issue(
                identifier.split("-")[0],
                title,
                description,
                due,
                state,
                now - hours * 3600,
                project_name,
                identifier,
            )
            for i, (author, body) in enumerate(comments):
                self._new_comment(issue, author, body, now - hours * 3600 + 600 * (i + 1))
        for n in fx.FILLER_ISSUES:
            self._new_issue(
                "NW",
                f"Chore: update dependency #{n}",
                f"Routine dependency update #{n}.",
                None,
                "Done",
                now - (300 + n) * 3600,
                None,
                f"NW-{n}",
            )

    def _new_issue(
        self,
        team_key: str,
        title: str,
        description: str | None,
        due: str | None,
        state: str,
        at: int,
        project_name: str | None,
        identifier: str | None = None,
        issue_id: str | None = None,
    ) -> dict[str, Any]:
        self.counters[team_key] += 1
        identifier = identifier or f"{team_key}-{self.counters[team_key]}"
        team = next(t for t in self.teams.values() if t["key"] == team_key)
        project_row = next((p for p in fx.PROJECTS if p["name"] == project_name), None)
        issue = {
            "id": issue_id or fx.demo_uuid(f"issue:{identifier}"),
            "identifier": identifier,
            "title": title,
            "description": description,
            "priority": 2,
            "dueDate": due,
            "createdAt": at,
            "updatedAt": at,
            "url": f"https://linear.app/demo/issue/{identifier}",
            "state": state,
            "team_id": team["id"],
            "project_id": project_row["id"] if project_row else None,
            "assignee": None,
            "creator": "Kate Wilson",
        }
        self.issues[issue["id"]] = issue
        return issue

    def _new_comment(self, issue: dict[str, Any], author: str, body: str, at: int) -> dict[str, Any]:
        comment = {
            "id": fx.demo_uuid(f"comment:{issue['id']}:{len(self.comments)}"),
            "issue_id": issue["id"],
            "body": body,
            "createdAt": at,
            "updatedAt": at,
            "user": author,
        }
        self.comments[comment["id"]] = comment
        issue["updatedAt"] = max(issue["updatedAt"], at)
        return comment

    # -- GraphQL ----------------------------------------------------------------------------------------------
    def graphql(self, request: DemoRequest) -> DemoResponse:
        headers = {
            "X-RateLimit-Requests-Limit": "1500",
            "X-RateLimit-Requests-Remaining": "1499",
            "X-RateLimit-Requests-Reset": str(int(time.time() * 1000) + 3_600_000),
        }
        if request.headers.get("authorization") not in ("demo", "Bearer demo"):
            error = {
                "message": "Authentication required, not authenticated",
                "extensions": {"code": "AUTHENTICATION_ERROR"},
            }
            return DemoResponse(400, {"errors": [error]}, headers)
        try:
            body = request.json() or {}
            op = parse(str(body.get("query") or ""), body.get("operationName"))
            data = self._execute(op, body.get("variables") or {})
        except (GraphQLError, ValueError, KeyError) as exc:
            return DemoResponse(
                200, {"errors": [{"message": str(exc), "extensions": {"code": "INVALID_INPUT"}}]}, headers
            )
        return DemoResponse(200, {"data": data}, headers)

    def _execute(self, op: Operation, variables: dict[str, Any]) -> dict[str, Any]:
        roots = (
            {"issues": self._issues, "issue": self._issue, "teams": self._teams}
            if op.kind == "query"
            else {"issueCreate": self._issue_create}
        )
        out = {}
        for f in op.selections:
            if f.name not in roots:
                raise GraphQLError(f'Cannot query field "{f.name}" on type "{op.kind.title()}".')
            value = roots[f.name](bind(f.args, variables, op.variables))
            out[f.key] = project(value, f.selections, variables, op.variables)
        return out

    def _issue_json(self, issue: dict[str, Any]) -> dict[str, Any]:
        team = self.teams[issue["team_id"]]
        project_row = next((p for p in fx.PROJECTS if p["id"] == issue["project_id"]), None)
        comments = sorted(
            (c for c in self.comments.values() if c["issue_id"] == issue["id"]), key=lambda c: c["createdAt"]
        )
        return {
            "__typename": "Issue",
            **{
                k: issue[k]
                for k in ("id", "identifier", "title", "description", "priority", "dueDate", "url")
            },
            "createdAt": iso(issue["createdAt"]),
            "updatedAt": iso(issue["updatedAt"]),
            "state": {"__typename": "WorkflowState", "name": issue["state"], "type": "started"},
            "assignee": None,
            "creator": {"__typename": "User", "id": "u1", "name": issue["creator"]},
            "team": {"__typename": "Team", "id": team["id"], "key": team["key"], "name": team["name"]},
            "project": {"__typename": "Project", "id": project_row["id"], "name": project_row["name"]}
            if project_row
            else None,
            "comments": lambda args: _connection(
                [self._comment_json(c) for c in comments], args, "CommentConnection"
            ),
        }

    @staticmethod
    def _comment_json(c: dict[str, Any]) -> dict[str, Any]:
        return {
            "__typename": "Comment",
            "id": c["id"],
            "body": c["body"],
            "createdAt": iso(c["createdAt"]),
            "updatedAt": iso(c["updatedAt"]),
            "user": {"__typename": "User", "id": "u1", "name": c["user"]},
        }

    def _issues(self, args: dict[str, Any]) -> dict[str, Any]:
        found = [i for i in self.issues.values() if _matches(i, args.get("filter") or {}, self.teams)]
        order = "updatedAt" if args.get("orderBy") == "updatedAt" else "createdAt"
        found.sort(key=lambda i: (i[order], i["id"]), reverse=True)
        return _connection([self._issue_json(i) for i in found], args, "IssueConnection")

    def _issue(self, args: dict[str, Any]) -> dict[str, Any] | None:
        issue = self.issues.get(str(args.get("id"))) or next(
            (i for i in self.issues.values() if i["identifier"] == args.get("id")), None
        )
        if issue is None:
            raise GraphQLError("Entity not found: Issue")
        return self._issue_json(issue)

    def _teams(self, args: dict[str, Any]) -> dict[str, Any]:
        nodes = [{"__typename": "Team", **t} for t in self.teams.values()]
        return _connection(nodes, args, "TeamConnection")

    def _issue_create(self, args: dict[str, Any]) -> dict[str, Any]:
        data = args.get("input") or {}
        if data.get("teamId") not in self.teams:
            raise GraphQLError("Argument Validation Error: teamId must be an existing team")
        if not data.get("title"):
            raise GraphQLError("Argument Validation Error: title should not be empty")
        if data.get("id") in self.issues:
            raise GraphQLError("Entity already exists: an issue with this id exists")
        project_row = next((p for p in fx.PROJECTS if p["id"] == data.get("projectId")), None)
        issue = self._new_issue(
            self.teams[data["teamId"]]["key"],
            data["title"],
            data.get("description"),
            data.get("dueDate"),
            "Todo",
            self.clock.tick(),
            project_row["name"] if project_row else None,
            issue_id=data.get("id"),
        )
        return {"__typename": "IssuePayload", "success": True, "issue": self._issue_json(issue)}

    def edit(self, request: DemoRequest) -> DemoResponse:
        """{"identifier", "title"|"description"} edits an issue; {"identifier", "comment"} adds a comment."""
        spec = request.json() or {}
        issue = next(i for i in self.issues.values() if i["identifier"] == spec["identifier"])
        now = self.clock.tick()
        if "comment" in spec:
            self._new_comment(issue, spec.get("author", "Kate Wilson"), spec["comment"], now)
        for key in ("title", "description"):
            if key in spec:
                issue[key] = spec[key]
        issue["updatedAt"] = max(now, issue["updatedAt"] + 1)
        return DemoResponse(
            body={"ok": True, "identifier": issue["identifier"], "updatedAt": iso(issue["updatedAt"])}
        )


def _connection(nodes: list[dict[str, Any]], args: dict[str, Any], typename: str) -> dict[str, Any]:
    """A Relay connection page: `first` (default 50, at most 250) after the opaque cursor `after`."""
    first = min(int(args.get("first") or 50), MAX_FIRST)
    start = 0
    if args.get("after"):
        ids = [n["id"] for n in nodes]
        if args["after"] not in ids:
            raise GraphQLError("Argument Validation Error: after is not a valid cursor")
        start = ids.index(args["after"]) + 1
    page = nodes[start : start + first]
    info = {
        "__typename": "PageInfo",
        "hasNextPage": start + first < len(nodes),
        "endCursor": page[-1]["id"] if page else None,
        "hasPreviousPage": start > 0,
        "startCursor": page[0]["id"] if page else None,
    }
    return {"__typename": typename, "nodes": page, "pageInfo": info}


def _matches(issue: dict[str, Any], spec: dict[str, Any], teams: dict[str, dict[str, Any]]) -> bool:
    """The subset of IssueFilter the connector uses: updatedAt {gt|gte|lt}, team {id|key}, project {id} (eq)."""
    for key, cond in spec.items():
        if key == "updatedAt":
            value = iso(issue["updatedAt"])
            ops = {
                "gt": value > str(cond.get("gt")),
                "gte": value >= str(cond.get("gte")),
                "lt": value < str(cond.get("lt")),
            }
            if not all(ops[o] for o in cond if o in ops):
                return False
        elif key == "team":
            team = teams[issue["team_id"]]
            if any(team[f] != c.get("eq") for f, c in cond.items()):
                return False
        elif key == "project":
            if issue["project_id"] != (cond.get("id") or {}).get("eq"):
                return False
        else:
            raise GraphQLError(f'Field "{key}" is not supported by the demo IssueFilter.')
    return True
