"""Answers about a property's frozen report snapshots: what changed between two, and whether a risk that a question
says moved did move."""

from __future__ import annotations

from typing import Any

from agent.offline.composing.common import quote, renders, source, status, when
from agent.offline.composing.facts import fact_sentence, factor_name
from agent.tools import snapshots as tools
from pipeline.i18n import tr
from pipeline.i18n.risk_text import explanation


@renders(tools.snapshot_diff)
def _diff(data: dict[str, Any] | None, lang: str, intent: str | None) -> list[str]:
    if not data:
        return []
    diff = data["diff"]
    if data.get("snapshot"):  # one snapshot named, the first of its property: what it holds
        one = data["snapshot"]
        lines = [
            tr(
                lang,
                "Snapshot #{id} of {address} (frozen {at} from check #{check}): risk {risk}; {n} fact(s):",
                id=one["id"],
                address=data["address"],
                at=when(one["created_at"], lang),
                check=one["check_id"],
                risk=one["risk_score"],
                n=one["count"],
            )
        ]
        lines += [
            f"- {source(f['source'], lang)}: {fact_sentence(f['type'], f['value'], lang)}"
            for f in one["facts"]
        ]
        if one["id"] == min(x["id"] for x in data["snapshots"]):
            lines.append(
                tr(
                    lang,
                    "It is the first snapshot of this property: there is none before it to compare with.",
                )
            )
        return lines
    if diff is None:
        checks = ", ".join(
            f"#{c['id']} ({when(c['created_at'], lang)}, {status(c['status'], lang)})" for c in data["checks"]
        )
        return [
            tr(
                lang,
                "There are no two frozen reports of {address} to compare yet ({n} snapshot(s)).",
                address=data["address"],
                n=len(data["snapshots"]),
            ),
            tr(
                lang,
                "Checks of this address: {checks}. Finalizing a report freezes a snapshot (`mirano report ID --finalize`).",
                checks=checks,
            ),
        ]
    counts = diff["counts"]
    unchanged = not any(counts.values())
    lines = [
        tr(
            lang,
            "From snapshot #{a} to #{b} of {address}: {added} fact(s) added, {removed} removed, {changed} changed; risk {before} → {after}.",
            a=diff["snapshot_a"],
            b=diff["snapshot_b"],
            address=data["address"],
            before=diff["risk_score"]["before"],
            after=diff["risk_score"]["after"],
            **counts,
        )
    ]
    if unchanged:
        lines = [tr(lang, "Nothing changed between the two snapshots.") + " " + lines[0]]
    if (
        diff["risk_score"]["before"] == diff["risk_score"]["after"]
        and diff["risk_score"]["after"] is not None
    ):
        # "why did the risk jump?": it did not, said in words before the figures
        lines[0] = (
            tr(lang, "The risk did not change: {score}.", score=diff["risk_score"]["after"]) + " " + lines[0]
        )
    lines += [
        f"+ {source(f['source'], lang)}: {fact_sentence(f['type'], f['value'], lang)}" for f in diff["added"]
    ]
    lines += [
        f"- {source(f['source'], lang)}: {fact_sentence(f['type'], f['value'], lang)}"
        for f in diff["removed"]
    ]
    lines += [
        f"~ {source(c['source'], lang)}: {fact_sentence(c['type'], c['before'], lang)} → "
        f"{fact_sentence(c['type'], c['after'], lang)}"
        for c in diff["changed"]
    ]
    if diff.get("factors"):  # why the score moved: the factors that came, went or changed
        lines.append(tr(lang, "The risk moved with these factors:"))
        lines += [
            f"* {factor_name(f['factor'], lang)} ({f['before']} → {f['after']}): {quote(explanation(f['explanation'], lang), 160)}"
            for f in diff["factors"]
        ]
    return lines


def risk_premise_lines(premise: str, results: list[tuple[str, dict[str, Any]]], lang: str) -> list[str]:
    """ "Why did the risk go up?" hears first that it did not, when the snapshots compared say so."""
    for name, result in results:
        data = result.get("data")
        if name != "snapshot_diff" or not isinstance(data, dict) or not data.get("diff"):
            continue
        before, after = data["diff"]["risk_score"]["before"], data["diff"]["risk_score"]["after"]
        if premise == "risk_up" and not after > before:
            return [tr(lang, "The risk score did not go up: {before} → {after}.", before=before, after=after)]
        if premise == "risk_down" and not after < before:
            return [
                tr(lang, "The risk score did not go down: {before} → {after}.", before=before, after=after)
            ]
    return []
