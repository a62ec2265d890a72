"""Pipeline A: property checks (search jobs, source tasks, reuse with TTL, facts, risk, reports, snapshots)."""
