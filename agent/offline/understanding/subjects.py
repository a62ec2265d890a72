"""The named subject: which job a question names when it does not use the job's name — by the lemmas of its words
(pymorphy3) against synonyms of what each job does («построение эмбеддингов» → memory.build, "prefetch" →
checks.prefetch, «дайджест» → memory.digest), and whether one word names several jobs (then the answer asks which).

The job's registered name and the phrases in `agent.tools.resolve.JOB_ALIASES` win; these synonyms are read only
when a question is about a job (its schedule, status, runs or cost) or asks for one to be run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent.offline.understanding.definitions import TTL_ASKED
from agent.offline.understanding.entities import FAILED, Entities, claim_passed_on
from agent.offline.understanding.morphology import words


@dataclass(frozen=True)
class Synonyms:
    jobs: tuple[str, ...]
    stems: tuple[str, ...]  # prefixes of lemmas (Russian) or of words (English)
    why: str
    words: tuple[str, ...] = ()  # whole words only ("build", not "building")
    phrase: str = ""  # a regular expression over the question ("the checks job": not every "check")


JOB_SYNONYMS: tuple[Synonyms, ...] = (
    Synonyms(
        ("memory.build",),
        (
            "эмбеддинг",
            "embedding",
            "embeds",  # "the thing that embeds our documents"
            "embedd",
            "индекс",
            "index",
            "reindex",
            "faiss",
            "вектор",
            "vector",
            "сборка",
        ),
        "the build is the job that embeds text into the index («сборка», 'the build' alone are that job); "
        "'the developer builds it' is a verb with its object, not the job",
        words=("build", "rebuild"),
        phrase=r"\bbuilds\b(?!\s+(?:it|them|this|that|the|a|an|houses?|flats?|homes?|apartments?|buildings?|on)\b)"
        r"|(?<!\w)постро\w*\s+(?:памят|индекс)\w*",  # «задание „построение памяти“»: the build, named as it does
    ),
    Synonyms(
        ("memory.digest",),
        ("дайджест", "digest", "сводка"),
        "the weekly digest is written by memory.digest («еженедельная сводка» is what managers call it, and "
        "'the weekly summary'; a 'summary' alone is any overview)",
        phrase=r"\bweekly summar(?:y|ies)\b",
    ),
    Synonyms(
        ("memory.extract",),
        ("извлечение", "извлекать", "извлечься", "извлекаться", "extract"),
        "commitments and risks are extracted by memory.extract ('the job for commitments and risks')",
        phrase=r"\bjob (?:for|that (?:finds|extracts|pulls out)) (?:the )?(?:commitments|risks|promises)"
        r"|(?:задани|джоб)\w* (?:для|по) (?:обязательств|риск|обещ)",
    ),
    Synonyms(
        ("memory.suggest",), ("suggestion", "подсказка"), "suggested actions are made by memory.suggest"
    ),
    Synonyms(
        ("checks.prefetch",),
        ("prefetch", "pre-fetch", "префетч", "предзагрузка", "предвыборка"),
        "fetching ahead of a check is checks.prefetch",
    ),
    Synonyms(
        ("checks.recheck",),
        ("re-check", "recheck", "перепроверка", "перепроверять"),
        "scheduled re-checks of key objects are checks.recheck",
    ),
    Synonyms(
        ("notices.deliver",),
        ("delivery", "deliver", "доставка", "рассылка"),
        "sending notices out is notices.deliver",
    ),
    Synonyms(
        ("notices.deliver", "notices.projects", "notices.health"),
        ("notice", "notification", "уведомление", "оповещение"),
        "three jobs handle notices: one notes project changes, one watches the jobs' health, one delivers; the word "
        "alone names all three",
    ),
    Synonyms(
        ("checks.recheck", "checks.prefetch"),
        (),
        "two jobs work for checks (re-checks and fetching ahead): 'the checks job' names both, a check alone neither",
        phrase=r"\bchecks?[- ]jobs?\b|\bjobs? (?:for|of) checks\b|(?:задани|джоб)\w* (?:для |по )?провер",
    ),
    Synonyms(
        ("memory.build", "memory.extract", "memory.digest", "memory.suggest"),
        (),
        "four jobs work on project memory: «задание памяти», 'the memory job' names them all",
        phrase=r"\bmemory[- ]jobs?\b|\bjobs? (?:for|of) (?:the )?memory\b|(?:задани|джоб)\w* (?:для |по )?памят"
        # «memory когда следующий раз запустится» (said «мемори»): memory as the one that runs
        r"|\bmemory\b(?!\.)(?=\s+(?:когда|when|will|next|runs?|ran|запуст\w*|последн\w*|last|следующ\w*))"
        r"|\bmemory[- ]?(?:джоб|задани)\w*",  # «что с memory-джобой?»
    ),
    Synonyms(("ingest.attio",), ("crm", "црм"), "the CRM is Attio"),
)


def jobs_named(text: str) -> list[str]:
    """The jobs a question's words name by synonym, in the order of the table (several when a word is ambiguous)."""
    said = [
        form for w in words(text) for form in (w.text, w.lemma)
    ]  # unknown words get odd lemmas: both count
    found: list[str] = []
    for row in JOB_SYNONYMS:
        phrase = bool(row.phrase and re.search(row.phrase, text, re.I))
        if (
            phrase
            or any(form.startswith(stem) for form in said for stem in row.stems)
            or set(said) & set(row.words)
        ):
            if len(row.jobs) > 1 and any(j in found for j in row.jobs):
                continue  # "notice delivery": the precise row already chose
            found += [j for j in row.jobs if j not in found]
    return found


JOB_INTENTS = ("status", "next_run", "why_run", "runs", "cost_run", "timing")


