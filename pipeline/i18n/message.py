"""A sentence kept as its catalog id and parameters, so an error raised deep in the pipeline reads in any language.

The pipeline raises with a `Message` instead of a finished English string; `str(message)` is the English (what the
CLI, logs and stored reasons keep), `message.render("ru")` is the same sentence from the Russian catalog. Parameters
may be messages themselves (a part's name inside a refusal) or lists of them (joined with ", ").

    Message("{text} is missing {parts}", text="'asdf'", parts=[Message("the street")]).render("ru")
    # → "в адресе 'asdf' нет: улица"
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Message:
    """A catalog message id with its parameters; rendered in the reader's language only at the edge."""

    msgid: str
    params: dict[str, Any] = field(default_factory=dict)

    def __init__(self, msgid: str, /, **params: Any) -> None:
        object.__setattr__(self, "msgid", msgid)
        object.__setattr__(self, "params", params)

    def render(self, lang: str) -> str:
        from pipeline.i18n import tr

        values = {name: render(value, lang) for name, value in self.params.items()}
        return tr(lang, self.msgid, **values)

    def __str__(self) -> str:
        return self.render("en")


def render(value: Any, lang: str) -> str:
    """A parameter in `lang`: messages rendered, lists joined, anything else (names, quotes, numbers) as is."""
    if isinstance(value, Message):
        return value.render(lang)
    if isinstance(value, list | tuple):
        return ", ".join(render(v, lang) for v in value)
    return str(value)


def quoted(text: str) -> str:
    """A user's own words inside a sentence, quoted the way the English messages always quoted them."""
    return repr(text)
