"""Notices page: the inbox of change notices on watched properties and projects, with diff, evidence, delivery."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from pipeline.service import notices as service
from ui.components import chip, local_time, readable, relative_time


def watch_form() -> None:
    with st.form("new_watch", border=True):
        st.markdown("##### Watch a property or a project")
        target = st.text_input("Address or project slug", key="watch_target")
        if st.form_submit_button("Watch", key="watch_button", icon=":material/visibility:"):
            try:
                result = service.watch(target)
            except Exception as exc:  # noqa: BLE001 - said as a sentence, the input stays
                st.error(f"Could not watch it: {readable(exc)}", icon=":material/error:")
                return
            word = "Now watching" if result["new"] else "Already watching"
            st.success(f"{word} {result['kind']} “{result['label']}”.")


def diff_table(notice: dict[str, Any]) -> None:
    diff = notice["diff"]
    rows = [
        {
            "change": label,
            "what": item.get("identity") or item.get("text"),
            "after": item.get("after", item.get("value")),
        }
        for label in ("added", "changed", "removed")
        for item in diff.get(label, [])
    ]
    if rows:
        st.dataframe(pd.DataFrame(rows).astype(str), hide_index=True, width="stretch")
    if "risk_score" in diff:
        st.caption(f"Risk score {diff['risk_score']['before']:g} → {diff['risk_score']['after']:g}")


def deliveries(notice: dict[str, Any]) -> None:
    if not notice["deliveries"]:
        st.caption("No channel is configured: this notice is in the inbox only.")
    for d in notice["deliveries"]:
        tries = "; ".join(
            f"#{a['attempt']} {a['outcome']}" + (f" ({a['detail']})" if a["detail"] else "")
            for a in d["history"]
        )
        st.markdown(
            f"{chip(d['status'])} **{d['channel']}** · {d['attempts']} attempts"
            + (f" · {tries}" if tries else "")
        )


def notice_card(notice: dict[str, Any]) -> None:
    with st.container(border=True):
        new = "" if notice["read"] else "**NEW** · "
        st.markdown(f"{new}{notice['title']}")
        st.caption(
            f"{local_time(notice['created_at'])} ({relative_time(notice['created_at'])}) · found by a {notice['trigger']}"
        )
        with st.expander("What changed, the evidence and the deliveries"):
            diff_table(notice)
            st.json(notice["evidence"], expanded=False)
            deliveries(notice)


def main() -> None:
    st.title("Notices")
    unread = service.unread_count()
    st.markdown(f"**{unread} unread**" if unread else "Nothing unread.")
    only_unread = st.toggle("Only unread", key="only_unread")
    notices = service.list_notices(unread=only_unread)
    if unread and st.button("Mark all read", key="mark_read", icon=":material/done_all:"):
        service.mark_read()
        st.rerun()
    for notice in notices:
        notice_card(notice)
    if not notices:
        st.caption(
            "No notices yet. Watch a property or a project; a change found by a check, re-check or prefetch shows here."
        )
    watch_form()
    watches = service.list_watches()
    if watches:
        st.markdown("##### Watched")
        st.dataframe(pd.DataFrame(watches)[["kind", "label", "created_at"]], hide_index=True)


main()
