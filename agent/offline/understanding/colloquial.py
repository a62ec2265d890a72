"""Stage 0: everyday words said for the product's own. People say «линейка» for Linear and «прогон» for a run;
the later stages read the product's words, so each such word is put back, by its lemma (pymorphy3), in the same
case and number («прогона» → «запуска»). Rules as data: each row says why it exists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent.offline.understanding.morphology import WORD, analyzer, word


@dataclass(frozen=True)
class Everyday:
    lemma: str  # the lemma people say
    product: str  # the product's word for it (a name stays as it is; a Russian noun is inflected to match)
    why: str
    inflect: bool = (
        True  # a loan word said as it is («ран 8», «билд 11»): its case cannot be read, none is put
    )


EVERYDAY: tuple[Everyday, ...] = (
    Everyday("линейка", "линеар", "the team's nickname for Linear; nothing in Mirano is a ruler"),
    Everyday("линейный", "линеар", "«линейный синк»: the adjective of the same nickname"),
    Everyday("прогон", "запуск", "testers call a run «прогон»"),
    Everyday("прогонка", "запуск", "«прогонка» is the same run"),
    Everyday(
        "кусок", "фрагмент", "«сколько кусков в памяти лежит»: the chunks of project memory, said plainly"
    ),
    Everyday("слепок", "снимок", "«покажь слепок по Тверской»: a report's snapshot, said as a cast of it"),
    Everyday("сожрать", "потратить", "«сколько сожрал импорт»: money or calls spent"),
    Everyday("спалить", "потратить", "«скока мы спалили бабла»: money burnt is money spent"),
    Everyday("бабло", "деньги", "«бабла»: money, in slang"),
    Everyday("зарефрешить", "обновить", "«зарефреш Тверскую»: refresh, a marketer's loan word"),
    Everyday("рефрешнуть", "обновить", "«рефрешни листинги»: the same"),
    Everyday("слопать", "потратить", "the same, said another way"),
    Everyday("бэкофф", "backoff", "engineers say «в бэкоффе» for a job backing off after failures"),
    Everyday("бекофф", "backoff", "the same, spelt with е"),
    Everyday("ран", "запуск", "«ран 8»: an engineer's word for a run", inflect=False),
    Everyday("билд", "сборка", "«билд 11»: the index build, memory.build", inflect=False),
    Everyday("синк", "синхронизация", "«синк линейки»: a sync", inflect=False),
    Everyday("скок", "сколько", "«скок стоил чатвут»: how much, said in a hurry", inflect=False),
    Everyday("седня", "сегодня", "«скок ранов седня»: today, said as heard", inflect=False),
    Everyday("ретрайни", "повтори", "«ретрайни его»: an engineer's retry, asked", inflect=False),
    Everyday("ретрайнуть", "повторить", "«надо ретрайнуть»: the same, as an infinitive", inflect=False),
    Everyday(
        "ранов", "запусков", "«скок ранов»: runs (a wound's plural is «ран», never «ранов»)", inflect=False
    ),
    Everyday("скока", "сколько", "the same, spelt as said", inflect=False),
    Everyday("када", "когда", "«када следующий запуск?»: when, spelt as said", inflect=False),
    Everyday("кагда", "когда", "the same, misspelt", inflect=False),
    Everyday(
        "вотч", "отслеживание", "«сделай вотч на проект»: a watch, said as the English word", inflect=False
    ),
    Everyday("уведы", "уведомления", "«хочу уведы получать»: notices, clipped", inflect=False),
    Everyday(
        "кадэнс", "периодичность", "«какой у него кадэнс?»: cadence, said as the English word", inflect=False
    ),
    Everyday("каденс", "периодичность", "the same, spelt with е", inflect=False),
    Everyday("пжлст", "пожалуйста", "«перепровер тверскую пжлст»: please, typed short", inflect=False),
    Everyday("пжл", "пожалуйста", "the same, shorter", inflect=False),
    Everyday(
        "плиз", "пожалуйста", "«покажи риски проекта плиз»: please, said as the English word", inflect=False
    ),
    Everyday("плз", "пожалуйста", "the same, typed short", inflect=False),
    Everyday(
        "перепровер",
        "перепроверь",
        "«перепровер тверскую 1»: the imperative typed without its ь",
        inflect=False,
    ),
    Everyday("покажь", "покажи", "«покажь слепок»: show, said in dialect", inflect=False),
    Everyday("пни", "дёрни", "«пни импорт линеара»: kick it, as «give it a kick»", inflect=False),
    Everyday(
        "зафинализируйте",
        "зафиксируйте",
        "«зафинализируйте проверку»: finalize, said as the English word",
        inflect=False,
    ),
    Everyday("зафинализируй", "зафиксируй", "the same, said to one", inflect=False),
    Everyday("финализируй", "зафиксируй", "the same", inflect=False),
    Everyday("финализируйте", "зафиксируйте", "the same, said politely", inflect=False),
    Everyday("рейс", "запуск", "«рейс был пропущен»: a run, said as a railwayman's trip"),
    Everyday("ребутни", "перезапусти", "«ребутни синк»: reboot, said as the English word", inflect=False),
    Everyday("ребутните", "перезапустите", "the same, said politely", inflect=False),
    Everyday(
        "рестартни", "перезапусти", "«рестартни сборку»: restart, said as the English word", inflect=False
    ),
    Everyday("ребутнуть", "перезапустить", "the same, the infinitive", inflect=False),
    Everyday("рестартнуть", "перезапустить", "the same, the infinitive", inflect=False),
    Everyday("дайджестик", "дайджест", "«дайджестик», «счётик», «сметочка»: the same things, said fondly"),
    Everyday("проверочка", "проверка", "«проверочку по Ленинскому»: a check, said fondly"),
    Everyday("квартирка", "квартира", "«квартирка-то сколько стоит»: a flat, said fondly"),
    Everyday("рисочок", "риск", "«какие там рисочки»: risks, said fondly"),
    Everyday("разочек", "раз", "«ещё разочек»: once more, said fondly"),
    Everyday("отчетик", "отчёт", "«отчётик по проверке»: a report, said fondly"),
    Everyday("сводочка", "сводка", "«сводочку за неделю»: the digest, said fondly"),
    Everyday("запусочек", "запуск", "«запусочек»: a run, said fondly"),
    Everyday("счётик", "счёт", "the same invoice, said fondly"),
    Everyday("сметочка", "смета", "the same estimate, said fondly"),
    Everyday("планёрочка", "планёрка", "a meeting said fondly (the reason of a request, not its subject)"),
    Everyday("подтянуться", "загрузиться", "«что ещё не подтянулось?»: what has not been fetched yet"),
    Everyday("нотис", "уведомление", "«джоба нотисов»: notices, said as the English word sounds"),
    Everyday("инвойс", "счёт", "«что с инвойсом?»: an invoice is a «счёт» in the data"),
    Everyday(
        "мемори",
        "memory",
        "«мемори когда запустится»: the memory jobs, said in Russian letters",
        inflect=False,
    ),
    Everyday("след", "следующий", "«след раз», «след запуск»: next, said short", inflect=False),
    Everyday("объява", "объявление", "«объявы там свежие?»: listings, in a realtor's slang"),
    Everyday("ничё", "ничего", "«ничё не нашла»: nothing, said as heard", inflect=False),
    Everyday("ниче", "ничего", "the same, spelt with е", inflect=False),
    Everyday("пинг", "уведомление", "«чё за пинг #2?»: a notice that pinged the reader"),
    Everyday(
        "чекать", "проверять", "«когда чекали ленинский»: checked, said as the English word", inflect=False
    ),
    Everyday("катка", "запуск", "«последняя катка скипнулась»: a gamer's round is a run"),
    Everyday("заход", "запуск", "«когда следующий заход»: the next go is the next run"),
    Everyday("док", "документ", "«скок доков в памяти»: documents; nothing in Mirano is a dock or a doctor"),
)
BY_LEMMA = {row.lemma: row for row in EVERYDAY}
NOUN_GRAMMEMES = ("nomn", "gent", "datv", "accs", "ablt", "loct", "sing", "plur")
VERB_GRAMMEMES = ("past", "masc", "femn", "neut", "sing", "plur")  # «сожрала» → «потратила»


def _inflected(said: str, product: str) -> str:
    """The product's word in the case and number of the word that was said («прогона» → «запуска»)."""
    if not re.search(r"[а-яё]", product):
        return product
    tag = analyzer().parse(said)[0].tag
    grammemes = VERB_GRAMMEMES if tag.POS == "VERB" else NOUN_GRAMMEMES  # a noun's gender is its own
    wanted = {g for g in grammemes if g in tag}
    form = analyzer().parse(product)[0].inflect(wanted) if wanted else None
    return form.word if form else product


