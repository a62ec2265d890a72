"""The assistant's question set: how people ask about Mirano, in Russian and English, with the facts each answer
must contain and must not contain on the shared demo data (tests/agent/demo_world.py).

Written from how users word questions, several phrasings per thing asked and per way of naming a thing; not
from the offline model's example phrasings. `must` and `must_not` are regular expressions (case-insensitive);
`{a}`, `{c}`, `{linear_skip}` … are ids from the demo data. A question of several turns is a tuple of
questions asked on one thread; the facts are checked on the last answer.

The demo data: nothing runs now; ingest.linear's last run #{linear_skip} skipped for "no API key for Linear";
the last ingestion is ingest.attio's run #{attio_again} (7 source calls, $0.007); memory.build runs every
45 min; this week cost $0.0991; check #{a} fetched Ленинский 90, check #{b} reused everything from it, check #{t}
is Тверская 1, check #{c} (three days later) reuses from #{a} and still waits for listings; snapshots of #{a} and
#{c}; projects alfa-stroy (client Альфа Строй) and northwind; authors Ирина Соколова, Tom Baker, Kate Wilson,
Алексей Морозов; {irina_latest} is the day of Ирина's newest message, read off the demo Chatwoot server.
"""

from __future__ import annotations

from dataclasses import dataclass

NOT_UNDERSTOOD = r"did not understand|не понял"
OUT_OF_SCOPE = r"not something Mirano does|не то, чем занимается Mirano"  # one line, and what Mirano does
NO_HELP_DUMP = r"For example|Например"
REFUSED = r"cannot|не могу"
RU_FETCH_DATE = r"\d\d\d\d-\d\d-\d\d \d\d:\d\d"  # a fetch's moment, as the product writes it


@dataclass(frozen=True)
class Question:
    text: str | tuple[str, ...]
    lang: str
    must: tuple[str, ...] = ()
    must_not: tuple[str, ...] = ()
    topic: str = ""

    @property
    def turns(self) -> tuple[str, ...]:
        return self.text if isinstance(self.text, tuple) else (self.text,)


def _q(
    topic: str, lang: str, must: tuple[str, ...], must_not: tuple[str, ...], *texts: str
) -> list[Question]:
    return [Question(t, lang, must, must_not, topic) for t in texts]


RUNNING = [
    *_q(
        "running",
        "en",
        (r"nothing is running", r"due now|next"),
        (r"since \d", REFUSED),
        "What is running right now?",
        "Is anything running at the moment?",
        "anything in progress?",
        "What's Mirano busy with now?",
        "Are there any active runs?",
        "Is a sync going on right now?",
    ),
    *_q(
        "running",
        "ru",
        (r"сейчас ничего не выполняется",),
        (REFUSED,),
        "Что сейчас работает?",
        "Что сейчас запущено?",
        "Идёт ли сейчас какой-нибудь запуск?",
        "Чем система занята в данный момент?",
        "Есть что-то в процессе прямо сейчас?",
        "что крутится сейчас",
    ),
]

NEXT_RUN = [
    *_q(
        "next_run",
        "en",
        (r"memory\.build", r"45 min"),
        (r"excerpt",),
        "When is the next memory build?",
        "When will memory.build run next?",
        "next run of the memory build job?",
        "When does the embedding job run again?",
        "How often is memory rebuilt?",
    ),
    *_q(
        "next_run",
        "ru",
        (r"memory\.build", r"45 мин"),
        (r"фрагмент",),
        "Когда следующий запуск сборки памяти?",
        "Когда снова будет сборка памяти?",
        "Во сколько следующий раз запустится memory.build?",
        "Как часто пересобирается память?",
        "Когда в следующий раз построится индекс?",
    ),
    *_q(
        "next_run",
        "en",
        (r"ingest\.chatwoot", r"12 min"),
        (),
        "When does the Chatwoot sync run next?",
        "When is Chatwoot going to be synced again?",
        "how often do we pull Chatwoot conversations?",
    ),
    *_q(
        "next_run",
        "ru",
        (r"ingest\.linear", r"12 мин"),
        (),
        "Когда следующий импорт из Linear?",
        "Когда снова синхронизируется Linear?",
        "Как часто мы забираем задачи из Linear?",
    ),
]

WHY_RUN = [
    *_q(
        "why_run",
        "ru",
        (r"#{linear_skip}", r"API", r"пропущен"),
        (r"за последние 7 дней", REFUSED),
        "Почему ingest.linear ничего не импортировал?",
        "Почему импорт из Linear ничего не загрузил?",
        "Что случилось с последним запуском синхронизации Linear?",
        "Почему не работает импорт из линеар?",
        "Какая причина у последнего запуска ingest.linear?",
        "Почему Linear пропущен?",
    ),
    *_q(
        "why_run",
        "en",
        (r"#{linear_skip}", r"no API key for Linear", r"skipped"),
        (r"Over the last 7 days", REFUSED),
        "Why didn't ingest.linear import anything?",
        "Why was the last Linear sync skipped?",
        "What went wrong with the Linear import?",
        "why is linear not syncing",
        "What was the reason of the last ingest.linear run?",
        "Linear sync did nothing - why?",
    ),
    *_q(
        "why_run",
        "en",
        (r"#{build_again}", r"nothing new"),
        (),
        "Why did the memory build do nothing last time?",
        "Why was memory.build skipped?",
        "What happened to the last memory build?",
    ),
    *_q(
        "why_run",
        "ru",
        (r"#{build_again}", r"ничего нового"),
        (),
        "Почему последняя сборка памяти ничего не сделала?",
        "Почему пропущена сборка памяти?",
    ),
    *_q(
        "why_run",
        "en",
        (r"#{chatwoot_again}", r"nothing new"),
        (),
        "What did the last Chatwoot sync do?",
        "Why did the Chatwoot sync import nothing?",
    ),
    *_q(
        "why_run",
        "ru",
        (r"#{linear_skip}", r"нет API-ключа для Linear"),
        (),
        "Что случилось с запуском {linear_skip}?",
        "Почему запуск №{linear_skip} пропущен?",
    ),
    *_q(
        "why_run",
        "en",
        (r"#{linear_skip}", r"no API key for Linear"),
        (),
        "What happened in run {linear_skip}?",
        "Why was run #{linear_skip} skipped?",
    ),
]

