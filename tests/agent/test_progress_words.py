"""The assistant says a running run's progress as the Jobs page does: work done of work known, in its unit, and
never the per-run limit posing as the work left."""

from __future__ import annotations

from agent.offline.composing.engine import progress_words


def test_known_work_is_said_in_its_unit_in_both_languages() -> None:
    known = {"done": 312, "total": 1040, "unit": "chunks", "processed": 312, "limit": 5000}
    assert progress_words(known, "en") == "Chunks: 312 of 1040"
    assert progress_words(known, "ru") == "Фрагменты: 312 из 1040"
    listed = {"done": 3, "total": 12, "unit": "conversations"}
    assert progress_words(listed, "ru") == "Переписки: 3 из 12"


def test_unknown_work_is_the_count_so_far_not_the_limit() -> None:
    unknown = {"done": 7, "total": None, "unit": "items", "processed": 7, "limit": 500}
    assert "500" not in progress_words(unknown, "en") and "7" in progress_words(unknown, "en")
    assert progress_words(unknown, "ru").startswith("обработано 7")
