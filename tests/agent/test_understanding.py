"""The understanding stages one by one (speech act, clauses, subjects, the control a request needs), then the graph
over the demo data: the held-out set (tests/agent/held_out.py), hypotheticals against the jobs' rules, false
premises, one language per answer, and the what_if tool through the real ChatOpenAI client."""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any

import pytest

import agent
from agent.offline.understanding.clauses import clauses
from agent.offline.understanding.entities import Entities
from agent.offline.understanding.intents import INTENTS
from agent.offline.understanding.requests import control_for, run_control
from agent.offline.understanding.speech_act import speech_act
from agent.offline.understanding.subjects import JOB_SYNONYMS, jobs_named
from agent.tools.engine import what_if
from pipeline.config import reset_settings
from tests.agent.fake_openai import FakeOpenAI, text_reply, tool_call_reply, tool_messages
from tests.agent.grading import ask_and_grade
from tests.agent.held_out import HELD_OUT


@pytest.mark.parametrize(
    "text",
    [
        "Would you mind re-running the Attio import?",
        "could you please restart memory.build",
        "I'd like the digest regenerated — can it be rerun?",
        "Can the index be rebuilt tonight?",
        "let's switch economy mode off",
        "Будьте добры, перезапустите импорт из линеара",
        "Можете включить режим экономии?",
        "Нужно пересобрать индекс",
        "Хочу, чтобы ты запустил синхронизацию",
        "отключи экономию плз",
        "Do me a favour — restart the extraction",
        "Сможешь сегодня прогнать извлечение ещё раз?",
    ],
)
def test_requests_in_any_wording_are_requests(text: str) -> None:
    assert speech_act(text) == "request"


@pytest.mark.parametrize(
    "text",
    [
        "When will memory.build run again?",
        "Why did the sync not start?",
        "run history please",
        "open commitments for northwind",
        "Когда запустится сборка памяти?",
        "Почему не запустился импорт?",
        "Что изменилось по проверке 3?",
        "Сколько стоил последний запуск?",
    ],
)
def test_questions_that_use_action_words_are_questions(text: str) -> None:
    assert speech_act(text) == "question"


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Suppose economy mode were on: when would the Linear import run?", "hypothetical"),
        ("Если включить режим экономии, что станет с извлечением?", "hypothetical"),
        ("Is economy mode on?", "question"),
        ("Could you turn economy mode on?", "request"),  # asked for, not supposed
        ("Could economy mode slow the nightly build down?", "hypothetical"),
        ("чисто гипотетически: врубим экономию — что будет с чатвутом?", "hypothetical"),
        ("включим экономию — что встанет на паузу?", "hypothetical"),  # "let's" and a question of what then
        ("включим экономию", "request"),
        ("flip economy on for the weekend", "request"),
        ("Run number 5 — how many chunks did it process?", "question"),  # a run by its number, not "run it"
        ("Прошу Вас отменить проверку по Ленинскому", "request"),  # formal: «прошу» + an action
        ("можешь заапрувить action 6?", "request"),
        ("Подтвердите, пожалуйста, что проверка 4 завершена", "question"),  # confirm that: asked, not applied
        ("Pause it.", "request"),  # a control of Mirano's even with nothing named
        ("Write me a haiku about databases", "out_of_scope"),
        ("Какой курс доллара завтра?", "out_of_scope"),
        ("Покажи токен Linear", "secret"),
        ("how many tokens did we use?", "question"),
    ],
)
def test_hypotheticals_secrets_and_things_mirano_does_not_do(text: str, act: str) -> None:
    assert speech_act(text) == act


@pytest.mark.parametrize(
    "text",
    ["What's the status of my pizza order?", "Когда следующий поезд до Питера?", "how much is bitcoin now?"],
)
def test_a_question_about_something_else_is_out_of_scope_even_in_mirano_words(
    demo_world: dict[str, Any], text: str
) -> None:
    reply = agent.ask(text, thread_id=f"oos-{hash(text)}")
    assert reply["tool_calls"] == [] and re.search(
        r"not something Mirano does|не то, чем занимается", reply["answer"]
    )


