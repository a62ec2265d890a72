"""The Audit log tab: every apply attempt, who, when, what was sent and what came back."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from ui.components import humanize, local_time
from ui.lang import reason, t
from ui.memory.actions import IN_DOUBT, audit_line, outcome_name, request_code, result_text
from ui.memory.common import short


def audit_table(records: list[dict[str, Any]], titles: dict[int, str]) -> None:
    rows = [
        {
            t("audit"): f"#{r['id']}",
            t("when"): local_time(r["at"]),
            t("who"): r["actor"],
            t("action"): f"#{r['action_id']} {short(titles.get(r['action_id'], ''), 50)}",
            t("outcome"): t("IN DOUBT") if r["outcome"] == "in_doubt" else outcome_name(r["outcome"]),
            t("sent"): f"{r['request']['method']} {r['request']['url']}",
            t("answer"): humanize(reason(r["error"]))
            if r["error"]
            else (
                t(IN_DOUBT) if r["outcome"] == "in_doubt" else result_text(r["response"]).replace("**", "")
            ),
        }
        for r in records
    ]
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")


def audit_tab(audit: list[dict[str, Any]], found: list[dict[str, Any]]) -> None:
    st.caption(
        t("Every apply attempt: who, when, what was sent and what came back — failures and retries too.")
    )
    if not audit:
        st.info(t("Nothing applied yet."))
        return
    audit_table(audit, {a["id"]: a["title"] for a in found})
    chosen = st.selectbox(
        t("Open a record"),
        [r["id"] for r in audit],
        format_func=lambda i: t("Audit #{id}", id=i),
        key=f"memory_audit_open:{len(audit)}",
    )
    record = next(r for r in audit if r["id"] == chosen)
    audit_detail(record, titles={a["id"]: a["title"] for a in found})


def audit_detail(record: dict[str, Any], titles: dict[int, str]) -> None:
    """One record read as sentences: which action, who, when, what came back; the raw request and answer folded."""
    with st.container(border=True):
        st.markdown(audit_line(record))
        action = short(titles.get(record["action_id"], ""), 120)
        st.markdown(t("Action #{id}: {title}", id=record["action_id"], title=action))
        request = record["request"] or {}
        st.caption(t("Sent to {url}", url=f"`{request.get('url', '—')}`"))
        with st.expander(t("The exact request and answer"), icon=":material/code:"):
            request_code(request) if request.get("method") else st.caption(t("No request was recorded."))
            st.markdown("**" + (t("Answer") if not record["error"] else t("Error")) + "**")
            st.json(record["response"] or {"error": record["error"]}, expanded=2)
