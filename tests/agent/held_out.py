"""The held-out question set (issue 29): questions worded the way people write to a colleague — typos, colloquial
and polite forms, requests that do not start with a verb, hypotheticals, questions in two parts, false premises,
questions about something else entirely — in Russian and English, on the shared demo data
(tests/agent/demo_world.py).

Written before the understanding stages were changed, and kept apart from what the offline model learns from:
nothing here is copied into `agent/offline/understanding/` (its example phrasings, rules or synonyms), and a test
checks that no question of this set is one of the model's examples. The patterns say what a right answer does,
not how it is worded: a refusal names the button or the `mirano` command; an answer about a named job names that
job and not the whole schedule; a false premise is said to be false; a question Mirano does not answer gets one
line saying so, never "I did not understand".

The demo data: now is noon three days after the first checks; nothing runs; ingest.linear's last run
#{linear_skip} skipped for "no API key for Linear"; ingest.attio's last run #{attio_again} cost $0.007; the week
cost $0.0991; memory.build runs every 45 min, the digest weekly, ingest.chatwoot every 12 min; notices.projects,
notices.deliver, checks.prefetch and checks.recheck have never run; economy mode is off and no budget is set; check
#{a} fetched Ленинский 90, #{b} reused all of it, #{c} reuses from #{a} and waits for listings, #{t} is Тверская 1.
"""

from __future__ import annotations

from tests.agent.question_set import Question

NOT_UNDERSTOOD = r"did not understand|не понял|Closest things|Ближе всего"
REFUSED = r"cannot|can't|не могу"
RU_REFUSED = r"не могу"
NOT_DONE = (
    r"not something Mirano|isn't something|is not what Mirano|Mirano не|не то, чем|не занимается|не делает"
)
NEVER_RAN = r"never run|has not run|hasn't run|no runs yet|not run yet"
RU_NEVER_RAN = (
    r"ни разу не|ещё не запускал|еще не запускал|не запускалось|запусков ещё не было|не выполнялось"
)
LOOKUP_FAILED = r"could not look|no matching run|не удалось это найти"


def _q(
    topic: str, lang: str, must: tuple[str, ...], must_not: tuple[str, ...], *texts: str
) -> list[Question]:
    return [Question(t, lang, must, must_not, topic) for t in texts]


def _one(topic: str, lang: str, text: str, *must: str, never: tuple[str, ...] = ()) -> Question:
    return Question(text, lang, tuple(must), (NOT_UNDERSTOOD, *never), topic)


