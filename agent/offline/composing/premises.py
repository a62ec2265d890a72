"""What a question takes for granted, checked against what the tools found and said first when it is false: a flat
no check has, a failure, a cancel, an apply, a backoff, a risk that moved, a source flagged as a risk, an owner
(understanding/named.py decides the premise; this module says whether it holds, in the answer's language)."""

from __future__ import annotations

import json
from typing import Any

from agent.envelope import unwrap
from agent.offline.composing.common import money, source, status, when
from agent.offline.composing.snapshots import risk_premise_lines
from pipeline.i18n import tr


def premise_lines(premise: str | None, results: list[tuple[str, dict[str, Any]]], lang: str) -> list[str]:
    """A question that takes a check's failure for granted ("why did the last check fail?") hears first that it
    did not fail, when neither the check nor any of its sources did; the answer then says what is true."""
    if premise and premise.startswith("flat:"):  # «кв. 12 проверяли?»: no check has that flat
        return [
            tr(lang, "Flat {flat} has not been checked: no check has it.", flat=premise.removeprefix("flat:"))
        ]
    if premise and premise.startswith(
        "noproject:"
    ):  # "the Beta Build project": the projects there are follow
        return [tr(lang, "There is no project called «{name}».", name=premise.removeprefix("noproject:"))]
    if premise and premise.startswith("absent:"):  # a person taken to have written in a project they did not
        person, project = premise.removeprefix("absent:").rsplit(":", 1)
        return _absent(person, project, results, lang)
    if premise and premise.startswith("priciest:"):  # a job taken to cost the most: the one that does
        return _priciest(premise.removeprefix("priciest:"), lang)
    if premise and premise.startswith("without:"):  # the score with one factor supposed away
        return _without_factor(premise.removeprefix("without:"), results, lang)
    if premise and premise.startswith("factor:"):  # "why is the developer flagged as bankrupt?": is it?
        return _factor_premise(premise.removeprefix("factor:"), results, lang)
    if premise and premise.startswith("digest_nth:"):  # «второй дайджест»: when a project has fewer
        project, nth = premise.removeprefix("digest_nth:").rsplit(":", 1)
        return _nth_digest(project, int(nth), lang)
    if premise and premise.startswith("retried:"):  # "the retry of run 9 failed again": no run retries it
        return _retried(int(premise.removeprefix("retried:")), lang)
    if premise == "budget_stopped":  # no budget set: none stopped anything
        from pipeline.service import engine as engine_service

        if not engine_service.budgets()["budgets"]:
            return [tr(lang, "No daily budget is set, so no budget stopped any work.")]
        return []
    if premise == "per_project":
        if not any(
            name in ("costs", "run_cost") for name, _ in results
        ):  # "what did we promise about budget?"
            return []
        return [
            tr(
                lang,
                "Costs are not split by project: the ledger keeps them per job and run, and one sync serves every "
                "bound project at once.",
            )
        ]
    if premise and premise.startswith("nofact:"):  # «дело А40-1/2020»: no check holds it
        return [tr(lang, "No check holds {key}: it is not among the facts checks found.", key=premise[7:])]
    if premise and premise.startswith("nocadastral:"):  # a cadastral number no checked property has
        return [
            tr(
                lang,
                "No checked property has cadastral number {number}: checks are started by address, and the "
                "number is among a check's facts once the listings source finds it.",
                number=premise.removeprefix("nocadastral:"),
            )
        ]
    if premise and premise.startswith("kept:"):  # a project taken to be erased that memory still holds
        return [
            tr(
                lang,
                "{project} has not been erased: it is still in project memory, and no erasure names it.",
                project=premise.removeprefix("kept:"),
            )
        ]
    if premise and premise.startswith("amount:"):
        return _amount_premise(float(premise.removeprefix("amount:")), results, lang)
    if premise and premise.startswith("nosnapshot:"):  # said by the snapshots' own answer when it was asked
        if any(name == "snapshot_diff" for name, _ in results):
            return []
        return [_no_snapshot(int(premise.removeprefix("nosnapshot:")), lang)]
    if premise and premise.startswith("kept_check:"):  # a check taken to be erased that is still stored
        return [
            tr(
                lang,
                "Check #{id} has not been erased: it is still stored, and no erasure names it.",
                id=premise.removeprefix("kept_check:"),
            )
        ]
    if premise and premise.startswith("inactive:"):  # a project archived: its syncs bring nothing for it
        return [
            tr(
                lang,
                "{project} is archived (inactive): Mirano no longer syncs or scans it, so nothing of it failed or "
                "came in.",
                project=premise.removeprefix("inactive:"),
            )
        ]
    if premise and premise.startswith("archived:"):
        return _archived(premise.removeprefix("archived:"), lang)
    if premise and premise.startswith("erased:"):  # a name the data still knows was not erased
        return [
            tr(
                lang,
                "{person}'s data has not been erased: their messages are still in project memory, and no "
                "erasure names them.",
                person=premise.removeprefix("erased:"),
            )
        ]
    if premise == "cancelled":
        return _not_cancelled(results, lang)
    if premise == "applied":
        return _not_applied(results, lang)
    if premise == "backoff":
        return _not_backing_off(results, lang)
    if premise == "owner":
        return _owner(results, lang)
    if premise and (premise == "snapshot" or premise.startswith("snapshot:")):
        named = premise.removeprefix("snapshot").removeprefix(":")
        return _snapshots(results, lang, int(named) if named else None)
    if premise and premise.startswith("flagged:"):
        return _flagged_premise(premise.removeprefix("flagged:"), results, lang)
    if premise in ("risk_up", "risk_down"):
        return risk_premise_lines(premise, results, lang)
    if premise in ("price_up", "price_down"):
        return _price_premise(premise, results, lang)
    if premise != "failed":
        return []
    lines = []
    for name, result in results:
        data = result.get("data")
        if name == "job_status" and isinstance(data, list) and len(data) == 1:
            job = data[0]["name"]  # "please check why memory.digest failed": it has not
            if not _failed_runs(job):
                lines.append(tr(lang, "{job} has not failed: there is no failed run.", job=job))
            continue
        if (
            name == "recent_runs"
            and isinstance(data, dict)
            and data.get("job")
            and data.get("status") != "failed"
        ):
            # "send me the reason why the Attio sync failed today": its runs listed, none of them failed
            listed_failed = any(r.get("status") == "failed" for r in data.get("runs", []))
            if not listed_failed and not _failed_runs(data["job"]):
                lines.append(tr(lang, "{job} has not failed: there is no failed run.", job=data["job"]))
            continue
        if name in ("costs", "run_cost") and isinstance(data, dict):  # "what did the failed digest run cost?"
            job = data.get("job") or (data.get("run") or {}).get("job")
            if job and job != "assistant" and not _failed_runs(job):
                lines.append(tr(lang, "{job} has not failed: there is no failed run.", job=job))
            continue
        if (
            name == "project_overview" and isinstance(data, dict) and "digest" in data
        ):  # "why did the digest fail?"
            if not _failed_runs("memory.digest"):
                lines.append(tr(lang, "{job} has not failed: there is no failed run.", job="memory.digest"))
            continue
        if name != "check_status" or not isinstance(data, dict) or "sources" not in data:
            continue
        failed = data["status"] == "FAILED" or any(v["status"] == "failed" for v in data["sources"])
        if not failed:
            lines.append(tr(lang, "Check #{id} has not failed: it ended without errors.", id=data["id"]))
    return lines


