"""The assistant's state: the conversation of one thread (kept by the SQLite checkpointer)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Annotated

from langchain_core.messages import AnyMessage
from langgraph.graph import add_messages
from langgraph.managed import IsLastStep


@dataclass
class InputState:
    """What a caller sends: the new question as a message; earlier turns come from the checkpointer."""

    messages: Annotated[Sequence[AnyMessage], add_messages] = field(default_factory=list)


@dataclass
class State(InputState):
    """The full state: messages plus LangGraph's step guard (answer before the recursion limit)."""

    is_last_step: IsLastStep = field(default=False)
