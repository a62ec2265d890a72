"""Property-check tables (SearchJob, SearchTask, subjects, facts, evidence, snapshots)."""
