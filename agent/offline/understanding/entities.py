"""The things a question names: jobs, runs, checks (by id, order or address), sources, projects, people,
periods, statuses and what to search for."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from agent.tools import resolve
from agent.tools.engine import ASSISTANT_WORDS as ASSISTANT

SOURCES: tuple[tuple[str, str], ...] = (
    ("listings", r"listing|объявлен|цен[аы] на|\bads\b"),
    ("court", r"court|суд"),
    ("enforcement", r"enforcement|fssp|bailiff|пристав|исполнительн|фссп"),
    ("reviews", r"review|отзыв"),
)
# The vendor a project's words came from (Chatwoot conversations, Linear issues, Attio notes)
VENDORS: tuple[tuple[str, str], ...] = (
    ("chatwoot", r"chatwoot|чатвут|чатву"),
    ("linear", r"\blinear\b|линеар|линейк"),
    ("attio", r"attio|аттио|\bcrm\b|црм"),
)
# Items below the confidence gate, waiting for a person's decision («ждут решения», "waiting for review")
AWAITING_REVIEW = re.compile(
    r"waiting for (?:a )?(?:review|decision|approval)|awaiting (?:review|decision|approval)|pending review"
    r"|under review|(?:not|un)confirmed|\bproposed\b|жд[уё]т (?:решени|проверк|подтвержд)|ожида\w* (?:решени|подтвержд)"
    r"|на рассмотрении|не подтвержд|неподтвержд|предложенн",
    re.I,
)
ONLY_ACTIVE = re.compile(
    r"только активн|лишь активн|only (?:the )?active|active ones only|just the active", re.I
)
PERIODS: tuple[tuple[str, str], ...] = (
    ("yesterday", r"yesterday|вчера"),
    # «по состоянию на текущие сутки», "as of the current day": today, said formally
    ("today", r"today|сегодня|за день|текущ\w* сут|сутки|this day\b|current day"),
    ("month", r"month|месяц|30 days|30 дней"),
    ("week", r"week|недел|7 days|seven days|7 дней|семь дней"),
)
# A run that did its work, said as the opposite of a skip: "the last real build", "a sync that wasn't skipped",
# «последняя полноценная сборка», «не пропущенный запуск»
RUN_WORDS = r"(?:runs?|builds?|syncs?|imports?|digests?|extractions?|запуск\w*|сборк\w*|синк\w*|синхронизац\w*|импорт\w*|дайджест\w*|прогон\w*)"
DID_WORK = re.compile(
    rf"\b(?:real|actual|proper|full|non-?empty)\s+(?:\w+\s+)?{RUN_WORDS}|(?:not|n't|non-?|never)\s*(?:been\s+)?skipped"
    rf"|that (?:actually )?(?:did|processed) (?:some|any)thing|(?:настоящ|реальн|полноценн|непуст)\w*\s+(?:\w+\s+)?{RUN_WORDS}"
    r"|не пропущ|не пуст(?:ой|ая|ое)\b|не вхолостую|котор\w+ (?:что-то|хоть что-то) (?:сделал|обработал)"
    # «в последний раз действительно что-то построило», "last actually embedded something": did work, not ran
    r"|(?:действительно|реально|по-настоящему)\s+(?:что-(?:то|нибудь)|хоть что-то)\s+\w+"
    r"|\b(?:actually|really)\s+(?:\w+\s+)?(?:some|any)thing\b",
    re.I,
)
# Spend with no end in the past: "how much have we spent in total?", «сколько ушло за всё время?»
ALL_TIME = re.compile(
    r"\ball[- ]time\b|\bin total\b|\btotal (?:spend|cost)|\bso far\b|\bto date\b|\bever\b|\boverall\b"
    r"|since (?:the )?(?:start|beginning|launch|first run)|from (?:the )?(?:start|beginning)|lifetime"
    r"|за вс[её] (?:время|историю|период)|за всю историю|с (?:самого )?начала|\bитого\b|в сумме|в общей сложности"
    r"|\bвсего\b|когда-либо|до сих пор",
    re.I,
)
LAST_DAYS = re.compile(
    r"(?:last|past|за|последни[ехй]|прошедши[ехй])\s+(?:последни[ехй]\s+)?(\d{1,3}|two|three|four|five|два|две|три|четыре|пять)\s*"
    r"(?:days?|дн|день|дня|суток|сутки)"
)
DAYS_AGO = re.compile(
    r"(\d{1,3}|two|three|four|five|два|две|три|четыре|пять)\s*(?:days?|дн\w*|дня|суток)\s+(?:ago|back|назад)"
)
# A moment ahead: "in 5 days", "three days from now", «через неделю», «спустя 10 дней»
LATER = re.compile(
    r"(?:через|спустя|\bin)\s+(?:(\d{1,3}|one|two|three|four|five|six|seven|ten|один|одну|два|две|три|четыре|пять"
    r"|шесть|семь|десять)\s+)?(дн\w*|день|дня|суток|days?|недел\w*|weeks?)\b"
    r"|(\d{1,3}|one|two|three|four|five|six|seven|ten)\s+(days?|weeks?)\s+from now",
    re.I,
)
NUMBER_WORDS = {
    "one": 1,
    "один": 1,
    "одну": 1,
    "six": 6,
    "seven": 7,
    "ten": 10,
    "шесть": 6,
    "семь": 7,
    "десять": 10,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "два": 2,
    "две": 2,
    "три": 3,
    "четыре": 4,
    "пять": 5,
}
MONTHS = (
    r"january|январ",
    r"february|феврал",
    r"\bmarch\b|\bмарт",
    r"april|апрел",
    r"\bmay\b|\bма[йяе]\b",
    r"june|июн",
    r"july|июл",
    r"august|август",
    r"september|сентябр",
    r"october|октябр",
    r"november|ноябр",
    r"december|декабр",
)
FAILED = (
    r"\bfail|error|broke|crash|упал|упавш|пада[лю]|ошибк|сломал|сбо[йяюеи]"  # «упавшие задания»: the participle too; «сбоя»
    r"|\btim(?:e|ed|es|ing) ?out\b|\bbl[oe]w(?:n|s)? up\b|\bblowing up\b|\bwent down\b|отвалил|слетел|завис"
    r"|\b(?:fall|fell|falls|falling) over\b|\bfall(?:en)? over\b"
    # "why'd the digest go belly-up?", "the sync conked out", "it tanked", "went south": failures in slang
    r"|\bbelly[- ]up\b|\bconk(?:ed|s)? out\b|\btank(?:ed|s)\b|\bwent south\b|\bbit the dust\b|\bkeeled over\b"
    # "when did memory.digest lose its worker?": a run whose worker died is a failure taken for granted
    r"|\blos[te]\w* (?:its|the|a) worker\b|\bworker (?:died|was lost|crashed)\b|потерял\w* воркер"
    # "why was check 1 unable to obtain the reviews?", «почему не смогла получить отзывы»: a failure to fetch
    r"|\b(?:was|were|is|are) unable to (?:obtain|get|fetch|retrieve|load|pull|reach)\b"
    r"|\b(?:could|did)(?:n't| not) (?:obtain|fetch|retrieve|pull)\b"
    r"|не\s+(?:смог\w*|удалось|получилось)\s+(?:получить|загрузить|достать|скачать|вытянуть|собрать)"
)
# a person after "call", "meet", «позвонить», «написать»: whom the asker will talk to, not who said something
ADDRESSEE = re.compile(
    r"(?:\bcall(?:ing)?|\bring|\bphone|\bmeet(?:ing)?|\be-?mail(?:ing)?|\bwrit(?:e|ing) to|\btalk(?:ing)? to"
    r"|\bspeak(?:ing)? (?:to|with)|позвон\w*|звон\w*|встреч\w*|созвон\w*|напиш\w*|поговор\w*)"
    r"\s+(?:(?:с|со|to|with)\s+)?(\w+(?:\s+\w+)?)",
    re.I,
)
# A person's word passed on ("Irina says it's paid", «Ирина говорит, что счёт оплачен»): the claim is checked
# against the data; the person is who said it, not what it is about
CLAIM = re.compile(
    r"\b(?:says?|said|claims?|claimed|told|tells|reckons?|insists?|assured|promised (?:me|us|them|the client))\b"
    r"|(?<!\w)(?:говорит|сказал\w*|утвержда\w*|пишет|написал\w*|уверя\w*|считает)(?!\w)",
    re.I,
)
# …unless the question asks what the person said ("what has Tom told us about the payment?"): then it is theirs
WHAT_THEY_SAID = re.compile(
    r"\b(?:what|anything)\b.{0,30}\b(?:tell|told|say|said|claim\w*)\b|(?<!\w)что\s+(?:\w+\s+){0,2}(?:сказал|говорил|писал"
    r"|пишет|говорит|утвержда)\w*",
    re.I,
)


def claim_passed_on(text: str) -> bool:
    """ "Irina says the invoice is paid — true?": a person's word passed on, to be checked against the data."""
    return bool(CLAIM.search(text)) and not WHAT_THEY_SAID.search(text)


