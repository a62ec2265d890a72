"""Things as people name them, resolved to what the service layer knows.

Jobs by name or by what they do ("сборка памяти", "импорт из Linear", "the Chatwoot sync"); projects by slug,
name, part of a name or a client's name ("клиент Альфа", "Alfa" → alfa-stroy); checks by id, address and order
("вторая", "the latest", "the first check of this address"); people by the authors stored with documents.
Used by the tools (so the online model may pass loose names too) and by the offline model's understanding.
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Iterator
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any

from pipeline.engine.exceptions import MiranoError
from pipeline.engine.registry import UnknownJob
from pipeline.engine.registry import jobs as registered_jobs
from pipeline.service import domains  # noqa: F401 — registers every domain's jobs and handlers

# What each job does, as people say it (stems; Russian and English).
JOB_ALIASES: dict[str, str] = {
    "ingest.chatwoot": r"chatwoot|чатвут|ч[ао]тв[уо]т|(?<!из )переписк|диалог|conversation"
    r"|reads? (?:our |the |client )?chats|chat (?:tool|app|import|sync)|client chats|чат\w* с клиент\w*"
    r"|(?:чита|забира|тян)\w* (?:наши |клиентские )?чат",  # "the thing that reads our chats"
    "ingest.linear": r"linear|линеар|линеа|линир",
    "ingest.attio": r"attio|аттио|атио|\bcrm\b|црм",
    "memory.build": r"сборк\w* памят|собира\w* памят|постро\w* памят|пересобира\w* памят|mem\w{0,4}[ .]?build"
    r"|build\w* (?:the )?memory|memory (?:is )?rebuil|embedding job|embedding run|эмбеддинг\w* задач|индекс|\bindex"
    r"|вектор|vector|faiss",
    "memory.extract": r"извлеч|извлека|extract|экстракт|выделени\w* обязательств"
    # «сбор рисков», "risk collection": what extraction does, said as its work
    r"|(?:сбор|поиск|выявлени|вылавлива)\w* (?:риск|обязательств)|(?:risk|commitment)s? (?:collection|detection|mining)",
    "memory.digest": r"digest job|generat\w* (?:the )?digest|дайджест\w* (?:задач|джоб)|сборк\w* дайджест"
    r"|генерац\w* дайджест|формирован\w* дайджест|memory\.digest",
    "memory.suggest": r"suggest|предлож\w* действ|подсказ",
    "checks.recheck": r"re-?check|перепровер|повторн\w* проверк",
    "notices.health": r"health (?:alert|check|job|notice)\w*|здоровь\w* задан|stale jobs?\b|устаревш\w* задан",
    "notices.projects": r"project (?:notices?|alerts?)|notices? (?:of|for|about) projects|уведомлени\w* (?:по|о) проект",
}
INGESTION = r"ingest|import|sync|импорт|синхрониз|синк|загрузк|выгрузк|подтяг|инжест"
JOB_CLASS_WORDS = {"ingestion": INGESTION}
ORDINALS: dict[str, str] = {
    "first": r"\bfirst\b|\b1st\b|\bперв\w*|\bсамая ранн\w*|\bearliest\b",
    "second": r"\bsecond\b|\b2nd\b|\bвтор\w*|\bповторн\w* (?=запуск|прогон)|\brepeat(?:ed)? run",  # «повторный запуск»: the second run
    "third": r"\bthird\b|\b3rd\b|\bтрет\w*",
    "fourth": r"\bfourth\b|\b4th\b|\bчетв[её]рт\w*",
    "previous": r"\bprevious\b|\bprior\b|\bbefore (?:that|it)\b|\bпредыдущ\w*|\bпрежн\w*"
    # «с прошлого раза», "since last time": a moment to compare with, not the check before
    r"|\bпрошл(?:ая|ой|ую|ый|ого|ом|ое|ые|ых|ым)\b(?!\s+раз)",
    # "last night", «за последние 3 дня»: a period, not the newest of something
    "latest": r"\blatest\b|(?<!since )\blast\b(?!\s+(?:time|night|week|month|year|evening|weekend|\d+|few|couple|hours?|days?|monday"
    r"|tuesday|wednesday|thursday|friday|saturday|sunday)\b)|\bnewest\b|\bmost recent\b|\brecent\b"
    r"|\bпоследн\w*(?!\w)(?!\s+(?:\d+\s+|пару\s+|несколько\s+)?(?:дн|недел|месяц|час|врем|сутк))|\bсвеж\w* проверк"
    r"|\bнов\w* проверк",
}
ORDER_INDEX = {"first": 0, "second": 1, "third": 2, "fourth": 3}
TRANSLIT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "h",
            "ts",
            "ch",
            "sh",
            "sch",
            "",
            "y",
            "",
            "e",
            "yu",
            "ya",
        ],
        strict=True,
    )
)


@lru_cache(maxsize=4096)
def translit(text: str) -> str:
    """Cyrillic written in Latin letters, for matching "Alfa" with "Альфа"."""
    return "".join(TRANSLIT.get(ch, ch) for ch in text.lower())


class NoSingleProject(MiranoError, LookupError):
    """No project, or several, match the name the question gave; the reason lists the projects."""


def tokens(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.lower())


def _sounds(word: str) -> str:
    """Latin spellings that Cyrillic writes one way ("northwind" and "нортвинд" both read "nortvind")."""
    return word.replace("th", "t").replace("w", "v").replace("ck", "k").replace("ph", "f")


def _consonants(word: str) -> list[str]:
    """The word's runs of consonants, in order: "kate" and "кейт" are [k, t]; "story" is [st, r], "строй" [str]."""
    return [run for run in re.split(r"[aeiouy'j]+", word) if run]