def _archived(slug: str, lang: str) -> list[str]:
    """«Почему Northwind в архиве?»: said first when the project is active, with the projects that are archived."""
    from pipeline.service import memory as memory_service

    projects = memory_service.project_names()
    if any(p["slug"] == slug and not p["active"] for p in projects):  # so it is: nothing of it is synced
        return [
            tr(
                lang,
                "{project} is archived (inactive): Mirano no longer syncs or scans it, so nothing of it failed or "
                "came in.",
                project=slug,
            )
        ]
    archived = ", ".join(p["name"] for p in projects if not p["active"])
    if not archived:
        return [
            tr(lang, "{project} is not archived: it is active, and no project is archived.", project=slug)
        ]
    return [
        tr(
            lang,
            "{project} is not archived: it is active. Archived: {archived}.",
            project=slug,
            archived=archived,
        )
    ]


def _failed_runs(job: str) -> list[dict[str, Any]]:
    from pipeline.service import engine as engine_service

    return engine_service.list_runs(job, 5, status="failed")


def _flagged_premise(name: str, results: list[tuple[str, dict[str, Any]]], lang: str) -> list[str]:
    """ "Why was enforcement flagged as a risk?" hears first that it was not, when no risk factor rests on it."""
    for tool, result in results:
        data = result.get("data")
        if tool != "check_status" or not isinstance(data, dict) or data.get("source_filter") != name:
            continue
        cited = {i for f in data["risk"]["factors"] for i in f["fact_ids"]}
        if any(f["id"] in cited for f in data["facts"]):
            return []
        found_nothing = all(f["type"] == "no_records" for f in data["facts"])
        why = "no records were found" if found_nothing else "none of its facts is counted"
        return [
            tr(
                lang,
                "{source} are not a risk factor of check #{id}: " + why + ".",
                source=source(name, lang).capitalize(),
                id=data["id"],
            )
        ]
    return []