# "did the sync go through?": one run of a class of jobs is meant ("the sync", "the import"), none is named
THE_CLASS_ONE = re.compile(
    r"\bthe (?:(?:last|latest|most recent|newest)\s+)?(?:sync|import|ingest(?:ion)?)\b(?![\s-]*(?:jobs|runs|s\b))"
    r"|\b(?:last|latest|most recent) (?:sync|import|ingest(?:ion)?)(?:\s+run)?\b(?!s)"
    # «последний запуск синхронизации», «последняя загрузка»: the newest of a class, which one unsaid
    r"|(?<!\w)последн\w+\s+(?:запуск\w*\s+)?(?:синхронизаци\w*|импорт\w*|загрузк\w*|синк\w*)(?!\s+(?:из|с|со|от)\s)"
    r"|(?<!\w)(?:синхронизаци[яю]|синхронизацией|импорт|импорта|импортом|синк)(?!\w)(?!\s+(?:из|с|со|от)\s)",
    re.I,
)


# how it went: «последняя синхронизация норм прошла?», "last sync result?"
RESULT_WORD = re.compile(
    r"\bresult|\bwent\b|\bgo (?:ok|well|through)\b|\bhow did (?:the |that )?[\w ]{0,20}go\b|\bbring\b|\bbrought\b"
    r"|прошл\w*|норм|результат|успешн|принес|притащ",
    re.I,
)
COST_WORD = re.compile(
    r"\bhow much\b|\bcost|\bspen[dt]|expensive|стои|стоим|обош|потрат|обращени|\bsource calls\b", re.I
)


CLASS_JOB = re.compile(
    r"\bthe (?:sync|import|ingest\w*)[- ]job\b|(?:задани|джоб)\w* (?:синхрониз|импорт)", re.I
)


# "this sync", «эта синхронизация» with nothing said before: one of the class, pointed at and not named
THIS_ONE_OF_CLASS = re.compile(
    r"\b(?:this|that) (?:sync|import)\b|(?<!\w)(?:эта|этой|эту|та|той|ту|этот|тот)\s+(?:синхронизаци\w*|синк\w*|импорт\w*)",
    re.I,
)


def jobs_to_choose(intent: str | None, found: Entities, question: str = "") -> list[str]:
    """For a question about a job: the jobs its words name by synonym ("prefetch", «эмбеддингов»), if no name;
    or the jobs of the class "the sync" names, when nothing says which (no vendor, no order, no period)."""
    if (
        intent in (*JOB_INTENTS, "cost_period")  # "how much did the sync cost?": which sync
        and found.job_class
        and not (found.jobs or found.soft_jobs or found.projects or found.vendor or found.period)
        # "the sync job … its last run": which job; "what did the last sync cost?": which sync (each blind writer
        # read it so); "when did the sync last run?" is answered for each sync
        and not (
            found.order
            and not CLASS_JOB.search(question)
            and not COST_WORD.search(question)
            and not RESULT_WORD.search(question)
            and not THIS_ONE_OF_CLASS.search(
                question
            )  # «а вот эта синхронизация — когда последний раз была?»
        )
        and THE_CLASS_ONE.search(question)
    ):
        from agent.tools.resolve import jobs_of_class

        return jobs_of_class(found.job_class)
    one_job = re.search(r"\bjob\b(?!s)|(?<!\w)(?:задани[еяю]|джоб[ауы]?)(?!\w)", question, re.I)
    if intent in ("cost_run", "cost_period") and one_job and len(found.soft_jobs) > 1 and not found.jobs:
        return found.soft_jobs[:3]  # "what does the notices job cost per run?": which of the three
    if intent in JOB_INTENTS and not found.jobs and found.soft_jobs and not found.projects:
        if len(found.soft_jobs) > 1:
            return found.soft_jobs
        found.jobs = list(found.soft_jobs)
    return []


# A job named by what it does, in a question that reads like one about the job, not about checks or notices
JOB_SIGNAL = re.compile(
    r"\bjobs?\b|джоб|задани|\bruns?\b|\bran\b|запуск|отрабат|отработал|сработал|\bnext\b|следующ|again|снова"
    r"|ретра|\bretr(?:y|ied|ies)|(?<!\w)сбо[йяюе]"  # «ретрай дайджеста после сбоя»: the job's run, not a digest
    r"|опять|ближайш|soonest|upcoming|how often|как часто|\bfail|crash|упал|сломал|skip|пропущ|пропуст|\bever\b"
    r"|последний раз|last time|как дела у|как там|how'?s|how is|what'?s up with|going on with|что происходит с"
    r"|когда|\bwhen\b|во сколько|schedule|расписан"
    # «линеар обновляется?», "is attio syncing": a job named with a word of its work is asked about as a job
    r"|обновля|синхронизир|синка|\bupdating\b|\bsyncing\b"
    # «чё там с notices, работает вообще?», "is the digest working?": a job's health
    r"|(?<!\w)работа(?:ет|ют)(?!\w)|\bworking\b",
    re.I,
)
# the intents a job's everyday name can be mistaken for («перепроверка» reads like a check, "notices" like notices)
SWITCHABLE = (
    "running",  # "what's going on with the thing that embeds our documents?": that job, not everything running
    "check_status",
    "pending",
    "provenance",
    "list_checks",
    "diff",
    "notices",
    "actions",
    "digest",
    "projects",
    *(
        "commitments",
        "risks",
        "person",
        "search",
    ),  # «ближайший запуск извлечения обязательств» asks about the job
)
JOB_SIGNAL_INTENTS = (
    ("why_run", re.compile(r"\bfail|crash|упал|сломал|skip|пропущ|пропуст|не сработал|went wrong", re.I)),
    (
        "status",
        re.compile(
            r"последний раз|last time|\bever\b|когда-нибудь|last (?:ran|run|sync\w*|import\w*|buil[dt])", re.I
        ),
    ),
    (
        "next_run",
        re.compile(
            r"\bnext\b|следующ|ближайш|soonest|upcoming|again|снова|опять|how often|как часто|когда|\bwhen\b|во сколько"
            r"|schedule|расписан",
            re.I,
        ),
    ),
)


RUNNING_NOW = re.compile(r"\brunning\b|\bnow\b|сейчас|ид[её]т|выполня|работает", re.I)


