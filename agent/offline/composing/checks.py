"""Answers about property checks: status and pending sources, reuse with its origin and date, timing, diffs."""

from __future__ import annotations

from typing import Any

from agent.envelope import unwrap
from agent.offline.composing.common import duration, money, quote, reason, renders, source, status, when
from agent.offline.composing.facts import fact_sentence, factor_name, review_summary
from agent.tools import checks as tools
from pipeline.i18n import tr, trn
from pipeline.i18n.risk_text import explanation

SUBJECT_REUSE = {
    "developer": "developer facts reused from check #{check} of {address} (fetched {at}), not re-checked",
    "person": "person facts reused from check #{check} of {address} (fetched {at}), not re-checked",
}


def reuse_phrase(
    from_check: Any,
    fetched_at: str | None,
    lang: str,
    provenance: str | None = None,
    level: str | None = None,
    address: str | None = None,
) -> str:
    """ "reused from check #1 (fetched 2026-12-01 23:33), not re-checked": reuse always names its origin (and a
    prefetch when one fetched it ahead of expiry); facts about a developer or a person name the level and the
    property whose check fetched them, since they were reused across properties."""
    if level in SUBJECT_REUSE and address:
        return tr(lang, SUBJECT_REUSE[level], check=from_check, address=address, at=when(fetched_at, lang))
    if provenance == "prefetch":
        return tr(
            lang,
            "reused from check #{check} (fetched by a prefetch {at}), not re-checked",
            check=from_check,
            at=when(fetched_at, lang),
        )
    return tr(
        lang,
        "reused from check #{check} (fetched {at}), not re-checked",
        check=from_check,
        at=when(fetched_at, lang),
    )


def _found_nothing(data: dict[str, Any], lang: str) -> list[str]:
    """One source asked about ("were enforcement proceedings found?") that ended with no record: said plainly."""
    asked = data.get("source_filter")
    ended = [v for v in data["sources"] if v["status"] in ("completed", "reused") or v["reused"]]
    if not asked or data.get("total_facts") or not ended:
        return []
    return [
        tr(
            lang,
            "{source}: nothing was found, no record in check #{id}.",
            source=source(asked, lang),
            id=data["id"],
        )
    ]


def _source_line(v: dict[str, Any], lang: str) -> str:
    if v["reused"]:
        state = reuse_phrase(
            v["reused_from_job_id"],
            v["fetched_at"],
            lang,
            v.get("provenance"),
            v.get("level"),
            v.get("reused_from_address"),
        )
    elif v["status"] in ("completed", "failed"):
        state = tr(
            lang, "{status}, fetched {at}", status=status(v["status"], lang), at=when(v["fetched_at"], lang)
        )
    else:
        state = tr(lang, "still pending ({status})", status=status(v["status"], lang)) + _in_line(v, lang)
    if v["fetched_at"] and not v["fresh"]:
        state += "; " + tr(lang, "stale since {at}", at=when(v["expires_at"], lang))
    if v.get("reason") and v["status"] == "failed":
        state += f" — {reason(v['reason'], lang)}"
    return f"- {source(v['source'], lang)}: {state}"


def _in_line(v: dict[str, Any], lang: str) -> str:
    """ "; position 1 of 3 in its source's queue": where a waiting source's task stands."""
    if not v.get("queue_place"):
        return ""
    return "; " + tr(
        lang,
        "position {place} of {length} in its source's queue",
        place=v["queue_place"],
        length=v["queue_length"],
    )


UNFINISHED = ("pending", "queued", "running", "retrying", "waiting")


def _pending_sentence(data: dict[str, Any], lang: str) -> str:
    """What the check still waits for: its pending sources and any source whose fetch has not ended."""
    names = [*data["pending"], *(v["source"] for v in data["sources"] if v["status"] in UNFINISHED)]
    asked = [s for s in dict.fromkeys(names) if not data.get("source_filter") or s == data["source_filter"]]
    pending = [source(s, lang) for s in (asked or dict.fromkeys(names))]  # the asked source is done: the rest
    if pending:
        return tr(
            lang,
            "Check #{id} is still waiting for {sources}: the result is partial.",
            id=data["id"],
            sources=", ".join(pending),
        )
    return tr(
        lang,
        "Nothing is pending in check #{id}: it is {status}.",
        id=data["id"],
        status=status(data["status"], lang),
    )