def _similar(a: str, b: str) -> bool:
    """Two words that are the same name in another case or script ("Ирины" ~ "Ирина", "alfa" ~ "альфа")."""
    a, b = _sounds(translit(a)), _sounds(translit(b))
    if len(a) < 3 or len(b) < 3 or a[0] != b[0]:
        return False  # names in another case or script still start alike
    if a == b:
        return True
    if min(len(a), len(b)) >= 4 and _consonants(a) == _consonants(b) and len("".join(_consonants(a))) >= 2:
        return True  # a name spelt by ear: "кейт" ~ "Kate", "майк" ~ "Mike"
    short, long = sorted((a, b), key=len)
    if long.startswith(short) and len(long) - len(short) <= 2:
        return True  # "tom" ~ "toma", "irina" ~ "irinu"
    if len(short) >= 4 and long.startswith(short[:-1]) and len(long) - len(short) <= 2:
        return True  # "irina" ~ "iriny", "ирина" ~ "ириной"
    prefix = len(os.path.commonprefix([a, b]))
    if prefix >= 5 and prefix >= len(short) - 3 and len(long) - len(short) <= 4:
        return True  # "ленинскому" ~ "ленинский": Russian endings differ by up to three letters (not «стройинвест»)
    return len(short) >= 6 and SequenceMatcher(None, a, b).ratio() >= 0.8  # "nortvind" ~ "northwind"


# -- jobs -----------------------------------------------------------------------------------------------------
def job_names() -> list[str]:
    return sorted(registered_jobs(), key=len, reverse=True)


def jobs_in(text: str) -> list[str]:
    """Jobs a text names, by name first, else by what they do."""
    lowered = text.lower()
    named = [n for n in job_names() if n in lowered]
    if named:
        return named
    typed = [  # "memroy.build", "ingest.chatwot": a job's name with a typo
        close[0]
        for token in re.findall(r"[a-z]+\.[a-z_]+", lowered)
        if (close := difflib.get_close_matches(token, job_names(), n=1, cutoff=0.8))
    ]
    if typed:
        return list(dict.fromkeys(typed))
    said = [job for job, pattern in JOB_ALIASES.items() if re.search(pattern, lowered)]
    if not said and re.search(UNIT_ONLY, lowered):
        return ["memory.build"]
    return said


# Chunks are what the build makes, and what extraction reads: the word names the build only when no job is named
# ("how many chunks are there?"), never beside another ("how many chunks the last extraction read")
UNIT_ONLY = r"чанк|chunk"


def job_class_in(text: str) -> str | None:
    lowered = text.lower()
    return next((c for c, pattern in JOB_CLASS_WORDS.items() if re.search(pattern, lowered)), None)


def resolve_job(name: str | None) -> str | None:
    """A registered job from its name, a unique part of one, or words saying what it does; UnknownJob if none."""
    if not name:
        return None
    names = job_names()
    if name in names:
        return name
    parts = [n for n in names if name.lower() in n.lower()]
    if len(parts) == 1:
        return parts[0]
    described = jobs_in(name)
    if len(described) == 1:
        return described[0]
    raise UnknownJob(name, names)