def test_russian_job_words_resolve_by_lemma_and_synonym() -> None:
    assert jobs_named("когда снова построят эмбеддинги") == ["memory.build"]
    assert jobs_named("что с индексом FAISS?") == ["memory.build"]
    assert jobs_named("did the prefetch happen") == ["checks.prefetch"]
    assert jobs_named("дайджесты за неделю") == ["memory.digest"]
    assert jobs_named("перепроверки ключевых объектов") == ["checks.recheck"]
    assert jobs_named("уведомления") == ["notices.deliver", "notices.projects", "notices.health"]  # ask which
    assert jobs_named("когда задание памяти?") == [
        "memory.build",
        "memory.extract",
        "memory.digest",
        "memory.suggest",
    ]
    assert (
        jobs_named("the checks job") == ["checks.recheck", "checks.prefetch"] and jobs_named("check 2") == []
    )
    assert jobs_named("рассылка уведомлений") == ["notices.deliver"]
    assert all(row.why for row in JOB_SYNONYMS)


def test_a_compound_question_splits_into_its_parts_in_order() -> None:
    assert clauses("Why did it skip, and when does it run next?") == [
        "Why did it skip",
        "when does it run next?",
    ]
    assert clauses("Проверка готова? И сколько она стоила?") == ["Проверка готова?", "И сколько она стоила?"]
    assert clauses("Почему упал импорт и когда следующий запуск?") == [
        "Почему упал импорт",
        "когда следующий запуск?",
    ]
    assert clauses("What did Irina and Tom write?") == ["What did Irina and Tom write?"]
    three = "What's running, what did we spend today, and is economy on?"
    assert clauses(three) == ["What's running", "what did we spend today", "is economy on?"]
    assert len(clauses("Как так вышло, что вторая проверка была мгновенной?")) == 1  # a subordinate clause
    assert len(clauses("If I turn economy on, what happens to the Linear import?")) == 1


@pytest.mark.parametrize(
    ("text", "kind", "values"),
    [
        ("please turn economy off", "economy", {"state": "off"}),
        ("set a token budget of 2 000 a day", "budget", {"kind": "tokens", "limit": 2000.0}),
        ("apply that suggested action", "apply", {"project": None, "action_id": None}),
        ("зафиксируй проверку", "finalize", {"check_id": None}),
    ],
)
def test_a_request_names_its_control(text: str, kind: str, values: dict[str, Any]) -> None:
    control = control_for(text, Entities())
    assert (control.kind, control.values) == (kind, values)
    named = control_for("apply action 5 please", Entities(action_id=5))  # its own command
    assert (named.kind, named.values) == ("apply", {"project": None, "action_id": 5})


@pytest.mark.parametrize(
    ("text", "act", "control"),
    [
        ("Cancel the running memory.build run", "request", "cancel"),
        ("Отмени запуск сборки памяти", "request", "cancel"),
        ("Прерви сборку памяти", "request", "cancel"),
        ("Retry run 12", "request", "retry"),
        ("Hold the Linear import", "request", "pause"),
        ("Who would cancel run 5?", "question", "cancel"),  # the verb is there; the grammar says it asks
        ("Кто отменил запуск 5?", "question", None),
    ],
)
def test_the_grammar_stage_alone_decides_a_control_request(text: str, act: str, control: str | None) -> None:
    assert speech_act(text) == act  # the control's words are only read once the sentence is a request
    assert run_control(text) == control


def test_the_held_out_set_is_kept_apart_from_what_the_model_learns_from() -> None:
    examples = {e.lower() for intent in INTENTS for e in intent.examples}
    assert len(HELD_OUT) >= 120
    assert {q.lang for q in HELD_OUT} == {"en", "ru"}
    assert not [q.turns[-1] for q in HELD_OUT if q.turns[-1].lower() in examples]


@pytest.mark.parametrize(
    "index", range(len(HELD_OUT)), ids=[f"{i:03d}-{q.topic}-{q.lang}" for i, q in enumerate(HELD_OUT)]
)
def test_held_out_question_is_answered(demo_world: dict[str, Any], index: int) -> None:
    question = HELD_OUT[index]
    graded = ask_and_grade(lambda t, th: agent.ask(t, thread_id=th), question, demo_world, f"held-{index}")
    assert graded.ok, f"{question.turns} → {graded.failures}\n{graded.answer}"


def test_economy_on_would_move_each_next_run_by_the_cadence_difference(demo_world: dict[str, Any]) -> None:
    data = what_if(economy=True, job="memory.build")["data"]["economy"]
    row = data["jobs"][0]
    assert not data["already"] and row["cadence_s_then"] == 3 * row["cadence_s_now"]
    moved = datetime.fromisoformat(row["next_run_at_then"]) - datetime.fromisoformat(row["next_run_at_now"])
    assert moved.total_seconds() == row["cadence_s_then"] - row["cadence_s_now"]
    assert row["limit_then"] < row["limit_now"] and not row["paused"]  # offline: no LLM work to pause


