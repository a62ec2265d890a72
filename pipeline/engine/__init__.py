"""The job engine shared by both pipelines: registry, runs, leases, backoff, task queue, scheduler."""
