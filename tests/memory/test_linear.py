"""Linear as it behaves: RATELIMITED as HTTP 400 waited out, the complexity cap, comments paged, pacing.
Over the real demo server, which runs queries with graphql-core against Linear's published schema."""

from __future__ import annotations

from datetime import timedelta

import httpx
from sqlalchemy import func, select

from pipeline.config import reset_settings
from pipeline.db import read_scope
from pipeline.demo import vendor_data as fx
from pipeline.engine import clock
from pipeline.models.memory import Document, SyncCursor
from pipeline.sources import linear
from tests.memory.helpers import count, documents, edit, run

HEADERS = {"Authorization": "demo"}


def _limits(base: str, **spec) -> None:
    httpx.post(f"{base}/linear/_demo/limits", json=spec).raise_for_status()


def _seen(base: str) -> dict:
    return httpx.get(f"{base}/linear/_demo/limits").json()


def _expected(base: str) -> set[str]:
    """Every issue and comment id the bound team and project hold, read straight from the demo."""
    ids: set[str] = set()
    for scope in ('team: {key: {eq: "ALF"}}', f'project: {{id: {{eq: "{fx.PROJECTS[0]["id"]}"}}}}'):
        after = None
        while True:
            query = (
                f"query {{ issues(first: 20, filter: {{{scope}}}{', after: ' + repr(after).replace(chr(39), chr(34)) if after else ''}) "
                "{ pageInfo { hasNextPage endCursor } nodes { id comments(first: 250) { nodes { id } } } } }"
            )
            body = httpx.post(f"{base}/linear/graphql", json={"query": query}, headers=HEADERS).json()
            page = body["data"]["issues"]
            for issue in page["nodes"]:
                ids.add(f"issue:{issue['id']}")
                ids |= {f"comment:{c['id']}" for c in issue["comments"]["nodes"]}
            if not page["pageInfo"]["hasNextPage"]:
                break
            after = page["pageInfo"]["endCursor"]
    return ids


def _imported() -> list[str]:
    return [d.external_id for d in documents(source="linear")]


def test_a_400_ratelimited_mid_sync_is_waited_out_and_nothing_is_lost_or_doubled(seeded) -> None:
    # another client of the same key spends the budget after our first call: the second is refused (HTTP 400)
    _limits(seeded, requests=200, period_seconds=2, empty_after=1)
    done = run("ingest.linear")
    assert done.status == "ok", done.reason
    assert _seen(seeded)["refusals"]["RATELIMITED"] >= 1  # it was limited (HTTP 400) and waited, in place
    assert "for Linear's rate limit" in done.reason
    _limits(seeded, requests=5000, period_seconds=3600)
    imported = _imported()
    assert len(imported) == len(set(imported)) and set(imported) == _expected(seeded)
    assert run("ingest.linear").processed == 0


def test_a_long_reset_fails_the_run_with_the_time_and_the_next_run_resumes(seeded, monkeypatch) -> None:
    monkeypatch.setenv("MIRANO_LINEAR_PACING_FLOOR", "0")
    reset_settings()
    _limits(seeded, requests=1, period_seconds=1800)
    failed = run("ingest.linear")
    assert failed.status == "failed" and "rate limited by Linear until " in failed.reason
    requests_before = len(_seen(seeded)["operations"])
    waiting = run("ingest.linear")
    assert waiting.status == "skipped" and failed.reason.endswith(waiting.reason)
    assert len(_seen(seeded)["operations"]) == requests_before  # the reset is honoured: no call at all

    _limits(seeded, requests=5000, period_seconds=3600)
    clock.set_clock(lambda: clock.utcnow() + timedelta(hours=1))  # the reset has passed
    resumed = run("ingest.linear")
    assert resumed.status == "ok", resumed.reason
    imported = _imported()
    assert len(imported) == len(set(imported)) and set(imported) == _expected(seeded)


def test_an_issue_with_150_comments_syncs_all_150(seeded) -> None:
    run("ingest.linear")
    edit(seeded, "linear", {"identifier": "ALF-2", "comments": [f"Замечание №{n}" for n in range(1, 151)]})
    done = run("ingest.linear")
    assert done.status == "ok", done.reason
    issue = next(d for d in documents(source="linear") if d.title == "ALF-2 Фасад: согласование плитки")
    comments = documents(parent_id=issue.external_id)
    assert len(comments) == 151  # the one it had and the 150 new ones
    assert {f"Замечание №{n}" for n in range(1, 151)} <= {c.content for c in comments}
    operations = [name for name, _ in _seen(seeded)["operations"]]
    assert "IssueComments" in operations  # the rest were paged separately, not dropped


def test_every_query_stays_under_the_complexity_cap_the_demo_measures(seeded) -> None:
    run("ingest.linear")
    edit(seeded, "linear", {"identifier": "NW-1", "comments": [f"c{n}" for n in range(120)]})
    run("ingest.linear")
    costs = _seen(seeded)["operations"]
    assert costs and max(cost for _, cost in costs) <= 10_000
    assert _seen(seeded)["refusals"] == {"RATELIMITED": 0, "too_complex": 0, "invalid": 0}


def test_the_old_query_shape_is_refused_as_too_complex(seeded) -> None:
    old = (
        "query { issues(first: 50) { pageInfo { hasNextPage endCursor } nodes { id identifier title description "
        "priority dueDate createdAt updatedAt url state { name type } assignee { id name } creator { name } "
        "team { id key } project { id name } comments(first: 100) { nodes { id body createdAt updatedAt "
        "user { name } } } } } }"
    )
    answer = httpx.post(f"{seeded}/linear/graphql", json={"query": old}, headers=HEADERS)
    assert answer.status_code == 400
    error = answer.json()["errors"][0]
    assert error["message"] == "Query too complex" and error["extensions"]["code"] == "INPUT_ERROR"
    assert (
        "Complexity: 13001. Maximum allowed complexity: 10000."
        in error["extensions"]["userPresentableMessage"]
    )


def test_a_query_made_too_big_by_configuration_fails_with_linears_words(seeded, monkeypatch) -> None:
    monkeypatch.setenv("MIRANO_LINEAR_COMPLEXITY_BUDGET", "100000")
    monkeypatch.setenv("MIRANO_LINEAR_COMMENTS_PER_ISSUE", "100")
    reset_settings()
    failed = run("ingest.linear")
    assert failed.status == "failed"
    assert "Linear: Issues failed: Query too complex (The query is too complex. Complexity:" in failed.reason
    assert count(Document, Document.source == "linear") == 0 and count(SyncCursor) == 0


def test_a_low_budget_slows_the_sync_down_instead_of_running_into_the_limit(seeded) -> None:
    _limits(seeded, requests=12, period_seconds=3)  # fewer left than the pacing floor (20) from the start
    done = run("ingest.linear")
    assert done.status == "ok", done.reason
    assert _seen(seeded)["refusals"]["RATELIMITED"] == 0
    assert "request budget (running low)" in done.reason


def test_malformed_graphql_answers_commit_nothing(seeded) -> None:
    httpx.post(f"{seeded}/_demo/faults", json={"/linear": {"rate_malformed": 1.0}}).raise_for_status()
    failed = run("ingest.linear")
    assert failed.status == "failed" and "Linear: malformed response" in failed.reason
    with read_scope() as s:
        assert s.scalar(select(func.count()).select_from(SyncCursor)) == 0
    assert linear.SOURCE == "linear"
