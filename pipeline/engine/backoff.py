"""Exponential backoff with full jitter, capped."""

from __future__ import annotations

import random


def backoff_seconds(failures: int, base: float, cap: float, rng: random.Random | None = None) -> float:
    """Delay after `failures` consecutive failures: uniform in [ceiling/2, ceiling], ceiling = min(cap, base·2^(n-1))."""
    if failures <= 0:
        return 0.0
    ceiling = min(cap, base * (2 ** min(failures - 1, 30)))
    return (rng or random).uniform(ceiling / 2, ceiling)
