"""The erasure audit: who erased what kind of data, when, and how many rows of each kind (never the content)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from pipeline.models.base import Base, utcnow


class ErasureAudit(Base):
    """One `forget` that was carried out. `target` names a check or a project, never a person."""

    __tablename__ = "erasure_audit"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    who: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(12))  # person | check | project
    target: Mapped[str] = mapped_column(String(120))  # "check 4", "project acme", "person" (no name kept)
    counts: Mapped[dict[str, Any]] = mapped_column(default=dict)
