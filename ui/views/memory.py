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
from ui.lang import reason, t
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
    st.markdown(
        t(
            "**{documents}** documents · **{embedded}** of {chunks} chunks embedded · **{size}** vectors in FAISS",
            documents=status["documents"],
            embedded=status["embedded"],
            chunks=status["chunks"],
            size=index["size"],
        )
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
            + t("FAISS holds exactly the embedded chunks.")
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
    name.markdown(
        f"**{job['name']}** {demo_chip() if job_is_demo(job['name']) else ''}", help=t(job["description"])
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


# -- projects and bindings ------------------------------------------------------------------------------------
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


def unbind_clicked(slug: str, source: str, target: str) -> None:
    try:
        done = service.unbind(slug, source, target)
    except Exception as exc:  # noqa: BLE001
        flash("bindings", "error", t("Could not remove the binding: {why}", why=why(exc)))
        return
    vendor = source_name(source)
    flash(
        "bindings",
        "success" if done["removed"] else "info",
        t(
            "Removed {vendor} {target} from {slug}; what it imported stays in memory.",
            vendor=vendor,
            target=target,
            slug=slug,
        )
        if done["removed"]
        else t("{vendor} {target} was not bound to {slug}.", vendor=vendor, target=target, slug=slug),
    )


def bind_clicked(slug: str) -> None:
    """Bind what the inputs say; on an error they keep what was typed and the reason shows under them."""
    source = st.session_state["memory_bind_source"]
    kind = st.session_state[f"memory_bind_kind:{source}"]
    external_id = str(st.session_state.get("memory_bind_id") or "").strip()
    try:
        done = service.bind(slug, source, f"{kind}:{external_id}")
    except Exception as exc:  # noqa: BLE001
        flash(
            "bind",
            "error",
            t(
                "Could not bind {vendor} {kind} {id}: {why}",
                vendor=source_name(source),
                kind=t(kind),
                id=repr(external_id),
                why=why(exc),
            ),
        )
        return
    st.session_state["memory_bind_id"] = ""
    follow = (
        " " + t("The next {vendor} sync imports it.", vendor=source_name(source)) if done["created"] else ""
    )
    flash("bind", "success" if done["created"] else "info", humanize(reason(done["message"])) + "." + follow)


def add_binding(slug: str) -> None:
    kinds = attempt("read the binding kinds", service.binding_kinds)
    if not kinds:
        return
    source_col, kind_col, id_col, button_col = st.columns([1.4, 1.4, 4, 1.2], vertical_alignment="bottom")
    source = source_col.selectbox(t("Source"), list(kinds), format_func=source_name, key="memory_bind_source")
    kind_col.selectbox(t("Bind by"), kinds[source], format_func=t, key=f"memory_bind_kind:{source}")
    id_col.text_input(
        t("Id in {vendor}", vendor=source_name(source)),
        key="memory_bind_id",
        placeholder=t(ID_HINTS[source]) if source in ID_HINTS else None,
    )
    button_col.button(
        t("Bind"),
        key="memory_bind",
        type="primary",
        icon=":material/add_link:",
        on_click=bind_clicked,
        args=(slug,),
    )
    show_flash("bind")


def sources_tab(project: dict[str, Any]) -> None:
    slug = project["slug"]
    st.markdown("##### " + t("Bound sources"))
    st.caption(t("Only what is bound to a project is imported into its memory."))
    st.caption(reason(chatwoot_edits_caught()))
    if not project["bindings"]:
        st.info(t("Nothing bound yet: bind a Chatwoot inbox, a Linear team or an Attio company below."))
    positions = {c["source"]: c["position"] for c in project["cursors"]}
    for binding in project["bindings"]:
        with st.container(border=True):
            source, target, cursor, remove = st.columns([1.6, 3.4, 2.6, 1.2], vertical_alignment="center")
            source.markdown(source_label(binding["source"]))
            target.markdown(f"{t(binding['kind'])} `{binding['external_id']}`")
            position = positions.get(binding["source"], {}).get(binding["target"])
            cursor.caption(
                t("cursor at {position}", position=position_text(position))
                if position
                else t("not synced yet")
            )
            remove.button(
                t("Remove"),
                key=f"memory_unbind:{binding['source']}:{binding['target']}",
                icon=":material/link_off:",
                on_click=unbind_clicked,
                args=(slug, binding["source"], binding["target"]),
            )
    show_flash("bindings")
    st.markdown("##### " + t("Bind another source"))
    add_binding(slug)
    st.markdown("##### " + t("Sync cursors per source"))
    st.caption(
        t(
            "Each sync goes on from where the last one stopped; a cursor moves only after what it read is saved."
        )
    )
    cursor_table(project["cursors"], {b["source"] for b in project["bindings"]})


# -- search ---------------------------------------------------------------------------------------------------
@st.fragment
def search_tab(slug: str) -> None:
    with st.form("memory_search", border=False):
        query_col, scope_col, button_col = st.columns([5, 2, 1], vertical_alignment="bottom")
        query = query_col.text_input(
            t("Search the memory"), key="memory_query", placeholder=t("смета, invoice overdue, escalate…")
        )
        scope = scope_col.selectbox(
            t("In"),
            ["project", "all"],
            format_func={"project": t("{slug} only", slug=slug), "all": t("all projects")}.get,
            key="memory_search_scope",
        )
        submitted = button_col.form_submit_button(
            t("Search"), key="memory_search_go", icon=":material/search:"
        )
    if submitted:
        project = slug if scope == "project" else None
        try:
            answer = service.relevant_search(query, project=project)
        except Exception as exc:  # noqa: BLE001 — the form keeps the query
            st.error(t("Could not search: {why}", why=why(exc)), icon=":material/error:")
            return
        st.session_state["memory_hits"] = {"query": query.strip(), "project": project, **answer}
    found = st.session_state.get("memory_hits")
    if not found or found["project"] not in (None, slug):
        st.caption(
            t("Semantic (FAISS) and keyword search, fused; every hit names the message or issue it is from.")
        )
        return
    if not found["hits"]:
        st.info(
            t(
                "No matches for “{query}”: nothing in the memory uses these words or is close in meaning.",
                query=found["query"],
            )
        )
    else:
        st.caption(
            t(
                "{count} matching passages for “{query}”, best first.",
                count=len(found["hits"]),
                query=found["query"],
            )
        )
    for hit in found["hits"]:
        hit_card(hit, show_project=found["project"] is None, stems=found.get("stems"))


# -- the page -------------------------------------------------------------------------------------------------
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


with shown_errors("show this page"):
    render()
