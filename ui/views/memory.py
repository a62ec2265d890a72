"""Project memory page: the index and the memory jobs, projects and bindings, sync cursors, search, and tabs for
commitments and risks, digests, actions and the audit log (those live in ui/memory_view.py).
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from pipeline.memory.jobs import chatwoot_edits_caught
from pipeline.service import engine as jobs
from pipeline.service import memory as service
from ui.auth import signed_in_identity
from ui.components import attempt, chip, demo_chip, humanize, local_day, relative_time, shown_errors
from ui.lang import t
from ui.memory_view import (
    actions_tab,
    audit_tab,
    cursor_table,
    digests_tab,
    entities_tab,
    flash,
    hit_card,
    keep_actor,
    mode_lines,
    position_text,
    show_flash,
    source_label,
    source_name,
    why,
)
from ui.modes import demo_notice, job_is_demo

MEMORY_JOBS = (
    "ingest.chatwoot",
    "ingest.linear",
    "ingest.attio",
    "memory.build",
    "memory.extract",
    "memory.suggest",
    "memory.digest",
)
TABS = ("Sources and sync", "Search", "Commitments and risks", "Digests", "Actions", "Audit log")
ID_HINTS = {
    "chatwoot": "inbox or contact number, e.g. 3",
    "linear": "team or project id (UUID)",
    "attio": "company or deal record id (UUID)",
}


# -- index and jobs -------------------------------------------------------------------------------------------
def rebuild_clicked() -> None:
    try:
        done = service.rebuild_index()
    except Exception as exc:  # noqa: BLE001
        flash("index", "error", f"Could not rebuild the index: {why(exc)}")
        return
    flash(
        "index",
        "success",
        f"Index rebuilt from the database: {done['vectors']} vectors, nothing re-embedded.",
    )


def index_panel(status: dict[str, Any]) -> None:
    st.markdown("##### Memory index")
    index = status["index"]
    st.markdown(
        f"**{status['documents']}** documents · **{status['embedded']}** of {status['chunks']} chunks embedded · "
        f"**{index['size']}** vectors in FAISS"
    )
    if index.get("healed"):
        st.warning(
            f"The index file could not be read and was rebuilt from the stored vectors by itself "
            f"({relative_time(index['healed']['at']) or index['healed']['at']}): {index['healed']['note']}.",
            icon=":material/healing:",
        )
    if index["consistent"]:
        st.markdown(
            ":green-badge[:material/check: index consistent] FAISS holds exactly the embedded chunks."
        )
    else:
        st.markdown(
            f":red-badge[:material/error: index out of step] {index['missing']} embedded chunks missing, "
            f"{index['extra']} extra — rebuild it (nothing is embedded again)."
        )
    waiting = [
        f"{status['pending_documents']} documents wait for the next build"
        if status["pending_documents"]
        else "",
        _failed(status) if status["failed"] else "",
    ]
    if any(waiting):
        line = " · ".join(w for w in waiting if w)
        st.caption(line[0].upper() + line[1:] + ".")
    st.button(
        "Rebuild index",
        key="memory_rebuild",
        icon=":material/build:",
        on_click=rebuild_clicked,
        help="Rebuild the FAISS file from the vectors stored in the database.",
    )
    show_flash("index")


def _failed(status: dict[str, Any]) -> str:
    """'3 chunks failed to embed (the next build tries 2 of them again; last: …)'."""
    retry = status["failed_to_retry"]
    later = f"the next build tries {retry} of them again" if retry else "given up after 3 tries each"
    return (
        f"{status['failed']} chunks failed to embed ({later}; last: {humanize(status['last_embed_error'])})"
    )


def job_row(job: dict[str, Any]) -> None:
    name, status, last, action = st.columns([2.2, 0.8, 2.2, 1.3], vertical_alignment="center")
    name.markdown(
        f"**{job['name']}** {demo_chip() if job_is_demo(job['name']) else ''}", help=job["description"]
    )
    status.markdown(chip(job["status"]))
    reason = humanize(job["reason"]) if job["last_status"] in ("failed", "skipped") and job["reason"] else ""
    last_ok = relative_time(job["last_success_at"]) or "never"
    last.caption(f"last ok {last_ok}" + (f" · {reason}" if reason else ""))
    if action.button("Run now", key=f"memory_run:{job['name']}", width="stretch"):
        answer = attempt(f"start {job['name']}", jobs.run_now, job["name"], "global", trigger="button")
        if answer:
            st.session_state[f"memory_answer:{job['name']}"] = answer
    answer = st.session_state.get(f"memory_answer:{job['name']}")
    if answer and answer["outcome"] == "started":
        st.caption(f":material/play_arrow: Started run #{answer['run_id']}.")
    elif answer:
        st.caption(f":material/block: {humanize(answer['message'])}")


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
    st.markdown("##### Sync and memory jobs")
    st.caption(
        "Sync imports what is new past each cursor → build embeds it → extract finds commitments and risks → "
        "suggest proposes actions; digest writes the weekly summary. They run on their cadence; Run now starts "
        "one at once."
    )
    for name in MEMORY_JOBS:
        if name in rows:
            job_row(rows[name])
    refresh_when_a_run_ends(rows)


# -- projects and bindings ------------------------------------------------------------------------------------
def new_project_form(slugs: list[str]) -> None:
    with st.expander("New project", icon=":material/add:"), st.form("memory_new_project", border=False):
        slug = st.text_input("Short name", key="memory_new_slug", placeholder="acme-portal")
        name = st.text_input("Full name", key="memory_new_name", placeholder="ACME client portal")
        if st.form_submit_button("Create project", key="memory_create", type="primary"):
            try:
                made = service.create_project(slug.strip(), name.strip() or None)
            except Exception as exc:  # noqa: BLE001 — a sentence next to the form, which keeps its input
                st.error(f"Could not create the project: {why(exc)}", icon=":material/error:")
                return
            existed = made["slug"] in slugs
            flash(
                "project",
                "info" if existed else "success",
                f"Project {made['slug']} already exists; opened it."
                if existed
                else f"Created project {made['slug']}. Bind a source to it below to start importing.",
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
    names = {p["slug"]: f"{p['name']} ({p['slug']}){'' if p['active'] else ' · paused'}" for p in projects}
    return st.selectbox("Project", slugs, format_func=names.get, key="memory_project")


def actor_input() -> None:
    signed_in = signed_in_identity()
    if signed_in:  # the audit log records who signed in, not a typed name
        st.markdown(
            f"Acting as **{signed_in}**", help="Signed in: written to the audit log with every Apply."
        )
        return
    if "memory_actor" not in st.session_state:
        st.session_state["memory_actor"] = st.session_state.get("memory_actor_kept", "")
    st.text_input(
        "Your name",
        key="memory_actor",
        on_change=keep_actor,
        placeholder="e.g. kate",
        help="Written to the audit log with every Apply, and with Promote and Dismiss.",
    )


def set_active(slug: str) -> None:
    active = bool(st.session_state[f"memory_active:{slug}"])
    try:
        service.set_project_active(slug, active)
    except Exception as exc:  # noqa: BLE001
        flash("project", "error", f"Could not {'resume' if active else 'pause'} {slug}: {why(exc)}")


def project_header(project: dict[str, Any]) -> None:
    counts, slug = project["counts"], project["slug"]
    title, switch = st.columns([5, 1], vertical_alignment="bottom")
    title.subheader(project["name"])
    paused = "" if project["active"] else " · :orange-badge[paused — not imported]"
    title.markdown(
        f"`{slug}` · created {local_day(project['created_at'])} · {counts['documents']} documents · "
        f"{counts['embedded']} of {counts['chunks']} chunks embedded{paused}"
    )
    switch.toggle(
        "Import",
        value=project["active"],
        key=f"memory_active:{slug}",
        on_change=set_active,
        args=(slug,),
        help="Paused projects are never imported; what is already in memory stays.",
    )


def unbind_clicked(slug: str, source: str, target: str) -> None:
    try:
        done = service.unbind(slug, source, target)
    except Exception as exc:  # noqa: BLE001
        flash("bindings", "error", f"Could not remove the binding: {why(exc)}")
        return
    flash(
        "bindings",
        "success" if done["removed"] else "info",
        f"Removed {source_name(source)} {target} from {slug}; what it imported stays in memory."
        if done["removed"]
        else f"{source_name(source)} {target} was not bound to {slug}.",
    )


def bind_clicked(slug: str) -> None:
    """Bind what the inputs say; on an error they keep what was typed and the reason shows under them."""
    source = st.session_state["memory_bind_source"]
    kind = st.session_state[f"memory_bind_kind:{source}"]
    external_id = str(st.session_state.get("memory_bind_id") or "").strip()
    try:
        done = service.bind(slug, source, f"{kind}:{external_id}")
    except Exception as exc:  # noqa: BLE001
        flash("bind", "error", f"Could not bind {source_name(source)} {kind} {external_id!r}: {why(exc)}")
        return
    st.session_state["memory_bind_id"] = ""
    follow = f" The next {source_name(source)} sync imports it." if done["created"] else ""
    flash("bind", "success" if done["created"] else "info", humanize(done["message"]) + "." + follow)


def add_binding(slug: str) -> None:
    kinds = attempt("read the binding kinds", service.binding_kinds)
    if not kinds:
        return
    source_col, kind_col, id_col, button_col = st.columns([1.4, 1.4, 4, 1.2], vertical_alignment="bottom")
    source = source_col.selectbox("Source", list(kinds), format_func=source_name, key="memory_bind_source")
    kind_col.selectbox("Bind by", kinds[source], key=f"memory_bind_kind:{source}")
    id_col.text_input(f"Id in {source_name(source)}", key="memory_bind_id", placeholder=ID_HINTS.get(source))
    button_col.button(
        "Bind",
        key="memory_bind",
        type="primary",
        icon=":material/add_link:",
        on_click=bind_clicked,
        args=(slug,),
    )
    show_flash("bind")


def sources_tab(project: dict[str, Any]) -> None:
    slug = project["slug"]
    st.markdown("##### Bound sources")
    st.caption("Only what is bound to a project is imported into its memory.")
    st.caption(chatwoot_edits_caught())
    if not project["bindings"]:
        st.info("Nothing bound yet: bind a Chatwoot inbox, a Linear team or an Attio company below.")
    positions = {c["source"]: c["position"] for c in project["cursors"]}
    for binding in project["bindings"]:
        with st.container(border=True):
            source, target, cursor, remove = st.columns([1.6, 3.4, 2.6, 1.2], vertical_alignment="center")
            source.markdown(source_label(binding["source"]))
            target.markdown(f"{binding['kind']} `{binding['external_id']}`")
            position = positions.get(binding["source"], {}).get(binding["target"])
            cursor.caption(f"cursor at {position_text(position)}" if position else "not synced yet")
            remove.button(
                "Remove",
                key=f"memory_unbind:{binding['source']}:{binding['target']}",
                icon=":material/link_off:",
                on_click=unbind_clicked,
                args=(slug, binding["source"], binding["target"]),
            )
    show_flash("bindings")
    st.markdown("##### Bind another source")
    add_binding(slug)
    st.markdown("##### Sync cursors per source")
    st.caption(
        "Each sync goes on from where the last one stopped; a cursor moves only after what it read is saved."
    )
    cursor_table(project["cursors"], {b["source"] for b in project["bindings"]})


# -- search ---------------------------------------------------------------------------------------------------
@st.fragment
def search_tab(slug: str) -> None:
    with st.form("memory_search", border=False):
        query_col, scope_col, button_col = st.columns([5, 2, 1], vertical_alignment="bottom")
        query = query_col.text_input(
            "Search the memory", key="memory_query", placeholder="смета, invoice overdue, escalate…"
        )
        scope = scope_col.selectbox(
            "In",
            ["project", "all"],
            format_func={"project": f"{slug} only", "all": "all projects"}.get,
            key="memory_search_scope",
        )
        submitted = button_col.form_submit_button("Search", key="memory_search_go", icon=":material/search:")
    if submitted:
        project = slug if scope == "project" else None
        try:
            answer = service.relevant_search(query, project=project)
        except Exception as exc:  # noqa: BLE001 — the form keeps the query
            st.error(f"Could not search: {why(exc)}", icon=":material/error:")
            return
        st.session_state["memory_hits"] = {"query": query.strip(), "project": project, **answer}
    found = st.session_state.get("memory_hits")
    if not found or found["project"] not in (None, slug):
        st.caption(
            "Semantic (FAISS) and keyword search, fused; every hit names the message or issue it is from."
        )
        return
    if not found["hits"]:
        st.info(
            f"No matches for “{found['query']}”: nothing in the memory uses these words or is close in meaning."
        )
    else:
        st.caption(f"{len(found['hits'])} matching passages for “{found['query']}”, best first.")
    for hit in found["hits"]:
        hit_card(hit, show_project=found["project"] is None, stems=found.get("stems"))


# -- the page -------------------------------------------------------------------------------------------------
def project_tabs(project: dict[str, Any]) -> None:
    slug = project["slug"]
    audit = attempt("read the audit log", service.audit_log, slug) or []
    sources, search, entities, digests, actions, log = st.tabs(list(TABS))
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
                "Index and jobs",
                f"{status['embedded']} of {status['chunks']} chunks embedded",
                "index consistent" if consistent else "index out of step",
                *(["index rebuilt by itself"] if healed else []),
                *([f"last run failed: {', '.join(failing)}"] if failing else []),
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
    if slug is None:
        st.info(
            "No projects yet. Create one, then bind a Chatwoot inbox, a Linear team or an Attio company to it."
        )
        return
    project = next(p for p in projects if p["slug"] == slug)
    project_header(project)
    project_tabs(project)


with shown_errors("show this page"):
    render()
