"""Asked in other words (stop 46): an order said as an object and an infinitive, an act named as a noun in a
hypothetical, two kinds of memory items in one breath, what a memory job made, how many times a job ran, a cadence said
in words, an appeal's procedure (a lawyer's), "that Moscow check" when every check is in Moscow, a court case's
parties by their roles, slang for complaining. Over the shared demo world; worded apart from the blind sets
(tests/agent/unseen*.py are never copied here)."""

from __future__ import annotations

from typing import Any

import pytest

import agent
from agent.offline.understanding.speech_act import speech_act
from pipeline.i18n import trn
from tests.agent.blind_patterns import CANT_EN, CANT_RU, REFUSE_EN, REFUSE_RU
from tests.agent.grading import ask_and_grade
from tests.agent.question_set import Question

WHICH_EN, WHICH_RU = r"Which did you mean", r"Что вы имели в виду"
CASES = [
    # an order said as a to-do line: the object first, an infinitive after, no finite verb
    Question("индекс памяти пересобрать, пожалуйста", "ru", (REFUSE_RU, r"mirano run memory\.build")),
    Question("Синхронизацию Attio перезапустить до обеда.", "ru", (r"mirano run ingest\.attio",)),
    # an act named as a noun, then what it would do: a hypothetical
    Question(
        "Как включение экономии повлияет на сборку памяти?",
        "ru",
        (r"memory\.build", r"135 мин"),
        (r"Режим экономии выключен\.",),
    ),
    # two kinds of memory items asked together: both, in the order said
    Question(
        "northwind — commitments and risks, quickly",
        "en",
        (r"5 commitment\(s\)[\s\S]*active risk\(s\)",),
    ),
    # what a memory job made, not its schedule
    Question("anything memory.suggest has come up with for northwind?", "en", (r"5 suggested action",)),
    Question("что нашёл memory.extract по альфа строю?", "ru", (r"обязательств", r"рисков")),
    # how many times a job ran: counted, with the plural the language wants
    Question("how many times has ingest.attio run?", "en", (r"ingest\.attio ran \d+ times|ran once",)),
    Question(
        "Сколько раз запускалась синхронизация чатвута?",
        "ru",
        (r"ingest\.chatwoot запускали 2 раза",),
        (WHICH_RU,),
    ),
    Question("Во сколько следующий раз запустится memory.digest?", "ru", (r"memory\.digest",), (r"раза",)),
    # a cadence said in words
    Question("what if the digest ran twice a day?", "en", (r"mirano set memory\.digest --cadence 12h",)),
    Question("а если сборку запускать дважды в сутки?", "ru", (r"--cadence 12h",)),
    # how to appeal a ruling is a lawyer's, though a court case is checked
    Question("how do we appeal the ruling in case {case_ivanova}?", "en", (CANT_EN,)),
    Question("Какие сроки обжалования решения по делу {case_ivanova}?", "ru", (CANT_RU,)),
    # every check is in Moscow: "the Moscow check" names none of them
    Question("is the Moscow check finished?", "en", (WHICH_EN,)),
    # a court case's parties by their roles
    Question(
        "who's the defendant in {case_ivanova}?",
        "en",
        (r"plaintiff Иванова Мария Петровна, defendant ООО «ГрадСтрой Девелопмент»",),
    ),
    # a Russian party's surname written in Latin letters names her case
    Question("who is the plaintiff in the Ivanova case?", "en", (r"plaintiff Иванова Мария Петровна",)),
    # slang for complaining, and the people it is said to (not a topic)
    Question("what's Tom been moaning about lately?", "en", (r"disappointed|payment is late",)),
    Question(
        "What did Kate promise the Northwind crew, mate?", "en", (r"5 commitment\(s\)",), (r"No commitment",)
    ),
    # a report asked to be made is handed over from its page or `mirano report`
    Question("please generate the CSV report of check {t}", "en", (REFUSE_EN, r"mirano report {t}")),
]


@pytest.mark.parametrize("question", CASES, ids=[q.turns[-1][:40] for q in CASES])
def test_asked_in_other_words(demo_world: dict[str, Any], question: Question) -> None:
    thread = f"other-words-{CASES.index(question)}"
    graded = ask_and_grade(lambda text, t: agent.ask(text, thread_id=t), question, demo_world, thread)
    assert graded.ok, (graded.failures, graded.answer)


