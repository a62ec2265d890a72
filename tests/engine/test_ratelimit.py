"""Rate slots are spaced by 1/rate across callers."""

from __future__ import annotations

from pipeline.engine.ratelimit import reserve_slot


def test_slots_are_spaced_by_the_rate(db):
    waits = [reserve_slot("source.court", per_second=4) for _ in range(5)]
    assert waits[0] == 0
    for earlier, later in zip(waits, waits[1:], strict=False):
        assert abs((later - earlier) - 0.25) < 0.05
    assert reserve_slot("source.listings", per_second=4) == 0  # each resource has its own slots
