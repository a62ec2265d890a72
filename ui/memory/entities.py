"""The Commitments and risks tab: the confidence gate, Promote / Dismiss with undo, evidence by what it is."""

from __future__ import annotations

from typing import Any

import streamlit as st

from pipeline.service import memory as service
from ui import people
from ui.components import attempt, chip, relative_time
from ui.lang import status, t
from ui.memory.common import actor, filter_control, flash, short, show_flash, source_name, why

ENTITY_FILTERS = {
    "open": "Proposed and active",
    "proposed": "Awaiting review",
    "active": "Active",
    "dismissed": "Dismissed",
}


UNDO_KEY = "memory_undo_dismiss"


def gate_line(entity: dict[str, Any]) -> str:
    """'confidence 0.62, below the gate 0.70 — waits for a person' or who made it active/dismissed."""
    confidence, threshold = entity["confidence"], entity["threshold"]
    by = entity["status_by"]
    decided = {
        "proposed": t("waits for a person"),
        "active": t("made active by the gate") if by == "gate" else t("promoted by {who}", who=by),
        "dismissed": t("dismissed by {who}", who=by),
    }[entity["status"]]
    gate = (
        t(
            "confidence {confidence}, at or above the gate {threshold}",
            confidence=f"{confidence:.2f}",
            threshold=f"{threshold:.2f}",
        )
        if confidence >= threshold
        else t(
            "confidence {confidence}, below the gate {threshold}",
            confidence=f"{confidence:.2f}",
            threshold=f"{threshold:.2f}",
        )
    )
    return f"{gate} — {decided}"


def entity_card(entity: dict[str, Any]) -> None:
    """The entity, its gate and its evidence; the page adds the Promote / Dismiss buttons."""
    due = " · " + t("due **{due}**", due=entity["due"]) if entity["due"] else ""
    st.markdown(f"{chip(entity['status'])} **#{entity['id']}** {entity['text']}{due}")
    model = t("the offline model") if entity["extractor"] == "offline" else entity["extractor"]
    tags = entity.get("tags") or [entity["subtype"] or entity["kind"]]
    st.caption(
        f"{' + '.join(t(tag.replace('_', ' ')) for tag in tags)} · {gate_line(entity)} · "
        + t(
            "seen {count}× · last {ago} · found by {model}",
            count=entity["seen_count"],
            ago=relative_time(entity["last_seen_at"]),
            model=model,
        )
    )
    if entity["chunks"]:
        with st.expander(
            t("Evidence ({count})", count=len(entity["chunks"])), icon=":material/format_quote:"
        ):
            for link in entity["chunks"]:
                where = f"[{evidence_label(link)}]({link['url']})" if link["url"] else evidence_label(link)
                st.markdown(f"> {short(link['quote'], 300)}\n\n— {link['author'] or t('unknown')}, {where}")


def evidence_label(link: dict[str, Any]) -> str:
    """What the evidence is: 'Linear issue ALF-1', 'Chatwoot conversation #102', 'Attio note “…”' — no bare ids."""
    kind, _, ident = str(link["external_id"]).partition(":")
    url = link.get("url") or ""
    if link["source"] == "linear" and "/issue/" in url:
        key = url.rstrip("/").rsplit("/", 1)[-1]
        return (
            t("Linear issue {key}", key=key)
            if kind == "issue"
            else t("comment on Linear issue {key}", key=key)
        )
    if link["source"] == "chatwoot" and "/conversations/" in url:
        return t("Chatwoot conversation #{number}", number=url.rstrip("/").rsplit("/", 1)[-1])
    if link["source"] == "attio" and link.get("title"):
        return t("Attio note “{title}”", title=short(link["title"], 60))
    return f"{source_name(link['source'])} {t(kind)}" + (f" {ident}" if ident.isdigit() else "")


def gate_clicked(entity_id: int, verb: str, before: tuple[str, str] | None = None) -> None:
    """Promote or Dismiss; `before` (status, set by) is what Undo restores after a Dismiss."""
    try:
        done = (service.promote if verb == "promote" else service.dismiss)(entity_id, actor() or people.who())
    except Exception as exc:  # noqa: BLE001
        failed = "Could not promote #{id}: {why}" if verb == "promote" else "Could not dismiss #{id}: {why}"
        flash("entities", "error", t(failed, id=entity_id, why=why(exc)))
        return
    flash(
        "entities",
        "success",
        t("#{id} is now {status}: {text}", id=entity_id, status=status(done["status"]), text=done["text"]),
    )
    st.session_state.pop(UNDO_KEY, None)
    if verb == "dismiss" and before and before[0] != "dismissed":
        st.session_state[UNDO_KEY] = (entity_id, *before)


def undo_clicked() -> None:
    entity_id, before, before_by = st.session_state.pop(UNDO_KEY)
    try:
        done = service.undo_dismiss(entity_id, before, before_by)
    except Exception as exc:  # noqa: BLE001
        flash(
            "entities", "error", t("Could not undo the dismissal of #{id}: {why}", id=entity_id, why=why(exc))
        )
        return
    flash(
        "entities",
        "success",
        t("#{id} is back, {status}: {text}", id=entity_id, status=status(done["status"]), text=done["text"]),
    )


def undo_line() -> None:
    """After a Dismiss, one click brings the entity back as it was (until the next Promote or Dismiss)."""
    if st.session_state.get(UNDO_KEY):
        st.button(t("Undo dismiss"), key="memory_undo", icon=":material/undo:", on_click=undo_clicked)


def entity_row(entity: dict[str, Any]) -> None:
    with st.container(border=True):
        entity_card(entity)
        buttons = st.container(horizontal=True)
        if entity["status"] != "active":
            buttons.button(
                t("Promote"),
                key=f"memory_promote:{entity['id']}",
                icon=":material/thumb_up:",
                on_click=gate_clicked,
                args=(entity["id"], "promote"),
                help=t("Make it active: it counts as real and may get a suggested action."),
            )
        if entity["status"] != "dismissed":
            buttons.button(
                t("Dismiss"),
                key=f"memory_dismiss:{entity['id']}",
                icon=":material/block:",
                on_click=gate_clicked,
                args=(entity["id"], "dismiss", (entity["status"], entity["status_by"])),
                help=t("Not real: it never comes back, even when seen again."),
            )


def shows(entity: dict[str, Any], wanted: str) -> bool:
    return entity["status"] == wanted or (wanted == "open" and entity["status"] != "dismissed")


@st.fragment
def entities_tab(slug: str) -> None:
    found = attempt("read the commitments and risks", service.entities, slug)
    if found is None:
        return
    show_flash("entities")
    undo_line()
    if not found:
        st.info(t("Nothing extracted yet: run the syncs, memory.build and memory.extract (above)."))
        return
    st.caption(
        t(
            "Extraction proposes. At confidence {threshold} or more an item becomes active by itself; "
            "below it waits here for a person to promote or dismiss it. Dismissed items never come back.",
            threshold=f"{found[0]['threshold']:.2f}",
        )
    )
    wanted = filter_control(
        ENTITY_FILTERS,
        lambda key: sum(1 for e in found if shows(e, key)),
        "open",
        "memory_entity_filter",
        "open",
    )
    shown = sorted((e for e in found if shows(e, wanted)), key=lambda e: e["status"] != "proposed")
    for column, kind, title in zip(
        st.columns(2), ("commitment", "risk"), ("Commitments", "Risks"), strict=True
    ):
        with column:
            rows = [e for e in shown if e["kind"] == kind]
            st.markdown(f"##### {t(title)} ({len(rows)})")
            for entity in rows:
                entity_row(entity)