# Shorthand written in a hurry, put back as the words the later stages read
# «проверка 4 — отмена», «синк чатвута — на паузу»: a bot-like command, the thing then the action after a dash
COMMAND_AFTER_DASH = {
    "отмена": "отмени",
    "отменить": "отмени",
    "на паузу": "поставь на паузу",
    "пауза": "поставь на паузу",
    "перезапуск": "перезапусти",
    "перезапустить": "перезапусти",
    "повтор": "повтори",
    "повторить": "повтори",
    "стоп": "останови",
    "запуск": "запусти",
    "запустить": "запусти",
    "с паузы": "сними с паузы",
    "перегенерить": "перезапусти",
    "перегенерировать": "перезапусти",
    "пересобрать": "пересобери",
    "обновить": "обнови",
    "выставить": "выставь",  # «Чатвут: интервал 30 мин вместо 12 — выставить.»: an order, the verb last
    "поставить": "поставь",
    "установить": "установи",
    "применить": "примени",
}
# («чек 4 — отмена. срочно»: the hurry after the command is not more of it)
DASH_COMMAND = re.compile(
    rf"^\s*(\S.*?)\s+[—–-]\s*({'|'.join(COMMAND_AFTER_DASH)})\W*(?:(?:срочно|щас|сейчас|плиз|now|asap|pls"
    r"|немедленно|немедл|сразу)\W*)*(?:[.!]\s+.{0,60})?$",
    re.I,
)


# «Счёт-то оплатили?», «дай-ка»: an emphatic particle, dropped; «что-то», «кто-то» are words of their own
PARTICLE_AFTER = re.compile(r"(?<!\w)([А-ЯЁа-яё]+)-(?:то|ка|таки)(?!\w)")
INDEFINITE = frozenset(
    [
        "кто",
        "что",
        "где",
        "как",
        "когда",
        "куда",
        "откуда",
        "какой",
        "какая",
        "какое",
        "какие",
        "чей",
        "чья",
        "чьё",
        "чьи",
        "почему",
        "зачем",
        "сколько",
        "чего",
        "чём",
        "чем",
        "кого",
        "кому",
        "каким",
        "каких",
        "каком",
        "какую",
    ]
)


def _particle(match: re.Match[str]) -> str:
    return match.group(0) if match.group(1).lower() in INDEFINITE else match.group(1)


def _command(match: re.Match[str]) -> str:
    return f"{COMMAND_AFTER_DASH[match.group(2).lower()]} {match.group(1)}"


# A question put as SQL ("select status, reason from runs where id = 9", "delete from people where name = 'Tom'",
# "count(*) from checks group by status"): said again in words, the table's noun with its conditions
SQL = re.compile(
    r"^\W*(?P<verb>select|delete|count)\s*(?P<what>.*?)\s*\bfrom\s+(?P<table>\w+)"
    r"(?:\s+where\s+(?P<where>.+?))?(?:\s+group\s+by\s+(?P<group>\w+))?(?:\s*(?:limit\s+\d+))?"
    r"\s*(?P<rest>(?:[;.?!](?=\s|$)|\s[—–-]\s).*)?$",
    re.I | re.S,
)
SQL_NOUNS = {"runs": "run", "checks": "check", "people": "person", "jobs": "job", "tasks": "task",
             "credentials": "credentials", "secrets": "secret", "costs": "cost", "snapshots": "snapshot"}  # fmt: skip
SQL_CONDITION = re.compile(r"(\w+)\s*(?:=|==|like)\s*'?([^'\s]+(?:\s[^'\s=]+)*?)'?\s*$", re.I)


def _sql_said(text: str) -> str:
    said = SQL.match(text)
    if not said:
        return text
    noun = SQL_NOUNS.get(said.group("table").lower(), said.group("table"))
    named = []
    for condition in re.split(r"\s+and\s+", said.group("where") or "", flags=re.I):
        pair = SQL_CONDITION.search(condition.strip())
        if pair:  # "id = 9" is the thing's number; "job = 'ingest.attio'", "status = 'failed'" say which
            named.append(f"{noun} {pair.group(2)}" if pair.group(1).lower() == "id" else pair.group(2))
    what = re.sub(
        r"\*|count\s*\(\s*\*?\s*\)|\bapi_key\b",
        lambda m: "api key" if "api" in m.group(0) else "",
        said.group("what"),
    )
    what = " ".join(w for w in re.split(r"[\s,]+", what.replace("_", " ")) if w)
    rest = (said.group("rest") or "").strip(" ;.—–-")
    if said.group("verb").lower() == "delete":
        words = f"delete all data about {' '.join(named)}"
    elif (
        said.group("verb").lower() == "count" or said.group("group") or "count" in said.group("what").lower()
    ):
        words = f"how many {said.group('table')}" + (
            f" by {said.group('group')}" if said.group("group") else ""
        )
    else:
        subject = (
            " ".join(named) if any(n.startswith(noun) for n in named) else f"{' '.join(named)} {noun}".strip()
        )
        words = f"show the {what or 'details'} of {subject}".replace("  ", " ")
    return f"{words}. {rest}".strip(" .") + ("?" if not rest else "")