SKIPPED = r"skip|пропущ|пропуст"  # "imported nothing" names no status: the last run says what happened
CHECK_WORDS = (
    r"\bchecks?\b|проверк|address|адрес|объект|property|недвижим"
    # a property's developer and "that building": a check's subjects («а застройщик кто?» after a check)
    r"|\bdeveloper\b|застройщик|\b(?:that|this|the same) building\b|(?:этого|этом|этот|том|тот) дом\w*\b|здани"
)
THIS_ADDRESS = (
    r"this address|same address|that address|this property|этого адреса|этому адресу|того же адреса"
)
THIS_ADDRESS += r"|этот адрес|этого объекта|этому объекту|тот же адрес"
# "Zelenograd 1104", "Ленинский проспект 90", "по тверской 1": words and a house number, an address said even
# when no check has it (then the answer says there is none)
ADDRESS_SAID = re.compile(
    r"(?:\b(?:for|of|at|on|по|для|у|на|адреса?|объекта?)\s+|(?<![\w-])(?=[A-ZА-ЯЁ]))"
    r"((?:[\w.-]+[\s,]+){1,4}?(?:д\.?\s*|дом\s+|house\s+)?\d{1,5}[а-яa-z]?"
    r"(?:\s*,?\s*(?:корп(?:ус)?\.?|к\.|стр(?:оение)?\.?|с\.|bldg\.?|building)\s*\d+)?)(?!\w|\.\w)"  # «д. 90, корп. 2»; «д. 12.» ends a sentence
)
NOT_AN_ADDRESS = re.compile(
    r"\b(?:checks?|runs?|facts?|last|past|days?|weeks?|months?|the|snapshots?)\b|проверк|запуск|факт|счёт|счет|дн|недел|последн|снимк|снимок"
    # a question's own words before the address ("How risky is Pushkina 5"): the address starts after them
    r"|\b(?:how|what|which|where|when|why|who|is|are|was|were|did|does|do)\b|(?<!\w)(?:как|что|где|когда|кто|ли)(?!\w)",
    re.I,
)
SNAPSHOT_NOUN = r"(?:snapshots?|снимк\w*|снимок|снапшот\w*|срез\w*)"
# A property by its cadastral number («кадастровый 77:06:0002002:2002»): region, district, block, plot
CADASTRAL = re.compile(r"(?<![\d:])\d\d:\d\d:\d{6,7}:\d{1,6}(?!\d|:\d)")
CASE_NUMBER = re.compile(r"(?<![\w-])[АA]\d{1,3}-\d{1,7}/\d{2,4}(?![\w/])")
SNAPSHOTS = re.compile(  # "snapshot 2 and 4", «снимок 2 и снимок 4», «снимок 5», «снимок отчёта номер 7»
    rf"{SNAPSHOT_NOUN}(?:\s+(?:отч[её]та|report|of the report))?\s*(?:number\s*|no\.\s*|номер\s*)?((?:[#№]?\s*\d+)(?:\s*(?:and|и|,|&|vs\.?|versus|to|with|against|до|с|со|против|-)\s*(?:{SNAPSHOT_NOUN}\s*)?[#№]?\s*\d+)?)"
)
QUOTED = re.compile(r"[\"«“']([^\"»”']{2,})[\"»”']")
ABOUT = re.compile(
    r"(?:about|regarding|on the topic of|mentions? of|for|про|о|об|насч[её]т|по поводу|упоминани[яе])\s+(.{2,})$",
    re.I,
)
STOP = set(
    [
        "got",  # "how many risks have we got on it?"
        "search",
        "find",
        "look",
        "up",
        "for",
        "in",
        "the",
        "memory",
        "project",
        "any",
        "anything",
        "something",
        "what",
        "was",
        "said",
        "is",
        "there",
        "me",
        "найди",
        "найти",
        "поищи",
        "в",
        "памяти",
        "проекта",
        "что-нибудь",
        "есть",
        "ли",
        "что",
        "про",
        "что",
        "говорили",
        "обсуждали",
    ]
)


