"""What a request asks to be done, so the refusal names the exact control: the button on the page and the
`mirano` command (the assistant only reads; a person acts). Rules as data, first match wins; each says why.

Whether a sentence is a request at all is the grammar stage's call (`speech_act`); this module only reads which
control a request is about, once that stage said it is one."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from agent.offline.understanding.entities import Entities
from agent.tools.resolve import ORDER_INDEX


@dataclass(frozen=True)
class Control:
    kind: str  # run, economy, budget, apply, finalize, bind, recheck, check, other
    values: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Target:
    kind: str
    pattern: re.Pattern[str]
    why: str


def _t(kind: str, pattern: str, why: str) -> Target:
    return Target(kind, re.compile(pattern, re.I), why)


TARGETS: tuple[Target, ...] = (
    _t(
        "forget",
        r"\berase|\bforget\b|\bdelete (?:all |any |every (?:piece|bit|item) of )?(?:the )?(?:personal )?(?:data|information)\b|\bright to be forgotten|удали\w* (?:все )?(?:\w+ )?данн"
        r"|стер\w* (?:все )?(?:\w+ )?данн|сотр\w* (?:все )?(?:\w+ )?данн|забуд|\bwipe\b"
        # «удалите, пожалуйста, все данные Ирины», «стереть её переписку»
        r"|(?:удали|стер|сотр)\w*[\s,]+(?:пожалуйста[\s,]+)?(?:вс[её]\s+)?(?:\w+\s+)?(?:данн|переписк|сообщени)"
        # officialese: «выполнить удаление всех сведений о субъекте», «стирание персональных данных»
        r"|(?:удалени|стирани|уничтожени)\w*\s+(?:вс\w+\s+)?(?:\w+\s+)?(?:сведени|данн|информаци|переписк|сообщени)",
        "erasing a person's, a check's or a project's data is an admin's, audited (`mirano forget`); first, since an "
        "erasure names a person or a project the other targets would read as theirs",
    ),
    _t(
        "role",
        r"\broles?\b|\b(?:make|add) \S+ (?:as )?(?:an? )?(?:admin|operator|viewer)\b|(?<!\w)рол[ьиеяю]\w*"
        r"|(?:админ\w*|оператор\w*|наблюдател\w*)\s+(?:прав|доступ)|доступ\w* (?:к|в) (?:системе|mirano|мирано)",
        "a person's role is an admin's to give or change, on the People page or `mirano users add EMAIL --role ROLE`",
    ),
    _t(
        "watch",
        r"\b(?:un)?watch|\b(?:un)?subscribe|\bfollow\b|подпиш|подписа|отпиш|отписа|(?<!\w)следи(?:те)?(?!\w)"
        r"|следить|отслежива|слежени|наблюдени",  # «включить слежение за …»
        "a watch is set by a person on the check's or project's page (`mirano watch`); first, since 'stop "
        "watching' is no pause",
    ),
    _t(
        "pause",
        r"\bpause|\bstop\b|\bbin (?:off|it)\b|\bshut (?:off|down)\b|\bshut\b.{0,30}\b(?:off|down)\b|приостанов|останов|поставь\w* на паузу|на паузу|тормозн|притормоз|стопн|стопор|(?<!\w)отруб",
        "pausing is not a run: no Run now",
    ),
    _t("economy", r"econom|эконом", "economy mode has one switch and one command, on or off"),
    _t(
        "budget",
        r"budget|бюджет|spending limit|лимит\w* (?:на )?трат|\b(?:daily|spend(?:ing)?|hard) (?:cap|limit)\b"
        r"|дневн\w* лимит|лимит\w* в день"
        # «поставь лимит на токены 5000 в день», "a limit on tokens": a budget of a cost kind
        r"|(?:лимит|потолок|ограничени)\w*\s+(?:[\w$.,]+\s+){0,3}?(?:на\s+|по\s+)?(?:токен|эмбеддинг|llm|вызов\w* модел)"
        r"|(?:лимит|потолок|ограничени)\w*\s+(?:[\w$.,]+\s+){0,3}?(?:в|на)\s+(?:день|сутки)"
        r"|\b(?:limit|cap)\s+(?:on|of|for)\s+(?:\w+\s+)?(?:tokens|embeddings|llm)\b"
        r"|\bcap (?:of|on)\b",
        "daily budgets are set per cost kind",
    ),
    _t(
        "apply",
        r"\bappl|примен|подтверд|одобр|апрув|approv|suggested action|предлож\w* действ|linear issue|задач\w* в (?:linear|линеа)"
        r"|attio note"
        r"|заметк\w* (?:в|для) (?:attio|аттио)|\bissue\b|\bnote\b|заметк",
        "suggested actions are applied by a person, audited",
    ),
    _t("finalize", r"finali[sz]|зафиксир|финализ|snapshot|снимок", "a report snapshot is frozen by Finalize"),
    _t(
        "digest_export",
        r"(?:digest|дайджест|сводк)\w*.{0,40}(?:\bpdf\b|пдф|markdown|\bmd\b|export|экспорт|выгруз|скача|download)"
        r"|(?:\bpdf\b|пдф|export|экспорт|выгруз|скача|download)\w*.{0,40}(?:digest|дайджест|сводк)",
        "a digest is handed over as Markdown or PDF from the Project memory page or `mirano digest`",
    ),
    _t(
        "report",
        r"\bpdf\b|\bcsv\b|пдф|export|экспорт|выгрузи|скача|download",
        "a report is exported from its page",
    ),
    _t("bind", r"\bbind|привяж|привязать|отвяж|unbind", "bindings are made with `mirano bind`"),
    _t(
        "worker",
        r"(?:spin up|start|add|launch|run|more|another|extra|запуст\w*|добав\w*|подними\w*|ещё|еще)\s+(?:\w+\s+){0,2}"
        r"(?:workers?\b|воркер)",  # "spin up two more workers"; "the worker's idle anyway" is a reason, not the ask
        "a worker is a process started on a machine (`mirano worker`), not something the assistant starts",
    ),
    _t(
        "index",
        r"\bfaiss\b|\bindex\b|индекс",
        "the vector index is rebuilt by its button on the Project memory page; new text is embedded by memory.build",
    ),
    _t(
        "recheck",
        r"re-?check|перепровер|(?:обнов|refresh|update|перезапуст|re-?run|restart)\w*.{0,30}(?:проверк|\bcheck)"
        r"|(?:проверк|\bcheck)\w*.{0,30}(?:перезапуст|re-?run|restart|обнов|refresh)",
        "a check is re-checked from its page; refreshing a check's data is a re-check",
    ),
    _t(
        "check",
        r"\bcheck\b|проверк|(?<!\w)(?:проверь|проверьте|проверить|пробей|пробейте|пробить)(?!\w)",
        "a new check is started with an address",
    ),
    # "re-check it and let me know when it changes": the re-check first; a watch asked in other words comes last
    _t(
        "watch",
        r"keep an eye|keep tabs|\bping me|\bnotify me|\balert me|let me know (?:when|if)|дай(?:те)? знать"
        r"|сообщ\w* (?:мне )?(?:когда|если)|уведом\w* меня",
        "a watch asked for as 'ping me if it changes': set by a person, like any watch",
    ),
)
# Run and job controls (cancel, pause, resume, retry, settings): refused whole, with their own command
RUN_CONTROLS: tuple[Target, ...] = (
    _t(
        "cancel",
        r"\b(?:cancel(?:l?ing|l?ed)?|abort(?:ing)?|stop(?:ping)?(?!\s+(?:watching|following|tracking|notifying|sending))|kill(?:ing)?(?!\s+(?:me|us|him|her|them)\b)|terminat(?:e|ing)|interrupt(?:ing)?)\b"
        r"|(?<!\w)(?:отмени|отменить|прерви|прервать|останови"
        r"|остановить|отмените)(?!\w)",
        "stopping a run that is going is a cancel (`mirano cancel RUN`), not a pause of its job",
    ),
    _t(
        "resume",
        r"\b(?:resum(?:e|ing)|unpaus(?:e|ing)|un-pause)\b|(?<!\w)(?:возобнови|возобновить|сними с паузы)(?!\w)",
        "checked before pause: «сними с паузы» names the pause it ends",
    ),
    _t(
        "pause",
        r"\b(?:paus(?:e|ed|ing)|suspend(?:ed|ing)?|hold)\b|\bbin (?:off|it)\b|\bshut (?:off|down)\b|\bshut\b.{0,30}\b(?:off|down)\b|(?<!\w)(?:поставь\s+\S+(?:\s+\S+)?\s+на\s+паузу|на\s+паузу|приостанови"
        r"|приостановить|тормозни|тормозните|притормози|притормозите|стопни|стопните|стопорни)(?!\w)"
        r"|^\W*пауз[ау]\s+(?:на|для)\b",  # «пауза на импорт»: the noun asks it too; «тормозни синки»: slang
        "a paused job keeps its schedule and runs nothing until resumed (`mirano pause JOB`)",
    ),
    _t(
        "retry",
        r"\b(?:retry(?:ing)?|retried|re-?try)\b|(?<!\w)(?:повтори|повторить|ретра[йи]\w*)(?!\w)",  # «сделай ретрай рана 9»
        "a retry is linked to the run it repeats (`mirano retry RUN`), unlike Run now",
    ),
    _t(
        "set",
        r"\b(?:set|change|make|increase|decrease|raise|lower)\b.{0,60}\b(?:cadence|interval|every|limit|how often)"
        r"|(?<!\w)(?:поменя\w*|измени\w*|установи\w*|смени\w*|увеличь\w*|уменьши\w*|подними\w*|повысь\w*|снизь\w*|понизь\w*|сократи\w*"
        r"|выстав\w*|поставь\w*)(?!\w).{0,60}(?:период|интервал|лимит|кажд|раз в)",
        "a job's cadence and limit are its settings (`mirano set JOB`)",
    ),
)


def run_control(text: str) -> str | None:
    """The run or job control a request asks for ("cancel", "pause", "resume", "retry", "set"), if any; "stop
    watching" is a watch's, not a run's."""
    if TARGETS[0].pattern.search(text):
        return None
    said = [(m.start(), t.kind) for t in RUN_CONTROLS if (m := t.pattern.search(text))]
    budget = BUDGET_SAID.search(text)
    # "set a daily spending limit of one dollar": a budget, not a job's limit; «поставь синк на паузу, он ест бюджет»:
    # the pause asked first, the budget only its reason
    earliest = min(said) if said else None
    if budget and (earliest is None or earliest[1] == "set" or budget.start() < earliest[0]):
        return None  # ("set a daily spending limit": the budget's own verb)
    return said[0][1] if said else None


