"""Run history with filters (job, status, trigger, person, period) and one run's detail: its timeline of events, with
Cancel for a running run and Retry for a failed or cancelled one. Refreshes without a reload."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pandas as pd
import streamlit as st

from pipeline.engine import clock, states
from pipeline.engine.registry import jobs
from pipeline.service import control
from pipeline.service import engine as service
from ui.components import attempt, chip, humanize, local_time, money, remember, show_remembered
from ui.job_charts import run_units
from ui.job_controls import who
from ui.lang import reason, status, t, t_in
from ui.people import person_name

PERIODS = {
    "all time": None,
    "last hour": 1,
    "last 24 hours": 24,
    "last 7 days": 24 * 7,
    "last 30 days": 24 * 30,
}
TRIGGERS = ("schedule", "button", "cli", "retry", "recheck", "queued", "notice")
ALL = "all"


def filters() -> dict[str, Any]:
    # Labels are made in the reader's language now: a widget's format function may be called outside this run.
    labels = {ALL: t("all"), **{v: status(v) for v in states.STATUSES}, **{v: t(v) for v in TRIGGERS}}
    labels.update({p: t(p) for p in PERIODS})
    shown = labels.get
    job_col, status_col, trigger_col, who_col, period_col = st.columns(5)
    job = job_col.selectbox(
        t("Job"), [ALL, *sorted(jobs())], key="runs_job", format_func=lambda v: labels[ALL] if v == ALL else v
    )
    state = status_col.selectbox(t("Status"), [ALL, *states.STATUSES], key="runs_status", format_func=shown)
    trigger = trigger_col.selectbox(t("started by"), [ALL, *TRIGGERS], key="runs_trigger", format_func=shown)
    people = attempt("read who started runs", service.run_people) or []
    who = who_col.selectbox(
        t("Who"), [ALL, *people], key="runs_who", format_func=lambda v: labels[ALL] if v == ALL else v
    )
    period = period_col.selectbox(t("Period"), list(PERIODS), key="runs_period", format_func=shown)
    hours = PERIODS[period]
    return {
        "job": None if job == ALL else job,
        "status": None if state == ALL else state,
        "trigger": None if trigger == ALL else trigger,
        "who": None if who == ALL else who,
        "since": clock.now() - timedelta(hours=hours) if hours else None,
    }


def run_history(limit: int = 50) -> None:
    st.subheader(t("Recent runs"))
    chosen = filters()
    history(chosen, limit)
    run_detail()


@st.fragment(run_every=5)
def history(chosen: dict[str, Any], limit: int) -> None:
    rows = attempt(
        "read the recent runs",
        service.list_runs,
        chosen["job"],
        limit,
        status=chosen["status"],
        trigger=chosen["trigger"],
        who=chosen["who"],
        since=chosen["since"],
    )
    if not rows:
        st.caption(
            t("No runs yet.") if rows is not None and not any(chosen.values()) else t("No runs match.")
        )
        return
    table = pd.DataFrame([_row(r) for r in rows])
    st.dataframe(table, hide_index=True, width="stretch")


def _row(r: dict[str, Any]) -> dict[str, Any]:
    return {
        t("run"): f"#{r['id']}",
        t("Job"): r["job"],
        t("Status"): status(r["status"]),
        t("started by"): t(r["trigger"]),
        t("Who"): person_name(r.get("started_by")),
        t("started"): local_time(r["started_at"]),
        t("took"): t("{seconds} s", seconds=f"{r['duration_s']:.1f}")
        if r["duration_s"] is not None
        else status("running"),
        t("items"): f"{r['processed']} / {r['limit']}",
        t("spent"): run_units(r["cost"]),
        t("cost"): money(r["cost"]["usd"]),
        t("reason"): humanize(reason(r["reason"])),
    }


def run_detail() -> None:
    run_id = st.number_input(t("Run details: run #"), min_value=0, step=1, value=0, key="run_detail")
    if run_id:
        timeline(int(run_id))


@st.fragment(run_every=2)
def timeline(run_id: int) -> None:
    """One run: its status, who cancelled or what it retried, its events, and the buttons that apply."""
    run = attempt("read the run", control.show_run, run_id)
    if run is None:
        return
    st.markdown(
        f"**{t('Run #{id}', id=run['id'])}** · {run['job']} [{run['scope']}] · {chip(run['status'])} · "
        + t("{done} of {limit} items", done=run["processed"], limit=run["limit"])
    )
    if run.get("started_by"):
        st.caption(
            t(
                "Started by {who} at {at}.",
                who=person_name(run["started_by"]),
                at=local_time(run["started_at"]),
            )
        )
    if run["reason"]:
        st.caption(humanize(reason(run["reason"])))
    if run["retry_of"]:
        st.caption(t("Retries run #{id}.", id=run["retry_of"]))
    if run["retried_by"]:
        st.caption(t("Retried by run(s) {ids}.", ids=", ".join(f"#{i}" for i in run["retried_by"])))
    buttons(run)
    events = [
        {
            t("at"): local_time(e["at"]),
            t("event"): t_in("event", e["kind"]),
            t("what"): humanize(reason(e["message"])) if e["message"] else "",
            t("details"): ", ".join(f"{k}={v}" for k, v in e["data"].items() if k != "not_kept"),
        }
        for e in run["events"]
    ]
    if events:
        st.dataframe(pd.DataFrame(events), hide_index=True, width="stretch", key=f"timeline:{run_id}")
    else:
        st.caption(t("No events recorded for this run."))


def buttons(run: dict[str, Any]) -> None:
    cancel_col, retry_col = st.columns(2)
    if run["status"] == "running" and cancel_col.button(
        t("Cancel run"), key=f"cancel_run:{run['id']}", icon=":material/stop_circle:"
    ):
        done = attempt("cancel the run", control.cancel_run, run["id"], who())
        if done:
            remember("run_detail_answer", "info", reason(done["message"]))
    if states.can_retry(run["status"]) and retry_col.button(
        t("Retry"), key=f"retry:{run['id']}", icon=":material/replay:"
    ):
        done = attempt("retry the run", control.retry_run, run["id"], who())
        if done:
            new = done.get("run_id")
            text = t("Retry started as run #{id}.", id=new) if new else reason(done["message"])
            remember("run_detail_answer", "success", text)
    show_remembered("run_detail_answer")
