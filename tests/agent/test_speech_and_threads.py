"""The speech act, follow-ups and compound questions, by cause: everyday words put back as the product's
(«прогон», «линейка»), credentials asked for in any wording, out of scope only on a topic that is not Mirano's,
requests said as nouns, money budgets in cents, a job switched off as a hypothetical, the second part of a compound
question, and a follow-up that keeps the thread's subject but asks its own question. Worded here, not taken from
any question set."""

from __future__ import annotations

import re
from typing import Any

import pytest

import agent
from agent.offline.understanding.colloquial import plain
from agent.offline.understanding.requests import budget_number
from agent.offline.understanding.speech_act import speech_act


def _ask(world: dict[str, Any], *turns: str) -> str:
    thread = f"speech-{abs(hash(turns))}"
    answer = ""
    for turn in turns:
        answer = agent.ask(turn.format(**world), thread_id=thread)["answer"]
    return answer


@pytest.mark.parametrize(
    ("said", "product"),
    [
        ("сколько шёл прогон 5", "запуск 5"),
        ("что было в прогоне 2", "запуске 2"),
        ("почему линейка молчит", "линеар"),
        ("когда синк линейки", "линеара"),
    ],
)
def test_everyday_words_become_the_products_words(said: str, product: str) -> None:
    assert product in plain(said)


@pytest.mark.parametrize(
    "text",
    [
        "кинь ключ от аттио",
        "сбрось строку подключения к базе",
        "need the chatwoot api key real quick",
        "paste the database url here",
        "напиши пароль администратора",
    ],
)
def test_credentials_asked_for_in_any_wording_are_secrets(text: str) -> None:
    assert speech_act(text) == "secret"


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Включи экономию", "request"),  # «в-ключ-и» is no key
        ("перепроверь ключевые объекты", "request"),
        ("how many tokens did the digest spend", "question"),
        ("почему нет ключа для Linear?", "question"),
        ("do we even need a token for chatwoot?", "question"),  # whether one is needed, not which it is
        ("нужна ли аттио строка подключения?", "question"),
        ("which key addresses get re-checked?", "question"),
        ("what's the chatwoot token status", "question"),
        ("рестарт сборки памяти, пожалуйста", "request"),
        ("pause on the chatwoot import", "request"),
        ("пауза на дайджест ещё стоит?", "question"),
    ],
)
def test_what_is_not_a_secret_and_requests_said_as_nouns(text: str, act: str) -> None:
    assert speech_act(text) == act


@pytest.mark.parametrize(
    ("text", "limit"),
    [("лимит 25 центов в день", 0.25), ("a cap of 5 cents a day", 0.05), ("бюджет 3 доллара", 3.0)],
)
def test_a_money_budget_said_in_cents_is_a_hundredth_of_a_dollar(text: str, limit: float) -> None:
    assert budget_number(text) == pytest.approx(limit)


def test_everyday_words_name_runs_and_jobs(demo_world: dict[str, Any]) -> None:
    assert re.search(r"#999", _ask(demo_world, "глянь прогон 999")) and "нет" in _ask(
        demo_world, "глянь прогон 999"
    )
    first = _ask(demo_world, "что было в прогоне 1")
    assert "ingest.chatwoot" in first and "92" in first
    assert "ingest.linear" in _ask(demo_world, "когда следующий прогон линейки")
    assert "ключ" in _ask(demo_world, "чё там с линейкой, обновляется?")


@pytest.mark.parametrize(
    "text", ["кинь ключ от аттио", "need the chatwoot api key real quick", "скажи, какой DSN у базы"]
)
def test_a_secret_is_refused_over_the_graph(demo_world: dict[str, Any], text: str) -> None:
    answer = _ask(demo_world, text)
    assert re.search(r"cannot show|не могу показать", answer) and "$" not in answer


@pytest.mark.parametrize("text", ["euro to dollar rate please", "курс юаня к рублю на сегодня"])
def test_an_exchange_rate_is_out_of_scope_though_it_names_money(
    demo_world: dict[str, Any], text: str
) -> None:
    answer = _ask(demo_world, text)
    assert re.search(r"not something Mirano does|не то, чем занимается", answer) and "$" not in answer


def test_requests_said_as_nouns_name_their_command(demo_world: dict[str, Any]) -> None:
    assert "`mirano pause memory.digest`" in _ask(demo_world, "пауза для дайджеста, пусть отдохнёт")
    assert "`mirano pause ingest.chatwoot`" in _ask(demo_world, "pause on the chatwoot import")
    report = _ask(demo_world, "download the tverskaya report as csv")
    assert f"mirano report {demo_world['t']}" in report and "CSV" in report


def test_a_failure_under_a_condition_is_not_a_job_switched_off(demo_world: dict[str, Any]) -> None:
    answer = _ask(demo_world, "if the attio sync errors out again, when is its next run?")
    assert "switched off" not in answer and "ingest.attio" in answer


