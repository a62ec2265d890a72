"""The words a risk score is read with: its scale and its level, one rule for the dashboard, CLI and assistant."""

from __future__ import annotations

SCALE = 100  # a check's risk score is the sum of its factors, capped at 100 (pipeline/checks/risk.py)
LEVELS = ((50.0, "high"), (20.0, "medium"), (0.0, "low"))  # from the score up: the first floor it reaches


def risk_level(score: float | None) -> str | None:
    """'low' below 20, 'medium' from 20, 'high' from 50; None while there is no score yet."""
    if score is None:
        return None
    return next(level for floor, level in LEVELS if score >= floor)