def job_reading(intent: str, found: Entities, question: str) -> str:
    """«Когда следующая перепроверка?», "what's up with the suggestions job": the job named by what it does is the
    subject, whatever the words made the intent look like (a check, notices, suggested actions)."""
    if intent not in SWITCHABLE or not (found.jobs or found.soft_jobs):
        return intent
    if found.projects or found.people or found.check_id is not None or found.address:
        return intent
    if intent == "running" and RUNNING_NOW.search(question):  # "is the build running?": what runs now
        return intent
    literal = any(job in question.lower() for job in found.jobs)  # "what is notices.projects for?"
    if not literal and not JOB_SIGNAL.search(question):
        return intent
    return next((n for n, p in JOB_SIGNAL_INTENTS if p.search(question)), "status")


# "the project", «по клиенту»: one project is meant and none is named; with several active, ask which
THE_PROJECT = re.compile(
    r"\b(?:the|this|that|our) (?:project|client|customer|account)\b(?!s)"
    r"|(?<!\w)(?:по|у|с|на|в|за|этому|этого|нашему|нашего)\s+(?:этому\s+|нашему\s+)?"
    r"(?:клиенту|клиента|клиентом|проекту|проекта|проектом|проекте)(?!\w)"
    r"|(?<!\w)клиент(?![а-яё])"  # «на что жалуется клиент?»: Russian says "the client" with no article
    r"|(?<!какой )(?<!каком )(?<!какому )(?<!\w)(?:как\s+(?:там\s+)?)проект(?![а-яё])"  # «как там проект?»: one
    # «покажи риски проекта»: a noun's one project, in the genitive singular (never «проектов»)
    r"|(?:риск|обязательств|обещани|дайджест|действи|предложени|сообщени|переписк|задач)\w*\s+проекта(?!\w)",
    re.I,
)
# "the digest", «покажи дайджест»: one digest is meant; each project has its own (never "digests", never the job)
THE_DIGEST = re.compile(
    r"\b(?:the|this|that|our|latest|last|weekly|week'?s|il|le|el|der|das|o|yung|ung|ang) digest\b(?!s|\s+(?:job|run))"
    r"|\bproject(?:'s)? digest\b|\bdigest (?:of|for) (?:the|a|my|our) project\b"  # "project digest please": whose?
    r"|(?<!\w)дайджест(?:а|у|ом|е)?(?!\w)(?!\s+(?:задач|джоб|запуск))"
    r"|(?:недельн|еженедельн)\w*\s+сводк(?:а|у|ой|е|и)(?!\w)"  # «пришлите недельную сводку»
    r"|(?:недельн|еженедельн)\w*\s+отч[её]т\w*|отч[её]т\w*,?\s+(?:который\s+)?(?:недельн|еженедельн)\w*",
    re.I,
)
PROJECT_INTENTS = (
    "diff",  # «что изменилось по проекту?»: which project, not which property
    "commitments",
    "risks",
    "digest",
    "actions",
    "latest",
    "authors",
    "notices",
    "search",
    "projects",
)


def projects_of(people: list[str]) -> list[str]:
    """The projects the people wrote in, most written first."""
    from pipeline.service import memory as memory_service

    return list(dict.fromkeys(a["project"] for a in memory_service.authors() if a["author"] in people))


def projects_to_choose(question: str, intent: str | None, found: Entities) -> list[str]:
    """The active projects to choose from, when the question means one project ("the client") and names none."""
    from pipeline.service import memory as memory_service

    if found.projects or found.people:
        return []
    # "show me the digest": a project's digest, whichever way the words read (the digest job's status included)
    digest = (
        THE_DIGEST.search(question)
        and not JOB_SIGNAL.search(question)
        and intent in ("digest", "status", "search", "commitments", "risks")
    )
    if not digest and (intent not in PROJECT_INTENTS or not THE_PROJECT.search(question)):
        return []
    active = [p["slug"] for p in memory_service.project_names() if p["active"]]
    return active if len(active) > 1 else []


# "the check", «по проверке», "check for the Moscow address": one check is meant, and neither its number nor its
# address is said; with several checks stored, ask which (never the newest passed off as the one meant)
THE_CHECK = re.compile(
    r"\b(?:the|this|that|my|our) (?:property |(?-i:[A-Z])[\w-]* )?check\b(?!s|ed|ing)"  # "that Moscow check"
    r"|\bcheck (?:for|of|on|at) (?:the |an? |our |my )?(?:\w+ )?address\b"
    r"|(?<!\w)(?:по|у|с|эт[аоуи]\w*|наш\w*|т[аоуе]|той)\s+проверк[еиау]\b",
    re.I,
)
CHECK_INTENTS = ("check_status", "pending", "cost_run", "timing", "provenance", "risk_score")
# A property meant by what it is, with no address, check, project, person or job named: «что там по дому?»,
# "how's the building doing?". It is a check's question (its risk when risk is asked), and which one is asked back.
THE_PROPERTY = re.compile(
    r"\b(?:the|this|that|our) (?:[\w-]+ )?(?:building|house|property|flat|apartment)\b"
    r"|(?<!\w)(?:по|у|с|в|на|что с|как)\s+(?:эт\w+\s+|наш\w+\s+)?(?:дому|доме|домом|здании|зданию|зданием|объекту|объекте|объектом|квартире|квартирой)\b"
    r"|(?<!\w)(?:наш\w*|эт\w+)\s+(?:дом\w*|квартир\w*|здани\w*|объект\w*)"
    r"|(?<!\w)объект\w*\s+недвижимост\w*|\bthe (?:real estate|property) (?:object|item)\b",  # «проверки объекта недвижимости»
    re.I,
)
RISK_ASKED = re.compile(r"\brisk|\bscore|риск|скоринг|оценк", re.I)
# Another topic asked of the property (its snapshots, changes, watches, costs, market): that topic's reading
OTHER_TOPIC = re.compile(
    r"snapshot|report|diff|chang|compar|watch|cost|spen[dt]|price|worth|market|buy|sell|rent|lease"
    r"|снимк|снимок|отч[её]т|измен|разниц|сравн|след|стоит|стоил|стоимост|потрат|цен[аыуе]|рын|куп|прода|аренд|торг",
    re.I,
)


