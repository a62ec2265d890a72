"""Project-memory tables (projects, bindings, cursors, documents, chunks, entities, digests, actions)."""
