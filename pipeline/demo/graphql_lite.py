"""Just enough GraphQL for the demo Linear API: parse an operation, bind its variables, project results.

It reads real GraphQL text (operations, variables with types, arguments, nested selections, aliases) and
answers only what was selected; a field the schema object does not have is an error, as on the real server.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

_TOKEN = re.compile(
    r'(?P<skip>[\s,]+|#[^\n]*)|(?P<block>"""(?:.|\n)*?""")|(?P<string>"(?:[^"\\]|\\.)*")'
    r"|(?P<number>-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|(?P<name>[_A-Za-z][_0-9A-Za-z]*)|(?P<punct>\.\.\.|[!$():=@\[\]{}|&])"
)


class GraphQLError(ValueError):
    """A request the demo server cannot execute; answered as {"errors": [{"message": …}]}."""


@dataclass
class Field:
    name: str
    alias: str | None = None
    args: dict[str, Any] = field(default_factory=dict)
    selections: list[Field] = field(default_factory=list)

    @property
    def key(self) -> str:
        return self.alias or self.name


@dataclass
class Operation:
    kind: str  # query | mutation
    name: str | None
    variables: dict[str, str]  # name -> type text
    selections: list[Field]


class _Var:
    def __init__(self, name: str) -> None:
        self.name = name


def _tokens(text: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    pos = 0
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if not match:
            raise GraphQLError(f"Syntax Error: unexpected character {text[pos]!r}")
        pos = match.end()
        kind = match.lastgroup or ""
        if kind != "skip":
            out.append((kind, match.group()))
    return out


class _Parser:
    def __init__(self, text: str) -> None:
        self.toks = _tokens(text)
        self.i = 0

    def peek(self) -> str | None:
        return self.toks[self.i][1] if self.i < len(self.toks) else None

    def take(self, expected: str | None = None) -> tuple[str, str]:
        if self.i >= len(self.toks):
            raise GraphQLError(f"Syntax Error: expected {expected or 'more'}, found <EOF>")
        tok = self.toks[self.i]
        if expected is not None and tok[1] != expected:
            raise GraphQLError(f"Syntax Error: expected {expected!r}, found {tok[1]!r}")
        self.i += 1
        return tok

    def operations(self) -> list[Operation]:
        ops = []
        while self.peek() is not None:
            ops.append(self.operation())
        return ops

    def operation(self) -> Operation:
        if self.peek() == "{":
            return Operation("query", None, {}, self.selection_set())
        kind = self.take()[1]
        if kind not in ("query", "mutation"):
            raise GraphQLError(f"Syntax Error: unexpected {kind!r}")
        name = self.take()[1] if self.peek() not in ("(", "{") else None
        variables: dict[str, str] = {}
        if self.peek() == "(":
            self.take("(")
            while self.peek() != ")":
                self.take("$")
                var = self.take()[1]
                self.take(":")
                variables[var] = self.type_ref()
                if self.peek() == "=":
                    self.take("=")
                    self.value()
            self.take(")")
        return Operation(kind, name, variables, self.selection_set())

    def type_ref(self) -> str:
        if self.peek() == "[":
            self.take("[")
            inner = self.type_ref()
            self.take("]")
            text = f"[{inner}]"
        else:
            text = self.take()[1]
        if self.peek() == "!":
            self.take("!")
            text += "!"
        return text

    def selection_set(self) -> list[Field]:
        self.take("{")
        fields = []
        while self.peek() != "}":
            fields.append(self.field())
        self.take("}")
        return fields

    def field(self) -> Field:
        kind, name = self.take()
        if kind != "name":
            raise GraphQLError(f"Syntax Error: expected a field name, found {name!r}")
        alias = None
        if self.peek() == ":":
            self.take(":")
            alias, name = name, self.take()[1]
        args: dict[str, Any] = {}
        if self.peek() == "(":
            self.take("(")
            while self.peek() != ")":
                arg = self.take()[1]
                self.take(":")
                args[arg] = self.value()
            self.take(")")
        selections = self.selection_set() if self.peek() == "{" else []
        return Field(name, alias, args, selections)

    def value(self) -> Any:
        kind, text = self.take()
        if text == "$":
            return _Var(self.take()[1])
        if kind == "string":
            return json.loads(text)
        if kind == "block":
            return text[3:-3]
        if kind == "number":
            return float(text) if any(c in text for c in ".eE") else int(text)
        if text == "[":
            items = []
            while self.peek() != "]":
                items.append(self.value())
            self.take("]")
            return items
        if text == "{":
            obj = {}
            while self.peek() != "}":
                key = self.take()[1]
                self.take(":")
                obj[key] = self.value()
            self.take("}")
            return obj
        return {"true": True, "false": False, "null": None}.get(text, text)  # enums stay names


def parse(query: str, operation_name: str | None = None) -> Operation:
    """The operation to run (by name when the document has several)."""
    ops = _Parser(query).operations()
    if not ops:
        raise GraphQLError("Syntax Error: the document has no operation")
    if operation_name:
        for op in ops:
            if op.name == operation_name:
                return op
        raise GraphQLError(f'Unknown operation named "{operation_name}".')
    if len(ops) > 1:
        raise GraphQLError("Must provide operation name if query contains multiple operations.")
    return ops[0]


def bind(value: Any, variables: dict[str, Any], declared: dict[str, str]) -> Any:
    """Replace $variables in an argument value; an undeclared or missing required variable is an error."""
    if isinstance(value, _Var):
        if value.name not in declared:
            raise GraphQLError(f'Variable "${value.name}" is not defined.')
        if value.name not in variables and declared[value.name].endswith("!"):
            raise GraphQLError(
                f'Variable "${value.name}" of required type "{declared[value.name]}" was not provided.'
            )
        return variables.get(value.name)
    if isinstance(value, list):
        return [bind(v, variables, declared) for v in value]
    if isinstance(value, dict):
        return {k: bind(v, variables, declared) for k, v in value.items()}
    return value


Resolver = Callable[[dict[str, Any]], Any]


def project(obj: Any, selections: list[Field], variables: dict[str, Any], declared: dict[str, str]) -> Any:
    """The selected fields of obj; callables in obj are resolved with the field's arguments."""
    if isinstance(obj, list):
        return [project(item, selections, variables, declared) for item in obj]
    if obj is None or not selections:
        return obj
    typename = obj.get("__typename", "Object")
    out: dict[str, Any] = {}
    for f in selections:
        if f.name == "__typename":
            out[f.key] = typename
            continue
        if f.name not in obj:
            raise GraphQLError(f'Cannot query field "{f.name}" on type "{typename}".')
        value = obj[f.name]
        if callable(value):
            value = value(bind(f.args, variables, declared))
        if f.selections and value is not None and not isinstance(value, dict | list):
            raise GraphQLError(
                f'Field "{f.name}" must not have a selection since type "{typename}" has no subfields.'
            )
        if isinstance(value, dict | list) and not f.selections and value:
            raise GraphQLError(f'Field "{f.name}" of type "{typename}" must have a selection of subfields.')
        out[f.key] = project(value, f.selections, variables, declared)
    return out
