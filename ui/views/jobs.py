"""Jobs page: every job with its status, reasons, cost and next run, Run now, economy mode, budgets and charts."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import streamlit as st

from pipeline.service import engine as service
from ui.components import (
    attempt,
    chip,
    could_not,
    demo_chip,
    humanize,
    local_time,
    money,
    number,
    relative_time,
    shown_errors,
    when,
)
from ui.job_charts import charts
from ui.job_controls import controls, paused_line
from ui.job_outcome import answer_line
from ui.labels import job_title
from ui.lang import reason, t, t_in
from ui.modes import demo_notice, job_is_demo
from ui.people import person_name
from ui.run_history import run_history

BUDGET_KINDS = {
    "usd": ("Money (USD)", 0.01),
    "embeddings": ("Embeddings", 10.0),
    "llm_calls": ("LLM calls", 1.0),
    "tokens": ("Tokens", 1000.0),
    "source_calls": ("Source calls", 1.0),
}
COLUMNS = [3.0, 1.4, 1.9, 1.7, 2.1, 1.9]


def cadence(seconds: float | None) -> str:
    if not seconds:
        return t("on demand")
    if seconds >= 86400 * 2:
        return t("every {count} days", count=f"{seconds / 86400:g}")
    if seconds >= 3600:
        return t("every {count} h", count=f"{seconds / 3600:g}")
    return t("every {count} min", count=f"{seconds / 60:g}")


def sentence(text: str) -> str:
    text = humanize(reason(text))
    return text.rstrip(".") + "." if text else ""


def reason_line(job: dict[str, Any]) -> tuple[str, str] | None:
    """What a person should know about the last run, as (kind, sentence), or None."""
    if job["backoff"]:
        soon = f" ({relative_time(job['next_run_at'])})" if job["next_run_at"] else ""
        why = humanize(reason(job["backoff"].strip().rstrip(".")))
        return "warning", t("Backing off: {why}", why=why) + f"{soon}."
    why = job["reason"]
    if not why:
        return None
    last = job["last_status"]
    if last == "failed":
        return "error", t("Last run failed: {why}", why=sentence(why))
    if last == "skipped":
        return "info", t("Last run skipped: {why}", why=sentence(why))
    if last == "ok":
        return "info", t(
            "Last run: {what}", what=sentence(why)
        )  # what it did, or why it ended before its limit
    return "info", sentence(why)


# On a phone Streamlit stacks columns, so the header would be a list of five words above the first card: hide it
# there; and a job row keeps its name full width with the status, last success, cost, next run and button
# wrapping beside each other, so eleven jobs do not make a page of 8,000 px.
NARROW_CSS = """<style>@media (max-width: 640px) {
  .st-key-job_header { display: none; }
  [class*="st-key-job_row_"] [data-testid="stHorizontalBlock"] { flex-wrap: wrap; gap: 0.25rem 1rem; }
  [class*="st-key-job_row_"] [data-testid="stColumn"] { flex: 0 1 auto !important; width: auto !important;
    min-width: 0 !important; }
  [class*="st-key-job_row_"] [data-testid="stColumn"]:first-child { flex-basis: 100% !important; }
  div[class*="st-key-narrow_label_"] { display: flex !important; }
}
@media (min-width: 641px) { div[class*="st-key-narrow_label_"] { display: none !important; } }
</style>"""


LABELS = ("Status", "Last success", "Cost", "Next run")


def narrow_label(column: Any, job: dict[str, Any], label: str) -> None:
    """The column's name above its value, shown only on a phone, where the header row is hidden."""
    with column.container(key=f"narrow_label_{job['name'].replace('.', '_')}_{LABELS.index(label)}"):
        st.caption(f"**{t(label)}**")


def header_row() -> None:
    st.html(NARROW_CSS)
    labels = [t("Job"), *(t(label) for label in LABELS), ""]
    with st.container(key="job_header"):
        for column, label in zip(st.columns(COLUMNS), labels, strict=True):
            column.caption(f"**{label}**")


def status_cell(job: dict[str, Any]) -> None:
    st.markdown(chip(job["status"]))
    progress = job["progress"]
    if job["status"] in ("running", "cancelling") and progress:
        done, known = progress["done"], progress["total"]
        if known:  # the work really left, not the per-run limit
            left = progress.get("eta_s")
            text = t(service.PROGRESS_WORDS[progress["unit"]], done=number(done), total=number(known))
            if left is not None:
                text += " · " + t("~{seconds} s left", seconds=f"{left:.0f}")
            st.progress(min(done / known, 1.0), text=text)
        else:  # the total is not known: no bar with the per-run limit posing as the work left
            st.markdown(
                ":material/progress_activity: "
                + t("{done} items so far (total not known yet)", done=number(done))
            )
        since = f"{local_time(job['running_since'])} ({relative_time(job['running_since'])})"
        st.caption(t("since {moment}", moment=since))
    elif job["queued"] and job["status"] != "queued":
        st.caption(t("another run is queued"))