def _snapshots(results: list[tuple[str, dict[str, Any]]], lang: str, named: int | None = None) -> list[str]:
    """ "Show the snapshot of check 2": its snapshots and when each was frozen, or that it has none (`named`: the
    check the question named, whichever snapshot the diff was drawn from)."""
    for tool, result in results:
        data = result.get("data")
        if tool == "snapshot_diff" and isinstance(data, dict):  # the check's own snapshot, not its property's
            check = named if named is not None else data["check_id"]
            if any(x["job_id"] == check for x in data["snapshots"]):
                return []
            return [tr(lang, "Check #{id} has no snapshot: nobody has finalized its report.", id=check)]
        if tool in ("check_status", "fact_provenance") and isinstance(data, dict) and "snapshots" in data:
            if not data["snapshots"]:
                return [
                    tr(lang, "Check #{id} has no snapshot: nobody has finalized its report.", id=data["id"])
                ]
            frozen = ", ".join(
                tr(lang, "#{id} ({at})", id=x["id"], at=when(x["at"], lang)) for x in data["snapshots"]
            )
            return [tr(lang, "Snapshots of check #{id}: {frozen}.", id=data["id"], frozen=frozen)]
    return []


def _owner(results: list[tuple[str, dict[str, Any]]], lang: str) -> list[str]:
    """ "What do we know about the owner?": the owner named for the check, or that none is (no person facts)."""
    for tool, result in results:
        data = result.get("data")
        if tool in ("check_status", "fact_provenance") and isinstance(data, dict) and "id" in data:
            owner = data.get("owner")
            if owner:
                return [tr(lang, "Owner named for check #{id}: {owner}.", id=data["id"], owner=unwrap(owner))]
            return [
                tr(
                    lang,
                    "No owner is known for check #{id}: none was given or found, so there are no facts about a "
                    "person (only the building's and the developer's).",
                    id=data["id"],
                )
            ]
    return []


def _not_backing_off(results: list[tuple[str, dict[str, Any]]], lang: str) -> list[str]:
    """ "Why is the attio sync backing off?" hears first that it is not, when its state has no backoff."""
    for tool, result in results:
        rows = result.get("data")
        if tool == "job_status" and isinstance(rows, list) and len(rows) == 1 and not rows[0].get("backoff"):
            return [tr(lang, "{job} is not in backoff: its last runs have not failed.", job=rows[0]["name"])]
    return []


