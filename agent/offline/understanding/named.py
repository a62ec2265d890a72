"""The named-subject stage: when a question names one thing — a check's source, an action by its number, one
check's usage, a property whose price or risk moved, a project's digest — that thing decides the reading, whatever
the words made the intent look like. Each rule is data with the reason it exists; the first that holds wins.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from agent.offline.understanding.definitions import explained
from agent.offline.understanding.entities import FAILED, Entities, claim_passed_on
from agent.offline.understanding.moves import asked_who_did
from agent.offline.understanding.planning import INDEX_HEALTH, WE_PROMISED
from agent.offline.understanding.speech_act import is_hypothetical
from agent.tools.memory import DOCUMENT_KEY
from agent.tools.resolve import ORDER_INDEX
from pipeline.engine.exceptions import MiranoError

# a property's risk score ("what's the risk score for Zelenograd 1104?"), not a project's risks
PROPERTY_RISK = re.compile(r"risk|риск|\bscore\b|скор(?:инг)?\b|оценк\w* риска|рискован|опасн", re.I)
# a risk that moved: the question takes the direction for granted, and the snapshots say whether it did
RISK_MOVES = (
    (
        "risk_up",
        re.compile(
            r"go(?:ne)? up|went up|\brise|\brose|increas|grew|higher|вырос|повысил|увеличил|выше\b", re.I
        ),
    ),
    (
        "risk_down",
        re.compile(r"go(?:ne)? down|went down|\bdrop|\bfell|decreas|lower|снизил|упал|уменьшил|ниже\b", re.I),
    ),
)
SINCE = re.compile(r"\bsince\b|\bchanged?\b|с тех пор|с момента|со времени|изменил|поменял", re.I)
PRICE_MOVED = re.compile(
    r"cheaper|more expensive|pricier|price (?:drop|went|fell|rose|change)|дешевл|подешев|подорож|дороже"
    r"|prices? (?:go(?:ne|es)?|went|going) (?:up|down)|prices? (?:increas|decreas|rise|risen|jump|spik)"
    r"|\bprice\b.{0,40}\b(?:increas\w*|decreas\w*|rose|fell|dropped|(?:go|gone|went)\s+(?:right\s+|way\s+|straight\s+)?(?:up|down)"
    r"|chang\w*|mov\w*)"
    r"|(?<!\w)цен\w*\b.{0,40}(?<!\w)(?:вырос|вырасл|упал|снизил|поднял|подскочил|просел|поменял|изменил)"
    r"|цен[аы]\s+(?:упал|снизил|вырос|вырасл|поднял|изменил|поменял|подскочил|просел)"
    r"|(?:упал|снизил|вырос|вырасл|поднял|изменил|поменял|подскочил|просел)\w*\s+(?:\w+\s+)?цен"
    # «что поменялось по Тверской 1 с прошлого раза по цене», "what changed on Tverskaya since last time, price-wise"
    r"|(?:изменил|поменял)\w*.{0,60}(?<!\w)по цен|\bchanged?\b.{0,60}\bprices?\b"
    # "what happened to the asking price?", «что стало с ценой?»: whether it moved
    r"|\bwhat(?:'s| has)? happened (?:to|with) (?:the |its )?(?:asking |listing |listed )?price"
    r"|что (?:стало|случилось|произошло) с (?:\w+\s+)?цен"
    # "what happened to the price?", «что стало с ценой?»: how it moved
    r"|\bwhat(?:'s| has)? happened (?:to|with) the prices?\b|(?<!\w)что (?:стало|случилось|произошло) с цен",
    re.I,
)
# the direction a price move is taken to have: the notices of the re-checks say whether it had
PRICE_UP = re.compile(
    r"more expensive|pricier|\b(?:rose|risen|up|increas|jump|spik)|подорож|дороже|вырос|вырасл"
    r"|поднял|подскочил",
    re.I,
)
# why a named source was not asked again, or where its facts came from
NOT_AGAIN = re.compile(
    r"\bagain\b|re-?(?:fetch|check|request|ask)|reus|came from|come from|заново|снова|опять|повторно|переиспольз"
    r"|откуда|не\s+(?:за|пере)?(?:прашива|проверя|обновля|получа)|(?:earlier|previous|other) check|taken from"
    r"|прежн\w* проверк|взят\w* из",
    re.I,
)
# how fresh a named source's facts are, until when they count
FRESHNESS = re.compile(
    r"until when|valid|fresh|stale|expir|how old|good for|how (?:many days|long)|свеж|устар|актуальн|годн|истека"
    r"|до како|как давно|действу|сколько дней|на сколько дн",
    re.I,
)
# a check's cost in money words ("во сколько обошлась проверка", "what did the check cost")
CHECK_COST = re.compile(  # «стоит в очереди» is where a task waits, not what it costs
    r"\bcost|стоил|стоит(?!\s+в\s+очеред)|обош(?:ёл|ел|л[аио])|во сколько|\bcharged\b|\bbreakdown\b|разбивк",
    re.I,
)
# whether anyone applied a suggested action ("was any action applied?", «было ли применено хоть одно действие»)
APPLIED = re.compile(
    r"(?:\bappl(?:y|ied)\b|примен\w*).*(?:action|note|issue|действи|заметк|задач)"
    r"|(?:action|note|issue|действи|заметк|задач)\w*.*(?:\bappl(?:y|ied)\b|примен)",
    re.I,
)
# an apply taken for granted: who or when, or someone said to have applied it
APPLIED_BY = re.compile(
    r"\bwho\b|\bwhen\b|\bconfirm|\b[A-Z]\w+ applied|(?<!\w)(?:кто|когда|подтверд)|[А-ЯЁ]\w+ применил", re.I
)
# a source the question says was flagged as a risk («почему исполнительные считаются риском?»)
FLAGGED = re.compile(
    r"flag|count(?:ed)? as|considered|treated as|why .*risk|почему .*риск|счита\w* риск", re.I
)
# a cancel taken for granted ("who cancelled run 8?", «когда я отменил проверку 4?»)
CANCELLED = re.compile(
    r"cancell?ed|aborted|who stopped|(?:did|has|have|had)\s+(?:\w+\s+){0,2}(?:cancel|abort)\b"
    r"|отмен(?:ил|ял|ен|ён|яли)\w*|кем\s+отмен|(?<!\w)отмен[аыуе](?!\w)|\bcancellation\b",  # «причину отмены проверки»
    re.I,
)
# a property's price («почём кв. 101 на Тверской», "flat 101 on Tverskaya, price now?"): its listings, not a cost
PROPERTY_PRICE = re.compile(
    r"\bprices?\b|\bpriced\b|\basking\b|\bhow much is (?:the )?(?:flat|apartment|apt)|(?<!\w)цен[аеуы]?(?!\w)"
    r"|(?<!\w)поч[её]м(?!\w)|сколько\s+(?:\w+\s+)?сто(?:ит|ят)\s+(?:\w+\s+)?(?:квартир|кв\b|объект|помещени)"
    r"|стоимост\w* (?:квартир|объект|кв\b)"
    # «квартирка-то там сколько стоит теперь», "is it cheaper than the market?": the flat's price, said first
    r"|квартир\w*\s+(?:\w+\s+){0,2}сколько\s+(?:\w+\s+)?сто(?:ит|ят)|(?:дешевле|дороже|ниже|выше)\s+рынка"
    r"|\b(?:cheaper|dearer|pricier) than (?:the )?market\b|\bbelow (?:the )?market\b",
    re.I,
)
# what memory holds, and that it is asked in all
HELD = re.compile(
    r"document|message|conversation|issue|comment|note|(?<!for the )record|chunk|excerpt|vector|документ|сообщени|переписк|задач"
    r"|комментари|замет|запис|чанк|фрагмент|вектор",
    re.I,
)
STORED = re.compile(
    r"\btotal\b|\balready\b|in (?:the |our |project )?memory|the memory (?:has|holds|contains)|has the memory|does the memory (?:have|hold)|в памяти|so far|in total|altogether|all in all|stored|we have|have we|pulled|imported|brought in"
    r"|in the (?:memory )?index|(?:memory|search|vector) index|индекс\w* памят|embedded at all|(?:are|is|been) embedded|at all\b|в индексе|right now"
    r"|всего|лежит|хранится|накопил|загружен|загрузили|импортирова|подтянул|есть у нас|у нас есть",
    re.I,
)
# a property's owner asked about (a person: the person level of reuse)
OWNER = re.compile(r"\bowner|\bseller|собственник|владел|продав", re.I)
NOTICE_WORD = re.compile(r"notices?\b|notifications?|alerts?\b|уведомлени|оповещени", re.I)
SNAPSHOT_WORD = re.compile(
    r"snapshot|снимк|снимок|снапшот|фиксир|finali[sz]|\bfroze|\bfrozen|\bfreez|заморож|замороз", re.I
)
# a backoff asked about ("why is X backing off?", «почему импорт в бэкоффе?»)
BACKING_OFF = re.compile(r"back(?:ing)?[ -]?off|backoff|бэк-?офф", re.I)
# who changed a job's cadence or limit ("who changed the chatwoot sync cadence?", «кто поменял лимит сборки»)
SETTINGS_CHANGED = re.compile(
    r"(?:who|when|кто|когда)\b.{0,30}(?:chang|set|edit|modif|поменял|изменил|менял|постав|настро)\w*"
    r".{0,40}(?:cadence|interval|limit|schedule|how often|frequen|period|setting|частот|период|интервал|лимит"
    r"|расписан|настройк)",
    re.I,
)
# who watches something
WATCHERS = re.compile(
    r"who(?:'s| is| are)? (?:watch|follow)|кто\s+(?:\w+\s+){0,2}?(?:следит|отслеживает|подписан)"
    r"|\b(?:any|some)(?:one|body)\s+(?:is\s+)?(?:watch|follow)|\bwatched by\b|\bwatchers\b"
    r"|(?:следит|отслеживает|подписан\w*)\s+ли\s+кто|кто-(?:нибудь|то)\s+(?:следит|отслеживает|подписан)"
    # what is watched: "which projects are we watching?", «за какими объектами мы следим?»
    r"|\b(?:what|which)\s+(?:\w+\s+)?(?:are|do|am|is)\s+(?:we|i|you|they|people)\s+(?:\w+\s+)?(?:watching|following)\b"
    # "am I still watching the Tverskaya place?", «я ещё слежу за Тверской?»: whether a watch is there
    r"|\b(?:am|are|is)\s+(?:i|we|you|anyone|anybody|someone)\s+(?:still\s+)?(?:watching|following|subscribed)\b"
    r"|(?<!\w)(?:я|мы)\s+(?:ещё|еще|всё\s+ещё|до сих пор)\s+(?:слежу|следим|отслеживаю|отслеживаем|подписан\w*)"
    r"|(?<!\w)за\s+как\w+\s+(?:\w+\s+){0,3}?(?:следим|следите|слежу|наблюда\w+)"
    r"|(?<!\w)что\s+(?:мы|я|вы)\s+(?:отслеживаем|отслеживаю|отслеживаете)"
    # «в отношении какого проекта установлено наблюдение», «какой проект отслеживается?», "which project is watched?"
    r"|(?<!\w)как\w+\s+(?:\w+\s+){0,2}?(?:установлен\w*\s+)?(?:наблюдени|слежени|отслеживани)"
    r"|(?<!\w)как\w+\s+(?:проект\w*|объект\w*)\s+(?:\w+\s+)?(?:отслежива|наблюда)\w*"
    r"|\b(?:what|which)\s+(?:\w+\s+)?(?:is|are)\s+(?:being\s+)?(?:watched|followed)\b",
    re.I,
)
# who wrote last, or the newest messages («кто последним писал в Альфе?», "what's the latest from northwind?")
LAST_WRITTEN = re.compile(
    r"(?:who|кто)\b.{0,25}(?:\blast\b|latest|recent|последн)\w*.{0,15}(?:wr[io]te|writ|message|post|said|"
    r"replied|писал|написал|отвечал|ответил|сообщ)|(?:who|кто)\b.{0,20}(?:wr[io]te|писал|написал|ответил)\w*"
    r"\s+(?:\w+\s+)?(?:last|latest|последн)|(?:last|latest|newest|most recent|последн|свеж)\w*\s+"
    r"(?:\w+\s+)?(?:message|comment|note|сообщени|комментари|заметк|реплик)"
    # "what did he write last?", «что он последним писал?»: what one person wrote last
    r"|(?:what|что)\b.{0,25}(?:\blast\b|latest|последн)\w*\s+(?:\w+\s+)?(?:wr[io]te|писал|написал|сообщ)"
    r"|(?:what|что)\b.{0,25}(?:wr[io]te|писал|написал)\w*\s+(?:\w+\s+)?(?:last|latest|последн)"
    r"|\bwhen\b.{0,20}\blast\s+(?:wr[io]te|write|post|message|said)|когда\b.{0,20}последн\w* раз\b.{0,10}(?:писал|написал)"
    # "who authored the most recent entry?": the writer of the newest message
    r"|(?:who|кто)\s+(?:authored|wrote|posted|sent|написал\w*|отправил\w*)\s+(?:the\s+)?(?:most\s+recent|latest|last"
    r"|newest|последн\w*|свеж\w*)",
    re.I,
)
# usage of a unit ("сколько вызовов к источникам", "how much money")
HOW_MUCH = re.compile(
    r"how many|how much|number of|usage|(?<!во )(?<!в )сколько|во сколько(?=.*(?:обош|обойд|стои))|скока|скоко|число|количеств|потрач|израсход|расход",  # not "do you use"
    re.I,
)
MONEY = re.compile(
    r"money|\$|\busd\b|dollar|\bspen[dt]|\bburn(?:s|ed|t|ing)?\b|\bcost us\b|обош|обойд|деньг|денег|долл|потрат|трат",
    re.I,
)
# What a memory job makes, as a project's own thing: «почему дайджест по глобексу пустой» asks for its digest
PROJECT_THING = {"memory.digest": "digest", "memory.suggest": "actions"}


def _one_check(found: Entities) -> bool:
    return bool(found.address or found.check_id is not None) and not found.jobs and found.run_id is None


# what moved from one snapshot to the other (a risk score, a price): their diff's question
BETWEEN_SNAPSHOTS = re.compile(r"\bbetween\b.{0,20}\bsnapshots\b|между\s+(?:\w+\s+)?снимками", re.I)


def property_risk(question: str, found: Entities) -> bool:
    asked = PROPERTY_RISK.search(question) and not found.projects and not found.people
    if asked and found.check_id is None and len(found.snapshot_ids) == 1:
        found.check_id = _snapshot_check(
            found.snapshot_ids[0]
        )  # «снимок 4 — какой там риск?»: the check it froze
    named = found.address_said or found.check_id is not None
    # a risk that moved between two snapshots is their diff's question, not the score now
    return bool(asked and named and not BETWEEN_SNAPSHOTS.search(question))


def _snapshot_check(snapshot_id: int) -> int | None:
    from agent.tools.snapshots import _snapshot_check as check_of_snapshot

    try:
        return check_of_snapshot(snapshot_id)
    except MiranoError:  # no such snapshot: the diff's answer says which there are
        return None


# "where does the 60 come from?", «откуда 60?»: a risk score said by its value, asked what it rests on
SCORE_ORIGIN = re.compile(
    r"come?s? from|coming from|built on|based on|made (?:of|up)|add(?:s|ed)? up|\bwhy\b|откуда|из чего|на ч[её]м"
    r"|почему|складыва|сложил",
    re.I,
)
SCORE_SAID = re.compile(
    r"(?<![\d.,#№])(\d{1,3}(?:[.,]\d)?)(?![\d.,]*\s*(?:%|s\b|sec|min|мин|сек|час|hour|day|дн|₽|\$|руб|item|chunk|чанк|штук))"
)


def _score_said(question: str, found: Entities) -> bool:
    """The newest check whose risk score is the number said, when the question asks what that number rests on."""
    from pipeline.service import checks as checks_service

    if found.run_id is not None or found.flat or found.address_choices or not SCORE_ORIGIN.search(question):
        return False  # «кв. 9»: a flat's number is no score
    said = {float(n.replace(",", ".")) for n in SCORE_SAID.findall(question)}
    rows = [r for r in checks_service.list_checks(500) if r["risk_score"] is not None]
    if found.check_id is not None:  # "show me check 1" → "where does the 60 come from?": that check's score
        rows = [r for r in rows if r["id"] == found.check_id]
    rows = [r for r in rows if not found.address or r["address"] == found.address]
    match = next((r for r in rows if float(r["risk_score"]) in said), None)
    if match is None:
        return False
    found.check_id = match["id"]
    return True


def _risk_moved(question: str, found: Entities) -> bool:
    moved = any(p.search(question) for _, p in RISK_MOVES) or SINCE.search(question)
    return bool(moved and property_risk(question, found))


def _source_not_again(question: str, found: Entities) -> bool:
    asked = NOT_AGAIN.search(question) or FRESHNESS.search(question)
    return bool(found.sources and _one_check(found) and asked)


def flat_unchecked(found: Entities) -> bool:
    """A flat said that no check has: the address found (if any) is its building's, or none was."""
    from agent.tools.resolve import flat_of

    return bool(found.flat and found.flat != flat_of(found.address or "") and not found.address_choices)