RUNS = [
    *_q(
        "runs",
        "en",
        (r"#{linear_skip}", r"#{build_again}", r"skipped"),
        (r"#{attio_again}",),
        "Which runs were skipped today?",
        "Show me the skipped runs from today",
        "What got skipped today?",
        "list today's skipped runs",
    ),
    *_q(
        "runs",
        "ru",
        (r"#{linear_skip}", r"#{build_again}"),
        (r"#{attio_again}",),
        "Какие запуски сегодня были пропущены?",
        "Покажи пропущенные сегодня запуски",
        "Что сегодня пропустилось?",
    ),
    *_q(
        "runs",
        "en",
        (r"no .*runs",),
        (r"#\d+ ",),
        "What ran yesterday?",
        "Show yesterday's runs",
        "Any runs yesterday?",
    ),
    *_q(
        "runs",
        "ru",
        (r"нет",),
        (r"запуск #\d+ ",),
        "Что запускалось вчера?",
        "Покажи вчерашние запуски",
    ),
    *_q(
        "runs",
        "en",
        (r"#{linear_skip}", r"#{chatwoot_again}", r"#{build_again}"),
        (),
        "Show the recent runs",
        "What has been running lately?",
        "run history please",
    ),
    *_q(
        "runs",
        "ru",
        (r"#{linear_skip}", r"#{chatwoot_again}"),
        (),
        "Покажи последние запуски",
        "История запусков",
    ),
    *_q(
        "runs",
        "en",
        (r"no failed runs",),
        (),
        "Did anything fail this week?",
        "Were there any failed runs this week?",
    ),
    *_q(
        "runs",
        "ru",
        (r"нет",),
        (r"#{linear_skip}",),
        "Были ли ошибки за неделю?",
        "Что-нибудь упало за эту неделю?",
    ),
]

STATUS = [
    *_q(
        "status",
        "en",
        (r"ingest\.chatwoot", r"#{chatwoot_again}", r"ok"),
        (r"ingest\.attio",),
        "What is the status of ingest.chatwoot?",
        "How is the Chatwoot sync doing?",
        "Is the Chatwoot import healthy?",
        "chatwoot status?",
        "Is ingest.chatwoot OK?",
    ),
    *_q(
        "status",
        "ru",
        (r"ingest\.attio", r"#{attio_again}"),
        (r"ingest\.chatwoot",),
        "Какой статус у ingest.attio?",
        "Как дела у синхронизации Attio?",
        "Всё ли в порядке с импортом из Attio?",
        "Работает ли выгрузка из CRM?",
        "Состояние задачи ingest.attio",
    ),
    *_q(
        "status",
        "en",
        (r"\d+ jobs", r"ingest\.linear", r"memory\.digest", r"checks\.recheck"),
        (),
        "How are all the jobs doing?",
        "Give me an overview of the background jobs",
        "Job statuses?",
        "Are all jobs ok?",
        "Show me every job's status",
    ),
    *_q(
        "status",
        "ru",
        (r"\d+ задач", r"ingest\.linear", r"memory\.extract"),
        (),
        "Какой статус у всех задач?",
        "Как обстоят дела с фоновыми задачами?",
        "Покажи состояние всех задач",
        "Всё ли в порядке с задачами?",
        "статус задач",
    ),
]

COST_RUN = [
    # "the last sync" names none of the three syncs: which is asked back (every blind writer read it so, sets 52-94)
    *_q(
        "which_sync",
        "en",
        (r"Which did you mean", r"ingest\.attio", r"ingest\.chatwoot", r"ingest\.linear"),
        (r"\$0\.0991",),
        "What did the last ingestion cost?",
        "How much was the most recent import?",
        "Cost of the latest sync run?",
        "What did the last ingestion run spend?",
        "how expensive was the last ingest",
        "how much did the last import cost us",
    ),
    *_q(
        "which_sync",
        "ru",
        (r"Что вы имели в виду", r"ingest\.attio", r"ingest\.chatwoot", r"ingest\.linear"),
        (r"\$0\.0991",),
        "Сколько стоил последний импорт?",
        "Во что обошлась последняя синхронизация?",
        "Стоимость последнего импорта?",
        "Сколько потратил последний запуск синхронизации?",
        "Сколько обращений к источникам сделала последняя загрузка?",
    ),
    *_q(
        "cost_run",
        "en",
        (r"#4", r"memory\.build", r"106 embeddings", r"\$0\.0021"),
        (),
        "How much did run 4 cost?",
        "What did run #4 spend?",
        "How many embeddings did run 4 make?",
    ),
    *_q(
        "cost_run",
        "ru",
        (r"#4", r"эмбеддингов: 106"),
        (),
        "Сколько стоил запуск 4?",
        "Сколько эмбеддингов сделал запуск №4?",
    ),
    *_q(
        "cost_run",
        "en",
        (r"#{chatwoot_again}", r"ingest\.chatwoot", r"\$0\.013\b", r"13 source calls"),
        (),
        "What did the last Chatwoot sync cost?",
        "How much did the most recent ingest.chatwoot run cost?",
        "cost of the last chatwoot import",
    ),
    *_q(
        "cost_run",
        "ru",
        (r"#{chatwoot_again}", r"\$0\.013\b"),
        (),
        "Сколько стоила последняя синхронизация Chatwoot?",
        "Во что обошёлся последний запуск ingest.chatwoot?",
    ),
]

