"""Jobs page: every job with its status, reasons, cost and next run, Run now, economy mode, budgets and charts."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import streamlit as st

from pipeline.service import engine as service
from ui.components import (
    attempt,
    chip,
    demo_chip,
    humanize,
    local_time,
    money,
    relative_time,
    shown_errors,
    when,
)
from ui.job_charts import charts, recent_runs
from ui.modes import demo_notice, job_is_demo

BUDGET_KINDS = {
    "usd": ("Money (USD)", 0.01),
    "embeddings": ("Embeddings", 10.0),
    "llm_calls": ("LLM calls", 1.0),
    "tokens": ("Tokens", 1000.0),
    "source_calls": ("Source calls", 1.0),
}
COLUMNS = [3.2, 1.5, 2.0, 1.4, 2.2, 1.5]


def cadence(seconds: float | None) -> str:
    if not seconds:
        return "on demand"
    if seconds >= 86400 * 2:
        return f"every {seconds / 86400:g} days"
    if seconds >= 3600:
        return f"every {seconds / 3600:g} h"
    return f"every {seconds / 60:g} min"


def sentence(text: str) -> str:
    text = humanize(text)
    return text.rstrip(".") + "." if text else ""


def reason_line(job: dict[str, Any]) -> tuple[str, str] | None:
    """What a person should know about the last run, as (kind, sentence), or None."""
    if job["backoff"]:
        soon = f" ({relative_time(job['next_run_at'])})" if job["next_run_at"] else ""
        return "warning", f"Backing off: {job['backoff'].strip().rstrip('.')}{soon}."
    reason = job["reason"]
    if not reason:
        return None
    last = job["last_status"]
    if last == "failed":
        return "error", f"Last run failed: {sentence(reason)}"
    if last == "skipped":
        return "info", f"Last run skipped: {sentence(reason)}"
    if last == "ok":
        return "info", f"Last run: {sentence(reason)}"  # what it did, or why it ended before its limit
    return "info", sentence(reason)


def header_row() -> None:
    labels = ["Job", "Status", "Last success", "Cost", "Next run", ""]
    for column, label in zip(st.columns(COLUMNS), labels, strict=True):
        column.caption(f"**{label}**")


def status_cell(job: dict[str, Any]) -> None:
    st.markdown(chip(job["status"]))
    progress = job["progress"]
    if job["status"] == "running" and progress:
        done, limit = progress["processed"], progress["limit"] or 0
        st.progress(min(done / limit, 1.0) if limit else 0.0, text=f"{done} of {limit or '?'} items")
        st.caption(f"since {local_time(job['running_since'])} ({relative_time(job['running_since'])})")
    elif job["queued"] and job["status"] != "queued":
        st.caption("another run is queued")


def next_run_cell(job: dict[str, Any], scheduler_on: bool) -> None:
    if job["status"] == "running":
        st.markdown("running now")
    elif job["queued"]:
        st.markdown("queued — runs next")
    elif not scheduler_on:
        st.markdown("not scheduled")
        st.caption(f"{cadence(job['cadence_s'])} while the scheduler runs")
    else:
        st.markdown(when(job["next_run_at"], "at the scheduler's next tick"))
        st.caption(cadence(job["cadence_s"]))


def run_now_clicked(job: dict[str, Any]) -> None:
    answer = attempt(f"start {job['name']}", service.run_now, job["name"], "global", trigger="button")
    if answer:
        st.session_state[f"answer:{job['name']}"] = answer


def answer_line(name: str) -> None:
    """The answer to this session's last Run now press on this job, kept until the next press."""
    answer = st.session_state.get(f"answer:{name}")
    if not answer:
        return
    outcome, message = answer["outcome"], answer["message"].strip().rstrip(".") + "."
    if outcome == "started":
        st.success(f"Started run #{answer['run_id']}; its progress shows here.", icon=":material/play_arrow:")
    elif outcome == "queued":
        st.info(f"Queued: {message}", icon=":material/schedule:")
    else:
        st.warning(f"Not started: {message}", icon=":material/block:")