@renders(tools.check_status)
def _check(data: dict[str, Any] | None, lang: str, intent: str | None) -> list[str]:
    if not data:
        return []
    if intent == "risk_score":
        return _risk_lines(data, lang)
    if intent == "pending":
        lines = [_pending_sentence(data, lang)]
    else:
        lead = tr(
            lang,
            "Check #{id} of {address} ({profile}) is {status}",
            id=data["id"],
            address=data["address"],
            profile=tr(lang, data["profile"]),
            status=status(data["status"], lang),
        )
        lead += (f" ({tr(lang, 'demo data')})" if data["demo"] else "") + "."
        lines = [lead, _started_and_developer(data, lang)]
        if data["pending"]:
            lines.append(_pending_sentence(data, lang))
    lines += _found_nothing(data, lang)
    lines += [_source_line(v, lang) for v in data["sources"]]
    if (
        data["source_filter"] and not data["sources"]
    ):  # "the reviews of check 3": its profile did not ask them
        lines.append(
            tr(
                lang,
                "Check #{id} did not ask {source}: its profile ({profile}) does not include it.",
                id=data["id"],
                source=source(data["source_filter"], lang),
                profile=tr(lang, data["profile"]),
            )
        )
    facts = data.get("facts", [])
    if data["source_filter"] and len(facts) > 1:  # "how many cases does check 1 cite?": counted, then listed
        said = tr(lang, "{source}: {n} record(s):", source=source(data["source_filter"], lang), n=len(facts))
        lines.append(said[:1].upper() + said[1:])
    lines += [f"- {fact_sentence(f['type'], f['value'], lang)} (#{f['id']})" for f in facts]
    lines += review_summary(facts, lang)
    risk = data["risk"]
    if risk["factors"] and not data["source_filter"] and intent != "pending":
        lines.append(tr(lang, "Risk score {score}:", score=risk["score"]))
        lines += _factor_lines(risk["factors"], lang)
    elif data[
        "source_filter"
    ]:  # "the flat's price — below the market?": the factor the asked source's facts make
        held = {f["id"] for f in facts}
        mine = [f for f in risk["factors"] if held & set(f["fact_ids"])]
        lines += [line for line in _factor_lines(mine, lang) if not line.startswith("  ·")]
    return lines


def _started_and_developer(data: dict[str, Any], lang: str) -> str:
    """Who started the check and how, and the building's developer when the facts name it."""
    how = tr(lang, data["trigger"])
    who = f"{how} ({data['started_by']})" if data.get("started_by") else how
    said = [tr(lang, "Started by {who}.", who=who)]
    if data.get("last_recheck_at"):  # «когда её перепроверяли?»
        said.append(tr(lang, "Last re-checked {at}.", at=when(data["last_recheck_at"], lang)))
    return " ".join([*said, *_developer(data, lang)])


def _developer(data: dict[str, Any], lang: str) -> list[str]:
    """The building's developer and cadastral number, when the check's facts name them."""
    developer, said = data.get("developer"), []
    if developer:
        said.append(
            tr(lang, "Developer: {name} (INN {inn}).", name=unwrap(developer["name"]), inn=developer["inn"])
        )
    if data.get("cadastral"):
        said.append(tr(lang, "Cadastral number: {number}.", number=data["cadastral"]))
    return [" ".join(said)] if said else []


def _factor_lines(factors: list[dict[str, Any]], lang: str) -> list[str]:
    """Each factor with its score and the facts it rests on, read out with their sources."""
    lines = []
    for f in factors:
        ids = tr(lang, "facts {ids}", ids=", ".join(f"#{i}" for i in f["fact_ids"]))
        lines.append(
            f"- {factor_name(f['factor'], lang)} ({f['score']}): {quote(explanation(f['explanation'], lang), 160)} — {ids}"
        )
        lines += [
            f"  · {source(e['source'], lang)}: {fact_sentence(e['type'], e['value'], lang)} (#{e['id']})"
            for e in f.get("evidence", [])
        ]
    return lines