COST_PERIOD = [
    *_q(
        "cost_period",
        "en",
        (r"\$0\.0991", r"ingest\.chatwoot", r"106 embeddings"),
        (),
        "How much did we spend this week?",
        "What did the last 7 days cost?",
        "Weekly spend?",
        "How many tokens and embeddings did we use this week?",
        "What's our cost for the week?",
    ),
    *_q(
        "cost_period",
        "ru",
        (r"\$0\.0991", r"ingest\.chatwoot"),
        (),
        "Сколько мы потратили за неделю?",
        "Какие расходы за последние 7 дней?",
        "Траты за неделю?",
        "Во сколько нам обошлась эта неделя?",
        "Сколько денег ушло за неделю?",
    ),
    *_q(
        "cost_period",
        "en",
        (r"\$0\.02\b", r"4 run"),
        (r"\$0\.0991",),
        "How much have we spent today?",
        "Today's costs?",
        "What did today cost so far?",
    ),
    *_q(
        "cost_period",
        "ru",
        (r"\$0\.02\b",),
        (r"\$0\.0991",),
        "Сколько потрачено сегодня?",
        "Расходы за сегодня",
    ),
    *_q(
        "cost_period",
        "en",
        (r"\$0\.00\b", r"0 run"),
        (r"\$0\.0991",),
        "What were the costs yesterday?",
        "How much did we spend yesterday?",
    ),
    *_q(
        "cost_period",
        "ru",
        (r"\$0\.00\b",),
        (r"\$0\.0991",),
        "Сколько мы потратили вчера?",
        "Какие были расходы вчера?",
    ),
    *_q(
        "cost_period",
        "en",
        (r"ingest\.chatwoot", r"\$0\.081\b", r"2 run"),
        (r"ingest\.attio",),
        "How much did the Chatwoot sync cost this week?",
        "What does ingest.chatwoot cost us per week?",
        "chatwoot spend this month",
    ),
    *_q(
        "cost_period",
        "ru",
        (r"ingest\.chatwoot", r"\$0\.081\b"),
        (r"ingest\.attio",),
        "Сколько стоит синхронизация Chatwoot за неделю?",
        "Сколько мы тратим на импорт из Chatwoot за месяц?",
    ),
    *_q(
        "cost_period",
        "en",
        (r"assistant made no paid model calls", r"\$0\b"),
        (r"\$0\.0991", r"ingest\."),
        "What did the assistant cost this week?",
        "How much has the assistant spent on the LLM today?",
    ),
    *_q(
        "cost_period",
        "ru",
        (r"ассистент не вызывал платную модель",),
        (r"\$0\.0991", r"ingest\."),
        "Сколько стоил ассистент за неделю?",
        "Во что нам обходится помощник?",
    ),
]

ECONOMY = [
    *_q(
        "economy",
        "en",
        (r"economy mode is off", r"no daily budgets"),
        (REFUSED,),
        "Is economy mode on?",
        "Are we in economy mode?",
        "What budgets are set?",
        "Did a budget stop anything today?",
        "are there spending limits?",
    ),
    *_q(
        "economy",
        "ru",
        (r"режим экономии выключен", r"дневные бюджеты не заданы"),
        (REFUSED,),
        "Включён ли режим экономии?",
        "Мы сейчас в режиме экономии?",
        "Какие заданы дневные бюджеты?",
        "Бюджет что-нибудь остановил?",
        "Есть ли лимиты на траты?",
    ),
]

MODES = [
    *_q(
        "modes",
        "en",
        (r"offline deterministic model", r"demo"),
        (),
        "Which mode is the assistant in?",
        "Are you using an LLM?",
        "Is this demo data or real?",
        "Are you online?",
        "Is Linear connected for real or is it a demo?",
    ),
    *_q(
        "modes",
        "ru",
        (r"офлайн", r"демо"),
        (),
        "В каком режиме работает ассистент?",
        "Ты используешь LLM?",
        "Это демо-данные?",
        "Ты онлайн или офлайн?",
        "Подключены ли настоящие системы или демо?",
    ),
]

CHECKS = [
    *_q(
        "check_status",
        "en",
        (r"#{c}", r"PARTIAL", r"listings", r"reused from check #{a}", RU_FETCH_DATE),
        (),
        "What is the status of check {c}?",
        "How is the latest check going?",
        "Is the last property check done?",
        "status of the newest check",
        "Is check #{c} complete?",
    ),
    *_q(
        "check_status",
        "ru",
        (r"#{c}", r"объявления", r"переиспользовано из проверки #{a}", RU_FETCH_DATE),
        (),
        "Какой статус у проверки {c}?",
        "Как дела с последней проверкой?",
        "Готова ли последняя проверка?",
        "Завершена ли проверка №{c}?",
        "Что с последней проверкой объекта?",
    ),
    *_q(
        "check_status",
        "en",
        (r"#{t}", r"Тверская", r"COMPLETED"),
        (r"check #{c}\b",),
        "How did the check of Tverskaya 1 go?",
        "What is the result for ул. Тверская, д. 1?",
        "Status of the Тверская check",
    ),
    *_q(
        "check_status",
        "ru",
        (r"#{t}", r"Тверская"),
        (r"проверк\w* #{c}\b",),
        "Как прошла проверка по Тверской?",
        "Какой результат проверки Тверская, 1?",
    ),
    *_q(
        "check_status",
        "en",
        (r"^Check #{t} has not failed: it ended without errors\.", r"COMPLETED"),
        (),
        "Why did the check of Tverskaya 1 fail?",
    ),
    *_q(
        "check_status",
        "ru",
        (r"^Проверка #{t} не упала: она завершилась без ошибок\.",),
        (),
        "Почему упала проверка по Тверской?",
    ),
    *_q(
        "check_status",
        "en",
        (r"#{a}", r"COMPLETED"),
        (r"check #{c}\b",),
        "Show the first check",
        "What did the first property check find?",
    ),
    *_q(
        "check_status",
        "ru",
        (r"#{b}", r"переиспользовано из проверки #{a}"),
        (r"проверк\w* #{c}\b",),
        "Покажи вторую проверку",
        "Что нашла вторая проверка?",
    ),
]

