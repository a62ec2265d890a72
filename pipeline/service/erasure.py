"""Erasure for every surface (CLI, dashboard): forget a person, a check or a project; the audit of erasures."""

from __future__ import annotations

from typing import Any

from pipeline.erasure import forget
from pipeline.erasure.holds import ErasureRefused
from pipeline.people.directory import require
from pipeline.service import domains  # noqa: F401 — registers every domain's jobs and handlers

__all__ = ["ErasureRefused", "audit", "forget_check", "forget_person", "forget_project"]


def forget_person(written: str, who: str | None = None) -> dict[str, Any]:
    """Erase every fact, document, entity, notice and thread that names the person ("ФИО[, дата рождения]")."""
    return forget.forget_person(written, require("forget", who))


def forget_check(check_id: int, who: str | None = None) -> dict[str, Any]:
    return forget.forget_check(check_id, require("forget", who))


def forget_project(slug: str, who: str | None = None) -> dict[str, Any]:
    return forget.forget_project(slug.strip(), require("forget", who))


def audit(limit: int = 50) -> list[dict[str, Any]]:
    return forget.audit_lines(limit)
