"""People and their attention: who may do what (`people`), who watches what (`notice_watchers`) and which notices
each person has read (`notice_reads`). Facts and checks stay shared; these rows are per person."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from pipeline.models.base import Base, utcnow


class Person(Base):
    """A person who may use this deployment, by e-mail (or CLI user name), and their role."""

    __tablename__ = "people"

    email: Mapped[str] = mapped_column(String(120), primary_key=True)
    role: Mapped[str] = mapped_column(String(10))  # viewer | operator | admin
    added_by: Mapped[str] = mapped_column(String(120))
    added_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime | None]


class NoticeWatcher(Base):
    """One person's watch on a shared watch row (whose baseline and notices every watcher shares)."""

    __tablename__ = "notice_watchers"

    watch_id: Mapped[int] = mapped_column(ForeignKey("notice_watches.id"), primary_key=True)
    person: Mapped[str] = mapped_column(String(120), primary_key=True)
    since: Mapped[datetime] = mapped_column(default=utcnow)


class NoticeRead(Base):
    """One person has read one notice (and when); another person's unread count is not touched."""

    __tablename__ = "notice_reads"

    notice_id: Mapped[int] = mapped_column(ForeignKey("notices.id"), primary_key=True)
    person: Mapped[str] = mapped_column(String(120), primary_key=True)
    read_at: Mapped[datetime] = mapped_column(default=utcnow)
