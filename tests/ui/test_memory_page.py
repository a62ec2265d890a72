"""The Project memory page over the demo: bindings, search, the gate, digests, confirmed Apply and the audit log."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select
from streamlit.testing.v1 import AppTest

from pipeline.config import reset_settings
from pipeline.db import session_scope
from pipeline.models.memory import Chunk
from pipeline.service import memory as service
from tests.memory.conftest import seeded  # noqa: F401 — the demo projects over the demo vendor servers
from tests.memory.helpers import run, sync_all
from tests.ui.conftest import texts


@pytest.fixture
def memory(seeded: str) -> str:  # noqa: F811
    """The demo projects synced, built, extracted, digested and with suggested actions."""
    sync_all()
    for job in ("memory.build", "memory.extract", "memory.digest", "memory.suggest"):
        assert run(job).status == "ok"
    return seeded


def bindings(slug: str) -> list[str]:
    project = next(p for p in service.list_projects() if p["slug"] == slug)
    return [f"{b['source']} {b['target']}" for b in project["bindings"]]


def test_page_shows_modes_index_bindings_and_cursors(
    open_page: Callable[[str], AppTest], memory: str
) -> None:
    at = open_page("memory")
    page = texts(at)
    assert "Chatwoot :orange-badge[DEMO]" in page and "Linear :orange-badge[DEMO]" in page
    assert ":gray-badge[offline model]" in page
    assert "index consistent" in page
    panel = next(e for e in at.expander if e.label.startswith("Index and jobs"))
    assert panel.label.endswith("chunks embedded · index consistent") and not panel.proto.expanded  # all well
    assert at.selectbox(key="memory_project").value == "alfa-stroy"
    assert "inbox `1`" in page
    cursors = at.dataframe[0].value
    assert set(cursors["source"]) == {"Chatwoot", "Linear", "Attio"}
    assert cursors.set_index("source").loc["Chatwoot", "imported"] > 0
    assert "Traceback" not in page


def test_creating_a_project_and_binding_then_unbinding_a_source(
    open_page: Callable[[str], AppTest], memory: str
) -> None:
    at = open_page("memory")
    at.text_input(key="memory_new_slug").input("acme-portal")
    at.text_input(key="memory_new_name").input("ACME client portal")
    at.button(key="memory_create").click().run()
    assert "acme-portal" in [p["slug"] for p in service.list_projects()]
    assert at.selectbox(key="memory_project").value == "acme-portal"
    assert any("Created project acme-portal" in s.value for s in at.success)

    at.selectbox(key="memory_bind_source").set_value("chatwoot")
    at.selectbox(key="memory_bind_kind:chatwoot").set_value("inbox")
    at.text_input(key="memory_bind_id").input("3")
    at.button(key="memory_bind").click().run()
    assert bindings("acme-portal") == ["chatwoot inbox:3"]
    assert any(s.value.startswith("Bound acme-portal to chatwoot inbox:3") for s in at.success)
    assert at.text_input(key="memory_bind_id").value == ""

    at.button(key="memory_unbind:chatwoot:inbox:3").click().run()
    assert bindings("acme-portal") == []
    assert any(s.value.startswith("Removed Chatwoot inbox:3 from acme-portal") for s in at.success)


def test_search_shows_hits_with_their_source(open_page: Callable[[str], AppTest], memory: str) -> None:
    at = open_page("memory")
    at.text_input(key="memory_query").input("смета")
    at.button(key="memory_search_go").click().run()
    assert not at.exception
    page = texts(at)
    assert "matching passages for “смета”" in page
    assert "Chatwoot :orange-badge[DEMO] message" in page and "Linear :orange-badge[DEMO] issue" in page
    assert "> Ирина, добрый день. Мы пришлём **смету** до пятницы." in page  # the matched word, highlighted
    assert "score" not in page and "semantic 0." not in page  # how a hit was found, in words, no raw scores


def test_search_for_nothing_close_says_no_matches(open_page: Callable[[str], AppTest], memory: str) -> None:
    at = open_page("memory")
    quotes = texts(at).count("\n> ")
    at.text_input(key="memory_query").input("zzqqxx")
    at.button(key="memory_search_go").click().run()
    assert not at.exception
    assert any(i.value.startswith("No matches for “zzqqxx”") for i in at.info), [i.value for i in at.info]
    assert texts(at).count("\n> ") == quotes  # no passages added: no padding with unrelated text


def test_promote_and_dismiss_change_the_gate(open_page: Callable[[str], AppTest], memory: str) -> None:
    proposed = service.entities("alfa-stroy", status="proposed")[0]
    active = service.entities("alfa-stroy", status="active")[0]
    at = open_page("memory")
    at.text_input(key="memory_actor").input("kate").run()
    at.button(key=f"memory_promote:{proposed['id']}").click().run()
    promoted = next(e for e in service.entities("alfa-stroy") if e["id"] == proposed["id"])
    assert (promoted["status"], promoted["status_by"]) == ("active", "kate")
    assert any(s.value.startswith(f"#{proposed['id']} is now active") for s in at.success)

    at.button(key=f"memory_dismiss:{active['id']}").click().run()
    assert next(e for e in service.entities("alfa-stroy") if e["id"] == active["id"])["status"] == "dismissed"
    assert f"memory_dismiss:{active['id']}" not in [b.key for b in at.button]  # hidden under "Dismissed"


def test_dismiss_can_be_undone(open_page: Callable[[str], AppTest], memory: str) -> None:
    active = service.entities("alfa-stroy", status="active")[0]
    at = open_page("memory")
    at.button(key=f"memory_dismiss:{active['id']}").click().run()
    assert next(e for e in service.entities("alfa-stroy") if e["id"] == active["id"])["status"] == "dismissed"
    at.button(key="memory_undo").click().run()
    assert not at.exception
    back = next(e for e in service.entities("alfa-stroy") if e["id"] == active["id"])
    assert (back["status"], back["status_by"]) == (active["status"], active["status_by"])
    assert any(s.value.startswith(f"#{active['id']} is back, active") for s in at.success)
    assert "memory_undo" not in [b.key for b in at.button]  # one undo per dismissal


def test_digest_versions_and_generate_now(open_page: Callable[[str], AppTest], memory: str) -> None:
    at = open_page("memory")
    assert "Version 1 of 1" in texts(at) and "Commitments" in texts(at)
    at.button(key="memory_digest_now").click().run()
    assert [d["version"] for d in service.digests("alfa-stroy")] == [2, 1]
    assert "Version 2 of 2" in texts(at)


def test_apply_needs_a_preview_and_a_confirmation_then_is_audited(
    open_page: Callable[[str], AppTest], memory: str
) -> None:
    action = service.actions("alfa-stroy", status="suggested")[0]
    at = open_page("memory")
    at.text_input(key="memory_actor").input("kate").run()
    assert f"memory_apply:{action['id']}" not in [b.key for b in at.button]  # no Apply before the preview

    at.button(key=f"memory_preview_button:{action['id']}").click().run()
    assert any('"parent_record_id"' in c.value for c in at.code)  # the exact request, shown
    assert at.button(key=f"memory_apply:{action['id']}").disabled  # until the box is ticked
    at.checkbox(key=f"memory_confirm:{action['id']}").check().run()
    at.checkbox(
        key=f"memory_confirm:{action['id']}"
    ).uncheck()  # unticked in the same moment Apply is pressed:
    at.button(key=f"memory_apply:{action['id']}").click().run()  # the page checks again and sends nothing
    assert service.audit_log("alfa-stroy") == []
    assert next(a for a in service.actions("alfa-stroy") if a["id"] == action["id"])["status"] == "suggested"
    assert any("Nothing was sent" in w.value for w in at.warning)

    at.checkbox(key=f"memory_confirm:{action['id']}").check().run()
    at.button(key=f"memory_apply:{action['id']}").click().run()
    audit = service.audit_log("alfa-stroy")
    assert [(a["action_id"], a["actor"], a["outcome"]) for a in audit] == [(action["id"], "kate", "applied")]
    applied = next(a for a in service.actions("alfa-stroy") if a["id"] == action["id"])
    assert (applied["status"], applied["applied_by"]) == ("applied", "kate")
    page = texts(at)
    assert any(s.value.startswith("Applied: Attio note") for s in at.success)
    assert f"Audit #{audit[0]['id']}" in page and ":green-badge[applied] by **kate**" in page
    assert at.dataframe[-1].value["who"].tolist() == ["kate"]  # the Audit log tab


def test_apply_without_a_name_sends_nothing_and_keeps_the_confirmation(
    open_page: Callable[[str], AppTest], memory: str
) -> None:
    action = service.actions("alfa-stroy", status="suggested")[0]
    at = open_page("memory")
    at.button(key=f"memory_preview_button:{action['id']}").click().run()
    at.checkbox(key=f"memory_confirm:{action['id']}").check().run()
    # Apply stays disabled until there is a name to audit, and says so beside it, instead of asking afterwards.
    assert at.button(key=f"memory_apply:{action['id']}").disabled
    assert any("Type your name" in c.value for c in at.caption)
    assert service.audit_log() == []
    assert at.checkbox(key=f"memory_confirm:{action['id']}").value is True


def test_a_service_error_is_a_sentence_and_the_input_stays(
    open_page: Callable[[str], AppTest], memory: str
) -> None:
    at = open_page("memory")
    at.selectbox(key="memory_bind_source").set_value("chatwoot")
    at.text_input(key="memory_bind_id").input("inbox-three")
    at.button(key="memory_bind").click().run()
    assert not at.exception
    errors = [e.value for e in at.error]
    assert errors == [
        "Could not bind Chatwoot inbox 'inbox-three': target: Chatwoot inbox ids are numbers, got 'inbox-three'"
    ]
    assert at.text_input(key="memory_bind_id").value == "inbox-three"
    assert "chatwoot inbox:inbox-three" not in bindings("alfa-stroy")

    at.text_input(key="memory_query").input("   ")
    at.button(key="memory_search_go").click().run()
    assert any(e.value == "Could not search: query: give some words to search for" for e in at.error)
    assert at.text_input(key="memory_query").value == "   "
    assert "Traceback" not in texts(at)


def test_rebuild_index_and_run_now(open_page: Callable[[str], AppTest], memory: str) -> None:
    at = open_page("memory")
    at.button(key="memory_rebuild").click().run()
    assert any(s.value.startswith("Index rebuilt from the database") for s in at.success)
    at.button(key="memory_run:memory.build").click().run()
    assert not at.exception
    assert "Started run #" in texts(at) or "already running" in texts(at)


def test_chunks_that_failed_to_embed_show_whether_they_are_tried_again(
    open_page: Callable[[str], AppTest], memory: str
) -> None:
    with session_scope() as s:
        first, second = s.scalars(select(Chunk).order_by(Chunk.id).limit(2))
        first.embed_status, first.embed_attempts, first.embed_error = (
            "failed",
            3,
            "gave up after 3 tries: 'x'",
        )
        second.embed_status, second.embed_attempts, second.embed_error = (
            "failed",
            1,
            "TimeoutError: 'timed out'",
        )
    at = open_page("memory")
    page = texts(at)
    assert next(e for e in at.expander if e.label.startswith("Index and jobs")).proto.expanded  # needs a look
    assert (
        "2 chunks failed to embed (the next build tries 1 of them again; last: TimeoutError: 'timed out')"
        in page
    )


def test_no_projects_and_a_missing_key_say_what_to_do(
    open_page: Callable[[str], AppTest], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LINEAR_API_URL", "https://api.linear.app/graphql")  # the real Linear, and no key
    reset_settings()
    at = open_page("memory")
    assert any(i.value.startswith("No projects yet") for i in at.info)
    assert "Linear :red-badge[missing key]" in texts(at) and "Chatwoot :orange-badge[DEMO]" in texts(at)
    assert [w.value for w in at.warning] == [
        "Linear has no API key: issues are not synced and suggested Linear issues cannot be applied."
    ]


def test_an_index_file_that_could_not_be_read_heals_and_the_page_says_so(
    open_page: Callable[[str], AppTest], memory: str
) -> None:
    import os

    from pipeline.memory import store
    from pipeline.memory.embedders import get_embedder

    os.truncate(store.index_path(get_embedder().name), 0)  # `truncate -s 0`
    store.forget_indexes()  # as in a process that has not read it yet
    at = open_page("memory")
    assert not at.exception
    panel = next(e for e in at.expander if e.label.startswith("Index and jobs"))
    assert "index rebuilt by itself" in panel.label and panel.proto.expanded
    assert any("could not be read and was rebuilt from the stored vectors" in w.value for w in at.warning)
    assert "index consistent" in texts(at)
    at.button(key="memory_rebuild").click().run()
    assert any(s.value.startswith("Index rebuilt from the database") for s in at.success)
    assert not any("could not be read" in w.value for w in at.run().warning)


def test_signed_in_the_audit_records_the_signed_in_identity_not_a_typed_name(
    memory: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.ui.conftest import APP, PAGES

    monkeypatch.setenv("MIRANO_UI_SIGN_IN", "required")
    action = service.actions("alfa-stroy", status="suggested")[0]
    at = AppTest.from_file(APP, default_timeout=30)
    at.user = {"is_logged_in": True, "email": "kate@example.com"}
    at.run().switch_page(PAGES["memory"]).run()
    assert not at.exception
    assert "memory_actor" not in [t.key for t in at.text_input]  # no name box: the sign-in says who
    assert "Acting as **kate@example.com**" in texts(at)
    at.button(key=f"memory_preview_button:{action['id']}").click().run()
    at.checkbox(key=f"memory_confirm:{action['id']}").check().run()
    at.button(key=f"memory_apply:{action['id']}").click().run()
    audit = service.audit_log("alfa-stroy")
    assert [(a["action_id"], a["actor"]) for a in audit] == [(action["id"], "kate@example.com")]


def test_bound_objects_show_the_vendors_names_looked_up_with_the_binding_check(
    open_page: Callable[[str], AppTest],
    seeded: str,  # noqa: F811
) -> None:
    """The demo set-up binds by id without asking the vendor; "Look up names" asks it (the binding check's call)
    and the page and the CLI then show "name (id)"; `bind` stores the name it checked."""
    from typer.testing import CliRunner

    from pipeline.cli import app

    at = open_page("memory")
    assert "team `" in texts(at) and "Альфа Строй** :small" not in texts(at)  # ids only, not named yet
    at.button(key="memory_binding_names").click().run()
    page = texts(at)
    assert "team **Альфа Строй** :small[:gray[`" in page, page  # the demo Linear's team name, from its API
    assert "company **Альфа Строй** :small" in page and "inbox **Сайт — Альфа Строй** :small" in page
    assert "Names found: " in page
    assert "memory_binding_names" not in [b.key for b in at.button]  # every object of this project named now
    service.bind("acme-portal", "chatwoot", "inbox:3")
    named = {b["target"]: b["name"] for p in service.list_projects() for b in p["bindings"]}
    assert named["inbox:3"] and named["inbox:3"] != "3"
    lines = CliRunner().invoke(app, ["projects"]).stdout
    assert f"chatwoot inbox {named['inbox:3']} (3)" in lines, lines
