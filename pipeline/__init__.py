"""Mirano: background work that runs predictably, cheaply and visibly, and explains itself."""

__version__ = "0.1.0"

from pipeline.redact import scrub_logs

scrub_logs()  # no secret reaches a log line of any Mirano process (pipeline/redact.py)
