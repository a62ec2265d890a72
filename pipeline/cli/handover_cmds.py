"""`mirano digest PROJECT --format md|pdf --output FILE`: a project's weekly digest to hand over."""

from __future__ import annotations

from typing import Annotated

import typer

from pipeline.cli.lazy import lazy_module
from pipeline.cli.output import JsonFlag, cli_lang, emit, reasons, say

exports = lazy_module("pipeline.service.exports")
memory = lazy_module("pipeline.service.memory")


@reasons
def digest(
    project: Annotated[str, typer.Argument(help="The project's slug (see `mirano projects`).")],
    fmt: Annotated[str, typer.Option("--format", help="md (Markdown) or pdf.")] = "md",
    output: Annotated[
        str | None,
        typer.Option("--output", help="The file to write; Markdown goes to the terminal without it."),
    ] = None,
    generate: Annotated[
        bool, typer.Option("--generate", help="Write a new version of this week's digest first.")
    ] = False,
    digest_id: Annotated[
        int | None, typer.Option("--id", help="A digest version's id (newest by default).")
    ] = None,
    as_json: JsonFlag = False,
) -> None:
    """A project's weekly digest as Markdown or PDF (the newest version, or --id)."""
    from pipeline.engine.exceptions import BadInput

    target = exports.writable(output) if output else None
    if fmt.strip().lower() == "pdf" and target is None:
        raise BadInput("output", "a PDF needs --output FILE")
    if generate:
        exports.digest_format(fmt)
        digest_id = memory.generate_digest(project, trigger="cli")["id"]
    name, content = exports.digest_file(project, fmt, cli_lang(), digest_id)
    if target is None:
        emit(
            {"project": project, "name": name, "markdown": content.decode("utf-8")},
            as_json,
            content.decode("utf-8"),
        )
        return
    target.write_bytes(content)
    result = {"project": project, "format": fmt.lower(), "output": str(target), "bytes": len(content)}
    emit(result, as_json, lambda: say("wrote {path} ({size} bytes)", path=str(target), size=len(content)))


def register(app: typer.Typer) -> None:
    app.command()(digest)
