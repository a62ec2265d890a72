"""Project-memory commands: projects, bind, search, actions (list / preview ID / apply ID)."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer

from pipeline.cli.lazy import lazy_module
from pipeline.cli.output import JsonFlag, emit, fail, reason, reasons, say, status, table
from pipeline.engine.exceptions import BadInput
from pipeline.people import identity

service = lazy_module("pipeline.service.memory")


def _short(text: str | None, width: int = 70) -> str:
    flat = " ".join((text or "").split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def render_projects(rows: list[dict[str, Any]]) -> str:
    """Projects with their bindings, counts and cursors."""
    if not rows:
        return say("no projects yet: `mirano bind PROJECT SOURCE KIND:ID` creates one")
    lines = []
    for p in rows:
        c = p["counts"]
        lines.append(
            f"{p['slug']} — {p['name']} ({say('active') if p['active'] else say('inactive')}): "
            + say(
                "{documents} documents, {embedded}/{chunks} chunks embedded, {commitments} commitments, "
                "{risks} risks, {actions} suggested actions",
                documents=c["documents"],
                embedded=c["embedded"],
                chunks=c["chunks"],
                commitments=c["commitments"],
                risks=c["risks"],
                actions=c["suggested_actions"],
            )
        )
        for b in p["bindings"]:
            named = f"{say(b['kind'])} {b['name']} ({b['external_id']})" if b.get("name") else b["target"]
            lines.append(f"  {b['source']} {named}" + (" [demo]" if b["demo"] else ""))
        for cur in p["cursors"]:
            lines.append(
                "  "
                + say(
                    "cursor {source}: {imported} imported, {updated} updated, synced {synced}",
                    source=cur["source"],
                    imported=cur["imported"],
                    updated=cur["updated"],
                    synced=cur["synced_at"] or "-",
                )
            )
    return "\n".join(lines)


@reasons
def projects(
    names: Annotated[
        bool, typer.Option("--names", help="First ask the vendors the names of bound objects not named yet.")
    ] = False,
    as_json: JsonFlag = False,
) -> None:
    """Projects and their bindings (by the vendor's name once known), sync cursors and memory counts."""
    if names:
        from pipeline.runtime import demo_needed, ensure_demo_service

        if demo_needed():  # the names come from the vendor: the demo vendor must be up to answer
            ensure_demo_service()
        lazy_module("pipeline.service.binding_names").name_bindings()
    rows = service.list_projects()
    emit(rows, as_json, lambda: render_projects(rows))


@reasons
def bind(
    project: Annotated[str, typer.Argument(help="Project slug; created when new.")],
    source: Annotated[str, typer.Argument(help="chatwoot, linear or attio.")],
    target: Annotated[str, typer.Argument(help="KIND:ID — inbox:/contact:, team:/project:, company:/deal:.")],
    remove: Annotated[bool, typer.Option("--remove", help="Remove this binding instead.")] = False,
    as_json: JsonFlag = False,
) -> None:
    """Bind a project to a Chatwoot inbox or contact, a Linear team or project, an Attio company or deal."""
    if remove:
        result = service.unbind(project, source, target)
        emit(
            result,
            as_json,
            f"{say('removed') if result['removed'] else say('no such binding:')} {project} {source} {target}",
        )
        return
    from pipeline.runtime import demo_needed, ensure_demo_service

    if demo_needed():  # the binding is checked against the vendor: the demo vendor must be up to answer
        ensure_demo_service()
    result = service.bind(project, source, target)
    emit(result, as_json, reason(result["message"]) + (" [demo]" if result["demo"] else ""))


@reasons
def search(
    query: Annotated[str, typer.Argument(help="What to look for (Russian or English).")],
    project: Annotated[str | None, typer.Option("--project", help="Only this project's memory.")] = None,
    k: Annotated[int, typer.Option("--k", min=1, max=100, help="How many results.")] = 8,
    as_json: JsonFlag = False,
) -> None:
    """Search project memory: semantic (FAISS) and keyword (FTS5, or full-text on PostgreSQL) results merged."""
    hits = service.search(query, project=project, k=k)

    def human() -> str:
        rows = [
            {
                "score": f"{h['score']:.4f}",
                "project": h["project"],
                "source": h["source"] + (" [demo]" if h["demo"] else ""),
                "object": say(h["object_type"]),
                "author": h["author"],
                "text": _short(h["text"]),
            }
            for h in hits
        ]
        return (
            table(rows, ["score", "project", "source", "object", "author", "text"])
            if hits
            else say("no matches")
        )

    emit(hits, as_json, human)


IN_DOUBT = "IN DOUBT: sent, answer not recorded; apply again to settle"


def _render_actions(rows: list[dict[str, Any]]) -> str:
    view = [
        {
            **r,
            "title": _short(r["title"], 60),
            "target": _short(r["target"], 40),
            "status": say(IN_DOUBT) if r["status"] == "in_doubt" else status(r["status"]),
        }
        for r in rows
    ]
    return table(view, ["id", "project", "kind", "status", "target", "title"]) if rows else say("no actions")


def _render_audit(rows: list[dict[str, Any]]) -> str:
    view = [
        {
            **r,
            "outcome": say("IN DOUBT") if r["outcome"] == "in_doubt" else say(r["outcome"]),
            "sent": f"{r['request'].get('method')} {r['request'].get('url')}",
            "detail": _short(r["error"] or json.dumps(r["response"], ensure_ascii=False), 60),
        }
        for r in rows
    ]
    return (
        table(view, ["id", "action_id", "actor", "outcome", "at", "sent", "detail"])
        if rows
        else say("no audit rows")
    )


def _render_preview(p: dict[str, Any]) -> str:
    req = p["request"]
    head = (
        say("action #{id}", id=p["id"])
        + f" ({p['kind']}, {status(p['status'])}){' [demo]' if p['demo'] else ''}: {p['title']}"
    )
    return "\n".join(
        [
            head,
            f"{req['method']} {req['url']}",
            *[f"{k}: {v}" for k, v in req["headers"].items()],
            "",
            json.dumps(req["body"], ensure_ascii=False, indent=2),
            "",
            f"({reason(p['note'])})",
        ]
    )


@reasons
def actions(
    verb: Annotated[
        str | None,
        typer.Argument(help="Nothing to list; `preview` or `apply` with an ID; `audit` for the audit log."),
    ] = None,
    action_id: Annotated[int | None, typer.Argument(help="The action's id.")] = None,
    project: Annotated[str | None, typer.Option("--project", help="Only this project's actions.")] = None,
    actor: Annotated[
        str | None, typer.Option("--actor", help="Who applies (recorded in the audit log).")
    ] = None,
    as_json: JsonFlag = False,
) -> None:
    """Suggested actions; `actions preview ID` shows exactly what would be sent; `actions apply ID` sends it
    (audited before and after the call); `actions audit [ID]` lists the audit log, rows in doubt included."""
    if verb is None:
        rows = service.actions(project)
        emit(rows, as_json, lambda: _render_actions(rows))
        return
    if verb == "audit":
        records = service.audit_log(project, action_id)
        emit(records, as_json, lambda: _render_audit(records))
        return
    if verb not in ("preview", "apply"):
        raise BadInput("verb", f"expected preview, apply or audit, got {verb!r}")
    if action_id is None:
        raise BadInput("id", f"`mirano actions {verb} ID` needs the action's id (see `mirano actions`)")
    if verb == "preview":
        result = service.preview_action(action_id)
        emit(result, as_json, lambda: _render_preview(result))
        return
    result = service.apply_action(action_id, actor or identity.cli_user())
    if not result["ok"]:
        fail(f"action #{action_id} failed: {result['error']} (audited)", 1, as_json, **result)
    emit(
        result,
        as_json,
        lambda: (
            say("action #{id}", id=action_id)
            + f": {say(result['outcome']).replace('_', ' ')} — "
            + json.dumps(result["result"], ensure_ascii=False)
        ),
    )


def register(app: typer.Typer) -> None:
    app.command()(projects)
    app.command()(bind)
    app.command()(search)
    app.command()(actions)
