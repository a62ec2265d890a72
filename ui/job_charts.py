"""Charts and the recent-runs table of the Jobs page: runs per day by status, spend by cost kind over time."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from pipeline.service import engine as service
from ui.components import attempt, local_date, money
from ui.lang import status, t

STATUS_COLOURS = {
    "ok": "#16a34a",
    "skipped": "#f59e0b",
    "failed": "#dc2626",
    "running": "#2563eb",
    "queued": "#7c3aed",
    "cancelled": "#6b7280",
    "cancelling": "#ea580c",
}
KIND_LABELS = {
    "embeddings": "embeddings",
    "llm_calls": "LLM calls",
    "tokens": "tokens",
    "source_calls": "source calls",
}
# Legends go below the chart, one entry per row at most two columns wide, so a narrow screen never cuts them.
LEGEND = {"orient": "bottom", "title": None, "columns": 2, "labelLimit": 0}
CHART_HEIGHT = 260  # the plot itself; the title and the legend below it come on top of this


def _series(days: int) -> pd.DataFrame:
    rows = attempt("read the run history", service.daily_series, days) or []
    frame = pd.DataFrame(rows, columns=["day", "job", "status", "runs", "cost_usd", "processed"])
    frame["status_label"] = [status(value) for value in frame["status"]]
    frame["day_label"] = [day_label(value) for value in frame["day"]]
    return frame


def day_label(day: str) -> str:
    """'5 Dec' / '5 дек.' for an ISO day; an hourly bucket ('2026-12-05T14:00') as '5 Dec, 14:00'."""
    date, _, hour = day.partition("T")
    text = local_date(date, "d MMM")
    return f"{text}, {hour}" if hour else text


def runs_chart(frame: pd.DataFrame) -> alt.Chart:
    names = [s for s in STATUS_COLOURS if s in set(frame["status"])]
    scale = alt.Scale(domain=[status(s) for s in names], range=[STATUS_COLOURS[s] for s in names])
    return (
        alt.Chart(frame)
        .mark_bar()
        .encode(
            x=alt.X("day_label:O", title=None, sort=list(dict.fromkeys(frame["day_label"]))),
            y=alt.Y("sum(runs):Q", title=t("runs"), axis=alt.Axis(tickMinStep=1, format="d")),
            color=alt.Color("status_label:N", scale=scale, legend=alt.Legend(**LEGEND)),
            tooltip=[
                alt.Tooltip("day_label", title=t("day")),
                alt.Tooltip("job", title=t("Job")),
                alt.Tooltip("runs", title=t("runs")),
            ],
        )
        .properties(height=CHART_HEIGHT, title=t("Runs per day"))
    )


def cost_frame(days: int) -> pd.DataFrame:
    rows = attempt("read the spend", service.cost_series, days) or []
    frame = pd.DataFrame(rows, columns=["bucket", "kind", "amount", "usd", "hourly"])
    frame["kind_label"] = [t(KIND_LABELS[kind]) for kind in frame["kind"]]
    frame["money"] = [money(value) for value in frame["usd"]]
    frame["bucket_label"] = [day_label(value) for value in frame["bucket"]]
    return frame


def cost_chart(frame: pd.DataFrame) -> alt.Chart:
    """Spend by kind: the bar height is money from the price table; the hover shows the count and the money."""
    hourly = bool(frame["hourly"].iloc[0]) if len(frame) else False
    return (
        alt.Chart(frame)
        .mark_bar()
        .encode(
            x=alt.X(
                "bucket_label:O",
                title=t("hour") if hourly else None,
                sort=list(dict.fromkeys(frame["bucket_label"])),
            ),
            y=alt.Y(
                "sum(usd):Q", title=t("USD, from the price table"), axis=alt.Axis(format="~r", tickCount=4)
            ),
            color=alt.Color("kind_label:N", legend=alt.Legend(**LEGEND)),
            tooltip=[
                alt.Tooltip("bucket_label", title=t("when")),
                alt.Tooltip("kind_label", title=t("kind")),
                alt.Tooltip("amount:Q", title=t("count")),
                alt.Tooltip("money", title=t("money")),
            ],
        )
        .properties(height=CHART_HEIGHT, title=t("Spend by kind"))
    )


@st.fragment(run_every=15)
def charts(days: int = 14) -> None:
    frame = _series(days)
    if frame.empty:
        st.caption(
            t(
                "No runs in the last {days} days yet. Press Run now on a job, or wait for the scheduler.",
                days=days,
            )
        )
        return
    left, right = st.columns(2)
    left.altair_chart(runs_chart(frame), width="stretch")
    spend = cost_frame(days)
    if spend.empty:
        right.caption(t("Nothing spent in the last {days} days.", days=days))
    else:
        right.altair_chart(cost_chart(spend), width="stretch")
        right.caption(
            t(
                "{money} in the last {days} days, as the bars add up",
                money=money(spend["usd"].sum()),
                days=days,
            )
        )


def run_units(cost: dict) -> str:
    """'3 src · 12 emb · 1 LLM · 300 tok' — the short form for a table cell; zeros left out."""
    short = {"source_calls": "src", "embeddings": "emb", "llm_calls": "LLM", "tokens": "tok"}
    parts = [
        f"{cost[kind]} {label if label == 'LLM' else t(label)}"
        for kind, label in short.items()
        if cost.get(kind)
    ]
    return " · ".join(parts) or "—"