def jobs_of_class(job_class: str) -> list[str]:
    return sorted(n for n, spec in registered_jobs().items() if spec.job_class == job_class)


# -- projects -------------------------------------------------------------------------------------------------
def project_names() -> list[dict[str, Any]]:
    """Every project with the words it may be called by: slug, name, and its clients' names from bindings."""
    from pipeline.service import memory as memory_service

    rows = []
    for p in memory_service.project_names():
        words = set(tokens(p["slug"].replace("-", " "))) | set(tokens(p["name"]))
        orders = (tokens(p["slug"].replace("-", " ")), tokens(p["name"]))
        rows.append(
            {
                "slug": p["slug"],
                "name": p["name"],
                "words": {w for w in words if len(w) >= 3},
                "orders": orders,
            }
        )
    return rows


GENERIC_WORDS = frozenset(
    [
        "client",
        "portal",
        "office",
        "project",
        "archived",
        "archive",
        "проект",
        "клиент",
        "офиса",
        "реконструкция",
    ]
)


def projects_in(text: str, known: list[dict[str, Any]] | None = None) -> list[str]:
    """Project slugs a text names: a slug, or a distinctive word of a project's name in any case or script."""
    known = project_names() if known is None else known
    lowered = text.lower()
    exact = [p["slug"] for p in known if re.search(rf"(?<![\w-]){re.escape(p['slug'])}(?![\w-])", lowered)]
    if exact:
        return exact
    words, said = tokens(text), re.findall(r"[^\W_]+", text)
    found = []
    for project in known:
        distinctive = project["words"] - GENERIC_WORDS
        if any(
            _similar(w, d) and not _other_name(said, i, d, project)
            for i, w in enumerate(words)
            for d in distinctive
        ):
            found.append(project["slug"])
    return found


# Words that may stand before a later word of a project's name without naming another project ("our Stroy", «по
# Строю», «ООО Строй»): function words, company forms and the words for a project or a client
_NOT_A_NAME_EN = (
    "the a an on for of at in to with about and or our my your their its this that these is are was were what how"
    " new old whole any all client clients project projects company account team ltd llc inc which whose every each"
    " some other another same current main first last next previous one"
)
NOT_A_NAME_EN = frozenset(_NOT_A_NAME_EN.split())
NOT_A_NAME_RU = frozenset(
    ("ооо", "ао", "зао", "пао", "ип", "проект", "клиент", "компания", "заказчик", "объект")
)


def _name_like(token: str) -> bool:
    """A word that can be part of a name: a noun, an adjective or a word the dictionary does not know (a Latin
    word when it is capitalised: "Beta Stroy", not "we archive")."""
    if not re.search(r"[а-яё]", token, re.I):
        return token[:1].isupper() and token.lower() not in NOT_A_NAME_EN and not token.isdigit()
    token = token.lower()
    from pipeline.text.lemmas import analyzer

    parse = analyzer().parse(token)[0]
    if parse.normal_form in NOT_A_NAME_RU or "Apro" in parse.tag:
        return False
    return parse.tag.POS in ("NOUN", "ADJF", None) and "LATN" not in parse.tag


def _other_name(said: list[str], at: int, matched: str, project: dict[str, Any]) -> bool:
    """True when the word at `at` (of the words as said), a later word of the project's name, follows a name-like
    word other than the one before it in that name: «бета строй» is not «Альфа Строй», "Beta Stroy" is not
    alfa-stroy."""
    if at == 0:
        return False
    before = said[at - 1].lower()
    for order in project.get("orders", ()):
        if matched in order and order.index(matched) > 0:
            expected = order[order.index(matched) - 1]
            if not _similar(before, expected) and before not in project["words"] and _name_like(said[at - 1]):
                return True
    return False


# A project named by what the question calls it: «проект Бета», «по проекту „Гамма“», "the Beta Build project",
# "project Gamma"; read only when its words are capitalised or quoted, or share a word with a known project
PROJECT_NAMED = re.compile(
    r"(?:проект\w*|project|account)\s+[«\"“']?(?P<after>[\w-]+(?:\s+[\w-]+)?)"
    r"|(?:\bthe\s+)?[«\"“']?(?P<before>[A-ZА-ЯЁ][\w-]*(?:\s+[A-ZА-ЯЁ][\w-]*)?)[»\"”']?\s+(?:project|account)\b"
)