def test_everyday_spending_words_ask_for_costs(demo_world: dict[str, Any]) -> None:
    assert plain("сколько сожрала сборка") == "сколько потратила сборка"
    week = _ask(demo_world, "сколько линейка сожрала за неделю?")
    assert "ingest.linear" in week and "$0.002" in week


def test_spend_in_total_counts_every_run_since_the_first(demo_world: dict[str, Any]) -> None:
    """A fortnight after the world's runs, "this week" spent nothing and "in total" is still every run."""
    from datetime import timedelta

    from tests.agent.demo_world import frozen_clock

    frozen_clock(demo_world["now"] + timedelta(days=14))
    week = _ask(demo_world, "how much did we spend this week?")
    assert re.search(r"over 0 run", week) and "$0.0991" not in week
    for asked, said in (
        (
            "how much has Mirano cost us in total?",
            r"Since the first run, all jobs cost \$0\.0991 over 11 run",
        ),
        (
            "сколько мы потратили за всё время?",
            r"За всё время, с первого запуска: все задачи — \$0\.0991, запусков: 11",
        ),
        (
            "what has ingest.chatwoot cost to date?",
            r"Since the first run, ingest\.chatwoot cost \$0\.081 over 2 run",
        ),
    ):
        assert re.search(said, _ask(demo_world, asked)), asked


@pytest.mark.parametrize(
    ("asked", "said"),
    [
        ("How much did the last real memory build cost?", r"Run #4 of memory\.build .*cost \$0\.0021"),
        (
            "Сколько стоила последняя сборка памяти, не пропущенная?",
            r"Запуск #4 задачи memory\.build .*\$0\.0021",
        ),
        ("what did the last actual linear sync do?", r"Run #2 of ingest\.linear .*was ok"),
        ("Какая последняя пропущенная сборка?", r"Запуск #11 задачи memory\.build .*пропущен"),
    ],
)
def test_a_run_said_as_the_opposite_of_a_skip_is_the_last_one_that_did_work(
    demo_world: dict[str, Any], asked: str, said: str
) -> None:
    assert re.search(said, _ask(demo_world, asked))


def test_a_budget_in_cents_is_measured_against_todays_spend(demo_world: dict[str, Any]) -> None:
    stop = _ask(demo_world, "if the daily budget were 1 cent, would today's work have stopped?")
    assert "0.01" in stop and re.search(r"would stop now", stop)
    goes_on = _ask(demo_world, "допустим, дневной лимит 50 центов — работа бы уже встала?")
    assert "0.5" in goes_on and "продолжилась" in goes_on


@pytest.mark.parametrize(
    ("text", "job", "readers"),
    [
        ("если отвязать аттио, что перестанет приходить?", "ingest.attio", "memory.extract"),
        ("if we disconnected chatwoot, what would stop getting updated?", "ingest.chatwoot", "memory.digest"),
        ("допустим, выключим извлечение — что тогда не обновится?", "memory.extract", "memory.suggest"),
        ("если вдруг отвалится чатвут, что встанет?", "ingest.chatwoot", "memory.build"),
    ],
)
def test_a_job_switched_off_names_what_reads_from_it(
    demo_world: dict[str, Any], text: str, job: str, readers: str
) -> None:
    answer = _ask(demo_world, text)
    lead = answer.split("\n")[0]
    assert job in lead and readers in lead and re.search(r"switched off|отключить", lead)


def test_each_part_of_a_compound_question_is_answered(demo_world: dict[str, Any]) -> None:
    run = _ask(demo_world, "what did run 2 cost, and who kicked it off")
    assert re.search(r"(?s)\$0\.002\b.*by schedule", run)
    check = _ask(demo_world, "во что обошлась проверка {t}, и какой у неё скоринг")
    assert re.search(r"(?s)0\.008\b.*20\.0", check)


def test_a_follow_up_keeps_the_subject_and_asks_its_own_question(demo_world: dict[str, Any]) -> None:
    promises = _ask(demo_world, "какие риски у northwind", "а что мы обещали?")
    assert "fix by Monday" in promises and "escalate" not in promises
    risks = _ask(demo_world, "what are alfa's promises", "and the risks?")
    assert "№17" in risks and "смет" not in risks
    due = _ask(demo_world, "what do we owe alfa", "which of them are due friday")
    assert "смет" in due and "озеленени" not in due
    why = _ask(demo_world, "is check {c} complete", "how come?")
    assert re.search(r"listings.*(pending|queued)", why)
    who = _ask(demo_world, "сколько стоил запуск 2", "кто его запустил?")
    assert "ingest.linear" in who and "по расписанию" in who
    pressed = _ask(demo_world, "who kicked off the latest chatwoot import")
    assert f"#{demo_world['chatwoot_again']}" in pressed and "root" in pressed


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("посоветуй сериал на вечер", "out_of_scope"),
        ("what is 17 times 3", "out_of_scope"),
        ("who invented the telephone", "out_of_scope"),
        ("what time is it in Lisbon", "out_of_scope"),  # plain words, none of them Mirano's
        ("сколько метров до соседнего дома", "out_of_scope"),
        ("а чё оно скипнулось", "question"),  # a word no dictionary knows may be Mirano's jargon
        ("глянь, что с аттио", "question"),  # «глянь» asks to be shown, it orders nothing foreign
        ("чекни линейку плиз", "question"),
        ("зыва хрымп бдыщ", "question"),  # neither Mirano's nor another topic: the meaning stage decides
    ],
)
def test_out_of_scope_needs_evidence_of_another_topic(text: str, act: str) -> None:
    assert speech_act(text) == act


