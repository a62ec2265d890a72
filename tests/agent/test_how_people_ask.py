"""How people ask, read the way they mean it (stop 45): requests said as a need, a causative, a favour or in slang;
a condition said with «коли» or «когда включу»; asks in sequence after "then" or «потом»; a number written «№ 2»;
the priciest job carried to "its last run"; the subject a later part leans on; other topics that name a price.
Over the shared demo world; worded apart from the blind sets (tests/agent/unseen*.py are never copied here)."""

from __future__ import annotations

from typing import Any

import pytest

import agent
from agent.offline.understanding.clauses import clauses
from agent.offline.understanding.polar import yes_no
from agent.offline.understanding.speech_act import is_secret_request, speech_act
from tests.agent.blind_patterns import CANT_EN, CANT_RU, REFUSE_EN, REFUSE_RU
from tests.agent.grading import ask_and_grade
from tests.agent.question_set import Question

WHICH_EN, WHICH_RU = r"Which did you mean", r"Что вы имели в виду"
CASES = [
    # requests: a need, a causative, a favour, fillers between the modal and its verb, slang verbs
    Question(
        "We need the Linear sync restarted, today if possible.",
        "en",
        (REFUSE_EN, r"mirano run ingest\.linear"),
    ),
    Question("be a gem and rebuild the index", "en", (REFUSE_EN, r"Rebuild index")),
    Question("could you like actually just pause the digest", "en", (r"mirano pause memory\.digest",)),
    Question("тормозни сборку до вечера", "ru", (r"mirano pause memory\.build",)),
    Question("Нельзя ли перезапустить синхронизацию Attio?", "ru", (REFUSE_RU, r"mirano run ingest\.attio")),
    Question(
        "поставь лимит на эмбеддинги 100 в день",
        "ru",
        (r"mirano budget embeddings 100",),
        (r"не могу показать",),
    ),
    # a condition said with «коли» (the folk «если») or with the asker's own future act
    Question("коли включить экономию, сборка как часто пойдёт?", "ru", (r"135 мин",)),
    Question(
        "Когда включу экономию, дайджест будет писаться?",
        "ru",
        (r"memory\.digest.{{0,30}}продолжит работать",),
    ),
    # a cadence said in shorthand
    Question("what if the build ran every 2h?", "en", (r"mirano set memory\.build --cadence 2h",)),
    # asks in sequence after a comma
    Question(
        "Status of the linear sync, then next digest, plus today's spend",
        "en",
        (r"no API key", r"memory\.digest", r"\$0\.02"),
    ),
    Question(
        "Что сейчас выполняется, а заодно — сколько стоил запуск {chatwoot_again}?", "ru", (r"\$0\.013",)
    ),
    # «№ 2» with a space names the notice; the priciest job is what "its last run" means
    Question("Покажите уведомление № {notice_t}", "ru", (r"уведомление #{notice_t}",), (WHICH_RU,)),
    Question(
        "which job has cost the most overall, and what did its latest run cost?",
        "en",
        (r"ingest\.chatwoot: \$0\.081", r"Run #{chatwoot_again} of ingest\.chatwoot .* cost \$0\.013"),
    ),
    # the project said once covers the actions asked after it; totals over two projects first
    Question(
        "По northwind: сколько рисков и сколько предложенных действий?",
        "ru",
        (r"У northwind предложенных действий: 5",),
        (r"alfa-stroy",),
    ),
    Question("how many suggested actions do we have in total?", "en", (r"8 suggested action\(s\) in all",)),
    # a run's "anything new" is its result; an archived project is called archived
    Question("did run {chatwoot_again} pull in anything new?", "en", (r"nothing new",), (r"notice",)),
    Question("which project is archived?", "en", (r"globex-archive .*archived \(inactive\)",)),
    # a price said of another thing is not Mirano's; a tradesman near an address is not either
    Question("what's a fair price for a used tractor?", "en", (CANT_EN,)),
    Question("посоветуй сантехника рядом с Тверской", "ru", (CANT_RU,)),
    # one check of three, asked what it turned up; its risk, when all three scored alike, answered
    Question("what did the check on Leninsky 90 turn up?", "en", (WHICH_EN, r"#{c}", r"#{a}")),
    Question("risk score of the Leninsky 90 check?", "en", (r"60\.0",), (WHICH_EN,)),
]


@pytest.mark.parametrize("question", CASES, ids=[q.turns[-1][:40] for q in CASES])
def test_what_people_ask_is_read_as_meant(demo_world: dict[str, Any], question: Question) -> None:
    thread = f"asked-{CASES.index(question)}"
    graded = ask_and_grade(lambda text, t: agent.ask(text, thread_id=t), question, demo_world, thread)
    assert graded.ok, (graded.failures, graded.answer)


def test_a_relative_what_is_no_new_ask() -> None:
    assert clauses("покажи токен — тот самый, что записан в настройках? мне сверить") == [
        "покажи токен — тот самый, что записан в настройках?",
        "мне сверить",
    ]
    assert (
        len(clauses("Сколько стоила проверка 3? Что записано в снимке 4?")) == 2
    )  # «что записано»: a question


def test_a_secret_is_still_a_secret_after_its_purpose() -> None:
    assert is_secret_request("Для сверки расходов пришлите ключ OpenAI.")
    assert is_secret_request("что записано в переменной ATTIO_API_KEY?")
    assert not is_secret_request("для отчёта: сколько токенов мы потратили?")
    assert not is_secret_request("поставь лимит на токены 5000 в день")


def test_a_question_of_need_is_no_request() -> None:
    assert speech_act("do we need the index rebuilt?") == "question"
    assert speech_act("Need the index rebuilt today.") == "request"
    assert speech_act("хочу diff снимков 2 и 4 прогнать") != "request"
    assert (
        speech_act("нельзя запускать сборку днём?") == "question"
    )  # forbidden? asked; «нельзя ли …» asks for it


def test_a_negated_state_gets_no_verdict() -> None:
    assert yes_no("is check 4 complete?") == "complete"
    assert yes_no("Есть ли незавершённая проверка?") is None
    assert yes_no("is there an unfinished check?") is None


def test_an_empty_world_says_how_to_begin() -> None:
    from agent.offline.composing import compose, not_understood

    assert not_understood([], "en").endswith("property checks and project memory.")
    assert "Closest" not in not_understood([], "en")
    said = compose("projects", [("list_projects", {"data": []})], "ru")
    assert "Проектов пока нет" in said and "mirano bind" in said