def unknown_project(text: str, known: list[dict[str, Any]] | None = None) -> str | None:
    """A project the question names that the data does not have ("the Beta Build project", «проект бета строй»),
    for the answer to say so and list the projects there are; None when the name is a known project's."""
    known = project_names() if known is None else known
    said = re.findall(r"[^\W_]+", text)
    for project in known:  # «бета строй»: a later word of a known name after another name
        for i, w in enumerate(said):
            for d in project["words"] - GENERIC_WORDS:
                if _same_word(w.lower(), d) and _other_name(said, i, d, project):
                    return f"{said[i - 1]} {w}"
    for match in PROJECT_NAMED.finditer(text):
        group = "after" if match.group("after") else "before"
        start = match.start(group)
        quoted = start > 0 and text[start - 1] in QUOTES
        sentence_start = not text[:start].strip() or text[:start].rstrip()[-1] in ".!?\n"
        name: list[str] = []
        for t in match.group(group).split():  # its words: capitalised (or quoted) words that can be a name's
            if not _name_like(t.capitalize() if quoted else t) or not (quoted or t[:1].isupper()):
                break
            name.append(t)
        capital = bool(name) and not (group == "before" and sentence_start and not quoted)
        if all(_vendor_or_job(t) for t in name):  # "the Linear project": a vendor's own project
            name = []
        if name and capital and not people_in(" ".join(name)) and not projects_in(" ".join(name), known):
            return " ".join(name)
    return None


def _same_word(said: str, name_word: str) -> bool:
    """The word of a name itself in another case («строю» is «строй»; «строк» is not): stricter than _similar,
    since a name said wrongly is claimed only on it."""
    if not re.search(r"[а-яё]", said):
        return translit(said) == translit(name_word)
    from pipeline.text.lemmas import analyzer

    return analyzer().parse(said)[0].normal_form == analyzer().parse(name_word)[0].normal_form


QUOTES = "«\"“'„"


def _vendor_or_job(word: str) -> bool:
    lowered = word.lower()
    return bool(re.fullmatch(r"linear|chatwoot|attio|mirano|линеар|чатвут|аттио|мирано", lowered)) or any(
        lowered in name.split(".") for name in job_names()
    )


def resolve_project(name: str | None) -> str | None:
    """A project slug from a slug, a name or a client's name; NoSingleProject when none or several match."""
    if not name:
        return None
    known = project_names()
    if name in {p["slug"] for p in known}:
        return name
    found = projects_in(name, known)
    if len(found) == 1:
        return found[0]
    slugs = ", ".join(p["slug"] for p in known)
    raise NoSingleProject(f"no single project matches {name!r}; projects: {slugs}")


# -- developers -----------------------------------------------------------------------------------------------
# A company's legal form and generic words are no part of its name to match («ООО», "Development", «Центр»)
COMPANY_WORDS = frozenset(
    [
        "ооо",
        "ао",
        "пао",
        "зао",
        "оао",
        "ип",
        "llc",
        "ltd",
        "inc",
        "девелопмент",
        "development",
        "центр",
        "center",
        "групп",
        "group",
        "компания",
        "company",
        "строй",
    ]
)
_developers_seen: dict[tuple[Any, ...], list[dict[str, Any]]] = {}