PENDING = [
    *_q(
        "pending",
        "en",
        (r"#{c}", r"listings", r"partial"),
        (),
        "What is check {c} still waiting for?",
        "Which sources of the latest check are still pending?",
        "Is the last check partial?",
        "What are we still waiting on for the newest check?",
        "anything still updating in the last check?",
    ),
    *_q(
        "pending",
        "ru",
        (r"#{c}", r"объявления", r"частичн"),
        (),
        "Что ещё в обработке по проверке {c}?",
        "Какие источники последней проверки ещё не готовы?",
        "Чего мы ещё ждём по последней проверке?",
        "Результат последней проверки частичный?",
        "Что ещё обновляется в последней проверке?",
    ),
]

PROVENANCE = [
    *_q(
        "provenance",
        "en",
        (r"#{c}", r"reused from check #{a}", RU_FETCH_DATE, r"stale"),
        (r"just checked",),
        "Where did the facts of check {c} come from?",
        "Are the facts in the latest check fresh?",
        "Were the facts of the last check reused?",
        "How old is the data in the newest check?",
        "Is anything stale in check #{c}?",
        "Was the latest check re-checked or reused?",
    ),
    *_q(
        "provenance",
        "ru",
        (r"#{c}", r"переиспользовано из проверки #{a}", RU_FETCH_DATE, r"устар"),
        (r"только что",),
        "Откуда данные в проверке {c}?",
        "Свежие ли данные в последней проверке?",
        "Данные последней проверки переиспользованы?",
        "Насколько старые данные в последней проверке?",
        "Устарело ли что-нибудь в проверке №{c}?",
        "Последняя проверка перепроверяла данные или взяла старые?",
    ),
    *_q(
        "provenance",
        "en",
        (r"#{a}", r"fetched by check #{a}", r"evidence [0-9a-f]{{12}}"),
        (r"reused from check",),
        "Show the evidence for the court facts of check {a}",
        "Where did the court data in check {a} come from?",
    ),
    *_q(
        "provenance",
        "ru",
        (r"объявления", r"устар"),
        (),
        "Свежие ли объявления в последней проверке?",
        "Когда были получены объявления в проверке {c}?",
    ),
]

TIMING = [
    *_q(
        "timing",
        "ru",
        (r"#{b}", r"#{a}", RU_FETCH_DATE, r"переиспольз"),
        (r"проверк\w* #{c}\b",),
        "Почему вторая проверка была такой быстрой?",
        "Почему проверка {b} прошла так быстро?",
        "Отчего вторая проверка заняла так мало времени?",
        "Почему проверка №{b} такая быстрая?",
        "Как так вышло, что вторая проверка была мгновенной?",
    ),
    *_q(
        "timing",
        "en",
        (r"#{b}", r"check #{a}", RU_FETCH_DATE, r"reused"),
        (r"check #{c}\b",),
        "Why was check {b} fast?",
        "Why was the second check so quick?",
        "How come check #{b} took no time?",
        "Why did the second property check finish so fast?",
        "what made check {b} that fast?",
    ),
    *_q(
        "timing",
        "en",
        (r"#{a}", r"fetched", r"source call"),
        (r"reused from check",),
        "Why did the first check take so long?",
        "Why was check {a} slow?",
        "How long did check {a} take?",
    ),
    *_q(
        "timing",
        "ru",
        (r"#{a}", r"обращени"),
        (),
        "Почему первая проверка шла так долго?",
        "Сколько длилась проверка {a}?",
    ),
    *_q(
        "timing",
        "en",
        (r"#{c}", r"still running", r"listings"),
        (),
        "Why is the latest check taking so long?",
        "Why is check {c} slow?",
    ),
]

ADDRESS_FORMS = [
    *_q(
        "address",
        "en",
        (r"#{a}", r"COMPLETED|fetched"),
        (r"check #{c}\b",),
        ("Why was the second check so fast?", "and the first check of this address?"),
        ("What is the status of check {b}?", "What about the first check of this address?"),
        "Show the first check of Ленинский проспект 90",
        "What did the first check of г. Москва, Ленинский проспект, д. 90 find?",
        "first check at Leninsky 90?",
    ),
    *_q(
        "address",
        "ru",
        (r"#{a}",),
        (r"проверк\w* #{c}\b",),
        ("Почему вторая проверка была быстрой?", "а первая проверка этого адреса?"),
        "Покажи первую проверку по Ленинскому проспекту 90",
        "Что нашла первая проверка адреса Ленинский пр-т, 90?",
    ),
    *_q(
        "address",
        "en",
        (r"#{c}", r"PARTIAL|partial"),
        (),
        "What is the latest check of Ленинский 90?",
        "Status of the most recent check at Leninsky prospekt 90",
    ),
    *_q(
        "address",
        "en",
        (r"#{a}", r"#{b}", r"#{c}"),
        (r"#{t}\b",),
        "List the checks of Ленинский проспект 90",
        "Which checks were done for Leninsky 90?",
    ),
    *_q(
        "address",
        "ru",
        (r"#{a}", r"#{b}", r"#{c}"),
        (r"#{t}\b",),
        "Все проверки по адресу Ленинский проспект, 90",
        "Какие проверки были по Ленинскому 90?",
    ),
]