@dataclass
class Entities:
    """What a question is about, besides its intent."""

    jobs: list[str] = field(default_factory=list)
    soft_jobs: list[str] = field(default_factory=list)
    literal_jobs: list[str] = field(
        default_factory=list
    )  # jobs named by their registered name  # named by what they do (subjects stage), not by name
    job_class: str | None = None
    run_id: int | None = None
    check_id: int | None = None
    order: str | None = None
    address: str | None = None
    address_said: str | None = None  # words and a house number, whether or not a check has that address
    this_address: bool = False
    snapshot_ids: list[int] = field(default_factory=list)
    succeeded: bool = False  # "the last successful build": its latest ok run, not its latest run
    text: str = ""  # the question as asked (rules that read who speaks: «мы обещали ей»)
    action_id: int | None = None
    address_choices: list[str] = field(default_factory=list)  # a flat said alone that several addresses have
    flat: str | None = None  # a flat's number said («кв. 12»), checked or not
    sources: list[str] = field(default_factory=list)  # every source named ("listings … but the court cases")
    fact_id: int | None = None
    fact_key: str | None = None  # a fact said by its own number: a court case «А40-98765/2026»
    cadastral: str | None = None  # a cadastral number no checked property has («77:01:0004012:1234»)
    days_ahead: int | None = None  # "in 5 days", «через неделю»: a moment ahead a question imagines
    notice_id: int | None = None  # "notice 3", «уведомление №3»
    source: str | None = None
    projects: list[str] = field(default_factory=list)
    project_unknown: str | None = None  # a project named that the data does not have
    buildings: list[str] = field(default_factory=list)  # two buildings named ("Leninsky 90 and Tverskaya 1")
    people: list[str] = field(default_factory=list)
    # people the asker will call, meet or write to ("before I call Tom"): whom, not who said something
    addressees: list[str] = field(default_factory=list)
    period: str | None = None
    cost_kind: str | None = None  # the part of a cost asked about: llm, embeddings, source_calls
    assistant: bool = False  # the assistant itself is named ("what did the assistant cost?")
    status: str | None = None
    about_check: bool = False
    query: str = ""
    names: list[str] = field(default_factory=list)  # the words that name things (not the question's own)
    vendor: str | None = None  # a vendor the words came from ("which of those came from attio")
    item_state: str | None = None  # commitments or risks still waiting for a person's review ("proposed")
    # Mirano's words asked to be explained ("what is a snapshot?")
    terms: list[str] = field(default_factory=list)
    notices_said: bool = False  # notices asked about by name ("unread notices"), not "anything new"
    # the kinds of people's moves asked about ("cancelled or paused")
    moves: list[str] = field(default_factory=list)

    @property
    def job(self) -> str | None:
        return self.jobs[0] if len(self.jobs) == 1 else None

    @property
    def project(self) -> str | None:
        return self.projects[0] if len(self.projects) == 1 else None

    def named(self) -> bool:
        """True when the question names a subject (for follow-ups without an intent of their own)."""
        return bool(
            self.jobs
            or self.run_id
            or self.snapshot_ids
            or self.check_id
            or self.source
            or self.projects
            or self.people
            or self.address
            or self.order
        )