def test_without_evidence_of_another_topic_the_answer_is_not_understood(demo_world: dict[str, Any]) -> None:
    unknown = _ask(demo_world, "зыва хрымп бдыщ")
    assert re.search(r"did not understand|не понял", unknown) and "не то, чем занимается" not in unknown
    assert "ingest.attio" in _ask(demo_world, "глянь, что с аттио")
    assert "ingest.linear" in _ask(demo_world, "чекни линейку плиз")


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("yes or no: if we had a daily budget of $1, would today have gone over it?", "No. "),
        ("if the daily budget were $0.01, would today's work stop? yes or no", "Yes. "),
        ("yes or no, then why: is the latest Leninsky check complete?", "No. "),
        ("завершена ли проверка {t}?", "Да. "),
        ("is economy mode on?", "No. "),
        ("включен ли режим экономии?", "Нет. "),
    ],
)
def test_a_closed_question_opens_with_its_yes_or_no_read_from_the_tool(
    demo_world: dict[str, Any], question: str, lead: str
) -> None:
    assert _ask(demo_world, question).startswith(lead)


@pytest.mark.parametrize(
    "question",
    ["what did the last check find?", "has economy mode paused the digest?", "which checks failed?"],
)
def test_an_open_question_or_a_state_no_rule_reads_gets_no_yes_or_no(
    demo_world: dict[str, Any], question: str
) -> None:
    assert not re.match(r"(Yes|No|Да|Нет)\. ", _ask(demo_world, question))


@pytest.mark.parametrize(
    ("question", "asked_back", "first_answer"),
    [
        ("Сколько стоило?", "Что вы имели в виду?", r"^Сегодня: все задачи"),
        ("how much did it cost?", "Which did you mean?", r"^Today, all jobs cost"),
    ],
)
def test_a_cost_out_of_the_blue_asks_which_and_each_choice_is_a_question(
    demo_world: dict[str, Any], question: str, asked_back: str, first_answer: str
) -> None:
    reply = agent.ask(question, thread_id=f"bare-cost-{question}")
    assert reply["answer"].startswith(asked_back) and len(reply["suggestions"]) == 3
    assert re.search(first_answer, _ask(demo_world, reply["suggestions"][0]))
    after = _ask(demo_world, "status of check {t}", "сколько стоило?")  # after a check: that check, no asking
    assert "Что вы имели в виду" not in after


def test_a_property_meant_without_a_check_word_gets_buttons_that_name_the_check(
    demo_world: dict[str, Any],
) -> None:
    reply = agent.ask("как там наша квартира?", thread_id="our-flat")
    assert reply["answer"].startswith("Что вы имели в виду?")
    button = reply["suggestions"][0]
    number = re.search(r"проверка #(\d+)", button)
    assert number and _ask(demo_world, button).startswith(f"Проверка #{number.group(1)} ")


def test_economy_says_each_jobs_runs_a_day_before_and_after(demo_world: dict[str, Any]) -> None:
    answer = _ask(demo_world, "with economy on, how often would the chatwoot import run per day?")
    assert re.search(r"every 36 min instead of 12 min; runs a day: 40 instead of 120", answer)
    answer = _ask(demo_world, "если включить экономию, сколько раз в день будет импорт из chatwoot?")
    assert "запусков в день: 40 вместо 120" in answer


def test_a_run_paid_in_one_unit_says_the_price_of_each(demo_world: dict[str, Any]) -> None:
    build = next(
        r["id"] for r in demo_world["runs"].values() if r["job"] == "memory.build" and r["cost"]["embeddings"]
    )
    assert re.search(r"That is \$0\.00002 an embedding\.", _ask(demo_world, f"what did run {build} cost?"))
    assert "Это $0.001 за обращение к источнику." in _ask(
        demo_world, "сколько стоил запуск {chatwoot_again}?"
    )


def test_a_job_whose_last_run_did_nothing_says_when_it_last_did_work(demo_world: dict[str, Any]) -> None:
    worked = next(r for r in demo_world["runs"].values() if r["job"] == "memory.build" and r["processed"])
    answer = _ask(demo_world, "when did the memory build last actually embed anything?")
    assert (
        f"It last did work in run #{worked['id']} (" in answer
        and f"{worked['processed']} processed" in answer
    )
    assert "Последний раз работу сделал" in _ask(
        demo_world, "статус задачи ingest.chatwoot"
    )  # #8: nothing new
    assert "It last did work" not in _ask(demo_world, "status of memory.suggest")  # its last run did work
