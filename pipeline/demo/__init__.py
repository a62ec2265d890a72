"""Bundled demo servers: property-check sources and the Chatwoot, Linear and Attio APIs, on 127.0.0.1."""

from __future__ import annotations

from pipeline.demo.server import App, DemoServer


def build_apps() -> dict[str, App]:
    """Every demo app keyed by its mount prefix (`/sources/court`, `/chatwoot`, ...)."""
    from pipeline.demo import property_sources, vendors

    return {**property_sources.apps(), **vendors.apps()}


def start_demo_server(port: int = 0) -> DemoServer:
    return DemoServer(build_apps(), port=port).start()
