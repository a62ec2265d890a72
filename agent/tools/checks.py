"""Read-only tools over property checks: status and pending sources, provenance, timing, the list, diffs."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any, Literal

from agent.envelope import Envelope, as_data, envelope, unknown
from agent.tools.resolve import address_matches, pick_check
from pipeline.engine.exceptions import MiranoError
from pipeline.service import checks as checks_service

Order = Literal["first", "second", "third", "fourth", "previous", "latest"]
Source = Literal["court", "enforcement", "listings", "reviews"]
WHICH_CHECK = """
        check_id: the check's id; omit it to pick by `order` and `address` (the newest check by default).
        order: first, second, third, fourth (oldest first), previous (the one before the newest) or latest.
        address: an address or part of one ("Ленинский 90", "Tverskaya"): only checks of that address."""


def _seconds(start: str | None, end: str | None) -> float | None:
    if not start or not end:
        return None
    return round((datetime.fromisoformat(end) - datetime.fromisoformat(start)).total_seconds(), 3)


def load_check(check_id: int | None, order: str | None = None, address: str | None = None) -> dict[str, Any]:
    """The check by id, else by order and address among all checks; MiranoError when there is none."""
    if check_id is not None:
        return _canonical(checks_service.get_check(int(check_id)))
    rows = checks_service.list_checks(500)
    if not rows:
        raise MiranoError("there are no property checks yet")
    picked = pick_check(rows, order, address)
    if picked is None:  # the reason's templates are in the catalogs («нет такой проверки по адресу …»)
        if address:
            here = [r for r in rows if address_matches(address, r["address"])]
            if here:  # "the third check of Tverskaya": it has one
                ids = ", ".join(f"#{r['id']}" for r in reversed(here))
                raise MiranoError(
                    f"there is no such check of {address}: it has only {len(here)} check(s): {ids}"
                )
            raise MiranoError(f"there is no such check of {address}: there are only {len(rows)} checks")
        raise MiranoError(f"no such check: there are {len(rows)} checks")
    return _canonical(checks_service.get_check(picked["id"]))


def _canonical(check: dict[str, Any]) -> dict[str, Any]:
    """A check with its address as it was read ("г. Москва, Ленинский проспект, д. 90"), not as it was typed, and
    each waiting source's place in its queue ("1st of 3 in line for listings")."""
    places = {t["source"]: t for t in check.get("tasks", []) if t.get("queue_place")}
    sources = [
        {
            **v,
            "queue_place": places[v["source"]]["queue_place"],
            "queue_length": places[v["source"]]["queue_length"],
        }
        if v["source"] in places
        else v
        for v in check["sources"]
    ]
    return {
        **check,
        "sources": sources,
        "typed_address": check["address"],
        "address": check.get("canonical_address") or check["address"],
    }


def _obligations(check: dict[str, Any], source: str | None) -> dict[str, list[dict[str, Any]]]:
    """What an answer about this check must say: pending sources, reused sources (origin and date), stale ones."""
    rows = [v for v in check["sources"] if source is None or v["source"] == source]
    pending = [{"source": v["source"], "label": v["source"]} for v in rows if v["source"] in check["pending"]]
    reused = [
        {
            "source": v["source"],
            "label": f"{v['source']} from check #{v['reused_from_job_id']}"
            + (" (fetched by a prefetch)" if v.get("provenance") == "prefetch" else ""),
            "from_check": v["reused_from_job_id"],
            "fetched_at": v["fetched_at"],
            "provenance": v.get("provenance"),
            "level": v.get("level"),
            "origin_address": v.get("reused_from_address"),
        }
        for v in rows
        if v["reused"]
    ]
    stale = [
        {
            "source": v["source"],
            "label": v["source"],
            "fetched_at": v["fetched_at"],
            "expires_at": v["expires_at"],
        }
        for v in rows
        if v["fetched_at"] and not v["fresh"]
    ]
    return {"pending": pending, "reused": reused, "stale": stale}


def _owner_name(owner: Any) -> Any:
    """The owner party as a person is named: "Иванов Пётр Сергеевич, 1980-05-12" (as data: a person's name)."""
    if not isinstance(owner, dict):
        return as_data(owner) if owner else None
    said = ", ".join(str(v) for v in (owner.get("name"), owner.get("birthdate")) if v)
    return as_data(said)


def _summary(check: dict[str, Any]) -> dict[str, Any]:
    keys = (
        "id",
        "address",
        "profile",
        "status",
        "created_at",
        "finished_at",
        "pending",
        "demo",
        "trigger",
        "last_recheck_at",
    )
    return {k: check[k] for k in keys} | {
        "status_reason": as_data(check["status_reason"]),
        "started_by": check.get("started_by"),
        "owner": _owner_name((check.get("parties") or {}).get("owner")),
        "snapshots": [{"id": x["id"], "at": x["created_at"]} for x in check.get("snapshots") or []],
        "developer": developer_of(check),
        "cadastral": next(
            (str(f["value"].get("number")) for f in check["facts"] if f["type"] == "cadastral_number"), None
        ),
    }


