"""Demo Chatwoot, Linear and Attio APIs (filled in by the project-memory pipeline)."""

from __future__ import annotations

from pipeline.demo.server import App


def apps() -> dict[str, App]:
    """Vendor demo apps keyed by mount prefix."""
    return {}