BUDGET_SAID = next(t.pattern for t in TARGETS if t.kind == "budget")


OFF = re.compile(r"\boff\b|disable|выключ|отключ|убери|сними", re.I)
BUDGET_KINDS = (
    ("tokens", r"token|токен"),
    ("embeddings", r"embedding|эмбеддинг"),
    # «лимит 100 запросов в день», "100 requests a day": requests are the sources' calls
    (
        "source_calls",
        r"source[ _]calls?|обращени|вызов\w* источник|запрос\w* к источник|\d\s*(?:запрос\w*|requests?)\b",
    ),
    ("llm_calls", r"llm calls?|вызов\w* (?:llm|модели)"),
    # «10 центов в день», "5 bucks", "a cap on spend" are money budgets too
    ("usd", r"\$|dollar|usd|доллар|\bcents?\b|цент|\bbucks?\b|бакс|\bspend\b|\bspending\b"),
)
MONEY_UNIT = re.compile(r"\bcents?\b|¢|цент|\$|\bdollars?\b|доллар|\bbucks?\b|бакс", re.I)


def budget_kind(text: str) -> str | None:
    """What a budget counts: the kind its words name; money said anywhere makes it dollars ("a budget of $5 for
    source calls", "one cent for embeddings")."""
    kind = next((k for k, p in BUDGET_KINDS if re.search(p, text, re.I)), None)
    return "usd" if kind != "usd" and MONEY_UNIT.search(text) else kind


