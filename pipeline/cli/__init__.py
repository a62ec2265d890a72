"""The `mirano` command: a thin layer over the service layer, every command with `--json`."""

from __future__ import annotations

import importlib

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

# Each module adds its commands with `register(app)`.
COMMAND_MODULES = ("engine_cmds", "checks_cmds", "memory_cmds", "agent_cmds", "notices_cmds")

for _name in COMMAND_MODULES:
    try:
        _module = importlib.import_module(f"pipeline.cli.{_name}")
    except ModuleNotFoundError as exc:  # a domain whose commands have not landed yet
        if exc.name != f"pipeline.cli.{_name}":
            raise
        continue
    _module.register(app)
