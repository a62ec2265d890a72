"""Project memory page: the layout only — the index and jobs on top, the project picker, then one tab per
module of ui/memory/ (sources, search, commitments and risks, digests, actions, audit log).
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from pipeline.service import engine as jobs
from pipeline.service import memory as service
from ui.auth import signed_in_identity
from ui.components import attempt, local_day, shown_errors
from ui.handover import erase_outcome, erase_project_control
from ui.lang import t
from ui.memory.actions import actions_tab
from ui.memory.audit import audit_tab
from ui.memory.common import flash, keep_actor, mode_lines, show_flash, why
from ui.memory.digests import digests_tab
from ui.memory.entities import entities_tab
from ui.memory.index import MEMORY_JOBS, index_panel, job_strip
from ui.memory.search import search_tab
from ui.memory.sources import sources_tab
from ui.modes import demo_notice

TABS = ("Sources and sync", "Search", "Commitments and risks", "Digests", "Actions", "Audit log")


def new_project_form(slugs: list[str]) -> None:
    with st.expander(t("New project"), icon=":material/add:"), st.form("memory_new_project", border=False):
        slug = st.text_input(t("Short name"), key="memory_new_slug", placeholder="acme-portal")
        name = st.text_input(t("Full name"), key="memory_new_name", placeholder=t("ACME client portal"))
        if st.form_submit_button(t("Create project"), key="memory_create", type="primary"):
            try:
                made = service.create_project(slug.strip(), name.strip() or None)
            except Exception as exc:  # noqa: BLE001 — a sentence next to the form, which keeps its input
                st.error(t("Could not create the project: {why}", why=why(exc)), icon=":material/error:")
                return
            existed = made["slug"] in slugs
            flash(
                "project",
                "info" if existed else "success",
                t("Project {slug} already exists; opened it.", slug=made["slug"])
                if existed
                else t(
                    "Created project {slug}. Bind a source to it below to start importing.", slug=made["slug"]
                ),
            )
            st.session_state["memory_open"] = made["slug"]
            st.rerun()


def pick_project(projects: list[dict[str, Any]]) -> str | None:
    slugs = [p["slug"] for p in projects]
    if not slugs:
        return None
    wanted = st.session_state.pop("memory_open", None)
    if wanted in slugs:
        st.session_state["memory_project"] = wanted
    elif st.session_state.get("memory_project") not in slugs:
        st.session_state.pop("memory_project", None)
    paused = " · " + t("paused")
    names = {p["slug"]: f"{p['name']} ({p['slug']}){'' if p['active'] else paused}" for p in projects}
    return st.selectbox(t("Project"), slugs, format_func=names.get, key="memory_project")


def actor_input() -> None:
    signed_in = signed_in_identity()
    if signed_in:  # the audit log records who signed in, not a typed name
        st.markdown(
            t("Acting as **{who}**", who=signed_in),
            help=t("Signed in: written to the audit log with every Apply."),
        )
        return
    if "memory_actor" not in st.session_state:
        st.session_state["memory_actor"] = st.session_state.get("memory_actor_kept", "")
    st.text_input(
        t("Your name"),
        key="memory_actor",
        on_change=keep_actor,
        placeholder=t("e.g. kate"),
        help=t("Written to the audit log with every Apply, and with Promote and Dismiss."),
    )


def set_active(slug: str) -> None:
    active = bool(st.session_state[f"memory_active:{slug}"])
    try:
        service.set_project_active(slug, active)
    except Exception as exc:  # noqa: BLE001
        failed = "Could not resume {slug}: {why}" if active else "Could not pause {slug}: {why}"
        flash("project", "error", t(failed, slug=slug, why=why(exc)))


def project_header(project: dict[str, Any]) -> None:
    counts, slug = project["counts"], project["slug"]
    title, switch = st.columns([5, 1], vertical_alignment="bottom")
    title.subheader(project["name"])
    paused = "" if project["active"] else f" · :orange-badge[{t('paused — not imported')}]"
    title.markdown(
        f"`{slug}` · "
        + t(
            "created {day} · {documents} documents · {embedded} of {chunks} chunks embedded",
            day=local_day(project["created_at"]),
            documents=counts["documents"],
            embedded=counts["embedded"],
            chunks=counts["chunks"],
        )
        + paused
    )
    switch.toggle(
        t("Import"),
        value=project["active"],
        key=f"memory_active:{slug}",
        on_change=set_active,
        args=(slug,),
        help=t("Paused projects are never imported; what is already in memory stays."),
    )


def project_tabs(project: dict[str, Any]) -> None:
    slug = project["slug"]
    audit = attempt("read the audit log", service.audit_log, slug) or []
    sources, search, entities, digests, actions, log = st.tabs([t(tab) for tab in TABS])
    with sources:
        sources_tab(project)
    with search:
        search_tab(slug)
    with entities:
        entities_tab(slug)
    with digests:
        digests_tab(slug)
    with actions:
        found = actions_tab(slug, audit)
    with log:
        audit_tab(audit, found)


def render() -> None:
    st.title(t("Project memory"))
    demo_notice()
    mode_lines()
    status = attempt("read the memory status", service.memory_status)
    if status is not None:
        # Folded under one line so the projects come first; open by itself when something needs a look.
        listed = attempt("read the memory jobs", jobs.list_jobs) or []
        failing = [j["name"] for j in listed if j["name"] in MEMORY_JOBS and j["last_status"] == "failed"]
        consistent = status["index"]["consistent"]
        healed = status["index"].get("healed")
        attention = failing or not consistent or healed or status["failed"] or status["pending_documents"]
        summary = " · ".join(
            [
                t("Index and jobs"),
                t(
                    "{embedded} of {chunks} chunks embedded",
                    embedded=status["embedded"],
                    chunks=status["chunks"],
                ),
                t("index consistent") if consistent else t("index out of step"),
                *([t("index rebuilt by itself")] if healed else []),
                *([t("last run failed: {jobs}", jobs=", ".join(failing))] if failing else []),
            ]
        )
        with st.expander(summary, icon=":material/database:", expanded=bool(attention)):
            index_column, jobs_column = st.columns([1, 2], gap="large")
            with index_column:
                index_panel(status)
            with jobs_column:
                job_strip()
    projects = attempt("list the projects", service.list_projects)
    if projects is None:
        return
    picker, name, new = st.columns([3, 2, 2], vertical_alignment="top")
    with new:
        new_project_form([p["slug"] for p in projects])
    with picker:
        slug = pick_project(projects)
    with name:
        actor_input()
    show_flash("project")
    erase_outcome()
    if slug is None:
        st.info(
            t(
                "No projects yet. Create one, then bind a Chatwoot inbox, a Linear team or an Attio company to it."
            )
        )
        return
    project = next(p for p in projects if p["slug"] == slug)
    project_header(project)
    project_tabs(project)
    erase_project_control(slug)


with shown_errors("show this page"):
    render()