def _in_its_cases(
    stem: str, forms: dict[str, str], after: str = r"(?!\w)"
) -> tuple[tuple[re.Pattern[str], str], ...]:
    """A word said in its cases (the ending after `stem`), each put back as the product's word in the same case."""
    return tuple((re.compile(rf"(?<!\w){stem}{end}{after}", re.I), to) for end, to in forms.items())


SHORTHAND = (
    (DASH_COMMAND, _command),
    (PARTICLE_AFTER, _particle),
    (re.compile(r"(?<!\w)w/o(?=\s)", re.I), "without"),  # "w/o economy"
    # «чек 4», «риск чек 1», «кол-во чеков»: a check, in chat Russian (a receipt is never numbered so)
    (re.compile(r"(?<!\w)чек(?=\s*[#№]?\s*\d)", re.I), "проверка"),
    (re.compile(r"(?<!\w)чеков(?!\w)", re.I), "проверок"),
    (re.compile(r"(?<!\w)кол-во(?!\w)", re.I), "количество"),
    # a pensioner's own words: «справка» is a check's report, «прогонка» a run, «программка» a job
    (re.compile(r"(?<!\w)справк(?=[аиуеой]\w*)", re.I), "проверк"),
    (re.compile(r"(?<!\w)прогонк(?=[аиуеой]\w*)", re.I), "запуск"),
    (re.compile(r"(?<!\w)программк(?=[аиуеой]\w*)", re.I), "задани"),
    # «синхронизация последний раз гоняла», «когда гоняли сборку»: ran (past), not a run to come
    *(
        (re.compile(rf"(?<!\w){said}(?!\w)", re.I), ran)
        for said, ran in (
            ("гонял", "запускался"),
            ("гоняла", "запускалась"),
            ("гоняло", "запускалось"),
            ("гоняли", "запускали"),
            ("гоняется", "запускается"),
            ("гоняются", "запускаются"),
        )
    ),
    # a cadence said in words ("once an hour", "hourly", «раз в полчаса», «дважды в сутки»): as minutes or hours
    (
        re.compile(r"\b(?:once (?:an|every|per|each) hour|every (?:single )?hour|hourly(?! rate))\b", re.I),
        "every 60 min",
    ),
    (re.compile(r"\b(?:twice (?:an|per|every) hour|every half(?:[ -]an)?[ -]hour)\b", re.I), "every 30 min"),
    (re.compile(r"\bevery other hour\b", re.I), "every 2 h"),
    (re.compile(r"\bonce (?:a|per|every) day\b", re.I), "every 24 h"),
    (re.compile(r"\btwice (?:a|per) day\b", re.I), "every 12 h"),
    (re.compile(r"(?<!\w)(?:раз в час|каждый час|ежечасно)(?!\w)", re.I), "каждые 60 мин"),
    (
        re.compile(r"(?<!\w)(?:(?:раз в|каждые) полчаса|(?:два раза|дважды) в час)(?!\w)", re.I),
        "каждые 30 мин",
    ),
    (re.compile(r"(?<!\w)раз в (?:сутки|день)(?!\w)", re.I), "каждые 24 ч"),
    (re.compile(r"(?<!\w)(?:два раза|дважды) в (?:сутки|день)(?!\w)", re.I), "каждые 12 ч"),
    # «покажите снимочек отчёта»: a snapshot said fondly (the dictionary reads the diminutive's case wrong)
    *_in_its_cases(
        "снимоч",
        {
            "ек": "снимок",
            "ка": "снимка",
            "ку": "снимку",
            "ком": "снимком",
            "ке": "снимке",
            "ки": "снимки",
            "ков": "снимков",
        },
    ),
    # «скока всего анализов», «анализ 4 чё ждёт?»: a check, in a student's word («анализ рисков» stays an analysis)
    *_in_its_cases(
        "анализ",
        {
            "": "проверка",
            "а": "проверки",
            "у": "проверке",
            "ом": "проверкой",
            "е": "проверке",
            "ы": "проверки",
            "ов": "проверок",
            "ам": "проверкам",
            "ами": "проверками",
            "ах": "проверках",
        },
        after=r"(?!\w)(?!\s+(?:риск|данн|расход|затрат|стоимост|обещ|памят|переписк))",
    ),  # fmt: skip
    # «в ране 8», «с рана 8»: the engineer's «ран» (a run) in a case, before its number
    *_in_its_cases(
        "ран",
        {"е": "запуске", "а": "запуска", "у": "запуску", "ом": "запуском"},
        after=r"(?=\s*(?:#|№)?\s*\d)",
    ),
    # Caribbean English: "why de run get skip?", "cancel de listings fetch": "de" for "the" before a word of ours
    (
        re.compile(
            r"\bde\b(?=\s+(?:run|runs|sync|check|digest|build|job|listings?|economy|weekly|budget|notices?|project"
            r"|last|next|first|price|risk|attio|linear|chatwoot|memory)\b)",
            re.I,
        ),
        "the",
    ),
    # "the notice I haven't red yet": autocorrect's "red" for "read"
    (
        re.compile(r"\b(haven'?t|have not|hasn'?t|has not|not|never|already|just|i|we)\s+red\b", re.I),
        r"\1 read",
    ),
    # "what's Tom been giving out about?" (Irish), "moaning", "whinging", "kvetching": complaining
    (re.compile(r"\b(?:giving|give|gives|gave|given) out (?=about\b)", re.I), "complaining "),
    (re.compile(r"\b(?:moan|whing|kvetch|bitch)(?:e|ing|ed|es|s)?\b(?=\s+about\b)", re.I), "complaining"),
    # «мемори-джоба», «синк-джоб»: a job named by a hyphened word, its parts said apart
    (re.compile(r"(?<=[а-яё])-(?=джоб)", re.I), " "),
    # English verbs in Cyrillic: «зааппрувь экшен», «ресинкни чатвут», «рекчек»
    (re.compile(r"(?<!\w)за?ап+рув(?=ил)", re.I), "примен"),  # «заапрувил» → «применил»: the past kept
    (re.compile(r"(?<!\w)за?ап+рув(?:ить|ь|ьте|ни)?(?!\w)", re.I), "примени"),
    (re.compile(r"(?<!\w)ресинкн\w*|(?<!\w)ресинк(?!\w)", re.I), "перезапусти синхронизацию"),
    (re.compile(r"(?<!\w)(?:рекчек|речек|ретчек|речeк)\w*", re.I), "перепроверка"),
    (re.compile(r"(?<!\w)экшен\w*", re.I), "действие"),
    (
        re.compile(r"(?<!\w)запуш(?:ь|ьте|ить|и)(?!\w)", re.I),
        "запусти",
    ),  # «запушь ребилд»: push it, i.e. start it
    (re.compile(r"(?<!\w)ребилд(?!ни)\w*", re.I), "пересборку"),  # «ребилд индекса»: the index rebuilt
    # «лимит штуку токенов», «косарь запросов»: a thousand, in slang, before what it counts
    (
        re.compile(
            r"(?<!\d\s)(?<!\w)(?:штук[ау]|косар[ья]|тыщ[ау])(?=\s+(?:токен|обращ|запрос|эмбеддинг|вызов|рубл|доллар))",
            re.I,
        ),
        "1000",
    ),
    # «скок из них скипнулось?», «ран скипнулся»: skipped
    (re.compile(r"(?<!\w)скипнул(?:ось|ся|ась|ись|и|а)?(?!\w)", re.I), "пропущено"),
    # «эко-режим врубить»: economy mode, clipped
    (re.compile(r"(?<!\w)эко[\s-]?режим\w*", re.I), "режим экономии"),
    # «шо с ценой было-стало?»: what changed
    (re.compile(r"(?<!\w)было[\s-]*(?:/|и)?[\s-]*(?:(?:чё|что|шо)\s+)?стало(?!\w)", re.I), "изменилось"),
    # "the digest fell over last night": failed
    (re.compile(r"\b(?:fell|falls|fall) over\b", re.I), "failed"),
    # a ticket's key before its title ("[MIR-105] Повторить запуск #9") names the ticket, not an issue asked about
    (re.compile(r"^\s*\[[A-Z][A-Z0-9]*-\d+\]\s*"), ""),
    # a ticket's labels: the lines after them say what is asked and what is seen; a hypothesis supposes
    (
        re.compile(
            r"(?m)^\s*(?:Шаги воспроизведения|Описание|Ожидаемый результат|Фактический результат|Вопрос|Steps to reproduce|Description|Expected(?: result)?|Actual(?: result)?|Question)\s*:\s*",
            re.I,
        ),
        "",
    ),
    (re.compile(r"(?m)^\s*(?:Гипотеза|Hypothesis)\s*:\s*", re.I), "Если "),
    # "# active risks, # suggested actions": the number of each
    (re.compile(r"(?<![\w#])#\s+(?=[a-z])", re.I), "number of "),
    # "suggested actions pending apply": waiting, not an ask to apply them
    (
        re.compile(r"\b(?:pending|awaiting|waiting (?:for|on))\s+(?:apply|approval|application)\b", re.I),
        "pending",
    ),
    # «когда чекали ленинский», «сколько источников зафетчили»: checked and fetched, said as the English words
    (re.compile(r"(?<!\w)чекали(?!\w)", re.I), "проверяли"),
    (re.compile(r"(?<!\w)(?:за)?фетчил\w*", re.I), "получили"),
    # a dispatcher's «пропущенный рейс»: a run that was skipped (a flight alone stays a flight)
    (re.compile(r"(?<!\w)(пропущенн\w*|последн\w*|упавш\w*|скипнут\w*)\s+рейс(\w*)", re.I), r"\1 запуск\2"),
    # «последние раны `ingest.chatwoot`»: runs, beside a job's name (alone, «раны» are wounds)
    (re.compile(r"(?<!\w)раны(?=\s+[`'\"«]?[a-z]+\.[a-z])", re.I), "запуски"),
    # product words a voice-to-text heard wrong: "chat woot", "at tío", "lean ear", "north wind", "in jest"
    (re.compile(r"\bchat[\s-]+woo?t\b", re.I), "chatwoot"),
    (re.compile(r"\bat[\s-]+t[ií]o\b|\batty[\s-]?o\b", re.I), "attio"),
    (re.compile(r"\blean[\s-]+(?:ear|year)\b|\blinnear\b", re.I), "linear"),
    (re.compile(r"\bnorth[\s-]+wind\b", re.I), "northwind"),
    (re.compile(r"\bmemory[\s-]+bil?d\b", re.I), "memory build"),
    (re.compile(r"\bin[\s-]+jest\b", re.I), "ingest"),
    # the same heard in Russian: «чат вута», «лин ир», «норд винд», «альфа строй»
    (re.compile(r"(?<!\w)чат[\s-]+вут(?=\w*)", re.I), "чатвут"),
    (re.compile(r"(?<!\w)(?:лин[\s-]+(?:ир|еар|ear)|линир)(?=\w*)", re.I), "линеар"),
    (re.compile(r"(?<!\w)(?:норд|норс)[\s-]+винд\w*", re.I), "northwind"),
    (re.compile(r"\b(what|how|who|where|why|when)['’]d\b", re.I), r"\1 did"),  # "what'd it cost us?"
    (re.compile(r"(?<!\w)w/(?=\s)", re.I), "with"),  # "w/ economy on whats the limit"
    # "gimme the key", "lemme know", "wanna rerun it": said as spoken
    (re.compile(r"\bgimme\b", re.I), "give me"),
    (re.compile(r"(?<!\w)an'(?=\s)", re.I), "and"),
    (
        re.compile(r"(?<!\w)ребилдни(?:те)?(?!\w)", re.I),
        "пересобери",
    ),  # «ребилдни индекс»: rebuild, as the English word
    # «или поезд уже ушёл?»: an idiom for "too late", no train
    (re.compile(r"(?<!\w)поезд\s+(?:уже\s+)?уш[её]л(?!\w)", re.I), "уже поздно"),
    # "wtf is the linear one's reason": what is, said in exasperation
    (re.compile(r"\b(?:wtf|wth)\s+(?=(?:is|are|was|were|happened|did|does|do)\b)", re.I), "what "),
    # "what'd it set us back?": what it cost
    (re.compile(r"\bset (?:us|me|you|them) back\b", re.I), "cost us"),
    # "'ave I read it?", "'as it run?": the h dropped, as a Londoner says it
    (re.compile(r"(?<![\w'])'(ave|as|ad)\b", re.I), r"h\1"),
    # "how much dat check cost we?": "that", said as in the Caribbean, before a thing of Mirano's
    (
        re.compile(
            r"\bdat\s+(?=(?:check|run|one|job|sync|project|address|snapshot|report|notice|build)\b)", re.I
        ),
        "that ",
    ),  # "who kicked off run 8, an' did it bring in anything?"
    (re.compile(r"\blemme\b", re.I), "let me"),
    (re.compile(r"\bwanna\b", re.I), "want to"),
    (re.compile(r"\bgonna\b", re.I), "going to"),
    # "Bitte pause the job", "per favore, re-check it", «por favor»: please, in the asker's language
    (
        re.compile(
            r"\b(?:bitte|per favore|por favor|porfa|s'il (?:te|vous) pla[iî]t|svp|alsjeblieft|prosz[eę])\b",
            re.I,
        ),
        "please",
    ),
    # a risk said in slang ("what's looking dicey?", "any red flags?"): the risks
    (re.compile(r"\b(?:looking |look )?(?:dicey|iffy|dodgy|shaky)\b|\bred flags?\b", re.I), "at risk"),
    # «обьявления», «обьект», «подьезд»: ь typed for ъ after a prefix (the dictionary knows only the ъ spelling)
    (re.compile(r"(?<!\w)(об|под|от|из|раз|вз|с)ь(?=[еёюя])", re.I), r"\1ъ"),
    # «зарефреш плиз Тверскую»: the loan word's clipped imperative
    (re.compile(r"(?<!\w)зарефреш(?:ь|и|ни)?(?!\w)", re.I), "обнови"),
    # a clerk's abbreviations: «пр. #4» a check, «посл.» last, «ИП по …» enforcement proceedings
    (re.compile(r"(?<!\w)пр\.\s*(?=[#№]?\s*\d)", re.I), "проверка "),
    (re.compile(r"(?<!\w)посл\.", re.I), "последний"),
    (re.compile(r"(?<!\w)вкл\.(?=\s)", re.I), "включённом"),  # «при вкл. режиме экономии»
    (re.compile(r"(?<!\w)выкл\.(?=\s)", re.I), "выключенном"),
    (re.compile(r"(?<!\w)ИП(?=\s+(?:по|у|на|в)\s)"), "исполнительные производства"),
    # Ukrainian words in a Russian question («застосуй, будь ласка», «якщо увімкнути економію»): their Russian
    (re.compile(r"(?<!\w)будь ласка(?!\w)", re.I), "пожалуйста"),
    *(
        (re.compile(rf"(?<!\w){uk}(?!\w)", re.I), ru)
        for uk, ru in (
            ("застосуй(?:те)?", "примени"),
            ("зупини(?:ть)?", "останови"),
            ("видали(?:ть)?", "удали"),
            ("якщо", "если"),
            ("увімкнути", "включить"),
            ("увімкни", "включи"),
            ("вимкнути", "выключить"),
            ("вимкни", "выключи"),
            ("буде", "будет"),
            ("ще", "ещё"),
            ("чи ні", "или нет"),
            ("сьогодні", "сегодня"),
            ("вчора", "вчера"),
            ("скільки", "сколько"),
            # («коли» in a Russian sentence is the folk «если»: «коли поставить бюджет, всё остановится?»;
            # among other Ukrainian words it is «когда», said by the Ukrainian table below)
            ("коли", "если"),
            ("чому", "почему"),
            ("дякую", "спасибо"),
            ("писатися", "писаться"),
            ("запуститься", "запустится"),
            ("створило", "создало"),
            # Belarusian words in a Russian question («калі ласка», «колькі», «дзякуй»)
            ("калі ласка", "пожалуйста"),
            ("колькі", "сколько"),
            ("дзякуй", "спасибо"),
            ("што", "что"),
            ("чаму", "почему"),
            ("калі", "когда"),
            ("трэба", "нужно"),
            ("таксама", "также"),
            ("апошні", "последний"),
            ("зараз", "сейчас"),
            ("сёння", "сегодня"),
            ("учора", "вчера"),
        )
    ),
    (re.compile(r"(?<!\w)економ", re.I), "эконом"),  # «економію»: the Ukrainian spelling of economy
    # German nouns in an English question ("the Ergebnis of Prüfung #57", "the Linear API-Schlüssel")
    *(
        (re.compile(rf"(?<![\w-]){de}(?![\w-])", re.I), en)
        for de, en in (
            ("prüfung(?:en)?", "check"),
            ("ergebnis(?:se)?", "result"),
            ("risikobewertung", "risk score"),
            ("gerichtsverfahren", "court cases"),
            ("api-schlüssel|schlüssel", "API key"),
            ("umgebungsvariablen?", "environment variables"),
            ("wochenbericht", "weekly digest"),
            ("sparmodus", "economy mode"),
            ("tagesbudget", "daily budget"),
            ("kostenübersicht|kosten", "costs"),
            ("jobstatus", "job status"),
            ("zeitplan", "schedule"),
            ("lagerhalle", "warehouse"),
        )
    ),
    # a vendor's key by its variable's name ("is OPENAI_API_KEY set?"): the vendor's key, as people say it
    (re.compile(r"\b(OPENAI|LINEAR|ATTIO|CHATWOOT)_(?:API_)?(?:ACCESS_)?(KEY|TOKEN)\b", re.I), r"\1 API \2"),
)