REQUESTS = [
    _one("request", "en", "Mind rerunning the digest for me?", REFUSED, r"mirano run memory\.digest"),
    _one("request", "en", "could u kick the linear sync again pls", REFUSED, r"mirano run ingest\.linear"),
    _one("request", "en", "I'd like you to turn economy mode on", REFUSED, r"mirano economy on"),
    _one(
        "request",
        "en",
        "Please re-check that address and let me know when something changes",
        REFUSED,
        r"Re-check|mirano check",
        never=(r"snapshot",),
    ),
    _one(
        "request",
        "en",
        "Would you be so kind as to apply the suggested Linear issue for northwind?",
        REFUSED,
        r"Apply|mirano actions apply",
    ),
    _one("request", "en", "Can the embeddings be rebuilt now please", REFUSED, r"mirano run memory\.build"),
    _one("request", "en", "go ahead and fire off the Attio import", REFUSED, r"mirano run ingest\.attio"),
    _one("request", "en", "I need a fresh check of Тверская 1, can you start one?", REFUSED, r"mirano check"),
    _one("request", "en", "Set the daily budget for tokens to 5000, thanks", REFUSED, r"mirano budget"),
    _one("request", "en", "Bind northwind to chatwoot inbox 7 for me", REFUSED, r"mirano bind"),
    _one("request", "en", "Could you finalize check {c}?", REFUSED, r"Finalize|--finalize"),
    _one("request", "en", "Please switch economy off", REFUSED, r"mirano economy off"),
    _one(
        "request", "en", "Would you mind syncing chatwoot right now?", REFUSED, r"mirano run ingest\.chatwoot"
    ),
    _one("request", "en", "I want the extraction to run again today", REFUSED, r"mirano run memory\.extract"),
    _one("request", "ru", "Можешь перезапустить дайджест?", RU_REFUSED, r"mirano run memory\.digest"),
    _one(
        "request",
        "ru",
        "Перезапусти, пожалуйста, синхронизацию линеара",
        RU_REFUSED,
        r"mirano run ingest\.linear",
    ),
    _one("request", "ru", "Будь добр, включи экономию", RU_REFUSED, r"mirano economy on"),
    _one("request", "ru", "А можно сейчас запустить сборку памяти?", RU_REFUSED, r"mirano run memory\.build"),
    _one("request", "ru", "Надо бы пересобрать эмбеддинги", RU_REFUSED, r"mirano run memory\.build"),
    _one("request", "ru", "Сделай проверку по адресу Тверская 1", RU_REFUSED, r"mirano check"),
    _one(
        "request",
        "ru",
        "Примени, пожалуйста, предложенные действия по Альфе",
        RU_REFUSED,
        r"mirano actions apply|Применить",
    ),
    _one("request", "ru", "Поставь бюджет на токены 1000", RU_REFUSED, r"mirano budget"),
    _one("request", "ru", "Не мог бы ты запустить импорт из Attio?", RU_REFUSED, r"mirano run ingest\.attio"),
    _one(
        "request", "ru", "Хочу, чтобы ты перепроверил проверку {c}", RU_REFUSED, r"Перепроверить|mirano check"
    ),
    _one("request", "ru", "Отключи режим экономии", RU_REFUSED, r"mirano economy off"),
    _one("request", "ru", "Зафиксируй отчёт по проверке {a}", RU_REFUSED, r"Зафиксировать|--finalize"),
    _one("request", "ru", "Привяжи northwind к инбоксу 5 в чатвуте", RU_REFUSED, r"mirano bind"),
    _one("request", "ru", "запусти плиз чатвут", RU_REFUSED, r"mirano run ingest\.chatwoot"),
]

HYPOTHETICALS = [
    _one(
        "hypothetical",
        "en",
        "With economy on, would this week's digest still be written?",
        r"memory\.digest",
        r"21 day",
        never=(r"^Economy mode is off\.?$",),
    ),
    _one(
        "hypothetical",
        "en",
        "If I turn on economy mode, what happens to the Linear import?",
        r"ingest\.linear",
        r"36 min",
    ),
    _one("hypothetical", "en", "What would change if economy mode were on?", r"0\.25|×|x", r"would"),
    _one(
        "hypothetical",
        "en",
        "Suppose economy is on — when would memory.build run next?",
        r"memory\.build",
        r"135 min|2 h 15",
    ),
    _one(
        "hypothetical",
        "en",
        "If we set a daily budget of 100 source calls, would today's work stop?",
        r"source calls",
        r"100",
    ),
    _one("hypothetical", "en", "what if I switch economy off?", r"already off"),
    _one(
        "hypothetical",
        "en",
        "Hypothetically, with economy on would extraction still happen?",
        r"memory\.extract",
        r"36 h|would",
    ),
    _one(
        "hypothetical",
        "en",
        "With economy mode would the chatwoot sync still pull messages every 12 minutes?",
        r"ingest\.chatwoot",
        r"36 min",
    ),
    _one(
        "hypothetical",
        "ru",
        "Если включить экономию, дайджест на этой неделе всё равно соберётся?",
        r"memory\.digest",
        r"21 д",
    ),
    _one(
        "hypothetical",
        "ru",
        "Что будет со сборкой памяти, если включить режим экономии?",
        r"memory\.build",
        r"135 мин|2 ч 15",
    ),
    _one(
        "hypothetical",
        "ru",
        "А если экономия будет включена, как часто пойдёт импорт из чатвута?",
        r"ingest\.chatwoot",
        r"36 мин",
    ),
    _one(
        "hypothetical",
        "ru",
        "Если поставить бюджет 1000 эмбеддингов в день, работа сегодня остановится?",
        r"эмбеддинг",
        r"1000|1 000",
    ),
    _one(
        "hypothetical",
        "ru",
        "Допустим, включим экономию — извлечение обязательств остановится?",
        r"memory\.extract",
    ),
]