LIST_CHECKS = [
    *_q(
        "list_checks",
        "en",
        (r"#{a}", r"#{b}", r"#{t}", r"#{c}"),
        (),
        "List all checks",
        "Which property checks have we run?",
        "How many checks are there?",
        "show me every check",
        "What checks exist?",
    ),
    *_q(
        "list_checks",
        "ru",
        (r"#{a}", r"#{t}", r"#{c}"),
        (),
        "Покажи все проверки",
        "Какие проверки у нас были?",
        "Сколько всего проверок?",
        "Список проверок",
        "Какие объекты мы проверяли?",
    ),
]

DIFF = [
    *_q(
        "diff",
        "en",
        (r"snapshot #{snapshot_a}", r"#{snapshot_c}", r"added", r"changed"),
        (REFUSED,),
        "What changed since the last check?",
        "What changed for Ленинский проспект 90?",
        "Show the diff of the Leninsky 90 snapshots",
        "Has anything changed at г. Москва, Ленинский проспект, д. 90?",
    ),
    Question(  # "this property" names the one the thread is about; asked alone it is asked back (two have reports)
        (
            "What changed for Ленинский проспект 90?",
            "Is anything different between the two reports of this property?",
        ),
        "en",
        (r"snapshot #{snapshot_a}", r"#{snapshot_c}", r"added", r"changed"),
        (REFUSED,),
        "diff",
    ),
    *_q(
        "diff",
        "ru",
        (r"снимк\w* #{snapshot_a}", r"#{snapshot_c}", r"добавлено"),
        (REFUSED,),
        "Что изменилось с прошлой проверки?",
        "Что изменилось по адресу Ленинский проспект 90?",
        "Чем отличаются отчёты по Ленинскому 90?",
        "Есть ли изменения по объекту на Ленинском?",
        "Сравни снимки по Ленинскому проспекту",
    ),
]

COMMITMENTS = [
    *_q(
        "commitments",
        "en",
        (r"alfa-stroy", r"смету до пятницы"),
        (r"northwind",),
        "What did we promise the client Alfa?",
        "What commitments do we have in alfa-stroy?",
        "What do we owe Альфа Строй?",
        "Which promises did we make to Alfa Stroy?",
        "open commitments for alfa",
    ),
    *_q(
        "commitments",
        "ru",
        (r"alfa-stroy", r"смету до пятницы"),
        (r"northwind",),
        "Что мы обещали клиенту Альфа?",
        "Какие обязательства по проекту alfa-stroy?",
        "Что мы должны Альфа Строй?",
        "Какие обещания мы дали Альфе?",
        "обязательства перед Альфа Строй",
    ),
    *_q(
        "commitments",
        "en",
        (r"northwind", r"Monday|reporting module"),
        (r"alfa-stroy",),
        "What did we commit to for Northwind?",
        "Which deadlines did we promise Northwind?",
        "northwind commitments",
    ),
    *_q(
        "commitments",
        "ru",
        (r"northwind",),
        (r"alfa-stroy",),
        "Что мы обещали Northwind?",
        "Какие обязательства у проекта Нортвинд?",
    ),
]

RISKS = [
    *_q(
        "risks",
        "en",
        (r"northwind", r"Invoice overdue|disappointed|unhappy"),
        (r"alfa-stroy",),
        "What are the risks in northwind?",
        "Any red flags with Northwind?",
        "Is the Northwind client unhappy?",
        "what could go wrong with northwind",
        "risks for the Northwind portal project",
    ),
    *_q(
        "risks",
        "ru",
        (r"alfa-stroy", r"сдвигаются|не оплатил|недоволен"),
        (r"northwind",),
        "Какие риски у проекта Альфа?",
        "Есть ли проблемы с клиентом Альфа Строй?",
        "Что может пойти не так с Альфой?",
        "Клиент Альфа недоволен?",
        "риски по alfa-stroy",
    ),
]

DIGEST = [
    *_q(
        "digest",
        "en",
        (r"northwind", r"digest #\d+", r"version 1"),
        (r"alfa-stroy",),
        "Show the digest of northwind",
        "What happened this week in Northwind?",
        "Weekly summary for Northwind please",
        "Give me the Northwind weekly report",
        "summarize the week for northwind",
    ),
    *_q(
        "digest",
        "ru",
        (r"alfa-stroy", r"дайджест #\d+", r"верси"),
        (r"northwind",),
        "Покажи дайджест проекта alfa-stroy",
        "Что было на этой неделе по Альфе?",
        "Сводка за неделю по Альфа Строй",
        "Еженедельный отчёт по клиенту Альфа",
        "Итоги недели по проекту Альфа",
    ),
]

ACTIONS = [
    *_q(
        "actions",
        "en",
        (r"northwind", r"suggested action", r"Apply"),
        (r"applied by you",),
        "What actions are suggested for northwind?",
        "Which Linear issues should we create for Northwind?",
        "Any suggestions for the Northwind project?",
        "What does Mirano recommend doing for Northwind?",
        "suggested actions northwind",
    ),
    *_q(
        "actions",
        "ru",
        (r"alfa-stroy", r"предложенн"),
        (),
        "Какие действия предлагаются по Альфе?",
        "Что Mirano советует сделать по проекту Альфа?",
        "Покажи предложенные действия для alfa-stroy",
        "Какие задачи в Linear стоит завести для Альфа Строй?",
        "рекомендации по клиенту Альфа",
    ),
]

PROJECTS = [
    *_q(
        "projects",
        "en",
        (r"alfa-stroy", r"northwind", r"globex-archive"),
        (),
        "Which projects are there?",
        "List the projects and their bindings",
        "How many projects do we have?",
        "What projects are set up?",
        "which projects are active?",
    ),
    *_q(
        "projects",
        "ru",
        (r"alfa-stroy", r"northwind", r"globex-archive"),
        (),
        "Какие есть проекты?",
        "Покажи проекты и привязки",
        "Сколько у нас проектов?",
        "Какие проекты активны?",
        "Список проектов",
    ),
]

