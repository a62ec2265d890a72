"""Answers about jobs and runs: the first sentence answers the question, the lines after it give the detail."""

from __future__ import annotations

import re
from typing import Any

from agent.envelope import unwrap
from agent.offline.composing.common import (
    UNIT_LABELS,
    cadence,
    duration,
    money,
    reason,
    renders,
    starter,
    status,
    units,
    when,
)
from agent.tools import engine as tools
from pipeline.i18n import tr, trn
from pipeline.service.runs import PROGRESS_WORDS

PERIODS = {
    "today": "Today",
    "yesterday": "Yesterday",
    "week": "Over the last 7 days",
    "month": "Over the last 30 days",
    "all": "Since the first run",
}


def _job_line(r: dict[str, Any], lang: str) -> str:
    last = (
        tr(lang, "last run #{id} {status}", id=r["last_run_id"], status=status(r["last_status"], lang))
        if r["last_run_id"]
        else tr(lang, "no runs yet")
    )
    line = f"{r['name']}: {status(r['status'], lang)}; {last}"
    if r["reason"]:
        line += f" — {reason(r['reason'], lang, 120)}"
    return (
        line + "; " + tr(lang, "next run {at}", at=when(r["next_run_at"], lang) if r["next_run_at"] else "—")
    )


def progress_words(progress: dict[str, Any], lang: str) -> str:
    """ "Chunks: 312 of 1,040" when the work left is known, else the count so far: never the per-run limit."""
    done = progress.get("done", progress.get("processed", 0))
    if progress.get("total"):
        return tr(lang, PROGRESS_WORDS[progress.get("unit", "items")], done=done, total=progress["total"])
    return tr(lang, "{done} items so far (total not known yet)", done=done)


@renders(tools.job_status)
def _jobs(rows: list[dict[str, Any]] | None, lang: str, intent: str | None) -> list[str]:
    if not rows:
        return []
    if len(rows) == 1:
        r = rows[0]
        if r["status"] == "running":
            lead = tr(
                lang,
                "{job} is running now: run #{run} since {since}; {progress}.",
                job=r["name"],
                run=r["running_run_id"],
                since=when(r["running_since"], lang),
                progress=progress_words(r["progress"], lang),
            )
        elif r["last_run_id"]:
            # "is the build running?": not now, and how its last run went (a failure keeps its own word)
            words = (
                "{job} is not running now: its last run #{run} was {last}"
                if r["status"] in ("ok", "skipped", "idle")
                else "{job} is {status}: its last run #{run} was {last}"
            )
            lead = (
                tr(
                    lang,
                    words,
                    job=r["name"],
                    status=status(r["status"], lang),
                    run=r["last_run_id"],
                    last=status(r["last_status"], lang),
                )
                + (f" — {reason(r['reason'], lang)}" if r["reason"] else "")
                + "."
            )
        else:
            lead = tr(
                lang,
                "{job} is {status}: it has not run yet.",
                job=r["name"],
                status=status(r["status"], lang),
            )
        detail = tr(
            lang,
            "Last success: {success}; processed {n}; next run: {next}.",
            success=when(r["last_success_at"], lang),
            n=r["processed"],
            next=when(r["next_run_at"], lang) if r["next_run_at"] else tr(lang, "not scheduled"),
        )
        if r.get("cadence_s"):  # "why does the digest run twice a day?": how often it runs, said
            detail = (
                detail[:-1] + "; " + tr(lang, "it runs every {every}.", every=cadence(r["cadence_s"], lang))
            )
        if r.get("last_worked"):  # the last run processed nothing: the newest one that did
            worked = r["last_worked"]
            detail += " " + tr(
                lang,
                "It last did work in run #{run} ({at}): {n} processed.",
                run=worked["id"],
                at=when(worked["started_at"], lang),
                n=worked["processed"],
            )
        if r.get("last_cost"):
            cost = r["last_cost"]
            words = (
                "Run #{run} cost {usd} ({calls} source call(s))."
                if cost["source_calls"]
                else "Run #{run} cost {usd}."
            )
            detail += " " + tr(
                lang, words, run=r["last_run_id"], usd=money(cost["usd"]), calls=cost["source_calls"]
            )
        if not r["last_run_id"] and r.get("description"):  # a job never seen running: say what it is for
            detail += " " + tr(lang, "What it does: {what}.", what=tr(lang, r["description"]))
        return [lead, detail]
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["status"]] = counts.get(r["status"], 0) + 1
    running = [r["name"] for r in rows if r["status"] == "running"]
    summary = ", ".join(f"{status(s, lang)} {n}" for s, n in sorted(counts.items()))
    lead = (
        tr(lang, "{n} jobs: {summary}.", n=len(rows), summary=summary)
        + " "
        + (
            tr(lang, "Running now: {jobs}.", jobs=", ".join(running))
            if running
            else tr(lang, "Nothing is running now.")
        )
    )
    return [lead] + [f"- {_job_line(r, lang)}" for r in rows]