def _risk_lines(data: dict[str, Any], lang: str) -> list[str]:
    """ "What's the risk score for …?": the score first, then its factors by name; a partial check says so."""
    lead = tr(
        lang,
        "The risk score of {address} is {score} (check #{id}, {status}).",
        address=data["address"],
        score=data["risk"]["score"],
        id=data["id"],
        status=status(data["status"], lang),
    )
    factors = data["risk"]["factors"]
    lines = [
        lead + " " + tr(lang, "Factors:") if factors else lead + " " + tr(lang, "No risk factor was found.")
    ]
    developer = data.get("developer")
    if developer:  # whose building: "and who is the developer there?" is answered beside its score
        lines[0] += " " + tr(
            lang, "Developer: {name} (INN {inn}).", name=unwrap(developer["name"]), inn=developer["inn"]
        )
    lines += _factor_lines(factors, lang)
    if data["pending"]:
        lines.append(_pending_sentence(data, lang))
    # «нашли исполнительные производства — и поэтому риск?»: what that source found, none included
    lines += _found_nothing(data, lang)
    lines += [
        f"- {source(f['source'], lang)}: {fact_sentence(f['type'], f['value'], lang)} (#{f['id']})"
        for f in data.get("facts", [])
    ]
    return lines + [_source_line(v, lang) for v in data["sources"]]  # where the score's facts came from


@renders(tools.list_checks)
def _checks(data: dict[str, Any], lang: str, intent: str | None) -> list[str]:
    rows = data["checks"]
    if not rows and data.get("address") and intent == "risk_score":
        return [
            tr(lang, "There is no check of {address}, so it has no risk score yet.", address=data["address"])
        ]
    if not rows and data.get("checked"):
        return [
            tr(lang, "There is no check of {address}.", address=data["address"]),
            tr(lang, "Checked addresses: {addresses}.", addresses="; ".join(data["checked"])),
        ]
    if not rows:
        return [tr(lang, "There are no property checks yet.")]
    # «дом проверяли три раза?»: the count said so that "one" reads as one
    n = len(rows)
    lead = (
        tr(lang, "One check:")
        if n == 1
        else trn(lang, "{n} check, newest first:", "{n} checks, newest first:", n)
    )
    lines = [lead]
    for r in rows:
        line = tr(
            lang,
            "check #{id} {address}: {status}, risk {risk}, {at}",
            id=r["id"],
            address=r["address"],
            status=status(r["status"], lang),
            risk=r["risk_score"],
            at=when(r["created_at"], lang),
        )
        if r["pending"]:
            line += "; " + tr(
                lang, "pending: {sources}", sources=", ".join(source(s, lang) for s in r["pending"])
            )
        lines.append(f"- {line}")
    return lines