COMPOUND = [
    _one(
        "compound",
        "en",
        "What's running right now and what did we spend this week?",
        r"nothing is running",
        r"\$0\.0991",
    ),
    _one(
        "compound",
        "en",
        "Why did the linear import skip, and when will it run again?",
        r"no API key for Linear",
        r"ingest\.linear.{{0,40}}(?:next|\d\d:\d\d)|next run",
    ),
    _one(
        "compound",
        "en",
        "Is check {c} done yet and where did its court data come from?",
        r"PARTIAL|partial",
        r"court.{{0,60}}check #{a}",
    ),
    _one(
        "compound",
        "en",
        "Which projects do we have, and what did we promise northwind?",
        r"alfa-stroy",
        r"invoice",
    ),
    _one(
        "compound",
        "en",
        "How much did the last attio sync cost and why was it so quick?",
        r"\$0\.007\b",
        r"#{attio_again}",
    ),
    _one("compound", "en", "What did Irina write and what are alfa's risks?", r"Ирина", r"risk"),
    _one("compound", "en", "Is economy on? also any budgets set?", r"off", r"budget"),
    _one(
        "compound",
        "en",
        "When does memory.build run next, and when did it last succeed?",
        r"memory\.build",
        r"45 min|\d\d:\d\d",
        r"succe",
    ),
    _one(
        "compound",
        "ru",
        "Что сейчас крутится и сколько потратили за неделю?",
        r"ничего не выполняется",
        r"\$0\.0991",
    ),
    _one("compound", "ru", "Почему линеар пропустил запуск и когда следующий?", r"ключ|API", r"следующ"),
    _one(
        "compound",
        "ru",
        "Проверка {c} готова? И откуда там данные по судам?",
        r"PARTIAL|частичн|ожида",
        r"#{a}",
    ),
    _one(
        "compound",
        "ru",
        "Какие есть проекты и что мы обещали нортвинду?",
        r"alfa-stroy",
        r"invoice|счёт|счет",
    ),
    _one("compound", "ru", "Включена ли экономия, и какие бюджеты стоят?", r"выключен", r"бюджет"),
    _one("compound", "ru", "Что писал Tom Baker и какие риски у northwind?", r"Tom Baker", r"риск"),
]

FALSE_PREMISES = [
    _one(
        "false_premise",
        "en",
        "Why did notices.projects fail?",
        r"notices\.projects",
        NEVER_RAN,
        never=(LOOKUP_FAILED,),
    ),
    _one(
        "false_premise",
        "en",
        "Why did checks.prefetch crash last night?",
        r"checks\.prefetch",
        NEVER_RAN,
        never=(LOOKUP_FAILED,),
    ),
    _one(
        "false_premise",
        "en",
        "what went wrong with the digest's failed run?",
        r"memory\.digest",
        r"no failed|has not failed|hasn't failed|never failed|did not fail",
    ),
    _one(
        "false_premise",
        "en",
        "Why did ingest.attio fail?",
        r"ingest\.attio",
        r"no failed|has not failed|hasn't failed|never failed|did not fail",
    ),
    _one(
        "false_premise",
        "en",
        "Why did the re-check job fail?",
        r"checks\.recheck",
        NEVER_RAN,
        never=(LOOKUP_FAILED,),
    ),
    _one("false_premise", "en", "Why did run 999 fail?", r"no run #?999|there is no run|does not exist"),
    _one(
        "false_premise",
        "ru",
        "Почему упал notices.deliver?",
        r"notices\.deliver",
        RU_NEVER_RAN,
        never=(LOOKUP_FAILED, r"no matching"),
    ),
    _one(
        "false_premise",
        "ru",
        "Почему упала сборка памяти?",
        r"memory\.build",
        r"не падал|неудачных запусков не было|не было неудач|ни разу не упал|не завершался ошибкой",
    ),
    _one("false_premise", "ru", "Что сломалось в префетче?", r"checks\.prefetch", RU_NEVER_RAN),
    _one("false_premise", "ru", "Почему упал запуск 999?", r"нет запуска|запуска #?999 нет|не существует"),
    _one(
        "false_premise",
        "ru",
        "Почему не сработал notices.projects?",
        r"notices\.projects",
        RU_NEVER_RAN,
        never=(LOOKUP_FAILED, r"no matching"),
    ),
    _one(
        "false_premise",
        "ru",
        "почему упала перепроверка?",
        r"checks\.recheck",
        RU_NEVER_RAN,
        never=(r"no matching",),
    ),
]