def developers(checks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each developer the checks' facts name, with the newest check of its building: [{name, words, address,
    check_id}] (kept while the checks stay as they are: reading a check's facts is its full detail)."""
    from pipeline.service import checks as checks_service

    key = tuple((c.get("id"), c.get("status")) for c in checks)
    if key not in _developers_seen:
        found: dict[str, dict[str, Any]] = {}
        newest: dict[Any, dict[str, Any]] = {}
        for c in checks:  # newest first: one check per property
            newest.setdefault(c.get("property_id", c.get("address")), c)
        for c in newest.values():
            for fact in checks_service.get_check(c["id"])["facts"] if c.get("id") is not None else []:
                subject = fact["subject"]
                if subject.get("level") == "developer" and subject.get("name") not in found:
                    words = {w for w in tokens(subject["name"]) if w not in COMPANY_WORDS and len(w) >= 4}
                    found[subject["name"]] = {
                        "name": subject["name"],
                        "inn": subject.get("key") if str(subject.get("key") or "").isdigit() else None,
                        "words": words,
                        "address": c["address"],
                        "check_id": c["id"],
                    }
        _developers_seen.clear()
        _developers_seen[key] = list(found.values())
    return _developers_seen[key]


def developer_in(text: str, known: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The one developer a text names by its name («по ГрадСтрою», "StroyInvest's reviews"), or None."""
    inn = re.search(r"(?<!\d)(\d{10}|\d{12})(?!\d)", text)  # «ИНН 7702000002»: the developer's own number
    if inn:
        by_inn = [d for d in known if d.get("inn") == inn.group(1)]
        if by_inn:
            return by_inn[0]
    said = [_sounds(translit(w)) for w in tokens(text) if len(w) >= 5]
    named = [d for d in known if any(_same_name(w, _sounds(translit(x))) for w in said for x in d["words"])]
    return named[0] if len(named) == 1 else None


def _same_name(said: str, name: str) -> bool:
    """A company's one-word name in another case or script («ГрадСтроя», "gradstroy"): all of it but its ending,
    never a part of it ("stroy" is not «СтройИнвест»)."""
    prefix = len(os.path.commonprefix([said, name]))
    return prefix >= len(name) - 2 and len(said) <= len(name) + 3 and len(name) >= 6


# -- checks ---------------------------------------------------------------------------------------------------
def address_words(address: str) -> set[str]:
    """The distinctive words of an address (street and house), without city and street-type words."""
    noise = {"г", "город", "москва", "ул", "улица", "д", "дом", "пр", "т", "проспект", "пр-т", "корп", "кв"}
    return {w for w in tokens(address) if w not in noise}


# A flat or another unit of a building: «кв. 9», «квартира 9», «в квартире №9», «кв. 5А», «оф. 45», «пом. 3»,
# "flat 9", "apt 9", "apartment #9", "office 12" (its number with a letter; the kind of unit is not compared)
FLAT = re.compile(
    r"(?:\bкв(?:\.|\b)|\bквартир\w*|\bоф(?:\.|\b)|\bофис\w*|\bпом(?:\.|\b)|\bпомещени\w*|\bflat\b|\bapt\b\.?"
    r"|\bapartment\b|\boffice\b|\bsuite\b)\s*(?:№|#|no\.?)?\s*(\d{1,4}[а-яa-z]?)(?![\w])",
    re.I,
)


def flat_of(text: str) -> str | None:
    """The flat number a text or an address names, or None."""
    found = FLAT.search(text)
    return found.group(1).lower() if found else None


def address_matches(text: str, address: str) -> bool:
    """True when a text names this address. Two whole addresses compare by the check pipeline's own keys (the
    building, then the flat when the text names one: a building names each of its flats). A fragment («по
    Ленинскому», "flat 101 on Tverskaya", «тверская д1») names it by its street word in any case form and, when it
    says one, the house number next to that street word; a flat said must be the address's flat (its number is never
    read as a house), and any other number («риска 60 по Ленинскому») is not a house."""
    said_address, known = _parsed_address(text), _parsed_address(address)
    if said_address is not None and known is not None and _names_settlement(text, said_address):
        if said_address.building_key != known.building_key:
            return False
        return said_address.flat_key is None or said_address.flat_key == known.flat_key
    said_flat, flat = flat_of(text), flat_of(address)
    if said_flat and flat and said_flat != flat:
        return False
    wanted = _address_tokens(FLAT.sub(" ", address))
    streets = [w for w in wanted if not w[0].isdigit() and w not in ADDRESS_NOISE]
    houses = {w for w in wanted if w[0].isdigit()}
    said = _address_tokens(FLAT.sub(" ", text))
    hits = [i for i, w in enumerate(said) if any(_similar(w, s) for s in streets)]
    houses_said = {h for i in hits for h in _house_beside(said, i)}
    part = _building_part(text)  # «д. 90, корп. 2» is another building than «д. 90»
    if part and part != _building_part(address):
        return False
    return bool(hits) and (not houses or not houses_said or bool(houses & houses_said))


# A building's part said after its house number: «д. 90, корп. 2», «90к2», «д. 5 стр. 1», "90 bldg 2"
BUILDING_PART = re.compile(
    r"\d[а-яa-z]?(?:\s*,?\s*(корп(?:ус)?\.?|к\.|стр(?:оение)?\.?|с\.|bldg\.?|building)|(?<=\d)([кс]))\s*(\d+)(?!\d)",
    re.I,
)  # a bare «с» or «к» only glued to the house («90с1»): «д. 90 с 2 декабря» is a date


def _building_part(text: str) -> tuple[str, str] | None:
    """The korpus or stroenie a text says after a house number, as ("к", "2") or ("с", "1"), else None."""
    said = BUILDING_PART.search(text)
    if said is None:
        return None
    word = (said.group(1) or said.group(2)).lower()
    return ("с" if word.startswith("с") else "к"), said.group(3)


ADDRESS_NOISE = {
    "г",
    "город",
    "москва",
    "ул",
    "улица",
    "д",
    "дом",
    "пр",
    "т",
    "кт",
    "проспект",
    "пр-т",
    "корп",
    "кв",
}
# Words between a street's name and its house number («Ленинский пр-т, д. 90», "Tverskaya st, 7")
BETWEEN = ADDRESS_NOISE | {
    "пер",
    "переулок",
    "шоссе",
    "бульвар",
    "б",
    "р",
    "наб",
    "набережная",
    "пл",
    "площадь",
    "st",
    "street",
    "ave",
    "avenue",
    "prospekt",
    "pr",
    "ul",
    "blvd",
    "lane",
    "house",
    "h",
    "no",
    "номер",
}
HOUSE_MARKS = {"д", "дом", "house", "h", "no", "номер"}


def _address_tokens(text: str) -> list[str]:
    """Words and house numbers: «д1» is «д» and «1», «10А» stays one number, «10/2» one too."""
    return re.findall(r"\d+[а-яa-z]?(?:/\d+)?|[^\W\d_]+", text.lower())


def _house_beside(said: list[str], at: int) -> list[str]:
    """The house number said with the street word at `at`: after it (through street-type and house words), or
    before it after a house word («д. 90 по Ленинскому») or right before it ("90 Leninsky")."""
    for w in said[at + 1 : at + 5]:
        if w[0].isdigit():
            return [w]
        if w not in BETWEEN:
            break
    before = said[max(0, at - 3) : at]
    for offset in range(len(before) - 1, -1, -1):
        w = before[offset]
        if w[0].isdigit():
            adjacent = offset == len(before) - 1
            marked = offset > 0 and before[offset - 1] in HOUSE_MARKS
            return [w] if adjacent or marked else []
        if w not in BETWEEN | {"по", "на", "у", "в", "at", "on", "of"}:
            break
    return []


def _names_settlement(text: str, parsed: Any) -> bool:
    """A whole address names its settlement: a known one ("Moscow" → region 77) or one said with its type («г.
    Пушкино»); «тверская д1 какой риск» parses too, as a town named Тверская nobody said."""
    if parsed.region != "-":
        return True
    # «с» and «д» only with their dot: «тверская 1 с прошлого раза» is since last time, not a village
    marker = r"(?<!\w)(?:г\.?|гор\.?|город|пос\.?|посёлок|поселок|пгт|с\.|село|дер\.?|деревня|д\.)\s*"
    return re.search(marker + re.escape(parsed.settlement), text, re.I) is not None


def _parsed_address(text: str) -> Any:
    """The text as a whole address by the check pipeline's parser, or None when it is not one."""
    from pipeline.checks.address import AddressRefused, parse_address

    try:
        return parse_address(text)
    except AddressRefused:
        return None