@renders(tools.fact_provenance)
def _provenance(data: dict[str, Any] | None, lang: str, intent: str | None) -> list[str]:
    if not data:
        return []
    reused = [v for v in data["sources"] if v["reused"]]
    stale = [v for v in data["sources"] if v["fetched_at"] and not v["fresh"]]
    values = {"id": data["id"], "address": data["address"], "n": len(data["sources"]), "reused": len(reused)}
    if reused and len(reused) == len(data["sources"]):  # "how many did it fetch itself?": none, said as such
        lead = tr(
            lang,
            "Check #{id} ({address}): it fetched none itself; all {n} source(s) came from earlier checks",
            **values,
        )
    elif reused:
        lead = tr(
            lang, "Check #{id} ({address}): {reused} of {n} source(s) came from earlier checks", **values
        )
    else:
        lead = tr(
            lang,
            "Check #{id} ({address}): nothing was reused — none of its {n} source(s) came from an earlier check",
            **values,
        )
    if stale:
        lead += "; " + tr(
            lang, "stale: {sources}", sources=", ".join(source(v["source"], lang) for v in stale)
        )
    else:
        lead += "; " + tr(lang, "all fresh")
    rechecked = (
        [tr(lang, "Last re-checked {at}.", at=when(data["last_recheck_at"], lang))]
        if data.get("last_recheck_at")
        else []
    )
    lines = [lead + ".", *rechecked, *_developer(data, lang)]
    for v in data["sources"]:
        if v["reused"]:
            state = reuse_phrase(
                v["reused_from_job_id"],
                v["fetched_at"],
                lang,
                v.get("provenance"),
                v.get("level"),
                v.get("origin_address"),
            )
        elif v["status"] not in ("completed", "failed"):
            state = tr(lang, "still pending ({status})", status=status(v["status"], lang)) + _in_line(v, lang)
            if v["fetched_at"]:
                state += "; " + tr(lang, "showing older facts fetched {at}", at=when(v["fetched_at"], lang))
        elif v["fetched_at"]:
            state = tr(lang, "fetched by check #{id} on {at}", id=data["id"], at=when(v["fetched_at"], lang))
        else:
            state = status(v["status"], lang)
        if v["fetched_at"]:
            fresh = v["fresh"]
            until = when(v["expires_at"], lang)
            state += "; " + (
                tr(lang, "fresh until {at}", at=until) if fresh else tr(lang, "stale since {at}", at=until)
            )
            if v.get("expires_at"):  # how long this source's facts stay fresh, as they were stored
                state += " " + tr(lang, "(kept fresh {n} day(s) after fetching)", n=_ttl_days(v))
        lines.append(f"- {source(v['source'], lang)}: {state}")
    for f in data["facts"]:
        origin = tr(lang, "from check #{check}", check=f["reused_from_check"] or f["evidence"]["job_id"])
        lines.append(
            tr(
                lang,
                "- fact #{id} ({source}): {fact}; fetched {at}, {origin}; evidence {hash} (task #{task})",
                id=f["id"],
                source=source(f["source"], lang),
                fact=fact_sentence(f["type"], f["value"], lang),
                at=when(f["fetched_at"], lang),
                origin=origin,
                hash=f["evidence"]["response_hash"][:12],
                task=f["evidence"]["task_id"],
            )
        )
    if data["total_facts"] > len(data["facts"]):
        lines.append(
            tr(lang, "({shown} of {total} facts shown.)", shown=len(data["facts"]), total=data["total_facts"])
        )
    if data.get("fact_asked") and len(data["facts"]) == 1:  # «дело А40-…»: the fact itself first
        lines.insert(0, lines.pop().removeprefix("- "))
    if data.get("later"):  # "if re-checked in 5 days": that first, from each source's freshness
        lines[:0] = _later_lines(data["id"], data["later"], lang)
    return lines


def _later_lines(check_id: int, later: dict[str, Any], lang: str) -> list[str]:
    """A re-check days ahead: which sources it would fetch again (stale by then), which it would reuse."""
    lines = [
        tr(
            lang,
            "If check #{id} were re-checked in {n} day(s) ({at}):",
            id=check_id,
            n=later["days"],
            at=when(later["at"], lang),
        )
    ]
    if later["fetched"]:
        lines.append(
            "- "
            + tr(
                lang,
                "fetched again (stale by then): {sources}",
                sources=", ".join(source(name, lang) for name in later["fetched"]),
            )
        )
    if later["reused"]:
        reused = ", ".join(
            tr(
                lang,
                "{source} (fresh until {at})",
                source=source(v["source"], lang),
                at=when(v["until"], lang),
            )
            for v in later["reused"]
        )
        lines.append("- " + tr(lang, "reused, not fetched again: {sources}", sources=reused))
    return lines


def _origin(reused: dict[str, Any], lang: str) -> str:
    """ "listings from check #3 (fetched 12:00)", or "(fetched by a prefetch 12:00)" when a prefetch fetched it."""
    values = {
        "source": source(reused["source"], lang),
        "check": reused["from_check"],
        "at": when(reused["fetched_at"], lang),
    }
    if reused.get("level") in SUBJECT_REUSE and reused.get("origin_address"):
        return tr(
            lang,
            "{source}: " + SUBJECT_REUSE[reused["level"]].removesuffix(", not re-checked"),
            **values,
            address=reused["origin_address"],
        )
    if reused.get("provenance") == "prefetch":
        return tr(lang, "{source} from check #{check} (fetched by a prefetch {at})", **values)
    return tr(lang, "{source} from check #{check} (fetched {at})", **values)


