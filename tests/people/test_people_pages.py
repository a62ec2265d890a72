"""The dashboard obeys the same roles (AppTest): a viewer's Run now, budget, economy switch and Apply show why they
were refused, in English and Russian, and change nothing; the People page lets only an admin change roles."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from pipeline.service import engine as service
from pipeline.service import memory
from pipeline.service import people as people_service
from tests.people.conftest import VIEWER
from tests.ui.conftest import APP, texts

JOB = "notices.deliver"


@pytest.fixture
def as_viewer(people: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The dashboard on loopback without sign-in acts as the local user: here, a stored viewer."""
    monkeypatch.setenv("MIRANO_USER", VIEWER)
    monkeypatch.setenv("MIRANO_DEMO_URL", "http://127.0.0.1:9")  # an Apply let through would reach nobody


def errors(at: AppTest) -> list[str]:
    return [str(e.value) for e in at.error]


def test_a_viewer_on_the_jobs_page_is_told_why_and_nothing_changes(
    as_viewer: None, open_page: Callable[[str], AppTest]
) -> None:
    at = open_page("jobs")
    assert f"Acting as **{VIEWER}** · viewer" in texts(at) + "".join(str(c.value) for c in at.sidebar.caption)
    at.button(key=f"run:{JOB}").click().run()
    assert f"Could not start the job: {VIEWER} is a viewer: starting a run needs the operator role" in errors(
        at
    )
    at.number_input(key="budget:usd").set_value(0.5)
    at.button(key="save_budgets").click().run()
    assert any("changing a budget needs the admin role" in e for e in errors(at))
    at.toggle(key="economy").set_value(True).run()
    assert any("switching economy mode needs the admin role" in e for e in errors(at))
    assert at.toggle(key="economy").value is False  # the switch shows what is still true
    assert service.list_runs() == [] and service.budgets()["budgets"] == {} and not service.economy()["on"]

    at.sidebar.button_group(key="lang").set_value("ru").run()
    at.button(key=f"run:{JOB}").click().run()
    assert any("наблюдатель: для действия «запуск задания» нужна роль «оператор»" in e for e in errors(at))


def test_a_viewers_apply_is_refused_on_the_memory_page(
    as_viewer: None, suggested_action: int, open_page: Callable[[str], AppTest]
) -> None:
    at = open_page("memory")
    at.text_input(key="memory_actor").input("kate").run()  # a typed name lends no role
    at.button(key=f"memory_preview_button:{suggested_action}").click().run()
    at.checkbox(key=f"memory_confirm:{suggested_action}").check().run()
    at.button(key=f"memory_apply:{suggested_action}").click().run()
    assert any("applying an action needs the operator role" in e for e in errors(at)), errors(at)
    assert memory.actions()[0]["status"] == "suggested" and memory.audit_log() == []


def test_only_an_admin_changes_roles_on_the_people_page(people: dict[str, str], db: Any) -> None:
    at = AppTest.from_file(APP, default_timeout=30).run()
    at.switch_page("views/people.py").run()
    assert not at.exception, at.exception
    assert "with the role **admin**" in texts(at)  # the local user, not stored: admin at this machine
    at.text_input(key="people_email").input(VIEWER)
    at.selectbox(key="people_role").set_value("operator")
    at.button(key="people_save").click().run()
    assert f"{VIEWER} is now operator." in [str(s.value) for s in at.success]
    assert {p["email"]: p["role"] for p in people_service.list_people()}[VIEWER] == "operator"


def test_a_viewer_cannot_change_roles_on_the_people_page(
    as_viewer: None, open_page: Callable[[str], AppTest]
) -> None:
    at = open_page("jobs")
    at.switch_page("views/people.py").run()
    at.text_input(key="people_email").input(VIEWER)
    at.selectbox(key="people_role").set_value("admin")
    at.button(key="people_save").click().run()
    assert any("managing people and roles needs the admin role" in e for e in errors(at))
    assert {p["email"]: p["role"] for p in people_service.list_people()}[VIEWER] == "viewer"