def job_row(job: dict[str, Any], scheduler_on: bool) -> None:
    with st.container(border=True):
        name, status, last, cost, upcoming, action = st.columns(COLUMNS, vertical_alignment="center")
        label = f"**{job['name']}** {demo_chip() if job_is_demo(job['name']) else ''}"
        name.markdown(label)
        name.caption(f"{job['description']} · {job['class']} · up to {job['limit']} items a run")
        with status:
            status_cell(job)
        last.markdown(when(job["last_success_at"], "never"))
        last.caption(f"{job['processed']} items in the last run")
        cost.markdown(f"{money(job['cost_today_usd'])} today")
        cost.caption(f"last run {money(job['cost_last_run_usd'])}")
        with upcoming:
            next_run_cell(job, scheduler_on)
        if action.button("Run now", key=f"run:{job['name']}", icon=":material/play_arrow:", width="stretch"):
            run_now_clicked(job)
        line = reason_line(job)
        if line and line[0] in ("error", "warning"):
            getattr(st, line[0])(line[1])
        elif line:
            st.markdown(f":material/info: :gray[{line[1]}]")
        answer_line(job["name"])


def summary(jobs: list[dict[str, Any]], scheduler_on: bool) -> None:
    """One line to read at a glance: what runs, what waits, what fails, what it cost today."""
    count = {
        status: sum(1 for j in jobs if j["status"] == status) for status in ("running", "queued", "failed")
    }
    backing_off = sum(1 for j in jobs if j["backoff"])
    spent = sum(j["cost_today_usd"] for j in jobs)
    scheduler = (
        ":green-badge[scheduler running] jobs start on their cadence"
        if scheduler_on
        else ":orange-badge[scheduler not running] jobs start only when you press Run now"
    )
    chips = " ".join(chip(status, f"{number} {status}") for status, number in count.items())
    st.markdown(
        f"{scheduler} · **{len(jobs)}** jobs · {chips} · {backing_off} backing off · "
        f"**{money(spent)}** spent today"
    )


@st.fragment(run_every=3)
def job_list() -> None:
    """Refreshes every few seconds without touching the rest of the page (or what the user is typing)."""
    jobs = attempt("read the jobs", service.list_jobs)
    scheduler_on = bool(attempt("read the scheduler state", service.scheduler_alive))
    if jobs is None:
        return
    summary(jobs, scheduler_on)
    header_row()
    for job in jobs:
        job_row(job, scheduler_on)
    st.caption(f"Updated {local_time(_now_iso())} · refreshes every 3 s")


def _now_iso() -> str:
    return datetime.now(UTC).isoformat()


def economy_switch() -> None:
    state = attempt("read economy mode", service.economy)
    if state is None:
        return

    def toggled() -> None:
        attempt("switch economy mode", service.set_economy, bool(st.session_state["economy"]))

    st.toggle("Economy mode", value=state["on"], key="economy", on_change=toggled)
    paused = ", LLM work paused" if state["llm_paused"] else ""
    st.caption(
        f"Smaller batches (limits ×{state['limit_factor']:g}) and longer cadences "
        f"(×{state['cadence_factor']:g}){paused}."
        if state["on"]
        else f"Off: full batches. On: limits ×{state['limit_factor']:g}, cadences ×{state['cadence_factor']:g}."
    )


def budget_panel() -> None:
    state = attempt("read the budgets", service.budgets)
    if state is None:
        return
    if state["reached"]:
        st.error(f"Work is stopped: {sentence(state['reached'])}")
    expander = st.expander("Daily budgets", icon=":material/savings:", expanded=bool(state["budgets"]))
    with expander, st.form("budgets", border=False):
        values = {}
        for kind, (label, step) in BUDGET_KINDS.items():
            spent = state["spent_today"].get(kind, 0.0)
            values[kind] = st.number_input(
                f"{label} per day (spent today {spent:g})",
                min_value=0.0,
                step=step,
                value=float(state["budgets"].get(kind) or 0.0),
                key=f"budget:{kind}",
                help="0 = no limit",
            )
        if st.form_submit_button("Save budgets", key="save_budgets"):
            for kind, limit in values.items():
                attempt(f"set the {kind} budget", service.set_budget, kind, limit or None)
            st.toast("Budgets saved")


def render() -> None:
    st.title("Jobs")
    demo_notice()
    left, right = st.columns([1, 2])
    with left:
        economy_switch()
    with right:
        budget_panel()
    job_list()
    st.subheader("Runs over time")
    charts()
    recent_runs()


with shown_errors("show this page"):
    render()