# What one property has (its developer, its listing's price, its owner, its cadastral number): asked with no
# address, it means one property, and with several checked, which one is asked back
PROPERTY_THING = re.compile(
    r"застро|\bdeveloper\b|\bbuilder\b|объявлени|\blisting\b|asking price|кв-р|квартир\w* в объявл"
    r"|кадастр|cadastral|собственник|\bowner\b",
    re.I,
)


# What a flat costs in its listing ("how much costs the flat in the listing?", «скока стоит кв-ра в объявлении»):
# a cost word that asks about the property, not about Mirano's spend
LISTING_PRICE = re.compile(
    r"(?:in|on) the listing|в объявлени|asking price|стоит (?:\w+\s+)?кв|стоит (?:\w+\s+)?квартир|costs? the flat|flat cost"
    r"|объявлени\w*\b.{0,40}(?:почём|почем|цен)"  # not «стоит в очереди»
    r"|price of the flat|цен\w* квартир",
    re.I,
)


def property_meant(question: str, found: Entities) -> str | None:
    """The check intent for a question about "the building" (or what one building has) that names none, or None."""
    named = found.address or found.address_said or found.check_id is not None or found.flat or found.order
    if named or found.projects or found.people or found.jobs or found.run_id is not None:
        return None
    if not (THE_PROPERTY.search(question) or PROPERTY_THING.search(question)):
        return None
    if TTL_ASKED.search(question):  # «какой TTL у объявлений?»: the sources' freshness, not one property's
        return None
    if OTHER_TOPIC.search(question) and not LISTING_PRICE.search(
        question
    ):  # a flat's price is the property's
        return None
    return "risk_score" if RISK_ASKED.search(question) else "check_status"


def checks_to_choose(question: str, intent: str | None, found: Entities) -> list[str]:
    """The newest checks (one per property first) when a question about one check names none of them."""
    from pipeline.service import checks as checks_service

    if (
        found.address
        and intent in ("check_status", "status")
        and (CHECK_STATE.search(question) or WHEN_ENDED.search(question))
    ):
        return _checks_at(found)
    if (
        found.address and intent in ("cost_run", "timing") and ONE_CHECK_SAID.search(question)
    ):  # "the check of Leninsky 90": what it cost, how long it took
        return _checks_at(found)
    if (
        found.address
        and (intent == "risk_score" or (intent == "check_status" and TURNED_UP.search(question)))
        and ONE_CHECK_SAID.search(question)
        and not EARLIER_CHECK.search(question)
        and len(found.buildings) < 2  # "did the Leninsky check copy from the Tverskaya one?": the borrower's
        and not re.search(r"cancel|отмен|\bwho\b|(?<!\w)(?:кто|кем)(?!\w)", question, re.I)  # the same of all
    ):  # "risk score on the Leninsky 90 check?", "what did the check on Leninsky 90 turn up?": which check
        return _checks_at(found, by_risk=intent == "risk_score")
    if (
        found.address
        and intent == "provenance"
        and ONE_CHECK_SAID.search(question)
        and not found.days_ahead  # "if re-checked in a week, would … be reused?": a check to come
        and len(found.buildings)
        < 2  # "the Tverskaya check reused what the Leninsky check gathered": the borrower's
    ):  # "which sources were reused on the Leninsky 90 check?": which of its checks
        return _checks_at(found)
    if (
        found.address
        and FRESH_OR_STALE.search(question)
        and ONE_CHECK_SAID.search(question)
        and not EARLIER_CHECK.search(question)
    ):
        return _checks_at(found)  # «по проверке на ленинском данные свежие?»: which check's data
    named = found.check_id is not None or found.address or found.address_said or found.order or found.flat
    if intent not in CHECK_INTENTS or named or found.jobs or found.run_id is not None:
        return []
    if not (THE_CHECK.search(question) or THE_PROPERTY.search(question) or PROPERTY_THING.search(question)):
        return []
    rows = checks_service.list_checks(500)
    first = {}
    for row in rows:
        first.setdefault(row["property_id"], row["id"])
    ids = [*first.values(), *(r["id"] for r in rows if r["id"] not in first.values())]
    return [str(i) for i in ids[:3]] if len(ids) > 1 else []