def _flat_unchecked(question: str, found: Entities) -> bool:
    """No source asked about: the checks there are (with one asked about, the building's check answers it)."""
    unnamed = found.check_id is None and not (found.jobs or found.projects or found.sources or found.address)
    return flat_unchecked(found) and unnamed  # with its building found, the building's check answers the rest


SUGGESTED_ACTIONS = re.compile(r"suggested actions?|suggestions|предложенн\w* действи|подсказ\w*", re.I)


def _actions_counted(question: str, found: Entities) -> bool:
    named = found.literal_jobs or found.run_id is not None or found.check_id is not None or found.address
    return bool(HOW_MUCH.search(question) and SUGGESTED_ACTIONS.search(question) and not named)


def _applied_asked(question: str, found: Entities) -> bool:
    named = found.literal_jobs or found.run_id or found.check_id or found.address  # "Attio notes" name no job
    return bool(APPLIED.search(question) and not named)


def _memory_count(question: str, found: Entities) -> bool:
    """How much memory holds ("how many messages have we pulled in so far?", «скока документов в памяти?»): its
    contents counted, not one run's reading nor a search for those words."""
    one_run = found.run_id is not None or found.order is not None or found.about_check
    # «сколько всего сообщений написала Ирина?»: one person's count is their messages, not memory's contents
    # "how many documents has project northwind?": a project's holdings, counted
    return bool(
        HOW_MUCH.search(question)
        and (STORED.search(question) or found.projects)
        and HELD.search(question)
        and not one_run
        and not found.people
    )


