"""A job card's controls: Cancel, Pause / Resume and runtime settings (cadence and per-run limit beside the
defaults). Every press calls the same service functions as the CLI; the answer shows on the card at once."""

from __future__ import annotations

from typing import Any

import streamlit as st

from pipeline.service import control
from ui import people
from ui.components import attempt, local_time, relative_time, show_remembered
from ui.components import remember as keep
from ui.lang import reason, t


def who() -> str:
    """The person acting: signed in, else (on loopback) the local user; the service checks their role."""
    return people.who()


def span(seconds: float | None) -> str:
    if not seconds:
        return "—"
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size and seconds % size == 0:
            return f"{seconds / size:g}{unit}"
    return f"{seconds:g}s"


def remember(key: str, kind: str, text: str) -> None:
    """Keep the answer and rerun the job list, so the card shows the new state with it at once."""
    keep(key, kind, text)
    st.rerun()


def _key(job: dict[str, Any]) -> str:
    return job["name"]


def paused_line(job: dict[str, Any]) -> None:
    if job.get("paused"):
        since = f"{local_time(job['paused_since'])} ({relative_time(job['paused_since'])})"
        st.warning(
            t(
                "Paused by {who} since {since}: the schedule does not fire it; Run now still works.",
                who=job["paused_by"],
                since=since,
            ),
            icon=":material/pause_circle:",
        )


def controls(job: dict[str, Any]) -> None:
    """The row of buttons under a job card, and the answer of the last press."""
    name = _key(job)
    cancel_col, pause_col, settings_col = st.columns(3)
    busy = job["status"] in ("running", "cancelling") or job["queued"]
    if cancel_col.button(
        t("Cancel"), key=f"cancel:{name}", icon=":material/stop_circle:", disabled=not busy, width="stretch"
    ):
        answer = attempt("cancel the run", control.cancel_job, name, "global", who())
        if answer:
            remember(f"control:{name}", "info", reason(answer["message"]))
    if job.get("paused"):
        if pause_col.button(
            t("Resume"), key=f"resume:{name}", icon=":material/play_circle:", width="stretch"
        ) and attempt("resume the job", control.pause_job, name, "global", who(), paused=False):
            remember(f"control:{name}", "success", t("Resumed: the schedule fires it again."))
    elif pause_col.button(
        t("Pause"), key=f"pause:{name}", icon=":material/pause_circle:", width="stretch"
    ) and attempt("pause the job", control.pause_job, name, "global", who(), paused=True):
        # The card's banner says it once, with who and since when in the reader's locale (paused_line): no echo.
        st.session_state.pop(f"control:{name}", None)
        st.rerun()
    with settings_col.popover(t("Settings"), icon=":material/tune:", width="stretch"):
        settings_form(job)
    show_remembered(f"control:{name}")


def settings_form(job: dict[str, Any]) -> None:
    """Cadence and per-run limit, with the defaults beside them; saved values are validated by the service."""
    name = _key(job)
    st.caption(
        t(
            "Default: every {cadence}, up to {limit} items a run.",
            cadence=span(job["cadence_default_s"]),
            limit=job["limit_default"],
        )
    )
    with st.form(f"settings:{name}", border=False):
        cadence = st.text_input(
            t("Cadence (e.g. 30m, 2h, 1d)"),
            value=span(job["cadence_override_s"]) if job["cadence_override_s"] else "",
            key=f"cadence:{name}",
        )
        limit = st.number_input(
            t("Items per run"),
            min_value=0,
            value=int(job["limit_override"] or 0),
            step=10,
            key=f"limit:{name}",
            help=t("0 = the default"),
        )
        save, reset = st.columns(2)
        saved = save.form_submit_button(t("Save"), key=f"save_settings:{name}")
        cleared = reset.form_submit_button(t("Reset to defaults"), key=f"reset_settings:{name}")
    if saved and (cadence.strip() or limit):
        done = attempt(
            "save the settings",
            control.set_job,
            name,
            "global",
            who(),
            cadence=cadence.strip() or None,
            limit=int(limit) or None,
        )
        if done:
            remember(f"control:{name}", "success", settings_text(done))
    if cleared:
        done = attempt("reset the settings", control.set_job, name, "global", who(), reset=True)
        if done:
            remember(f"control:{name}", "success", settings_text(done))


def settings_text(done: dict[str, Any]) -> str:
    return t(
        "Saved: every {cadence} (default {default_cadence}), up to {limit} items a run (default {default_limit}).",
        cadence=span(done["cadence_effective_s"]),
        default_cadence=span(done["cadence_default_s"]),
        limit=done["limit_effective"],
        default_limit=done["limit_default"],
    )