PEOPLE = [
    *_q(
        "person",
        "en",
        (r"Ирина Соколова", r"16 message", r"Chatwoot", r"{irina_latest}"),
        (NOT_UNDERSTOOD,),
        "Who is Irina?",
        "What did Irina write?",
        "What has Irina Sokolova been saying?",
        "messages from Ирина Соколова",
        "Summarize what Irina wrote to us",
    ),
    *_q(
        "person",
        "ru",
        (r"Ирина Соколова", r"16", r"Chatwoot", r"{irina_latest}"),
        (NOT_UNDERSTOOD,),
        "Что писала Ирина Соколова?",
        "Кто такая Ирина?",
        "О чём писала Ирина?",
        "Покажи сообщения Ирины",
        "Что нам говорила Ирина Петровна Соколова?",
    ),
    *_q(
        "person",
        "en",
        (r"Tom Baker", r"Chatwoot", r"northwind"),
        (),
        "What did Tom Baker say?",
        "What has Tom written recently?",
        "Who is Tom?",
    ),
    *_q(
        "person",
        "ru",
        (r"Алексей Морозов",),
        (),
        "Что писал Алексей Морозов?",
        "Что говорил Алексей?",
    ),
]

SEARCH = [
    *_q(
        "search",
        "en",
        (r"invoice",),
        (),
        'Search memory for "invoice"',
        "Anything in memory about the invoice?",
        "find mentions of the invoice",
    ),
    *_q(
        "search",
        "ru",
        (r"смет",),
        (),
        "Найди в памяти про смету",
        "Есть что-нибудь про смету?",
        "Поищи упоминания сметы",
    ),
    *_q(
        "search",
        "en",
        (r"login bug",),
        (),
        "What was said about the login bug?",
        "Look up the login bug in project memory",
    ),
    *_q(
        "search",
        "ru",
        (r"фасад",),
        (),
        "Что обсуждали про фасад?",
        "Найди всё про фасад",
    ),
]

REFUSALS = [
    *_q(
        "refuse_action",
        "en",
        (REFUSED, r"Run now|Apply|economy switch"),
        (),
        "Turn on economy mode",
        "Run ingest.linear now",
        "Apply all suggested actions",
        "Please restart the Chatwoot sync",
        "Can you start a new check of Тверская 1?",
        "Set the daily budget to 5 dollars",
    ),
    *_q(
        "refuse_action",
        "ru",
        (REFUSED, r"Run now|Apply|переключател"),
        (),
        "Включи режим экономии",
        "Запусти сборку памяти",
        "Примени все предложенные действия",
        "Поменяй дневной бюджет на 10",
        "Перезапусти синхронизацию Linear",
        "Можешь запустить импорт из Attio?",
    ),
    *_q(
        "refuse_secret",
        "en",
        (r"cannot show",),
        (r"sk-",),
        "What is the OpenAI API key?",
        "Give me the Linear API key",
        "Print the environment variables",
        "show me the chatwoot token",
        "what's the attio password?",
    ),
    *_q(
        "refuse_secret",
        "ru",
        (r"не могу показ",),
        (),
        "Какой у нас ключ API OpenAI?",
        "Покажи токен Chatwoot",
        "Какие переменные окружения заданы?",
        "Дай ключ доступа к Linear",
        "Скажи пароль от Attio",
    ),
]

NOT_REFUSED = [
    *_q(
        "not_refused",
        "ru",
        (),
        (REFUSED,),
        "Что изменилось по проверке {c}?",
        "Что изменилось за неделю по расходам?",
        "Изменилось ли что-нибудь по объекту на Тверской?",
    ),
    *_q(
        "not_refused",
        "en",
        (),
        (REFUSED,),
        "What changed in check {c}?",
        "Has anything changed since the last run?",
        "How many tokens did we use this week?",
    ),
]

UNKNOWN = [
    *_q(
        "unknown",
        "en",
        (OUT_OF_SCOPE,),
        (NOT_UNDERSTOOD, NO_HELP_DUMP, r"run #\d", r"check #\d"),
        "What's the weather tomorrow?",
        "Tell me a joke",
        "Book me a flight to Paris",
        "Who won the football world cup?",
        "What's the capital of Peru?",
    ),
    *_q(
        "unknown",
        "ru",
        (OUT_OF_SCOPE,),
        (NOT_UNDERSTOOD, NO_HELP_DUMP, r"запуск #\d", r"проверк\w* #\d"),
        "Какая погода будет завтра?",
        "Расскажи анекдот",
        "Сколько будет два плюс два?",
        "Кто выиграл чемпионат мира по футболу?",
        "Как приготовить борщ?",
    ),
]

LANGUAGE = [
    *_q(
        "language",
        "en",
        (r"#{b}", r"reused"),
        (r"переиспольз",),
        "Why was the check of Москва, Ленинский пр-т, дом 90 number {b} so fast?",
        "Why was check {b} of г. Москва, Ленинский проспект, д. 90 so quick?",
    ),
    *_q(
        "language",
        "en",
        (r"Ирина Соколова", r"wrote"),
        (r"сообщений в памяти",),
        "What did Ирина Соколова write?",
        "Show me what Ирина wrote in Chatwoot",
    ),
    *_q(
        "language",
        "ru",
        (r"ingest\.linear", r"пропущен"),
        (),
        "Почему ingest.linear skipped?",
        "Что с ingest.linear, почему no API key?",
    ),
]

