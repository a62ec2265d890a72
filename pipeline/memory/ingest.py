"""Ingestion: sync bound vendor objects into documents, one committed batch at a time (dlt style).

Each batch's documents and the binding's cursor commit in one transaction, so a crash or a failure loses at
most the batch in flight and never moves the cursor past data that was not stored. Documents merge by
(source, external_id): re-running imports nothing twice and an edit upstream updates the row in place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from pipeline.db import read_scope, session_scope
from pipeline.engine import clock
from pipeline.memory.actions import own_writes, written_by_mirano
from pipeline.memory.chunking import content_hash
from pipeline.memory.projects import active_bindings
from pipeline.models.memory import Document, SyncCursor, VendorHint
from pipeline.sources import attio, chatwoot, linear
from pipeline.sources.vendor import Batch, VendorClient, VendorDoc

CONNECTORS: dict[str, tuple[Callable[[], VendorClient], Callable[[VendorClient], Any]]] = {
    "chatwoot": (chatwoot.client, chatwoot.ChatwootConnector),
    "linear": (linear.client, linear.LinearConnector),
    "attio": (attio.client, attio.AttioConnector),
}


@dataclass
class SyncResult:
    """What one sync of one source did."""

    source: str
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    batches: int = 0
    calls: int = 0
    stopped: str | None = None
    bindings: list[str] = field(default_factory=list)
    waits: list[str] = field(default_factory=list)  # rate-limit waits sat out in place, in words
    hints: int = 0  # webhook hints this sync settled
    own_writes: int = 0  # documents Mirano itself wrote into the vendor, seen and left out

    @property
    def changed(self) -> int:
        return self.imported + self.updated


def binding_key(kind: str, external_id: str) -> str:
    """The key of a binding inside its (project, source) cursor."""
    return f"{kind}:{external_id}"


def sync_source(
    source: str,
    *,
    scope: str = "global",
    should_stop: Callable[[], bool] = lambda: False,
    on_batch: Callable[[int, int], None] = lambda changed, calls: None,
    hinted_only: bool = False,
    on_planned: Callable[[int], None] = lambda batches: None,
) -> SyncResult:
    """Sync every active binding of `source`; stops between batches when `should_stop()` says so.

    `hinted_only` (a run webhooks started): re-read only what the webhooks named, where the connector can.
    `on_planned(n)`: n more batches are known to be coming, from connectors whose listing says so (Chatwoot's
    conversations); the others' pages have no total (Linear's and Attio's lists give no count)."""
    make_client, connector_class = CONNECTORS[source]
    with read_scope() as s:
        targets = [(p.id, p.slug, b.kind, b.external_id) for p, b in active_bindings(s, source, scope)]
    result = SyncResult(source)
    hints = _hints(source)
    with make_client() as http:
        connector = connector_class(http)
        if hasattr(connector, "hinted"):
            connector.hinted = {int(object_id) for object_id in hints.values() if object_id.isdigit()}
            connector.hinted_only = hinted_only
        if hasattr(connector, "planned"):
            connector.planned = on_planned
        for project_id, slug, kind, external_id in targets:
            result.bindings.append(f"{slug} {kind}:{external_id}")
            cursor = _cursor(project_id, source).get(binding_key(kind, external_id))
            for batch in connector.batches(kind, external_id, cursor):
                calls_before = result.calls
                result.calls = http.calls
                changed = commit_batch(project_id, source, binding_key(kind, external_id), batch, result)
                on_batch(changed, result.calls - calls_before)
                result.waits = list(http.waits)
                if should_stop():
                    result.stopped = "limit reached"
                    return result
        result.calls = http.calls
        result.waits = list(http.waits)
    result.hints = _settle_hints(list(hints))
    return result


def _hints(source: str) -> dict[int, str]:
    """Hint id → object id of what a vendor's webhooks said changed (read before the sync starts)."""
    with read_scope() as s:
        rows = s.execute(select(VendorHint.id, VendorHint.object_id).where(VendorHint.source == source))
        return {hint_id: object_id for hint_id, object_id in rows}


