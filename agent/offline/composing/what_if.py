"""Answers to a hypothetical, from the jobs' own rules (the `what_if` tool): economy mode on or off — each job's
cadence, next run and limit before and after, and whether its work would pause — or a daily budget."""

from __future__ import annotations

from typing import Any

from agent.offline.composing.common import cadence, money, renders, when
from agent.tools import engine as tools
from pipeline.i18n import tr
from pipeline.i18n.jobs import job_said


def _cadence_lines(c: dict[str, Any], lang: str) -> list[str]:
    """ "If the build ran every 30 min": its cadence now and then, its next run moved, runs a day."""
    values = {
        "job": job_said(c["job"], lang),
        "now": cadence(c["cadence_s_now"], lang),
        "then": cadence(c["cadence_s_then"], lang),
        "a_day_now": f"{c['runs_a_day_now']:g}" if c["runs_a_day_now"] is not None else "—",
        "a_day_then": f"{c['runs_a_day_then']:g}",
    }
    lines = [
        tr(
            lang,
            "{job} runs every {now} now; set to every {then}, it would run {a_day_then} times a day instead of {a_day_now}.",
            **values,
        )
    ]
    if c["next_run_at_then"]:
        lines.append(
            tr(
                lang,
                "Its next run would move from {before} to {after}.",
                before=when(c["next_run_at_now"], lang),
                after=when(c["next_run_at_then"], lang),
            )
        )
    if c["paused"]:
        lines.append(tr(lang, "It is paused: no cadence runs it until it is resumed."))
    lines.append(
        tr(
            lang,
            "Nothing is changed: an admin sets a cadence with `mirano set {job} --cadence {every}`.",
            job=c["job"],
            every=_every(c["cadence_s_then"]),
        )
    )
    return lines


@renders(tools.what_if)
def _what_if(data: dict[str, Any], lang: str, intent: str | None) -> list[str]:
    lines: list[str] = []
    if data.get("cadence"):
        lines += _cadence_lines(data["cadence"], lang)
    if data.get("economy"):
        lines += economy_effect(data["economy"], lang)
    budget = data.get("budget")
    if budget:
        dollars = budget["kind"] == "usd"
        kind = tr(lang, BUDGET_KIND_LABELS.get(budget["kind"], budget["kind"]))

        def amount(value: float) -> str:
            return money(value) if dollars else f"{value:g}"

        values = {  # "$1.00", "100 embeddings" / «100 (эмбеддинги)»
            "limit": money(budget["limit"])
            if dollars
            else f"{budget['limit']:g} " + (f"({kind})" if lang == "ru" else kind),
            # "0 tokens are spent today": the count with its unit, as the limit has it
            "spent": amount(budget["spent_today"])
            if dollars
            else f"{budget['spent_today']:g} " + (f"({kind})" if lang == "ru" else kind),
            "left": amount(budget["left"]),
        }
        if budget["would_stop"]:
            over = budget["spent_today"] > budget["limit"]
            lines.append(
                tr(
                    lang,
                    "With a daily budget of {limit}, today is already over it and today's work would stop "
                    "now: {spent} are spent today."
                    if over
                    else "With a daily budget of {limit}, today has already reached it and today's work "
                    "would stop now: {spent} are spent today.",
                    **values,
                )
            )
        else:
            lines.append(
                tr(
                    lang,
                    "With a daily budget of {limit}, it would not be reached today and today's work would still "
                    "run: {spent} are spent today, {left} left; work stops only once {limit} are spent.",
                    **values,
                )
            )
        if dollars:
            lines.append(
                tr(
                    lang,
                    "A dollar budget, once the day's spending gets to it, stops every job that spends anything.",
                )
            )
        elif budget.get("jobs"):
            lines.append(
                tr(
                    lang,
                    "Such a budget stops the jobs that spend {kind}: {jobs}; the others go on.",
                    kind=kind,
                    jobs=", ".join(budget["jobs"]),
                )
            )
    return lines


BUDGET_KIND_LABELS = {
    "embeddings": "embeddings",
    "llm_calls": "LLM calls",
    "tokens": "tokens",
    "source_calls": "source calls",
    "usd": "dollars",
}


DAY = 86400  # seconds: a cadence of a day or less is also said as runs a day


def _per_day(cadence_s: float) -> str:
    return f"{DAY / cadence_s:.1f}".removesuffix(".0")


