"""A check named the way people name a flat — «кв. 9», "flat 7" — with no street: the checked address with that flat
is the subject, and a why-question about one of its sources is answered with where that source's facts came from
(not with the last run of some job). A flat two checked buildings have is asked back, with both addresses offered."""

from __future__ import annotations

from typing import Any

import pytest

from agent.followups import follow_ups
from agent.offline import understanding
from agent.offline.composing import clarify
from agent.offline.understanding import found
from agent.tools.resolve import address_matches, flat_of

TVERSKAYA_7 = "г. Москва, ул. Тверская, д. 1, кв. 7"
TVERSKAYA_9 = "г. Москва, ул. Тверская, д. 1, кв. 9"
ARBAT_9 = "г. Москва, ул. Арбат, д. 24, кв. 9"


@pytest.fixture
def checked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Three checked flats, newest first, as `list_checks` gives them; no project or author is known."""
    checks = [
        {"id": 3, "address": ARBAT_9},
        {"id": 2, "address": TVERSKAYA_9},
        {"id": 1, "address": TVERSKAYA_7},
    ]
    monkeypatch.setattr(found, "vocabulary", lambda: {"projects": [], "authors": [], "checks": checks})


def test_a_flat_number_is_never_read_as_a_house() -> None:
    assert flat_of("в квартире №9") == "9" and flat_of("apt. 12") == "12" and flat_of("квитанция 5") is None
    assert flat_of("кв. 5А") == "5а" and flat_of("оф. 45") == "45" and flat_of("помогите 5") is None
    assert not address_matches("Ленина 12 кв. 5", "г. Москва, ул. Ленина, д. 12, кв. 5А")  # a lettered flat
    assert address_matches("Тверская 1 кв. 7", TVERSKAYA_7)
    assert not address_matches("Тверская 1 кв. 9", TVERSKAYA_7)  # the same building, another flat
    assert not address_matches("Тверская 7", TVERSKAYA_7)  # house 7 is not flat 7 of house 1
    assert address_matches("тверская 1", TVERSKAYA_7)  # the building names each of its flats


@pytest.mark.parametrize(
    "question",
    [
        "Why was enforcement for кв. 7 not fetched again?",
        "Почему по кв. 7 исполнительные производства не запрашивались заново?",
        "откуда исполнительные по квартире 7?",
    ],
)
def test_a_flat_alone_names_its_check_and_the_source_asked_about(checked: None, question: str) -> None:
    understood = understanding.understand(question, [], None)
    assert [c["name"] for c in understood.calls] == ["fact_provenance"], understood
    args = understood.calls[0]["args"]
    assert args["address"] == TVERSKAYA_7 and args["source"] == "enforcement"


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Why was enforcement for flat 9 not fetched again?", "en"),
        ("Почему по кв. 9 исполнительные не запрашивались заново?", "ru"),
    ],
)
def test_a_flat_two_buildings_have_is_asked_back(checked: None, question: str, lang: str) -> None:
    understood = understanding.understand(question, [], None)
    assert understood.calls == [] and understood.choice_kind == "address"
    assert understood.choices == [ARBAT_9, TVERSKAYA_9]  # newest first
    text = clarify(understood.choices, lang, "address")
    assert text.splitlines()[1:] == [f"1. {ARBAT_9}", f"2. {TVERSKAYA_9}"]
    meta: dict[str, Any] = {
        "mirano_choices": understood.choices,
        "mirano_choice_intent": understood.choice_intent,
        "mirano_choice_kind": "address",
        "mirano_question": question,
    }
    offered = follow_ups(meta, [], lang)
    said = "flat 9" if lang == "en" else "кв. 9"
    assert offered == [question.replace(said, ARBAT_9), question.replace(said, TVERSKAYA_9)]
    chosen = understanding.understand(
        offered[1], [], None
    )  # the button asks the question again, for that flat
    assert [(c["name"], c["args"].get("address")) for c in chosen.calls] == [("fact_provenance", TVERSKAYA_9)]


def test_the_building_named_is_the_buildings_check_not_its_newest_flats(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from agent.tools.resolve import pick_check

    building = "г. Москва, ул. Тверская, д. 1"
    checks = [
        {"id": 3, "address": TVERSKAYA_9},
        {"id": 2, "address": TVERSKAYA_7},
        {"id": 1, "address": building},
    ]
    monkeypatch.setattr(found, "vocabulary", lambda: {"projects": [], "authors": [], "checks": checks})
    assert found.found_in("кто следит за Тверской 1?").address == building
    assert found.found_in("что по кв. 7 на Тверской 1?").address == TVERSKAYA_7
    assert pick_check(checks, None, building)["id"] == 1 and pick_check(checks, None, TVERSKAYA_9)["id"] == 3
    assert (
        pick_check(checks[:2], None, building)["id"] == 3
    )  # no check of the building itself: its newest flat's
