"""The one typed envelope every tool returns, and the obligations it puts on the answer.

`data` is what was found; `cite` the run, check, fact, evidence … ids the answer must cite; `pending`, `reused`
and `stale` what it must say honestly; `note` a reason a person can read when nothing was found. Tools build it
with `envelope(...)`, the honesty rules read it back with `Grounds.from_messages(...)`, the offline model's
templates render its `data`. Text that came from outside is wrapped as <<<DATA … DATA>>>.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypedDict

from langchain_core.messages import BaseMessage, ToolMessage

DATA_OPEN, DATA_CLOSE = "<<<DATA", "DATA>>>"
OBLIGATIONS = ("cite", "pending", "reused", "stale")


class Envelope(TypedDict, total=False):
    """A tool result as the model sees it (JSON)."""

    data: Any
    cite: list[dict[str, Any]]
    pending: list[dict[str, Any]]
    reused: list[dict[str, Any]]
    stale: list[dict[str, Any]]
    note: str


def as_data(text: Any) -> str | None:
    """Wrap outside text so the model reads it as data; delimiters inside it are defused."""
    if text is None:
        return None
    body = str(text).replace("<<<", "‹‹‹").replace(">>>", "›››")
    return f"{DATA_OPEN} {body} {DATA_CLOSE}"


def unwrap(text: Any) -> str:
    """Outside text without its data delimiters (for quoting it)."""
    return " ".join(str(text or "").replace(DATA_OPEN, "").replace(DATA_CLOSE, "").split())


def envelope(
    data: Any,
    *,
    cite: Iterable[tuple[str, Any]] = (),
    pending: Iterable[dict] = (),
    reused: Iterable[dict] = (),
    stale: Iterable[dict] = (),
    note: str | None = None,
) -> Envelope:
    """A JSON-safe tool result with the honesty obligations it creates."""
    result: dict[str, Any] = {
        "data": data,
        "cite": [{"kind": k, "id": i} for k, i in dict.fromkeys(cite) if i],
    }
    for key, items in (("pending", pending), ("reused", reused), ("stale", stale)):
        items = list(items)
        if items:
            result[key] = items
    if note:
        result["note"] = note
    return json.loads(json.dumps(result, ensure_ascii=False, default=str))


def unknown(reason: str) -> Envelope:
    """Nothing found, and why (a sentence for a person)."""
    return envelope(None, note=reason)


def parse(message: ToolMessage) -> Envelope:
    """A ToolMessage back as an envelope; a tool's error text becomes its note."""
    text = message.content if isinstance(message.content, str) else json.dumps(message.content)
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        value = None
    if isinstance(value, dict) and "data" in value:
        return value  # type: ignore[return-value]
    return {"data": None, "cite": [], "note": text[:300]}


@dataclass
class Grounds:
    """What the tool results of one turn oblige the answer to say."""

    cite: list[dict[str, Any]] = field(default_factory=list)
    pending: list[dict[str, Any]] = field(default_factory=list)
    reused: list[dict[str, Any]] = field(default_factory=list)
    stale: list[dict[str, Any]] = field(default_factory=list)

    def add(self, result: Envelope) -> None:
        for key in OBLIGATIONS:
            for item in result.get(key) or []:  # type: ignore[attr-defined]
                if item not in getattr(self, key):
                    getattr(self, key).append(item)

    @classmethod
    def from_messages(cls, messages: Sequence[BaseMessage]) -> Grounds:
        """Collect the obligations of the ToolMessages of the current turn."""
        grounds = cls()
        for message in messages:
            if isinstance(message, ToolMessage):
                grounds.add(parse(message))
        return grounds