# «статус проверки по Ленинскому 90»: the state of one check at an address, asked plainly. "Is it done?", «есть
# ли незавершённая?» ask about the newest (what is still running), and are answered from it.
ONE_CHECK_SAID = re.compile(
    r"\b(?:the|that|this) (?:[\w.-]+ ){0,3}check\b(?!s)|(?<!\w)проверк[аиеу](?!\w)"
    r"|^\W*(?:[\w.-]+ ){1,3}check\b(?!s)(?!\s*#?\d)",  # "Leninsky 90 check. How many calls did it burn?"
    re.I,
)  # "the check", "the leninsky 90 check"
CHECK_STATE = re.compile(
    r"\bstatus|\bstate\b|статус|состояни|чем\s+(?:же\s+)?(?:\w+\s+)?(?:за)?кончил|\b(?:has|have)\s+(?:it\s+)?(?:finished|completed|ended)\b|\bhow did (?:it|the check) (?:end|go)\b|\boutcome\b"
    r"|\bresult of the check\b|итог\w* проверк|результат\w* проверк|готов\w* или нет|готов\w* ли|\bready or not\b|(?<!\w)готов\w*(?: уже)?\?"
    r"|закончил\w* или|ещё ид[её]т|еще ид[её]т|\bstill running\b|\bfinished or\b"
    # «чё по проверке ленинского 90?», "what's with the check on Leninsky?": how it stands
    # («а что с проверкой на ленинском» is the one under way: the question set reads it so)
    r"|^\W*(?:а\s+)?(?:чё|че|что|шо)\s+(?:там\s+)?по\s+проверк|(?<!\w)(?:чё|че|шо)\s+(?:там\s+)?с\s+проверк"
    r"|\bwhat'?s (?:up )?with (?:the|that) check\b"
    # «как там проверочка на Ленинском — всё хорошо?», "all good with the check?": how it ended
    r"|вс[её]\s+(?:хорошо|в порядке|норм\w*|ок|окей|ладно)|норм\w*\s+вс[её]|\ball (?:good|ok|okay|fine|well)\b"
    # «готово уже или нет», «она уже всё, или ещё думает?», "done, or is it still going?": done or not yet
    r"|(?:готов|законч|заверш)\w*(?:\s+уже)?\s*,?\s*или(?!\w)|(?<!\w)(?:уже\s+)?вс[её]\s*,?\s*или(?!\w)"
    r"|(?<!\w)или\s+(?:ещё|еще|пока)\s+(?:ид|работа|дума|крут|груз|в\s+процесс)|\bor (?:is it )?still\b"
    r"|\b(?:is|has) it (?:already |now |yet )?(?:finished|done|complete|completed|ready|over)\b"
    r"|\bhas (?:\w+ )?been (?:completed|finished|done)\b"  # "whether the check … has been completed"
    r"|(?:законч|заверш)\w*\s+ли\b|\b(?:finished|done|complete) yet\b"
    r"|что\s+(?:там\s+|же\s+)?показал\w*|\bwhat did the check (?:show|find|turn up)\b"  # its outcome
    r"|вс[её] в порядке|\ball good\b|\beverything (?:ok|okay|fine)\b|(?:до|про|за)грузил\w*"  # «уже догрузилась?»
    r"|(?:^|[.?!]\s+|(?<!\w)уже\s+)(?:заверш[её]н\w*|законч\w*)\s*\?",  # «Что с проверкой Ленинского 90? Завершена?»
    re.I,
)
# «из старой проверки взяли?»: a check as where facts came from, not the check asked about
EARLIER_CHECK = re.compile(
    r"(?:стар|прошл|прежн|предыдущ|ранн)\w*\s+проверк|\b(?:old|older|earlier|previous|past) check", re.I
)
# Whether one check's data is fresh: checks of one address that ended differently hold different data
FRESH_OR_STALE = re.compile(
    r"\bfresh\b|\bstale\b|\bup to date\b|\boutdated\b|(?<!\w)(?:свеж|устар|старь[её]|актуальн)\w*", re.I
)
# «когда была завершена проверка …?», "when did the check finish?": the end of one check, of several there
WHEN_ENDED = re.compile(
    r"(?=.*\b(?:when|what time)\b|.*(?<!\w)когда(?!\w)).*(?:finish|complet|end(?:ed)?\b|done\b|завершил|завершен"
    r"|закончил|закончен|готов)",
    re.I,
)


def _checks_at(found: Entities, by_risk: bool = False) -> list[str]:
    """The checks at the address said, when it has several that ended differently and none is singled out (by
    number, order or flat): whose state is asked is asked back. Checks that all ended alike answer as one (and,
    for a risk score, checks that all scored alike)."""
    from pipeline.service import checks as checks_service

    if found.check_id is not None or found.order or found.flat or found.jobs or found.run_id is not None:
        return []
    rows = checks_service.list_checks(500)
    place = next((r["property_id"] for r in rows if r["address"] == found.address), None)
    here = [r for r in rows if r["property_id"] == place]
    alike = len({r.get("risk_score") for r in here} if by_risk else {r["status"] for r in here}) <= 1
    return [] if alike else [str(r["id"]) for r in here[:3]]


# what a check found, asked as such ("what did the check on Leninsky 90 turn up?")
TURNED_UP = re.compile(r"\bturn(?:ed)? up\b|\bcome up with\b|\bdig up\b|\bfind\b|\bfound\b", re.I)


REPORT_WORD = re.compile(
    r"отч[её]т|\breport\b|\bsnapshot\b|снимк|снимок", re.I
)  # "since the last snapshot": whose?


def properties_to_choose(question: str, intent: str | None, found: Entities) -> list[str]:
    """«Что изменилось между снимками?» with two properties snapshotted: which property's snapshots. "Since the
    last check" alone is the newest check's; «по объекту с прошлой проверки» means one property, and asks which."""
    from pipeline.service import checks as checks_service

    named = found.check_id is not None or found.address or found.address_said or found.snapshot_ids
    one_meant = THE_PROPERTY.search(question) or REPORT_WORD.search(question)  # «с прошлого отчёта»: whose?
    ordered = found.order and not (found.order in ("previous", "latest") and one_meant)
    if intent != "diff" or named or ordered:
        return []
    compared: dict[int, str] = {}
    for row in checks_service.list_checks(500):
        if row["property_id"] not in compared and len(checks_service.snapshots_of_property(row["id"])) >= 2:
            compared[row["property_id"]] = row["address"]
        compared.setdefault(row["property_id"], "")
    places = [a for a in compared.values() if a]
    return places[:3] if len(places) > 1 else []


