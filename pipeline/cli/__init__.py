"""The `mirano` command: a thin layer over the service layer, every command with `--json`."""

from __future__ import annotations

import typer

from pipeline.cli.output import MiranoGroup

app = typer.Typer(
    name="mirano",
    cls=MiranoGroup,
    help="Mirano: background work that runs predictably, cheaply and visibly, and explains itself.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain click help: rendering it with rich cost ~0.3 s of imports on every --help
)

# Each module adds its commands with `register(app)`; each imports its service module lazily (`cli.lazy`).
from pipeline.cli import (  # noqa: E402
    agent_cmds,
    checks_cmds,
    control_cmds,
    engine_cmds,
    erasure_cmds,
    handover_cmds,
    memory_cmds,
    notices_cmds,
    people_cmds,
)

for _module in (
    engine_cmds,
    control_cmds,
    checks_cmds,
    memory_cmds,
    agent_cmds,
    notices_cmds,
    erasure_cmds,
    handover_cmds,
    people_cmds,
):
    _module.register(app)