def next_run_cell(job: dict[str, Any], scheduler_on: bool) -> None:
    if job["status"] in ("running", "cancelling"):
        st.markdown(t("running now"))
    elif job["queued"]:
        st.markdown(t("queued — runs next"))
    elif not scheduler_on:
        st.markdown(t("not scheduled"))
        st.caption(t("{cadence} while the scheduler runs", cadence=cadence(job["cadence_s"])))
    else:
        st.markdown(when(job["next_run_at"], t("at the scheduler's next tick")))
        st.caption(cadence(job["cadence_s"]))


def run_now_clicked(job: dict[str, Any]) -> None:
    """Start the job; a refusal (a viewer's press) stays on the card, since the card refreshes every 3 s."""
    st.session_state.pop(f"refused:{job['name']}", None)
    try:
        answer = service.run_now(job["name"], "global", trigger="button")
    except Exception as exc:  # noqa: BLE001 — said as a sentence on the card, nothing started
        st.session_state[f"refused:{job['name']}"] = could_not("start the job", exc)
        return
    if answer:
        # A queued press becomes the first run after the one running (or last finished) now.
        answer["asked_after_run"] = job["running_run_id"] or job["last_run_id"] or 0
        st.session_state[f"answer:{job['name']}"] = answer


def job_row(job: dict[str, Any], scheduler_on: bool) -> None:
    with st.container(border=True, key=f"job_row_{job['name'].replace('.', '_')}"):
        name, status, last, cost, upcoming, action = st.columns(COLUMNS, vertical_alignment="center")
        title = f"**{job_title(job['name'], job['description'])}** {demo_chip() if job_is_demo(job['name']) else ''}"
        name.markdown(title, help=t(job["description"]) if job["description"] else None)
        name.caption(f"`{job['name']}` · {t(job['class'])} · {limit_text(job)}")
        for column, label in zip((status, last, cost, upcoming), LABELS, strict=True):
            narrow_label(column, job, label)
        with status:
            status_cell(job)
            if job.get("paused") and job["status"] not in ("running", "cancelling", "queued"):
                st.markdown(chip("paused"))
        last.markdown(when(job["last_success_at"], t("never")))
        last.caption(t("{count} items in the last run", count=job["processed"]))
        if job.get("last_started_by"):
            last.caption(t("started by {who}", who=person_name(job["last_started_by"])))
        cost.markdown(t("{money} today", money=money(job["cost_today_usd"])))
        cost.caption(t("last run: {units}", units=units(job.get("cost_last_run"))))
        with upcoming:
            next_run_cell(job, scheduler_on)
        if action.button(
            t("Run now"), key=f"run:{job['name']}", icon=":material/play_arrow:", width="stretch"
        ):
            run_now_clicked(job)
        line = reason_line(job)
        if line and line[0] in ("error", "warning"):
            getattr(st, line[0])(line[1])
        elif line:
            st.markdown(f":material/info: :gray[{line[1]}]")
        paused_line(job)
        refused = st.session_state.get(f"refused:{job['name']}")
        if refused:
            st.error(refused, icon=":material/block:")
        answer_line(job)
        controls(job)


def limit_text(job: dict[str, Any]) -> str:
    """'up to 500 items a run', or under economy mode the limit that applies now and the normal one."""
    if job.get("limit_override") and job.get("effective_limit") == job["limit_override"]:
        return t(
            "up to {limit} items a run (set; default {normal})",
            limit=job["limit_override"],
            normal=job["limit"],
        )
    if job.get("effective_limit", job["limit"]) != job["limit"]:
        return t(
            "up to {limit} items a run (economy; normally {normal})",
            limit=job["effective_limit"],
            normal=job["limit"],
        )
    return t("up to {limit} items a run", limit=job["limit"])