@renders(tools.running_now)
def _running(data: dict[str, Any], lang: str, intent: str | None) -> list[str]:
    nxt = data["next"]
    due = [n["job"] for n in nxt if n["at"] <= data["now"]]
    if due:
        upcoming = tr(lang, "due now: {jobs}", jobs=", ".join(due))
    elif nxt:
        upcoming = tr(lang, "next: {job} at {at}", job=nxt[0]["job"], at=when(nxt[0]["at"], lang))
    else:
        upcoming = tr(lang, "nothing is scheduled")
    nxt = [n for n in nxt if n["at"] > data["now"]] if due else nxt
    if data["running"]:
        runs = ", ".join(
            tr(
                lang,
                "{job} (run #{run} since {since}; {progress})",
                job=r["job"],
                run=r["run_id"],
                since=when(r["since"], lang),
                progress=progress_words(r["progress"] or {}, lang),
            )
            for r in data["running"]
        )
        lines = [tr(lang, "Running now: {runs}; {next}.", runs=runs, next=upcoming)]
    else:
        lines = [tr(lang, "Nothing is running now; {next}.", next=upcoming)]
    if data["queued"]:
        lines.append(tr(lang, "Queued: {jobs}.", jobs=", ".join(data["queued"])))
    later = nxt if due else nxt[1:]
    if later:
        lines.append(
            tr(
                lang,
                "After that: {items}.",
                items=", ".join(f"{n['job']} {when(n['at'], lang)}" for n in later),
            )
        )
    lines.append(_backing_off(data.get("backing_off", []), lang))
    if "scheduler" in data:  # "is the scheduler alive?": without it, jobs start only on Run now
        lines.append(
            tr(lang, "The scheduler is running: jobs start on their schedules.")
            if data["scheduler"]
            else tr(lang, "The scheduler is not running: jobs start only when someone presses Run now.")
        )
    return lines


def _backing_off(rows: list[dict[str, Any]], lang: str) -> str:
    """Jobs backing off after failures, each with its reason and when it tries again; or that none is."""
    if not rows:
        return tr(lang, "No job is backing off.")
    items = "; ".join(
        tr(
            lang,
            "{job} ({reason}; next try {at})",
            job=r["job"],
            reason=reason(r["reason"], lang),
            at=when(r["until"], lang),
        )
        for r in rows
    )
    return tr(lang, "Backing off: {items}.", items=items)


@renders(tools.next_run)
def _next(data: dict[str, Any], lang: str, intent: str | None) -> list[str]:
    rows = data["jobs"]
    if not rows:
        return []

    def one(r: dict[str, Any]) -> str:
        if not r["next_run_at"] and r["cadence_s"]:
            said = tr(
                lang,
                "{job} has no next run scheduled; once scheduled it runs every {every}.",
                job=r["job"],
                every=cadence(r["cadence_s"], lang),
            )
            if r["last_run_id"]:
                return said
            # "when did the recheck run last night?": it has not run at all, said first
            return tr(lang, "{job} has not run yet.", job=r["job"]) + " " + said
        if not r["next_run_at"]:
            return tr(lang, "{job} has no next run scheduled.", job=r["job"])
        values = {"job": r["job"], "at": when(r["next_run_at"], lang), "every": cadence(r["cadence_s"], lang)}
        if r["next_run_at"] <= data["now"]:
            text = tr(lang, "{job} is due now (it was due at {at}); it runs every {every}.", **values)
        else:
            text = tr(lang, "{job} runs next at {at}; it runs every {every}.", **values)
        return text + (f" {tr(lang, 'Backing off')}: {reason(r['backoff'], lang)}." if r["backoff"] else "")

    if data["job"]:
        return [one(rows[0])]
    scheduled = [r for r in rows if r["next_run_at"]]
    lead = (
        tr(lang, "Next: {job} at {at}.", job=scheduled[0]["job"], at=when(scheduled[0]["next_run_at"], lang))
        if scheduled
        else tr(lang, "No run is scheduled.")
    )
    return [lead] + [
        f"- {r['job']}: {when(r['next_run_at'], lang) if r['next_run_at'] else '—'}" for r in rows
    ]