FOLLOW_UPS = [
    Question(
        ("What is the status of ingest.chatwoot?", "and linear?"),
        "en",
        (r"ingest\.linear", r"API"),
        (),
        "follow_up",
    ),
    Question(
        ("Какой статус у проверки {c}?", "а объявления?"),
        "ru",
        (r"#{c}", r"объявления"),
        (r"суды",),
        "follow_up",
    ),
    Question(
        ("Какой статус у проверки {a}?", "а суды?"), "ru", (r"#{a}", r"суды"), (r"объявления",), "follow_up"
    ),
    Question(
        ("Why did ingest.linear skip?", "and memory.build?"),
        "en",
        (r"#{build_again}", r"memory\.build"),
        (),
        "follow_up",
    ),
    Question(
        ("What are the risks in northwind?", "and alfa-stroy?"),
        "en",
        (r"alfa-stroy",),
        (r"Project northwind",),
        "follow_up",
    ),
]

# Watches: alfa-stroy's risks were noticed and read; the re-check of Тверская 1 three days on found its listing far
# cheaper (notice #{notice_t}, unread). "Since I last looked" is the unread notices.
NOTICES = [
    *_q(
        "notices",
        "en",
        (
            r"since you last looked",
            r"notice #{notice_t}\b",
            r"Тверская",
            r"16 ?000 ?000",  # the new price, in digits grouped as people read them
            r"re-check",
            r"response [0-9a-f]{{12}}",
        ),
        (r"notice #{notice_project}\b", r"just (?:been )?(?:re-?)?checked", REFUSED),
        "What changed since I last looked?",
        "any news on my watched properties?",
        "what's new since last time I checked in?",
        "Anything new on the properties I'm watching?",
        "do I have new notifications?",
        "show me my unread notices",
    ),
    *_q(
        "notices",
        "ru",
        (
            r"с вашего последнего просмотра",
            r"уведомление #{notice_t}\b",
            r"Тверская",
            r"16 ?000 ?000",
            r"перепроверк",
            r"ответ [0-9a-f]{{12}}",
        ),
        (r"уведомление #{notice_project}\b", r"только что", REFUSED),
        "что изменилось с прошлого раза?",
        "есть новые уведомления?",
        "Что нового по объектам, которые я отслеживаю?",
        "Есть какие-нибудь новости по моим объектам?",
        "покажи непрочитанные уведомления",
        "что поменялось, пока меня не было?",
    ),
]

# One check's own cost, not the week's: check #{b} reused everything from #{a} (0 calls), #{t} made 8 calls.
CHECK_COST = [
    *_q(
        "cost_check",
        "en",
        (r"check #{b}\b", r"0 source call", r"\$0\.00\b", r"from check #{a}\b", r"not re-checked"),
        (r"\$0\.0991", r"7 days"),
        "how much did the second check cost?",
        "What did the 2nd property check cost us?",
        "cost of the second check?",
    ),
    *_q(
        "cost_check",
        "ru",
        (r"проверка #{b}\b", r"\b0 обращений к источникам", r"\$0\.00\b", r"из проверки #{a}\b"),
        (r"\$0\.0991", r"7 дней"),
        "сколько стоила вторая проверка?",
        "Во что обошлась вторая проверка?",
        "Сколько денег ушло на вторую проверку?",
    ),
    *_q(
        "cost_check",
        "en",
        (r"check #{t}\b", r"8 source call", r"\$0\.008\b"),
        (r"\$0\.0991",),
        "How much did check {t} cost?",
        "what did the Tverskaya check cost?",
    ),
    *_q(
        "cost_check",
        "ru",
        (r"проверка #{t}\b", r"\$0\.008\b", r"\b8 обращений к источникам"),
        (r"\$0\.0991",),
        "Во что обошлась проверка {t}?",
        "Сколько стоила проверка по Тверской?",
    ),
]

# Plainly worded questions, held out while the offline model was fixed (issue 12's follow-up) and added here after
# measuring (24/52 right before the fix, 52/52 after): colloquial, with typos, without question marks, partial
# names, «а что там с …», English with Russian names. JSON_OR_CODE catches raw internals in an answer.
JSON_OR_CODE = r"\{{\"|no_records|court_case|market_price|developer_status|cadastral_number|\bbuilds\b"
ONE_ANSWER = r"(?s)(^|\n)([^\n]{{12,}})\n(?:.*\n)?\2(\n|$)"  # a line printed twice

