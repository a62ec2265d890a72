"""Projects and their bindings to vendor objects; which projects a sync or build should look at, in what order."""

from __future__ import annotations

import re

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from pipeline.engine.exceptions import BadInput
from pipeline.models.memory import Binding, Document, Project

SOURCES = ("chatwoot", "linear", "attio")
BINDING_KINDS = {
    "chatwoot": ("inbox", "contact"),
    "linear": ("team", "project"),
    "attio": ("company", "deal"),
}
LABELS = {"chatwoot": "Chatwoot", "linear": "Linear", "attio": "Attio"}
_SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]{0,79}$")


def parse_target(source: str, target: str) -> tuple[str, str]:
    """("inbox", "1") from "inbox:1"; a wrong source, kind or id is a BadInput naming the field."""
    if source not in BINDING_KINDS:
        raise BadInput("source", f"unknown source {source!r}; one of {', '.join(SOURCES)}")
    kind, sep, external_id = target.partition(":")
    kinds = BINDING_KINDS[source]
    if not sep or kind not in kinds or not external_id.strip():
        raise BadInput(
            "target", f"expected KIND:ID with KIND one of {', '.join(kinds)} for {source}, got {target!r}"
        )
    if source == "chatwoot" and not external_id.isdigit():
        raise BadInput("target", f"Chatwoot {kind} ids are numbers, got {external_id!r}")
    return kind, external_id.strip()


def get_project(s: Session, slug: str) -> Project:
    """The project with this slug, or BadInput."""
    project = s.scalar(select(Project).where(Project.slug == slug))
    if project is None:
        known = ", ".join(s.scalars(select(Project.slug).order_by(Project.slug))) or "none yet"
        raise BadInput("project", f"no project {slug!r} (known: {known})")
    return project


def ensure_project(s: Session, slug: str, name: str | None = None, active: bool = True) -> Project:
    """The project with this slug, created when missing."""
    if not _SLUG.match(slug):
        raise BadInput("project", f"a project slug is lowercase letters, digits, - and _ (got {slug!r})")
    project = s.scalar(select(Project).where(Project.slug == slug))
    if project is None:
        project = Project(slug=slug, name=name or slug, active=active)
        s.add(project)
        s.flush()
    return project


def bind(s: Session, slug: str, source: str, target: str) -> tuple[Binding, bool]:
    """Bind a project (created if new) to a vendor object; (binding, created). One object, one project."""
    kind, external_id = parse_target(source, target)
    project = ensure_project(s, slug)
    existing = s.scalar(
        select(Binding).where(
            Binding.source == source, Binding.kind == kind, Binding.external_id == external_id
        )
    )
    if existing is not None:
        if existing.project_id != project.id:
            other = s.get(Project, existing.project_id)
            raise BadInput(
                "target", f"{source} {kind}:{external_id} is already bound to project {other.slug!r}"
            )
        return existing, False
    binding = Binding(project_id=project.id, source=source, kind=kind, external_id=external_id)
    s.add(binding)
    s.flush()
    return binding, True


def unbind(s: Session, slug: str, source: str, target: str) -> bool:
    """Remove a binding; True if there was one. Imported documents stay (they are history)."""
    kind, external_id = parse_target(source, target)
    project = get_project(s, slug)
    binding = s.scalar(
        select(Binding).where(
            Binding.project_id == project.id,
            Binding.source == source,
            Binding.kind == kind,
            Binding.external_id == external_id,
        )
    )
    if binding is None:
        return False
    s.delete(binding)
    return True


def active_bindings(
    s: Session, source: str | None = None, scope: str = "global"
) -> list[tuple[Project, Binding]]:
    """(project, binding) of active projects, newest project first; only `scope`'s project unless global."""
    query = (
        select(Project, Binding)
        .join(Binding, Binding.project_id == Project.id)
        .where(Project.active.is_(True))
    )
    if source:
        query = query.where(Binding.source == source)
    if scope != "global":
        query = query.where(Project.slug == scope)
    query = query.order_by(Project.created_at.desc(), Project.id.desc(), Binding.id)
    return [(p, b) for p, b in s.execute(query).all()]


def no_bindings_reason(s: Session, source: str) -> str | None:
    """Why a sync of `source` has nothing to do, or None."""
    if not active_bindings(s):
        return "no active projects with bindings"
    if not active_bindings(s, source):
        return f"no active projects with {LABELS[source]} bindings"
    return None


def project_priority(s: Session) -> list[int]:
    """Project ids in build order: active first, then new (least memory so far), then newest created."""
    docs = (
        select(Document.project_id, func.count(Document.id).label("n"))
        .group_by(Document.project_id)
        .subquery()
    )
    query = (
        select(Project.id)
        .outerjoin(docs, docs.c.project_id == Project.id)
        .order_by(
            case((Project.active.is_(True), 0), else_=1),
            func.coalesce(docs.c.n, 0),
            Project.created_at.desc(),
        )
    )
    return list(s.scalars(query))
