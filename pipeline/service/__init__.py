"""The read/command layer that `ui/`, `agent/` and the CLI use; `domains` is the composition root of the jobs."""