def _pace(run: dict[str, Any], timing: dict[str, Any], lang: str) -> str:
    if timing["skipped_before_work"]:
        return tr(lang, "it was skipped before doing any work")
    took, median = timing["duration_s"], timing["median_earlier_s"]
    if took is None:
        return tr(lang, "it is still running")
    if not median:
        return tr(lang, "there are no earlier successful runs to compare with")
    ratio = took / median
    word = "slower than usual" if ratio > 1.5 else "faster than usual" if ratio < 0.67 else "as usual"
    return tr(
        lang,
        "against a median of {median} for earlier runs: {word}",
        median=duration(median, lang),
        word=tr(lang, word),
    )


def run_summary(run: dict[str, Any], lang: str) -> str:
    summary = tr(
        lang,
        "Started {at} by {trigger}, took {took}, processed {done}/{limit}; cost: {units}.",
        at=when(run["started_at"], lang),
        trigger=starter(run, lang),
        took=duration(run["duration_s"], lang),
        done=run["processed"],
        limit=run["limit"],
        units=units(run["cost"], lang),
    )
    read = run_read(run, lang)
    return f"{read}. {summary}" if read else summary


def run_read(run: dict[str, Any], lang: str) -> str | None:
    """What a run went through in its work's own unit ("Conversations: 5 of 5"), beside what it changed: a sync
    that read five conversations and found nothing new processed 0 items."""
    progress = run.get("progress") or {}
    if progress.get("unit", "items") == "items" or not progress.get("total"):
        return None  # no unit of its own, or nothing to go through (a skip): "processed 0" says it all
    return progress_words(progress, lang)


def never_ran(data: dict[str, Any], lang: str) -> list[str]:
    """A false premise said first: the job has not run at all, then when it is planned and what it would do."""
    job = data["job"]
    if data["next_run_at"]:
        lead = tr(
            lang,
            "{job} has not run yet; it is planned for {at}.",
            job=job,
            at=when(data["next_run_at"], lang),
        )
    else:
        lead = tr(lang, "{job} has not run yet, and no run of it is planned yet.", job=job)
    lines = [lead]
    if data.get("cadence_s"):
        lines.append(
            tr(lang, "Once scheduled it runs every {every}.", every=cadence(data["cadence_s"], lang))
        )
    if data.get("would_skip"):
        lines.append(tr(lang, "Run now it would skip: {reason}.", reason=reason(data["would_skip"], lang)))
    return lines


