"""People fixtures: a stored admin, operator and viewer, and one suggested action to (not) apply."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.db import session_scope
from pipeline.models.memory import Action, Project
from pipeline.service import people as service
from tests.ui.conftest import _no_runtime, open_page  # noqa: F401 — AppTest without the scheduler threads

ADMIN, OPERATOR, VIEWER = "ada@example.com", "anna@example.com", "vic@example.com"


@pytest.fixture
def people(db: Any) -> dict[str, str]:
    """Three people stored by the local user (an admin at this machine): admin, operator, viewer."""
    for email, role in ((ADMIN, "admin"), (OPERATOR, "operator"), (VIEWER, "viewer")):
        service.add_person(email, role)
    return {"admin": ADMIN, "operator": OPERATOR, "viewer": VIEWER}


@pytest.fixture
def suggested_action(db: Any) -> int:
    """An Attio note suggested for project acme (nothing is sent unless someone allowed applies it)."""
    with session_scope() as s:
        project = Project(slug="acme", name="Acme", active=True)
        s.add(project)
        s.flush()
        note = {"parent_object": "companies", "parent_record_id": "c-1", "title": "Risk: late payment"}
        action = Action(
            project_id=project.id,
            kind="attio_note",
            target="attio companies:c-1",
            title="Add Attio note: Risk: late payment",
            payload={"vendor": "attio", "method": "POST", "json": {"data": note}},
            idempotency_key="people-test-1",
        )
        s.add(action)
        s.flush()
        return int(action.id)