def developer_of(check: dict[str, Any]) -> dict[str, Any] | None:
    """The building's developer as the check's facts name it (name and INN), or None when none does."""
    for fact in check["facts"]:
        if fact["subject"].get("level") == "developer":
            return {"name": as_data(fact["subject"]["name"]), "inn": fact["subject"]["key"]}
    return None


def check_status(
    check_id: int | None = None,
    order: Order | None = None,
    address: str | None = None,
    source: Source | None = None,
) -> Envelope:
    """A property check: status (CREATED, IN_PROGRESS, PARTIAL, COMPLETED, FAILED), each source's status,
    whether it was reused from an earlier check (which, fetched when) or fetched, the sources still pending,
    and the risk score with its factors.

    Args:{which}
        source: narrow to one source: court, enforcement, listings or reviews.
    """
    try:
        check = load_check(check_id, order, address)
    except MiranoError as exc:
        return unknown(exc.reason)
    sources = [
        {k: v for k, v in row.items() if k != "task_ids"} | {"reason": as_data(row["reason"])}
        for row in check["sources"]
        if source is None or row["source"] == source
    ]
    by_id = {f["id"]: f for f in check["facts"]}
    factors = [
        {k: f[k] for k in ("factor", "score", "explanation", "fact_ids")}
        | {"evidence": [_fact_view(by_id[i]) for i in f["fact_ids"][:3] if i in by_id]}  # what it rests on
        for f in check["risk"]["factors"]
    ]
    facts = [f for f in check["facts"] if source is not None and f["source"] == source]
    data = _summary(check) | {
        "sources": sources,
        "risk": {"score": check["risk"]["score"], "factors": factors},
        "source_filter": source,
        "facts": [_fact_view(f) for f in facts[:8]],  # one source asked about: what it found
        "total_facts": len(facts),
    }
    return envelope(data, cite=[("check", check["id"])], **_obligations(check, source))


def list_checks(address: str | None = None, limit: int = 10) -> Envelope:
    """The property checks, newest first: id, address, status, pending sources, risk score, created_at.

    Args:
        address: only checks of this address (or part of one).
        limit: how many at most (1-50).
    """

    rows = checks_service.list_checks(500)
    rows = [r for r in rows if not address or address_matches(address, r["address"])]
    rows = [{**r, "status_reason": as_data(r["status_reason"])} for r in rows[: max(1, min(int(limit), 50))]]
    pending = [{"source": s, "label": f"{s} (check #{r['id']})"} for r in rows for s in r["pending"]]
    data: dict[str, Any] = {"address": address, "checks": rows}
    if address and not rows:  # "no check of Pushkina 5": and the addresses that were checked
        data["checked"] = _checked_addresses()
    return envelope(data, cite=[("check", r["id"]) for r in rows], pending=pending)


def _checked_addresses(most: int = 5) -> list[str]:
    """One address per checked property, newest first (a property checked under two spellings counts once)."""
    seen: dict[int, str] = {}
    for row in checks_service.list_checks(500):
        seen.setdefault(row["property_id"], row["address"])
    return list(seen.values())[:most]


def _fact_view(f: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": f["id"],
        "source": f["source"],
        "type": f["type"],
        "subject": as_data(f["subject"]["name"]),
        "value": as_data(json.dumps(f["value"], ensure_ascii=False)),
        "fetched_at": f["fetched_at"],
        "expires_at": f["expires_at"],
        "fresh": f["fresh"],
        "reused": f["reused"],
        "reused_from_check": f["reused_from_job_id"],
        "evidence": {k: f["evidence"][k] for k in ("id", "task_id", "job_id", "response_hash")},
    }


def fact_provenance(
    check_id: int | None = None,
    order: Order | None = None,
    address: str | None = None,
    source: Source | None = None,
    fact_id: int | None = None,
    in_days: int | None = None,
) -> Envelope:
    """Where the facts of a check came from and how fresh they are: per source, reused from which check and
    fetched when, or fetched by this check; expiry and staleness; and per fact its evidence (task id, hash of
    the raw response).

    Args:{which}
        source: only one source: court, enforcement, listings or reviews.
        fact_id: only this fact.
        in_days: also say which sources a re-check this many days from now would fetch again (stale by then)
            and which it would reuse (still fresh then).
    """
    try:
        check = load_check(check_id, order, address)
    except MiranoError as exc:
        return unknown(exc.reason)
    facts = [
        f
        for f in check["facts"]
        if (fact_id is None or f["id"] == int(fact_id)) and (source is None or f["source"] == source)
    ]
    shown = [_fact_view(f) for f in facts[:8]]
    per_source = [
        {
            k: v[k]
            for k in (
                "source",
                "status",
                "reused",
                "reused_from_job_id",
                "fetched_at",
                "expires_at",
                "fresh",
                "provenance",
            )
        }
        | {
            "origin_checked_at": v.get("reused_from_checked_at"),
            "level": v.get("level"),
            "origin_address": v.get("reused_from_address"),
        }
        for v in check["sources"]
        if source is None or v["source"] == source
    ]
    cite = [("check", check["id"])] + [("fact", f["id"]) for f in shown]
    cite += [("evidence", f["evidence"]["response_hash"]) for f in shown]
    obligations = _obligations(check, source)
    data = _summary(check) | {"sources": per_source, "facts": shown, "total_facts": len(facts)}
    data["fact_asked"] = fact_id is not None  # one fact asked for: it leads the answer
    if in_days:
        data["later"] = _later(per_source, int(in_days))
    return envelope(data, cite=cite, **obligations)