def addresses_of_flat(text: str, checks: list[dict[str, Any]]) -> list[str]:
    """The checked addresses with the flat a text names by its number alone («по кв. 9»), newest first."""
    said = flat_of(text)
    found: list[str] = []
    for row in checks if said else []:
        if flat_of(row["address"]) == said and row["address"] not in found:
            found.append(row["address"])
    return found


# A house said by its number beside a house noun and no street («по 90 дому», "house 90", «в доме 90»)
HOUSE_ALONE = re.compile(
    r"(?<![\d.,#№])(\d{1,4})(?:-?(?:й|му|м|ом|го))?\s+(?:дом|здани)\w*|\b(?:дом\w*|house|building)\s*(?:№|#|no\.?)?\s*(\d{1,4})\b",
    re.I,
)
HOUSE_OF = re.compile(r"(?:\bд\.?|дом)\s*(\d{1,4})(?!\d)", re.I)


def addresses_of_house(text: str, checks: list[dict[str, Any]]) -> list[str]:
    """The checked addresses whose house is the number a text says with a house noun and no street, newest first."""
    said = HOUSE_ALONE.search(text)
    number = next((g for g in said.groups() if g), None) if said else None
    found: list[str] = []
    for row in checks if number else []:
        house = HOUSE_OF.search(row["address"])
        if house and house.group(1) == number and row["address"] not in found:
            found.append(row["address"])
    return found


