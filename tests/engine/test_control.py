"""Run control: the state machine, a run's timeline, cancel, pause and resume, runtime overrides and retry."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from pipeline.config import reset_settings
from pipeline.db import dispose_engines, session_scope
from pipeline.engine import clock, states
from pipeline.engine.runs import request_run
from pipeline.engine.scheduler import due_jobs
from pipeline.models import ControlAudit, JobState
from pipeline.models.base import utcnow
from pipeline.service import control
from pipeline.service import engine as service
from tests.engine import jobs_for_tests

ROOT = Path(__file__).resolve().parents[2]
CHILD = (
    "import json, sys; import tests.engine.jobs_for_tests; from pipeline.engine.runs import request_run; "
    "a = request_run(sys.argv[1], trigger='cli'); print(json.dumps(a.as_dict()))"
)


def spawn(job: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, job], cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True
    )


CLI = "import sys, tests.engine.jobs_for_tests; from pipeline.cli import app; sys.argv[0] = 'mirano'; app()"


def mirano(*args: str, **env: str) -> subprocess.CompletedProcess:
    """The real CLI in its own process, with the test jobs registered."""
    return subprocess.run(
        [sys.executable, "-c", CLI, *args],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def stored_items() -> list[int]:
    with session_scope() as s:
        exists = s.execute(text("SELECT name FROM sqlite_master WHERE name='test_stoppable'")).first()
        if not exists:
            return []
        return [i for (i,) in s.execute(text("SELECT id FROM test_stoppable ORDER BY id"))]


def until(condition, what: str, seconds: float = 60) -> None:  # noqa: ANN001
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"gave up waiting: {what}"
        time.sleep(0.02)


def test_every_status_and_move_is_written_in_one_place():
    assert set(states.STATUSES) == set(states.TRANSITIONS)
    assert states.can_move("running", "cancelling") and states.can_move("queued", "cancelled")
    assert not states.can_move("ok", "cancelled") and not states.can_move("cancelled", "running")
    with pytest.raises(states.InvalidTransition, match="run 7 already ended ok"):
        states.check_move("ok", "cancelling", 7)
    assert states.shown("running", True) == "cancelling"
    assert states.ended_status("ok", True) == "cancelled" and states.ended_status("failed", True) == "failed"
    assert states.can_retry("failed") and states.can_retry("cancelled") and not states.can_retry("ok")


def test_a_run_records_its_timeline_and_a_cap_summarises_the_rest(db, monkeypatch):
    monkeypatch.setenv("MIRANO_RUN_EVENTS_CAP", "10")
    reset_settings()
    answer = request_run("test.noisy", trigger="cli")
    shown = control.show_run(answer.run_id)
    kinds = [e["kind"] for e in shown["events"]]
    assert kinds[0] == "started" and kinds[-2] == "finished" and kinds[-1] == "summary"
    assert len(kinds) == 10 + 2  # the cap, the finish (always kept) and one summary
    summary = shown["events"][-1]
    assert summary["data"]["not_kept"] == {"page": 21, "warning": 1}
    assert "22 more event(s) past the cap of 10" in summary["message"]


def test_pages_kept_in_memory_are_all_written_in_their_order_with_their_moments(db):
    """Routine events wait in memory for the next write (RunContext.event): none is lost, none moves."""
    events = control.show_run(request_run("test.noisy", trigger="cli").run_id)["events"]
    assert [e["kind"] for e in events] == ["started", *["page"] * 30, "warning", "finished"]
    assert [e["data"]["page"] for e in events if e["kind"] == "page"] == list(range(30))
    moments = [e["at"] for e in events]
    assert moments == sorted(moments)


def test_cancel_stops_a_running_run_between_items_and_the_next_run_resumes_without_duplicates(db):
    child = spawn("test.stoppable")
    try:
        until(lambda: len(stored_items()) >= 5, "the child run to store 5 items")
        run_id = service.list_jobs()[[j["name"] for j in service.list_jobs()].index("test.stoppable")][
            "running_run_id"
        ]
        cancelled = mirano("cancel", str(run_id), "--json", MIRANO_USER="ana")
        assert cancelled.returncode == 0, cancelled.stdout + cancelled.stderr
        assert json.loads(cancelled.stdout)["run"]["status"] in ("cancelling", "cancelled")
        child.communicate(timeout=60)
    finally:
        child.kill() if child.poll() is None else None

    run = control.show_run(run_id)
    assert run["status"] == "cancelled" and run["cancel_requested_by"] == "ana"
    assert run["reason"].startswith("cancelled by ana at ")
    kinds = [e["kind"] for e in run["events"]]
    assert kinds[0] == "started" and "cancel_requested" in kinds and kinds[-1] == "cancelled"
    kept = stored_items()
    assert kept == list(range(len(kept))) and 0 < len(kept) < jobs_for_tests.STOPPABLE_ITEMS
    assert run["processed"] == len(kept)  # the cursor moved with every stored item, no half-written item

    jobs_for_tests.hurry.set()  # nothing cancels the resumed run: the rest of its items go without the pause
    try:
        resumed = service.get_run(request_run("test.stoppable", trigger="cli").run_id)
    finally:
        jobs_for_tests.hurry.clear()
    assert resumed["status"] == "ok" and resumed["processed"] == jobs_for_tests.STOPPABLE_ITEMS - len(kept)
    assert stored_items() == list(range(jobs_for_tests.STOPPABLE_ITEMS))  # each item exactly once


def test_cancelling_a_job_drops_its_queued_request_with_a_record(db):
    jobs_for_tests.release.clear()
    first = request_run("test.blocking", trigger="schedule", background=True)
    queued = request_run("test.blocking", trigger="button")
    assert queued.outcome == "queued"
    answer = control.cancel_job("test.blocking", "global", "ben")
    assert answer["cancelled"] == [first.run_id] and answer["dropped"] is not None
    jobs_for_tests.release.set()
    first.wait(10)
    dropped = control.show_run(answer["dropped"])
    assert dropped["status"] == "cancelled" and dropped["trigger"] == "button"
    assert dropped["reason"].startswith("queued request dropped: cancelled by ben")
    assert service.get_run(first.run_id)["status"] == "cancelled"
    assert [r["id"] for r in service.list_runs("test.blocking")] == [
        answer["dropped"],
        first.run_id,
    ]  # none ran


def test_cancel_of_an_ended_run_is_refused_and_changes_nothing(db):
    run_id = request_run("test.counting", trigger="cli").run_id
    result = mirano("cancel", str(run_id), "--json")
    assert result.returncode == 1 and json.loads(result.stdout)["error"] == f"run {run_id} already ended ok"
    assert mirano("cancel", "999", "--json").returncode == 2
    assert service.get_run(run_id)["status"] == "ok"


def test_a_paused_job_is_not_fired_by_a_second_scheduler_process_but_run_now_works(db):
    paused = mirano("pause", "test.counting", "--json", MIRANO_USER="ana")
    assert paused.returncode == 0 and json.loads(paused.stdout)["paused_by"] == "ana"
    assert ("test.counting", "global", "schedule") not in due_jobs()
    # Another process is the scheduler leader: it reads the same pause from the database.
    code = (
        "import tests.engine.jobs_for_tests; from pipeline.engine.scheduler import Scheduler; "
        "s = Scheduler(tick_seconds=60); s.tick(); print(sorted(j for j, _ in s.fired))"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "test.counting" not in out.stdout and "test.nothing" in out.stdout, out.stderr[-2000:]
    assert not [r for r in service.list_runs("test.counting")]

    answer = service.run_now("test.counting", trigger="button", wait=True)
    assert answer["run"]["status"] == "ok" and "paused by ana since" in answer["message"]
    row = next(j for j in service.list_jobs() if j["name"] == "test.counting")
    assert row["paused"] and row["pause_reason"].startswith("paused by ana since ")
    listed = mirano("jobs")
    assert "paused by ana since" in listed.stdout

    assert mirano("resume", "test.counting", "--json").returncode == 0
    assert not next(j for j in service.list_jobs() if j["name"] == "test.counting")["paused"]
    actions = [a["action"] for a in control.audit_log("test.counting")]
    assert actions == ["resume", "pause"]


def test_pausing_one_scope_holds_only_that_scope(db):
    control.pause_job("test.counting", "acme", "ana")
    with session_scope() as s:
        from pipeline.engine import control as engine_control

        assert engine_control.hold(s, "test.counting", "acme") is not None
        assert engine_control.hold(s, "test.counting", "global") is None
    assert ("test.counting", "global", "schedule") in due_jobs()


def test_overrides_are_validated_stored_audited_and_survive_a_restart(db):
    bad = mirano("set", "test.counting", "--cadence", "5 parsecs", "--limit", "3", "--json")
    assert bad.returncode == 2 and json.loads(bad.stdout)["field"] == "cadence"
    too_small = mirano("set", "test.counting", "--cadence", "10s", "--json")
    assert too_small.returncode == 2 and "between 1m and 30d" in json.loads(too_small.stdout)["error"]
    assert mirano("set", "test.counting", "--limit", "-4", "--json").returncode == 2
    assert control.audit_log("test.counting") == []  # nothing changed on bad input

    good = mirano("set", "test.counting", "--cadence", "30m", "--limit", "3", "--json", MIRANO_USER="ana")
    assert good.returncode == 0, good.stdout + good.stderr
    dispose_engines()  # a fresh process would read the same
    shown = control.job_control("test.counting")
    assert shown["cadence_override_s"] == 1800 and shown["limit_override"] == 3
    assert shown["cadence_default_s"] == 3600 and shown["limit_default"] == 7

    moment = utcnow()
    clock.set_clock(lambda: moment)
    run = service.get_run(request_run("test.counting", trigger="cli").run_id)
    assert run["limit"] == 3 and run["processed"] == 3
    with session_scope() as s:
        state = s.get(JobState, ("test.counting", "global"))
        assert state.next_run_at == moment + timedelta(minutes=30)

    service.set_economy(True)
    assert control.job_control("test.counting")["cadence_effective_s"] == 1800 * 3  # economy multiplies it
    service.set_economy(False)

    reset = mirano("set", "test.counting", "--reset", "--json")
    assert reset.returncode == 0 and json.loads(reset.stdout)["limit_effective"] == 7
    with session_scope() as s:
        audits = list(s.scalars(select(ControlAudit).order_by(ControlAudit.id)))
    assert [(a.who, a.action) for a in audits][0] == ("ana", "set")
    assert audits[0].before == {"cadence_seconds": None, "limit": None}
    assert audits[0].after == {"cadence_seconds": 1800.0, "limit": 3}
    assert audits[-1].action == "reset"


def test_retry_makes_a_linked_run_of_a_failed_one_and_refuses_an_ok_one(db):
    failed = request_run("test.failing", trigger="schedule").run_id
    result = mirano("retry", str(failed), "--json")
    assert result.returncode == 1  # the retry failed again, as the job always does
    answer = json.loads(result.stdout)
    assert answer["retry_of"] == failed and answer["run"]["retry_of"] == failed
    assert answer["run"]["trigger"] == "retry"
    assert control.show_run(failed)["retried_by"] == [answer["run_id"]]

    ok = request_run("test.counting", trigger="cli").run_id
    refused = mirano("retry", str(ok), "--json")
    assert refused.returncode == 1 and "only a failed or cancelled run" in json.loads(refused.stdout)["error"]


def test_a_retry_queued_behind_a_running_run_keeps_its_link(db):
    """Retried while the job runs: the request queues, and the run that answers it (or the record of the
    dropped request) still names the run it retries."""
    from pipeline.engine.registry import get_job
    from pipeline.engine.runs import _start_queued
    from pipeline.models import Lease, Run

    def hold_the_lease() -> None:
        with session_scope() as s:
            running = Run(job="test.failing", trigger="cli", status="running", started_at=clock.now())
            s.add(running)
            s.flush()
            s.add(
                Lease(
                    name="job:test.failing:global",
                    holder="elsewhere",
                    run_id=running.id,
                    acquired_at=clock.now(),
                    expires_at=clock.now() + timedelta(seconds=20),
                )
            )

    def let_go() -> None:
        with session_scope() as s:
            s.execute(text("DELETE FROM leases"))

    failed = request_run("test.failing", trigger="schedule").run_id
    hold_the_lease()
    queued = control.retry_run(failed, "anna", wait=True)
    assert queued["outcome"] == "queued" and queued["retry_of"] == failed
    let_go()
    started, trigger = _start_queued(get_job("test.failing"), "global")
    assert trigger == "retry" and control.show_run(started)["retry_of"] == failed

    assert control.retry_run(failed, "anna", wait=True)["outcome"] == "queued"  # behind the run just started
    dropped = control.cancel_job("test.failing", "global", "anna")["dropped"]
    with session_scope() as s:
        assert s.get(Run, dropped).retry_of == failed
        assert s.get(JobState, ("test.failing", "global")).queued_retry_of is None


def test_runs_show_prints_the_timeline_in_both_languages(db):
    run_id = request_run("test.noisy", trigger="cli").run_id
    english = mirano("runs", "show", str(run_id))
    assert (
        english.returncode == 0
        and "started by cli" in english.stdout
        and "one page was empty" in english.stdout
    )
    russian = mirano("runs", "show", str(run_id), MIRANO_LANG="ru")
    assert russian.returncode == 0 and "запуск" in russian.stdout and "started by" not in russian.stdout
    as_json = json.loads(mirano("runs", "show", str(run_id), "--json").stdout)
    assert as_json["id"] == run_id and as_json["events"][0]["kind"] == "started"
    assert mirano("runs", "show", "--json").returncode == 2


def test_run_history_filters(db):
    request_run("test.counting", trigger="cli")
    request_run("test.failing", trigger="schedule")
    assert [r["job"] for r in service.list_runs(status="failed")] == ["test.failing"]
    assert [r["job"] for r in service.list_runs(trigger="cli")] == ["test.counting"]
    assert service.list_runs(since=datetime.now().astimezone() + timedelta(hours=1)) == []
    assert mirano("runs", "--status", "nonsense", "--json").returncode == 2


def test_a_running_run_shows_real_progress_and_the_time_left(db):
    answer = request_run("test.stoppable", trigger="cli", background=True)
    try:
        until(
            lambda: (service.running_run("test.stoppable") or {}).get("processed", 0) >= 5,
            "the run to process 5 items",
        )
        row = next(j for j in service.list_jobs() if j["name"] == "test.stoppable")
        progress = row["progress"]
        assert progress["total"] == jobs_for_tests.STOPPABLE_ITEMS and progress["limit"] == 10_000
        assert progress["eta_s"] is not None and progress["eta_s"] > 0
    finally:
        control.cancel_run(answer.run_id, "test")
        answer.wait(30)
    assert service.get_run(answer.run_id)["eta_s"] is None  # ended: nothing left to estimate


def test_run_wait_draws_a_progress_bar_in_a_terminal_and_nothing_extra_under_json(db):
    import pty

    control.set_job("test.stoppable", "global", "test", limit=60)
    leader, follower = pty.openpty()
    child = subprocess.Popen(
        [sys.executable, "-c", CLI, "run", "test.stoppable", "--wait"],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdin=follower,
        stdout=follower,
        stderr=follower,
    )
    os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    child.wait(60)
    os.close(leader)
    text = seen.decode(errors="replace")
    assert "[" in text and "Items: " in text and " of 60" in text and "#" in text, text
    assert "processed 60/60" in text

    as_json = mirano("run", "test.stoppable", "--wait", "--json")
    assert as_json.returncode == 0 and as_json.stderr == ""
    assert json.loads(as_json.stdout)["run"]["status"] == "ok"