CENTS = re.compile(r"^\s*(?:cents?\b|¢|цент)", re.I)  # the number said in cents: a hundredth of a dollar
NUMBER = re.compile(r"(?<![\w#.,])(\d{1,3}(?: \d{3})+|\d+(?:[.,]\d+)?)(?![\w])")  # 2 000, 1000, 0.05


# "one cent", «один доллар», "a dollar": a budget said in words
SAID_NUMBER = re.compile(
    r"\b(?:a|an|one|один|одну|одного)\s+(cents?|¢|цент\w*|dollars?|bucks?|доллар\w*)\b"
    r"|\b(ten|десять|five|пять|two|два|three|три)\s+(cents?|цент\w*|dollars?|bucks?|доллар\w*)\b",
    re.I,
)
WORD_VALUES = {"ten": 10, "десять": 10, "five": 5, "пять": 5, "two": 2, "два": 2, "three": 3, "три": 3}


# «лимит поставить доллар в день», "a budget of dollar a day": a unit with no count is one of it
BARE_UNIT = re.compile(
    r"(?:лимит|бюджет|limit|budget|cap)\w*\s+(?:[\w$]+\s+){0,2}?(?:(?:в|на|of|at)\s+)?(dollar|доллар|buck|бакс|cent|цент)",
    re.I,
)


