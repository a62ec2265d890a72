"""Watches and change notices: `mirano watch ADDRESS|PROJECT`, `mirano notices [--unread] [--read] [--deliver]`."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from pipeline.cli.lazy import lazy_module
from pipeline.cli.output import JsonFlag, emit, fail, reasons, say, table

service = lazy_module("pipeline.service.notices")


@reasons
def watch(
    target: Annotated[str, typer.Argument(help="A property's address, or a project's slug.")],
    as_json: JsonFlag = False,
) -> None:
    """Watch a property or a project: changes to it become notices (inbox, webhook, e-mail)."""
    from pipeline.checks.address import AddressRefused

    try:
        result = service.watch(target)
    except AddressRefused as refused:
        fail(f"not a project slug, and {refused}", 2, as_json, **refused.details())
    line = "now watching {kind} #{id}: {label}" if result["new"] else "already watching {kind} #{id}: {label}"
    emit(
        result,
        as_json,
        lambda: say(line, kind=say(result["kind"]), id=result["target_id"], label=result["label"]),
    )


@reasons
def unwatch(
    target: Annotated[str, typer.Argument(help="A property's address, or a project's slug.")],
    as_json: JsonFlag = False,
) -> None:
    """Stop watching a property or a project (yours only; the last watcher out ends the watch, its notices kept)."""
    from pipeline.checks.address import AddressRefused

    watching = lazy_module("pipeline.service.watching")
    try:
        result = watching.unwatch(target)
    except AddressRefused as refused:
        fail(f"not a project slug, and {refused}", 2, as_json, **refused.details())
    label = result["label"] or target
    if not result["was_watching"]:
        line = say("you were not watching {label}", label=label)
    elif result["watch_removed"]:
        line = say(
            "stopped watching {label}; nobody else watched it, so it makes no more notices (those told are kept)",
            label=label,
        )
    else:
        line = say("stopped watching {label}; others still watch it", label=label)
    emit(result, as_json, line)


def _render(rows: list[dict[str, Any]]) -> str:
    lines = [
        {
            "id": n["id"],
            "read": "yes" if n["read"] else "NEW",
            "created_at": n["created_at"],
            "trigger": n["trigger"],
            "delivered": ", ".join(f"{d['channel']} {d['status']}" for d in n["deliveries"]) or "inbox only",
            "title": n["title"],
        }
        for n in rows
    ]
    return table(lines, ["id", "read", "created_at", "trigger", "delivered", "title"])


@reasons
def notices(
    unread: Annotated[bool, typer.Option("--unread", help="Only notices not read yet.")] = False,
    mark_read: Annotated[bool, typer.Option("--read", help="Then mark the listed notices read.")] = False,
    deliver: Annotated[
        bool, typer.Option("--deliver", help="First send due deliveries from this process.")
    ] = False,
    limit: Annotated[
        int, typer.Option("--limit", min=1, max=1000, help="At most this many, newest first.")
    ] = 50,
    as_json: JsonFlag = False,
) -> None:
    """Change notices of watched properties and projects, with their diff, evidence and deliveries."""
    delivered = service.deliver_now() if deliver else None
    rows = service.list_notices(unread=unread, limit=limit)
    if mark_read and rows:
        service.mark_read([n["id"] for n in rows])
    result: dict[str, Any] = {"unread": service.unread_count(), "notices": rows}
    if delivered is not None:
        result["delivered"] = delivered
    emit(result, as_json, lambda: f"{result['unread']} unread\n" + _render(rows))


def register(app: typer.Typer) -> None:
    app.command()(watch)
    app.command()(unwatch)
    app.command()(notices)
