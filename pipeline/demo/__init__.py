"""Bundled demo servers: property-check sources and the Chatwoot, Linear and Attio APIs, on 127.0.0.1."""

from __future__ import annotations

from pipeline.demo.server import App, DemoCalendar, DemoServer


def build_apps(epoch: float | None = None) -> dict[str, App]:
    """Every demo app keyed by its mount prefix (`/sources/court`, `/chatwoot`, ...), its dates written from
    epoch (unix seconds; now when None)."""
    from pipeline.demo import property_sources, vendors

    calendar = DemoCalendar() if epoch is None else DemoCalendar(epoch)
    return {**property_sources.apps(calendar), **vendors.apps(calendar)}


def start_demo_server(port: int = 0, epoch: float | None = None) -> DemoServer:
    return DemoServer(build_apps(epoch), port=port).start()
