"""A property's frozen report snapshots compared: facts added, removed and changed, and the risk before and after
(the two newest, or the ones a question names)."""

from __future__ import annotations

import json
from typing import Any

from agent.envelope import Envelope, as_data, envelope, unknown
from agent.tools.checks import WHICH_CHECK, Order, load_check
from pipeline.engine.exceptions import MiranoError
from pipeline.service import checks as checks_service


def _fact_line(fact: dict[str, Any]) -> dict[str, Any]:
    value = json.dumps(fact.get("value"), ensure_ascii=False, default=str)
    return {"source": fact.get("source"), "type": fact.get("type"), "value": as_data(value)}


def _newest_with_snapshots(address: str | None) -> dict[str, Any] | None:
    """The newest check (of the address, if given) whose property has two snapshots to compare."""
    from agent.tools.resolve import address_matches

    seen: set[int] = set()
    for row in checks_service.list_checks(500):
        if row["property_id"] in seen or (address and not address_matches(address, row["address"])):
            continue
        seen.add(row["property_id"])
        if len(checks_service.snapshots_of_property(row["id"])) >= 2:
            return checks_service.get_check(row["id"])
    return None


def snapshot_diff(
    check_id: int | None = None,
    order: Order | None = None,
    address: str | None = None,
    snapshots: list[int] | None = None,
    contents: bool = False,
) -> Envelope:
    """What changed for a property between its two newest frozen report snapshots (facts added, removed,
    changed), or between the snapshots named (one named: it against the one before it); says so when fewer than
    two snapshots exist (finalizing a report freezes one) or a named snapshot does not exist.

    Args:{which}
        snapshots: snapshot ids the question names ("snapshot 2 and 4", "snapshot 9").
        contents: true for what one named snapshot holds ("what's in snapshot 4?"), not a comparison.
    """
    try:
        if snapshots:
            check_id = _snapshot_check(int(snapshots[0]))
        check = load_check(check_id, order, address)
        if check_id is None and order is None:
            check = _newest_with_snapshots(address) or check
        frozen = checks_service.snapshots_of_property(check["id"])
        earlier = checks_service.checks_of_property(check["id"])
        pair = _pair(frozen, [int(x) for x in snapshots or []])
        if contents and snapshots and len(snapshots) == 1:
            pair = pair[-1:]  # the one named, alone
    except MiranoError as exc:
        return unknown(exc.reason)
    return _diff_envelope(check, frozen, earlier, pair)


def _snapshot_check(snapshot_id: int) -> int:
    """The check that froze a snapshot; a snapshot that does not exist is said so, with the ones that do."""
    try:
        return int(checks_service.get_snapshot(snapshot_id)["job_id"])
    except MiranoError:
        raise MiranoError(
            f"there is no snapshot #{snapshot_id} (the snapshots are {snapshot_ids()})"
        ) from None


def snapshot_ids() -> str:
    """Every snapshot there is, as a list to say ("#1, #2, #3", or "—")."""
    known: set[int] = set()
    for row in checks_service.list_checks(500):
        known |= {x["id"] for x in checks_service.snapshots_of_property(row["id"])}
    return ", ".join(f"#{i}" for i in sorted(known)) or "—"


def _pair(frozen: list[dict[str, Any]], named: list[int]) -> list[dict[str, Any]]:
    """The two snapshots to compare: the two named, one named and the one before it, or the two newest."""
    by_id = {x["id"]: x for x in frozen}
    for sid in named:
        if sid not in by_id:
            ids = ", ".join(f"#{i}" for i in sorted(by_id)) or "—"
            raise MiranoError(f"there is no snapshot #{sid} of this property (its snapshots are {ids})")
    if len(named) >= 2:
        return sorted((by_id[named[0]], by_id[named[1]]), key=lambda x: x["id"])
    if named:
        before = [x for x in frozen if x["id"] < named[0]]
        return [before[-1], by_id[named[0]]] if before else [by_id[named[0]]]
    return frozen[-2:]


def _diff_envelope(
    check: dict[str, Any],
    frozen: list[dict[str, Any]],
    earlier: list[dict[str, Any]],
    pair: list[dict[str, Any]],
) -> Envelope:
    snapshots = frozen
    data: dict[str, Any] = {
        "check_id": check["id"],
        "address": check["address"],
        "snapshots": snapshots,
        "checks": [{"id": c["id"], "created_at": c["created_at"], "status": c["status"]} for c in earlier],
        "diff": None,
    }
    if len(pair) == 1:  # one snapshot named, none before it: what it holds
        frozen_one = checks_service.get_snapshot(pair[0]["id"])
        facts = frozen_one["facts"] or []
        data["snapshot"] = {
            "id": frozen_one["id"],
            "check_id": frozen_one["job_id"],
            "created_at": frozen_one["created_at"],
            "risk_score": frozen_one["risk_score"],
            "count": len(facts),
            "facts": [_fact_line(f) for f in facts[:10]],
        }
        return envelope(data, cite=[("snapshot", frozen_one["id"])])
    if len(pair) == 2:
        a, b = pair
        found = checks_service.diff(a["id"], b["id"])
        data["diff"] = {
            "snapshot_a": a["id"],
            "snapshot_b": b["id"],
            "added": [_fact_line(f) for f in found["added"][:8]],
            "removed": [_fact_line(f) for f in found["removed"][:8]],
            "changed": [
                {
                    "source": c["source"],
                    "type": c["type"],
                    "before": as_data(c["before"]),
                    "after": as_data(c["after"]),
                }
                for c in found["changed"][:8]
            ],
            "counts": {k: len(found[k]) for k in ("added", "removed", "changed")},
            "risk_score": found["risk_score"],
            "factors": _factors_moved(a["id"], b["id"]),
        }
        return envelope(data, cite=[("snapshot", a["id"]), ("snapshot", b["id"])])
    return envelope(data, cite=[("check", check["id"])])


def _factors_moved(a: int, b: int) -> list[dict[str, Any]]:
    """The risk factors whose score differs between two snapshots ("why did its risk go up?"): before and after."""
    before, after = (
        {f["factor"]: f for f in checks_service.get_snapshot(i)["risk"].get("factors", [])} for i in (a, b)
    )
    return [
        {
            "factor": name,
            "before": (before.get(name) or {}).get("score", 0.0),
            "after": (after.get(name) or {}).get("score", 0.0),
            "explanation": as_data((after.get(name) or before.get(name))["explanation"]),
        }
        for name in [*after, *(n for n in before if n not in after)]
        if (before.get(name) or {}).get("score") != (after.get(name) or {}).get("score")
    ]


snapshot_diff.__doc__ = (snapshot_diff.__doc__ or "").replace("{which}", WHICH_CHECK)
SNAPSHOT_TOOLS = [snapshot_diff]