# What memory holds, asked without a count: "what's in project memory?", «что хранится в памяти проектов?»
MEMORY_HOLDS = re.compile(
    r"(?:what(?:'s| is)?|what does|что)\b.{0,12}(?:\bin\b|hold|contain|store|лежит|хранится|есть|содерж)\w*\s+"
    r"(?:the\s+|our\s+|в\s+)?(?:[\w'’-]+\s+){0,2}(?:memory|памят)\w*(?!\s+(?:job|джоб))"
    r"|(?:memory|памят\w*)(?:\s+(?:of\s+)?projects?|\s+проектов)?\s+(?:hold|contain|stor)\w*",
    re.I,
)


def _memory_held(question: str, found: Entities) -> bool:
    """What memory holds or whether its index is whole, asked in words: its contents (documents, chunks, how many
    are embedded), not the build job's last run."""
    one_run = found.run_id is not None or found.period or found.about_check or found.literal_jobs
    asked = MEMORY_HOLDS.search(question) or INDEX_HEALTH.search(question)
    return bool(asked and not one_run and not found.status)


def _backoff_of_a_job(question: str, found: Entities) -> bool:
    return bool(
        BACKING_OFF.search(question) and len(found.jobs or found.soft_jobs) == 1 and found.run_id is None
    )


def _notices_of(question: str, found: Entities) -> bool:
    """ "notices of alfa", «уведомления по Тверской»: the notices about a watched project or property, not the
    two notice jobs the word also names."""
    named = found.project or found.address or found.check_id is not None  # "…check 3 and any unread notice"
    return bool(NOTICE_WORD.search(question) and named and not found.literal_jobs and found.run_id is None)


# when a job last ran ("when did chatwoot last sync?"): its state, not its next run
LAST_RAN = re.compile(
    r"\blast (?:ran|run|sync\w*|import\w*|buil[dt])\b"
    # when it last did work, not just ran: its state says the newest run that processed something
    r"|\blast\s+(?:actually|really)\b|\bactually\s+(?:did|do|does|embed|import|process|sync|fetch)\w*.{0,30}\blast\b"
    r"|последн\w*\s+раз\s+(?:реально|действительно|на самом деле|по-настоящему)",
    re.I,
)


def _last_ran(question: str, found: Entities) -> bool:
    one_job = len(found.jobs or found.soft_jobs) == 1 and found.run_id is None and not found.status
    return bool(one_job and LAST_RAN.search(question) and not A_COST.search(question))  # its cost: that run's


# what a project is bound to ("what is northwind hooked up to?", «к чему привязан проект альфа?»): its bindings
BOUND = re.compile(
    r"hooked up|connected to|bound to|\bbindings?\b|wired (?:up|to)|привяз|подключ\w* к|подключен"
    r"|(?<!\w)(?:за|при)бин(?:д|ж)\w*|(?<!\w)биндинг\w*",  # «что забинжено к проекту?»: bound, in a programmer's word
    re.I,
)


def _bound(question: str, found: Entities) -> bool:
    return bool(
        BOUND.search(question) and found.projects and not (found.jobs or found.run_id or found.check_id)
    )


# «почему ingest.linear стоит на паузе?», "who paused the build?": one job's pause taken for granted; its pause
# state says whether it is paused at all, by whom and since when
PAUSED_SAID = re.compile(r"на пауз|запауз|поставил\w* на пауз|приостановлен|\bpaused\b|\bon hold\b", re.I)


def _job_paused(question: str, found: Entities) -> bool:
    one_job = len(found.jobs or found.soft_jobs) == 1 and found.check_id is None and found.run_id is None
    supposed = re.search(r"\bif\b|\bsuppose|(?<!\w)(?:если|допустим|предположим)(?!\w)", question, re.I)
    if not (one_job and PAUSED_SAID.search(question)) or supposed:  # «если поставить на паузу …»: a what-if
        return False
    found.jobs = found.jobs or found.soft_jobs
    return True


def _job_cancelled(question: str, found: Entities) -> bool:
    """ "Why was the risk collection cancelled at northwind?": one job's cancel taken for granted; its last run says
    whether anyone cancelled it (a project named is where the job worked, not a question about its risks)."""
    one_job = len(found.jobs or found.soft_jobs) == 1 and found.check_id is None
    if one_job and CANCELLED.search(question):
        found.jobs = found.jobs or list(
            found.soft_jobs
        )  # «кто отменил прогон дайджеста?»: memory.digest's run
        return True
    return False


# "is memory.build running right now?", «идёт ли сейчас синхронизация?»: one job asked whether a run of it goes now
RUNNING_ASKED = re.compile(
    r"\b(?:is|are)\b.{0,40}\b(?:running|going(?! to)|in progress)\b|\brunning (?:right )?now\b"
    r"|(?<!\w)(?:ид[её]т|выполняется|работает|крутится)(?!\w).{0,40}(?:сейчас|ли)|(?:сейчас|ли).{0,40}(?:ид[её]т|выполняется|крутится)",
    re.I,
)


def _job_running(question: str, found: Entities) -> bool:
    one_job = len(found.jobs or found.soft_jobs) == 1 and found.run_id is None and found.check_id is None
    # "when is it going to sync again?", "how often is it running", "still going every 12 minutes": its schedule
    when = re.search(
        r"\bwhen\b|\bnext\b|how often|\bevery\b|когда|следующ|как часто|кажд|раз в|econom|эконом",
        question,
        re.I,
    )
    return bool(one_job and not found.projects and not when and RUNNING_ASKED.search(question))


# «во сколько сработает сборка?», "at what time does the build run?": a time asked of one job (not «во сколько
# обошлось», which is a cost)
AT_WHAT_TIME = re.compile(r"во сколько|at what time|\bwhat time\b", re.I)
A_COST = re.compile(r"обош|обойд|стои|стоил|\bcost|\bspen[dt]|\bprice", re.I)


def _at_what_time(question: str, found: Entities) -> bool:
    one_job = len(found.jobs or found.soft_jobs) == 1 and found.run_id is None and found.check_id is None
    if not (one_job and AT_WHAT_TIME.search(question) and not A_COST.search(question)):
        return False
    found.jobs = found.jobs or found.soft_jobs  # «построение эмбеддингов» is memory.build
    return True


# "how much has economy mode saved?", «сколько сэкономил режим экономии?»: whether it is on at all comes first
ECONOMY_SAVED = re.compile(
    r"(?=.*(?:\beconomy\b|эконом\w* режим|режим\w* эконом)).*(?:\bsav(?:ed|e|ing|ings)\b|сэконом|сберег|сбер[её]г)",
    re.I,
)


def _economy_saved(question: str, found: Entities) -> bool:
    return bool(ECONOMY_SAVED.search(question)) and not (found.jobs or found.run_id is not None)


# «стоимость проверки …», "the cost of the check of Tverskaya 1": what one check cost
ONE_CHECK_COST = re.compile(
    r"(?:стоимост\w*|сколько стоил\w*|во сколько обошл\w*|\bcost of|\bhow much did)\s+(?:the\s+|эт\w+\s+)?"
    r"(?:проверк|check\b)"
    # "the reason check 2 incurred 9 source calls": what it cost, the count taken for granted checked against it
    r"|\bcheck\s*#?\s*\d+\s+(?:incurred|made|used|burn(?:ed|t)|spent|cost)\b",
    re.I,
)


def _check_cost(question: str, found: Entities) -> bool:
    named = found.address or found.check_id is not None
    return bool(ONE_CHECK_COST.search(question) and named and not found.jobs)


# «результаты повторной проверки», "what did the re-check of Tverskaya 1 find?": what changed between the snapshots
RECHECK_FOUND = re.compile(
    r"(?:результат\w*|итог\w*|что\s+(?:там\s+)?(?:показал|нашл|дал)\w*)\s+(?:\w+\s+){0,2}?"
    r"(?:повторн\w*\s+проверк|перепроверк)\w*"
    r"|(?:перепроверк|повторн\w*\s+проверк|ретчек|речек|рече[кч])\w*\s+(?:\w+\s+)?(?:что-нибудь\s+|что-то\s+)?(?:нашл|нашёл|нашел|показал)"
    r"|\bresults? of the re-?check\b|\bwhat did the re-?check\w*\b.{0,40}\b(?:find|show|turn up|change)\b"
    # "confirm what the most recent re-check of Tverskaya 1 found": the same, said indirectly
    r"|\bwhat the (?:\w+\s+){0,2}re-?check\b.{0,40}\b(?:found|showed|turned up|changed)\b"
    # "what'd that listing drop from and to?", «цена упала?»: the price before and after, between the snapshots
    r"|\bdrop(?:ped)? from\b|\bwent (?:down )?from\b.{0,30}\bto\b|\bprice (?:drop|cut|change)|цен\w* (?:упал|снизил|изменил)"
    r"|подешевел",
    re.I,
)


def _recheck_found(question: str, found: Entities) -> bool:
    named = found.address or found.check_id is not None
    return bool(RECHECK_FOUND.search(question) and named and not found.days_ahead)


# "checks.recheck re-checked the flat overnight, didn't it?", «это же Linear упал?»: a job's work stated and a tag
# question after it — the job's own state says whether it did
TAGGED = re.compile(
    r"(?:,\s*|\s)(?:didn'?t it|did it not|wasn'?t it|isn'?t it|hasn'?t it|right|correct|no|yes)\s*\?\s*$"
    r"|(?<!\w)(?:да|ведь|верно|так ведь|не так ли|правда)\s*\?\s*$",
    re.I,
)


