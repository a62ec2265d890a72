"""People on PostgreSQL: migration 0014 applies there, and per-person watches and unread counts (correlated EXISTS
over notice_watchers and notice_reads) and the viewer's refusals behave as on SQLite."""

from __future__ import annotations

import pytest

from pipeline import dialect
from pipeline.config import Settings
from tests.people.conftest import people  # noqa: F401 - the stored admin, operator and viewer
from tests.people.test_attention import (
    test_two_peoples_watches_and_unread_counts_are_independent as attention,
)
from tests.people.test_roles import test_an_operator_runs_and_is_recorded_but_may_not_change_budgets as roles

pytestmark = pytest.mark.postgres


def test_watches_unread_and_roles_per_person_on_postgres(
    pg: Settings,
    people: dict[str, str],  # noqa: F811 - the fixture imported above
) -> None:
    assert dialect.backend() == "postgresql"
    attention(people, pg)
    roles(people)