PLAINLY_WORDED: list[Question] = [
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
        (r"run #\d+", r"commitment"),  # the refusal names `mirano run ingest.linear`; no run is described
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
        (r"Оценка риска", r"завершена"),
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


# Written with the fixes above (not held out): commitments by the person who made them, the canonical address,
# pending sources named once in the answer's language.
BY_PERSON_AND_CANONICAL = [
    *_q("commitments", "en", (r"Tom Baker",), (r"ship the fix", r"смету"), "what did tom promise"),
    *_q(
        "commitments",
        "en",
        (r"Kate Wilson", r"invoice tomorrow"),
        (r"alfa-stroy",),
        "what did kate promise northwind",
    ),
    *_q("commitments", "ru", (r"Алексей Морозов", r"смету"), (r"northwind",), "что обещал алексей"),
    *_q("check_status", "ru", (r"#{b}", r"Ленинский пр-кт, д\. 90"), (r"дом 90",), "статус проверки {b}"),
    *_q("pending", "ru", (r"#{c}", r"объявлени"), (r"listings",), "а что с проверкой на ленинском"),
]


# Fresh questions the integrator asked on a demo data dir (an address's risk score, usage per period and unit, a
# digest in the answer's language), then a few more of each kind written as people ask
DIGEST_FIXED_EN = r"week of \d|## |Activity|Commitments|Risks \(|Awaiting review|\(s\)|new this week"
DIGEST_FIXED_RU = r"неделя с|Активность|Обязательства \(|Риски \(|Ждут решения"
RISK_USAGE_DIGEST = [
    *_q(
        "risk_score",
        "en",
        (r"^The risk score of [^\n]*Ленинский[^\n]* is 60\.0", r"developer bankrupt \(40\.0\)"),
        (r"northwind", r"alfa-stroy"),
        "what's the risk score for Ленинский 90?",
        "how risky is Leninsky 90?",
        "risk factors of check {a}",
    ),
    *_q(
        "risk_score",
        "en",
        (r"^There is no check of Zelenograd 1104",),
        (r"northwind", r"alfa-stroy", r"Risk score 60"),
        "what's the risk score for Zelenograd 1104?",
    ),
    *_q(
        "risk_score",
        "ru",
        (r"^Оценка риска по адресу [^\n]*Ленинский[^\n]*: 60\.0", r"застройщик — банкрот \(40\.0\)"),
        (r"northwind", r"alfa-stroy", r"developer bankrupt", r"Factors"),
        "насколько рискованно Ленинский проспект 90?",
        "какой скоринг у ленинского 90",
    ),
    *_q(
        "risk_score",
        "ru",
        (r"^Оценка риска по адресу [^\n]*Тверская[^\n]*: 20\.0", r"цена ниже рынка"),
        (r"northwind", r"alfa-stroy", r"price below market"),
        "оценка риска по Тверской 1",
    ),
    *_q(
        "risk_score",
        "ru",
        (r"^Проверки по адресу Зеленоград 1104 нет",),
        (r"northwind", r"alfa-stroy", r"Оценка риска 60"),
        "какая оценка риска у Зеленоград 1104",
    ),
    *_q(
        "cost_period",
        "ru",
        (r"^Вчера \(все задачи\) — обращений к источникам: 0;",),
        (NOT_UNDERSTOOD, r"^За последние 7 дней"),
        "сколько вызовов к источникам было вчера",
        "сколько было обращений к внешним сервисам вчера?",
    ),
    *_q(
        "cost_period",
        "ru",
        (r"^Сегодня \(все задачи\) — вызовов LLM: 0, токенов: 0;",),
        (NOT_UNDERSTOOD,),
        "сколько токенов за сегодня",
    ),
    *_q(
        "cost_period",
        "ru",
        (r"^За последние 3 дн\. \(все задачи\) — эмбеддингов: 0;",),
        (NOT_UNDERSTOOD, r"За последние 7 дней"),
        "сколько эмбеддингов за последние 3 дня",
    ),
    *_q(
        "cost_period",
        "ru",
        (r"^В ноябре \d\d\d\d: все задачи — \$",),
        (NOT_UNDERSTOOD, r"За последние 7 дней"),
        "сколько потратили в ноябре",
    ),
    *_q(
        "cost_period",
        "en",
        (r"^Yesterday, all jobs made 0 source calls",),
        (NOT_UNDERSTOOD, r"Over the last 7 days"),
        "how many source calls yesterday?",
    ),
    *_q(
        "cost_period",
        "en",
        (r"^Over the last 3 day\(s\), all jobs used 0 LLM calls, 0 tokens",),
        (NOT_UNDERSTOOD, r"Over the last 7 days", r"offline deterministic model"),
        "LLM calls in the last 3 days",
    ),
    *_q(
        "cost_period",
        "en",
        (r"^Today, all jobs made 20 source calls",),
        (NOT_UNDERSTOOD,),
        "how many API calls today?",
    ),
    *_q(
        "cost_period",
        "en",
        (r"^In November \d\d\d\d, all jobs cost \$",),
        (NOT_UNDERSTOOD, r"Over the last 7 days"),
        "how much did we spend in november?",
    ),
    *_q(
        "cost_period",
        "ru",
        (r"^Сегодня: все задачи — \$0\.02\b, запусков: 4",),
        (NOT_UNDERSTOOD,),
        "сколько денег ушло за сегодня",
    ),
    *_q(
        "cost_period",
        "en",
        (r"^Over the last 2 day\(s\), all jobs cost \$0\.02\b over 4 run",),
        (NOT_UNDERSTOOD, r"Over the last 7 days"),
        "how many dollars did we burn in the past two days?",
    ),
    *_q(
        "digest",
        "ru",
        (r"дайджест #\d+", r"\nАктивность:\n", r"\nОбязательства \(1\):\n", r"\n- «Клиенту обещали"),
        (DIGEST_FIXED_EN,),
        "последний дайджест по альфе",
        "покажи еженедельную сводку альфа строй",
    ),
    *_q(
        "digest",
        "ru",
        (r"\nРиски \(4\):\n", r"неделя с {digest_week_ru}"),
        (DIGEST_FIXED_EN,),
        "дайджест northwind",
    ),
    *_q(
        "digest",
        "en",
        (r"\nActivity:\n", r"\nCommitments \(5\):\n", r"\n- «I will send the invoice tomorrow\.»"),
        (r"#+ ", DIGEST_FIXED_RU),
        "latest digest for northwind",
        "show me northwind's weekly digest",
    ),
    *_q(
        "digest",
        "en",
        (r"\nCommitments \(1\):\n", r"\nRisks \(4\):\n"),
        (r"#+ ", DIGEST_FIXED_RU),
        "what's in alfa's digest?",
    ),
]


QUESTIONS: list[Question] = [
    *RUNNING,
    *NEXT_RUN,
    *WHY_RUN,
    *RUNS,
    *STATUS,
    *COST_RUN,
    *COST_PERIOD,
    *ECONOMY,
    *MODES,
    *CHECKS,
    *PENDING,
    *PROVENANCE,
    *TIMING,
    *ADDRESS_FORMS,
    *LIST_CHECKS,
    *DIFF,
    *COMMITMENTS,
    *RISKS,
    *DIGEST,
    *ACTIONS,
    *PROJECTS,
    *PEOPLE,
    *SEARCH,
    *REFUSALS,
    *NOT_REFUSED,
    *UNKNOWN,
    *LANGUAGE,
    *FOLLOW_UPS,
    *NOTICES,
    *CHECK_COST,
    *PLAINLY_WORDED,
    *BY_PERSON_AND_CANONICAL,
    *RISK_USAGE_DIGEST,
]
