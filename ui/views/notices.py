"""Notices page: the inbox of change notices on watched properties and projects, with diff, evidence, delivery."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from pipeline.engine.exceptions import MiranoError
from pipeline.service import notices as service
from ui.components import chip, local_time, readable, when
from ui.labels import fact_kind, source_name, value_text
from ui.lang import error, reason, t

CHANGES = {"added": "new", "changed": "changed", "removed": "gone"}
COUNTS = {"added": "{n} new", "changed": "{n} changed", "removed": "{n} gone"}
TRIGGERS = {
    "check": "a check",
    "recheck": "a re-check",
    "prefetch": "a prefetch",
    "project": "the project scan",
    "job": "the job's runs",
}
WATCH_KINDS = {"property": "property", "project": "project", "job": "job"}


def watch_form() -> None:
    with st.form("new_watch", border=True):
        st.markdown("##### " + t("Watch a property or a project"))
        target = st.text_input(t("Address or project slug"), key="watch_target")
        if st.form_submit_button(t("Watch"), key="watch_button", icon=":material/visibility:"):
            try:
                result = service.watch(target)
            except Exception as exc:  # noqa: BLE001 - said as a sentence, the input stays
                why = error(exc) if isinstance(exc, MiranoError) else reason(readable(exc))
                st.error(t("Could not watch it: {why}", why=why), icon=":material/error:")
                return
            kind = t(WATCH_KINDS.get(result["kind"], result["kind"]))
            word = "Now watching {kind} “{label}”." if result["new"] else "Already watching {kind} “{label}”."
            st.success(t(word, kind=kind, label=result["label"]))


def headline(notice: dict[str, Any]) -> str:
    """'г. Москва, …: 1 changed, risk 0 → 20' in the reader's language, from the diff (the stored title is English)."""
    diff, watch = notice["diff"], notice.get("watch") or {}
    if diff.get("alert") == "failing":
        return t(
            "{job}: failed {n} times in a row, last: {why}",
            job=watch.get("label") or diff["job"],
            n=diff["failures"],
            why=reason(diff.get("last_reason")),
        )
    if diff.get("alert") == "stale":
        return t(
            "{job}: no success since {since}",
            job=watch.get("label") or diff["job"],
            since=when(diff["last_success_at"]),
        )
    if diff.get("alert") == "recovered":
        return t("{job}: recovered, run #{id} ok", job=watch.get("label") or diff["job"], id=diff["run_id"])
    parts = [t(text, n=len(diff[key])) for key, text in COUNTS.items() if diff.get(key)]
    risk = diff.get("risk_score") or {}
    if risk and risk.get("before") != risk.get("after"):
        parts.append(t("risk {before} → {after}", before=f"{risk['before']:g}", after=f"{risk['after']:g}"))
    label = watch.get("label") or notice["title"].split(":")[0]
    return f"{label}: {', '.join(parts)}" if parts else notice["title"]


def _what(item: dict[str, Any]) -> str:
    """A changed thing as a reader names it: a property fact by its source and kind, a project item by its text."""
    if item.get("source"):
        return " · ".join(x for x in (source_name(item["source"]), fact_kind(item.get("type") or "")) if x)
    if item.get("text"):
        return f"{t(item.get('kind') or '')}: «{item['text']}»" if item.get("kind") else f"«{item['text']}»"
    return str(item.get("identity") or "")


def _evidence(row: dict[str, Any]) -> str:
    """One piece of a notice's evidence in words: the fact, its source, when it was fetched, the response's hash."""
    if row.get("fact_id") is not None:
        parts = [t("fact #{id}", id=row["fact_id"]), source_name(row.get("source") or "")]
        if row.get("fetched_at"):
            parts.append(t("fetched {at}", at=when(row["fetched_at"])))
        if row.get("response_hash"):
            parts.append(t("response {hash}", hash=f"`{str(row['response_hash'])[:12]}`"))
        return " · ".join(p for p in parts if p)
    first = t("first seen {at}", at=when(row["first_seen_at"])) if row.get("first_seen_at") else ""
    return " · ".join(p for p in (t("item #{id}", id=row.get("entity_id")), first) if p)


