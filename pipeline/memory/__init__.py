"""Pipeline B: project memory (vendor sync, chunks and embeddings, extraction, digests, actions)."""