OUT_OF_SCOPE = [
    *_q(
        "out_of_scope",
        "en",
        (NOT_DONE,),
        (NOT_UNDERSTOOD, r"\n"),
        "Recommend a restaurant near the office",
        "what's the weather like tomorrow in Moscow?",
        "Can you write me a poem about autumn?",
        "Who won the football last night?",
        "Translate 'good morning' into French",
        "How do I cook borscht?",
        "tell me a joke",
    ),
    *_q(
        "out_of_scope",
        "ru",
        (NOT_DONE,),
        (NOT_UNDERSTOOD, r"\n", r"\b(?!mirano\b)[a-z]{{4,}}\b"),
        "Посоветуй ресторан рядом с офисом",
        "Какая погода будет завтра?",
        "Напиши стихотворение про осень",
        "Сколько сейчас стоит биткоин?",
        "Кто президент Франции?",
        "Как сварить борщ?",
        "расскажи анекдот",
    ),
]

SUBJECTS = [
    _one("subject", "en", "when will prefetch run again?", r"checks\.prefetch", never=(r"ingest\.chatwoot",)),
    _one(
        "subject",
        "ru",
        "Когда будет следующее построение эмбеддингов?",
        r"memory\.build",
        never=(r"ingest\.chatwoot",),
    ),
    _one("subject", "en", "next digest when?", r"memory\.digest", never=(r"ingest\.chatwoot",)),
    _one("subject", "en", "how's the attio import doing", r"ingest\.attio", never=(r"ingest\.chatwoot",)),
    _one("subject", "ru", "как там чатвут поживает", r"ingest\.chatwoot", never=(r"ingest\.linear",)),
    _one(
        "subject",
        "en",
        "When's the next time the embeddings get refreshed?",
        r"memory\.build",
        never=(r"ingest\.chatwoot",),
    ),
    _one(
        "subject",
        "ru",
        "Когда в следующий раз будут извлекаться обязательства?",
        r"memory\.extract",
        never=(r"ingest\.chatwoot",),
    ),
    _one("subject", "en", "how often does the digest get generated", r"memory\.digest", r"7 day"),
    _one(
        "subject",
        "ru",
        "Как часто гоняется синк с линеаром?",
        r"ingest\.linear",
        never=(r"ingest\.chatwoot",),
    ),
    _one(
        "subject",
        "ru",
        "Когда последний раз отрабатывал дайджест?",
        r"memory\.digest",
        never=(r"ingest\.chatwoot",),
    ),
    _one("subject", "en", "did the re-check job ever run?", r"checks\.recheck", NEVER_RAN),
    _one("subject", "ru", "Сколько стоила последняя синхронизация attio?", r"\$0\.007\b"),
    _one("subject", "en", "what did tom baker say lately", r"Tom Baker"),
    _one("subject", "ru", "что писал Алексей?", r"Алексей Морозов"),
    _one("subject", "en", "Any red flags on the alfa project?", r"alfa-stroy"),
    _one("subject", "en", "what are we on the hook for with northwind", r"northwind", r"invoice"),
    _one("subject", "en", "where'd the listings in check {c} come from", r"listings", r"pending|stale"),
    _one("subject", "ru", "откуда взялись данные о приставах в проверке {b}", r"#{a}"),
    _one("subject", "en", "was check {b} actually re-fetched or reused?", r"reused", r"check #{a}"),
    _one("subject", "ru", "сколько у нас проверок всего", r"4"),
    _one(
        "subject",
        "en",
        "what's up with the suggestions job",
        r"memory\.suggest",
        never=(r"ingest\.chatwoot",),
    ),
    _one("subject", "ru", "Когда следующая перепроверка?", r"checks\.recheck", never=(r"ingest\.chatwoot",)),
    _one("subject", "ru", "что там с импортом из CRM", r"ingest\.attio", never=(r"ingest\.chatwoot",)),
    _one(
        "subject",
        "en",
        "When's the memory extraction happening next",
        r"memory\.extract",
        never=(r"ingest\.chatwoot",),
    ),
    _one("subject", "ru", "А когда дайджест по northwind соберётся в следующий раз?", r"memory\.digest"),
    _one("subject", "en", "Why didn't Linear pull anything in?", r"no API key for Linear"),
    _one("subject", "ru", "почему линеар ничего не затянул?", r"Linear", r"ключ|API"),
    _one("subject", "en", "how many items did the last memory build go through?", r"#{build_again}"),
    _one("subject", "en", "prefetch — has it ever run?", r"checks\.prefetch", NEVER_RAN),
    _one(
        "subject",
        "ru",
        "Когда снова будет генерация дайджеста?",
        r"memory\.digest",
        never=(r"ingest\.chatwoot",),
    ),
]

