"""The memory index (FAISS) and the memory jobs with Run now, folded at the top of the page."""

from __future__ import annotations

from typing import Any

import streamlit as st

from pipeline.service import engine as jobs
from pipeline.service import memory as service
from ui.components import attempt, chip, demo_chip, humanize, relative_time
from ui.labels import job_title
from ui.lang import reason, t
from ui.memory.common import flash, show_flash, why
from ui.modes import job_is_demo

MEMORY_JOBS = (
    "ingest.chatwoot",
    "ingest.linear",
    "ingest.attio",
    "memory.build",
    "memory.extract",
    "memory.suggest",
    "memory.digest",
)


def rebuild_clicked() -> None:
    try:
        done = service.rebuild_index()
    except Exception as exc:  # noqa: BLE001
        flash("index", "error", t("Could not rebuild the index: {why}", why=why(exc)))
        return
    flash(
        "index",
        "success",
        t(
            "Index rebuilt from the database: {vectors} vectors, nothing re-embedded.",
            vectors=done["vectors"],
        ),
    )


def index_panel(status: dict[str, Any]) -> None:
    st.markdown("##### " + t("Memory index"))
    index = status["index"]
    in_pg = index.get("store") == "pgvector"
    counts = {"documents": status["documents"], "embedded": status["embedded"], "chunks": status["chunks"]}
    if in_pg:
        line = t(
            "**{documents}** documents · **{embedded}** of {chunks} chunks embedded · **{size}** vectors in "
            "PostgreSQL (pgvector)",
            **counts,
            size=index["size"],
        )
    else:
        line = t(
            "**{documents}** documents · **{embedded}** of {chunks} chunks embedded · **{size}** vectors in FAISS",
            **counts,
            size=index["size"],
        )
    st.markdown(line)
    if index.get("store_note") == "no_pgvector":
        st.info(
            t(
                "PostgreSQL without pgvector: vectors stay in FAISS files on each machine. An administrator can run "
                "{sql} in this database, then `mirano init` moves them in.",
                sql="`CREATE EXTENSION vector;`",
            ),
            icon=":material/info:",
        )
    if index.get("healed"):
        st.warning(
            t(
                "The index file could not be read and was rebuilt from the stored vectors by itself ({when}): {note}.",
                when=relative_time(index["healed"]["at"]) or index["healed"]["at"],
                note=reason(index["healed"]["note"]),
            ),
            icon=":material/healing:",
        )
    if index["consistent"]:
        st.markdown(
            f":green-badge[:material/check: {t('index consistent')}] "
            + (
                t("PostgreSQL holds exactly the embedded chunks' vectors.")
                if in_pg
                else t("FAISS holds exactly the embedded chunks.")
            )
        )
    else:
        st.markdown(
            f":red-badge[:material/error: {t('index out of step')}] "
            + t(
                "{missing} embedded chunks missing, {extra} extra — rebuild it (nothing is embedded again).",
                missing=index["missing"],
                extra=index["extra"],
            )
        )
    waiting = [
        t("{count} documents wait for the next build", count=status["pending_documents"])
        if status["pending_documents"]
        else "",
        _failed(status) if status["failed"] else "",
    ]
    if any(waiting):
        line = " · ".join(w for w in waiting if w)
        st.caption(line[0].upper() + line[1:] + ".")
    st.button(
        t("Rebuild index"),
        key="memory_rebuild",
        icon=":material/build:",
        on_click=rebuild_clicked,
        help=t("Rebuild the FAISS file from the vectors stored in the database."),
    )
    show_flash("index")


def _failed(status: dict[str, Any]) -> str:
    """'3 chunks failed to embed (the next build tries 2 of them again; last: …)'."""
    retry = status["failed_to_retry"]
    later = (
        t("the next build tries {count} of them again", count=retry)
        if retry
        else t("given up after 3 tries each")
    )
    return t(
        "{count} chunks failed to embed ({later}; last: {error})",
        count=status["failed"],
        later=later,
        error=humanize(reason(status["last_embed_error"])),
    )


def job_row(job: dict[str, Any]) -> None:
    name, state, last, action = st.columns([2.2, 0.8, 2.2, 1.3], vertical_alignment="center")
    name.markdown(  # the job as people call it, its code name small beside it
        f"**{job_title(job['name'], job['description'])}** {demo_chip() if job_is_demo(job['name']) else ''}"
        f" :small[:gray[`{job['name']}`]]",
        help=t(job["description"]),
    )
    state.markdown(chip(job["status"]))
    why_not = (
        humanize(reason(job["reason"]))
        if job["last_status"] in ("failed", "skipped") and job["reason"]
        else ""
    )
    last_ok = relative_time(job["last_success_at"]) or t("never")
    last.caption(t("last ok {when}", when=last_ok) + (f" · {why_not}" if why_not else ""))
    if action.button(t("Run now"), key=f"memory_run:{job['name']}", width="stretch"):
        answer = attempt("start the job", jobs.run_now, job["name"], "global", trigger="button")
        if answer:
            st.session_state[f"memory_answer:{job['name']}"] = answer
    answer = st.session_state.get(f"memory_answer:{job['name']}")
    if answer and answer["outcome"] == "started":
        st.caption(":material/play_arrow: " + t("Started run #{run}.", run=answer["run_id"]))
    elif answer:
        st.caption(f":material/block: {humanize(reason(answer['message']))}")


def refresh_when_a_run_ends(rows: dict[str, dict[str, Any]]) -> None:
    """When a memory job finishes, rerun the whole page once so cursors, counts and lists show what it did."""
    settled = {n: j["last_run_id"] for n, j in rows.items() if j["status"] not in ("running", "queued")}
    before = st.session_state.get("memory_settled_runs")
    st.session_state["memory_settled_runs"] = {**(before or {}), **settled}
    if before is not None and any(before.get(n, -1) != run for n, run in settled.items()):
        st.rerun()


@st.fragment(run_every=3)
def job_strip() -> None:
    """The memory jobs with Run now; refreshes every few seconds without touching the rest of the page."""
    listed = attempt("read the memory jobs", jobs.list_jobs)
    if listed is None:
        return
    rows = {j["name"]: j for j in listed if j["name"] in MEMORY_JOBS}
    st.markdown("##### " + t("Sync and memory jobs"))
    st.caption(
        t(
            "Sync imports what is new past each cursor → build embeds it → extract finds commitments and risks → "
            "suggest proposes actions; digest writes the weekly summary. They run on their cadence; Run now starts "
            "one at once."
        )
    )
    for name in MEMORY_JOBS:
        if name in rows:
            job_row(rows[name])
    refresh_when_a_run_ends(rows)
