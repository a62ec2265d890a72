"""Engine commands: init, ui, jobs, run, runs, economy, budget, scheduler, worker, demo-sources."""

from __future__ import annotations

import math
import os
import signal
import subprocess
import sys
import threading
import tomllib
from pathlib import Path
from typing import Annotated, Any

import typer

from pipeline.cli.lazy import lazy_module
from pipeline.cli.output import JsonFlag, emit, fail, reason, reasons, say, status, table

service = lazy_module("pipeline.service.engine")

# The project's own file, found from the package (not the current folder): read wherever `mirano ui` starts.
ROOT_CONFIG = Path(__file__).resolve().parents[2] / "streamlit_config.toml"


def _local(iso: str | None) -> str:
    if not iso:
        return "-"
    from datetime import datetime

    return datetime.fromisoformat(iso).astimezone().strftime("%d %b %H:%M")


def init(
    demo: Annotated[bool, typer.Option("--demo", help="Add demo projects, bindings and sources.")] = False,
    demo_if_new: Annotated[
        bool,
        typer.Option("--demo-if-new", help="Add the demo only when the database has no Mirano tables yet."),
    ] = False,
    as_json: JsonFlag = False,
) -> None:
    """Create or migrate the database under the data dir."""
    from pipeline.setup import init as do_init

    result = do_init(demo=demo, demo_if_new=demo_if_new)
    emit(
        result,
        as_json,
        lambda: (
            say(
                "database {database} at revision {revision} (was {before}); {jobs} jobs registered",
                database=result["database"],
                revision=result["revision"],
                before=result["revision_before"],
                jobs=result["jobs"],
            )
            + (
                say("; demo set-up: {what}", what=", ".join(result["demo_seeded"]))
                if result["demo_seeded"]
                else ""
            )
            + "\n"
            + _vector_store_line(result)
        ),
    )


def _vector_store_line(result: dict) -> str:
    """Where memory vectors live, and on PostgreSQL without pgvector the one thing an administrator must run."""
    from pipeline.memory.pg_vectors import ADMIN_HINT

    note = result.get("vector_store_note")
    if note == "missing":
        return say(
            "memory vectors stay in FAISS files: pgvector is not installed on the PostgreSQL server; "
            "install it, then run in this database: {sql}",
            sql=ADMIN_HINT,
        )
    if note == "refused":
        return say(
            "memory vectors stay in FAISS files: this role may not create extensions; an administrator must run: "
            "{sql}",
            sql=ADMIN_HINT,
        )
    if result.get("vector_store") == "pgvector":
        return say("memory vectors: in PostgreSQL (pgvector)")
    return say("memory vectors: FAISS files")


def jobs(as_json: JsonFlag = False) -> None:
    """Every job: status, last success, processed, reason, next run, cost."""
    rows = service.list_jobs()

    def human() -> str:
        from pipeline.cli.control_cmds import overridden

        view = [
            {
                **r,
                "status": "paused"
                if r["paused"] and r["status"] not in ("running", "queued")
                else r["status"],
                "reason": r["pause_reason"] if r["paused"] else r["reason"],
                "last_success": _local(r["last_success_at"]),
                "next_run": _local(r["next_run_at"]),
                "cost_today": f"${r['cost_today_usd']:.4f}",
                "cadence": overridden(r, "cadence"),
                "limit": overridden(r, "limit"),
            }
            for r in rows
        ]
        return table(
            view,
            [
                "name",
                "class",
                "scope",
                "status",
                "last_success",
                "processed",
                "next_run",
                "cadence",
                "limit",
                "cost_today",
                "reason",
            ],
        )

    emit(rows, as_json, human)


@reasons
def run(
    job: Annotated[str, typer.Argument(help="Job name, see `mirano jobs`.")],
    scope: Annotated[str, typer.Option("--scope", help="Scope: global or a project slug.")] = "global",
    wait: Annotated[
        bool,
        typer.Option(
            "--wait", help="Wait for the result: run here, or wait for the run a queued request becomes."
        ),
    ] = False,
    timeout: Annotated[
        float | None, typer.Option("--timeout", min=0, help="With --wait: give up after this many seconds.")
    ] = None,
    as_json: JsonFlag = False,
) -> None:
    """Run a job now; if one is running, the request is queued (coalesced) and the answer says so.

    Without --wait, a live scheduler (the dashboard's or `mirano scheduler`) is handed the run; otherwise it runs here.
    With --wait, a request queued behind a running run waits for the run it becomes, or runs here when its holder
    died and nothing else took it up.
    """
    from pipeline.engine.registry import get_job
    from pipeline.runtime import demo_needed, ensure_demo_service

    get_job(job)  # an unknown name or scope is bad input, before anything starts
    service.check_scope(scope)
    if wait or not service.scheduler_alive():
        if demo_needed():
            ensure_demo_service()
        if wait:
            from pipeline.cli.progress import ProgressBar

            with ProgressBar(job, scope, enabled=not as_json):
                result = service.run_and_wait(job, scope, trigger="cli", timeout=timeout)
        else:
            result = service.run_now(job, scope, trigger="cli", wait=True)
    else:
        result = service.run_now(job, scope, trigger="cli", defer=True)
    run_row = result.get("run")

    def human() -> str:
        if not run_row:
            return f"{job} [{scope}]: {say(result['outcome'])}: {reason(result['message'])}"
        return (
            say(
                "run {id} of {job} [{scope}]: {status}, processed {processed}/{limit}, cost {usd}",
                id=run_row["id"],
                job=job,
                scope=scope,
                status=status(run_row["status"]),
                processed=run_row["processed"],
                limit=run_row["limit"],
                usd=f"${run_row['cost']['usd']:.4f}",
            )
            + (f" — {reason(run_row['reason'])}" if run_row["reason"] else "")
            + _paused_note(result)
        )

    emit(result, as_json, human)
    if run_row and run_row["status"] == "failed":
        raise typer.Exit(1)