def diff_table(notice: dict[str, Any]) -> None:
    diff = notice["diff"]
    rows = [
        {
            t("change"): t(word),
            t("what"): _what(item),
            t("before"): value_text(item["before"]) if "before" in item else "",
            t("after"): value_text(item.get("after", item.get("value", ""))) if item.get("source") else "",
        }
        for key, word in CHANGES.items()
        for item in diff.get(key, [])
    ]
    if rows:
        st.dataframe(pd.DataFrame(rows).astype(str), hide_index=True, width="stretch")
    if "risk_score" in diff:
        risk = diff["risk_score"]
        st.caption(
            t("Risk score {before} → {after}", before=f"{risk['before']:g}", after=f"{risk['after']:g}")
        )


def deliveries(notice: dict[str, Any]) -> None:
    if not notice["deliveries"]:
        st.caption(t("No channel is configured: this notice is in the inbox only."))
    for d in notice["deliveries"]:
        tries = "; ".join(
            f"#{a['attempt']} {t(a['outcome'])}" + (f" ({reason(a['detail'])})" if a["detail"] else "")
            for a in d["history"]
        )
        st.markdown(
            f"{chip(d['status'])} **{d['channel']}** · {t('{n} attempts', n=d['attempts'])}"
            + (f" · {tries}" if tries else "")
        )


def notice_card(notice: dict[str, Any]) -> None:
    with st.container(border=True):
        new = "" if notice["read"] else f"**{t('NEW')}** · "
        st.markdown(f"{new}{headline(notice)}")
        found_by = t(TRIGGERS.get(notice["trigger"], notice["trigger"]))
        st.caption(f"{when(notice['created_at'])} · " + t("found by {what}", what=found_by))
        with st.expander(t("What changed, the evidence and the deliveries")):
            diff_table(notice)
            for row in notice["evidence"]:
                st.caption(t("Evidence: {what}", what=_evidence(row)))
            deliveries(notice)


def main() -> None:
    st.title(t("Notices"))
    unread = service.unread_count()
    st.markdown(f"**{t('{n} unread', n=unread)}**" if unread else t("Nothing unread."))
    only_unread = st.toggle(t("Only unread"), key="only_unread")
    notices = service.list_notices(unread=only_unread)
    if unread and st.button(t("Mark all read"), key="mark_read", icon=":material/done_all:"):
        service.mark_read()
        st.rerun()
    for notice in notices:
        notice_card(notice)
    if not notices:
        st.caption(
            t(
                "No notices yet. Watch a property or a project; a change found by a check, re-check or prefetch shows here."
            )
        )
    watch_form()
    watches = service.list_watches()
    if watches:
        st.markdown("##### " + t("Watched"))
        table = pd.DataFrame(watches)[["kind", "label", "created_at"]]
        table["kind"] = table["kind"].map(lambda k: t(WATCH_KINDS.get(k, k)))
        table["created_at"] = table["created_at"].map(local_time)
        table.columns = [t("what"), t("watched object"), t("watched since")]
        st.dataframe(table, hide_index=True)
    unwatch_control()


def unwatch_control() -> None:
    """Stop watching one of your own watches (a job's alerts are everyone's and stay)."""
    from pipeline.service import watching

    if "unwatched" in st.session_state:
        st.success(st.session_state.pop("unwatched"))
    mine = {w["id"]: w for w in watching.my_watches()}
    if not mine:
        return
    label = {i: f"{t(WATCH_KINDS.get(w['kind'], w['kind']))}: {w['label']}" for i, w in mine.items()}
    pick, press = st.columns([4, 1], vertical_alignment="bottom")
    chosen = pick.selectbox(t("Your watches"), list(mine), format_func=label.get, key="unwatch_pick")
    if press.button(t("Unwatch"), key="unwatch_button", icon=":material/visibility_off:", width="stretch"):
        try:
            done = watching.unwatch_id(chosen)
        except Exception as exc:  # noqa: BLE001 - said as a sentence
            why = error(exc) if isinstance(exc, MiranoError) else reason(readable(exc))
            st.error(t("Could not stop watching: {why}", why=why), icon=":material/error:")
            return
        st.session_state["unwatched"] = t("You no longer watch “{label}”.", label=done["label"])
        st.session_state.pop("unwatch_pick", None)
        st.rerun()


main()
