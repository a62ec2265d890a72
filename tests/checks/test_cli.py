"""`mirano check`, `report` and `diff`: JSON for scripts, human text otherwise, exit codes per the contract."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from pipeline.cli import app
from tests.checks.helpers import NEVSKY

runner = CliRunner()


def _json(args: list[str]) -> tuple[int, dict]:
    result = runner.invoke(app, [*args, "--json"])
    return result.exit_code, json.loads(result.stdout)


def test_check_report_and_diff_from_the_command_line(sources) -> None:
    code, check = _json(["check", NEVSKY, "--profile", "full", "--wait"])
    assert code == 0 and check["status"] == "COMPLETED" and check["demo"] is True
    assert {s["source"] for s in check["sources"]} == {
        "court",
        "court.developer",
        "enforcement",
        "listings",
        "reviews",
    }
    assert all(s["fetched_at"] and s["expires_at"] for s in check["sources"])
    assert [f["factor"] for f in check["risk"]["factors"]] == ["active_enforcement"]

    code, again = _json(["check", "СПб, Невский пр-т, 100", "--profile", "full"])
    assert code == 0 and again["reuse"] == "reused" and again["pending"] == []
    assert {s["reused_from_job_id"] for s in again["sources"]} == {check["id"]}

    code, first = _json(["report", str(check["id"]), "--finalize"])
    assert code == 0 and first["snapshot"]["facts"] == len(first["facts"])
    code, second = _json(["report", str(again["id"]), "--finalize"])
    code, diff = _json(["diff", str(first["snapshot"]["id"]), str(second["snapshot"]["id"])])
    assert code == 0 and diff["added"] == diff["removed"] == diff["changed"] == []

    human = runner.invoke(app, ["report", str(again["id"])])
    assert human.exit_code == 0 and f"reused from #{check['id']}" in human.stdout
    assert (
        "Active enforcement +" in human.stdout and "[demo sources]" in human.stdout
    )  # the factor by its title


def test_bad_input_exits_2_naming_the_field(sources) -> None:
    code, body = _json(["check", NEVSKY, "--profile", "premium"])
    assert code == 2 and body["field"] == "profile"
    code, body = _json(["report", "999"])
    assert code == 2 and body["field"] == "job_id"
    code, body = _json(["diff", "1", "2"])
    assert code == 2 and body["field"] == "snapshot"


def test_demo_seed_opens_flagged_checks_once(sources) -> None:
    from pipeline.checks.demo import seed_demo
    from pipeline.db import session_scope
    from pipeline.service import checks as service

    for _ in range(2):
        with session_scope() as s:
            seed_demo(s)
    listed = service.list_checks()
    assert len(listed) == 2 and all(any(c["flags"].values()) for c in listed)
