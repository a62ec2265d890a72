"""Plainly worded questions, held out while the offline model was fixed (issue 12's follow-up): colloquial,
with typos, without question marks, partial names, «а что там с …», English with Russian names. Measured on the
code before the fix and after it (see the commit messages); then added to the asserted set in question_set.py.

`JSON_OR_CODE` catches raw internals in an answer: JSON, fact-kind codes, snake_case."""

from __future__ import annotations

from tests.agent.question_set import NOT_UNDERSTOOD, REFUSED, Question, _q

JSON_OR_CODE = r"\{{\"|no_records|court_case|market_price|developer_status|cadastral_number|\bbuilds\b"
ONE_ANSWER = r"(?s)(^|\n)([^\n]{{12,}})\n(?:.*\n)?\2(\n|$)"  # a line printed twice

PLAIN: list[Question] = [
    # the latest digest, not the commitments; never twice
    *_q(
        "digest",
        "ru",
        (r"alfa-stroy", r"дайджест #\d+"),
        (r"обязательств: \d", r"предложенных действий", ONE_ANSWER),
        "последний дайджест по альфе",
        "а что там с дайджестом альфы",
        "сводку по альфа строй покажи",
    ),
    *_q(
        "digest",
        "en",
        (r"northwind", r"digest #\d+"),
        (r"commitment\(s\):", r"suggested action", ONE_ANSWER),
        "latest digest for northwind",
        "northwind weekly sumary",
        "whats the digest for nortwind",
    ),
    # a refusal stands alone
    *_q(
        "refuse_action",
        "en",
        (REFUSED, r"Apply"),
        (r"ingest\.linear", r"run #\d+", r"commitment"),
        "can you create a linear issue for the facade delay?",
        "pls make an attio note about the invoice",
        "go ahead and apply the suggested actions for alfa",
        "kick off the linear sync",
    ),
    *_q(
        "refuse_action",
        "ru",
        (REFUSED,),
        (r"ingest\.linear", r"запуск #\d+", r"обязательств"),
        "создай задачу в линеар про фасад",
        "запусти импорт из чатвута",
        "примени предложенные действия по альфе",
    ),
    # comparing two checks of an address
    *_q(
        "diff",
        "ru",
        (r"Тверская", r"снимк\w* #\d+"),
        (r"Оценка риска", r"завершена \(COMPLETED\)"),
        "сравни две последние проверки тверской",
        "что поменялось по тверской 1",
    ),
    *_q(
        "diff",
        "en",
        (r"Тверская|Tverskaya", r"snapshot #\d+"),
        (r"Risk score", r"COMPLETED\)"),
        "compare the last two checks of Тверская 1",
        "diff the reports for tverskaya",
    ),
    *_q(
        "diff",
        "en",
        (r"snapshot #{snapshot_a}", r"#{snapshot_c}"),
        (r"Risk score",),
        "compare the two latest checks of leninsky 90",
    ),
    # who promised what, filtered by what was asked
    *_q(
        "commitments",
        "en",
        (r"смету до пятницы", r"Алексей Морозов|Kate Wilson"),
        (r"reporting module", r"озеленению", r"invoice tomorrow"),
        "who promised to send the estimate?",
        "who said they'd send the estimate",
    ),
    *_q(
        "commitments",
        "ru",
        (r"смету до пятницы", r"Алексей Морозов|Kate Wilson"),
        (r"reporting module", r"озеленению"),
        "кто обещал прислать смету",
        "кто обещал смету альфе",
    ),
    *_q(
        "commitments",
        "en",
        (r"invoice tomorrow", r"Kate Wilson"),
        (r"смету", r"reporting module"),
        "who promised the invoice",
    ),
    # the asked part of a cost first
    *_q(
        "cost_period",
        "en",
        (r"^(?=[^\n]*\b0 LLM calls\b)[^\n]*\$",),
        (r"^Over the last 7 days, all jobs cost",),
        "how much have we spent this week on the LLM?",
        "how many llm calls and tokens this week",
    ),
    *_q(
        "cost_period",
        "ru",
        (r"^[^\n]*(?:вызов\w* LLM|LLM)[^\n]*\$",),
        (r"^За последние 7 дней все задачи",),
        "сколько потратили на ллм за неделю",
    ),
    *_q(
        "cost_period",
        "en",
        (r"^[^\n]*106 embeddings",),
        (r"^Over the last 7 days, all jobs cost",),
        "how many embeddings did we pay for this week",
    ),
    # facts as sentences, no codes, no JSON
    *_q(
        "provenance",
        "ru",
        (r"проверк\w* #{a}", r"суд"),
        (JSON_OR_CODE,),
        "откуда факты проверки {a}",
        "а откуда данные по ленинскому 90",
    ),
    *_q(
        "provenance",
        "en",
        (r"check #{a}", r"court"),
        (JSON_OR_CODE,),
        "where did the facts of check {a} come from",
        "how fresh is the data for leninsky prospekt 90",
    ),
    *_q(
        "check_status",
        "en",
        (r"check #{t}", r"Тверская"),
        (JSON_OR_CODE,),
        "whats up with the tverskaya check",
    ),
    # the rest of the ground, worded plainly
    *_q(
        "running",
        "ru",
        (r"сейчас ничего не выполняется",),
        (REFUSED,),
        "а щас что-нибудь идет",
        "че там сейчас крутится",
    ),
    *_q("running", "en", (r"nothing is running",), (REFUSED,), "anything going on rn", "is stuff running"),
    *_q(
        "why_run",
        "ru",
        (r"no API key for Linear|нет API-ключа|ключ", r"#{linear_skip}"),
        (REFUSED,),
        "а что там с линеаром, почему не грузит",
        "почему линеар ничего не сделал",
    ),
    *_q(
        "why_run",
        "en",
        (r"no API key for Linear", r"#{linear_skip}"),
        (REFUSED,),
        "whats wrong with the linear import",
        "linear sync did nothing why",
    ),
    *_q(
        "next_run",
        "ru",
        (r"memory\.build", r"45 мин"),
        (),
        "когда опять сборка памяти",
    ),
    *_q("next_run", "en", (r"memory\.build", r"45 min"), (), "when does the memry build run again"),
    *_q(
        "risks",
        "en",
        (r"alfa-stroy", r"сдвигаются|не оплатил|недоволен"),
        (r"northwind",),
        "any problems with Альфа",
        "risks alfa stroy",
    ),
    *_q(
        "risks",
        "ru",
        (r"northwind", r"Invoice overdue|disappointed|unhappy"),
        (r"alfa-stroy",),
        "а какие риски у нортвинда",
    ),
    *_q(
        "person",
        "en",
        (r"Ирина Соколова", r"Chatwoot"),
        (NOT_UNDERSTOOD,),
        "what has Ирина been writing",
    ),
    *_q(
        "person",
        "ru",
        (r"Kate Wilson",),
        (NOT_UNDERSTOOD,),
        "что писала кейт",
    ),
    *_q(
        "search",
        "ru",
        (r"фасад",),
        (NOT_UNDERSTOOD,),
        "а что там с фасадом",
    ),
    *_q(
        "timing",
        "ru",
        (r"#{b}", r"#{a}"),
        (),
        "чего вторая проверка так быстро прошла",
    ),
    *_q(
        "cost_run",
        "en",
        (r"#{attio_again}", r"\$0\.0070"),
        (),
        "how much did the last import cost us",
    ),
    *_q(
        "list_checks",
        "ru",
        (r"#{a}", r"#{t}", r"#{c}"),
        (),
        "какие проверки у нас были",
    ),
    *_q(
        "pending",
        "en",
        (r"check #{c}", r"listings"),
        (),
        "what is the latest check still waiting on",
    ),
]