COST_KINDS = (
    (
        "llm",
        r"\bllm|ллм|language model|\bgpt|openai|\bai\b|\bии\b|нейросет|tokens?\b|токен|llm calls|вызов\w* модели",
    ),
    ("embeddings", r"embedding|эмбеддинг|вектор"),
    (
        "source_calls",
        r"source[ _]calls?|calls? to (?:the )?(?:sources?|vendors?|apis?)|\bapi calls?|vendor calls?"
        r"|(?:обращени|вызов|запрос)\w* (?:к|в) (?:источник|api|апи|внешн|сервис)|вызов\w* источник",
    ),
)


def _number(pattern: str, text: str) -> int | None:
    match = re.search(pattern, text, re.I)
    return int(match.group(1)) if match else None


def search_terms(text: str) -> str:
    """What to look for in project memory: a quoted phrase, what follows "about"/"про", else the content words."""
    quoted = QUOTED.search(text)
    if quoted:
        return quoted.group(1).strip()
    cleaned = text.strip(" ?!.")
    about = ABOUT.search(cleaned)
    if about:
        return about.group(1).strip()
    words = [w for w in re.findall(r"[\w-]+", cleaned) if w.lower() not in STOP]
    return " ".join(words) or cleaned


def _address(text: str, checks: list[dict[str, Any]]) -> str | None:
    """The checked address a text names, newest first; with no flat said, the building's own check before a flat's
    («кто следит за Тверской 1?» is about the building)."""
    matching = [row["address"] for row in checks if resolve.address_matches(text, row["address"])]
    if not resolve.flat_of(text):
        matching.sort(key=lambda address: resolve.flat_of(address) is not None)  # stable: newest first within
    return matching[0] if matching else None