# A house said by its ordinal («девяностый дом», «на Ленинском девяностом»): its number, as the address stages
# read it. Only beside a house noun or right after a capitalised street word: «первая проверка» is an order.
ORDINAL_UNITS = [
    "первый",
    "второй",
    "третий",
    "четвёртый",
    "пятый",
    "шестой",
    "седьмой",
    "восьмой",
    "девятый",
]
ORDINAL_TEENS = [
    "десятый",
    "одиннадцатый",
    "двенадцатый",
    "тринадцатый",
    "четырнадцатый",
    "пятнадцатый",
    "шестнадцатый",
    "семнадцатый",
    "восемнадцатый",
    "девятнадцатый",
]
ORDINAL_TENS = [
    "двадцатый",
    "тридцатый",
    "сороковой",
    "пятидесятый",
    "шестидесятый",
    "семидесятый",
    "восьмидесятый",
    "девяностый",
]
CARDINAL_TENS = [
    "двадцать",
    "тридцать",
    "сорок",
    "пятьдесят",
    "шестьдесят",
    "семьдесят",
    "восемьдесят",
    "девяносто",
]
ORDINALS = {
    **{w: i + 1 for i, w in enumerate(ORDINAL_UNITS)},
    **{w: i + 10 for i, w in enumerate(ORDINAL_TEENS)},
    **{w: (i + 2) * 10 for i, w in enumerate(ORDINAL_TENS)},
    "четвертый": 4,
    "сотый": 100,
}
TENS = {w: (i + 2) * 10 for i, w in enumerate(CARDINAL_TENS)}
ORDINAL_HOUSE = re.compile(
    r"(?P<street>\b[А-ЯЁ][а-яё]{3,}\s+)?(?:(?P<tens>" + "|".join(CARDINAL_TENS) + r")\s+)?"
    r"(?P<ordinal>[а-яё]{2,}(?:ый|ой|ий|ого|ому|ом|ым))\b(?P<next>\s+[а-яё]+)?"
)
HOUSE_NOUN = re.compile(r"\s+(?:дом|здани|корпус)", re.I)