def _job_work_tagged(question: str, found: Entities) -> bool:
    one_job = len(found.literal_jobs) == 1 and found.run_id is None and found.check_id is None
    return bool(one_job and TAGGED.search(question) and not found.projects)


def _check_cancelled(question: str, found: Entities) -> bool:
    """ "Why was the check for Tverskaya cancelled?": a check's cancel taken for granted, the check by its address."""
    named = found.address or found.check_id is not None
    return bool(named and found.run_id is None and not found.jobs and CANCELLED.search(question))


def _settings_changed(question: str, found: Entities) -> bool:
    one_job = len(found.jobs or found.soft_jobs) == 1 and found.run_id is None
    return bool(one_job and SETTINGS_CHANGED.search(question))


def _property_price(question: str, found: Entities) -> bool:
    said = found.address or found.flat or found.check_id is not None
    named = found.jobs or found.run_id is not None or found.projects or found.cost_kind or found.snapshot_ids
    moved = PRICE_MOVED.search(
        BELOW_MARKET.sub(" ", question)
    )  # «дешевле рынка»: against the market, not moved
    return bool(said and PROPERTY_PRICE.search(question) and not named and not moved)


# "who writes most in Alfa?", "who are the correspondents on Northwind?", «кто у нас больше всех пишет по альфе?»
WHO_WRITES = re.compile(
    r"\bwho (?:\w+ )?(?:writes|wrote|posts|posted|messages|talks)\b.{0,30}\b(?:most|the most|more|often)\b"
    r"|\bcorrespondents?\b|\bwho (?:are|is) (?:the |our )?(?:authors?|writers?|people writing|contacts?)\b"
    r"|\bmost active (?:person|people|author|writer|contact)|сам\w+ активн\w+ (?:человек|автор|собеседник)"
    r"|\bwho (?:writes|is writing|has written|has been writing) (?:to us )?(?:in|on|at|from)\b"
    r"|(?<!\w)кто\b.{0,30}(?:чаще|больше|активнее)\w*\s+(?:всего|всех)?.{0,20}пиш|(?<!\w)кто\b.{0,20}пиш\w*.{0,30}(?:чаще|больше)"
    r"|(?<!\w)кто\s+(?:нам\s+)?пиш\w*\s+(?:в|по|из|от)\s|(?<!\w)(?:авторы|собеседник\w*|корреспондент\w*)(?!\w)"
    # «кто из людей писал в проекте northwind», "which people wrote on Northwind?"
    r"|(?<!\w)кто\s+(?:из\s+\w+\s+)?(?:вообще\s+)?(?:писал\w*|переписывал\w*|отписывал\w*)\s+(?:в|по|из|от)\s"
    r"|\bwho (?:wrote|has posted|posted|has been posting) (?:in|on|to|at)\b|\bwhich (?:people|persons|contacts) (?:wrote|write|are writing|have written)\b",
    re.I,
)


def _who_writes(question: str, found: Entities) -> bool:
    """Who writes in a project (most first): its authors, not a search for "writes" nor one person's messages."""
    return bool(
        WHO_WRITES.search(question)
        and not found.people
        and not (found.run_id or found.check_id or found.address)
    )


def _last_written(question: str, found: Entities) -> bool:
    """Who wrote last (in a project, a vendor): the newest messages, not a search for "last" nor a person's."""
    return bool(
        LAST_WRITTEN.search(question)
        and not found.people
        and not (found.run_id or found.check_id or found.address)
    )


# "what did the client write in Chatwoot?", «что писал клиент в чатвуте по нортвинду?»: someone not named, through
# one vendor, with no subject of their own
PARTY_WROTE = re.compile(
    r"(?:what|что|чего)\b.{0,30}(?:wr[io]te|written|writ(?:ing|es)|say|said|писал|написал|пишут|писали|говорил)",
    re.I,
)
SUBJECT_OF_TEXT = re.compile(r"\babout\b|regarding|\bпро\b|насч[её]т|по поводу|относительно", re.I)
# "what did the chatwoot sync say?": the job's run, not what people wrote
ABOUT_THE_JOB = re.compile(
    r"\brun\b|\bjob|sync|import|ingest|error|синхрон|синк|джоб|запуск|прогон|импорт|ошибк", re.I
)


def _party_wrote(question: str, found: Entities) -> bool:
    """What was written through one vendor, nobody named and no subject: that vendor's newest messages."""
    return bool(
        found.vendor
        and PARTY_WROTE.search(question)
        and not SUBJECT_OF_TEXT.search(question)
        and not ABOUT_THE_JOB.search(question)
        and not (found.people or found.run_id or found.check_id or found.address)
    )


SUGGESTED_ACTION = re.compile(r"действи|\bactions?\b|suggest|предлож|подсказк", re.I)


def _person_through_vendor(question: str, found: Entities) -> bool:
    """ "Anything from Kate on the Linear side?": one person and one vendor named, nothing about the sync job or an
    action applied: what that person wrote there."""
    return bool(
        found.vendor
        and len(found.people) == 1
        and not (ABOUT_THE_JOB.search(question) or APPLIED.search(question) or found.literal_jobs)
        and not SUGGESTED_ACTION.search(
            question
        )  # «действие для Тома — задача в Linear»: an action, not his text
        and not (found.run_id or found.check_id or found.address or found.action_id)
    )


def _person_wrote_last(question: str, found: Entities) -> bool:
    """ "What did he write last?" about one person: that person's messages, newest first."""
    return bool(LAST_WRITTEN.search(question) and len(found.people) == 1 and not found.run_id)


# "When did we stop watching Tverskaya 1?": a stop taken for granted; the watches say whether it is still watched
STOPPED_WATCHING = re.compile(
    r"(?:stop(?:ped)?|quit) (?:watching|following)|unwatch(?:ed)?|перестал\w* (?:следить|отслеживать)|отписал",
    re.I,
)


# "which project is archived?", «какой из них переведён в архив»: the projects, with each one's state
ARCHIVED_ASKED = re.compile(
    r"(?:\bwhich|\bwhat|(?<!\w)как\w+)\b.{0,40}(?:\barchiv|(?<!\w)(?:в\s+)?архив)", re.I
)


def _archived_asked(question: str, found: Entities) -> bool:
    return bool(ARCHIVED_ASKED.search(question) and not found.projects and not found.jobs)


def _watchers(question: str, found: Entities) -> bool:
    asked_stop = (
        STOPPED_WATCHING.search(question) and (found.address or found.project) and asks_when(question)
    )
    return bool(WATCHERS.search(question) or asked_stop)


def asks_when(question: str) -> bool:
    return bool(re.search(r"\bwhen\b|\bwho\b|\bwhy\b|когда|кто|почему|зачем", question, re.I))


def _action_named(question: str, found: Entities) -> bool:
    return found.action_id is not None and not (found.jobs or found.run_id or found.check_id)


def _check_usage(question: str, found: Entities) -> bool:
    unit = found.cost_kind or MONEY.search(question) or CHECK_COST.search(question)
    asked = HOW_MUCH.search(question) or CHECK_COST.search(question)
    about_check = found.check_id is not None or re.search(r"check|проверк", question, re.I)
    return bool(unit and asked and _one_check(found) and about_check and not found.period)


# whether a model's key is set («задан ли ключ OpenAI?», "is an LLM key configured?"), never its value
MODEL_KEY_SET = re.compile(
    r"(?=.*(?:openai|\bllm|ллм|\bgpt|\bmodel|модел|нейросет))(?=.*(?:\bkey|ключ|токен|token))"
    r"(?=.*(?:\bset\b|configured|present|missing|\bthere\b|задан|настроен|указан|прописан|установлен|есть ли))"
    r"(?=.*(?:^\W*(?:is|are|do|does|have|has)\b|\b(?:is|are)\s+(?:\w+\s+){0,3}(?:set|configured|present|missing)\b|(?<!\w)ли(?!\w)|\?\s*$))",
    re.I,
)


JOBS_COUNTED = re.compile(
    r"\bhow many (?:\w+ )?jobs\b|(?<!\w)сколько (?:\w+ ){0,3}(?:заданий|задач|джоб\w*|джобов)(?!\w)", re.I
)


def _jobs_counted(question: str, found: Entities) -> bool:
    other = found.jobs or found.soft_jobs or found.status or found.period or found.address or found.projects
    return bool(JOBS_COUNTED.search(question)) and not other


def _people_asked(question: str, found: Entities) -> bool:
    from agent.offline.understanding.intents import BY_NAME

    return bool(re.search(BY_NAME["people_roles"].rule, question, re.I))


# Whether anything was erased, of no one in particular ("has any data been erased to date?", «удаляли ли данные?»)
ERASURE_ASKED = re.compile(
    r"\b(?:any|anything|data|records?)\b.{0,30}\b(?:erased|deleted|forgotten|wiped|purged)\b|\berasures?\b"
    r"|(?<!\w)(?:удаля\w*|удален\w*|удалили|стирал\w*|стёрли|стерли)\b.{0,30}(?:данн|что-нибудь|что-то|ли)"
    r"|(?:данн\w*|что-нибудь|что-то)\s+(?:\w+\s+)?(?:удаля|удален|удалил|стира|стёр|стер)",
    re.I,
)
EVER = re.compile(
    r"\bto date\b|\bso far\b|\bever\b|\bat all\b|за вс[её] время|когда-либо|вообще|до сих пор", re.I
)