def _settle_hints(hint_ids: list[int]) -> int:
    """Remove the hints a completed sync has read (hints that arrived during it stay for the next one)."""
    if not hint_ids:
        return 0
    with session_scope() as s:
        s.execute(delete(VendorHint).where(VendorHint.id.in_(hint_ids)))
    return len(hint_ids)


def _cursor(project_id: int, source: str) -> dict[str, Any]:
    with read_scope() as s:
        row = s.get(SyncCursor, (project_id, source))
        return dict(row.position) if row else {}


def commit_batch(project_id: int, source: str, key: str, batch: Batch, result: SyncResult) -> int:
    """Merge a batch's documents and move the binding's cursor, in one transaction; returns rows changed."""
    counts = {"imported": 0, "updated": 0, "unchanged": 0}
    with session_scope() as s:
        stored, seen = _stored_versions(s, batch.docs), set()
        own = own_writes(s, source)
        for doc in batch.docs:
            ref = (doc.source, doc.external_id)
            if written_by_mirano(doc.content, doc.external_id, own):
                result.own_writes += 1  # what Mirano wrote comes back from the vendor: not new evidence
            elif ref in seen:  # a repeat within the batch: the upsert finds the first one
                counts[upsert_document(s, project_id, doc)] += 1
            elif stored.get(ref) == (document_hash(doc), doc.private):
                counts["unchanged"] += 1
            elif ref not in stored:
                s.add(_new_document(project_id, doc))
                counts["imported"] += 1
            else:
                counts[upsert_document(s, project_id, doc)] += 1
            seen.add(ref)
        row = s.get(SyncCursor, (project_id, source)) or SyncCursor(
            project_id=project_id, source=source, position={}
        )
        row.position = {**(row.position or {}), key: batch.cursor}
        row.imported = (row.imported or 0) + counts["imported"]
        row.updated = (row.updated or 0) + counts["updated"]
        row.synced_at = clock.now()
        s.add(row)
    for outcome, n in counts.items():
        setattr(result, outcome, getattr(result, outcome) + n)
    result.batches += 1
    return counts["imported"] + counts["updated"]


def document_hash(doc: VendorDoc) -> str:
    """What decides whether a document changed: its title and text."""
    return content_hash(f"{doc.title or ''}\n{doc.content}")


def _stored_versions(s: Session, docs: list[VendorDoc]) -> dict[tuple[str, str], tuple[str, bool]]:
    """(source, external id) → (content hash, private) of the batch's documents already stored, one query per
    source: a re-sync hands back mostly unchanged documents, skipped before any per-document work."""
    stored: dict[tuple[str, str], tuple[str, bool]] = {}
    for source in {doc.source for doc in docs}:
        ids = [doc.external_id for doc in docs if doc.source == source]
        query = select(Document.external_id, Document.content_hash, Document.private).where(
            Document.source == source, Document.external_id.in_(ids)
        )
        stored.update({(source, ext): (digest, private) for ext, digest, private in s.execute(query)})
    return stored


def _new_document(project_id: int, doc: VendorDoc) -> Document:
    return Document(
        project_id=project_id,
        source=doc.source,
        object_type=doc.object_type,
        external_id=doc.external_id,
        parent_id=doc.parent_id,
        title=doc.title,
        content=doc.content,
        content_hash=document_hash(doc),
        author=doc.author,
        url=doc.url,
        private=doc.private,
        meta=doc.meta,
        source_created_at=doc.created_at,
        source_updated_at=doc.updated_at,
    )


def upsert_document(s: Session, project_id: int, doc: VendorDoc) -> str:
    """Insert or update one document by (source, external_id): "imported", "updated" or "unchanged"."""
    digest = document_hash(doc)
    row = s.scalar(
        select(Document).where(Document.source == doc.source, Document.external_id == doc.external_id)
    )
    if row is None:
        s.add(_new_document(project_id, doc))
        return "imported"
    if row.content_hash == digest and row.private == doc.private:
        return "unchanged"
    row.title, row.content, row.content_hash, row.private = doc.title, doc.content, digest, doc.private
    row.author, row.meta, row.source_updated_at = doc.author, doc.meta, doc.updated_at
    row.updated_at, row.version = clock.now(), row.version + 1
    return "updated"