@renders(tools.run_details)
def _run(data: dict[str, Any] | None, lang: str, intent: str | None) -> list[str]:
    if not data:
        return []
    if data.get("never_ran"):
        return never_ran(data["never_ran"], lang)
    run, timing = data["run"], data["timing"]
    ids = {"id": run["id"], "job": run["job"], "status": status(run["status"], lang)}
    if intent == "who_started":  # "who started run 8?": who, first
        person = run.get("started_by") not in (None, "scheduler", run["trigger"])
        lead = tr(
            lang,
            "Run #{id} of {job} was started by {who} ({how}) at {at}; it was {status}"
            if person
            else "Run #{id} of {job} was started by the schedule at {at}, not by a person; it was {status}",
            who=run.get("started_by"),
            how=tr(lang, run["trigger"]),
            at=when(run["started_at"], lang),
            **ids,
        )
        lead += f": {reason(run['reason'], lang)}." if run["reason"] else "."
    elif intent == "timing":
        lead = tr(
            lang,
            "Run #{id} of {job} took {took}: {pace}",
            took=duration(run["duration_s"], lang),
            pace=_pace(run, timing, lang),
            **ids,
        )
        lead += (f" — {reason(run['reason'], lang)}" if run["reason"] else "") + "."
    else:
        lead = tr(lang, "Run #{id} of {job} ({at}) was {status}", at=when(run["started_at"], lang), **ids)
        lead += (
            f": {reason(run['reason'], lang)}." if run["reason"] else tr(lang, "; no reason was recorded.")
        )
    if data.get("no_run_with_status") == "failed":
        lead = f"{tr(lang, '{job} has not failed: there is no failed run.', job=run['job'])} {lead}"
    elif data.get("no_run_with_status"):
        missing = tr(
            lang,
            "{job} has no {status} run.",
            job=run["job"],
            status=status(data["no_run_with_status"], lang),
        )
        lead = f"{missing} {lead}"
    lines = [lead]
    if timing["hit_limit"]:
        lines.append(tr(lang, "It stopped at its per-run limit of {limit} items.", limit=run["limit"]))
    if timing["economy"]:
        lines.append(tr(lang, "Economy mode was on: its limit was reduced."))
    elif intent == "economy":  # asked of this run: off is the answer, said as plainly
        lines.append(tr(lang, "Economy mode was off for this run: its normal limit applied."))
    if run["status"] == "skipped" and unwrap(run.get("reason")).startswith("nothing new"):
        # "is that bad?": a skip for want of work is the normal case, nothing to do
        lines.append(
            tr(lang, "That is normal, not a fault: there was nothing new to process; nothing needs doing.")
        )
    lines.append(run_summary(run, lang))
    return lines


def run_line(r: dict[str, Any], lang: str) -> str:
    line = tr(
        lang,
        "run #{id} {job}: {status}, {at} by {who}, processed {done}/{limit}, {usd}",
        id=r["id"],
        job=r["job"],
        status=status(r["status"], lang),
        at=when(r["started_at"], lang),
        who=starter(r, lang),
        done=r["processed"],
        limit=r["limit"],
        usd=money(r["cost"]["usd"]),
    )
    return line + (f" — {reason(r['reason'], lang, 160)}" if r["reason"] else "")


@renders(tools.recent_runs)
def _runs(data: dict[str, Any], lang: str, intent: str | None) -> list[str]:
    rows = data["runs"]
    which = status(data["status"], lang) if data["status"] else ""
    period = period_label(data["period"], lang).lower() if data["period"] else ""
    values = {"status": which, "period": period, "job": data.get("job") or "", "n": len(rows)}
    if not rows and data.get("never_ran"):
        return never_ran(data["never_ran"], lang)
    if not rows and data.get("ahead"):
        return [tr(lang, "{day} is still ahead: nothing has run on it yet.", day=data["period"])]
    if not rows:
        template = (
            ("No {status} runs of {job} {period}." if data.get("job") else "No {status} runs {period}.")
            if which
            else ("No runs of {job} {period}." if data.get("job") else "No runs {period}.")
        )
        latest = data.get("latest")
        return [_tidy(tr(lang, template, **values))] + ([f"- {run_line(latest, lang)}"] if latest else [])
    lead = "{n} {status} run(s) {period}, newest first:" if which else "{n} run(s) {period}, newest first:"
    lines = [_tidy(tr(lang, lead, **values))]
    if data.get("job") and not which:  # "how many times did the chatwoot sync run?": «… запускали 2 раза»
        once, times = "{job} ran once {period}:", "{job} ran {n} times {period}, newest first:"
        lines = [_tidy(trn(lang, once, times, len(rows), job=data["job"], period=period))]
    if which and data.get("of"):  # "2 of 11 runs (18 %)": the share asked or not, it is the context
        share = round(100 * data["matched"] / data["of"])
        lines.append(
            tr(lang, "That is {n} of {of} runs ({share} %).", n=data["matched"], of=data["of"], share=share)
        )
    return lines + [f"- {run_line(r, lang)}" for r in rows]


def _tidy(text: str) -> str:
    """A sentence with an empty part (no period said) closed up: no double space, no space before punctuation."""
    return re.sub(r"\s+([.,:])", r"\1", " ".join(text.split()))


