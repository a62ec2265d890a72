"""A check's duration is its own: a later re-check moves the check's `finished_at`, not the time the check took."""

from __future__ import annotations

from agent.tools.checks import own_end

TASKS = [
    {"created_at": "2026-12-04T22:15:00+00:00", "finished_at": "2026-12-04T22:15:04+00:00"},
    {"created_at": "2026-12-04T22:15:00+00:00", "finished_at": "2026-12-04T22:15:09+00:00"},
    {"created_at": "2026-12-04T22:24:20+00:00", "finished_at": "2026-12-04T22:24:31+00:00"},  # the re-check's
]
CHECK = {
    "created_at": "2026-12-04T22:15:00+00:00",
    "finished_at": "2026-12-04T22:24:31+00:00",
    "tasks": TASKS,
}


def test_a_rechecked_check_ends_with_its_own_tasks() -> None:
    assert own_end(CHECK | {"last_recheck_at": "2026-12-04T22:24:20+00:00"}) == "2026-12-04T22:15:09+00:00"


def test_a_check_never_rechecked_ends_when_it_settled() -> None:
    assert own_end(CHECK | {"last_recheck_at": None}) == CHECK["finished_at"]


def test_a_check_that_reused_everything_took_no_source_time() -> None:
    reused = CHECK | {"tasks": TASKS[2:], "last_recheck_at": "2026-12-04T22:24:20+00:00"}
    assert own_end(reused) == CHECK["created_at"]
