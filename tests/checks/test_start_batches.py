"""Many checks at once are committed early and then in growing batches, every address exactly once."""

from __future__ import annotations

from pipeline.service.checks import FIRST_BATCH, _batches


def test_checks_open_in_a_small_first_commit_then_doubling_batches_covering_every_address_once() -> None:
    spans = _batches(1000, 100)
    assert spans[0] == (0, FIRST_BATCH)  # workers get their first tasks after a handful of checks
    assert [end - start for start, end in spans[:5]] == [10, 20, 40, 80, 100]
    assert max(end - start for start, end in spans) == 100
    covered = [i for start, end in spans for i in range(start, end)]
    assert covered == list(range(1000))
    assert (
        _batches(0, 100) == [] and _batches(3, 100) == [(0, 3)] and _batches(9, 4) == [(0, 4), (4, 8), (8, 9)]
    )
