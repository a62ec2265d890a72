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
    question, answer = at.chat_message
    assert question.markdown[0].value == "What is the status of ingest.chatwoot?"
    [lookups] = answer.expander
    assert lookups.label == "Answered from 1 read-only lookup"
    assert lookups.markdown[0].value == "Looking up `job_status` (job=ingest.chatwoot)"
    said = answer.markdown[-1].value
    assert "ingest.chatwoot" in said and "idle" in said


def test_suggestion_button_asks_it(open_page: Callable[[str], AppTest]) -> None:
    at = open_page("assistant")
    at.button(key="suggest:2").click().run()
    question, answer = at.chat_message
    assert (
        question.markdown[0].value == "How much did we spend this week?" and "$" in answer.markdown[-1].value
    )
    assert all(b.key != "suggest:0" for b in at.button)


def test_a_model_that_is_down_is_answered_offline_with_the_reason(
    open_page: Callable[[str], AppTest], monkeypatch
) -> None:
    import socket

    from pipeline.config import reset_settings

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-page-model-down")
    monkeypatch.setenv("OPENAI_BASE_URL", f"http://127.0.0.1:{closed}/v1")
    monkeypatch.setenv("MIRANO_LLM_TIMEOUT_SECONDS", "0.5")
    reset_settings()
    at = open_page("assistant")
    at.chat_input(key="assistant_input").set_value("What is the status of ingest.chatwoot?").run()
    assert not at.exception
    _, answer = at.chat_message
    assert "ingest.chatwoot" in answer.markdown[-1].value
    captions = [c.value for c in answer.caption]
    assert "the online model did not answer: connection refused; answered offline" in captions, captions


def test_the_answer_offers_follow_ups_and_a_which_did_you_mean_offers_the_choices(
    open_page: Callable[[str], AppTest],
) -> None:
    at = open_page("assistant")
    at.chat_input(key="assistant_input").set_value("How's the notices job doing?").run()
    assert not at.exception
    said = at.chat_message[-1].markdown[-1].value
    assert "Which did you mean?" in said and "notices.deliver" in said and "notices.projects" in said
    choices = [b for b in at.button if b.key.startswith("follow:")]
    assert [b.label for b in choices] == [
        "What is the status of notices.deliver?",
        "What is the status of notices.projects?",
        "What is the status of notices.health?",  # three jobs handle notices
    ]
    choices[1].click().run()
    assert not at.exception
    question, answer = at.chat_message[-2:]
    assert question.markdown[0].value == "What is the status of notices.projects?"
    assert (
        "notices.projects" in answer.markdown[-1].value
        and "Which did you mean" not in answer.markdown[-1].value
    )
    assert [b.label for b in at.button if b.key.startswith("follow:")][
        0
    ] == "When does notices.projects run next?"
