"""`forget person|check|project`: one transaction removes the rows, then derived files are rewritten.

Order: refuse while a run or a check holds the data; delete and scrub in one transaction with SQLite's
secure_delete on, writing the audit line (who, when, kind, counts) in the same commit; then rewrite the FAISS
files from the vectors left, drop the assistant's threads that quote a person, VACUUM and empty the WAL.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pipeline.config import get_settings
from pipeline.db import session_scope
from pipeline.engine import clock
from pipeline.engine.exceptions import BadInput
from pipeline.erasure import checks_data, memory_data, traces
from pipeline.erasure.holds import refuse_if_held
from pipeline.erasure.names import Person
from pipeline.models.checks import SearchJob
from pipeline.models.erasure import ErasureAudit
from pipeline.models.memory import Project

Eraser = Callable[[Session, Counter[str]], None]


def _erase(
    kind: str, target: str, who: str, erase: Eraser, holds: Callable[[Session], None]
) -> dict[str, Any]:
    tally: Counter[str] = Counter()
    with session_scope() as s:
        holds(s)
        traces.secure_delete(s, True)
        try:
            erase(s, tally)
            traces.optimize_keyword_index(s)
            counts = {k: v for k, v in sorted(tally.items()) if v}
            audit = ErasureAudit(at=clock.now(), who=who, kind=kind, target=target, counts=counts)
            s.add(audit)
            s.flush()
            audit_id = audit.id
        finally:
            traces.secure_delete(s, False)
    return {"audit_id": audit_id, "kind": kind, "target": target, "who": who, "counts": counts}


def _finish(result: dict[str, Any], person: Person | None = None) -> dict[str, Any]:
    """Rewrite what is derived from the rows (index files, threads) and compact the database."""
    extra: Counter[str] = Counter()
    result["index_files_rewritten"] = memory_data.rebuild_indexes()
    if person is not None:
        traces.drop_threads(get_settings().data_dir / "assistant.db", person, extra)
    result["counts"].update({k: v for k, v in extra.items() if v})
    result["compacted"] = traces.compact(get_settings().resolved_database_url)
    if extra:
        with session_scope() as s:
            audit = s.get(ErasureAudit, result["audit_id"])
            if audit is not None:
                audit.counts = dict(result["counts"])
    return result


def forget_person(written: str, who: str) -> dict[str, Any]:
    """Erase everything that names a person ("ФИО[, дата рождения]"); the audit keeps no part of the name."""
    person = Person.parse(written)

    def erase(s: Session, tally: Counter[str]) -> None:
        checks_data.forget_person_facts(s, person, tally)
        memory_data.forget_person_memory(s, person, tally)
        traces.scrub_mentions(s, person, tally)

    def holds(s: Session) -> None:
        refuse_if_held(s, memory_scopes=None, check_id=None, any_check=True)

    return _finish(_erase("person", "person", who, erase, holds), person)


def forget_check(check_id: int, who: str) -> dict[str, Any]:
    """Erase a check: its input, tasks, the facts and evidence it fetched, its snapshots, risk and notices."""

    def erase(s: Session, tally: Counter[str]) -> None:
        job = s.get(SearchJob, check_id)
        if job is None:
            raise BadInput("check", f"no check #{check_id}")
        checks_data.forget_check_rows(s, job, tally)

    def holds(s: Session) -> None:
        if s.get(SearchJob, check_id) is None:
            raise BadInput("check", f"no check #{check_id}")
        refuse_if_held(s, memory_scopes=set(), check_id=check_id, any_check=False)

    return _finish(_erase("check", f"check {check_id}", who, erase, holds))


def forget_project(slug: str, who: str) -> dict[str, Any]:
    """Erase a project: its bindings, imported documents, chunks, vectors, commitments, risks, digests, actions."""

    def project(s: Session) -> Project:
        found = s.scalar(select(Project).where(Project.slug == slug))
        if found is None:
            raise BadInput("project", f"no project '{slug}'")
        return found

    def erase(s: Session, tally: Counter[str]) -> None:
        memory_data.forget_project_rows(s, project(s), tally)

    def holds(s: Session) -> None:
        project(s)
        refuse_if_held(s, memory_scopes={slug, "global"}, check_id=None, any_check=False)

    return _finish(_erase("project", f"project {slug}"[:120], who, erase, holds))


def audit_lines(limit: int = 50) -> list[dict[str, Any]]:
    """The latest erasures: who, when, what kind, counts."""
    from pipeline.db import read_scope

    with read_scope() as s:
        rows = s.scalars(select(ErasureAudit).order_by(ErasureAudit.id.desc()).limit(limit))
        return [
            {
                "id": r.id,
                "at": r.at.isoformat(timespec="seconds"),
                "who": r.who,
                "kind": r.kind,
                "target": r.target,
                "counts": dict(r.counts or {}),
            }
            for r in rows
        ]
