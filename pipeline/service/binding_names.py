"""The vendor's names of bound objects: a binding shows "Альфа Строй (id …)", not a bare UUID.

`mirano bind` stores the name the binding check got; bindings made before names were kept, or by the demo set-up
(no vendor asked), are named here by the same check: `mirano projects --names`, the memory page's button, and
once when the dashboard's runtime starts.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from pipeline.db import read_scope, session_scope
from pipeline.memory import projects as proj
from pipeline.memory.binding_check import check_target
from pipeline.models.memory import Binding
from pipeline.people.directory import require

NAME_MAX = 200


def name_bindings(project: str | None = None, *, check_role: bool = True) -> dict[str, Any]:
    """Ask each vendor the name of the bound objects that have none stored and store what it answers:
    {named: [{source, target, name}], unchecked: [{source, target, reason}]}. Needs the role that binds."""
    if check_role:
        require("bind")
    with read_scope() as s:
        query = select(Binding.id, Binding.source, Binding.kind, Binding.external_id).where(
            Binding.name.is_(None)
        )
        if project is not None:
            query = query.where(Binding.project_id == proj.get_project(s, project).id)
        todo = list(s.execute(query.order_by(Binding.id)))
    named, unchecked, ids = [], [], []
    for row in todo:  # one vendor call per object, outside any transaction
        checked = check_target(row.source, row.kind, row.external_id)
        target = f"{row.kind}:{row.external_id}"
        if checked.found and checked.name:
            named.append({"source": row.source, "target": target, "name": checked.name[:NAME_MAX]})
            ids.append(row.id)
        else:
            why = checked.reason or ("not found" if checked.found is False else "the vendor gave no name")
            unchecked.append({"source": row.source, "target": target, "reason": why})
    if named:
        with session_scope() as s:
            for binding_id, item in zip(ids, named, strict=True):
                binding = s.get(Binding, binding_id)
                if binding is not None and binding.name is None:
                    binding.name = item["name"]
    return {"named": named, "unchecked": unchecked}


ATTIO_OBJECTS = {"company": "companies", "deal": "deals"}  # an action's target names Attio's object, plural


def names_by_target() -> dict[str, str]:
    """The stored names by the target an action writes to: {"linear team:<id>": "Альфа Строй", "attio companies:<id>": …}."""
    with read_scope() as s:
        rows = s.execute(
            select(Binding.source, Binding.kind, Binding.external_id, Binding.name).where(
                Binding.name.is_not(None)
            )
        )
        return {
            f"{r.source} {ATTIO_OBJECTS.get(r.kind, r.kind) if r.source == 'attio' else r.kind}:{r.external_id}": r.name
            for r in rows
        }
