"""Trim Linear's published SDL to the types Mirano's connector and demo server touch; writes linear.graphql.

Run from the repository root:  python tests/vendors/trim_linear_sdl.py /path/to/linear.schema.graphql.gz

The trim is by type, never by the connector's documents: every field of a kept type stays unless its type (or
a required argument's type) is outside the kept set, so a query the connector sends can still fail validation
(a misspelt field, a wrong argument type, a field Linear does not have).
"""

from __future__ import annotations

import dataclasses
import gzip
import sys
from pathlib import Path

from graphql import parse, print_ast
from graphql.language import ast

SOURCE = "linear/linear packages/sdk/src/schema.graphql at commit 8335e09a"
KEEP = {
    # roots and the objects the connector reads or creates
    "Query",
    "Mutation",
    "Node",
    "Issue",
    "IssueConnection",
    "IssueEdge",
    "PageInfo",
    "Comment",
    "CommentConnection",
    "CommentEdge",
    "User",
    "Team",
    "TeamConnection",
    "TeamEdge",
    "Project",
    "WorkflowState",
    "IssuePayload",
    # arguments: filters, ordering, creation input
    "IssueFilter",
    "IssueCreateInput",
    "PaginationOrderBy",
    "DateComparator",
    "NullableDateComparator",
    "IDComparator",
    "StringComparator",
    "NullableStringComparator",
    "NumberComparator",
    "NullableNumberComparator",
    "TeamFilter",
    "NullableProjectFilter",
    "ProjectFilter",
    "CommentFilter",
    "NullableTimelessDateComparator",
    # scalars
    "DateTime",
    "DateTimeOrDuration",
    "TimelessDate",
    "TimelessDateOrDuration",
    "JSON",
    "JSONObject",
    "UUID",
}
BUILTIN = {"String", "Int", "Float", "Boolean", "ID"}


def named(type_node: ast.TypeNode) -> str:
    while not isinstance(type_node, ast.NamedTypeNode):
        type_node = type_node.type  # type: ignore[attr-defined]
    return type_node.name.value


def known(type_node: ast.TypeNode) -> bool:
    return named(type_node) in KEEP | BUILTIN


def trim_args(args: tuple[ast.InputValueDefinitionNode, ...] | None) -> tuple | None:
    """Arguments of a kept field; None when a required argument's type is not kept (drop the field)."""
    kept = []
    for arg in args or ():
        if known(arg.type):
            kept.append(arg)
        elif isinstance(arg.type, ast.NonNullTypeNode) and arg.default_value is None:
            return None
    return tuple(kept)


def trim(definition: ast.DefinitionNode) -> ast.DefinitionNode | None:
    name = getattr(getattr(definition, "name", None), "value", None)
    if name not in KEEP or isinstance(definition, ast.DirectiveDefinitionNode):
        return None
    if isinstance(definition, ast.ObjectTypeDefinitionNode | ast.InterfaceTypeDefinitionNode):
        fields = []
        for f in definition.fields or ():
            args = trim_args(f.arguments)
            if args is not None and known(f.type):
                fields.append(dataclasses.replace(f, arguments=args))
        interfaces = tuple(i for i in definition.interfaces or () if i.name.value in KEEP)
        return dataclasses.replace(definition, fields=tuple(fields), interfaces=interfaces)
    elif isinstance(definition, ast.InputObjectTypeDefinitionNode):
        fields = []
        for f in definition.fields or ():
            if known(f.type):
                fields.append(f)
            elif isinstance(f.type, ast.NonNullTypeNode):
                raise SystemExit(
                    f"{name}.{f.name.value} is required but its type is not kept: add it to KEEP"
                )
        return dataclasses.replace(definition, fields=tuple(fields))
    return definition


def main(path: str) -> None:
    with gzip.open(path, "rt", encoding="utf-8") as sdl:
        document = parse(sdl.read(), no_location=True)
    kept = [d for d in (trim(d) for d in document.definitions) if d is not None]
    missing = KEEP - {d.name.value for d in kept}  # type: ignore[attr-defined]
    if missing:
        raise SystemExit(f"not in the published schema: {sorted(missing)}")
    text = print_ast(ast.DocumentNode(definitions=tuple(kept)))
    header = (
        f"# Trimmed from {SOURCE} by tests/vendors/trim_linear_sdl.py (types in KEEP, fields unchanged).\n\n"
    )
    for target in (Path("tests/vendors/linear.graphql"), Path("pipeline/demo/linear_schema.graphql")):
        target.write_text(header + text + "\n", encoding="utf-8")
        print(f"wrote {target} ({len(kept)} types, {len(text)} characters)")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/vendor-specs/linear.schema.graphql.gz")