@renders(tools.run_cost)
def _run_cost(data: dict[str, Any] | None, lang: str, intent: str | None) -> list[str]:
    if not data:
        return []
    run = data["run"]
    lead = tr(
        lang,
        "Run #{id} of {job} ({at}) cost {usd}: {units}.",
        id=run["id"],
        job=run["job"],
        at=when(run["started_at"], lang),
        usd=money(run["cost"]["usd"]),
        units=units(run["cost"], lang),
    )
    if data.get("job_class"):
        lead = tr(
            lang,
            "The last {kind} run was #{id} of {job} ({at}); it cost {usd}: {units}.",
            kind=tr(lang, data["job_class"]),
            id=run["id"],
            job=run["job"],
            at=when(run["started_at"], lang),
            usd=money(run["cost"]["usd"]),
            units=units(run["cost"], lang),
        )
    lead += each_unit(run["cost"], lang)
    return [
        lead,
        tr(
            lang,
            "It was {status}, processed {done}/{limit}.",
            status=status(run["status"], lang),
            done=run["processed"],
            limit=run["limit"],
        )
        + (f" {run_read(run, lang)}." if run_read(run, lang) else "")
        + (f" {reason(run['reason'], lang)}" if run["reason"] else ""),
    ]


EACH_UNIT = {  # a cost paid in one unit only, said per unit too ("what did it cost per chunk?")
    "embeddings": " That is {each} an embedding.",
    "llm_calls": " That is {each} an LLM call.",
    "source_calls": " That is {each} a source call.",
}


def each_unit(cost: dict[str, Any], lang: str) -> str:
    paid = [kind for kind in EACH_UNIT if cost.get(kind)]
    if len(paid) != 1 or not cost.get("usd") or cost[paid[0]] < 2:
        return ""
    return tr(lang, EACH_UNIT[paid[0]], each=money(cost["usd"] / cost[paid[0]], places=6))


KIND_LEADS = {  # the unit asked about first ("how many source calls yesterday?"), its money after
    "llm": "{period}, {subject} used {units} (the LLM cost {usd}).",
    "embeddings": "{period}, {subject} made {units} (they cost {usd}).",
    "source_calls": "{period}, {subject} made {units} (they cost {usd}).",
}
MONTHS = (
    "In January",
    "In February",
    "In March",
    "In April",
    "In May",
    "In June",
    "In July",
    "In August",
    "In September",
    "In October",
    "In November",
    "In December",
)


def period_label(period: str | None, lang: str) -> str:
    """ "Yesterday", "Over the last 3 days", "In November 2026" in the answer's language."""
    last = re.fullmatch(r"(\d{1,3})d", period or "")
    if last:
        return tr(lang, "Over the last {n} day(s)", n=int(last.group(1)))
    month = re.fullmatch(r"(\d{4})-(\d{2})", period or "")
    if month:
        return f"{tr(lang, MONTHS[int(month.group(2)) - 1])} {month.group(1)}"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", period or ""):
        return tr(lang, "On {day}", day=period)
    return tr(lang, PERIODS.get(period or "week", PERIODS["week"]))


