"""The Assistant page: the real assistant (offline model) answers in the chat, labelled as the offline model."""

from __future__ import annotations

from collections.abc import Callable

from streamlit.testing.v1 import AppTest

from tests.ui.conftest import texts


def test_question_gets_a_grounded_answer(open_page: Callable[[str], AppTest]) -> None:
    at = open_page("assistant")
    assert ":gray-badge[offline model]" in texts(at)
    at.chat_input(key="assistant_input").set_value("What is the status of ingest.chatwoot?").run()
    assert not at.exception
    said = [m.value for message in at.chat_message for m in message.markdown]
    assert said[0] == "What is the status of ingest.chatwoot?"
    assert "ingest.chatwoot" in said[1] and "idle" in said[1]


def test_suggestion_button_asks_it(open_page: Callable[[str], AppTest]) -> None:
    at = open_page("assistant")
    at.button(key="suggest:2").click().run()
    said = [m.value for message in at.chat_message for m in message.markdown]
    assert said[0] == "How much did we spend this week?" and "$" in said[1]
    assert all(b.key != "suggest:0" for b in at.button)