AMBIGUOUS = [
    _one("ambiguous", "en", "Last time the notices job ran?", r"notices\.deliver", r"notices\.projects"),
    _one(
        "ambiguous",
        "en",
        "when does the import run next?",
        r"ingest\.chatwoot",
        r"ingest\.linear",
        r"ingest\.attio",
    ),
    _one("ambiguous", "ru", "Как дела у notices?", r"notices\.deliver", r"notices\.projects"),
    _one("ambiguous", "en", "what did Irina and Tom write?", r"Ирина", r"Tom Baker"),
    _one(
        "ambiguous", "ru", "Когда следующий импорт?", r"ingest\.chatwoot", r"ingest\.linear", r"ingest\.attio"
    ),
]

COLLOQUIAL = [
    _one("colloquial", "en", "yo what's mirano doing rn", r"nothing is running"),
    _one("colloquial", "ru", "шо там по расходам за неделю", r"\$0\.0991"),
    _one(
        "colloquial",
        "ru",
        "скока стоила вторая проверка",
        r"#{b}",
        r"\$0\.00\b|0 обращений|обращений к источникам: 0",
    ),
    _one("colloquial", "en", "did the second check reuse stuff?", r"reused", r"#{a}"),
    _one("colloquial", "en", "what changed since i last looked", r"Тверская|Tverskaya"),
    _one("colloquial", "ru", "есть чё новое по объектам которые я отслеживаю", r"Тверская"),
    _one("colloquial", "en", "which checks have we done so far", r"#{a}", r"#{t}"),
    _one("colloquial", "en", "is linear hooked up for real or is it demo", r"demo"),
    _one("colloquial", "en", "whats the latest on check {c}", r"#{c}", r"listings"),
    _one("colloquial", "ru", "сколько потратили сегодня", r"\$"),
]

HELD_OUT: list[Question] = [
    *REQUESTS,
    *HYPOTHETICALS,
    *COMPOUND,
    *FALSE_PREMISES,
    *OUT_OF_SCOPE,
    *SUBJECTS,
    *AMBIGUOUS,
    *COLLOQUIAL,
]