def _not_applied(results: list[tuple[str, dict[str, Any]]], lang: str) -> list[str]:
    """ "Kate applied the Linear issue — when?" hears first that nobody applied any action, when none was."""
    actions: list[dict[str, Any]] = []
    for tool, result in results:
        data = result.get("data")
        if tool == "action_details":
            return []  # one action's details already say whether and by whom it was applied
        if isinstance(data, dict):
            actions += data.get("actions") or []
    if not actions or any(a.get("status") == "applied" for a in actions):
        return []
    return [
        tr(
            lang,
            "None of them has been applied: nobody applied any of these; they are all still suggested, waiting for "
            "Apply.",
        )
    ]


def _not_cancelled(results: list[tuple[str, dict[str, Any]]], lang: str) -> list[str]:
    """ "Who cancelled run 8?" hears first that nobody did, when the run was not cancelled."""
    for tool, result in results:
        data = result.get("data")
        run = data.get("run") if isinstance(data, dict) else None
        if (
            tool == "check_status" and isinstance(data, dict) and "sources" in data
        ):  # a check taken as cancelled
            if data["status"] == "CANCELLED":
                return []
            said = status(data["status"], lang)
            return [tr(lang, "Nobody cancelled check #{id}: it is {status}.", id=data["id"], status=said)]
        if tool in ("run_timeline", "run_details") and isinstance(run, dict) and "status" in run:
            if run["status"] == "cancelled" or run.get("cancel_requested_by"):
                return []
            return [
                tr(
                    lang,
                    "Nobody cancelled run #{id}: it ended {status}.",
                    id=run["id"],
                    status=status(run["status"], lang),
                )
            ]
    return []


def _price_premise(premise: str, results: list[tuple[str, dict[str, Any]]], lang: str) -> list[str]:
    """ "Why did the price go up?" hears first that it went down, when the re-checks' notices say so."""
    for name, result in results:
        data = result.get("data") if name == "changes_since_last_look" else None
        for notice in data.get("notices", []) if isinstance(data, dict) else []:
            for change in notice.get("changes", []):
                before, after = (_price(change.get(k)) for k in ("before", "after"))
                if change.get("change") != "changed" or before is None or after is None or before == after:
                    continue
                if (after > before) != (premise == "price_up"):
                    said = "The price did not go up: it fell from {before} to {after} ₽."
                    if premise == "price_down":
                        said = "The price did not go down: it rose from {before} to {after} ₽."
                    return [
                        tr(
                            lang,
                            said,
                            before=f"{before:,}".replace(",", " "),
                            after=f"{after:,}".replace(",", " "),
                        )
                    ]
                return []
    return []


def _price(value: Any) -> int | None:
    """A listing's price from a change's stored value ({"price": 48000000, …}), if it names one."""
    try:
        record = json.loads(unwrap(value)) if isinstance(value, str) else value
    except ValueError:
        return None
    price = record.get("price") if isinstance(record, dict) else None
    return int(price) if isinstance(price, int | float) else None


def _amount_premise(said: float, results: list[tuple[str, dict[str, Any]]], lang: str) -> list[str]:
    """ "Why did the check cost $50?" hears first what the ledger says it cost, when that is another sum."""
    for name, result in results:
        data = result.get("data")
        if not isinstance(data, dict):
            continue
        spent = None
        if name == "check_cost":
            spent = data.get("usd")
        elif name in ("run_cost", "run_details") and isinstance(data.get("run"), dict):
            spent = data["run"]["cost"]["usd"]
        elif name == "costs" and isinstance(data.get("total"), dict):
            spent = data["total"]["usd"]
        if spent is None:
            continue
        if abs(float(spent) - said) < 0.005:
            return []
        return [
            tr(
                lang,
                "Not {said}: the ledger says {spent}.",
                said=money(said),
                spent=money(float(spent), places=4),
            )
        ]
    return []


def _no_snapshot(sid: int, lang: str) -> str:
    """ "In snapshot 7 the price changed": there is no snapshot 7 (said once, whatever the tools found)."""
    from agent.tools.snapshots import snapshot_ids

    return tr(lang, "There is no snapshot #{id} (the snapshots are {ids}).", id=sid, ids=snapshot_ids())


