"""The Sources and sync tab: bindings (checked against the vendor), adding and removing them, sync cursors."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pandas as pd
import streamlit as st

from pipeline.memory.jobs import chatwoot_edits_caught
from pipeline.service import binding_names as names
from pipeline.service import memory as service
from ui.components import attempt, humanize, local_time, when
from ui.lang import reason, t, t_in
from ui.memory.common import flash, show_flash, source_label, source_name, why

ID_HINTS = {
    "chatwoot": "inbox or contact number, e.g. 3",
    "linear": "team or project id (UUID)",
    "attio": "company or deal record id (UUID)",
}


EPOCH_RANGE = (1_000_000_000, 4_000_000_000)  # 2001–2096 in seconds


def position_text(value: Any) -> str:
    """A cursor position as a person reads it: times shown local, lists and dicts flattened."""
    if isinstance(value, dict):
        return ", ".join(f"{t_in('cursor', k)} {position_text(v)}" for k, v in value.items())
    if isinstance(value, list):
        return " / ".join(position_text(v) for v in value)
    if isinstance(value, int) and EPOCH_RANGE[0] < value < EPOCH_RANGE[1]:  # a Unix time, not an id
        return local_time(datetime.fromtimestamp(value, UTC).isoformat())
    return humanize(str(value)) if isinstance(value, str) else str(value)


def cursor_table(cursors: list[dict[str, Any]], bound_sources: set[str]) -> None:
    """One row per bound source: how much came in, when it last synced, where each binding's cursor stands."""
    by_source = {c["source"]: c for c in cursors}
    rows = []
    for source in sorted(bound_sources | set(by_source)):
        cursor = by_source.get(source)
        rows.append(
            {
                t("source"): source_name(source),
                t("imported"): cursor["imported"] if cursor else 0,
                t("updated"): cursor["updated"] if cursor else 0,
                t("last synced"): when(cursor["synced_at"], t("never")) if cursor else t("never"),
            }
        )
    if rows:
        st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")


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


def binding_text(binding: dict[str, Any]) -> str:
    """'team **Альфа Строй** (a1d6eb28-…, small)': the vendor's name first, its id small; the id alone until named."""
    kind, ident = t(binding["kind"]), binding["external_id"]
    if binding.get("name"):
        return f"{kind} **{binding['name']}** :small[:gray[`{ident}`]]"
    return f"{kind} `{ident}`"


def names_button(project: dict[str, Any]) -> None:
    """Ask the vendors the names of this project's bound objects that have none yet (set up by the demo, or bound
    before names were kept): the same check `mirano bind` makes."""
    if any(not b.get("name") for b in project["bindings"]) and st.button(
        t("Look up names"), key="memory_binding_names", icon=":material/badge:"
    ):
        done = attempt("look up the names", names.name_bindings, project["slug"])
        if done is not None:
            lines = [t("Names found: {n}.", n=len(done["named"]))]
            lines += [
                t(
                    "{source} {target}: no name ({why})",
                    source=source_name(item["source"]),
                    target=item["target"],
                    why=reason(item["reason"]),
                )
                for item in done["unchecked"]
            ]
            flash("names", "info" if done["unchecked"] else "success", "\n\n".join(lines))
            st.rerun()
    show_flash("names")


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
            target.markdown(binding_text(binding))
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
    names_button(project)
    st.markdown("##### " + t("Bind another source"))
    add_binding(slug)
    st.markdown("##### " + t("Sync cursors per source"))
    st.caption(
        t(
            "Each sync goes on from where the last one stopped; a cursor moves only after what it read is saved."
        )
    )
    cursor_table(project["cursors"], {b["source"] for b in project["bindings"]})
