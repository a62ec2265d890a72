"""Charts and the recent-runs table of the Jobs page: runs per day by status, cost per day by job."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from pipeline.service import engine as service
from ui.components import attempt, humanize, local_time, money

STATUS_SCALE = alt.Scale(
    domain=["ok", "skipped", "failed", "running", "queued"],
    range=["#16a34a", "#f59e0b", "#dc2626", "#2563eb", "#7c3aed"],
)


def _series(days: int) -> pd.DataFrame:
    rows = attempt("read the run history", service.daily_series, days) or []
    return pd.DataFrame(rows, columns=["day", "job", "status", "runs", "cost_usd", "processed"])


def runs_chart(frame: pd.DataFrame) -> alt.Chart:
    return (
        alt.Chart(frame)
        .mark_bar()
        .encode(
            x=alt.X("day:O", title=None),
            y=alt.Y("sum(runs):Q", title="runs"),
            color=alt.Color("status:N", scale=STATUS_SCALE, legend=alt.Legend(orient="bottom", title=None)),
            tooltip=["day", "job", "status", "runs"],
        )
        .properties(height=240, title="Runs per day")
    )


def cost_chart(frame: pd.DataFrame) -> alt.Chart:
    return (
        alt.Chart(frame)
        .mark_bar()
        .encode(
            x=alt.X("day:O", title=None),
            y=alt.Y("sum(cost_usd):Q", title="USD", axis=alt.Axis(format="$.4f")),
            color=alt.Color("job:N", legend=alt.Legend(orient="bottom", title=None, columns=4)),
            tooltip=["day", "job", alt.Tooltip("cost_usd:Q", format="$.4f")],
        )
        .properties(height=240, title="Cost per day")
    )


@st.fragment(run_every=15)
def charts(days: int = 14) -> None:
    frame = _series(days)
    if frame.empty:
        st.caption(f"No runs in the last {days} days yet. Press Run now on a job, or wait for the scheduler.")
        return
    left, right = st.columns(2)
    left.altair_chart(runs_chart(frame), width="stretch")
    right.altair_chart(cost_chart(frame), width="stretch")


@st.fragment(run_every=5)
def recent_runs(limit: int = 15) -> None:
    rows = attempt("read the recent runs", service.list_runs, None, limit) or []
    st.subheader("Recent runs")
    if not rows:
        st.caption("No runs yet.")
        return
    table = pd.DataFrame(
        [
            {
                "run": f"#{r['id']}",
                "job": r["job"],
                "status": r["status"],
                "started by": r["trigger"],
                "started": local_time(r["started_at"]),
                "took": f"{r['duration_s']:.1f} s" if r["duration_s"] is not None else "running",
                "items": f"{r['processed']} / {r['limit']}",
                "cost": money(r["cost"]["usd"]),
                "reason": humanize(r["reason"]),
            }
            for r in rows
        ]
    )
    st.dataframe(table, hide_index=True, width="stretch")