def _erasure_asked(question: str, found: Entities) -> bool:
    if found.people or found.projects or found.check_id is not None or not ERASURE_ASKED.search(question):
        return False
    found.moves = ["erase"]
    if not found.period and EVER.search(question):  # "to date": as far back as the audits keep
        found.period = "365d"
    return True


def _who_i_am(question: str, found: Entities) -> bool:
    from agent.offline.understanding.intents import BY_NAME

    return bool(re.search(BY_NAME["whoami"].rule, question, re.I))


def _claimed_promise(question: str, found: Entities) -> bool:
    """ "Kate told Tom we'd deliver the module by 5 May — on track?": a promise passed on is checked against the
    commitments (what was promised, and by when)."""
    return bool(claim_passed_on(question) and PROMISE_SAID.search(question) and not found.address)


# What we would do, passed on ("we'd deliver", "we'll send", «мы сдадим», «обещали прислать»)
PROMISE_SAID = re.compile(
    r"\bwe(?:'d| would|'ll| will| are going to)\s+\w+|\bpromised\b|(?<!\w)(?:обещали|пообещали|мы\s+(?:сдадим|пришл[её]м"
    r"|отправим|сделаем|подготовим|закончим|успеем))(?!\w)",
    re.I,
)


def _digest_contents(question: str, found: Entities) -> bool:
    return bool(found.projects and DIGEST_WORD.search(question) and IN_THE_DIGEST.search(question))


# What a digest holds ("how many commitments and risks are in it", «содержание дайджеста»): the digest, not the
# project's live lists
IN_THE_DIGEST = re.compile(
    r"\bin it\b|\bin the (?:last |latest |newest )?digest\b|\bdigest (?:says|lists|holds|contains)\b|в н[её]м\b"
    r"|\bdoes it (?:list|hold|contain|say)\b"
    r"|в (?:последнем |этом )?дайджесте|содержани\w* (?:последнего |этого )?дайджест|contents? of the (?:\w+ )?digest",
    re.I,
)


def _model_key_set(question: str, found: Entities) -> bool:
    return bool(MODEL_KEY_SET.match(question)) and not found.jobs


def _item_of_project(question: str, found: Entities) -> bool:
    from agent.offline.understanding.subjects import THE_ITEM

    other = (
        found.jobs
        or found.soft_jobs
        or found.address
        or found.check_id is not None
        or found.run_id is not None
    )
    if other or not THE_ITEM.search(question) or not ITEM_STATE_ASKED.search(question):
        return False
    if found.projects:
        return len(found.projects) == 1
    from agent.offline.understanding.planning import ITEM_NUMBERED
    from agent.offline.understanding.subjects import item_projects

    projects = item_projects(question, None, found)  # "is invoice 17 paid?": the one project naming it
    return len(projects) == 1 or (not projects and bool(ITEM_NUMBERED.search(question)))  # or none does


# how one promised or feared thing stands ("what's the status of the invoice?", «как там со счётом?»)
ITEM_STATE_ASKED = re.compile(
    r"\bstatus|\bwhere (?:are|is)\b|how(?:'s| is) .{0,20}going|статус|как там|что там|что с(?:о)?\b|как дела"
    r"|\bpaid\b|\bpay(?:ing|s)?\b|оплачен|оплатил|оплат[аыу]|заплатил|заплачен|записан\w* (?:по|про|о)|известно (?:по|про|о)"
    r"|\bwhat do (?:you|we) have on\b|\bthe latest on\b|\bany news on\b|новост\w* по"
    r"|\bwhat(?:'s| is) (?:going on|happening|up) with\b|\bwhat about\b"
    # how late or overdue it is: its state, asked in days
    r"|\boverdue\b|\bhow late\b|\blate is\b|просроч|опаздыва|задерж|\bsorted\b|\bsettled\b|\bresolved\b"
    r"|(?<!\w)вис(?:ит|ят|ел)(?!\w)",
    re.I,
)


# "cheaper than the market", «дешевле рынка»: the price against the market's median, not a price that moved
BELOW_MARKET = re.compile(
    r"(?:cheaper|pricier|more expensive|dearer)\s+than\s+(?:the\s+)?(?:market|median|others|average)"
    r"|(?:дешевле|дороже|ниже|выше)\s+(?:\w+\s+)?(?:рынка|рыночн|медиан|средн)",
    re.I,
)


def _price_moved(question: str, found: Entities) -> bool:
    moved = PRICE_MOVED.search(BELOW_MARKET.sub(" ", question))
    return bool((found.address or found.check_id is not None) and moved)


# What a thing cost, in money words ("what did memory.build cost us?", «во сколько обошёлся импорт?»)
COST_WORDS = re.compile(
    r"\bcost|\bspent\b|\bspend|expensive|стоил|стоимост|обош[её]л|обошл|потратил|потрачен|дорог|\bcharged\b"
    r"|\bbill(?:ed)?\b|списал|заплатил",
    re.I,
)
RUN_WORDS = re.compile(r"\bruns?\b|запуск|прогон", re.I)


def _job_spend(question: str, found: Entities) -> bool:
    """What one job cost, no run of it named or ordered: its spend over the period (the week unless said), with
    its runs, not its newest run alone."""
    one_job = len(found.jobs) == 1 and found.run_id is None and not found.about_check and not found.order
    return bool(one_job and COST_WORDS.search(question) and not RUN_WORDS.search(question))


# How a project is going, asked of the project ("is the project on track?", «как дела на проекте?»): its risks
PROJECT_HEALTH = re.compile(
    r"как (?:там )?(?:дела|идёт|идет|продвигается)|(?:вс[её]|идёт|идет) (?:ли )?по плану|в график|по график"
    r"|\bon track\b|\boff track\b|\bhow'?s (?:it|the project|the client) (?:going|doing|getting on|coming along)"
    # "How's the Northwind project going?", "how is northwind doing?": a project named between
    r"|\bhow(?:'s| is| are) (?:the |our )?[\w-]+(?: project| client)? (?:going|doing|getting on|coming along)\b"
    # "anything I should worry about?", «есть о чём волноваться?»: what could go wrong
    r"|\b(?:worry|worried|concern(?:ed)?) about\b|(?<!\w)(?:волноваться|беспокоиться|переживать)(?!\w)"
    r"|\bgoing well\b|\bgetting on\b|\bcoming along\b|как\s+(?:там\s+)?(?:проект|клиент)\w*\s*\?",
    re.I,
)
PROJECT_SAID = re.compile(r"\bproject\b|\bclient\b|проект|клиент", re.I)


def _project_health(question: str, found: Entities) -> bool:
    """How a project is going, asked of a project and not of a job or a check: what could derail it, its risks."""
    said = found.projects or PROJECT_SAID.search(question)
    other = found.jobs or found.soft_jobs or found.address or found.check_id is not None or found.people
    return bool(said and not other and PROJECT_HEALTH.search(question))


PROJECT_WORDS = re.compile(
    r"promis|commit|risk|said|wrote|digest|action|обещ|обязат|риск|писал|сказал|дайджест|действи", re.I
)


def _project_spend(question: str, found: Entities) -> bool:
    """Money asked of a project, not what was said in it: the costs (which are not split by project: said first)."""
    return bool(
        found.projects
        and not found.jobs
        and not found.about_check  # "how much did the check cost?" after a turn about a project: the check's
        and PER_PROJECT_SPEND.search(question)
        and not PROJECT_WORDS.search(question)
    )


def _promised_to_project(question: str, found: Entities) -> bool:
    """What was promised to a named project ("what did we promise northwind about the budget?"): its commitments,
    whatever money word the promise is about."""
    other = re.search(
        r"risk|риск|digest|дайджест", question, re.I
    )  # a compound's other part, a digest's content
    return bool(found.projects and not found.jobs and WE_PROMISED.search(question) and not other)


# A check done again: "if we re-checked", «если повторить проверку», «перепроверили бы»
RECHECKED = re.compile(
    r"re-?check|re-?ran the check|re-?run (?:the|a) check|check(?:ed)? (?:it )?again|перепровер|повтор\w* (?:\w+ )?провер"
    r"|провер\w* (?:\w+ )?(?:повторно|снова|ещё раз|еще раз)",
    re.I,
)


def _recheck_later(question: str, found: Entities) -> bool:
    """A check imagined done again some days ahead: which sources would be fetched again (stale by then) and
    which reused (still fresh), from each source's freshness."""
    other_job = [j for j in found.jobs if j != "checks.recheck"]  # "re-checked": the re-check job's own words
    if not (found.days_ahead and RECHECKED.search(question) and not other_job):
        return False
    if (
        found.order == "previous"
    ):  # «что возьмётся из прошлых данных»: the earlier facts, not an earlier check
        found.order = None
    return True


def _notice_named(question: str, found: Entities) -> bool:
    return found.notice_id is not None


def _fact_by_key(question: str, found: Entities) -> bool:
    return found.fact_key is not None


def _run_amount(question: str, found: Entities) -> bool:
    """How many a job's run read or did, in no money or usage unit: that run's details say it in its own unit."""
    unit = found.cost_kind or MONEY.search(question) or CHECK_COST.search(question)
    one_job = len(found.jobs) == 1 and found.run_id is None and not found.about_check
    # «сколько предложенных действий по Альфа Строй»: a project's actions counted, not the job's run
    # ("how many suggested actions are there?": the actions, counted; "how many did memory.suggest make?": its run)
    made = one_job and found.jobs[0] in PROJECT_THING and not found.literal_jobs
    upcoming = re.search(
        r"\bnext\b|(?<!\w)следующ", question, re.I
    )  # «след. запуск чатвута на сколько»: a time
    return bool(
        HOW_MUCH.search(question) and one_job and not unit and not found.period and not made and not upcoming
    )