def _retried(run_id: int, lang: str) -> list[str]:
    """A retry taken for granted: said first when no run retries that one (what the run did follows)."""
    from sqlalchemy import select

    from pipeline.db import read_scope
    from pipeline.models.engine import Run

    with read_scope() as s:
        retries = list(s.scalars(select(Run.id).where(Run.retry_of == run_id).order_by(Run.id)))
    if retries:
        return []
    return [tr(lang, "Run #{id} has not been retried: no run retries it, so no retry failed.", id=run_id)]


def _nth_digest(project: str, nth: int, lang: str) -> list[str]:
    """A digest taken to exist by its order or version: said first when the project has fewer."""
    from pipeline.service import memory as memory_service

    made = memory_service.digests(project)
    newest = max((d["version"] for d in made), default=0)
    if len(made) >= nth or newest >= nth:
        return []
    return [
        tr(
            lang,
            "{project} has {n} digest(s), not {nth}: there is no such one; the newest is version {version}.",
            project=project,
            n=len(made),
            nth=nth,
            version=newest,
        )
    ]


def _factor_premise(factor: str, results: list[tuple[str, dict[str, Any]]], lang: str) -> list[str]:
    """A risk factor taken for granted of a check: said first when the check's score has no such factor."""
    for tool, result in results:
        data = result.get("data")
        if tool not in ("check_status", "risk_score") or not isinstance(data, dict) or "risk" not in data:
            continue
        if any(f["factor"] == factor for f in data["risk"]["factors"]):
            return []
        developer = unwrap((data.get("developer") or {}).get("name") or "") or "—"
        return [
            tr(
                lang,
                "No: check #{id} found no bankruptcy of the developer ({developer}); it is not a risk factor of this "
                "property.",
                id=data["id"],
                developer=developer,
            )
        ]
    return []


def _absent(person: str, project: str, results: list[tuple[str, dict[str, Any]]], lang: str) -> list[str]:
    """Said first, unless the person's own answer already says it (their messages narrowed to the project)."""
    if any(name == "person_messages" for name, _ in results):
        return []
    from pipeline.service import memory as memory_service

    elsewhere = sorted({a["project"] for a in memory_service.authors() if a["author"] == person})
    return [
        tr(
            lang,
            "{name} never wrote in {project}: there are no messages of theirs there; they wrote in {projects}.",
            name=person,
            project=project,
            projects=", ".join(elsewhere) or "—",
        )
    ]


def _without_factor(factor: str, results: list[tuple[str, dict[str, Any]]], lang: str) -> list[str]:
    """ "If the developer weren't bankrupt, what would the risk be?": the score less that factor's points."""
    for tool, result in results:
        data = result.get("data")
        if tool not in ("check_status", "risk_score") or not isinstance(data, dict) or "risk" not in data:
            continue
        weight = next((f["score"] for f in data["risk"]["factors"] if f["factor"] == factor), None)
        if weight is None:
            return _factor_premise(factor, results, lang)
        score = float(data["risk"]["score"])
        return [
            tr(
                lang,
                "Without the developer's bankruptcy ({weight}), the risk score of check #{id} would be {without} "
                "instead of {score}.",
                weight=f"{float(weight):.1f}",
                id=data["id"],
                without=f"{max(0.0, score - float(weight)):.1f}",
                score=f"{score:.1f}",
            )
        ]
    return []


def _priciest(job: str, lang: str) -> list[str]:
    """Said first when another job cost more over the last 7 days (the costs answer follows)."""
    from agent.tools import engine as engine_tools

    spent = engine_tools.spent_by_job("week")
    top = max(spent, key=lambda name: spent[name], default=None)
    if top is None or top == job:
        return []
    return [
        tr(
            lang,
            "{job} is not the most expensive job: over the last 7 days {top} cost the most ({top_usd}), {job} "
            "{usd}.",
            job=job,
            top=top,
            top_usd=money(spent[top]),
            usd=money(spent.get(job, 0.0)),
        )
    ]
