"""Jobs of the project-memory pipeline: sync, build, extract, digest, suggest; each bounded and costed.

Cheap to import (listing jobs imports it): connectors, the embedder, FAISS and the LLM load when a run needs them.
Each run function returns its summary, which becomes the run's reason.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from pipeline.config import get_settings
from pipeline.engine.exceptions import RunSkipped
from pipeline.engine.registry import JobSpec, job, register_job

if TYPE_CHECKING:
    from pipeline.engine.runs import RunContext
    from pipeline.sources.vendor import VendorRateLimited

WAIT_KEY = "memory.vendor_wait.{source}"  # a vendor's Retry-After, honoured across runs and processes


def ingest_skip_reason(source: str) -> str | None:
    """Why a sync of this vendor should not start now: no key, no bindings, or still rate limited."""
    from pipeline.db import joined_read_scope
    from pipeline.engine import clock
    from pipeline.memory.projects import LABELS, no_bindings_reason
    from pipeline.models import Setting

    if get_settings().vendor_key(source) is None:
        return f"no API key for {LABELS[source]}"
    with joined_read_scope() as s:  # asked inside the run's reservation
        reason = no_bindings_reason(s, source)
        if reason:
            return reason
        wait = s.get(Setting, WAIT_KEY.format(source=source))
        if wait and wait.value and datetime.fromisoformat(wait.value["until"]) > clock.now():
            return wait.value["reason"]
    return None


def _remember_wait(error: VendorRateLimited) -> None:
    from pipeline.db import session_scope
    from pipeline.engine import clock
    from pipeline.models import Setting

    with session_scope() as s:
        row = s.get(Setting, WAIT_KEY.format(source=error.vendor)) or Setting(
            key=WAIT_KEY.format(source=error.vendor)
        )
        row.value, row.updated_at = {"until": error.until.isoformat(), "reason": error.reason}, clock.now()
        s.add(row)


def make_ingest(source: str) -> Callable[[RunContext], str]:
    """The run function of ingest.<source>."""

    def run(ctx: RunContext) -> str:
        from pipeline.memory.ingest import sync_source
        from pipeline.sources.vendor import BEFORE_CALL, VendorRateLimited

        def on_batch(changed: int, calls: int) -> None:  # the calls are counted as they are sent (count_call)
            ctx.processed(changed)
            ctx.advance()  # one conversation (or page) read
            ctx.event("page", f"{changed} changed, {calls} call(s)", changed=changed, calls=calls)

        counting = BEFORE_CALL.set(ctx.count_call)
        try:
            result = sync_source(
                source,
                scope=ctx.scope,
                should_stop=ctx.should_stop,
                on_batch=on_batch,
                hinted_only=ctx.trigger == "webhook",
                on_planned=lambda n: ctx.add_total(n, "conversations"),
            )
        except VendorRateLimited as exc:
            _remember_wait(exc)
            ctx.event("wait", exc.reason, until=exc.until)
            raise
        finally:
            BEFORE_CALL.reset(counting)
        for waited in result.waits:
            ctx.event("wait", waited)
        ctx.add_cost(source_calls=max(0, result.calls - ctx.cost["source_calls"]))
        summary = f"{result.imported} new, {result.updated} updated from {len(result.bindings)} binding(s)"
        summary += _waited(result.waits) + (
            f"; {result.hints} webhook hint(s) settled" if result.hints else ""
        )
        if result.stopped and ctx.cancelled():
            return f"{summary}; the next run continues from the saved cursor"
        if result.stopped:
            return f"{result.stopped}: {summary}; the next run continues from the saved cursor"
        if not result.changed:
            return f"nothing new ({len(result.bindings)} binding(s) up to date){_waited(result.waits)}"
        return summary

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


INGEST = ("ingest.chatwoot", "ingest.linear", "ingest.attio")
CHATWOOT_CADENCE = 12 * 60  # seconds; also the time within which the re-scan catches an edit


def _projects_exist() -> str | None:
    from sqlalchemy import select

    from pipeline.db import joined_read_scope
    from pipeline.models.memory import Project

    with joined_read_scope() as s:  # asked inside the run's reservation
        return None if s.scalar(select(Project.id).limit(1)) else "no projects yet"


for _source, _cadence, _what in (
    ("chatwoot", CHATWOOT_CADENCE, "Sync Chatwoot conversations and messages"),
    ("linear", 12 * 60, "Sync Linear issues and comments"),
    ("attio", 12 * 60, "Sync Attio records and notes"),
):
    register_job(
        JobSpec(
            name=f"ingest.{_source}",
            job_class="ingestion",
            cadence_seconds=_cadence,
            limit=500,
            func=make_ingest(_source),
            description=_what,
            enabled_when=lambda source=_source: ingest_skip_reason(source),
        )
    )


@job(
    "memory.build",
    job_class="memory",
    cadence_seconds=45 * 60,
    limit=1000,
    description="Chunk and embed imported text into FAISS",
    enabled_when=_projects_exist,
    after=INGEST,
)
def build_run(ctx: RunContext) -> str:
    """memory.build: chunk and embed what ingestion imported."""
    from pipeline.memory.build import STOPPED_MID_COMMIT, build_memory

    def progress(chunks: int, embedded: int) -> None:
        ctx.processed(chunks)
        ctx.advance(chunks)
        ctx.add_cost(embeddings=embedded)
        if chunks:
            ctx.event("batch", f"{chunks} chunk(s) written", chunks=chunks)
        else:
            ctx.event("batch", f"{embedded} text(s) embedded", embedded=embedded)

    from pipeline.memory.build import pending_chunk_estimate

    ctx.set_total(pending_chunk_estimate(ctx.remaining, ctx.scope), "chunks")
    result = build_memory(ctx.remaining, scope=ctx.scope, should_stop=ctx.should_stop, on_progress=progress)
    healed = f"; warning: {result.healed}" if result.healed else ""
    if result.healed:
        ctx.event("warning", result.healed)
    if result.failed:
        ctx.event(
            "warning", f"{result.failed} chunk(s) failed to embed and were skipped", failed=result.failed
        )
    if result.retried:
        ctx.event("retry", f"{result.retried} earlier failure(s) tried again", recovered=result.recovered)
    if result.stopped == STOPPED_MID_COMMIT and not result.chunks:  # a cancel or a budget, before any commit
        kept = f"kept {result.embedded} embedded text(s) for the next build, no chunk written"
        return f"{ctx.stop_reason}; {kept}" if ctx.stop_reason else kept
    if not result.chunks and not result.documents and not result.retried:
        raise RunSkipped("nothing new" + healed)
    failed = f"; {result.failed} chunk(s) failed to embed and were skipped" if result.failed else ""
    retried = (
        f"; {result.retried} earlier failure(s) tried again, {result.recovered} now embedded"
        if result.retried
        else ""
    )
    return (
        f"{result.chunks} chunk(s) from {result.documents} document(s): {result.embedded} embedded, "
        f"{result.reused} reused{failed}{retried}{healed}"
    )


@job(
    "memory.extract",
    job_class="extraction",
    cadence_seconds=12 * 3600,
    limit=300,
    description="Extract commitments and risks",
    uses_llm=True,
    enabled_when=_projects_exist,
    after=("memory.build",),
)
def extract_run(ctx: RunContext) -> str:
    """memory.extract: commitments and risks from chunks not read yet."""
    from pipeline.memory.extract import extract_memory

    def progress(chunks: int, calls: int, tokens: int) -> None:
        ctx.processed(chunks)
        ctx.advance(chunks)
        ctx.add_cost(llm_calls=calls, tokens=tokens)
        ctx.event("batch", f"{chunks} chunk(s) read", chunks=chunks, llm_calls=calls, tokens=tokens)

    from pipeline.memory.extract import unread_chunk_count

    ctx.set_total(unread_chunk_count(ctx.remaining, ctx.scope), "chunks")
    result = extract_memory(ctx.remaining, scope=ctx.scope, should_stop=ctx.should_stop, on_progress=progress)
    for error in result.errors:
        ctx.event("warning", error)
    if not result.chunks:
        raise RunSkipped("nothing new")
    errors = f"; {len(result.errors)} batch(es) failed: {result.errors[0]}" if result.errors else ""
    fallback = f"; {result.fallback}" if result.fallback else ""
    return (
        f"{result.chunks} chunk(s) read: {result.created} new, {result.updated} seen again{errors}{fallback}"
    )


@job(
    "memory.digest",
    job_class="reporting",
    cadence_seconds=7 * 24 * 3600,
    limit=20,
    description="Weekly digest per project",  # from stored facts, no model: economy mode never pauses it
    after=("memory.extract", "memory.suggest"),  # its count of suggested actions is read after they are made
)
def digest_run(ctx: RunContext) -> None:
    """memory.digest: a new digest version for each active bound project."""
    from pipeline.db import session_scope
    from pipeline.memory.digest import generate_digest
    from pipeline.memory.projects import active_bindings

    with session_scope() as s:
        projects = {p.id: p for p, _ in active_bindings(s, scope=ctx.scope)}
        for project in list(projects.values())[: ctx.remaining]:
            generate_digest(s, project, trigger=ctx.trigger)
            ctx.processed(1)
    if not projects:
        raise RunSkipped("no active projects with bindings")


@job(
    "memory.suggest",
    job_class="actions",
    cadence_seconds=12 * 3600,
    limit=50,
    description="Suggest Linear issues and Attio updates",
    enabled_when=_projects_exist,
    after=("memory.extract",),
)
def suggest_run(ctx: RunContext) -> None:
    """memory.suggest: Linear issues for active commitments, Attio notes for active risks (never applied here)."""
    from pipeline.db import session_scope
    from pipeline.memory.actions import suggest_actions

    with session_scope() as s:
        made = suggest_actions(s, ctx.remaining, ctx.scope)
        ctx.processed(len(made))
    if not made:
        raise RunSkipped("nothing new")