def _later(sources: list[dict[str, Any]], days: int) -> dict[str, Any]:
    """A re-check `days` from now: each source reused if its facts are still fresh then, else fetched again."""
    from pipeline.engine import clock

    at = clock.now() + timedelta(days=days)
    fresh = [v for v in sources if v["expires_at"] and datetime.fromisoformat(v["expires_at"]) > at]
    return {
        "days": days,
        "at": at.isoformat(),
        "reused": [{"source": v["source"], "until": v["expires_at"]} for v in fresh],
        "fetched": [v["source"] for v in sources if v not in fresh],
    }


def check_timing(
    check_id: int | None = None, order: Order | None = None, address: str | None = None
) -> Envelope:
    """Why a check was fast or slow: which sources were reused from an earlier check (no call; which check,
    fetched when, and `provenance` "prefetch" when a prefetch of a popular object fetched them ahead of expiry)
    and which were fetched, each task's attempts, retries, duration and reason (rate limits,
    timeouts, errors), and the check's total time.

    Args:{which}
    """
    try:
        check = load_check(check_id, order, address)
    except MiranoError as exc:
        return unknown(exc.reason)
    tasks = [
        {
            "id": t["id"],
            "source": t["source"],
            "status": t["status"],
            "attempts": t["attempts"],
            "source_calls": t["source_calls"],
            "reason": as_data(t["reason"]),
            "last_error": as_data(t["last_error"]),
            "duration_s": _seconds(t["created_at"], t["finished_at"]),
        }
        for t in check["tasks"]
        if t.get("job_id", check["id"]) == check["id"]
    ]
    data = _summary(check) | {
        "duration_s": _seconds(check["created_at"], own_end(check)),
        "reused": [
            {
                "source": v["source"],
                "from_check": v["reused_from_job_id"],
                "fetched_at": v["fetched_at"],
                "provenance": v.get(
                    "provenance"
                ),  # "prefetch": refreshed ahead of expiry, not for this check
            }
            for v in check["sources"]
            if v["reused"]
        ],
        "fetched_sources": [v["source"] for v in check["sources"] if not v["reused"]],
        "retries": sum(max(0, t["attempts"] - 1) for t in tasks),
        "tasks": tasks,
        "source_calls": check["cost"]["source_calls"],
    }
    cite = [("check", check["id"])] + [("task", t["id"]) for t in tasks]
    return envelope(data, cite=cite, **_obligations(check, None))


def check_cost(
    check_id: int | None = None, order: Order | None = None, address: str | None = None
) -> Envelope:
    """What one property check cost: its own source calls and their money from the price table, per source
    (fetched by its tasks, or reused from an earlier check with no call). For costs over a period use `costs`.

    Args:{which}
    """
    from pipeline.config import get_settings

    try:
        check = load_check(check_id, order, address)
    except MiranoError as exc:
        return unknown(exc.reason)
    own = [t for t in check["tasks"] if t.get("job_id", check["id"]) == check["id"]]
    per_source = [
        {
            "source": v["source"],
            "reused": v["reused"],
            "from_check": v["reused_from_job_id"],
            "fetched_at": v["fetched_at"],
            "provenance": v.get("provenance"),
            "source_calls": sum(t["source_calls"] for t in own if t["source"] == v["source"]),
            "tasks": [t["id"] for t in own if t["source"] == v["source"]],
        }
        for v in check["sources"]
    ]
    data = _summary(check) | {
        "source_calls": check["cost"]["source_calls"],
        "usd": check["cost"]["usd"],
        "price_per_source_call": get_settings().price_source_call,
        "sources": per_source,
    }
    cite = [("check", check["id"])] + [("task", t["id"]) for t in own]
    return envelope(data, cite=cite, **_obligations(check, None))


for _tool in (check_status, fact_provenance, check_timing, check_cost):
    _tool.__doc__ = (_tool.__doc__ or "").replace("{which}", WHICH_CHECK)

CHECK_TOOLS = [check_status, list_checks, fact_provenance, check_timing, check_cost]


def own_end(check: dict[str, Any]) -> str | None:
    """When the check itself settled: a later re-check moves `finished_at`, but its time is not the check's."""
    since = check.get("last_recheck_at")
    if not since:
        return check["finished_at"]
    own = [t["finished_at"] for t in check["tasks"] if t["created_at"] < since and t.get("finished_at")]
    return max(own) if own else check["created_at"]  # every source reused: it took no source time of its own
