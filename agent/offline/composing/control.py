"""Answers about run control: what a run did step by step and who cancelled it; why a job is paused and by whom."""

from __future__ import annotations

from typing import Any

from agent.offline.composing.common import cadence, quote, reason, renders, starter, status, when
from agent.tools import control as tools
from pipeline.i18n import tr, tr_in

EVENT_LINES = 8
ROUTINE = {"page": "{n} page(s)", "batch": "{n} batch(es)"}  # counted, not listed one by one


def _cancel_line(run: dict[str, Any], lang: str) -> str | None:
    if not run.get("cancel_requested_by"):
        return None
    return tr(
        lang,
        "Run #{id} was cancelled by {who} at {at}.",
        id=run["id"],
        who=run["cancel_requested_by"],
        at=when(run["cancel_requested_at"], lang),
    )


@renders(tools.run_timeline)
def _timeline(data: dict[str, Any], lang: str, intent: str | None) -> list[str]:
    run, events = data["run"], data["events"]
    lead = tr(
        lang,
        "Run #{id} of {job} ({status}, started by {trigger}) processed {done}/{limit}.",
        id=run["id"],
        job=run["job"],
        status=status(run["status"], lang),
        trigger=starter(run, lang),
        done=run["processed"],
        limit=run["limit"],
    )
    cancelled = _cancel_line(run, lang)
    lines = [cancelled, lead] if cancelled else [lead]
    if run["reason"]:
        lines.append(tr(lang, "Reason: {reason}", reason=reason(run["reason"], lang)))
    if run.get("retry_of"):
        lines.append(tr(lang, "It retries run #{id}.", id=run["retry_of"]))
    if run.get("retried_by"):
        lines.append(tr(lang, "Retried by run(s) {ids}.", ids=", ".join(f"#{i}" for i in run["retried_by"])))
    lines.append(tr(lang, "Its timeline ({n} events):", n=data["events_total"]))
    counts = data.get("routine_counts") or {}
    if counts:
        said = [tr(lang, ROUTINE[k], n=n) for k, n in counts.items() if k in ROUTINE]
        lines.append(tr(lang, "- {counts} with their counts", counts=", ".join(said)))
    for event in events[:EVENT_LINES]:
        text = f" — {reason(event['message'], lang, 120)}" if event["message"] else ""
        lines.append(f"- {when(event['at'], lang)} {tr_in(lang, 'event', event['kind'])}{text}")
    return lines


@renders(tools.job_pause)
def _pause(data: dict[str, Any], lang: str, intent: str | None) -> list[str]:
    if data["job"] is None:
        if not data["paused"]:
            return [tr(lang, "No job is paused.")]
        return [tr(lang, "Paused jobs:")] + [
            f"- {p['job']} [{p['scope']}]: {reason(p['reason'], lang)}" for p in data["paused"]
        ]
    row = data["control"]
    if row["paused"]:
        lines = [
            tr(
                lang,
                "{job} is paused by {who} since {since}: its schedule does not fire it; Run now still works.",
                job=row["job"],
                who=row["paused_by"],
                since=when(row["paused_since"], lang),
            )
        ]
        lines.append(
            tr(lang, "Mirano does not record why a person paused it; ask {who}.", who=row["paused_by"])
        )
    else:
        lines = [tr(lang, "{job} is not paused: its schedule fires it.", job=row["job"])]
    lines.append(
        tr(
            lang,
            "Cadence: every {now} (default {default}); limit {limit} items a run (default {default_limit}).",
            now=cadence(row["cadence_effective_s"], lang),
            default=cadence(row["cadence_default_s"], lang),
            limit=row["limit_effective"],
            default_limit=row["limit_default"],
        )
    )
    for change in data["changes"][:3]:
        lines.append(f"- {when(change['at'], lang)} {quote(change['who'])}: {tr(lang, change['action'])}")
    defaults = (
        row["cadence_effective_s"] == row["cadence_default_s"]
        and row["limit_effective"] == row["limit_default"]
    )
    if not data["changes"] and defaults:
        lines.append(tr(lang, "Nobody has changed its cadence or limit: both are the defaults."))
    return lines
