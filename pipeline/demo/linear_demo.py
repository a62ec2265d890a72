"""Demo Linear GraphQL API: `issues` with filter/pagination, `issue(id)`, `teams`, and the `issueCreate` mutation."""

from __future__ import annotations

import threading
import uuid
from datetime import timedelta
from typing import Any

from graphql import GraphQLError, execute_sync, parse, validate

from pipeline.demo import vendor_data as fx
from pipeline.demo.linear_graphql import MAX_COMPLEXITY, Bucket, complexity, linear_error, schema
from pipeline.demo.server import App, DemoCalendar, DemoRequest, DemoResponse
from pipeline.demo.vendors import Clock, iso

MAX_FIRST = 250
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")  # fmt: skip
HOUR = 3600.0
REQUESTS_PER_HOUR = 5_000  # Linear's budget per API key
COMPLEXITY_PER_HOUR = 3_000_000


class LinearDemo(App):
    """POST /graphql with {query, variables, operationName}; Authorization: demo."""

    name = "linear"

    def __init__(self, calendar: DemoCalendar | None = None) -> None:
        super().__init__(calendar)
        self.clock = Clock()
        self._data_lock = threading.Lock()
        self.reset_data()
        self.route("POST", "/graphql", self.graphql)
        self.route("POST", "/_demo/edit", self.edit)
        self.route("POST", "/_demo/limits", self.set_limits)
        self.route("GET", "/_demo/limits", self.limits)

    def reset_data(self) -> None:
        """Restore the fixtures."""
        now = self.calendar.minute()
        self.requests = Bucket(REQUESTS_PER_HOUR, HOUR)
        self.points = Bucket(COMPLEXITY_PER_HOUR, HOUR)
        self.created: list[str] = []
        self.empty_after: int | None = None
        self.refusals = {"RATELIMITED": 0, "too_complex": 0, "invalid": 0}
        self.operations: list[tuple[str | None, int]] = []  # (operationName, complexity) of every query run
        self.received: list[dict[str, Any]] = []  # every request body, as sent
        self.teams = {t["id"]: dict(t) for t in fx.TEAMS}
        self.issues: dict[str, dict[str, Any]] = {}
        self.comments: dict[str, dict[str, Any]] = {}
        self.counters = {t["key"]: 0 for t in fx.TEAMS}
        for identifier, project_name, hours, title, description, due_in, state, comments in fx.ISSUES:
            due = None if due_in is None else self.calendar.today() + timedelta(days=due_in)
            issue = self._new_issue(
                identifier.split("-")[0],
                title,
                description.format(due=f"{due.day} {MONTHS[due.month - 1]}") if due else description,
                due.isoformat() if due else None,
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
    def set_limits(self, request: DemoRequest) -> DemoResponse:
        """{"requests": N, "complexity": N, "period_seconds": S}: the leaky buckets (Linear's per-key budgets);
        {"empty_after": K}: after K more requests another client of the same key uses up the request budget."""
        spec = request.json() or {}
        period = float(spec.get("period_seconds") or HOUR)
        self.requests = Bucket(float(spec.get("requests") or REQUESTS_PER_HOUR), period)
        self.points = Bucket(float(spec.get("complexity") or COMPLEXITY_PER_HOUR), period)
        self.empty_after = spec.get("empty_after")
        return DemoResponse(body={"ok": True})

    def limits(self, request: DemoRequest) -> DemoResponse:
        """What the demo refused and ran, for tests: refusals by kind, operations with their complexity."""
        return DemoResponse(
            body={"refusals": self.refusals, "operations": self.operations, "requests": self.received}
        )

    def _budget_headers(self, cost: int) -> dict[str, str]:
        return {
            **self.requests.headers("Requests"),
            **self.points.headers("Complexity"),
            "X-Complexity": str(cost),
        }

    def graphql(self, request: DemoRequest) -> DemoResponse:
        """Linear's answers: 400 for auth, invalid documents, too complex queries and RATELIMITED."""
        if request.headers.get("authorization") not in ("demo", "Bearer demo"):
            error = linear_error(
                "Authentication required, not authenticated", "AUTHENTICATION_ERROR", "authentication error"
            )
            return DemoResponse(400, {"errors": [error]})
        try:
            body = request.json() or {}
            self.received.append(body)
            document = parse(str(body.get("query") or ""))
        except (ValueError, GraphQLError) as exc:
            return DemoResponse(
                400, {"errors": [linear_error(str(exc), "GRAPHQL_PARSE_FAILED", "graphql error")]}
            )
        invalid = validate(schema(), document)
        if invalid:
            self.refusals["invalid"] += 1
            errors = [linear_error(e.message, "GRAPHQL_VALIDATION_FAILED", "graphql error") for e in invalid]
            return DemoResponse(400, {"errors": errors})
        variables = body.get("variables") or {}
        cost = complexity(document, body.get("operationName"), variables)
        if cost > MAX_COMPLEXITY:
            presentable = (
                f"The query is too complex. Complexity: {cost}. Maximum allowed complexity: {MAX_COMPLEXITY}."
            )
            self.refusals["too_complex"] += 1
            error = linear_error("Query too complex", "INPUT_ERROR", "invalid input", presentable)
            return DemoResponse(400, {"errors": [error]}, self._budget_headers(cost))
        if self.empty_after is not None:
            self.empty_after -= 1
            if self.empty_after < 0:
                self.empty_after = None
                self.requests.drain()  # someone else spent it all
        if not self.requests.take(1) or not self.points.take(cost):
            self.refusals["RATELIMITED"] += 1
            error = linear_error(
                "Rate limit exceeded",
                "RATELIMITED",
                "ratelimited",
                "Rate limit exceeded, please retry later.",
            )
            return DemoResponse(400, {"errors": [error]}, self._budget_headers(cost))
        self.operations.append((body.get("operationName"), cost))
        with self._data_lock:
            result = execute_sync(
                schema(),
                document,
                root_value=self._roots(),
                variable_values=variables,
                operation_name=body.get("operationName"),
            )
        answer: dict[str, Any] = {"data": result.data}
        if result.errors:
            answer["errors"] = [_execution_error(e) for e in result.errors]
        return DemoResponse(200, answer, self._budget_headers(cost))

    def _roots(self) -> dict[str, Any]:
        return {
            "issues": lambda info, **args: self._issues(args),
            "issue": lambda info, **args: self._issue(args),
            "teams": lambda info, **args: _connection(list(self.teams.values()), args),
            "issueCreate": lambda info, **args: self._issue_create(args),
        }

    def _issue_json(self, issue: dict[str, Any]) -> dict[str, Any]:
        team = self.teams[issue["team_id"]]
        project_row = next((p for p in fx.PROJECTS if p["id"] == issue["project_id"]), None)
        comments = sorted(
            (c for c in self.comments.values() if c["issue_id"] == issue["id"]), key=lambda c: c["createdAt"]
        )
        return {
            **{
                k: issue[k]
                for k in ("id", "identifier", "title", "description", "priority", "dueDate", "url")
            },
            "createdAt": iso(issue["createdAt"]),
            "updatedAt": iso(issue["updatedAt"]),
            "state": {
                "id": fx.demo_uuid(f"state:{issue['state']}"),
                "name": issue["state"],
                "type": "started",
            },
            "assignee": None,
            "creator": {"id": fx.demo_uuid(f"user:{issue['creator']}"), "name": issue["creator"]},
            "team": team,
            "project": project_row,
            "comments": lambda info, **args: _connection([self._comment_json(c) for c in comments], args),
        }

    @staticmethod
    def _comment_json(c: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": c["id"],
            "body": c["body"],
            "createdAt": iso(c["createdAt"]),
            "updatedAt": iso(c["updatedAt"]),
            "user": {"id": fx.demo_uuid(f"user:{c['user']}"), "name": c["user"]},
        }

    def _issues(self, args: dict[str, Any]) -> dict[str, Any]:
        found = [i for i in self.issues.values() if _matches(i, args.get("filter") or {}, self.teams)]
        order = "updatedAt" if args.get("orderBy") == "updatedAt" else "createdAt"
        found.sort(key=lambda i: (i[order], i["id"]), reverse=True)
        return _connection([self._issue_json(i) for i in found], args)

    def _issue(self, args: dict[str, Any]) -> dict[str, Any] | None:
        issue = self.issues.get(str(args.get("id"))) or next(
            (i for i in self.issues.values() if i["identifier"] == args.get("id")), None
        )
        if issue is None:
            raise GraphQLError("Entity not found: Issue")
        return self._issue_json(issue)

    def _issue_create(self, args: dict[str, Any]) -> dict[str, Any]:
        data = args.get("input") or {}
        if data.get("teamId") not in self.teams:
            raise GraphQLError("Argument Validation Error: teamId must be an existing team")
        if not data.get("title"):
            raise GraphQLError("Argument Validation Error: title should not be empty")
        if data.get("id") is not None and not _is_uuid4(data["id"]):
            raise GraphQLError("Argument Validation Error: id must be a UUID v4")
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
            issue_id=data.get("id") or str(uuid.uuid4()),
        )
        self.created.append(issue["id"])
        return {"success": True, "issue": self._issue_json(issue), "lastSyncId": float(len(self.created))}

    def edit(self, request: DemoRequest) -> DemoResponse:
        """{"identifier", "title"|"description"} edits an issue; {"identifier", "comment"} adds a comment and
        {"identifier", "comments": [texts]} adds several."""
        spec = request.json() or {}
        with self._data_lock:
            return self._edit(spec)

    def _edit(self, spec: dict[str, Any]) -> DemoResponse:
        issue = next(i for i in self.issues.values() if i["identifier"] == spec["identifier"])
        now = self.clock.tick()
        for text in ([spec["comment"]] if "comment" in spec else []) + list(spec.get("comments") or []):
            self._new_comment(issue, spec.get("author", "Kate Wilson"), text, now)
        for key in ("title", "description"):
            if key in spec:
                issue[key] = spec[key]
        issue["updatedAt"] = max(now, issue["updatedAt"] + 1)
        return DemoResponse(
            body={"ok": True, "identifier": issue["identifier"], "updatedAt": iso(issue["updatedAt"])}
        )


def _is_uuid4(value: str) -> bool:
    try:
        return uuid.UUID(str(value)).version == 4
    except ValueError:
        return False


def _execution_error(error: GraphQLError) -> dict[str, Any]:
    """A resolver's error the way Linear reports it (with the path of the field)."""
    code = "ENTITY_NOT_FOUND" if "not found" in error.message.lower() else "INVALID_INPUT"
    return {**linear_error(error.message, code, "invalid input"), "path": error.path}


def _connection(nodes: list[dict[str, Any]], args: dict[str, Any]) -> dict[str, Any]:
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
        "hasNextPage": start + first < len(nodes),
        "endCursor": page[-1]["id"] if page else None,
        "hasPreviousPage": start > 0,
        "startCursor": page[0]["id"] if page else None,
    }
    return {"nodes": page, "pageInfo": info}


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
            if set(cond) != {"id"} or set(cond["id"]) != {"eq"}:
                raise GraphQLError("The demo IssueFilter supports project by id (eq) only.")
            if issue["project_id"] != cond["id"]["eq"]:
                return False
        else:
            raise GraphQLError(f'Field "{key}" is not supported by the demo IssueFilter.')
    return True