BRACKETED_NUMBER = re.compile(r"(?<=\w)\s*\((\d{1,6})\)")


def _check_in_brackets(text: str, checks: list[dict[str, Any]]) -> tuple[int, str] | None:
    """«Инцидент-ревью по Тверской (3)»: a number in brackets after an address is that address's check, when a
    check of it has that number; the check's id, and the text without the brackets (no house 3 is said)."""
    for said in BRACKETED_NUMBER.finditer(text):
        rest = f"{text[: said.start()]}{text[said.end() :]}"
        number = int(said.group(1))
        before = text[: said.start()]
        if any(row["id"] == number and resolve.address_matches(before, row["address"]) for row in checks):
            return number, rest
    return None


def _buildings(text: str, checks: list[dict[str, Any]]) -> list[str]:
    """Each checked building the text names, by its newest check's address: two when a question compares them."""
    newest: dict[Any, str] = {}
    for row in checks:  # newest first
        if resolve.address_matches(text, row["address"]):
            newest.setdefault(row.get("property_id", row["address"]), row["address"])
    return list(newest.values())[:3]


def days_ahead(lowered: str) -> int | None:
    """How many days ahead a question imagines ("in 5 days", «через неделю» is 7), or None."""
    said = LATER.search(lowered)
    if not said:
        return None
    number, unit = (said.group(1), said.group(2)) if said.group(2) else (said.group(3), said.group(4))
    count = NUMBER_WORDS.get(number or "") or (int(number) if number and number.isdigit() else 1)
    return count * 7 if re.match(r"недел|week", unit) else count


def period_in(lowered: str) -> str | None:
    """The period a question names: a named one, the last N days ("3d") or a calendar month ("2026-11"); a day N
    days ago («за день три дня назад», "three days ago") is the last N+1 days, so it can be compared with today."""
    ago = DAYS_AGO.search(lowered)
    if ago:
        said = ago.group(1)
        days = NUMBER_WORDS.get(said) or int(said)
        if re.search(r"today|сегодня|compar|сравн|\bvs\b|versus|than|чем", lowered):
            return f"{days + 1}d"  # that day beside today: the days between, day by day
        from pipeline.engine import clock

        return (clock.now().astimezone().date() - timedelta(days=days)).isoformat()
    day = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b|\b(\d{2})\.(\d{2})\.(\d{4})\b", lowered)  # "on 2031-05-01"
    if day:
        y, m, d = day.group(1, 2, 3) if day.group(1) else day.group(6, 5, 4)
        return f"{y}-{m}-{d}"
    last = LAST_DAYS.search(lowered)
    if last:
        said = last.group(1)
        return f"{NUMBER_WORDS.get(said) or int(said)}d"
    for number, pattern in enumerate(MONTHS, start=1):
        if re.search(r"(?:\bin|\bfor|\bduring|\bв|\bво|\bза)\s+(?:" + pattern + r")", lowered):
            from pipeline.engine import clock

            today = clock.now().astimezone().date()
            year = today.year if number <= today.month else today.year - 1
            return f"{year}-{number:02d}"
    return next((name for name, p in PERIODS if re.search(p, lowered)), None)


def address_said(text: str) -> str | None:
    """The address a question says ("Zelenograd 1104"), or None."""
    at = 0
    while (match := ADDRESS_SAID.search(text, at)) is not None:
        said = match.group(1).strip(" ,")
        if not NOT_AN_ADDRESS.search(said):
            return said
        at = match.start() + 1  # "of the check on Pushkina 5": "on Pushkina 5" is inside the match refused
    return None