@renders(tools.costs)
def _costs(data: dict[str, Any], lang: str, intent: str | None) -> list[str]:
    if data.get("never_ran"):  # a job's spend asked of a job that never ran: it spent nothing at all
        return never_ran(data["never_ran"], lang)
    period = period_label(data["period"], lang)
    answers = data.get("answers", 0)
    subject = tr(lang, "the assistant") if data["job"] == "assistant" else data["job"] or tr(lang, "all jobs")
    if data["job"] == "assistant" and not answers:
        return [
            tr(
                lang,
                "{period}, the assistant made no paid model calls: $0 (the offline model is free).",
                period=period,
            )
        ]
    if data["job"] == "assistant":
        shape = "{period}, {subject} cost {usd} over {answers} answer(s): {units}."
    elif answers:
        shape = "{period}, all jobs and the assistant cost {usd} over {runs} run(s) and {answers} answer(s): {units}."
    else:
        shape = "{period}, {subject} cost {usd} over {runs} run(s): {units}."
    lead = tr(
        lang,
        shape,
        period=period,
        subject=subject,
        usd=money(data["total"]["usd"]),
        runs=data["runs"],
        answers=answers,
        units=units(data["total"], lang),
    )
    lines = [lead]
    asked = data.get("kind_cost")
    if asked:  # the part asked about first ("on the LLM"), then the whole
        parts = ", ".join(tr(lang, label, n=f"{asked[key]:g}") for key, label in UNIT_LABELS if key in asked)
        lines = [
            tr(
                lang,
                KIND_LEADS[data["kind"]],
                period=period,
                subject=subject,
                units=parts,
                usd=money(asked["usd"]),
            ),
            lead,
        ]
    if not data["job"] and data["by_job"]:
        lines += [
            tr(
                lang,
                "- the assistant: {usd} over {runs} answer(s)",
                usd=money(slot["usd"]),
                runs=slot["runs"],
            )
            if job == "assistant"
            else tr(
                lang, "- {job}: {usd} over {runs} run(s)", job=job, usd=money(slot["usd"]), runs=slot["runs"]
            )
            for job, slot in sorted(data["by_job"].items(), key=lambda kv: -kv[1]["usd"])
        ]
    if len(data["by_day"]) > 1:
        lines.append(
            tr(
                lang,
                "By day: {days}.",
                days=", ".join(f"{d} {money(v)}" for d, v in sorted(data["by_day"].items())),
            )
        )
    if data["top_runs"]:
        lines.append(
            tr(
                lang,
                "Most expensive runs: {runs}.",
                runs=", ".join(f"#{r['id']} {r['job']} {money(r['cost']['usd'])}" for r in data["top_runs"]),
            )
        )
    if data.get("unspent"):  # "and the linear one?" at $0: its runs skipped or failed, and why
        said = "; ".join(
            f"#{r['id']} {status(r['status'], lang)} — {reason(r['reason'], lang)}" for r in data["unspent"]
        )
        lines.append(tr(lang, "Runs that spent nothing: {runs}.", runs=said))
    today = data["today"]
    if today["budgets"]:
        lines.append(
            tr(
                lang,
                "Daily budgets today: {items}.",
                items=", ".join(
                    f"{k} {today['spent_today'].get(k, 0):g}/{v:g}" for k, v in today["budgets"].items()
                ),
            )
        )
    return lines


@renders(tools.economy_and_budgets)
def _economy(data: dict[str, Any], lang: str, intent: str | None) -> list[str]:
    eco = data["economy"]
    if eco["on"]:
        lead = tr(
            lang,
            "Economy mode is on: per-run limits x{limit}, cadences x{cadence}.",
            limit=eco["limit_factor"],
            cadence=eco["cadence_factor"],
        )
        if eco["llm_paused"]:
            lead += " " + tr(lang, "LLM work is paused.")
    else:
        lead = tr(lang, "Economy mode is off.")
    lines = [lead]
    budgets = data["budgets"]
    if budgets["budgets"]:
        lines.append(
            tr(
                lang,
                "Daily budgets: {items}.",
                items=", ".join(
                    f"{k} {budgets['spent_today'].get(k, 0):g}/{v:g}" for k, v in budgets["budgets"].items()
                ),
            )
        )
    else:
        lines.append(tr(lang, "No daily budgets are set."))
    lines.append(tr(lang, "Spent today: {spent}.", spent=units(budgets["spent_today"], lang)))
    if budgets["reached"]:
        lines.append(tr(lang, "Work is stopped: {reason}.", reason=reason(budgets["reached"], lang)))
    if data["affected_runs"]:
        lines.append(tr(lang, "Runs it changed:"))
        lines += [
            f"- {run_line(r, lang)}" + (f" ({tr(lang, 'economy mode')})" if r["economy"] else "")
            for r in data["affected_runs"]
        ]
    return lines


@renders(tools.assistant_modes)
def _modes(data: dict[str, Any], lang: str, intent: str | None) -> list[str]:
    llm = (
        tr(lang, "the online LLM {model}", model=data["llm_model"])
        if data["llm"] == "online"
        else tr(lang, "the offline deterministic model (no LLM)")
    )
    vendors = ", ".join(f"{tr(lang, v['label'])}: {tr(lang, v['mode'])}" for v in data["vendors"].values())
    return [
        tr(lang, "The assistant answers with {llm}.", llm=llm),
        tr(lang, "Systems: {vendors}.", vendors=vendors),
    ]