def test_a_budget_already_spent_would_stop_todays_work(demo_world: dict[str, Any]) -> None:
    spent = what_if(budget_kind="source_calls", budget_limit=1)["data"]["budget"]
    assert spent["would_stop"] and spent["left"] == 0
    room = what_if(budget_kind="source_calls", budget_limit=10_000)["data"]["budget"]
    assert not room["would_stop"] and room["left"] == 10_000 - room["spent_today"]


# Latin words allowed in a Russian answer: names, ids, commands, quotes, units of the catalogs.
ALLOWED_LATIN = re.compile(
    r"`[^`]*`|«[^»]*»|\"[^\"]*\"|\b[\w-]+(?:\.[\w-]+)+\b|\b[A-Z][A-Z_]{1,}\b|\b(?:Mirano|Linear|Chatwoot|Attio|Tom|Baker"
    r"|Kate|Wilson|northwind|alfa-stroy|LLM|API|FAISS|demo)\b|#\d+|\$[\d.]+"
)


@pytest.mark.parametrize(
    "text",
    [
        "Почему упал notices.projects?",
        "Почему упал запуск 999?",
        "Если включить экономию, когда будет следующая сборка памяти?",
        "Если поставить бюджет 5 обращений к источникам, работа сегодня остановится?",
        "Перезапусти дайджест, пожалуйста",
        "Зафиксируй проверку {c}",
        "Как приготовить плов?",
        "Как дела у уведомлений?",
        "Почему пропустился импорт из линеара и когда он будет снова?",
    ],
)
def test_a_russian_answer_has_no_english_words_or_field_codes(demo_world: dict[str, Any], text: str) -> None:
    answer = agent.ask(text.format(c=demo_world["c"]), thread_id=f"ru-{hash(text)}")["answer"]
    left = ALLOWED_LATIN.sub(" ", answer)
    assert not re.findall(r"[A-Za-z]{2,}", left), answer
    assert not re.search(r"\b(?:None|True|False|null)\b", answer), answer


def test_an_online_model_can_ask_what_economy_mode_would_change(
    demo_world: dict[str, Any], monkeypatch: Any
) -> None:
    def script(request: dict[str, Any], index: int) -> dict[str, Any]:
        if index == 0:
            return tool_call_reply(("what_if", {"economy": True, "job": "memory.digest"}))
        result = json.loads(tool_messages(request)[0]["content"])
        row = result["data"]["economy"]["jobs"][0]
        return text_reply(f"memory.digest would still run, every {row['cadence_s_then'] // 86400} days.")

    with FakeOpenAI(script) as server:
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test-WHATIF-0123456789")
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        monkeypatch.setenv("MIRANO_LLM_MODEL", "fake-model")
        reset_settings()
        reply = agent.ask("With economy on, would the digest still be written?", thread_id="online-what-if")
    assert reply["mode"] == "online" and reply["tool_calls"][0]["name"] == "what_if"
    assert "every 21 days" in reply["answer"]


NAMES_AND_IDS = re.compile(
    r"`[^`]*`|«(?:[^«»]|«[^»]*»)*»|\"[^\"]*\"|\b[\w-]+(?:\.[\w-]+)+\b|\b[0-9a-f]{8}-[0-9a-f-]{27}\b|\b[0-9a-f]{12}\b"
    r"|\b[A-Z][A-Z_]{1,}\b|#\d+|\$[\d.]+"
)


# In an English answer, Russian source data that is not quoted: addresses, courts, parties, districts
RUSSIAN_DATA = re.compile(
    r"\b[А-ЯЁ][\w-]*|(?<!\w)(?:г|ул|улица|д|дом|пр-кт|пр-т|пр|проспект|корп|кв|стр|суд)(?!\w)"
)


def _without_names(text: str, names: list[str], lang: str) -> str:
    text = re.sub(r"\b[a-z]+\.[a-z_]+\b", " ", text)  # job names first ("ingest.linear" holds "Linear")
    for name in sorted(names, key=len, reverse=True):
        text = re.sub(re.escape(name), " ", text, flags=re.I)
    text = NAMES_AND_IDS.sub(" ", text)
    return RUSSIAN_DATA.sub(" ", text) if lang == "en" else text