def units(cost: dict[str, Any] | None) -> str:
    """A run's cost in the spec's units: '12 embeddings · 1 LLM call · 300 tokens · 4 source calls · $0.0003'."""
    if not cost:
        return t("no run yet")
    labels = {
        "embeddings": "{count} embeddings",
        "llm_calls": "{count} LLM calls",
        "tokens": "{count} tokens",
        "source_calls": "{count} source calls",
    }
    parts = [t(label, count=cost[kind]) for kind, label in labels.items() if cost.get(kind)]  # zeros left out
    return " · ".join([*parts, money(cost["usd"])])


def summary(jobs: list[dict[str, Any]], scheduler_on: bool) -> None:
    """One line to read at a glance: what runs, what waits, what fails, what it cost today."""
    count = {
        status: sum(1 for j in jobs if j["status"] == status) for status in ("running", "queued", "failed")
    }
    backing_off = sum(1 for j in jobs if j["backoff"])
    spent = sum(j["cost_today_usd"] for j in jobs)
    scheduler = (
        f":green-badge[{t('scheduler running')}] {t('jobs start on their cadence')}"
        if scheduler_on
        else f":orange-badge[{t('scheduler not running')}] {t('jobs start only when you press Run now')}"
    )
    words = {"running": "running: {count}", "queued": "queued: {count}", "failed": "failed: {count}"}
    chips = " ".join(chip(name, t(words[name], count=number)) for name, number in count.items())
    st.markdown(
        f"{scheduler} · {t('{count} jobs', count=len(jobs))} · {chips} · "
        f"{t('{count} backing off', count=backing_off)} · {t('{money} spent today', money=money(spent))}"
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
    st.caption(t("Updated {moment} · refreshes every 3 s", moment=local_time(_now_iso())))


def _now_iso() -> str:
    return datetime.now(UTC).isoformat()


def economy_switch() -> None:
    state = attempt("read economy mode", service.economy)
    if state is None:
        return

    def toggled() -> None:
        if attempt("switch economy mode", service.set_economy, bool(st.session_state["economy"])) is None:
            st.session_state["economy"] = state["on"]  # refused: the switch shows what is still true

    st.toggle(t("Economy mode"), value=state["on"], key="economy", on_change=toggled)
    factors = {"limits": f"{state['limit_factor']:g}", "cadences": f"{state['cadence_factor']:g}"}
    paused = t(", LLM work paused") if state["llm_paused"] else ""
    st.caption(
        t("Smaller batches (limits ×{limits}) and longer cadences (×{cadences})", **factors) + paused + "."
        if state["on"]
        else t("Off: full batches. On: limits ×{limits}, cadences ×{cadences}.", **factors)
    )


def budget_panel() -> None:
    state = attempt("read the budgets", service.budgets)
    if state is None:
        return
    if state["reached"]:
        st.error(t("Work is stopped: {why}", why=sentence(state["reached"])))
    expander = st.expander(t("Daily budgets"), icon=":material/savings:", expanded=bool(state["budgets"]))
    with expander, st.form("budgets", border=False):
        zone = t_in("timezone", state.get("timezone") or "UTC")  # "московскому" for Europe/Moscow
        st.caption(t("A day runs from midnight to midnight, {zone} time.", zone=zone))
        values = {}
        for kind, (label, step) in BUDGET_KINDS.items():
            spent = state["spent_today"].get(kind, 0.0)
            values[kind] = st.number_input(
                t("{kind} per day (spent today {spent})", kind=t(label), spent=spent_text(kind, spent)),
                min_value=0.0,
                step=step,
                value=float(state["budgets"].get(kind) or 0.0),
                key=f"budget:{kind}",
                help=t("0 = no limit"),
            )
        if st.form_submit_button(t("Save budgets"), key="save_budgets"):
            save_budgets(values, state["budgets"])


def save_budgets(values: dict[str, float], before: dict[str, float | None]) -> None:
    """Save the budgets that changed; the first refusal stops and says why (nothing after it is saved)."""
    changed = {kind: limit for kind, limit in values.items() if (limit or None) != (before.get(kind) or None)}
    for kind, limit in changed.items():
        if attempt("set a budget", service.set_budget, kind, limit or None) is None:
            return
    st.toast(t("Budgets saved"))


def spent_text(kind: str, spent: float) -> str:
    """Today's spend of a budget kind: money as money ('$0.09'), counts as whole numbers."""
    return money(spent) if kind == "usd" else number(spent)


def render() -> None:
    st.title(t("Jobs"))
    demo_notice()
    left, right = st.columns([1, 2])
    with left:
        economy_switch()
    with right:
        budget_panel()
    job_list()
    st.subheader(t("Runs over time"))
    charts()
    run_history()


with shown_errors("show this page"):
    render()
