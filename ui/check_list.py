"""The recent checks on the Property checks page: a table on a wide screen, a card per check on a phone.

A table is a canvas Streamlit draws with its own sideways scrollbar, and seven columns do not fit 390 px: on a phone
the table is hidden and the same rows show as cards, each value under its own label (as the Jobs cards do).
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from ui.components import local_time
from ui.labels import check_state_word, risk_text, source_name
from ui.lang import t

# Which of the two is drawn is the browser's choice (a media query), so a resized window needs no rerun.
NARROW_CSS = """<style>
@media (max-width: 640px) { .st-key-recent_checks_table { display: none !important; } }
@media (min-width: 641px) { .st-key-recent_checks_cards { display: none !important; } }
</style>"""
COLUMNS = ("check", "address", "profile", "status", "risk", "started", "still running")
CARD_ORDER = ("status", "risk", "profile", "started", "still running")  # what a reader looks for first


def cells(row: dict[str, Any]) -> dict[str, str]:
    """One check's values, by the column's name (not yet translated)."""
    return {
        "check": f"#{row['id']}",
        "address": row["address"],
        "profile": t(row["profile"]),
        "status": check_state_word(row["status"]),
        "risk": risk_text(row["risk_score"]),
        "started": local_time(row["created_at"]),
        "still running": ", ".join(source_name(p) for p in row["pending"]),
    }


def check_list(rows: list[dict[str, Any]]) -> None:
    st.markdown("##### " + t("Recent checks"))
    if not rows:
        st.caption(t("No checks yet. Start one with an address on the left."))
        return
    st.html(NARROW_CSS)
    values = [cells(r) for r in rows]
    with st.container(key="recent_checks_table"):
        table = pd.DataFrame([{t(name): v[name] for name in COLUMNS} for v in values])
        st.dataframe(table, hide_index=True, width="stretch", height=min(38 + 35 * len(rows), 260))
    tall = len(rows) > 3  # more than a phone's screen: the cards scroll in their own box, as the table does
    with st.container(key="recent_checks_cards", height=420 if tall else "content"):
        for v in values:
            card(v)


def card(values: dict[str, str]) -> None:
    """A check on a phone: its number and address, then each value after its label, wrapping as the width allows."""
    with st.container(border=True):
        st.markdown(f"**{values['check']}** · {values['address']}")
        shown = [name for name in CARD_ORDER if values[name]]
        keep = {"risk": values["risk"].replace(" ", "\u00a0")}  # "15 / 100" on one line
        st.markdown(
            " · ".join(f"{t(name).capitalize()}: **{keep.get(name, values[name])}**" for name in shown)
        )
