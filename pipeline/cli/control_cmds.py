"""Control commands: cancel, pause, resume, set, retry (and `runs show`, registered with `runs`)."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from pipeline.cli.lazy import lazy_module
from pipeline.cli.output import JsonFlag, cli_lang, emit, fail, reason, reasons, say, status
from pipeline.i18n.check_words import check_state

control = lazy_module("pipeline.service.control")


def _minutes(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size and seconds % size == 0:
            return f"{seconds / size:g}{unit}"
    return f"{seconds:g}s"


def overridden(row: dict[str, Any], what: str) -> str:
    """ "30m (default 45m)" when overridden, else the default, for `mirano jobs`."""
    show = _minutes if what == "cadence" else str
    key = "cadence" if what == "cadence" else "limit"
    default = row[f"{key}_default_s" if what == "cadence" else "limit_default"]
    override = row[f"{key}_override_s" if what == "cadence" else "limit_override"]
    if override is None:
        return show(default)
    return say("{value} (default {default})", value=show(override), default=show(default))


@reasons
def cancel(
    target: Annotated[
        str | None, typer.Argument(help="A run id, or a job name (its running run and its queued request).")
    ] = None,
    check: Annotated[int | None, typer.Option("--check", help="Cancel a property check instead.")] = None,
    scope: Annotated[str, typer.Option("--scope", help="With a job name: the scope.")] = "global",
    as_json: JsonFlag = False,
) -> None:
    """Cancel a run (cooperative: it stops between items) or a property check (facts fetched so far stay)."""
    who = control.cli_user()
    if check is not None:
        result = control.cancel_check(check, who)
        emit(
            result,
            as_json,
            lambda: say(
                "check #{id}: {status}: {reason}",
                id=result["check_id"],
                status=check_state(result["status"], cli_lang()),
                reason=reason(result["reason"]),
            ),
        )
        return
    if target is None:
        fail("run: give a run id, a job name or --check CHECK", 2, as_json, field="run")
    if target.isdigit():
        result: dict[str, Any] = control.cancel_run(int(target), who)
    else:
        result = control.cancel_job(target, scope, who)
    emit(result, as_json, lambda: reason(result["message"]))


@reasons
def pause(
    job: Annotated[str, typer.Argument(help="Job name, see `mirano jobs`.")],
    scope: Annotated[
        str, typer.Option("--scope", help="Only this scope (global pauses every scope).")
    ] = "global",
    as_json: JsonFlag = False,
) -> None:
    """Pause a job's schedule (Run now still works)."""
    result = control.pause_job(job, scope, control.cli_user(), paused=True)
    emit(result, as_json, lambda: f"{job} [{scope}]: {reason(result['pause_reason'])}")


@reasons
def resume(
    job: Annotated[str, typer.Argument(help="Job name, see `mirano jobs`.")],
    scope: Annotated[str, typer.Option("--scope", help="The scope that was paused.")] = "global",
    as_json: JsonFlag = False,
) -> None:
    """Resume a paused job's schedule."""
    result = control.pause_job(job, scope, control.cli_user(), paused=False)
    emit(
        result,
        as_json,
        lambda: (
            f"{job} [{scope}]: "
            + (
                reason(result["pause_reason"])
                if result["paused"]
                else say("resumed: the schedule fires it again")
            )
        ),
    )


@reasons
def set_(
    job: Annotated[str, typer.Argument(help="Job name, see `mirano jobs`.")],
    cadence: Annotated[
        str | None, typer.Option("--cadence", help="Every how long: 90s, 30m, 2h, 1d.")
    ] = None,
    limit: Annotated[int | None, typer.Option("--limit", help="Items per run.")] = None,
    reset: Annotated[bool, typer.Option("--reset", help="Back to the defaults.")] = False,
    scope: Annotated[str, typer.Option("--scope", help="Scope: global or a project slug.")] = "global",
    as_json: JsonFlag = False,
) -> None:
    """Override a job's cadence and per-run limit at runtime (stored and audited); --reset to the defaults."""
    result = control.set_job(job, scope, control.cli_user(), cadence=cadence, limit=limit, reset=reset)
    emit(result, as_json, lambda: settings_line(result))


def settings_line(result: dict[str, Any]) -> str:
    return say(
        "{job} [{scope}]: cadence {cadence} (default {cadence_default}, now {cadence_effective}), "
        "limit {limit} (default {limit_default}, now {limit_effective})",
        job=result["job"],
        scope=result["scope"],
        cadence=_minutes(result["cadence_override_s"]),
        cadence_default=_minutes(result["cadence_default_s"]),
        cadence_effective=_minutes(result["cadence_effective_s"]),
        limit=result["limit_override"] if result["limit_override"] is not None else "-",
        limit_default=result["limit_default"],
        limit_effective=result["limit_effective"],
    )


@reasons
def retry(
    run_id: Annotated[int, typer.Argument(help="A failed or cancelled run.")],
    as_json: JsonFlag = False,
) -> None:
    """Retry a failed or cancelled run: a new run of the same job and scope, linked to it."""
    from pipeline.runtime import demo_needed, ensure_demo_service

    if demo_needed():
        ensure_demo_service()
    result = control.retry_run(run_id, control.cli_user(), wait=True)
    run_row = result.get("run")

    def human() -> str:
        head = say("retry of run {old}", old=run_id)
        if not run_row:
            return f"{head}: {reason(result['message'])}"
        return (
            f"{head}: "
            + say(
                "run {id}: {status}, processed {processed}/{limit}",
                id=run_row["id"],
                status=status(run_row["status"]),
                processed=run_row["processed"],
                limit=run_row["limit"],
            )
            + (f" — {reason(run_row['reason'])}" if run_row["reason"] else "")
        )

    emit(result, as_json, human)
    if run_row and run_row["status"] == "failed":
        raise typer.Exit(1)


def show_run(run_id: int, as_json: bool) -> None:
    """`mirano runs show RUN`: the run and its timeline."""
    from datetime import datetime

    from pipeline.engine.runs import started_text
    from pipeline.i18n import tr_in

    row = control.show_run(run_id)

    def human() -> str:
        head = say(
            "run {id} of {job} [{scope}]: {status}, started by {trigger}, processed {processed}/{limit}",
            id=row["id"],
            job=row["job"],
            scope=row["scope"],
            status=status(row["status"]),
            trigger=started_text(row["trigger"], row.get("started_by")).removeprefix("started by "),
            processed=row["processed"],
            limit=row["limit"],
        )
        lines = [head + (f" — {reason(row['reason'])}" if row["reason"] else "")]
        if row["retry_of"]:
            lines.append(say("retries run {id}", id=row["retry_of"]))
        if row["retried_by"]:
            lines.append(say("retried by run(s) {ids}", ids=", ".join(map(str, row["retried_by"]))))
        for event in row["events"]:
            at = datetime.fromisoformat(event["at"]).astimezone().strftime("%H:%M:%S")
            details = ", ".join(f"{k}={v}" for k, v in event["data"].items() if k not in ("not_kept",))
            text = reason(event["message"]) if event["message"] else ""
            kind = tr_in(cli_lang(), "event", event["kind"])
            lines.append(f"  {at}  {kind:<18} {text}" + (f"  ({details})" if details else ""))
        return "\n".join(lines)

    emit(row, as_json, human)


def register(app: typer.Typer) -> None:
    app.command()(cancel)
    app.command()(pause)
    app.command()(resume)
    app.command("set")(set_)
    app.command()(retry)