# "the chatwoot run", "the skipped one": one run is meant, and neither its number nor its order is said
THE_RUN = re.compile(
    r"\b(?:the|that|this) (?:[\w.]+ ){0,2}(?:run|one)\b(?!s|\s+(?:next|again))|(?<!\w)(?:этот|тот|того|этого) запуск"
    # «сколько стоил chatwoot run?»: a job's word, then "run" closing the phrase (a noun, not "when will X run")
    r"|(?:chatwoot|linear|attio|чатвут\w*|линеар\w*|аттио|sync|import|build|digest)\s+run\b(?=\s*(?:[?.!,]|$))"
    # «чё по прогону чатвута»: a job's run, one, by no number or order
    r"|(?<!\w)(?:по|про)\s+(?:запуску|запуске|прогону|прогоне)\s+(?:чатвут|линеар|аттио|сборк|синк|импорт|дайджест)"
    r"|^\W*(?:запуск|прогон)\s+(?:чатвут|линеар|аттио|сборк|синк|импорт|дайджест)\w*(?!\s*\d)"  # «прогон чатвута скок стоил»
    # «сколько записей притащил прогон Attio?»: one run of a vendor's sync, by no number
    r"|(?<!\w)(?:запуск|прогон)\s+(?:attio|chatwoot|linear)\b(?!\s*\d)"
    # «почему запуск сегодня пропустили?»: one run (singular), by its state
    r"|(?<!\w)(?:запуск|прогон)(?:\s+\w+)?\s+(?:пропустили|пропущен|пропустился|упал|сломался|отменили|отмен[её]н)(?!\w)"
    r"|(?<!\w)(?:запуск|прогон)\w*\s+(?:синхронизаци|импорт|сборк)\w*\s+(?:linear|chatwoot|attio|линеар\w*|чатвут\w*|аттио)(?!\s*\d)"
    # «скипнутый ран», «упавший запуск»: one run by its state, singular
    r"|(?:пропущенн|скипнут|упавш|отменённ|отмененн)\w*\s+(?:запуск|ран)(?:а|у|ом|е)?(?![а-яё])"
    r"|(?:почему|почто|зачем|отчего)\s+(?:\w+\s+)?запуск\s+(?:был\s+)?(?:пропущен|пропустил\w*|упал|отмен[её]н|скипнул\w*|сломал\w*)"
    # «почему пропустился запуск», «почему пропустили запуск?»: the verb first, one run (not «запуски»)
    r"|(?:почему|почто|зачем|отчего)\s+(?:\w+\s+)?(?:был\s+)?(?:пропущен|пропустил\w*|упал|отмен[её]н|отменил\w*|скипнул\w*|сломал\w*)"
    r"\s+(?:\w+\s+)?запуск(?![а-яё])"
    r"|^\W*(?:the\s+)?(?:skipped|failed|cancell?ed) run\b(?!s)"
    # «в журнале указано, что запуск был пропущен», "the run was skipped": one run by its state, by no number
    r"|(?<!\w)запуск\s+был\s+(?:пропущен|отмен[её]н|сломан)|\bthe run was (?:skipped|cancell?ed)\b"
    r"|\b(?:why|what)\s+run\s+(?:skip|fail|crash)\w*"
    # «сколько стоил запуск chatwoot?»: one run of a job, by no number
    r"|(?:стоил\w*|обош[её]л\w*)\s+(?:запуск|прогон)\s+(?:(?:синк|синхронизаци|импорт|сборк)\w*\s+)?"
    r"(?:chatwoot|linear|attio|чатвут\w*|линеар\w*|аттио)(?!\s*\d)",  # "why run skipped": one run, said without articles  # "skipped run — reason?"  # «почему запуск был пропущен»
    re.I,
)
ONE_RUN_IN_STATE = re.compile(
    r"\b(?:the|that|this) (?:skipped|failed|cancell?ed) (?:run|one)\b(?!s)|(?<!\w)(?:пропущенн|упавш|отменённ|отмененн)(?:ый|ого|ому|ым|ом)\s+запуск",
    re.I,
)
# a run known by its result, «ничего нового» ("the sync that found nothing new")
NOTHING_NEW_SAID = re.compile(
    r"\bnothing new\b|\bfound nothing\b|\b(?:brought|pulled|fetched) (?:in )?nothing\b"
    r"|ничего нового|ничего не (?:нашл|нашёл|нашел|принесл|принёс|притащил|подтянул)\w*",
    re.I,
)
# one run of a class said as one ("that sync", «тот синк»), not all of them
ONE_OF_CLASS = re.compile(
    r"\b(?:the|that|this) (?:\w+ )?(?:sync|import|ingest\w*|run)\b(?!s)|(?<!\w)(?:тот|этот|та|эта)\s+(?:синк|синхронизаци\w*|импорт|запуск)",
    re.I,
)
RUN_NOUN = re.compile(r"\b(?:the|that|this) (?:[\w.]+ )?run\b(?!s|\s+(?:next|again|now))", re.I)
RUN_INTENTS = ("cost_run", "why_run", "timing", "run_timeline", "who_started")
# "why was the job skipped?": one job meant by its run's state, none named (its runs decide which, below)
THE_JOB_ONE = re.compile(r"\bthe job\b(?!s)|(?<!\w)(?:это |то )?(?:задание|джоба|джобу|задача)(?!\w)", re.I)
RUN_STATES = (("skipped", r"skip|скип|пропущ|пропуст"), ("failed", FAILED), ("cancelled", r"cancel|отмен"))


# "how many times did the chatwoot sync run?", «скока раз гоняли синк?»: the runs counted, not one of them
TIMES_COUNTED = re.compile(
    r"\bhow many times\b|\bhow often (?:has|have|did)\b|\bhow many runs\b|\bnumber of runs\b"
    r"|(?<!\w)(?<!во )(?:сколько|скока|скоко|скок)\s+(?:\w+\s+)?раз(?!\w)|(?<!\w)(?:сколько|скока|скоко)\s+(?:\w+\s+)?(?:запусков|прогонов)",
    re.I,
)


