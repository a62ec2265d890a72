"""Jobs of the project-memory pipeline: sync, build, extract, digest, suggest; each bounded and costed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import select

from pipeline.config import get_settings
from pipeline.db import read_scope, session_scope
from pipeline.engine import clock
from pipeline.engine.exceptions import RunSkipped, RunStopped
from pipeline.engine.registry import JobSpec, register_job
from pipeline.engine.runs import RunContext
from pipeline.memory.projects import LABELS, active_bindings, no_bindings_reason
from pipeline.models import Setting
from pipeline.sources.vendor import VendorRateLimited

WAIT_KEY = "memory.vendor_wait.{source}"  # a vendor's Retry-After, honoured across runs and processes


def ingest_skip_reason(source: str) -> str | None:
    """Why a sync of this vendor should not start now: no key, no bindings, or still rate limited."""
    if get_settings().vendor_key(source) is None:
        return f"no API key for {LABELS[source]}"
    with read_scope() as s:
        reason = no_bindings_reason(s, source)
        if reason:
            return reason
        wait = s.get(Setting, WAIT_KEY.format(source=source))
        if wait and wait.value and datetime.fromisoformat(wait.value["until"]) > clock.now():
            return wait.value["reason"]
    return None


def _remember_wait(error: VendorRateLimited) -> None:
    with session_scope() as s:
        row = s.get(Setting, WAIT_KEY.format(source=error.vendor)) or Setting(
            key=WAIT_KEY.format(source=error.vendor)
        )
        row.value, row.updated_at = {"until": error.until.isoformat(), "reason": error.reason}, clock.now()
        s.add(row)


def make_ingest(source: str) -> Callable[[RunContext], None]:
    """The run function of ingest.<source>."""

    def run(ctx: RunContext) -> None:
        # The connectors load when a sync runs, not whenever jobs are listed.
        from pipeline.memory.ingest import sync_source

        def on_batch(changed: int, calls: int) -> None:
            ctx.processed(changed)
            ctx.add_cost(source_calls=calls)

        try:
            result = sync_source(source, scope=ctx.scope, should_stop=ctx.should_stop, on_batch=on_batch)
        except VendorRateLimited as exc:
            _remember_wait(exc)
            raise
        ctx.add_cost(source_calls=max(0, result.calls - ctx.cost["source_calls"]))
        summary = f"{result.imported} new, {result.updated} updated from {len(result.bindings)} binding(s)"
        summary += _waited(result.waits) + (
            f"; {result.hints} webhook hint(s) settled" if result.hints else ""
        )
        if result.stopped:
            raise RunStopped(f"{result.stopped}: {summary}; the next run continues from the saved cursor")
        if not result.changed:
            raise RunStopped(
                f"nothing new ({len(result.bindings)} binding(s) up to date){_waited(result.waits)}"
            )
        raise RunStopped(summary)

    return run


def _waited(waits: list[str]) -> str:
    """ "; waited 2.0 s for Linear's rate limit (3 times)" — a sync that slowed down says so."""
    if not waits:
        return ""
    more = f" ({len(waits)} times)" if len(waits) > 1 else ""
    return f"; {waits[-1]}{more}"


def chatwoot_edits_caught() -> str:
    """How soon an edited Chatwoot message shows in memory, in words (the README and the memory page say it)."""
    settings = get_settings()
    minutes = round(CHATWOOT_CADENCE / 60)
    days = settings.chatwoot_rescan_hours / 24
    window = f"{days:g} days" if days >= 1 else f"{settings.chatwoot_rescan_hours:g} hours"
    hooks = (
        f"with Chatwoot's webhooks pointed at http://{settings.webhook_host}:{settings.webhook_port}/webhooks/chatwoot, "
        "within seconds; "
        if settings.webhook_port > 0
        else "webhooks are off (MIRANO_WEBHOOK_PORT=0); "
    )
    return (
        f"Chatwoot edits: {hooks}without them, by the next sync (every {minutes} min, "
        f"{round(minutes * settings.economy_cadence_factor)} in economy mode) for conversations active in the last "
        f"{window} (up to {settings.chatwoot_rescan_limit} per binding); older ones only through webhooks."
    )


def build_run(ctx: RunContext) -> None:
    """memory.build: chunk and embed what ingestion imported."""
    from pipeline.memory.build import build_memory

    def progress(chunks: int, embedded: int) -> None:
        ctx.processed(chunks)
        ctx.add_cost(embeddings=embedded)

    result = build_memory(ctx.remaining, scope=ctx.scope, should_stop=ctx.should_stop, on_progress=progress)
    healed = f"; warning: {result.healed}" if result.healed else ""
    if not result.chunks and not result.documents and not result.retried:
        raise RunSkipped("nothing new" + healed)
    failed = f"; {result.failed} chunk(s) failed to embed and were skipped" if result.failed else ""
    retried = (
        f"; {result.retried} earlier failure(s) tried again, {result.recovered} now embedded"
        if result.retried
        else ""
    )
    raise RunStopped(
        f"{result.chunks} chunk(s) from {result.documents} document(s): {result.embedded} embedded, "
        f"{result.reused} reused{failed}{retried}{healed}"
    )


def extract_run(ctx: RunContext) -> None:
    """memory.extract: commitments and risks from chunks not read yet."""
    from pipeline.memory.extract import extract_memory

    def progress(chunks: int, calls: int, tokens: int) -> None:
        ctx.processed(chunks)
        ctx.add_cost(llm_calls=calls, tokens=tokens)

    result = extract_memory(ctx.remaining, scope=ctx.scope, should_stop=ctx.should_stop, on_progress=progress)
    if not result.chunks:
        raise RunSkipped("nothing new")
    errors = f"; {len(result.errors)} batch(es) failed: {result.errors[0]}" if result.errors else ""
    raise RunStopped(
        f"{result.chunks} chunk(s) read: {result.created} new, {result.updated} seen again{errors}"
    )


def digest_run(ctx: RunContext) -> None:
    """memory.digest: a new digest version for each active bound project."""
    from pipeline.memory.digest import generate_digest

    with session_scope() as s:
        projects = {p.id: p for p, _ in active_bindings(s, scope=ctx.scope)}
        for project in list(projects.values())[: ctx.remaining]:
            generate_digest(s, project, trigger=ctx.trigger)
            ctx.processed(1)
    if not projects:
        raise RunSkipped("no active projects with bindings")


def suggest_run(ctx: RunContext) -> None:
    """memory.suggest: Linear issues for active commitments, Attio notes for active risks (never applied here)."""
    from pipeline.memory.actions import suggest_actions

    with session_scope() as s:
        made = suggest_actions(s, ctx.remaining, ctx.scope)
        ctx.processed(len(made))
    if not made:
        raise RunSkipped("nothing new")


def _projects_exist() -> str | None:
    with read_scope() as s:
        from pipeline.models.memory import Project

        return None if s.scalar(select(Project.id).limit(1)) else "no projects yet"


INGEST = ("ingest.chatwoot", "ingest.linear", "ingest.attio")
CHATWOOT_CADENCE = 12 * 60  # seconds; also the time within which the re-scan catches an edit

for _spec in (
    JobSpec(
        "ingest.chatwoot",
        "ingestion",
        CHATWOOT_CADENCE,
        500,
        make_ingest("chatwoot"),
        "Sync Chatwoot conversations and messages",
        enabled_when=lambda: ingest_skip_reason("chatwoot"),
    ),
    JobSpec(
        "ingest.linear",
        "ingestion",
        12 * 60,
        500,
        make_ingest("linear"),
        "Sync Linear issues and comments",
        enabled_when=lambda: ingest_skip_reason("linear"),
    ),
    JobSpec(
        "ingest.attio",
        "ingestion",
        12 * 60,
        500,
        make_ingest("attio"),
        "Sync Attio records and notes",
        enabled_when=lambda: ingest_skip_reason("attio"),
    ),
    JobSpec(
        "memory.build",
        "memory",
        45 * 60,
        1000,
        build_run,
        "Chunk and embed imported text into FAISS",
        enabled_when=_projects_exist,
        after=INGEST,
    ),
    JobSpec(
        "memory.extract",
        "extraction",
        12 * 3600,
        300,
        extract_run,
        "Extract commitments and risks",
        uses_llm=True,
        enabled_when=_projects_exist,
        after=("memory.build",),
    ),
    JobSpec(
        "memory.digest",
        "reporting",
        7 * 24 * 3600,
        20,
        digest_run,
        "Weekly digest per project",
        uses_llm=True,
        after=("memory.extract",),
    ),
    JobSpec(
        "memory.suggest",
        "actions",
        12 * 3600,
        50,
        suggest_run,
        "Suggest Linear issues and Attio updates",
        enabled_when=_projects_exist,
        after=("memory.extract",),
    ),
):
    register_job(_spec)