# "did run 8 bring in anything new?", «запуск 8 что-то новое притащил?»: what that run found, not the notices
RUN_BROUGHT_NEW = re.compile(
    r"\b(?:anything|something|nothing) new\b|\bnew (?:stuff|items|messages|data)\b|\b(?:brought|bring|pulled|fetched) in\b"
    r"|(?<!\w)(?:что-(?:то|нибудь)|ничего)\s+нов\w*|нов\w+\s+(?:данн|сообщени|запис)|(?:принес|принёс|притащил|подтянул)\w*",
    re.I,
)


def _run_brought_new(question: str, found: Entities) -> bool:
    """Whether one run said by its number brought anything new: that run's result ("nothing new"), not notices."""
    return found.run_id is not None and not found.notices_said and bool(RUN_BROUGHT_NEW.search(question))


# a vendor's own objects synced for a project: "alfa-stroy's Linear issues", "the northwind deal in Attio — its
# stage?", «задачи Linear по альфе», «сделка в Attio»: those records (not the suggested Linear-issue actions)
VENDOR_OBJECTS = re.compile(
    r"\b(?:linear|attio|chatwoot)\s+(?:issues?|tickets?|tasks?|deals?|records?|notes?)\b"
    r"|\b(?:issues?|tickets?|deals?|records?)\s+(?:\w+\s+){0,2}(?:in|from|on)\s+(?:linear|attio)\b"
    r"|\bdeal\b.{0,40}\b(?:stage|worth|value|status)\b|\b(?:stage|value|worth)\b.{0,40}\bdeal\b"
    r"|(?:задач\w*|тикет\w*|таск\w*)\s+(?:в\s+|из\s+)?(?:linear|линеар\w*)|(?:linear|линеар\w*)\W+(?:задач|тикет|таск)"
    r"|(?:сделк\w*|запис\w*)\s+(?:в\s+|из\s+)?(?:attio|аттио)|(?:attio|аттио)\W+(?:сделк|запис)"
    r"|сделк\w*.{0,40}(?:стади|этап|сумм|стоит|стоимост)",
    re.I,
)
# what Mirano suggests making ("which Linear issues should we create?", «какие задачи стоит завести») or how often the
# sync brings them («как часто мы забираем задачи из Linear»): the suggested actions or the sync, not the records
SUGGESTED_SAID = re.compile(
    r"suggest|предлож|\baction|действи|appl|примен|approv|одобр|утверд|\bcreate|\bshould we|\bopen (?:a |new )?|завести|заводить|создать"
    r"|стоит\s+(?:завести|создать)|\bfor (?:it|this|that|them)\b|\balready\b|уже\s+(?:есть|завели|создали)|how often|как часто|\bwhen\b|когда|забира|тян|\bimport|\bsync|синк|синхрон|загруж",
    re.I,
)


def _vendor_objects(question: str, found: Entities) -> bool:
    # the vendor's name reads as its sync, and "issues" as the job that suggests them: neither is asked here
    jobs = [j for j in found.jobs if not (j.startswith("ingest.") or j == "memory.suggest")]
    if not VENDOR_OBJECTS.search(question) or SUGGESTED_SAID.search(question) or jobs or found.literal_jobs:
        return False
    if found.run_id is not None:
        return False
    found.jobs = []
    if not found.vendor:  # "the deal": Attio's; "the issues": Linear's
        found.vendor = "attio" if re.search(r"\bdeal|сделк|record|запис", question, re.I) else "linear"
    return True


@dataclass(frozen=True)
class Reading:
    intent: str
    holds: Callable[[str, Entities], bool]
    why: str
    source: str | None = None  # the check's source the reading asks about, when its words name none


# A vendor's own key of an issue ("ALF-2", "NW-14"): that document, found by its key in project memory
ISSUE_KEY = re.compile(rf"(?<![\w-]){DOCUMENT_KEY.pattern}(?![\w-])")


def issue_key(question: str) -> str | None:
    said = ISSUE_KEY.search(question)
    return said.group(0) if said and not re.match(r"(?:А|A)\d", said.group(0)) else None


def _issue_named(question: str, found: Entities) -> bool:
    """«какой кейс с задачей ALF-2 в Linear?»: an issue by its key, not the project its letters stand for."""
    return bool(issue_key(question) and found.run_id is None and found.check_id is None and not found.address)


def _role_asked(question: str, found: Entities) -> bool:
    """ "who may erase data?", «вправе ли оператор …»: the role an action needs, not who did it."""
    from agent.offline.understanding.intents import BY_NAME

    return bool(re.search(BY_NAME["role_needed"].rule, question, re.I))


# What a memory job made, asked of the job ("what did memory.suggest come up with?", «что выдал memory.digest?»):
# the things it writes, not its last run
OUTPUT_ASKED = re.compile(
    r"\bcome up with|\bcame up with|\bproduc|\bsuggest(?:ed|s)?\b|\bfound\b|\bfind\b|\bextract(?:ed|s)?\b"
    r"|\bwr(?:o|i)te\b|\bwritten\b|\bmade\b|\bgenerat|\byield|\boutput|\bturn(?:ed)? up\b|\bspit|\bpull(?:ed)? out"
    r"|(?<!\w)(?:предложил|наш[её]л|нашло|извл[её]к|выдал|выдало|написал|сгенерир|нагенерил|насобирал|вытащил"
    r"|выкопал|наработал|сделал)\w*",
    re.I,
)
WHAT_ASKED = re.compile(
    r"\bwhat\b|\bwhat'd\b|\bwhich\b|\banything\b|(?<!\w)(?:что|чего|какие|какое|чё|че)(?!\w)", re.I
)


A_RUN_SAID = re.compile(
    r"\bruns?\b|\bran\b|\blast time\b|\byesterday|\btoday\b|(?<!\w)(?:запуск|прогон|гонял|последний раз|вчера|сегодня)",
    re.I,
)


def _output_of(job: str) -> Callable[[str, Entities], bool]:
    def asked(question: str, found: Entities) -> bool:
        """ "what'd memory.suggest come up with for alfa-stroy?": the job's own output, not its schedule."""
        said = re.sub(re.escape(job), " ", question, flags=re.I)  # "memory.suggest" itself suggests nothing
        return (
            found.jobs == [job]
            and found.run_id is None
            and not A_RUN_SAID.search(said)  # "what did it find the last time it ran?": that run's result
            and bool(OUTPUT_ASKED.search(said) and WHAT_ASKED.search(said))
        )

    return asked


# "what's Tom been complaining about?", «на что жалуется Ирина?»: what that person wrote (the colloquial stage
# puts "giving out about", "moaning about" back as complaining)
COMPLAINS = re.compile(r"\bcomplain\w*|(?<!\w)(?:жалу\w*|жалоб\w*|недовол\w*|возмуща\w*|ноет|ныл\w*)", re.I)


def _person_complains(question: str, found: Entities) -> bool:
    """ "what's Tom been complaining about lately?": one named person's messages, not the runs of "lately"."""
    one_ask = not re.search(
        r",\s*(?:and\s+)?(?:which|what|who|when|how|какой|какие|что|кто|когда)\b", question, re.I
    )
    return len(found.people) == 1 and not found.jobs and one_ask and bool(COMPLAINS.search(question))


# A court case's parties asked before any check has run ("who is the defendant in the Ivanova case?" on a fresh
# install): court cases come only from property checks, so that is said, not a memory search for the words
COURT_ASKED = re.compile(
    r"\b(?:defendant|plaintiff|lawsuit|court case|litigation)s?\b|(?<!\w)(?:истц|истец|ответчик|судебн\w*\s+дел|иск\w*\s+к)",
    re.I,
)


def _court_without_checks(question: str, found: Entities) -> bool:
    if not COURT_ASKED.search(question) or found.projects or found.jobs:
        return False
    from pipeline.service import checks as checks_service

    return not checks_service.list_checks(1)


def _times_counted(question: str, found: Entities) -> bool:
    """ "how many times did the chatwoot sync run?": that job's runs, counted (not one run of them)."""
    from agent.offline.understanding.subjects import TIMES_COUNTED

    return len(found.jobs) == 1 and found.run_id is None and bool(TIMES_COUNTED.search(question))