def runs_to_choose(question: str, intent: str | None, found: Entities) -> list[str]:
    """The runs a question means one of ("the chatwoot run" of a job that ran twice, "the skipped one" when two
    were skipped): newest first, up to three; none when one fits."""
    from pipeline.service import engine as engine_service

    # "show me the chatwoot run": one run asked after its job's state too
    asked_of_run = (
        intent in (*RUN_INTENTS, "cost_period")
        or (intent == "status" and RUN_NOUN.search(question))
        or (intent == "runs" and ONE_RUN_IN_STATE.search(question))  # "the skipped run — RCA?": one, of two
    )
    if not asked_of_run or found.run_id is not None or found.order or TIMES_COUNTED.search(question):
        return []
    if (
        found.job_class
        and not found.jobs
        and NOTHING_NEW_SAID.search(question)
        and ONE_OF_CLASS.search(question)
    ):
        # "that sync that found nothing new — what did it cost?": the class's runs that brought nothing new
        from agent.tools.resolve import jobs_of_class

        of_class = set(jobs_of_class(found.job_class))
        runs = [
            r
            for r in engine_service.list_runs(None, 50)
            if r["job"] in of_class and (r.get("reason") or "").startswith("nothing new")
        ][:3]
        return [str(r["id"]) for r in runs] if len(runs) > 1 else []
    # "what did the build run do?": a job named by what it does, when the words name one
    named = found.jobs or (found.soft_jobs if len(found.soft_jobs) == 1 else [])
    if not (THE_RUN.search(question) or THE_JOB_ONE.search(question)) or len(named) > 1:
        return []
    # a state said is the state of the run meant ("why did the attio one blow up": of its failed runs, if any)
    state = next((name for name, p in RUN_STATES if re.search(p, question.lower(), re.I)), None)
    if not named and not state or found.period and not state:
        return []
    job = named[0] if named else None
    if found.period:  # "why did the run get skipped today?": of the runs in that state that day
        from agent.tools.engine import local_day, period_days

        days = set(period_days(found.period))
        runs = [
            r for r in engine_service.list_runs(job, 50, status=state) if local_day(r["started_at"]) in days
        ][:3]
    else:
        runs = engine_service.list_runs(job, 3, status=state) if state else engine_service.list_runs(job, 3)
    return [str(r["id"]) for r in runs] if len(runs) > 1 else []


# One promise or risk meant ("the proposal we promised", "the payment-delay risk", «с неоплаченным счётом»)
THE_ITEM = re.compile(
    r"\b(?:the|that|this) (?:[\w'’-]+ ){0,2}(?:commitment|promise|risk|proposal|invoice|estimate|quote|bill|payment|thing)\b(?!s)"
    r"|(?<!за )(?<!\w)сч[её]т(?:а|у)?(?!\w)"  # «оплачен ли счёт?», «не произвёл оплату счёта»: one invoice
    r"|(?<!\w)(?:с|со|по|о|об)\s+(?:\w+(?:ым|ой|ом|ому|ему|ем)\s+)?(?:счётом|счетом|счёте|счете|счёту|счету|обещании|обещанием|риском|риске|риску"
    r"|сметой|смете|предложением|предложении)(?!\w)"
    r"|\b(?:invoice|bill|estimate|quote|proposal)\s*(?:#|no\.?\s*|number\s*)?\d+"  # "is invoice 17 paid?"
    r"|сч[её]т\w*\s*(?:№|#|номер)?\s*\d+|(?<!\w)по\s+сч[её]ту(?!\w)",  # «что записано по счёту №17»
    re.I,
)


def items_to_choose(question: str, intent: str | None, found: Entities) -> list[str]:
    """The projects whose promises or risks match "the one" a question means, when it names no project and the
    match is in more than one: which project is asked back (the proposal of northwind or of alfa-stroy)."""
    projects = item_projects(question, intent, found)
    return projects[:3] if len(projects) > 1 else []


def item_projects(question: str, intent: str | None, found: Entities) -> list[str]:
    """The projects whose promises or risks match "the one" a question means when it names no project ("is
    invoice 17 paid?": only alfa-stroy's risks name it)."""
    from agent.offline.understanding.planning import topic_of
    from agent.tools import memory as memory_tools

    other = (
        found.jobs
        or found.soft_jobs
        or found.address
        or found.check_id is not None
        or found.run_id is not None
    )
    if intent in ("commitments", "risks"):
        foci: tuple[str, ...] = (intent,)
    elif intent in ("status", None) and not other:  # "what's the status of the invoice?": a promise or a risk
        foci = ("commitments", "risks")
    else:
        return []
    if found.projects or (found.people and not claim_passed_on(question)) or not THE_ITEM.search(question):
        return []
    about = topic_of(found)
    if not about:
        return []
    projects: list[str] = []
    for focus in foci:
        data = memory_tools.project_overview(focus=focus, about=about).get("data") or {}
        if data.get("about_matched"):
            projects += [str(i.get("project")) for i in data.get(focus, []) if i.get("project")]
    return list(dict.fromkeys(projects))


# One snapshot meant («что в снимке по Ленинскому?», "show me the snapshot of Leninsky 90"): singular, and no
# comparison asked («между снимками», "what changed")
WHEN = re.compile(r"\bwhen\b|(?<!\w)когда(?!\w)|\bdate\b|(?<!\w)дат[аеуы]", re.I)
ONE_SNAPSHOT = re.compile(
    r"\bsnapshot\b(?!s)|(?<!\w)(?:снимк[еау]|снимок|снимком|снапшот[еау]?|снапшотом)(?!\w)|сохранённ\w* отч[её]т"
    r"|сохраненн\w* отч[её]т"
    r"|\b(?:saved|frozen) report\b",
    re.I,
)
COMPARED = re.compile(
    r"chang|diff|compar|between|since|moved|\bvs\b|измен|поменял|разниц|сравн|между|с тех пор|отлича|двиг",
    re.I,
)


SHOW_ONE = re.compile(
    r"\bpull (?:up|out)\b|\bshow\b|\bopen\b|\bbring up\b|покаж|откро|открой|выведи|скинь"
    r"|\bcontents?\b|\bwhat(?:'s| is) in\b|(?<!\w)(?:состав|содержани|содержим)\w*",  # its contents: one snapshot's
    re.I,
)