@renders(tools.check_timing)
def _timing(data: dict[str, Any] | None, lang: str, intent: str | None) -> list[str]:
    if not data:
        return []
    reused, fetched = data["reused"], data["fetched_sources"]
    origins = "; ".join(_origin(r, lang) for r in reused)
    took = duration(data["duration_s"], lang)
    if data["duration_s"] is None:
        lead = tr(
            lang,
            "Check #{id} is still running ({status}); so far it made {calls} source call(s).",
            id=data["id"],
            status=status(data["status"], lang),
            calls=data["source_calls"],
        )
        if reused:
            lead += " " + tr(lang, "Reused without a call: {origins} (not re-checked).", origins=origins)
    elif reused and not fetched:
        lead = tr(
            lang,
            "Check #{id} was fast: it made no source calls, because every source was reused — {origins}; reused, not re-checked.",
            id=data["id"],
            origins=origins,
        )
    elif reused:
        lead = tr(
            lang,
            "Check #{id} took {took} with {calls} source call(s): reused without a call — {origins} (not re-checked); fetched: {fetched}.",
            id=data["id"],
            took=took,
            calls=data["source_calls"],
            origins=origins,
            fetched=", ".join(source(s, lang) for s in fetched),
        )
    else:
        lead = tr(
            lang,
            "Check #{id} took {took}: nothing was reused, all {n} source(s) were fetched with {calls} source call(s) and {retries} retries.",
            id=data["id"],
            took=took,
            n=len(fetched),
            calls=data["source_calls"],
            retries=data["retries"],
        )
    lines = [lead]
    prefetched = [source(r["source"], lang) for r in reused if r.get("provenance") == "prefetch"]
    if prefetched:
        lines.append(
            tr(
                lang,
                "A prefetch of this popular object had fetched {sources} ahead of expiry, so this check used those facts without a call; they were not re-checked for it.",
                sources=", ".join(prefetched),
            )
        )
    if data["pending"]:
        lines.append(
            tr(lang, "Still pending: {sources}.", sources=", ".join(source(s, lang) for s in data["pending"]))
        )
    for task in data["tasks"]:
        line = tr(
            lang,
            "- task #{id} {source}: {status}, {attempts} attempt(s), {took}",
            id=task["id"],
            source=source(task["source"], lang),
            status=status(task["status"], lang),
            attempts=task["attempts"],
            took=duration(task["duration_s"], lang),
        )
        if task["reason"] or task["last_error"]:
            line += f" — {reason(task['reason'] or task['last_error'], lang, 160)}"
        lines.append(line)
    return lines


@renders(tools.check_cost)
def _cost(data: dict[str, Any] | None, lang: str, intent: str | None) -> list[str]:
    """One check's own source calls and their money; reused sources cost nothing and were not re-checked."""
    if not data:
        return []
    lines = [
        trn(
            lang,
            "Check #{id} of {address} cost {n} source call, {usd} at {price} a call (the price table).",
            "Check #{id} of {address} cost {n} source calls, {usd} at {price} a call (the price table).",
            data["source_calls"],
            id=data["id"],
            address=data["address"],
            usd=money(data["usd"]),
            price=money(data["price_per_source_call"]),
        )
    ]
    for v in data["sources"]:
        if v["reused"]:
            state = tr(lang, "no call: ") + reuse_phrase(
                v["from_check"], v["fetched_at"], lang, v["provenance"]
            )
        elif v["source"] in data["pending"]:
            state = tr(lang, "still pending; {calls} source call(s) so far", calls=v["source_calls"])
        else:
            state = tr(
                lang,
                "{calls} source call(s), tasks {tasks}",
                calls=v["source_calls"],
                tasks=", ".join(f"#{i}" for i in v["tasks"]) or "-",
            )
        lines.append(f"- {source(v['source'], lang)}: {state}")
    if data["pending"]:
        lines.append(
            tr(lang, "Still pending: {sources}.", sources=", ".join(source(s, lang) for s in data["pending"]))
        )
    return lines


def _ttl_days(v: dict[str, Any]) -> str:
    """A source's freshness in days, from when its facts were fetched and when they expire."""
    from datetime import datetime

    span = datetime.fromisoformat(v["expires_at"]) - datetime.fromisoformat(v["fetched_at"])
    return f"{span.total_seconds() / 86400:g}"