READINGS = (
    Reading("role_needed", _role_asked, "the role an action needs ('who may erase data?'): not who erased"),
    Reading("runs", _times_counted, "how many times one job ran: its runs, counted, not one of them"),
    Reading("check_status", _court_without_checks, "a court case asked before any check: there are none yet"),
    Reading("person", _person_complains, "what one named person complains about: what they wrote"),
    Reading(
        "actions", _output_of("memory.suggest"), "what memory.suggest came up with: its suggested actions"
    ),
    Reading("commitments", _output_of("memory.extract"), "what memory.extract found: commitments and risks"),
    Reading("digest", _output_of("memory.digest"), "what memory.digest wrote: the digests"),
    Reading(
        "search", _issue_named, "an issue said by its key ('ALF-2'): that issue's text in project memory"
    ),
    Reading(
        "status",
        _job_work_tagged,
        "a job's work stated with 'didn't it?': the job's state says whether it did",
    ),
    Reading("people_roles", _people_asked, "the people stored with roles: not who the asker is"),
    Reading("whoami", _who_i_am, "who the asker is, their role and what it may do: not what runs now"),
    Reading("activity", _erasure_asked, "whether any data was erased: the erasures, nobody's or someone's"),
    Reading("commitments", _claimed_promise, "a promise passed on ('Kate told Tom we'd …'): the commitments"),
    Reading(
        "digest", _digest_contents, "what a project's digest holds: the digest itself, not the live lists"
    ),
    Reading(
        "explain", explained, "what a word of Mirano's or a job is: its meaning, not a lookup of its data"
    ),
    Reading(
        "projects", _bound, "what a project is bound to (its Chatwoot inbox, Linear team, Attio records)"
    ),
    Reading("authors", _who_writes, "who writes in a project, most first: its authors and their channels"),
    Reading("person", _person_wrote_last, "what one person wrote last: their messages, newest first"),
    Reading("person", _person_through_vendor, "one person and one vendor named: what they wrote there"),
    Reading(
        "latest", _vendor_objects, "a vendor's own records of a project (its Linear issues, its Attio deal)"
    ),
    Reading("latest", _last_written, "who wrote last and what: the newest imported messages, their authors"),
    Reading("latest", _party_wrote, "what was written through one vendor, nobody named: its newest messages"),
    Reading("projects", _archived_asked, "which project is archived: the projects, each with its state"),
    Reading("watchers", _watchers, "who watches a property or a project: the watches and their people"),
    Reading(
        "status", _backoff_of_a_job, "a job's backoff is in its state: whether it backs off, why, until when"
    ),
    Reading(
        "status", _last_ran, "when a job last ran is its state (last run, last success), not its next run"
    ),
    Reading("next_run", _at_what_time, "at what time one job runs: its next run, not its cost"),
    Reading(
        "diff", _recheck_found, "what a re-check found: the change between the snapshots before and after"
    ),
    Reading("paused", _job_paused, "a job said to be paused: whether it is, by whom, since when"),
    Reading("cost_run", _check_cost, "what one check cost, the check named by its number or its address"),
    Reading(
        "economy", _economy_saved, "what economy mode saved: whether it is on at all, what it holds back"
    ),
    Reading(
        "status", _job_running, "whether a job runs now is its state: running, or not now and its last run"
    ),
    Reading(
        "check_status", _check_cancelled, "a check's cancel taken for granted: the check's own state says it"
    ),
    Reading(
        "why_run",
        _job_cancelled,
        "a job's cancel taken for granted: its run, and whether anyone cancelled it",
    ),
    Reading(
        "paused",
        _settings_changed,
        "who changed a job's cadence or limit: its control and settings audit (who, when, before → after)",
    ),
    Reading(
        "check_status",
        _property_price,
        "a property's price is in its check's listings (a price that moved is a notice, below)",
        source="listings",
    ),
    Reading(
        "list_checks",
        _flat_unchecked,
        "a flat no check has: said so first, then the checks of its building (or all checks)",
    ),
    Reading(
        "provenance",
        _source_not_again,
        "why a check's source was not fetched again is answered by where its facts came from, not by a job's run",
    ),
    Reading("status", _jobs_counted, "how many jobs there are: every job's state, counted"),
    Reading(
        "modes",
        _model_key_set,
        "whether the model's key is set: which model answers, and which systems are demo",
    ),
    Reading("actions", _action_named, "an action by its number: whether, by whom and when it was applied"),
    Reading(
        "actions",
        _actions_counted,
        "how many suggested actions there are: the projects' actions, not memory.suggest's last run nor the projects",
    ),
    Reading(
        "actions", _applied_asked, "whether anyone applied an action: the projects' actions, applied or not"
    ),
    Reading(
        "why_run", _run_brought_new, "whether a numbered run brought anything new: its result, not notices"
    ),
    Reading("notices", _notices_of, "notices about a watched project or property, not the notice jobs"),
    Reading(
        "memory_contents",
        _memory_count,
        "how many documents, messages or chunks memory holds in all: its contents counted, not a search",
    ),
    Reading(
        "memory_contents",
        _memory_held,
        "what memory holds, or whether its index is whole: its contents, not the build job's last run",
    ),
    Reading(
        "activity",
        asked_who_did,
        "who did what, asked of anyone: the people's moves from the audits, or that nobody did anything",
    ),
    Reading("notices", _notice_named, "a notice by its number: that notice and its changes"),
    Reading("provenance", _recheck_later, "a re-check days ahead: what would be fetched again, what reused"),
    Reading(
        "provenance",
        _fact_by_key,
        "a fact said by its own number (a court case): that fact, and where it came from",
    ),
    Reading("commitments", _promised_to_project, "what was promised to a named project: its commitments"),
    Reading(
        "item_status",
        _item_of_project,
        "one thing of a named project asked by what it is ('the invoice'): the promises and risks that name it",
    ),
    Reading("cost_period", _project_spend, "money asked of a project: the costs, not what was said in it"),
    Reading("risks", _project_health, "how a project is going is what could derail it: its risks"),
    Reading(
        "cost_period", _job_spend, "what a job cost, no run named: its spend over the period, run by run"
    ),
    Reading(
        "why_run", _run_amount, "how many a sync read or a build embedded: its run's details, in its unit"
    ),
    Reading("cost_run", _check_usage, "how many calls or how much money one check used is that check's cost"),
    Reading(
        "notices", _price_moved, "a property that got cheaper: the changes checks and re-checks found on it"
    ),
    Reading(
        "diff", _risk_moved, "a risk that moved since a report: the snapshots compared, not today's score"
    ),
    Reading(
        "risk_score", property_risk, "a risk with an address or a check named is the property's risk score"
    ),
    Reading("risk_score", _score_said, "a risk score said by its value («откуда 60?»): that check's factors"),
)


def named_reading(question: str, found: Entities) -> str | None:
    """The intent the named thing decides, or None when no rule holds; a reading about one source names it."""
    reading = next((r for r in READINGS if r.holds(question, found)), None)
    if reading is None:
        return None
    if reading.source and not found.sources:
        found.sources, found.source = [reading.source], reading.source
    return reading.intent


# Intents about project memory; a question that names a checked address and no project or person is about the
# property instead («на Ленинском кто застройщик?» is not a memory search for «застройщик»)
MEMORY_INTENTS = ("search", "person", "commitments", "risks", "digest", "actions", "projects")


def check_reading(intent: str | None, found: Entities) -> str | None:
    """The property's check, when the words made a memory intent look right but the subject is an address."""
    subject = found.address or (
        found.about_check and found.check_id is not None
    )  # «а застройщик?» after check 3
    if intent in MEMORY_INTENTS and subject and not (found.projects or found.people or found.jobs):
        return "check_status"
    return None


# A budget taken to have stopped work ("why did the budget stop the build?", «какой лимит сработал?»)
BUDGET_STOPPED = re.compile(
    r"(?:budget|\bcap\b|daily limit|бюджет|лимит)\w*.{0,40}(?:stopp|stop(?:s|ed)?\b|block|halt|paus|останов|тормоз"
    r"|сработ|заблокир|встал)|(?:stopp|block|halt|останов|заблокир)\w*.{0,40}(?:by (?:the |a )?budget|бюджет)"
    # «почему исчерпан дневной бюджет?», "why is the token budget used up?": a budget reached, taken for granted
    r"|(?:исчерпан|израсходован|выбран|достигнут|превышен)\w*\s+(?:\w+\s+){0,2}(?:бюджет|лимит)"
    r"|(?:budget|\bcap\b|daily limit|бюджет|лимит)\w*.{0,40}(?:exhausted|used up|run out|reached|exceeded|blown|исчерпан"
    r"|достигнут|превышен)",
    re.I,
)
# A price or a risk that fell («цена упала», "the risk dropped"): a move, not a failure
MOVED_NOT_FAILED = re.compile(
    r"(?:цен|стоимост|риск|price|risk|score|оценк)\w*\s+(?:\w+\s+){0,2}(?:упал|упад|fell|dropped)", re.I
)
# Money asked of a project ("what did we spend on northwind?", «сколько ушло на Альфа Строй»): the ledger keeps
# costs per job and run, and one sync serves every bound project, so that is said first
PER_PROJECT_SPEND = re.compile(
    r"\bspen[dt]\b|\bcost|\bbudget|\bmoney\b|\$|стоил|стоимост|потрат|расход|затрат|ушл[оа]|обош[её]л|обошл"
    r"|в разрезе|денег|бюджет",
    re.I,
)
# A project taken to be archived, a person taken to be erased: both are checked against the data first
ARCHIVED = re.compile(r"\barchiv|в архив|архивн|заархивир", re.I)
ERASED = re.compile(
    r"\berased?\b|\berasure|\bforgotten\b|\bdeleted\b|\bnuked\b|\bwiped\b|\bgone from\b|удал[её]н\w*|удалил\w*"
    r"|стёрт|стерт|стёрл|стерл|забыт|снесл|сн[её]с\b|пропал\w* из памят|исчез\w* из памят",
    re.I,
)


