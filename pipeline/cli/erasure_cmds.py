"""Erasure commands: `mirano forget person|check|project …` and `mirano erasures` (the audit of erasures)."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from pipeline.cli.lazy import lazy_module
from pipeline.cli.output import JsonFlag, MiranoGroup, emit, reasons, say, table

service = lazy_module("pipeline.service.erasure")

forget_app = typer.Typer(
    name="forget",
    cls=MiranoGroup,
    help="Erase a person's, a check's or a project's data everywhere it is kept (audited by counts).",
    no_args_is_help=True,
    rich_markup_mode=None,
)


def render_erasure(result: dict[str, Any]) -> str:
    counts = result["counts"]
    from pipeline.cli.output import cli_lang
    from pipeline.i18n import tr_in

    lang = cli_lang()
    listed = ", ".join(f"{tr_in(lang, 'erased', kind)}: {n}" for kind, n in counts.items())
    listed = listed or say("nothing was stored")
    lines = [
        say(
            "erased {target}: {counts}",
            target=say(result["kind"]) if result["kind"] == "person" else result["target"],
            counts=listed,
        ),
        say("audit #{id} by {who}; the erased content is not kept", id=result["audit_id"], who=result["who"]),
    ]
    if not result.get("compacted", True):
        lines.append(say("note: a reader kept the database log open; it is emptied at the next checkpoint"))
    return "\n".join(lines)


@forget_app.command("person")
@reasons
def forget_person(
    person: Annotated[
        str,
        typer.Argument(help="Full name, optionally with a birth date: 'Иванов Пётр Сергеевич, 01.02.1980'."),
    ],
    as_json: JsonFlag = False,
) -> None:
    """Erase every fact, evidence, document, chunk, vector, entity, notice and thread that names the person."""
    result = service.forget_person(person)
    emit(result, as_json, lambda: render_erasure(result))


@forget_app.command("check")
@reasons
def forget_check(
    check_id: Annotated[int, typer.Argument(help="The check's id (see `mirano check`).")],
    as_json: JsonFlag = False,
) -> None:
    """Erase a check with the facts and evidence it fetched, its snapshots, risk and notices."""
    result = service.forget_check(check_id)
    emit(result, as_json, lambda: render_erasure(result))


@forget_app.command("project")
@reasons
def forget_project(
    slug: Annotated[str, typer.Argument(help="The project's slug (see `mirano projects`).")],
    as_json: JsonFlag = False,
) -> None:
    """Erase a project with its bindings, documents, chunks, vectors, commitments, risks, digests and actions."""
    result = service.forget_project(slug)
    emit(result, as_json, lambda: render_erasure(result))


@reasons
def erasures(
    limit: Annotated[int, typer.Option("--limit", min=1, help="How many lines.")] = 20,
    as_json: JsonFlag = False,
) -> None:
    """The audit of erasures: who, when, what kind, how many rows (never what was erased)."""
    rows = service.audit(limit)

    def human() -> str:
        shown = [{**r, "counts": ", ".join(f"{k} {v}" for k, v in r["counts"].items())} for r in rows]
        return table(shown, ["id", "at", "who", "kind", "target", "counts"])

    emit(rows, as_json, human)


def register(app: typer.Typer) -> None:
    app.add_typer(forget_app, name="forget")
    app.command()(erasures)