def economy_effect(effect: dict[str, Any], lang: str) -> list[str]:
    """Economy mode on or off as it would be: per job, the cadence and the next run before → after, the limit."""
    state = tr(lang, "on") if effect["on"] else tr(lang, "off")
    if effect["already"]:
        lines = [tr(lang, "Economy mode is already {state}: nothing would change.", state=state)]
        for row in effect["jobs"] if effect.get("job") else []:  # the job asked about, as it runs now
            lines.append(
                tr(lang, "{job} runs every {now}.", job=row["job"], now=cadence(row["cadence_s_now"], lang))
            )
        return lines
    if effect["on"]:
        lead = tr(
            lang,
            "With economy mode on, per-run limits would be x{limit} and cadences x{cadence}:",
            limit=effect["limit_factor"],
            cadence=effect["cadence_factor"],
        )
    else:
        lead = tr(lang, "With economy mode off, cadences and per-run limits would be back to normal:")
    lines = [lead]
    named = [row for row in effect["jobs"] if row["job"] == effect.get("job")]
    if effect["on"] and named:  # «поставят ли на паузу извлечение?»: the job asked about, answered first
        said = job_said(named[0]["job"], lang)
        lines.insert(
            0,
            tr(lang, "{job} would pause: {why}.", job=said, why=_why_paused(named[0]["paused"], lang))
            if named[0]["paused"]
            else tr(
                lang,
                "{job} would not pause: it does not call the online LLM; it would only run less often.",
                job=said,
            ),
        )
    elif effect["on"]:  # "which jobs would pause?" is answered first, whatever else moves
        paused = [
            f"{row['job']} ({_why_paused(row['paused'], lang)})" for row in effect["jobs"] if row["paused"]
        ]
        lines.insert(
            0,
            tr(lang, "Would pause: {jobs}; the others would run less often.", jobs="; ".join(paused))
            + (" " + tr(lang, LLM_IDLE) if effect.get("llm_idle") else "")
            if paused
            else tr(
                lang,
                "No job would pause: economy pauses only work that calls an online LLM, and no job calls one "
                "here; the others would run less often.",
            ),
        )
    for row in effect["jobs"]:
        values = {
            "job": row["job"],
            "then": cadence(row["cadence_s_then"], lang),
            "now": cadence(row["cadence_s_now"], lang),
            "limit_then": row["limit_then"],
            "limit_now": row["limit_now"],
        }
        if row["paused"]:
            line = tr(lang, "{job} would pause: {why}", why=_why_paused(row["paused"], lang), **values)
        else:
            line = tr(lang, "{job} would still run, every {then} instead of {now}", **values)
        if (
            not row["paused"]
            and row["cadence_s_now"] <= DAY
            and row["cadence_s_then"] != row["cadence_s_now"]
        ):
            line += tr(
                lang,
                "; runs a day: {then_n} instead of {now_n}",
                then_n=_per_day(row["cadence_s_then"]),
                now_n=_per_day(row["cadence_s_now"]),
            )
        if row["next_run_at_now"] and not row["paused"]:
            line += tr(
                lang,
                "; its next run would move from {old} to {new}",
                old=when(row["next_run_at_now"], lang),
                new=when(row["next_run_at_then"], lang),
            )
        if row["limit_then"] != row["limit_now"] and not row["paused"]:
            line += tr(lang, "; up to {limit_then} items a run instead of {limit_now}", **values)
        lines.append(f"- {line}.")
    return lines


def switched_off_line(off: str, lang: str) -> str:
    """A job switched off ("paused:<job>": paused), as a hypothetical: what it would stop making, and which jobs
    would get nothing new; a paused job can still be started by hand."""
    from agent.offline.understanding.switched_off import readers_of

    job = off.removeprefix("paused:")
    readers = readers_of(job)
    if off.startswith("paused:"):
        line = tr(
            lang,
            "If {job} were paused, its schedule would not start it until someone resumes it (Resume on the Jobs "
            "page, or `mirano resume {job}`); Run now on the Jobs page, or `mirano run {job}`, would still start "
            "it by hand.",
            job=job,
        )
        if readers:
            line += " " + tr(
                lang,
                "Until then these jobs would get nothing new from it: {readers}.",
                readers=", ".join(readers),
            )
        return line
    if not readers:
        return tr(
            lang,
            "If {job} were switched off, it would do nothing more; no other job reads what it makes.",
            job=job,
        )
    return tr(
        lang,
        "If {job} were switched off, it would bring in nothing new, and these jobs would get nothing new from it: "
        "{readers}. Today they stand as follows.",
        job=job,
        readers=", ".join(readers),
    )


LLM_IDLE = "Work that calls an online LLM would pause too; no online model is configured here, so none does."


def _why_paused(reason: str, lang: str) -> str:
    """Why economy mode would pause a job (its spec's reason): it calls the online LLM, or it is optional work."""
    if "LLM" in reason:
        return tr(lang, "it calls the online LLM")
    return tr(lang, "it is optional work, which economy mode pauses whole")


def _every(seconds: float) -> str:
    """The cadence as `mirano set --cadence` takes it: 90s, 30m, 2h, 1d (the largest unit that divides it)."""
    seconds = int(seconds)
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size and seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"