# A risk factor taken for granted of a property ("why is its developer flagged as bankrupt?"): checked first
FACTOR_SAID = re.compile(r"bankrupt|insolven|банкрот|несостоятельн", re.I)
# The factor supposed away ("if the developer weren't bankrupt", «вышло из процедуры банкротства»)
WITHOUT_FACTOR = re.compile(
    r"(?<!\w)не\s+был\w*\s+банкрот|(?<!\w)не\s+банкрот|вышл\w*\s+из\s+(?:\w+\s+)?банкрот|\bweren'?t\s+bankrupt"
    r"|\bwere\s+not\s+bankrupt|\bnot\s+bankrupt|\bwithout\s+(?:the\s+)?bankruptcy|\bout\s+of\s+bankruptcy"
    r"|\bno longer bankrupt|\bbankruptcy (?:ended|were over|was over)|\b(?:weren'?t|were not|not) in (?:insolvency|bankruptcy)",
    re.I,
)
# A job taken to cost the most ("why is memory.digest the most expensive?", «дороже всех»): checked first
MOST_EXPENSIVE = re.compile(
    r"most expensive|costs? the most|priciest|дороже (?:всех|всего|остальных)|сам\w* дорог", re.I
)
DIGEST_WORD = re.compile(r"digest|дайджест|сводк", re.I)
VERSION_SAID = re.compile(r"\bversion\s*#?\s*(\d+)|верси\w*\s*(?:№|#)?\s*(\d+)|\bv(\d+)\b", re.I)


def _nth_digest(question: str, found: Entities) -> int | None:
    """The digest asked by its order or version ("the second digest", «версия 2») of one project, when more than
    one is taken for granted; None when none is said that way."""
    if len(found.projects) != 1 or not DIGEST_WORD.search(question):
        return None
    said = VERSION_SAID.search(question)
    if said:
        return int(next(g for g in said.groups() if g))
    return ORDER_INDEX[found.order] + 1 if found.order in ("second", "third", "fourth") else None


# A retry taken for granted ("the retry of run 9 failed again", «ретрай запуска 9 тоже упал»)
RETRIED = re.compile(
    r"\bretr(?:y|ied|ies)\b|\bre-?ran\b|ретра\w*|повторн\w* запуск|перезапуск\w* (?:тоже|снова|опять)", re.I
)


PAST_COST = re.compile(
    r"\bcost\b|\bcharged?\b|\bbilled\b|\bspent\b|\bbill\b|обошл|обош[её]л|стоил|потратил|списал|заплатил|составил",
    re.I,
)
CAP_WORDS = re.compile(r"\bcap\b|budget|limit|бюджет|лимит|потолок", re.I)
# A sum of money the question takes as spent ("the $40 we were charged", «обошлась в 50 долларов»)
AMOUNT_SAID = re.compile(
    r"(?:\$|\busd\s?)(\d+(?:[.,]\d+)?)|(\d+(?:[.,]\d+)?)\s*(?:\$|usd\b|dollars?\b|bucks?\b|долл\w*|бакс\w*)",
    re.I,
)


def _absent_author(found: Entities) -> str | None:
    """ "person:project" when the question names one person and one project the person never wrote in."""
    if not found.people or len(found.projects) != 1:
        return None
    from pipeline.service import memory as memory_service

    authors = memory_service.authors()
    for person in found.people[
        :2
    ]:  # «почему Алексей не отвечает Тому в northwind?»: the one who never wrote there
        wrote_in = {a["project"] for a in authors if a["author"] == person}
        if wrote_in and found.projects[0] not in wrote_in:
            return f"{person}:{found.projects[0]}"
    return None


def _unfrozen(check_id: int) -> bool:
    """The check exists and no snapshot was frozen from it."""
    from pipeline.service import checks as checks_service

    try:
        return all(x["job_id"] != check_id for x in checks_service.snapshots_of_property(check_id))
    except MiranoError:
        return False


def _missing_snapshot(ids: list[int]) -> int | None:
    from pipeline.service import checks as checks_service

    for sid in ids:
        try:
            checks_service.get_snapshot(sid)
        except MiranoError:
            return sid
    return None


def _inactive(projects: list[str]) -> str | None:
    """The first of the projects named that is archived (inactive): nothing is synced for it any more."""
    from pipeline.service import memory as memory_service

    archived = {p["slug"] for p in memory_service.project_names() if not p["active"]}
    return next((p for p in projects if p in archived), None)


def premise(question: str, found: Entities) -> str | None:
    """What a question takes for granted, for the answer to check first: a flat no check has (flat:<n>), a cancel
    ("who cancelled run 8?"), an apply ("Kate applied the Linear issue: when?"), a risk that moved (risk_up, risk_down), a source flagged as a risk (flagged:<source>),
    a failure ("why did it fail?"); None when it takes nothing for granted. The first that holds is checked."""
    if flat_unchecked(found):
        return f"flat:{found.flat}"
    if found.project_unknown:  # «что по проекту бета строй?»: no such project
        return f"noproject:{found.project_unknown}"
    absent = _absent_author(found)
    if absent:  # "why do Tom's messages appear in alfa-stroy?": he wrote nothing there
        return f"absent:{absent}"
    if found.projects and not found.jobs and not found.about_check and PER_PROJECT_SPEND.search(question):
        return "per_project"
    said = AMOUNT_SAID.search(question)
    if (
        said and PAST_COST.search(question) and not CAP_WORDS.search(question)
    ):  # "why did the check cost $50?"
        return f"amount:{(said.group(1) or said.group(2)).replace(',', '.')}"
    missing = _missing_snapshot(found.snapshot_ids)
    if missing is not None:  # «в снимке №7 цена поменялась»: there is no snapshot #7
        return f"nosnapshot:{missing}"
    if SNAPSHOT_WORD.search(question) and found.check_id is not None and _unfrozen(found.check_id):
        return f"snapshot:{found.check_id}"  # «в снимке проверки 2 было …»: check 2 has none, said first
    if found.fact_key and found.fact_id is None:  # a case number no check holds
        return f"nofact:{found.fact_key}"
    if found.cadastral:  # a cadastral number no checked property has
        return f"nocadastral:{found.cadastral}"
    if ARCHIVED.search(question) and len(found.projects) == 1:  # «почему Northwind в архиве?»
        return f"archived:{found.projects[0]}"
    if ERASED.search(question) and len(found.people) == 1:  # "when was Tom Baker's data erased?"
        return f"erased:{found.people[0]}"
    if ERASED.search(question) and len(found.projects) == 1:  # "who nuked the northwind project?"
        return f"kept:{found.projects[0]}"
    if ERASED.search(question) and found.check_id is not None:  # "who erased check 2?": it is still there
        return f"kept_check:{found.check_id}"
    if found.projects and not ARCHIVED.search(question) and _inactive(found.projects):  # "the Globex sync"
        return f"inactive:{_inactive(found.projects)}"
    one_property = found.address or found.check_id is not None
    if FACTOR_SAID.search(question) and one_property and WITHOUT_FACTOR.search(question):
        return "without:developer_bankrupt"  # «если б застройщик не был банкротом — какой риск?»: the score without it
    if FACTOR_SAID.search(question) and one_property:  # "flagged as bankrupt": is it?
        return "factor:developer_bankrupt"
    if (
        MOST_EXPENSIVE.search(question) and len(found.jobs) == 1
    ):  # "why is the digest the most expensive job?"
        return f"priciest:{found.jobs[0]}"
    nth = _nth_digest(question, found)
    if nth:  # «второй дайджест по northwind, там уже две версии»: is there one?
        return f"digest_nth:{found.projects[0]}:{nth}"
    if (
        RETRIED.search(question) and found.run_id is not None and found.status == "failed"
    ):  # "its retry failed"
        return f"retried:{found.run_id}"
    if CANCELLED.search(question):
        return "cancelled"
    if APPLIED.search(question) and APPLIED_BY.search(question):  # "I believe Kate applied it: who and when?"
        return "applied"
    if BACKING_OFF.search(question):  # "why is the attio sync backing off?"
        return "backoff"
    if OWNER.search(question) and (found.address or found.check_id is not None):  # "what about the owner?"
        return "owner"
    if _price_moved(
        question, found
    ):  # "why did the price go up?": the re-checks' notices say which way it went
        return "price_up" if PRICE_UP.search(question) else "price_down"
    # check 2, «второй проверки», "the Tverskaya check"
    one_check = found.check_id is not None or found.order in ORDER_INDEX or bool(found.address)
    # "the diff between the snapshot of check 2 and snapshot 4": check 2's own snapshot is asked about too
    own_snapshot = not found.snapshot_ids or found.check_id is not None
    if SNAPSHOT_WORD.search(question) and one_check and own_snapshot:
        # «покажи снимок проверки 2», «когда её снимок сделали?»: whether it has one, and when
        return "snapshot" if found.check_id is None else f"snapshot:{found.check_id}"
    if PROPERTY_RISK.search(question):
        moved = next((name for name, p in RISK_MOVES if p.search(question)), None)
        if moved:
            return moved
        if found.source and FLAGGED.search(question):
            return f"flagged:{found.source}"
    if BUDGET_STOPPED.search(question) and not is_hypothetical(
        question
    ):  # "why did the budget stop memory.build?": is any budget set at all
        return "budget_stopped"
    if MOVED_NOT_FAILED.search(question):  # «цена упала»: a price or a risk fell; nothing failed
        return None
    return "failed" if re.search(FAILED, question.lower()) else None


def project_reading(intent: str, found: Entities) -> str | None:
    """A project named with what a memory job makes, in a question read as one about a job's state: the project's
    digest or actions are the subject (the job's schedule is still asked with its own words: next, when)."""
    # a job named by what it makes («предложенных действий по Альфа Строй»), not by its code, is that thing
    said = found.soft_jobs or [j for j in found.jobs if j not in found.literal_jobs]
    if (
        intent not in ("status", "why_run")
        or len(found.projects) != 1
        or len(said) != 1
        or found.literal_jobs
        or found.status  # «почему сломалась сборка дайджеста», "why did the digest fail": the job's run
    ):
        return None
    return PROJECT_THING.get(said[0])