def budget_number(text: str) -> float | None:
    match = NUMBER.search(text)
    said = SAID_NUMBER.search(text) if not match else None
    bare = BARE_UNIT.search(text) if not (match or said) else None
    if bare:
        return 0.01 if CENTS.search(bare.group(1)) else 1.0
    if said:
        count = WORD_VALUES.get((said.group(2) or "").lower(), 1)
        unit = (said.group(1) or said.group(3)).lower()
        return count / 100 if CENTS.search(unit) else float(count)
    if not match:
        return None
    said_number = match.group(1)
    if re.fullmatch(r"[1-9]\d{0,2}(?:,\d{3})+", said_number):  # "1,000 tokens": a thousands separator
        said_number = said_number.replace(",", "")
    number = float(said_number.replace(" ", "").replace(",", "."))
    return number / 100 if CENTS.search(text[match.end() :]) else number


def check_of(found: Entities) -> int | None:
    """The check a request names: by id, else the latest check of the address it names ("the leninsky report")."""
    from pipeline.service import checks

    if found.check_id is None and not found.address and found.order in ORDER_INDEX:  # «по четвёртой проверке»
        ids = sorted(row["id"] for row in checks.list_checks(500))
        at = ORDER_INDEX[found.order]
        return ids[at] if at < len(ids) else None
    if found.check_id is not None or not found.address:
        return found.check_id

    ids = [row["id"] for row in checks.list_checks(500) if row["address"] == found.address]
    return max(ids) if ids else None


def _action_about(text: str, found: Entities) -> int | None:
    """The one suggested action a request describes by its topic («задачу насчёт отправки инвойса» → the invoice
    issue), matched by meaning among those of the vendor it names; None when none or several match."""
    from agent.offline.understanding.follow_ups import POINTER
    from agent.tools.meaning import matching, topic_words
    from pipeline.service import memory as memory_service

    named = {w for name in found.names for w in topic_words(name)}
    about = [
        w
        for w in topic_words(text)
        if w not in named
        and not ACTION_WORDS.search(w)
        and not POINTER.fullmatch(w)
        and w not in ("that", "this")
    ]
    if not about:  # "apply that suggested action": no topic to find it by
        return None
    actions = memory_service.actions(found.project, status="suggested")
    for vendor, said in (("linear", r"linear|линеар|\bissue|задач"), ("attio", r"attio|аттио|\bnote|заметк")):
        if re.search(said, text, re.I):  # «задачу в Linear»: only the Linear issues
            actions = [a for a in actions if vendor in str(a.get("kind") or "")]
    if not actions:
        return None
    keep = matching(" ".join(about), [str(a.get("title") or "") for a in actions])
    return int(actions[keep[0]]["id"]) if len(keep) == 1 else None


