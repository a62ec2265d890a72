"""The Property checks page: start a check, follow it, reuse badges, finalize, the snapshot diff, errors."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from streamlit.testing.v1 import AppTest

from pipeline.service import checks as service
from tests.ui.conftest import texts

ADDRESS = "г. Москва, Ленинский проспект, д. 90"


def start(at: AppTest, address: str, profile: str = "basic") -> AppTest:
    at.text_input(key="check_address").input(address)
    at.selectbox(key="check_profile").set_value(profile)
    return at.button(key="start_check").click().run()


def test_starting_a_check_creates_a_search_job_and_opens_it(
    open_page: Callable[[str], AppTest], sources: str
) -> None:
    at = start(open_page("checks"), ADDRESS)
    assert not at.exception
    checks = service.list_checks()
    assert [c["address"] for c in checks] == [ADDRESS]
    assert any(s.value.startswith(f"Check #{checks[0]['id']} started") for s in at.success)
    page = texts(at)
    assert f"#{checks[0]['id']} · {ADDRESS}" in page
    assert "updating" in page  # no workers ran yet: the sources are still pending


def test_finished_check_shows_freshness_risk_evidence_and_reuse(
    open_page: Callable[[str], AppTest], sources: str
) -> None:
    first = service.start_check(ADDRESS, "full")
    done = service.wait_for(first["id"], timeout=20)
    assert done["status"] == "COMPLETED"
    at = start(open_page("checks"), ADDRESS, "basic")  # the second check reuses every fresh source
    page = texts(at)
    assert "Reused from the check of" in page and "not re-checked" in page
    second = service.list_checks()[0]
    labels = [p.proto.popover.label for p in at.get("popover")]
    assert f"Building facts reused from check #{first['id']}" in labels, labels  # the badge names the level
    assert second["id"] != first["id"]
    assert "Read as **г. Москва, Ленинский пр-кт, д. 90** · identified as a building" in page
    score, scale = at.metric[0].value.split(" / ")
    assert at.metric[0].label == "Risk score" and float(score) > 0 and scale == "100"
    assert any(level in page for level in ("-badge[low]", "-badge[medium]", "-badge[high]"))  # its level word
    assert "fresh until" in page
    factors = [e.label for e in at.expander if "+" in e.label]
    assert factors, "every risk factor is listed with its score"


def test_finalize_twice_and_diff(open_page: Callable[[str], AppTest], sources: str) -> None:
    check = service.wait_for(service.start_check(ADDRESS, "basic")["id"], timeout=20)
    at = open_page("checks")
    at.button(key=f"finalize:{check['id']}").click().run()
    assert any(s.value.startswith("Snapshot #") for s in at.success)
    at.button(key=f"recheck:{check['id']}").click().run()
    assert any(i.value.startswith("Re-check started") for i in at.info)
    page = texts(at)  # no worker ran yet: the re-check is under way
    assert "Re-checking since" in page and "re-checking since" in page and "stale since" not in page, page
    service.wait_for(check["id"], timeout=20)
    at.run()
    assert "Last re-checked" in texts(at) and "re-checking since" not in texts(at)
    at.button(key=f"finalize:{check['id']}").click().run()
    assert len(service.get_check(check["id"])["snapshots"]) == 2
    assert "Risk score **" in texts(at) and "→" in texts(at)


def test_bad_address_keeps_the_input_and_says_why(open_page: Callable[[str], AppTest]) -> None:
    at = start(open_page("checks"), "???", "full")
    errors = [e.value for e in at.error]
    assert errors and errors[0].startswith("Could not start the check: address")
    assert "Traceback" not in texts(at)
    assert service.list_checks() == []
    assert at.text_input(key="check_address").value == "???"  # what the user typed is still there
    assert at.selectbox(key="check_profile").value == "full"


def test_a_city_less_address_is_refused_beside_the_field_with_candidates(
    open_page: Callable[[str], AppTest], sources: str
) -> None:
    service.start_check(ADDRESS, "basic")
    at = start(open_page("checks"), "Ленинский проспект, 90", "basic")
    [error] = [e.value for e in at.error]
    assert error.startswith(
        "Could not start the check: address: 'Ленинский проспект, 90' is missing the settlement"
    )
    assert "no source was called" in error
    assert len(service.list_checks()) == 1  # nothing was started
    assert at.text_input(key="check_address").value == "Ленинский проспект, 90"
    suggested = at.button(key="candidate:0")
    assert suggested.label == "г. Москва, Ленинский пр-кт, д. 90"
    suggested.click().run()  # a suggested address goes into the field, ready to start
    assert at.text_input(key="check_address").value == "г. Москва, Ленинский пр-кт, д. 90"


def test_a_missing_check_is_a_sentence_not_a_traceback(open_page: Callable[[str], AppTest]) -> None:
    at = open_page("checks")
    at.session_state["open_check"] = 999
    at.run()
    assert not at.exception
    assert any(e.value == "Could not read the check: job_id: no check with id 999" for e in at.error)


def test_parties_from_the_form_and_the_re_check_flag_toggle(
    open_page: Callable[[str], AppTest], sources: str
) -> None:
    at = open_page("checks")
    at.text_input(key="check_owner").input("Иванов Пётр Сергеевич, 1980-05-12")
    at.text_input(key="check_developer").input("7702000002")
    at.checkbox(key="check_paid").check()
    at = start(at, ADDRESS, "full")
    assert not at.exception
    check = service.get_check(service.list_checks()[0]["id"])
    assert check["parties"]["developer"] == {"inn": "7702000002"} and check["flags"]["paid"] is True
    assert check["parties"]["owner"]["birthdate"] == "1980-05-12"
    assert {s["source"]: s["level"] for s in check["sources"]} == {
        "court": "building",
        "court.developer": "developer",
        "enforcement": "person",
        "listings": "building",
        "reviews": "developer",
    }
    assert "Owner: Иванов Петр Сергеевич, 1980-05-12" in texts(at)
    at.toggle(key=f"flag:key_object:{check['id']}").set_value(True).run()
    assert service.get_check(check["id"])["flags"]["key_object"] is True


def test_a_bad_owner_is_refused_before_anything_starts(
    open_page: Callable[[str], AppTest], sources: str
) -> None:
    at = open_page("checks")
    at.text_input(key="check_owner").input("Ivanov")
    at = start(at, ADDRESS)
    assert any("owner" in e.value for e in at.error) and service.list_checks() == []


def test_watch_and_unwatch_on_a_check_for_the_person_acting(
    open_page: Callable[[str], AppTest], sources: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipeline.db import session_scope
    from pipeline.people.directory import set_role
    from pipeline.people.roles import Forbidden
    from pipeline.service import notices, watching
    from tests.ui.test_language_states import in_lang

    check = service.start_check(ADDRESS, "basic")
    monkeypatch.setenv("MIRANO_USER", "ann@example.org")  # unstored and local: admin
    at = open_page("checks")
    assert "You do not watch this property." in texts(at)
    at.button(key=f"watch:{check['id']}").click().run()
    assert not at.exception and "You watch this property" in texts(at)
    assert [w["target_id"] for w in notices.list_watches()] == [
        service.get_check(check["id"])["property"]["id"]
    ]
    monkeypatch.setenv("MIRANO_USER", "bob@example.org")
    assert notices.list_watches() == []  # Ann's watch is hers: Bob sees none
    with session_scope() as s:
        set_role(s, "bob@example.org", "viewer", by="ann@example.org")
    in_lang("ru", monkeypatch)
    try:
        monkeypatch.setenv("MIRANO_USER", "bob@example.org")  # a viewer now, reading in Russian
        at = open_page("checks")
        button = at.button(key=f"watch:{check['id']}")
        assert button.disabled and button.label == "Следить"
        assert "для действия «слежение» нужна роль «оператор»" in texts(at)
        with pytest.raises(Forbidden, match="viewer"):
            watching.watch_check(check["id"])
        monkeypatch.setenv("MIRANO_USER", "ann@example.org")
        at.run()
        at.button(key=f"unwatch:{check['id']}").click().run()
        assert "Вы не следите за этим объектом." in texts(at)
        assert notices.list_watches() == []  # the last one out ended the watch: it did not become everyone's
        monkeypatch.setenv("MIRANO_USER", "bob@example.org")
        assert notices.list_watches() == []
    finally:
        in_lang("en", monkeypatch)  # the next tests in this process read English again


def test_unwatch_a_project_from_the_notices_page(
    open_page: Callable[[str], AppTest], monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipeline.service import memory, notices

    monkeypatch.setenv("MIRANO_USER", "ann@example.org")
    memory.create_project("acme-portal", "ACME client portal")
    notices.watch("acme-portal")
    at = open_page("notices")
    assert at.selectbox(key="unwatch_pick").value is not None
    at.button(key="unwatch_button").click().run()
    assert not at.exception
    assert any("You no longer watch “ACME client portal”." in s.value for s in at.success)
    assert notices.list_watches() == []
    assert "unwatch_pick" not in [b.key for b in at.selectbox]  # nothing of hers left to unwatch
