"""Mirano: background work that runs predictably, cheaply and visibly, and explains itself."""

__version__ = "0.1.0"