def _house_number(match: re.Match[str]) -> str:
    """«девяностому дому» → «дому 90», «Ленинском девяностом» → «Ленинском 90»; «Ленинского первая проверка» keeps
    its order (a noun follows that is no house)."""
    number = ORDINALS.get(word(match.group("ordinal")).lemma)
    after = match.group("next") or ""
    house_next = bool(HOUSE_NOUN.match(after))
    noun_next = bool(after) and analyzer().parse(after.strip())[0].tag.POS == "NOUN"
    if number is None or not (house_next or (match.group("street") and not noun_next)):
        return match.group(0)
    tens = TENS.get(match.group("tens") or "", 0)
    if tens and number >= 10:
        return match.group(0)
    if (
        house_next
    ):  # «проверка первого дома» → «проверка дома 1»: a number before it would read as the check's
        return f"{match.group('street') or ''}{after.strip()} {tens + number}"
    return f"{match.group('street') or ''}{tens + number}{after}"


# A number said in words where a number belongs: after what is numbered («снимками пять и шесть», "run nine") or
# before what is counted («пятнадцать обращений в день», "five dollars"). Elsewhere a number word is a word
# («в один клик», "one of the checks").
CARDINALS = {
    **dict.fromkeys(["ноль", "zero"], 0),
    **{
        w: i + 1
        for i, w in enumerate(["один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"])
    },
    **{
        w: i + 10
        for i, w in enumerate(
            [
                "десять",
                "одиннадцать",
                "двенадцать",
                "тринадцать",
                "четырнадцать",
                "пятнадцать",
                "шестнадцать",
                "семнадцать",
                "восемнадцать",
                "девятнадцать",
            ]
        )
    },
    **TENS,
    **{
        w: (i + 1) * 100
        for i, w in enumerate(
            [
                "сто",
                "двести",
                "триста",
                "четыреста",
                "пятьсот",
                "шестьсот",
                "семьсот",
                "восемьсот",
                "девятьсот",
            ]
        )
    },
    **{
        w: i + 1
        for i, w in enumerate(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"])
    },
    **{
        w: i + 10
        for i, w in enumerate(
            [
                "ten",
                "eleven",
                "twelve",
                "thirteen",
                "fourteen",
                "fifteen",
                "sixteen",
                "seventeen",
                "eighteen",
                "nineteen",
            ]
        )
    },
    **{
        w: (i + 2) * 10
        for i, w in enumerate(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"])
    },
}
NUMBERED = re.compile(
    r"^(?:снимк|снимок|проверк|запуск|номер|№|#|run|check|snapshot|number|no|notice|уведомлени|действи|action"
    r"|дом$|дома$|house$|корпус|квартир)",  # «дом девяносто»: a house number said in words
    re.I,
)
COUNTED = re.compile(
    r"^(?:обращени|запрос|доллар|бакс|цент|рубл|эмбеддинг|токен|вызов|call|source|dollar|buck|cent|request|embedding"
    r"|token|минут|час|дн|день|недел|minute|hour|day|week|элемент|item|штук|шт\b|pieces?\b|us\b|usd\b)",
    re.I,
)
NUMBER_FILLERS = frozenset(["этих", "самых", "тех", "самых-самых", "so-called", "whole"])
CAP_BEFORE = re.compile(r"^(?:бюджет\w*|лимит\w*|потол\w*|budget|limit|cap)$", re.I)
NUMBER_RUN = re.compile(r"[A-Za-zА-Яа-яЁё]+(?:[\s-]+[A-Za-zА-Яа-яЁё]+)*")


def _cardinal(token: str) -> int | None:
    return CARDINALS.get(
        token.lower(), CARDINALS.get(word(token).lemma) if re.search(r"[а-яё]", token, re.I) else None
    )


def _numbers_said(text: str) -> str:
    """«между снимками пять и шесть» → «между снимками 5 и 6», "a budget of fifteen calls" → "15 calls"."""
    tokens = re.split(r"(\s+|-)", text)
    words = [(i, t) for i, t in enumerate(tokens) if t.strip() and t != "-"]
    out = list(tokens)
    k = 0
    while k < len(words):
        i, token = words[k]
        bare = token.strip(".,;:!?«»\"'()")
        if _cardinal(bare) is None or bare.lower() in ("no",):
            k += 1
            continue
        start, total, part, j = k, 0, 0, k  # a number of several words: «двадцать пять», "two hundred fifty"
        while j < len(words):
            value = _cardinal(words[j][1].strip(".,;:!?«»\"'()"))
            if value is None and words[j][1].lower() != "hundred":
                break
            if words[j][1].lower() == "hundred":
                part = max(part, 1) * 100
            else:
                part += value or 0
            j += 1
            if words[j - 1][1][-1:] in ".,;:!?":
                break
        total = part
        before = words[start - 1][1].strip(".,;:!?«»\"'()") if start else ""
        # «десять этих самых обращений»: the unit after a filler or two
        ahead = j
        while ahead < min(len(words), j + 2) and words[ahead][1].lower() in NUMBER_FILLERS:
            ahead += 1
        after = words[ahead][1] if ahead < len(words) else ""
        listed = (
            before.lower() in ("и", "and", "or", "или")
            and start >= 2
            and words[start - 2][1].strip(",").isdigit()
        )
        # «на обращения к источникам десять в день»: the unit said before the number
        unit_before = COUNTED.match(before) or re.match(r"^источник", before, re.I)
        capped = CAP_BEFORE.match(before)  # «бюджет десять …», "a cap of ten": the budget's number
        if NUMBERED.match(before) or COUNTED.match(after) or unit_before or listed or capped:
            trail = re.sub(r"^[^.,;:!?]*", "", words[j - 1][1])
            out[words[start][0]] = f"{total}{trail}"
            for m in range(words[start][0] + 1, words[j - 1][0] + 1):
                out[m] = ""
            words[start] = (words[start][0], str(total))
        k = j
    return "".join(out)


LETTERS = "abcdefghijklmnopqrstuvwxyz"
# The words of a question about Mirano that a hurried typist gets wrong ("econmy", "spnd", "tday", "chuncks")
TYPED_WORDS = frozenset(
    [
        "economy", "often", "running", "spend", "spent", "today", "yesterday", "tomorrow", "chunks", "batches", "batch",
        "budget", "budgets", "memory", "digest", "schedule", "scheduled", "status", "failed", "failing", "cancel",
        "cancelled", "paused", "pause", "checks", "check", "listing", "listings", "property", "snapshot", "snapshots",
        "developer", "project", "projects", "commitments", "risks", "import", "imports", "costs", "cost", "happened",
        "queue", "cadence", "history", "actions", "suggestions", "report", "invoice", "promised", "started", "skipped",
        "reason", "latest", "morning", "extract", "rebuild", "enforcement", "court", "reviews", "recheck", "erase",
        "sync", "synced", "build", "built", "what", "when", "where", "which", "much", "many",
    ]
)  # fmt: skip
SHORT_TYPOS = {"wud": "would", "wat": "what", "wen": "when", "hw": "how"}
# Real English words one keystroke from a word above ("what caused it" is no "paused"): never guessed at
NEAR_REAL_WORDS = frozenset(
    [
        "caused", "causes", "sailed", "mailed", "nailed", "hailed", "jailed", "slipped", "season", "matches",
        "patches", "watches", "cheeks", "impart", "starter", "skipper", "chucks", "project", "budges", "lasted",
        "spends", "paused", "passed", "pushed", "posted", "tested", "listed", "lifted", "rested", "moaning",
        "moaned", "whinging", "whining",
    ]
)  # fmt: skip
# Chat spellings the rules read as they are: not typos
CHAT_WORDS = frozenset(
    [
        "whats", "hows", "wheres", "whos", "thats", "dont", "cant", "isnt", "didnt", "wont", "doesnt", "wasnt", "arent",
        "havent", "hasnt", "shouldnt", "wouldnt", "couldnt", "yeah", "nope", "okay", "gonna", "wanna", "gotta", "kinda",
        "sorta", "lemme", "gimme", "dunno", "yall", "thanks", "thanx", "please", "asap",
    ]
)  # fmt: skip


def _typo_fixed(word: str) -> str:
    """An English word typed in a hurry ("spnd", "tday", "chuncks", "econmy", "runnin"), put back as the one word of
    TYPED_WORDS it is one keystroke from: a letter left out or doubled, two swapped, or (in a long word) one mistyped.
    Capitalised words (names), the catalogs' own words (pipeline.i18n.english_words) and chat spellings are kept."""
    from pipeline.i18n import english_words

    low = word.lower()
    if low in SHORT_TYPOS and word.islower():
        return SHORT_TYPOS[low]
    if (
        len(low) < 4
        or low in english_words()
        or low in CHAT_WORDS
        or low in NEAR_REAL_WORDS
        or not word.islower()
    ):
        return word
    known = TYPED_WORDS  # only these are guessed at: a real word the catalogs lack stays as it was ("three")
    cuts = [(low[:i], low[i:]) for i in range(len(low) + 1)]
    kinds = (
        {a + c + b for a, b in cuts for c in LETTERS},  # a letter left out: "spnd" → "spend"
        {a + b[1:] for a, b in cuts if b},  # one too many: "chuncks" → "chunks"
        {a + b[1] + b[0] + b[2:] for a, b in cuts if len(b) > 1},  # two swapped: "teh"
        {a + c + b[1:] for a, b in cuts if b for c in LETTERS} if len(low) >= 6 else set(),  # one mistyped
    )
    for edits in kinds:
        found = edits & known
        if len(found) == 1:
            return found.pop()
        if found:
            return word  # two words as near: not a guess
    return word


def _typos_fixed(text: str) -> str:
    if re.search(r"[а-яё]", text, re.I):
        return (
            text  # Russian (or Russian typed in Latin letters, already in Cyrillic): the dictionary's to read
        )
    return re.sub(r"(?<![\w.@/'’-])[A-Za-z]+(?![\w.@/'’-])", lambda m: _typo_fixed(m.group(0)), text)


# Hinglish (Hindi in Latin letters among English words): its question and verb words said in English, when the
# message has two or more of its unmistakable words ("bhai ingest.linear ek baar rerun kar do na")
HINGLISH_MARKERS = re.compile(
    r"\b(?:kya|kyun|kyu|kyon|hai|hain|hua|hui|yaar|bhai|kitna|kitne|kitni|aaj|karo|wala|wali|mein|aur|humne|hamne"
    r"|badla|farak|fark|gira|likha|tha|thi|kab|kaun|kaise|agar|toh|nahi|nahin|raha|rahi|lag)\b",
    re.I,
)
HINGLISH = (
    (r"kyun|kyu|kyon", "why"), (r"kya kya|kya", "what"), (r"kab", "when"), (r"kaun sa|kaun si|kaun se|kaunsa|kaunsi", "which"), (r"kaun", "who"), (r"kaise", "how"),
    (r"kitna|kitne|kitni", "how much"), (r"aaj", "today"), (r"kal", "yesterday"), (r"agar", "if"), (r"toh", "then"),
    (r"aur", "and"), (r"mein", "in"), (r"nahi|nahin", "not"), (r"humne|hamne", "we"), (r"unko|unhe", "them"),
    (r"likha", "wrote"), (r"badla", "changed"), (r"farak|fark", "difference"), (r"gira", "dropped"),
    (r"agla|agle|agli", "next"), (r"pichla|pichhla|pichle|pichli|aakhri|akhri", "last"), (r"kharcha", "spent"), (r"ruk jayega|ruk jaayega", "stop"), (r"rakh dein|rakh do|set kar do", "set"),
    (r"chala do na|chala do|chalao|chala dijiye", "run please"), (r"chala|chali|chale", "ran"), (r"dobara", "again"),
    (r"kar do na|kar do|karo na|karo|kar dijiye", "please"), (r"ek baar", "once"), (r"ka pada|ki padi|ke pade", "cost"),
    (r"hua|hui|hue|tha|thi|hai|hain|ho|raha|rahi|lag|kiya|kiye", ""), (r"yaar|bhai|na|ji|wala|wali|ne|ka|ki|ke|se|ko", ""),
)  # fmt: skip


# Jamaican patois: its pronouns and particles said in English, when the message has two or more of its words
PATOIS_MARKERS = re.compile(
    r"\b(?:mi|yuh|fi|di|dem|pon|wah|cyaan|inna|gwa+n|bredda|seh|nuh|ting|unu|weh)\b", re.I
)
PATOIS = (
    (r"wah gwa+n", ""), (r"ya man", ""), (r"fi mi", "for me"), (r"inna mi", "in my"), (r"mi a go", "I am going to"),
    (r"wah", "what"), (r"mi", "I"), (r"yuh|unu", "you"), (r"fi", "to"), (r"di", "the"),
    (r"pon", "on"), (r"inna", "in"), (r"cyaan", "can't"), (r"seh", "says"), (r"dem", ""), (r"nuh|bredda|yow", ""),
    (r"ting|tings", "things"), (r"weh", "where"),
)  # fmt: skip


# Hindi puts the question word last ("agla run kab hai": next run when): said first, each ask reads as English does
QUESTION_LAST = re.compile(
    r"^(?P<rest>.+?)\s+(?P<word>when|what|why|how much|who|how)(?P<end>\s*[?.!]*)$", re.I
)


def _question_first(text: str) -> str:
    asks = re.split(r"(\s*,?\s+and\s+|\s*[,;]\s+|(?<=[?.!])\s+)", text)  # within its own ask and sentence
    return "".join(
        QUESTION_LAST.sub(lambda m: f"{m['word']} {m['rest']}{m['end']}", part) if i % 2 == 0 else part
        for i, part in enumerate(asks)
    )


# Each dialect: the words that tell it (two or more needed), its words in English, what is trimmed from the ends after,
# and how its word order is put in English's
# Scots: its words said in English ("Whit happened tae the price o' that flat?"), when two or more are there
SCOTS_MARKERS = re.compile(
    r"(?<!\w)(?:whit|tae|dinnae|cannae|didnae|isnae|wasnae|wouldnae|couldnae|wee|ken|aye|gie|hae|och|bonnie|o'|an')(?![\w'])",
    re.I,
)
SCOTS = (
    (r"whit", "what"), (r"tae", "to"), (r"dinnae", "don't"), (r"cannae", "can't"), (r"didnae", "didn't"),
    (r"isnae", "isn't"), (r"wasnae", "wasn't"), (r"wouldnae", "wouldn't"), (r"couldnae", "couldn't"), (r"o'", "of"),
    (r"an'", "and"), (r"gie", "give"), (r"hae", "have"), (r"ken", "know"), (r"och|bonnie", ""),
)  # fmt: skip
DIALECTS = (
    (HINGLISH_MARKERS, HINGLISH, None, _question_first),
    (PATOIS_MARKERS, PATOIS, " ,!", None),
    (SCOTS_MARKERS, SCOTS, " ,!", None),
)


# Ukrainian words in a Russian message (surzhyk: «Скільки коштувала проверка?», «Хто запускав синк?»): said in
# Russian, when two or more of them are there (or one of Ukraine's own letters і, ї, є, ґ)
UKRAINIAN_MARKERS = re.compile(
    r"(?<!\w)(?:хто|скільки|коштувал\w*|коштує|гроші|грошей|будь ласка|дуже|мені|вивантаж\w*|чи|ще|шо|трохи|щось"
    r"|залишил\w*|залишит\w*|ліміт\w*|запускав|зробив|зроби|подивись|тиждень|сьогодні|вчора|постав|зараз)(?!\w)"
    r"|[іїєґ]",
    re.I,
)
UKRAINIAN = (
    (r"хто", "кто"), (r"скільки", "сколько"), (r"коштувала", "стоила"), (r"коштував", "стоил"),
    (r"коштувало", "стоило"), (r"коштує", "стоит"), (r"гроші|грошей", "деньги"), (r"будь ласка", "пожалуйста"),
    (r"дуже", "очень"), (r"мені", "мне"), (r"вивантаж(?:те)?", "выгрузи"), (r"чи", "или"), (r"ще", "ещё"),
    (r"трохи", "немного"), (r"щось", "что-то"), (r"залишиться", "останется"), (r"залишилось", "осталось"),
    (r"ліміт", "лимит"), (r"запускав", "запускал"), (r"зробив", "сделал"), (r"зроби", "сделай"),
    (r"подивись", "посмотри"), (r"тиждень", "неделю"), (r"сьогодні", "сегодня"), (r"вчора", "вчера"),
    (r"постав", "поставь"), (r"зараз", "сейчас"), (r"на день", "в день"), (r"коли", "когда"),
)  # fmt: skip


def _ukrainian_said(text: str) -> str:
    if len(UKRAINIAN_MARKERS.findall(text)) < 2:
        return text
    for said, russian in UKRAINIAN:
        text = re.sub(
            rf"(?<!\w)(?:{said})(?!\w)",
            lambda m, r=russian: r.capitalize() if m.group(0)[0].isupper() else r,
            text,
            flags=re.I,
        )
    return text


def _dialects_said(text: str) -> str:
    """A Latin-letter dialect's own words said in English (Hinglish, then patois), where the message is in it."""
    for markers, words, trimmed, order in DIALECTS:
        if len(markers.findall(text)) < 2 or re.search(r"[а-яё]", text, re.I):
            continue
        for said, english in words:
            text = re.sub(rf"(?<![\w.#-])(?:{said})(?![\w.-])", english, text, flags=re.I)
        text = re.sub(r"\s{2,}", " ", text).strip(trimmed)
        text = order(text) if order else text
    return text


# Words cut short with a dot, as a field engineer or a clerk writes («Ск. прог. сег.?», «Пров. 3: статус?», «Вкл. реж.
# эконом.»): put back whole, in the form the later stages read. Only these: «ул.», «д.», «г.» stay an address's.
ABBREVIATED = {
    "ск": "сколько", "скл": "сколько", "прог": "запуск", "сег": "сегодня", "пров": "проверка", "обращ": "обращений",
    "ист": "источникам", "синхр": "синхронизация", "посл": "последний", "успешн": "успешный", "вкл": "включи",
    "выкл": "выключи", "реж": "режим", "эконом": "экономии", "сут": "сутки", "шт": "штук", "тек": "текущий",
    "мом": "момент", "гипот": "если", "ед": "единиц", "израсх": "израсходовано", "пропущ": "пропущен",
    "посл-й": "последний", "пред": "предыдущий", "след": "следующий", "кол": "количество", "стоим": "стоимость",
    "докум": "документов", "фрагм": "фрагментов", "уведомл": "уведомление", "застр": "застройщик",
}  # fmt: skip
ABBREVIATION = re.compile(rf"(?<![\w.])({'|'.join(sorted(ABBREVIATED, key=len, reverse=True))})\.", re.I)


def _abbreviations_said(text: str) -> str:
    def whole(match: re.Match[str]) -> str:
        said = ABBREVIATED[match.group(1).lower()]
        before = match.string[: match.start()]
        if said in ("включи", "выключи") and before.strip() and match.group(1)[0].islower():
            said = (
                said[:-1] + "ённом" if said == "включи" else "выключенном"
            )  # «при вкл. режиме»: switched on
        said = said.capitalize() if match.group(1)[0].isupper() else said
        ends = re.match(
            r"\s+[A-ZА-ЯЁ]", match.string[match.end() :]
        )  # «к ист. Сег. уже …»: the sentence's end too
        return f"{said}." if ends else said

    text = ABBREVIATION.sub(whole, text)
    # «ск. прог.», «ск. пров.»: how many runs, checks (the count's case)
    return re.sub(
        r"(?<!\w)(сколько)\s+(запуск|проверка)(?!\w)",
        lambda m: f"{m.group(1)} {'запусков' if m.group(2) == 'запуск' else 'проверок'}",
        text,
        flags=re.I,
    )


def _shouted(text: str) -> str:
    """A message in capitals («ПРОВЕРКА ТВЕРСКОЙ 1 ЗАКОНЧЕНА?!») read as if written in lower case; a short code
    («ИНН», "TTL") in a normal sentence stays as it is."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 12 or sum(c.isupper() for c in letters) < 0.8 * len(letters):
        return text
    return text.lower()


def plain(text: str) -> str:
    """The question with everyday words put back as the product's words; everything else as it was said."""
    text = _shouted(text)
    text = _typos_fixed(_dialects_said(_sql_said(_ukrainian_said(_abbreviations_said(text)))))
    for pattern, words in SHORTHAND:
        text = pattern.sub(words, text)
    text = ORDINAL_HOUSE.sub(_house_number, text)
    text = _numbers_said(text)

    def swap(match: re.Match[str]) -> str:
        said = match.group(0)
        row = BY_LEMMA.get(said.lower()) or BY_LEMMA.get(
            word(said).lemma
        )  # «скока» as said, before its lemma
        if not row or (not row.inflect and said.lower() != row.lemma):
            return said  # «раны» is a wound's, not a run's: only the loan word as it is said
        return _inflected(said.lower(), row.product) if row.inflect else row.product

    return WORD.sub(swap, text)