def snapshots_to_choose(question: str, found: Entities) -> list[str]:
    """The snapshots of the property said, when the question means one of them and names none."""
    from pipeline.service import checks as checks_service

    if found.snapshot_ids or found.order or not (found.address or found.check_id is not None):
        return []
    if not ONE_SNAPSHOT.search(question) or COMPARED.search(question):
        return []
    rows = checks_service.list_checks(500)
    check = found.check_id or next((r["id"] for r in rows if r["address"] == found.address), None)
    if check is None:
        return []
    frozen = checks_service.snapshots_of_property(check)
    if found.check_id is not None:  # «снимок проверки 4»: the snapshots that check froze
        frozen = [x for x in frozen if x["job_id"] == found.check_id]
    if WHEN.search(question) and not SHOW_ONE.search(question) and len({x["job_id"] for x in frozen}) < 2:
        return []  # "when was the snapshot frozen?" of one check: each snapshot's time answers it; of two, which
    return [str(x["id"]) for x in reversed(frozen)][:3] if len(frozen) > 1 else []


# One court case meant ("the court case", «по судебному делу», "the lawsuit"): singular, none named by number or party
THE_CASE = re.compile(
    r"\b(?:the|this|that) (?:court )?(?:case|lawsuit|litigation)\b(?!s)"
    r"|(?<!\w)(?:судебн|арбитражн)(?:ое|ому|ом|ого)\s+дел[оауе](?!\w)|(?<!\w)(?:по делу|в деле|о деле)(?!\w)"
    r"|(?<!\w)(?:этот|этом|этому|тот) иск(?!\w)",
    re.I,
)


def cases_to_choose(question: str, found: Entities) -> list[str]:
    """The court cases of the checked buildings, when a question means one and names none of them."""
    if found.fact_key or found.fact_id is not None or not THE_CASE.search(question):
        return []
    from pipeline.service import checks as checks_service

    rows = checks_service.list_checks(500)
    if found.check_id is not None or found.address:
        rows = [r for r in rows if r["id"] == found.check_id or r["address"] == found.address][:1]
    keys: list[str] = []
    for row in rows[:20]:
        for fact in checks_service.get_check(row["id"])["facts"]:
            if fact["type"] == "court_case" and fact["key"] not in keys:
                keys.append(fact["key"])
    return keys[:3] if len(keys) > 1 else []


# "the notice", «уведомление»: one notice is meant, by no number, project or address
THE_NOTICE = re.compile(
    r"\b(?:the|this|that|my) (?:\w+ )?(?:notice|notification|alert)\b(?!s)"
    r"|(?<!\w)(?:уведомлени(?:е|ю|ем|и)|оповещени(?:е|ю|ем|и))(?!\w)"
    r"|(?<!\w)(?:в|про|по)\s+[`'\"«]?notice[`'\"»]?(?!\w)",  # «что там в `notice`?»
    re.I,
)


def notices_to_choose(question: str, intent: str | None, found: Entities) -> list[str]:
    """The notices to choose from ("has the notice been read?" with two of them), newest first."""
    from pipeline.service import notices as notices_service

    named = found.notice_id is not None or found.projects or found.address or found.check_id is not None
    if intent != "notices" or named or not THE_NOTICE.search(question):
        return []
    shown = notices_service.list_notices(limit=3)
    if re.search(
        r"\bunread\b|\bnot (?:yet )?read\b|\b(?:haven'?t|have not|hasn'?t|has not|didn'?t|did not) (?:yet )?read\b"
        r"|непрочитан|не\s+прочитан|не\s+(?:про)?читал",
        question,
        re.I,
    ):
        shown = [
            n for n in shown if not n["read"]
        ]  # «уведомление непрочитанное — про что оно?»: of the unread
    return [str(n["id"]) for n in shown] if len(shown) > 1 else []


def to_choose(
    question: str, intent: str | None, found: Entities, in_thread: bool
) -> tuple[str, list[str]] | None:
    """The kind of subject to ask about and its choices, when the question means one and several fit."""
    projects = projects_to_choose(question, intent, found) or items_to_choose(question, intent, found)
    if projects:  # "the client", "the proposal we promised": which project's?
        return "project", projects
    if in_thread:  # "the check" after a turn about a check or a property is that one
        return None
    notices = notices_to_choose(question, intent, found)
    if notices:  # "has the notice been read?": which of them
        return "notice", notices
    snapshots = snapshots_to_choose(question, found)
    if snapshots:  # «что в снимке по Ленинскому?»: which of its snapshots
        return "snapshot", snapshots
    cases = cases_to_choose(question, found)
    if cases:  # "who is the plaintiff in the court case?": which of the cases
        return "case", cases
    runs = runs_to_choose(question, intent, found)
    if runs:
        return "run", runs
    one_job = re.search(r"\bjob\b(?!s)|(?<!\w)(?:задани[еяю]|задач[аиу]|джоб\w*)(?!\w)", question, re.I)
    if intent == "explain" and one_job and len(found.soft_jobs) > 1 and not found.jobs:
        return "job", found.soft_jobs[:3]  # "what's the notices job for?": which of the three
    checks = checks_to_choose(question, intent, found)
    if checks:
        return "check", checks
    places = properties_to_choose(question, intent, found)
    return ("property", places) if places else None


# "How much did it cost?" with nothing before it: "it" is not known, so which cost is asked back (each choice a
# question of its own, asked again as it is)
BARE_COST = re.compile(
    r"^\W*(?:and\s+|so\s+|а\s+|и\s+|ну\s+)?(?:how much (?:did|does|was|is) (?:it|that|this)(?: one)? cost"
    r"|what (?:did|does) (?:it|that|this) cost|what was the (?:cost|price|damage)"
    r"|сколько (?:это |оно |всё |все )?(?:стоило|стоит|обошлось|вышло)|во сколько (?:это |оно )?(?:обошлось|встало)"
    r"|какая (?:была )?стоимость)\W*$",
    re.I,
)
COSTS_TO_CHOOSE = (
    "What did we spend today?",
    "What did the last run cost?",
    "What did the latest check cost?",
)


def costs_to_choose(question: str, in_thread: bool) -> list[str]:
    """The costs a bare "how much did it cost?" could mean, when nothing was asked before it."""
    return [] if in_thread or not BARE_COST.search(question) else list(COSTS_TO_CHOOSE)