def _newest_facts(limit: int = 50) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """(check, fact) of the newest checks, newest check first: what the fact lookups below search."""
    from pipeline.service import checks as checks_service

    for row in checks_service.list_checks(limit):
        for fact in checks_service.get_check(row["id"])["facts"]:
            yield row, fact


def fact_with_key(key: str) -> tuple[int, int, str] | None:
    """(check id, fact id, source) of the newest check holding a fact with this key (a court case's number)."""
    return next(((row["id"], f["id"], f["source"]) for row, f in _newest_facts() if f["key"] == key), None)


COURT_TALK = re.compile(
    r"суд|(?<!\w)дел[оауе](?!\w)|истц|истиц|ответчик|plaintiff|defendant|\bcase\b|lawsuit|\bcourt|\bsued\b",
    re.I,
)


def case_of_party(text: str) -> str | None:
    """The number of the court case a question names by a party («дело, где истица Иванова Мария Петровна», "the
    case Bank Razvitie brought"), among the newest checks' court facts; None when no party of one case is named."""
    if not COURT_TALK.search(text):
        return None
    from agent.language import as_cyrillic

    lowered = text.lower()
    words = re.findall(r"\w+", lowered)
    # "the Ivanova case": a Russian party's surname written in Latin letters is hers too
    words += [as_cyrillic(w) for w in words if re.fullmatch(r"[a-z]{4,}", w)]
    found = {
        fact["key"]
        for _, fact in _newest_facts(20)
        if fact["type"] == "court_case"
        for party in (fact["value"].get("plaintiff"), fact["value"].get("defendant"))
        if party and _party_named(party, lowered, words)
    }
    return found.pop() if len(found) == 1 else None


def court_case(key: str) -> dict[str, Any] | None:
    """A court case's value (number, court, parties, category, status) as the newest check holding it has it."""
    return next((dict(f["value"]) for _, f in _newest_facts(20) if f["key"] == key), None)


def _party_named(party: str, lowered: str, words: list[str]) -> bool:
    """A company by the name in its quotes («Банк Развитие»); a person by the surname, in any case ending
    (Иванова, Ивановой)."""
    quoted = re.search(r"«([^»]+)»", party)
    if quoted:
        name = quoted.group(1).lower()
        return name in lowered or name[:-2] in lowered
    surname = party.split()[0].lower()
    stem = surname[:-1] if len(surname) > 5 else surname
    return any(w.startswith(stem) for w in words)


def address_of_cadastral(number: str) -> str | None:
    """The address of the newest check whose facts hold this cadastral number («77:06:0002002:2002»), or None."""
    return next(
        (
            row["address"]
            for row, f in _newest_facts()
            if f["type"] == "cadastral_number" and f["value"].get("number") == number
        ),
        None,
    )


def one_building(addresses: list[str]) -> str | None:
    """The first of the addresses when they are all one building (written differently), else None."""
    keys = {(parsed.building_key if (parsed := _parsed_address(a)) else a) for a in addresses}
    return addresses[0] if len(keys) == 1 else None


def order_in(text: str) -> str | None:
    lowered = text.lower()
    said = [(m.start(), name) for name, p in ORDINALS.items() if (m := re.search(p, lowered))]
    return (
        min(said)[1] if said else None
    )  # «снимок второй проверки по сравнению с первой»: the one said first


def pick_check(
    checks: list[dict[str, Any]], order: str | None, address: str | None, after: int | None = None
) -> dict[str, Any] | None:
    """The check meant by an order and an address among `checks` (newest first, as `list_checks` gives them)."""
    rows = [c for c in checks if not address or address_matches(address, c["address"])]
    if address and not flat_of(
        address
    ):  # the building named: its own checks, not its flats', when it has any
        rows = [c for c in rows if not flat_of(c["address"])] or rows
    if not rows:
        return None
    oldest_first = rows[::-1]
    if order in ORDER_INDEX:
        index = ORDER_INDEX[order]
        return oldest_first[index] if index < len(oldest_first) else None
    if order == "previous":
        if after is not None:
            earlier = [c for c in rows if c["id"] < after]
            return earlier[0] if earlier else None
        return rows[1] if len(rows) > 1 else None
    return rows[0]


# -- people ---------------------------------------------------------------------------------------------------
# Everyday words that look like the start of a name ("will" ~ Wilson): never a person
NOT_NAMES = frozenset(
    ["will", "with", "when", "what", "were", "them", "then", "than", "this", "that", "there", "their", "they"]
)