def _paused_note(result: dict[str, Any]) -> str:
    if not result.get("paused"):
        return ""
    return "\n" + say(
        "note: the job is {paused} (its schedule does not fire it)", paused=reason(result["paused"])
    )


@reasons
def runs(
    action: Annotated[str | None, typer.Argument(help="`show` to see one run's timeline.")] = None,
    run_id: Annotated[int | None, typer.Argument(help="With show: the run id.")] = None,
    job: Annotated[str | None, typer.Option("--job", help="Only this job.")] = None,
    status_: Annotated[str | None, typer.Option("--status", help="Only runs with this status.")] = None,
    trigger: Annotated[str | None, typer.Option("--trigger", help="Only runs started this way.")] = None,
    who: Annotated[
        str | None,
        typer.Option("--who", help="Only runs this person started ('scheduler' for the schedule)."),
    ] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, max=1000)] = 20,
    as_json: JsonFlag = False,
) -> None:
    """Recent runs with status, counts, cost and reason; `mirano runs show RUN` shows one run's timeline."""
    if action is not None:
        if action != "show":
            fail(f"action: expected 'show', got {action!r}", 2, as_json, field="action")
        if run_id is None:
            fail("run: give the run id: mirano runs show RUN", 2, as_json, field="run")
        from pipeline.cli.control_cmds import show_run

        show_run(run_id, as_json)
        return
    rows = service.list_runs(job, limit, status=status_, trigger=trigger, who=who)

    def human() -> str:
        view = [{**r, "started": _local(r["started_at"]), "usd": f"${r['cost']['usd']:.4f}"} for r in rows]
        return table(
            view,
            [
                "id",
                "job",
                "scope",
                "status",
                "trigger",
                "started_by",
                "started",
                "duration_s",
                "processed",
                "usd",
                "reason",
            ],
        )

    emit(rows, as_json, human)


@reasons
def economy(
    state: Annotated[str | None, typer.Argument(help="on | off; omit to show.")] = None,
    as_json: JsonFlag = False,
) -> None:
    """Economy mode: smaller batches, longer cadences, LLM work paused."""
    if state is not None and state not in ("on", "off"):
        fail(f"state: expected 'on' or 'off', got {state!r}", 2, as_json, field="state")
    result = service.economy() if state is None else service.set_economy(state == "on")
    emit(
        result,
        as_json,
        lambda: (
            (say("economy mode on") if result["on"] else say("economy mode off"))
            + (
                say(
                    ": limits x{limits}, cadences x{cadences}",
                    limits=result["limit_factor"],
                    cadences=result["cadence_factor"],
                )
                + (say(", LLM work paused") if result["llm_paused"] else "")
                if result["on"]
                else ""
            )
        ),
    )


@reasons
def budget(
    kind: Annotated[
        str | None, typer.Argument(help="embeddings | llm_calls | tokens | source_calls | usd")
    ] = None,
    limit: Annotated[str | None, typer.Argument(help="Daily limit, or 'off'.")] = None,
    as_json: JsonFlag = False,
) -> None:
    """Show or set an optional daily budget per cost kind; work stops with a reason when it is reached."""
    if kind is not None:
        if limit is None:
            fail("limit: give a number or 'off'", 2, as_json, field="limit")
        try:
            value = None if limit == "off" else float(limit)  # type: ignore[arg-type]
        except ValueError:
            fail(f"limit: not a number: {limit!r}", 2, as_json, field="limit")
        if value is not None and not (math.isfinite(value) and value >= 0):
            fail(f"limit: a finite number of 0 or more, or 'off'; got {limit!r}", 2, as_json, field="limit")
        service.set_budget(kind, value)
    result = service.budgets()
    emit(
        result,
        as_json,
        lambda: (
            "\n".join(
                [
                    say(
                        "{kind}: {limit} per day (spent today {spent})",
                        kind=k,
                        limit=f"{v:g}",
                        spent=f"{result['spent_today'].get(k, 0):g}",
                    )
                    for k, v in result["budgets"].items()
                ]
                or [say("no daily budgets set")]
            )
            + (f"\n{reason(result['reached'])}" if result["reached"] else "")
        ),
    )


