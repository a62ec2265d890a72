"""The assistant's read-only tools, one module per part of the service layer (engine, checks, memory, notices).

Each tool is a plain typed function whose docstring is what the model reads: a summary, then an `Args:` section
describing every argument (parsed into the JSON schema the online model gets). A tool's name is its function's
name, written once: the offline model plans calls and picks its templates by the function itself.
No tool starts, applies or changes anything.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from langchain_core.tools import BaseTool, StructuredTool

from agent.envelope import Envelope
from agent.tools.activity import ACTIVITY_TOOLS
from agent.tools.checks import CHECK_TOOLS
from agent.tools.control import CONTROL_TOOLS
from agent.tools.engine import ENGINE_TOOLS
from agent.tools.glossary import GLOSSARY_TOOLS
from agent.tools.memory import MEMORY_TOOLS
from agent.tools.notices import NOTICE_TOOLS
from agent.tools.snapshots import SNAPSHOT_TOOLS

Tool = Callable[..., Envelope]
TOOLS: list[Tool] = [
    *ENGINE_TOOLS,
    *CONTROL_TOOLS,
    *CHECK_TOOLS,
    *SNAPSHOT_TOOLS,
    *MEMORY_TOOLS,
    *NOTICE_TOOLS,
    *GLOSSARY_TOOLS,
    *ACTIVITY_TOOLS,
]
TOOL_NAMES = frozenset(t.__name__ for t in TOOLS)
BY_NAME: dict[str, Tool] = {t.__name__: t for t in TOOLS}


@lru_cache(maxsize=1)
def structured_tools() -> tuple[BaseTool, ...]:
    """The tools as LangChain tools: name, description and per-argument schema from the docstrings."""
    return tuple(
        StructuredTool.from_function(func, parse_docstring=True, error_on_invalid_docstring=False)
        for func in TOOLS
    )


def name_of(tool: Tool) -> str:
    return tool.__name__


def call_args(tool: Tool, args: dict[str, Any]) -> dict[str, Any]:
    """Only the arguments the tool takes, without empty ones."""
    import inspect

    accepted = inspect.signature(tool).parameters
    return {k: v for k, v in args.items() if k in accepted and v is not None}
