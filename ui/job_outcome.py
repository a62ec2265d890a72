"""What a Run now press became, on the spot where it was pressed: started → running → "run #9 ok: 92 new in 3.1 s".

The job list is a fragment that reruns every few seconds, so the line below a job follows its run to the end
without a reload; when the run ends a toast says so once, on whatever part of the page the user is looking at.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from pipeline.service import engine as service
from ui.components import humanize
from ui.lang import reason, status, t


def _run_of(answer: dict[str, Any]) -> dict[str, Any] | None:
    """The run a press started, or the run a queued press became (None while it still waits)."""
    if answer["outcome"] == "queued":  # its run_id, if any, is the run it waits behind
        after = answer.get("run_id") or answer.get("asked_after_run") or 0
        return service.run_after(answer["job"], after)
    if answer.get("run_id"):
        return service.get_run(answer["run_id"])
    return None


# By what happened: a run that found nothing new or was cancelled is neutral, not an error.
OUTCOME_STYLE = {
    "ok": ("success", ":material/check_circle:"),
    "skipped": ("info", ":material/info:"),
    "cancelled": ("info", ":material/block:"),
    "failed": ("error", ":material/error:"),
}


def outcome_text(run: dict[str, Any]) -> str:
    """'Run #9 ok: 92 new in 3.1 s' or 'Run #9 failed: source answered 503'."""
    why = humanize(reason(run["reason"])).rstrip(".")
    took = t("{seconds} s", seconds=f"{run['duration_s']:.1f}") if run["duration_s"] is not None else ""
    if run["status"] == "ok":
        what = why or t("{count} items", count=run["processed"])
        return t("Run #{id} ok: {what} in {took}", id=run["id"], what=what, took=took)
    return t("Run #{id} {status}: {why}", id=run["id"], status=status(run["status"]), why=why or "—")


def _toast_once(run: dict[str, Any], text: str) -> None:
    key = f"toasted:{run['id']}"
    if not st.session_state.get(key):
        st.session_state[key] = True
        st.toast(text, icon=OUTCOME_STYLE.get(run["status"], OUTCOME_STYLE["failed"])[1])


def answer_line(job: dict[str, Any]) -> None:
    """The answer to this session's last Run now press on this job, followed to its outcome."""
    answer = st.session_state.get(f"answer:{job['name']}")
    if not answer:
        return
    run = _run_of(answer)
    if run and run["status"] not in ("running", "queued"):
        text = outcome_text(run)
        style, icon = OUTCOME_STYLE.get(run["status"], OUTCOME_STYLE["failed"])
        getattr(st, style)(text, icon=icon)
        _toast_once(run, text)
    elif run:
        st.info(
            t("Run #{id} is running; its progress shows above.", id=run["id"]), icon=":material/play_arrow:"
        )
    elif answer["outcome"] == "queued":
        message = reason(answer["message"].strip().rstrip("."))
        st.info(t("Queued: {why}", why=message) + ".", icon=":material/schedule:")
    else:
        message = reason(answer["message"].strip().rstrip("."))
        st.warning(t("Not started: {why}", why=message) + ".", icon=":material/block:")