# A person named as the one who wrote or said something ("what did sarah write", «что писала Маша»): the name, for
# an answer that says no such author wrote (and who did) instead of a search for the name's letters
SAID_BY_EN = re.compile(
    r"\b(?:did|has|have|had)\s+(?:(?:um+|uh+|like|erm)\s+)*(?P<name>[A-Za-z][a-z]+(?:\s+[A-Z][a-z]+)?)"
    r"(?:\s+from\s+\w+)?\s+(?:write|written|say|said|post|posted|send|sent|mention|mentioned|comment|tell|told)\b"
    r"|\bfrom\s+(?P<from>(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
    r"|April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b"
    # "Mrs Maria Ivanova wrote to us", "that Dmitry Petrov sent …": a full name, then what they did
    r"|(?:\b(?:Mrs?|Ms|Miss|Dr)\.?\s+)?\b(?P<wrote>[A-Z][a-z]+\s+[A-Z][a-z]+)\s+(?:wrote|said|sent|posted|messaged|emailed)\b"
)
SAYING_RU = re.compile(
    r"(?<!\w)(?:на|по|понa)?пис\w*|(?<!\w)понапис\w*|кто так(?:ой|ая)\b|сказал\w*|говорил\w*|сообщ\w*|обещал\w*|присылал\w*|прислал\w*|упомина\w*|(?<!\w)от(?!\w)",
    re.I,
)
WRITING_EN = re.compile(
    r"\b(?:messages?|wrote|writ\w*|said|heard|notes?|e-?mails?|comments?|anything)\b", re.I
)
NOT_A_PERSON = frozenset(
    [
        "we",
        "you",
        "they",
        "he",
        "she",
        "it",
        "i",
        "someone",
        "somebody",
        "anyone",
        "anybody",
        "everyone",
        "nobody",
        "people",
        "client",
        "clients",
        "customer",
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "team",
        "anyone",
        "our",
        "your",
        "their",
    ]
)


def person_said(text: str, authors: list[dict[str, Any]] | None = None) -> str | None:
    """A person the question names as the one who wrote or said something, when no author of memory is that
    person ("what did sarah from northwind write", «что писала Маша?»); None otherwise."""
    from pipeline.text.lemmas import analyzer

    names: list[str] = []
    for m in SAID_BY_EN.finditer(text):
        name = m.group("name") or m.group("from") or m.group("wrote")
        if m.group("from") and not WRITING_EN.search(text):  # "from Monday", "from Leninsky": not a person
            continue
        if name and name.split()[0].lower() not in NOT_A_PERSON:
            names.append(name)
    if SAYING_RU.search(text):
        said = re.findall(r"[А-ЯЁа-яё]+", text)
        for i, w in enumerate(said):
            parse = analyzer().parse(w.lower())[0]
            if "Name" in parse.tag and parse.score >= 0.3:
                name = parse.normal_form.capitalize()
                if i + 1 < len(said) and said[i + 1][:1].isupper():  # «Ольга Кузнецова», «Ольги Кузнецовой»
                    surnames = [p for p in analyzer().parse(said[i + 1].lower()) if "Surn" in p.tag]
                    same = [p for p in surnames if p.tag.gender == parse.tag.gender] or surnames
                    nominative = same[0].inflect({"nomn"}) if same else None
                    name += f" {nominative.word.capitalize()}" if nominative else ""
                names.append(name)
    for name in names:
        if people_in(name, authors) or projects_in(name) or _vendor_or_job(name.split()[0]):
            continue
        return name
    return None


def people_in(text: str, authors: list[dict[str, Any]] | None = None) -> list[str]:
    """Authors a text names, by first or last name in any case form or script ("Ирину", "Irina", "Соколовой")."""
    from pipeline.service import memory as memory_service

    authors = memory_service.authors() if authors is None else authors
    said = [w for w in tokens(text) if len(w) >= 3 and w not in NOT_NAMES]
    found: list[str] = []
    for row in authors:
        name = row["author"]
        if name in found:
            continue
        if any(_similar(w, part) for w in said for part in tokens(name) if len(part) >= 3):
            found.append(name)
    return found


def job_description(name: str) -> str:
    """What a job does, in the words of its registration (translated by the catalogs where it is shown)."""
    spec = registered_jobs().get(name)
    return spec.description if spec and spec.description else name