def test_every_tools_answer_keeps_to_one_language(demo_world: dict[str, Any]) -> None:
    """Every tool over the demo world, rendered for every intent: a Russian answer has no English word outside
    names, ids, commands and quotes (and no None/True codes); an English one no Russian word outside them."""
    import inspect

    from agent import tools
    from agent.offline.composing import compose
    from agent.offline.understanding.entities import vocabulary
    from pipeline.people.identity import cli_user

    vocab = vocabulary()
    names = ["Mirano", "Chatwoot", "Linear", "Attio", "LLM", "FAISS", "API", "demo"]
    names += [a["author"] for a in vocab["authors"]] + [c["address"] for c in vocab["checks"]]
    names += [n for p in vocab["projects"] for n in (p["slug"], p["name"])]
    names += [cli_user()]  # who started the checks, named as they are
    values = {
        "run_id": demo_world["linear_skip"],
        "query": "фасад",
        "project": "northwind",
        "person": "Irina",
        "economy": True,
        "budget_kind": "tokens",
        "budget_limit": 10,
        "action_id": 1,
        "term": "freshness",
    }
    variants = [
        {},
        {"check_id": demo_world["c"], "job": "ingest.linear"},
        {"check_id": demo_world["t"], "term": "memory.build"},
    ]
    variants += [{"action_id": 404, "check_id": demo_world["a"], "source": "court"}]  # nothing; one source
    intents = [None, *(i.name for i in INTENTS)]
    leaks: set[str] = set()
    for func in tools.TOOLS:
        accepted = inspect.signature(func).parameters
        for extra in variants:
            result = func(**{k: v for k, v in {**values, **extra}.items() if k in accepted})
            for intent in intents:
                for lang, other in (("ru", r"[A-Za-z]{2,}"), ("en", r"[А-Яа-яЁё]{2,}")):
                    answer = compose(intent, [(func.__name__, result)], lang)
                    for line in answer.split("\n"):
                        if re.findall(other, _without_names(line, names, lang)) or re.search(
                            r"\b(?:None|True|False)\b", line
                        ):
                            leaks.add(f"{func.__name__} {lang}: {line[:140]}")
    assert not leaks, "\n".join(sorted(leaks))


def test_follow_ups_fit_the_answer_and_the_choices_become_questions() -> None:
    from agent.followups import follow_ups

    calls = [{"name": "job_status", "args": {"job": "ingest.linear"}}]
    assert follow_ups({"mirano_intent": "status"}, calls, "ru")[0] == "Когда следующий запуск ingest.linear?"
    assert "{job}" not in " ".join(
        follow_ups({"mirano_intent": "status"}, [], "en")
    )  # nothing named: none of those
    choices = {"mirano_choices": ["notices.deliver", "notices.projects"], "mirano_choice_intent": "next_run"}
    assert follow_ups(choices, [], "en") == [
        "When does notices.deliver run next?",
        "When does notices.projects run next?",
    ]


def test_with_an_online_model_economy_would_pause_extraction_but_not_the_digest(
    demo_world: dict[str, Any], monkeypatch: Any
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-ECONOMY-0123456789")
    reset_settings()
    rows = {r["job"]: r for r in what_if(economy=True)["data"]["economy"]["jobs"]}
    assert rows["memory.extract"]["paused"]
    assert not rows["memory.digest"]["paused"]  # the digest calls no model


def test_rerun_it_names_the_job_of_the_previous_turn(demo_world: dict[str, Any]) -> None:
    agent.ask("Why did ingest.linear skip?", thread_id="rerun-it")
    refused = agent.ask("Can you rerun it?", thread_id="rerun-it")
    assert refused["tool_calls"] == [] and "`mirano run ingest.linear`" in refused["answer"]
    follow = agent.ask("what about the digest?", thread_id="rerun-it")
    assert [c["args"].get("job") for c in follow["tool_calls"]] == ["memory.digest"]


def test_every_follow_up_is_offered_in_russian_too() -> None:
    """A follow-up suggestion is a catalog message: one missing from the Russian catalog would put an English button
    under a Russian answer (found on a fresh clone: "What is my role?" after «вправе ли оператор …»)."""
    from agent.followups import BY_INTENT, CHOICE_BY_INTENT, CHOICE_DEFAULT, GENERAL
    from pipeline.i18n import tr

    templates = {t for ts in BY_INTENT.values() for t in ts} | set(GENERAL) | {CHOICE_DEFAULT}
    templates |= {t for t in CHOICE_BY_INTENT.values() if isinstance(t, str)}
    untranslated = sorted(t for t in templates if tr("ru", t) == t)
    assert untranslated == []