def test_an_infinitive_orders_only_without_a_question() -> None:
    assert speech_act("сборку памяти перезапустить") == "request"
    assert speech_act("как запустить сборку памяти") != "request"
    assert speech_act("сборку перезапустить не получилось, почему?") != "request"


def test_counts_agree_in_russian() -> None:
    once, times = "{job} ran once {period}:", "{job} ran {n} times {period}, newest first:"
    said = {n: trn("ru", once, times, n, job="x", period="") for n in (1, 2, 5, 11, 21, 22)}
    assert [said[n].split()[3] for n in (1, 2, 5, 11, 21, 22)] == ["раз", "раза", "раз", "раз", "раз", "раза"]
    assert trn("en", once, times, 1, job="x", period="") == "x ran once :"


LETTERS_AND_THREADS = [
    # a letter's frame on one line: the salutation and the signed name are not asked about
    Question(
        "Уважаемый помощник! Прошу сообщить, сколько стоил последний запуск синхронизации Attio. С уважением, "
        "Пётр Ильич.",
        "ru",
        (r"\$0\.007",),
        (r"Пётр|автора",),
    ),
    # "the last one" after a job's state: that job's last run
    Question(("how's ingest.linear doing?", "and the last one, why skipped?"), "en", (r"no API key",)),
    # a key word that is no credential
    Question("alfa-stroy digest — key points only", "en", (r"digest #",), (r"cannot show",)),
    # a loan's payment is a bank's calculator
    Question("посчитайте платёж по ипотеке за квартиру на Тверской", "ru", (CANT_RU,)),
    # one run of two skipped today, asked by its state: which one
    Question("почему запуск сегодня пропустили?", "ru", (WHICH_RU,)),
    # a count claimed of an address: one check, said as one
    Question("Тверскую 1 ведь проверяли пять раз?", "ru", (r"Проверка одна",)),
    # the project meant and not named, asked with an imperative
    Question("show me the risks of the project", "en", (WHICH_EN,)),
    # the asker's aim after the ask is no second question
    Question(
        "the last thing Irina Sokolova wrote? I just want to make sure.", "en", (r"фасаду",), (r"пункт 2",)
    ),
    # Pidgin and a barrister's requests; "set out" explains, it orders nothing
    Question("abeg make una pause the digest", "en", (r"mirano pause memory\.digest",)),
    Question("Might one prevail upon you to pause the build?", "en", (r"mirano pause memory\.build",)),
    Question(
        "I should be obliged if you could set out what check {t} found.", "en", (r"#{t}",), (REFUSE_EN,)
    ),
    Question("Соблаговолите приостановить сборку памяти.", "ru", (r"mirano pause memory\.build",)),
    # asks numbered in words, and "am I" after "and"
    Question(
        "Сообщите, во-первых, сколько стоила проверка {t}, и, во-вторых, какие риски у northwind.",
        "ru",
        (r"#{t}", r"у northwind активных рисков"),
    ),
    Question("is economy on, and am I still watching Tverskaya 1?", "en", (r"off", r"watched by")),
    # how a project is going is what could derail it; "the last sync" with three syncs: which
    Question("how is northwind doing?", "en", (r"active risk",), (r"about «",)),
    Question("how did the last sync go?", "en", (WHICH_EN,)),
    # a notice not read yet, said with autocorrect's "red": the unread one alone
    Question("what's the notice I haven't red yet?", "en", (r"notice #{notice_t}",), (WHICH_EN,)),
    # economy already off: the job asked about, as it runs
    Question("once I switch economy off, what happens to the digest?", "en", (r"memory\.digest runs every",)),
]


@pytest.mark.parametrize("question", LETTERS_AND_THREADS, ids=[q.turns[-1][:40] for q in LETTERS_AND_THREADS])
def test_letters_threads_and_frames(demo_world: dict[str, Any], question: Question) -> None:
    thread = f"frames-{LETTERS_AND_THREADS.index(question)}"
    graded = ask_and_grade(lambda text, t: agent.ask(text, thread_id=t), question, demo_world, thread)
    assert graded.ok, (graded.failures, graded.answer)


def test_a_court_case_before_any_check(db: Any) -> None:
    """Court cases come only from property checks: on a fresh install that is said, not a memory search."""
    said = agent.ask("who is the defendant in the Ivanova case?", thread_id="court-before-checks")["answer"]
    assert "no property checks yet" in said and "project memory" not in said
    said = agent.ask("кто ответчик по делу Ивановой?", thread_id="court-before-checks-ru")["answer"]
    assert "проверок объектов пока нет" in said
