"""How people write, read the way they mean it: a letter with its salutation and signature, words cut short with a
dot, a message in capitals, Scots and patois, translit, a checklist of asks, "and the second one?", "do it", and the
subject said once for several parts. Plus the answers this needs: a notice or a sync asked back, the index checked
against the database, a source that found nothing, a risk line in the reader's language.
Over the shared demo world; worded apart from the blind sets (tests/agent/unseen*.py are never copied here)."""

from __future__ import annotations

from typing import Any

import pytest

import agent
from agent.offline.understanding.clauses import clauses
from agent.offline.understanding.colloquial import plain
from agent.offline.understanding.speech_act import speech_act
from tests.agent.grading import ask_and_grade
from tests.agent.question_set import Question

WHICH_EN, WHICH_RU = r"Which did you mean", r"Что вы имели в виду"
CASES = [
    # a letter: the frame asks nothing, and the name signed is nobody asked about
    Question(
        "Dear assistant,\n\nWhat did check {t} cost us?\n\nKind regards,\nMargaret Olsen",
        "en",
        (r"\$0\.008",),
        (r"Margaret",),
    ),
    Question(
        "Добрый день!\nСколько стоила проверка {t}?\nС уважением,\nПётр Ильич",
        "ru",
        (r"\$0\.008",),
        (r"Пётр",),
    ),
    # words cut short with a dot; «вкл.» after a preposition is switched on, not an order
    Question("Ск. прог. сег. (шт.)?", "ru", (r"Запусков сегодня: 4",)),
    Question(
        "как часто пойдёт индексация при вкл. режиме экономии?", "ru", (r"135 мин",), (r"mirano economy",)
    ),
    # capitals are read as lower case
    Question("СКОЛЬКО СТОИЛА ПРОВЕРКА {t}?", "ru", (r"\$0\.008",)),
    # Scots and patois said in English
    Question("whit did check {t} cost tae run, ken?", "en", (r"\$0\.008",)),
    Question("mi need yuh fi rerun di linear sync", "en", (r"mirano run ingest\.linear",)),
    # a checklist of asks, each answered
    Question(
        "Status of ingest.attio; spend today; next digest",
        "en",
        (r"ingest\.attio is not running", r"Today, all jobs cost \$0\.02", r"memory\.digest runs next"),
    ),
    # "and the second one?": the same ask of the next in order
    Question(
        "what did the first check of Leninsky 90 cost, and the second one?",
        "en",
        (r"Check #{a} .*cost 9 source call", r"Check #{b} .*cost 0 source call"),
    ),
    # "pls just do it": the ask before, asked to be done (a dollar budget, however the calls are named)
    Question(
        "a budget of $3 a day on source calls, possible? just do it pls", "en", (r"mirano budget usd 3",)
    ),
    # a skipped run today, the sync, the notice: which, when two or three fit
    Question("why did the run skip today?", "en", (WHICH_EN, r"#{build_again}", r"#{linear_skip}")),
    Question("what did the latest sync cost?", "en", (WHICH_EN, r"ingest\.attio", r"ingest\.linear")),
    Question("Во что обошёлся последний импорт?", "ru", (WHICH_RU, r"ingest\.chatwoot")),
    Question("has the notice been read?", "en", (WHICH_EN, r"#{notice_t}", r"#{notice_project}")),
    Question("уведомление уже прочитано?", "ru", (WHICH_RU, r"не прочитали")),
    # the index checked against the database; a source that found nothing said plainly
    Question("is the search index in step with the database?", "en", (r"matches the database",)),
    Question(
        "are there enforcement proceedings on check {a}, is that why the risk is high?",
        "en",
        (r"enforcement proceedings: no records found",),
    ),
    # a risk line quotes the reader's half of its explanation
    Question("какой риск у проверки {t}?", "ru", (r"Цена ниже рынка: 213 333 ₽/м²",), (r"below market",)),
    # a number in brackets after an address is its check
    Question("Тверская 1 ({t}) — сколько стоила?", "ru", (r"\$0\.008",)),
]


@pytest.mark.parametrize("question", CASES, ids=[q.turns[-1][:40] for q in CASES])
def test_what_people_write_is_read_as_meant(demo_world: dict[str, Any], question: Question) -> None:
    thread = f"written-{CASES.index(question)}"
    graded = ask_and_grade(lambda text, t: agent.ask(text, thread_id=t), question, demo_world, thread)
    assert graded.ok, (graded.failures, graded.answer)


def test_a_checklist_splits_only_when_it_starts_with_an_item() -> None:
    assert clauses("cost today; status of ingest.linear") == ["cost today", "status of ingest.linear"]
    assert clauses("статус ingest.linear, расходы за неделю") == ["статус ingest.linear", "расходы за неделю"]
    assert len(clauses("Why did the sync, the build and the digest cost so much?")) == 1


def test_words_cut_short_are_put_back_and_addresses_stay() -> None:
    assert plain("Ск. пров. сег.?") == "Сколько проверок сегодня?"
    assert plain("г. Москва, ул. Тверская, д. 1") == "г. Москва, ул. Тверская, д. 1"
    assert plain("при вкл. экономии") == "при включённом экономии"


def test_a_letters_frame_never_takes_a_question_with_it() -> None:
    from agent.offline.understanding.clauses import without_letter_frame

    assert without_letter_frame("Dear team,\n\nIs economy on?\n\nBest regards,\nAnn") == "Is economy on?"
    assert (
        without_letter_frame("Hi, is economy on?\nAnd the budgets?") == "Hi, is economy on?\nAnd the budgets?"
    )
    assert without_letter_frame("Проверка 3 готова?\nСпасибо, а сколько она стоила?").endswith("стоила?")


def test_an_apology_with_if_is_no_supposition() -> None:
    assert speech_act("Включите, пожалуйста, экономию. Извините, если написал не так.") == "request"
    assert speech_act("Если включить экономию, что встанет?") == "hypothetical"