# What is said of a run (not of an invoice or an issue): a bare "#9" beside these words is a run ("why did #9 fail")
RUN_TALK = (
    r"\bruns?\b|\bran\b|\bfail|\bskip|\bcrash|\bblow|\bblew|\bbroke|\bretr(?:y|ied)|\btook\b|\bstuck\b"
    r"|запуск|упал|упад|пропущ|пропуст|сломал|завис"
)


def vocabulary() -> dict[str, Any]:
    """What the data knows by name: projects, authors and the addresses of checks."""
    from pipeline.service import checks as checks_service
    from pipeline.service import memory as memory_service

    checks = checks_service.list_checks(500)
    return {
        "projects": resolve.project_names(),
        "authors": memory_service.authors(),
        "checks": checks,
        "developers": resolve.developers(checks),
    }


def entities_of(text: str, vocab: dict[str, Any]) -> Entities:
    """Every entity the question names, resolved against the data."""
    lowered = text.lower()
    found = Entities(text=text)
    found.jobs = resolve.jobs_in(QUOTED.sub(" ", text))
    found.job_class = None if found.jobs else resolve.job_class_in(lowered)
    # "run 8", «запуск 8»; a job's noun with a number is its run too («сборка 11», "build 11", «синхронизация 8»)
    found.run_id = _number(
        r"(?:\bruns?|запуск\w*|\bbuild|\bsync|сборк\w*|синхронизаци\w*)\s*(?:(?:#|№)\s*|no\.?\s*|number\s*|номер\s*)?(\d+)"
        r"(?!\d|[.,]\d|\s*(?:min|мин|час|hour|day|дн|%|chunk|чанк|item|штук|раз|times))",
        lowered,
    )
    if found.run_id is None:  # "r12": how an on-call engineer writes a run
        found.run_id = _number(r"\br(\d{1,6})\b", lowered)
    found.check_id = _number(
        r"(?:\bchecks?|проверк\w*)\s*(?:(?:#|№)\s*|no\.?\s*|number\s*|номер\s*)?(\d+)", lowered
    )
    found.check_id = found.check_id or _number(r"(?:#|№)\s*(\d+)\s*(?:check|проверк)", lowered)
    if found.check_id is None and re.search(CHECK_WORDS, lowered):
        found.check_id = _number(r"(?:\bnumber|\bномер|\bno\.)\s*(\d+)", lowered)
    said = SNAPSHOTS.search(lowered)  # "snapshot 2 and 4", «между снимками 2 и 4», "snapshot #9"
    found.snapshot_ids = [int(n) for n in re.findall(r"\d+", said.group(1))][:2] if said else []
    found.action_id = _number(  # "suggestion 3", «подсказка 3»: a suggested action by its number
        r"(?:\bactions?|действи\w*|\bsuggestions?|подсказк\w*)\s*(?:(?:#|№)\s*|no\.?\s*|number\s*|номер\s*)?(\d+)",
        lowered,
    )
    found.fact_id = _number(r"(?:\bfacts?|факт\w*)\s*(?:#|№)?\s*(\d+)", lowered)
    found.notice_id = _number(
        r"(?:\bnotices?|уведомлени\w*|оповещени\w*)\s*(?:(?:#|№)\s*|no\.?\s*|number\s*|номер\s*)?(\d+)",
        lowered,
    )
    case = CASE_NUMBER.search(text)  # «дело А40-98765/2026»: the check and the fact that hold it
    said_source = ""
    party_case = None if case or found.fact_id is not None else resolve.case_of_party(text)
    if party_case or (case and found.fact_id is None):
        # a Latin A written for the Cyrillic one is the same case; «дело, где истица Иванова»: the one case with her
        found.fact_key = party_case or "А" + case.group(0)[1:]
        held = resolve.fact_with_key(found.fact_key)
        if held:
            found.check_id = found.check_id if found.check_id is not None else held[0]
            found.fact_id, said_source = held[1], held[2]
    if found.run_id is None and found.check_id is None:
        bare = _number(r"(?:#|№)\s*(\d+)", lowered)
        if bare is not None and re.search(CHECK_WORDS, lowered):
            found.check_id = bare
        elif bare is not None and re.search(RUN_TALK, lowered):
            found.run_id = bare  # a bare "№17" elsewhere is an invoice or an issue number, not a run
    bracketed = _check_in_brackets(text, vocab["checks"])
    if bracketed and found.check_id is None and found.run_id is None:
        found.check_id, text = bracketed  # «по Тверской (3)»: check 3 of Tverskaya, not house 3
    found.about_check = bool(re.search(CHECK_WORDS, lowered)) or found.check_id is not None
    found.order = resolve.order_in(lowered)
    found.address = _address(text, vocab["checks"])
    cadastral = CADASTRAL.search(text)
    if cadastral and not found.address and found.check_id is None:  # the checked property with that number
        found.address = resolve.address_of_cadastral(cadastral.group(0))
        found.cadastral = None if found.address else cadastral.group(0)
    found.flat = resolve.flat_of(text)
    if not found.address and found.check_id is None:
        developer = resolve.developer_in(text, vocab.get("developers", []))
        if developer is not None:  # «по ГрадСтрою»: the developer's building, as its newest check has it
            found.address = developer["address"]
    if (
        not found.address and not found.flat
    ):  # «по 90 дому»: a house by its number alone, if one building has it
        found.address = resolve.one_building(resolve.addresses_of_house(text, vocab["checks"]))
    if not found.address:  # «по кв. 9»: a flat by its number alone names the checked address with that flat
        flats = resolve.addresses_of_flat(text, vocab["checks"])
        found.address = flats[0] if len(flats) == 1 else None
        found.address_choices = flats if len(flats) > 1 else []
    found.address_said = found.address or address_said(
        CADASTRAL.sub(" ", text)
    )  # «КН 77:06:…» is no house 77
    found.buildings = _buildings(text, vocab["checks"])
    found.this_address = bool(re.search(THIS_ADDRESS, lowered))
    found.about_check = found.about_check or bool(found.address)
    found.sources = [s for s, p in SOURCES if re.search(p, lowered)]
    if found.fact_key and found.fact_id is not None and not found.sources:  # the case's own source
        found.sources = [s for s, _ in SOURCES if said_source.startswith(s)][:1]
    found.source = found.sources[0] if len(found.sources) == 1 else None  # two named: all of the check's
    found.projects = resolve.projects_in(text, vocab["projects"])
    # «проект бета строй», "the Beta Build project": a project the data does not have, said so before anything
    found.project_unknown = resolve.unknown_project(text, vocab["projects"])
    found.people = resolve.people_in(text, vocab["authors"])
    found.addressees = [
        person
        for said in ADDRESSEE.findall(text)
        for person in resolve.people_in(said, vocab["authors"])
        if person in found.people
    ]
    if found.projects and not (found.address or found.check_id is not None):
        found.source, found.sources = None, []  # "waiting for review in alfa's memory": not developer reviews
    found.period = period_in(lowered)
    found.days_ahead = days_ahead(lowered)
    did_work = bool(DID_WORK.search(lowered))  # "the last real build", «не пропущенная»: its latest ok run
    found.status = (
        "failed"
        if re.search(FAILED, lowered)
        else ("skipped" if re.search(SKIPPED, lowered) and not did_work else None)
    )
    found.succeeded = did_work or bool(
        re.search(r"\bsuccess|\bsucceeded|\blast good\b|успешн|удачн", lowered)
    )
    found.cost_kind = next((kind for kind, p in COST_KINDS if re.search(p, lowered)), None)
    found.vendor = next((name for name, p in VENDORS if re.search(p, lowered)), None)
    found.item_state = (
        "proposed"
        if AWAITING_REVIEW.search(lowered)
        else ("active" if ONLY_ACTIVE.search(lowered) else None)  # «только активные»: above the gate
    )
    found.assistant = re.search(ASSISTANT, lowered) is not None
    found.query = search_terms(text)
    found.notices_said = bool(re.search(r"notice|notif|alert|уведомл|оповещ", lowered))
    found.names = [*found.jobs, *found.people]
    if found.address:
        found.names += [w for w in re.findall(r"\w+", text) if resolve.address_matches(w, found.address)]
    for project in vocab["projects"]:
        if project["slug"] in found.projects:
            found.names += [project["slug"], *project["words"]]
    return found
