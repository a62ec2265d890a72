"""The Search tab: semantic and keyword search with a relevance floor, matched words in bold."""

from __future__ import annotations

import re
from typing import Any

import streamlit as st

from pipeline.service import memory as service
from ui.components import local_time
from ui.lang import t
from ui.memory.common import short, source_label, source_name, why


def highlighted(text: str, words: list[str]) -> str:
    """The text with the words the search matched in bold (смету, сметы for "смета": the hit's `matched`)."""
    if not words:
        return text
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in words) + r")(?!\w)")
    return pattern.sub(lambda m: f"**{m.group(0)}**", text)


def hit_card(hit: dict[str, Any], show_project: bool) -> None:
    """One hit: where it is from, the passage with the matched words in bold, how it was found (no raw scores)."""
    with st.container(border=True):
        project = " · " + t("project **{project}**", project=hit["project"]) if show_project else ""
        author = f" · {hit['author']}" if hit["author"] else ""
        st.markdown(
            f"{source_label(hit['source'])} {t(hit['object_type'])} · **{short(hit['title'], 70)}**{author}"
            f" · {local_time(hit['time'])}{project}"
        )
        st.markdown(f"> {highlighted(short(hit['text'], 400), hit.get('matched') or [])}")
        found_by = {
            (True, True): "matches the words and the meaning",
            (True, False): "matches the words",
            (False, True): "close in meaning",
        }[(hit["keyword"] is not None, hit["semantic"] is not None)]
        opener = t("open in {vendor}", vendor=source_name(hit["source"]))
        link = f" · [{opener}]({hit['url']})" if hit["url"] else ""
        st.caption(f"{t(found_by)}{link}")


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
        hit_card(hit, show_project=found["project"] is None)