def ui(
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port on 127.0.0.1.")] = 8501,
    address: Annotated[
        str,
        typer.Option(
            "--address",
            help="Interface to listen on; off loopback, sign-in ([auth] in secrets.toml) is required.",
        ),
    ] = "127.0.0.1",
    as_json: JsonFlag = False,
) -> None:
    """Start the Streamlit dashboard (with the scheduler thread)."""
    import ui as ui_package
    from ui import auth

    if not auth.is_loopback(address):  # others can reach it: Apply and Run now only after signing in
        problem = auth.sign_in_problem(auth.secrets_files())
        if problem:
            fail(
                f"address: {address} is reachable from other machines, so the dashboard needs sign-in, but "
                f"{problem}; see README 'Sign-in' (or keep the default 127.0.0.1)",
                2,
                as_json,
                field="address",
            )
        os.environ[auth.SIGN_IN_ENV] = "required"
    script = Path(ui_package.__file__).parent / "server.py"  # ui/app.py behind a start-up hook
    flags = streamlit_flags(ROOT_CONFIG) + [f"--server.port={port}", f"--server.address={address}"]
    command = [sys.executable, "-m", "streamlit", "run", str(script), *flags]
    os.execv(sys.executable, command) if hasattr(os, "execv") else subprocess.run(command, check=False)


def streamlit_flags(config_path: Path) -> list[str]:
    """streamlit_config.toml as `--section.option=value` flags (Streamlit reads no other config file name)."""
    if not config_path.exists():
        return ["--server.headless=true", "--browser.gatherUsageStats=false"]
    config: dict[str, Any] = tomllib.loads(config_path.read_text())
    flags = []
    for section, options in config.items():
        for option, value in options.items():
            text = str(value).lower() if isinstance(value, bool) else str(value)
            flags.append(f"--{section}.{option}={text}")
    return flags


def _serve_until_signal(what: str) -> None:
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    typer.echo(f"{what}; Ctrl+C to stop")
    while not stop.wait(1):
        pass


def scheduler(as_json: JsonFlag = False) -> None:
    """A headless scheduler process (for deployments without the UI)."""
    from pipeline.runtime import start_runtime

    service.check_database()  # unreachable or not migrated: say so now, do not idle
    runtime = start_runtime(scheduler=True, workers=0)
    _serve_until_signal(
        f"scheduler running (holder {runtime.scheduler.holder if runtime.scheduler else '?'})"
    )
    runtime.stop()


def worker(
    concurrency: Annotated[int, typer.Option("--concurrency", min=1, max=64)] = 8,
    as_json: JsonFlag = False,
) -> None:
    """A worker process that only executes queued tasks (for scale-out)."""
    from pipeline.runtime import start_runtime

    service.check_database()  # unreachable or not migrated: say so now, do not idle
    runtime = start_runtime(scheduler=False, workers=concurrency, demo=False)
    _serve_until_signal(f"worker with {concurrency} threads running")
    runtime.stop()


def demo_sources(
    port: Annotated[int, typer.Option("--port", min=0, max=65535)] = 8765,
    idle_exit: Annotated[
        float | None,
        typer.Option("--idle-exit", min=1, help="Stop after this many seconds without a request."),
    ] = None,
    as_json: JsonFlag = False,
) -> None:
    """Serve the demo sources and demo vendor APIs on 127.0.0.1."""
    from pipeline.demo import DemoServer, build_apps
    from pipeline.setup import demo_epoch

    try:
        server = DemoServer(build_apps(demo_epoch()), port=port)
    except OSError as exc:
        fail(f"port: cannot listen on 127.0.0.1:{port}: {exc.strerror or exc}", 1, as_json, field="port")
    typer.echo(f"demo sources and vendor APIs on {server.url} (/sources, /chatwoot, /linear/graphql, /attio)")
    if idle_exit is None:
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            server.stop()
        return
    server.start()
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    while not stop.wait(1) and server.idle_seconds() < idle_exit:
        pass
    server.stop()


def register(app: typer.Typer) -> None:
    app.command()(reasons(init))
    app.command()(reasons(jobs))
    app.command()(run)
    app.command()(runs)
    app.command()(economy)
    app.command()(budget)
    app.command()(reasons(ui))
    app.command()(reasons(scheduler))
    app.command()(reasons(worker))
    app.command("demo-sources")(reasons(demo_sources))