# The words of an apply request that every suggested action shares (its kind, its vendor, the verb)
ACTION_WORDS = re.compile(
    r"^(?:appl|confirm|approv|suggest|action|note|issue|task|linear|attio|please|примен|подтверд|одобр|предлож"
    r"|действи|заметк|задач|линеар|аттио|пожалуйст|клиент|ждёт|ждет)",
    re.I,
)


def _address_with_flat(found: Entities) -> str | None:
    """The address a new check needs: a flat said beside its building («кв. 5 на Тверской 1») is part of it."""
    from agent.tools.resolve import flat_of

    address = found.address or found.address_said
    if address and found.flat and flat_of(address) != found.flat:
        return f"{address}, кв. {found.flat}"
    return address


def _target_of(found: Entities) -> str | None:
    """What a watch request names: a project, else the property (with its flat)."""
    return found.project or _address_with_flat(found)


def control_for(text: str, found: Entities) -> Control:
    """The control a request is about, with what the command needs (a job, on/off, a kind and a limit, a check).
    The sentence that names a control decides ("Switch economy on please. Procurement is watching.": economy)."""
    for sentence in re.split(r"(?<=[.!?])\s+", text.strip()):
        target = next((t for t in TARGETS if t.pattern.search(sentence)), None)
        if target is not None:
            return _control(sentence, found)
    return _control(text, found)


def _control(text: str, found: Entities) -> Control:
    for target in TARGETS:
        if not target.pattern.search(text):
            continue
        if target.kind == "economy":
            return Control("economy", {"state": "off" if OFF.search(text) else "on"})
        if target.kind == "budget":
            return Control("budget", {"kind": budget_kind(text), "limit": budget_number(text)})
        if target.kind == "forget":  # a person, a project or a check, by what the request names
            if found.people:
                return Control("forget", {"what": "person", "target": found.people[0]})
            if found.projects:
                return Control("forget", {"what": "project", "target": found.projects[0]})
            if found.check_id is not None:
                return Control("forget", {"what": "check", "target": str(found.check_id)})
            return Control("forget", {"what": "person", "target": ""})
        if target.kind == "role":  # «оформите роль operator для anna@…»: who, and which role, when said
            email = re.search(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text)
            role = re.search(r"\b(admin|operator|viewer)\b|(админ|оператор|наблюдател)", text, re.I)
            said = (
                (
                    role.group(1)
                    or {"админ": "admin", "оператор": "operator"}.get(role.group(2).lower(), "viewer")
                )
                if role
                else ""
            )
            return Control("role", {"email": email.group(0) if email else "", "role": said.lower()})
        if target.kind == "watch":
            stop = re.search(r"\bun|stop|отпиш|отписа|перестан|не след|хватит", text, re.I)
            return Control("unwatch" if stop else "watch", {"target": _target_of(found)})
        if target.kind == "pause":
            return Control("pause", {"jobs": (found.jobs or found.soft_jobs)[:3]})
        if target.kind == "apply":  # "apply action 5", "confirm the invoice task": its own command
            action = found.action_id if found.action_id is not None else _action_about(text, found)
            return Control("apply", {"project": found.project, "action_id": action})
        if target.kind in ("index", "worker"):
            return Control(target.kind, {})
        if target.kind in ("bind", "digest_export"):
            return Control(target.kind, {"project": found.project})
        if target.kind in ("recheck", "finalize", "report"):
            return Control(target.kind, {"check_id": check_of(found)})
        if found.jobs:  # "re-check job", "the check job": a job named wins over a property check
            break
        return Control("check", {"address": _address_with_flat(found), "check_id": found.check_id})
    if found.jobs:
        return Control("run", {"jobs": found.jobs[:3]})
    if (
        found.address or found.check_id is not None
    ):  # «давай обновим данные по Тверской»: a check's data again
        return Control("recheck", {"check_id": check_of(found)})
    if found.job_class:
        from agent.tools.resolve import jobs_of_class

        return Control("run", {"jobs": jobs_of_class(found.job_class)})
    return Control("other")
