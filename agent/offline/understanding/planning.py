"""From an intent and the things a question names to the read-only tool calls that answer it."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from agent.offline.understanding.entities import ALL_TIME, Entities, claim_passed_on
from agent.tools import BY_NAME, call_args
from agent.tools import activity as activity_tools
from agent.tools import checks as check_tools
from agent.tools import control as control_tools
from agent.tools import engine as engine_tools
from agent.tools import glossary as glossary_tools
from agent.tools import memory as memory_tools
from agent.tools import notices as notice_tools
from agent.tools import snapshots as snapshot_tools
from agent.tools.meaning import topic_words, words
from agent.tools.resolve import ORDER_INDEX

Planner = Callable[[Entities, list[dict[str, Any]]], list[dict[str, Any]]]
PLANNERS: dict[str, Planner] = {}


def call(tool: Callable[..., Any], **args: Any) -> dict[str, Any]:
    """A tool call by the tool itself (its name is written once, as the function's name)."""
    return {"name": tool.__name__, "args": call_args(tool, args)}


def planner(*intents: str) -> Callable[[Planner], Planner]:
    def register(func: Planner) -> Planner:
        for intent in intents:
            PLANNERS[intent] = func
        return func

    return register


def _previous_check(previous: list[dict[str, Any]]) -> dict[str, Any]:
    """The check arguments of the previous turn ("this address", "that check")."""
    for old in previous:
        args = old.get("args", {})
        if {"check_id", "address", "order"} & set(args):
            return {k: args[k] for k in ("check_id", "address", "order") if k in args}
    return {}


def check_args(found: Entities, previous: list[dict[str, Any]]) -> dict[str, Any]:
    """Which check: by id, else by order and address ("the first check of this address" from the thread)."""
    if found.check_id is not None:
        return {"check_id": found.check_id}
    address = found.address
    if not address and found.this_address:
        earlier = _previous_check(previous)
        address = earlier.get("address")
        if not address and earlier.get("check_id") is not None:
            from pipeline.service import checks as checks_service

            address = checks_service.get_check(int(earlier["check_id"]))["address"]
    return {"order": found.order, "address": address}


@planner("running")
def _running(found: Entities, previous: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [call(engine_tools.running_now)]


def _run_named(found: Entities) -> dict[str, Any]:
    """A run by its number, with the job said beside it (its runs are listed should the number be none of them)."""
    return {"run_id": found.run_id, **({"job": found.job} if found.job else {})}


@planner("status")
def _status(found: Entities, previous: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if found.about_check and not found.jobs:
        return [call(check_tools.check_status, **check_args(found, previous))]
    if found.run_id is not None:  # «статус запуска 8»: that run, not every job's state
        return [call(engine_tools.run_details, **_run_named(found))]
    if (
        not found.job and len(found.soft_jobs) == 1
    ):  # "the thing that reads our chats": the job its words name
        return [call(engine_tools.job_status, job=found.soft_jobs[0])]
    if found.job and found.order == "first":  # "the first Chatwoot sync": that run, not the job's state now
        return [_one_run(found)]
    if not found.job and found.job_class and found.order == "latest":  # "when did the sync last run?": each
        from agent.tools.resolve import jobs_of_class

        return [call(engine_tools.job_status, job=j) for j in jobs_of_class(found.job_class)]
    return [call(engine_tools.job_status, job=found.job)]


@planner("next_run")
def _next(found: Entities, previous: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if not found.job and found.job_class:  # "when is the next sync?": each job of the class
        from agent.tools.resolve import jobs_of_class

        return [call(engine_tools.next_run, job=j) for j in jobs_of_class(found.job_class)]
    return [call(engine_tools.next_run, job=found.job)]


def _one_run(found: Entities) -> dict[str, Any]:
    if found.run_id is not None:
        return call(engine_tools.run_details, **_run_named(found))
    first = found.order == "first" or None
    status = found.status or ("ok" if found.succeeded else None)
    return call(engine_tools.run_details, job=found.job, status=status, first=first, nth=_nth(found))


def _nth(found: Entities) -> int | None:
    """ "The second run of the extraction": a job's run counted from its first (the first has its own flag)."""
    a_day = re.search(
        r"(?:second|third|fourth|втор|трет|четв[её]рт)\w*\s+(?:day|week|time|день|дня|недел|раз)",
        found.text,
        re.I,
    )
    if a_day:  # «падает уже третий день подряд»: a day counted, not the job's third run
        return None
    if found.job and not found.about_check and found.order in ORDER_INDEX and found.order != "first":
        return ORDER_INDEX[found.order] + 1
    return None


@planner("why_run")
def _why(found: Entities, previous: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if found.about_check and not found.jobs and found.run_id is None:
        if (
            found.source
        ):  # "why was enforcement for кв. 9 not fetched again?": where that source's facts came from
            return _provenance(found, previous)
        return [call(check_tools.check_status, **check_args(found, previous))]
    if found.job_class and not found.jobs and found.run_id is None:
        return [call(engine_tools.recent_runs, status=found.status, period=found.period, limit=5)]
    if not found.jobs and found.run_id is None and (found.period or found.status):
        return [call(engine_tools.recent_runs, status=found.status, period=found.period)]
    if (
        found.job and found.period and found.run_id is None
    ):  # «почему чатвут вчера не синкался?»: that day's runs
        return [call(engine_tools.recent_runs, job=found.job, period=found.period), _one_run(found)]
    return [_one_run(found)]


@planner("run_timeline")
def _timeline(found: Entities, previous: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [call(control_tools.run_timeline, run_id=found.run_id, job=found.job)]


# Whether the search index is whole: all chunks embedded ("is the FAISS index healthy?", «индекс в порядке?»)
INDEX_HEALTH = re.compile(
    r"(?:faiss|vector|search|embedding|векторн\w*|поисков\w*)?\s*(?:index|индекс)\w*\b.{0,25}"
    r"(?:health|ok\b|okay|fine|complete|whole|intact|in sync|up to date|current|broken|corrupt|stale"
    r"|consisten|in step|out of step|out of sync|match|bugado|в порядке|жив|цел|полн|актуал|сломан|битый|отстал"
    r"|синхрон|согласован|расход|рассинхрон)"
    r"|(?:health|state|status|состояни|здоровь)\w*\s+(?:of\s+)?(?:the\s+)?(?:faiss|vector|search|векторн\w*|поисков\w*)?\s*(?:index|индекс)",
    re.I,
)


@planner("memory_contents")
def _memory_contents(found: Entities, previous: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if len(found.projects) > 1:  # "how many documents has northwind and how many alfa-stroy?": each one's
        return [call(memory_tools.memory_contents, project=p) for p in found.projects[:3]]
    contents = call(memory_tools.memory_contents, project=found.project)
    if INDEX_HEALTH.search(
        found.text
    ):  # "is the FAISS index healthy?": what is embedded, and the build's state
        return [contents, call(engine_tools.job_status, job="memory.build")]
    return [contents]


@planner("authors")
def _authors(found: Entities, previous: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [call(memory_tools.authors_of, project=found.project, vendor=found.vendor)]


@planner("latest")
def _latest(found: Entities, previous: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [call(memory_tools.latest_messages, project=found.project, vendor=found.vendor)]


@planner("activity")
def _activity(found: Entities, previous: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if found.about_check and found.address_said and not found.address and found.check_id is None:
        # «кто запускал проверку по Невскому 100?»: no check has that address, and that is the answer
        return [call(check_tools.list_checks, address=found.address_said)]
    return [call(activity_tools.recent_activity, period=found.period, kinds=found.moves or None)]


@planner("explain")
def _explain(found: Entities, previous: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [call(glossary_tools.explain, term=term) for term in found.terms]


@planner("paused")
def _paused(found: Entities, previous: list[dict[str, Any]]) -> list[dict[str, Any]]:
    jobs = found.jobs or found.soft_jobs
    return [call(control_tools.job_pause, job=jobs[0] if len(jobs) == 1 else None)]


@planner("runs")
def _runs(found: Entities, previous: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if found.run_id is not None and not found.status:  # «что было в прогоне №1?»: that run
        return [call(engine_tools.run_details, **_run_named(found))]
    return [call(engine_tools.recent_runs, job=found.job, status=found.status, period=found.period)]


@planner("timing")
def _timing(found: Entities, previous: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if found.run_id is not None or (found.jobs and not found.about_check):
        return [_one_run(found)]
    return [call(check_tools.check_timing, **check_args(found, previous))]


def _one_check(found: Entities) -> bool:
    """The question is about one property check ("the second check", "check 3"), not a job, a run or a period."""
    return found.about_check and not found.jobs and found.run_id is None and not found.period


def _spend_period(found: Entities) -> str:
    """The period of a spend question: the one said, all of it ("in total", «за всё время»), else the last 7 days."""
    return found.period or ("all" if ALL_TIME.search(found.text) else "week")


@planner("cost_run")
def _cost_run(found: Entities, previous: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if _one_check(found) and (found.check_id is not None or found.order or found.address):
        return [call(check_tools.check_cost, **check_args(found, previous))]
    if found.assistant and found.run_id is None and not found.job:  # the assistant's answers are not runs
        return [call(engine_tools.costs, period=_spend_period(found), job="assistant", kind=found.cost_kind)]
    first = found.order == "first" or None  # "the first Attio import"
    return [
        call(
            engine_tools.run_cost,
            run_id=found.run_id,
            job=found.job,
            job_class=found.job_class,
            first=first,
            status="ok" if found.succeeded else None,  # "what did the last successful build cost?"
            nth=_nth(found),
        )
    ]


@planner("cost_period")
def _cost_period(found: Entities, previous: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if _one_check(found) and (found.check_id is not None or found.order or found.address):
        return [call(check_tools.check_cost, **check_args(found, previous))]
    if found.run_id is not None or (found.order in ("latest", "first") and not found.period):
        return _cost_run(found, previous)  # "the last sync": one run, not a period
    # "the prefetch job" names a job; "embeddings" is a kind of cost, not the build
    soft = found.soft_jobs[0] if len(found.soft_jobs) == 1 and not found.cost_kind else None
    job = found.job or soft
    job = "assistant" if found.assistant and not found.job else job
    return [call(engine_tools.costs, period=_spend_period(found), job=job, kind=found.cost_kind)]


@planner("economy")
def _economy(found: Entities, previous: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if found.run_id is not None:  # "was run 9 in economy mode?": that run's own record, then the switch today
        return [call(engine_tools.run_details, **_run_named(found)), call(engine_tools.economy_and_budgets)]
    return [call(engine_tools.economy_and_budgets)]


@planner("people_roles")
def _people_roles(found: Entities, previous: list[dict[str, Any]]) -> list[dict[str, Any]]:
    from agent.tools import activity as activity_tools

    return [call(activity_tools.people_and_roles)]


@planner("role_needed")
def _role_needed(found: Entities, previous: list[dict[str, Any]]) -> list[dict[str, Any]]:
    from agent.tools import activity as activity_tools

    return [call(activity_tools.role_needed, action=found.text)]


@planner("whoami")
def _whoami(found: Entities, previous: list[dict[str, Any]]) -> list[dict[str, Any]]:
    from agent.tools import activity as activity_tools

    return [call(activity_tools.who_am_i)]


@planner("modes")
def _modes(found: Entities, previous: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [call(engine_tools.assistant_modes)]


@planner("check_status", "pending")
def _check(found: Entities, previous: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if found.address_said and not found.address and found.check_id is None and not found.order:
        return [
            call(check_tools.list_checks, address=found.address_said)
        ]  # no check has it: the answer says so
    return [call(check_tools.check_status, **check_args(found, previous), source=found.source)]


@planner("risk_score")
def _risk_score(found: Entities, previous: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if found.check_id is not None or found.address:
        return [call(check_tools.check_status, **check_args(found, previous), source=found.source)]
    return [call(check_tools.list_checks, address=found.address_said)]  # no check has it: the answer says so


@planner("provenance")
def _provenance(found: Entities, previous: list[dict[str, Any]]) -> list[dict[str, Any]]:
    args = check_args(found, previous)
    return [
        call(
            check_tools.fact_provenance,
            **args,
            source=found.source,
            fact_id=found.fact_id,
            in_days=found.days_ahead,  # "if re-checked in 5 days": what would be fetched again then
        )
    ]


@planner("list_checks")
def _list_checks(found: Entities, previous: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [call(check_tools.list_checks, address=check_args(found, previous).get("address"))]


@planner("diff")
def _diff(found: Entities, previous: list[dict[str, Any]]) -> list[dict[str, Any]]:
    args = check_args(
        found, previous
    )  # "since the last check" names no check: the property's snapshots decide
    return [
        call(
            snapshot_tools.snapshot_diff,
            check_id=args.get("check_id"),
            order=args.get("order") if args.get("order") in ORDER_INDEX else None,  # «второй проверки»
            address=args.get("address"),
            snapshots=found.snapshot_ids or None,
            contents=_contents_asked(found),
        )
    ]


def _contents_asked(found: Entities) -> bool:
    """One snapshot named and nothing compared ("what's in snapshot 4?"): what it holds."""
    from agent.offline.understanding.subjects import COMPARED

    return len(found.snapshot_ids) == 1 and not COMPARED.search(found.text)


@planner("watchers")
def _watchers(found: Entities, previous: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [call(notice_tools.watchers, target=found.address or found.project)]


@planner("notices")
def _notices(found: Entities, previous: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if found.notice_id is not None:  # "what changed in notice 3?": that one, read or not
        return [call(notice_tools.changes_since_last_look, notice_id=found.notice_id)]
    if found.address or found.check_id is not None:  # "did Tverskaya get cheaper?": every change found on it
        address = found.address or _address_of_check(found.check_id)
        if address:
            return [call(notice_tools.changes_since_last_look, address=address)]
    if (
        found.project
    ):  # «непрочитанные уведомления по альфе»: that project's; "anything new?" also who wrote last
        notices = call(notice_tools.changes_since_last_look, kind="project", project=found.project)
        if found.notices_said:
            return [notices]
        return [notices, call(memory_tools.latest_messages, project=found.project, limit=3)]
    return [call(notice_tools.changes_since_last_look, kind="project" if found.projects else None)]


def _address_of_check(check_id: int | None) -> str | None:
    from pipeline.engine.exceptions import MiranoError
    from pipeline.service import checks as checks_service

    try:
        return checks_service.get_check(int(check_id))["address"] if check_id is not None else None
    except MiranoError:
        return None


def _projects_for(found: Entities, focus: str) -> list[dict[str, Any]]:
    if found.projects:
        return [call(memory_tools.project_overview, project=p, focus=focus) for p in found.projects[:3]]
    from pipeline.service import memory as memory_service

    active = [p["slug"] for p in memory_service.project_names() if p["active"]]
    return [call(memory_tools.project_overview, project=p, focus=focus) for p in active[:3]]


WE_PROMISED = re.compile(
    r"\bwe(?:'ve| have| had)? (?:\w+ )?(?:promised|committed|agreed|owe)\b|\bdid we (?:\w+ )?(?:promise|commit|agree)"
    r"|(?<!\w)мы\s+(?:\w+\s+)?(?:обещал|пообещал|обязал|договорил)\w*|(?<!\w)(?:обещали|пообещали)(?!\w)",
    re.I,
)


def topic_of(found: Entities) -> str | None:
    """What a question about promises or risks is about ("the estimate"), without the names it uses."""
    from agent.tools.resolve import people_in, projects_in

    named = {w for name in found.names for w in words(name)}
    from agent.offline.understanding.entities import VENDORS

    vendor = [p for _, p in VENDORS]  # «из чатвута»: where the words came from, not what they are about
    topic = [
        w
        for w in topic_words(found.query)
        if w not in named
        and not projects_in(w)
        and not people_in(w)
        and not any(re.search(p, w, re.I) for p in vendor)
    ]
    numbered = ITEM_NUMBERED.findall(found.text)  # «счёт №17»: that invoice, not any
    return " ".join([*topic, *numbered]) or None


# A promise's or a risk's thing said with its own number ("invoice 17", «счёт №17», «по счёту 17»)
ITEM_NUMBERED = re.compile(
    r"(?:\binvoice|\bbill|\bestimate|\bquote|\bproposal|\bcontract|сч[её]т\w*|смет\w*|предложени\w*|договор\w*)"
    r"\s*(?:#|№|no\.?|number|номер)?\s*(\d+)(?!\d)",
    re.I,
)


# "the risk about Tom escalating", «риск насчёт Ирины»: the person is what it is about, not who said it
ABOUT_SOMEONE = re.compile(
    r"\b(?:about|regarding|concerning)\s+[A-Z]\w+|(?<!\w)(?:про|насч[её]т)\s+[А-ЯЁ]\w+"
)


def _about_projects(found: Entities, focus: str) -> list[dict[str, Any]]:
    about = topic_of(found)
    narrowed = {
        "about": about,
        # «мы обещали ей», "what did we promise Tom": the person is whom it was promised to, not who said it
        "by": None
        if WE_PROMISED.search(found.text) or claim_passed_on(found.text) or ABOUT_SOMEONE.search(found.text)
        else next((p for p in found.people if p not in found.addressees), None),
        "vendor": found.vendor,
        "state": found.item_state,
    }
    narrowed = {k: v for k, v in narrowed.items() if v}
    if (
        found.people and not found.projects and WE_PROMISED.search(found.text)
    ):  # «мы обещали Ирине»: her project
        from pipeline.service import memory as memory_service

        found.projects = list(
            dict.fromkeys(a["project"] for a in memory_service.authors() if a["author"] in found.people)
        )
    if narrowed and not found.projects:  # "who promised the estimate?": across projects, only what matches
        return [call(memory_tools.project_overview, focus=focus, **narrowed)]
    calls = _projects_for(found, focus)
    for c in calls:
        c["args"].update(narrowed)
    return calls


# «альфа строй — риски и обещания»: both named in one part, each answered, in the order said (and both for what
# memory.extract found)
ITEMS_SAID = {
    "risks": re.compile(r"\brisks?\b|\bred flags?\b|(?<!\w)риск(?:и|ов|ам|ах)?(?!\w)", re.I),
    "commitments": re.compile(r"\bcommitments?\b|\bpromises\b|(?<!\w)(?:обещани|обязательств)\w*", re.I),
}


def _items_said(found: Entities, intent: str) -> list[dict[str, Any]]:
    said = {focus: m.start() for focus, rule in ITEMS_SAID.items() if (m := rule.search(found.text))}
    if found.jobs == ["memory.extract"]:  # what the extraction found: both kinds it writes
        said = {"commitments": 0, "risks": 1}
    focuses = sorted(said, key=said.get) if len(said) == 2 else [intent]  # type: ignore[arg-type]
    return [c for focus in focuses for c in _about_projects(found, focus)]


@planner("commitments")
def _commitments(found: Entities, previous: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return _items_said(found, "commitments")


@planner("risks")
def _risks(found: Entities, previous: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return _items_said(found, "risks")


@planner("item_status")
def _item_status(found: Entities, previous: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """ "the invoice" of a project: what was promised about it and what risks name it."""
    if not found.projects:  # "is invoice 17 paid?": the one project whose promises or risks name it
        from agent.offline.understanding.subjects import item_projects

        found.projects = item_projects(found.text, None, found)[:1]
    if PAYMENT_ASKED.search(found.text):  # "is invoice 17 paid?": the risks that say so come first
        return _about_projects(found, "risks") + _about_projects(found, "commitments")
    return _about_projects(found, "commitments") + _about_projects(found, "risks")


PAYMENT_ASKED = re.compile(r"\bpaid\b|\bpay(?:ing|s|ment)?\b|оплат|заплат", re.I)


@planner("digest")
def _digest(found: Entities, previous: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return _projects_for(found, "digest")


@planner("actions")
def _actions(found: Entities, previous: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if found.action_id is not None:  # "who applied action 3?"
        return [call(memory_tools.action_details, action_id=found.action_id)]
    return _projects_for(found, "actions")


@planner("projects")
def _projects(found: Entities, previous: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [call(memory_tools.list_projects)]


# one message asked about, the newest: "her last message", «о чём было её сообщение», "what did she last say"
LAST_MESSAGE = re.compile(
    r"\b(?:last|latest|most recent|newest) (?:message|note|comment)\b(?!s)|\b(?:her|his|the) message\b(?!s)"
    r"|(?<!\w)(?:е[её]|его|последн\w+)\s+сообщени(?:е|я)(?!\w)(?!\s+(?:все|были))"
    # «что Ирина писала последнее?», "the last thing Tom wrote": one thing, the newest
    r"|(?<!\w)(?:писал|написал|сказал)\w*\s+последнее(?!\w)|(?<!\w)последнее,?\s+(?:что\s+)?(?:\w+\s+){0,2}(?:писал|написал|сказал)"
    r"|\bthe last thing (?:\w+\s+){0,2}(?:wrote|said|posted)\b"
    r"|\b(?:wrote|write|written|said|say|posted)\b.{0,25}\bmost recently\b"  # "what did Tom write to us most recently"
    # «когда она писала в последний раз», "when did she last write": the newest one, and when
    r"|(?:когда|when)\b.{0,40}(?:в последний раз|\blast\s+(?:wrote|write|said|say|messaged|posted))",
    re.I,
)


@planner("person")
def _person(found: Entities, previous: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if found.people:  # "what did Irina and Tom write?": each of them
        # «когда она писала в последний раз и о чём было её сообщение?»: her newest message, the one asked about
        last = found.order == "latest" or re.search(
            r"последн|\blast\b|\blatest\b|\bmost recently\b", found.text, re.I
        )
        one = {"limit": 1} if last and LAST_MESSAGE.search(found.text) else {}
        return [
            call(memory_tools.person_messages, person=p, project=found.project, vendor=found.vendor, **one)
            for p in found.people[:3]
        ]
    return [call(memory_tools.search_memory, query=found.query, project=found.project)]


@planner("search")
def _search(found: Entities, previous: list[dict[str, Any]]) -> list[dict[str, Any]]:
    from agent.offline.understanding.named import issue_key

    key = issue_key(found.text)  # "ALF-2": that issue, by its key
    return [call(memory_tools.search_memory, query=key or found.query, project=found.project)]


def plan_person(name: str) -> dict[str, Any]:
    """What a person wrote, for a name the data may not know (the tool says who the authors are)."""
    return call(memory_tools.person_messages, person=name)


def plan_search(query: str) -> dict[str, Any]:
    """A memory search for a subject named in so many words ("а что там с фасадом")."""
    return call(memory_tools.search_memory, query=query)


def _by_entity(found: Entities, previous: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """No intent, but a subject: what there is to say about it."""
    if found.run_id is not None:  # a job said beside it: its runs, should the number be none of them
        return [call(engine_tools.run_details, **_run_named(found))]
    if (
        found.snapshot_ids
    ):  # «снимок 5 — что в нём?»: the snapshot against the one before it (or that it is none)
        return [
            call(snapshot_tools.snapshot_diff, snapshots=found.snapshot_ids, contents=_contents_asked(found))
        ]
    if found.check_id is not None or found.address or found.source:
        return _check(found, previous)  # an address no check has: the answer says so
    if found.project and not found.literal_jobs:  # "what the bot suggests for alfa": the project, not the job
        return [call(memory_tools.project_overview, project=found.project)]
    if found.job:
        return _status(found, previous)
    if found.people:
        return [call(memory_tools.person_messages, person=found.people[0])]
    if found.project:
        return [call(memory_tools.project_overview, project=found.project)]
    return []


def plan(intent: str | None, found: Entities, previous: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The tool calls for an intent (or, without one, for the subject the question names)."""
    calls = (
        _by_entity(found, previous)
        if intent is None
        else PLANNERS[intent](found, previous)
        if intent in PLANNERS
        else []
    )
    return calls + _checks_of_address(found, calls)


def _checks_of_address(found: Entities, calls: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """«Проверка №15 по адресу Ленинский 90» when no check #15 exists: that address's checks, after the answer that
    there is no such check, so the asker sees which ones there are."""
    if found.check_id is None or not found.address:
        return []
    if not any(c["args"].get("check_id") == found.check_id for c in calls):
        return []
    from pipeline.service import checks as checks_service

    if any(row["id"] == found.check_id for row in checks_service.list_checks(500)):
        return []
    return [call(check_tools.list_checks, address=found.address)]


def _named_args(found: Entities) -> dict[str, Any]:
    args = {
        "job": found.job,
        "run_id": found.run_id,
        "check_id": found.check_id,
        "order": found.order if found.about_check else None,
        "address": found.address,
        "source": found.source,
        "project": found.project,
        "person": found.people[0] if found.people else None,
        "period": found.period,
        "fact_id": found.fact_id,
        "snapshots": found.snapshot_ids or None,  # "and snapshot 7?" after the snapshots of a property
    }
    return {k: v for k, v in args.items() if v is not None}


def follow_up_calls(previous: list[dict[str, Any]], found: Entities) -> list[dict[str, Any]]:
    """The previous turn's tools again, with whatever the new question names in place of the old subject."""
    named = _named_args(found)
    repeated = []
    for old in previous:
        tool = BY_NAME.get(old["name"])
        if tool is None:
            continue
        if named and not call_args(tool, named):
            continue  # the new subject is not the old tool's kind (a job after a check): not a follow-up of it
        args = dict(old["args"])
        if {"check_id", "order", "address"} & set(named):
            for key in ("check_id", "order", "address"):
                args.pop(key, None)
        args.update(call_args(tool, named))
        if "query" in call_args(tool, {"query": 1}) and not named:
            args["query"] = found.query
        repeated.append({"name": old["name"], "args": args})
    return repeated


ECONOMY = re.compile(r"econom|эконом", re.I)
ECONOMY_OFF = re.compile(r"\boff\b|disable|выключ|отключ|без экономии", re.I)
# Switched on, said before any "off": "switch economy mode on this afternoon … until it is switched off again"
ECONOMY_ON = re.compile(
    r"\b(?:switch|turn|put|flip|set)\w*\s+(?:\w+\s+){0,3}?on\b|\bmode (?:is |were |was |goes |went )?on\b"
    r"|\benabl|\bactivat|(?<!вы)(?<!от)включ",
    re.I,
)


def economy_switched_on(question: str) -> bool:
    """Economy mode imagined on: no "off" said, or an "on" said before the first "off"."""
    off, on = ECONOMY_OFF.search(question), ECONOMY_ON.search(question)
    return off is None or (on is not None and on.start() < off.start())


CAP = re.compile(r"budget|\bcap\b|\blimit\b|бюджет|лимит|потол", re.I)
BUDGET_UNITS = ("usd", "source_calls", "embeddings", "llm_calls", "tokens")


def budget_unit_missing(question: str) -> bool:
    """ "With a daily cap of 10, would today's work stop?": 10 of what — dollars, source calls, embeddings…"""
    from agent.offline.understanding.requests import budget_kind, budget_number

    kind = budget_kind(question)
    economy = re.search(
        r"econom|эконом", question, re.I
    )  # «экономия включена … (сейчас лимит 500 шт.)»: a run's
    return kind is None and budget_number(question) is not None and bool(CAP.search(question)) and not economy


# a cadence imagined: "every 30 min", «раз в 15 минут», «каждые 2 часа» ("hourly", «раз в полчаса»: colloquial)
CADENCE_SAID = re.compile(
    r"(?:every|each|раз в|каждые|каждый|кажд\w+)\s+(\d+(?:[.,]\d+)?)\s*(min|minutes?|мин\w*|m\b|h\b|hrs?\b|hours?|час\w*|ч\b)"
    # "the cadence of memory.build at 90 minutes": the cadence said as a setting
    r"|(?:cadence|interval|period|периодичност\w*|интервал\w*|каденс\w*)\b.{0,40}?(?:\b(?:at|to|of|на|в)\s+|\s)(\d+(?:[.,]\d+)?)\s*"
    r"(min|minutes?|мин\w*|m\b|h\b|hrs?\b|hours?|час\w*|ч\b)",
    re.I,
)


def plan_what_if(question: str, found: Entities) -> list[dict[str, Any]]:
    """A hypothetical: economy mode on or off, or a daily budget of a kind and a limit, for the job named (or all)."""
    from agent.offline.understanding.requests import budget_kind, budget_number

    economy = economy_switched_on(question) if ECONOMY.search(question) else None
    kind = budget_kind(question)
    every = CADENCE_SAID.search(question)
    if every and found.job and economy is None:  # "if the build ran every 30 min": that job's cadence moved
        number, unit = (
            (every.group(1), every.group(2)) if every.group(1) else (every.group(3), every.group(4))
        )
        minutes = float(number.replace(",", ".")) * (60 if re.match(r"h|час|ч", unit, re.I) else 1)
        return [call(engine_tools.what_if, job=found.job, cadence_minutes=minutes)]
    limit = budget_number(question)
    if economy is None and not (kind and limit is not None):
        return [call(engine_tools.economy_and_budgets)]
    args = {"economy": economy, "job": found.job}
    if kind and limit is not None and economy is None:
        args |= {"budget_kind": kind, "budget_limit": limit}
    return [call(engine_tools.what_if, **args)]
