"""Project-memory tables (projects, bindings, cursors, documents, chunks, entities, digests, actions).

The database is the truth: every chunk's vector is stored here (`MemoryVector`, keyed by content hash and
embedder), so the FAISS file under data/ can always be rebuilt without embedding anything again.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from pipeline.models.base import Base, ScrubbedText, utcnow


class Project(Base):
    """A client project; only active projects with bindings are imported."""

    __tablename__ = "memory_projects"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Binding(Base):
    """A project bound to one vendor object: chatwoot inbox|contact, linear team|project, attio company|deal."""

    __tablename__ = "memory_bindings"
    __table_args__ = (UniqueConstraint("source", "kind", "external_id", name="uq_memory_bindings_object"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("memory_projects.id", ondelete="CASCADE"), index=True)
    source: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(16))
    external_id: Mapped[str] = mapped_column(String(100))
    name: Mapped[str | None] = mapped_column(String(200))  # the vendor's name for it, when looked up (0020)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class SyncCursor(Base):
    """Where the last committed sync of (project, source) stopped, per binding; moves only with its batch."""

    __tablename__ = "memory_sync_cursors"

    project_id: Mapped[int] = mapped_column(
        ForeignKey("memory_projects.id", ondelete="CASCADE"), primary_key=True
    )
    source: Mapped[str] = mapped_column(String(16), primary_key=True)
    position: Mapped[dict[str, Any]] = mapped_column(default=dict)  # "inbox:1" -> cursor value
    imported: Mapped[int] = mapped_column(default=0)
    updated: Mapped[int] = mapped_column(default=0)
    synced_at: Mapped[datetime | None]


class Document(Base):
    """One imported vendor object: a message, issue, comment, record or note; edits update it in place."""

    __tablename__ = "memory_documents"
    __table_args__ = (
        UniqueConstraint("source", "external_id", name="uq_memory_documents_source_external_id"),
        Index("ix_memory_documents_project_time", "project_id", "source_updated_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("memory_projects.id", ondelete="CASCADE"))
    source: Mapped[str] = mapped_column(String(16))
    object_type: Mapped[str] = mapped_column(String(16))  # message | issue | comment | record | note
    external_id: Mapped[str] = mapped_column(String(120))
    parent_id: Mapped[str | None] = mapped_column(String(120))  # conversation, issue or record it belongs to
    title: Mapped[str | None] = mapped_column(Text)
    content: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))
    author: Mapped[str | None] = mapped_column(String(200))
    url: Mapped[str | None] = mapped_column(Text)
    private: Mapped[bool] = mapped_column(default=False)  # a team-internal note
    meta: Mapped[dict[str, Any]] = mapped_column(default=dict)
    source_created_at: Mapped[datetime | None]
    source_updated_at: Mapped[datetime | None]
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(default=1)
    chunked_hash: Mapped[str | None] = mapped_column(String(64))  # content_hash the chunks were built from


class MemoryVector(Base):
    """One embedding per (embedder, content hash): the same text is never embedded twice."""

    __tablename__ = "memory_vectors"
    __table_args__ = (UniqueConstraint("embedder", "content_hash", name="uq_memory_vectors_embedder_hash"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    embedder: Mapped[str] = mapped_column(String(80))
    content_hash: Mapped[str] = mapped_column(String(64))
    dim: Mapped[int]
    vector: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Chunk(Base):
    """A piece of a document's text with its metadata; its id is its id in the FAISS index."""

    __tablename__ = "memory_chunks"
    __table_args__ = (
        UniqueConstraint("document_id", "position", name="uq_memory_chunks_document_position"),
        Index("ix_memory_chunks_project_status", "project_id", "embed_status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("memory_documents.id", ondelete="CASCADE"))
    project_id: Mapped[int] = mapped_column(ForeignKey("memory_projects.id", ondelete="CASCADE"))
    position: Mapped[int]
    text: Mapped[str] = mapped_column(Text)
    # the text's words as search terms (pipeline.text.lemmas.index_text): what the keyword index holds
    terms: Mapped[str] = mapped_column(Text, default="", server_default="")
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    embedder: Mapped[str | None] = mapped_column(String(80))
    vector_id: Mapped[int | None] = mapped_column(ForeignKey("memory_vectors.id"))
    embed_status: Mapped[str] = mapped_column(String(12), default="pending")  # pending | embedded | failed
    embed_error: Mapped[str | None] = mapped_column(ScrubbedText)
    embed_attempts: Mapped[int] = mapped_column(default=0, server_default="0")  # failed ones are tried again
    source_time: Mapped[datetime | None]  # the document's vendor time, for "newest first"
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    extracted_at: Mapped[datetime | None]


class Entity(Base):
    """A commitment or risk; the dedupe key is unique per project so seeing it again updates it."""

    __tablename__ = "memory_entities"
    __table_args__ = (UniqueConstraint("project_id", "kind", "key", name="uq_memory_entities_project_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("memory_projects.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(12))  # commitment | risk
    subtype: Mapped[str] = mapped_column(String(40))
    tags: Mapped[list[Any] | None]  # every subtype the statement carries, subtype first (one risk, both tags)
    key: Mapped[str] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text)
    due: Mapped[str | None] = mapped_column(String(100))
    confidence: Mapped[float]
    status: Mapped[str] = mapped_column(String(12))  # proposed | active | dismissed
    status_by: Mapped[str] = mapped_column(String(80), default="gate")  # gate, or who promoted/dismissed it
    seen_count: Mapped[int] = mapped_column(default=1)
    extractor: Mapped[str] = mapped_column(String(20), default="offline")
    first_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)


class EntityChunk(Base):
    """Which chunks an entity came from."""

    __tablename__ = "memory_entity_chunks"

    entity_id: Mapped[int] = mapped_column(
        ForeignKey("memory_entities.id", ondelete="CASCADE"), primary_key=True
    )
    chunk_id: Mapped[int] = mapped_column(
        ForeignKey("memory_chunks.id", ondelete="CASCADE"), primary_key=True
    )
    quote: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Digest(Base):
    """A weekly digest of one project for one period; every generation is a new version."""

    __tablename__ = "memory_digests"
    __table_args__ = (
        UniqueConstraint("project_id", "period_start", "version", name="uq_memory_digests_version"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("memory_projects.id", ondelete="CASCADE"))
    period_start: Mapped[datetime]
    period_end: Mapped[datetime]
    version: Mapped[int]
    content: Mapped[str] = mapped_column(Text)
    stats: Mapped[dict[str, Any]] = mapped_column(default=dict)
    trigger: Mapped[str] = mapped_column(String(16), default="schedule")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Action(Base):
    """A suggested Linear issue or Attio note; `payload` is the body apply sends (to the vendor URL of the moment)."""

    __tablename__ = "memory_actions"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("memory_projects.id", ondelete="CASCADE"), index=True)
    entity_id: Mapped[int | None] = mapped_column(ForeignKey("memory_entities.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(20))  # linear_issue | attio_note
    target: Mapped[str] = mapped_column(String(160))  # "linear team:<id>", "attio companies:<record id>"
    title: Mapped[str] = mapped_column(Text)
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # suggested | in_doubt (sent, answer not recorded) | applied | failed
    status: Mapped[str] = mapped_column(String(12), default="suggested")
    idempotency_key: Mapped[str] = mapped_column(String(120), unique=True)
    result: Mapped[dict[str, Any] | None] = mapped_column(default=None)
    error: Mapped[str | None] = mapped_column(ScrubbedText)
    applied_by: Mapped[str | None] = mapped_column(String(120))
    applied_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ActionAudit(Base):
    """Every apply attempt: who, when, what was sent and what came back (kept even when it failed).

    Written before the remote call (outcome "in_doubt", the intent) and completed after it, so a crash in
    between leaves a row that says so instead of a vendor write nobody recorded.
    """

    __tablename__ = "memory_action_audit"

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("memory_actions.id", ondelete="CASCADE"), index=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("memory_projects.id", ondelete="CASCADE"))
    actor: Mapped[str] = mapped_column(String(120))
    # in_doubt (intent written, no answer yet) | applied | already_applied | failed | reconciled
    outcome: Mapped[str] = mapped_column(String(20))
    request: Mapped[dict[str, Any]] = mapped_column(default=dict)
    response: Mapped[dict[str, Any] | None] = mapped_column(default=None)
    error: Mapped[str | None] = mapped_column(ScrubbedText)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    completed_at: Mapped[datetime | None]


class VendorHint(Base):
    """An object a vendor said changed (a Chatwoot webhook): the next sync re-reads it from the API."""

    __tablename__ = "memory_vendor_hints"
    __table_args__ = (
        UniqueConstraint("source", "object_type", "object_id", name="uq_memory_vendor_hints_object"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(16))
    object_type: Mapped[str] = mapped_column(String(16))  # conversation
    object_id: Mapped[str] = mapped_column(String(100))
    event: Mapped[str] = mapped_column(String(40))  # message_created | message_updated | conversation_updated
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
