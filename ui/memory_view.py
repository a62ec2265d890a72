"""Parts of the Project memory page: vendor labels, cards and tables, and the tabs of one project's memory —
commitments and risks with their gate, digests by version, actions with preview, confirmed Apply, and the audit log.

Clicks are handled in callbacks that leave a message (`flash`) for the run they cause, so the lists drawn after
them are fresh and nothing the user typed is lost.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pandas as pd
import streamlit as st

from pipeline.engine.exceptions import MiranoError
from pipeline.service import memory as service
from ui.components import attempt, chip, humanize, local_day, local_time, readable, relative_time, when
from ui.modes import modes, vendor_label

VENDORS = ("chatwoot", "linear", "attio")
DISABLED_WITHOUT_KEY = {
    "chatwoot": "conversations are not synced",
    "linear": "issues are not synced and suggested Linear issues cannot be applied",
    "attio": "records and notes are not synced and suggested Attio notes cannot be applied",
}
ENTITY_FILTERS = {
    "open": "Proposed and active",
    "proposed": "Awaiting review",
    "active": "Active",
    "dismissed": "Dismissed",
}
ACTION_FILTERS = {
    "suggested": "Suggested",
    "in_doubt": "In doubt",
    "applied": "Applied",
    "failed": "Failed",
    "all": "All",
}
ACTION_KINDS = {"linear_issue": ("linear", "Linear issue"), "attio_note": ("attio", "Attio note")}
EPOCH_RANGE = (1_000_000_000, 4_000_000_000)  # 2001–2096 in seconds
TRIGGERS = {"button": "with Generate now", "cli": "from the CLI", "schedule": "on schedule"}
ACTION_COLOURS = {"suggested": "blue", "applied": "green", "failed": "red", "in_doubt": "orange"}
IN_DOUBT = (
    "in doubt: the request was being sent when the process stopped, so whether it arrived is not recorded; "
    "applying again first asks the vendor and sends nothing twice"
)
_HEADING = re.compile(r"^(#{1,6}) ", re.MULTILINE)


# -- messages a click leaves for the run it causes -------------------------------------------------------------
def filter_control(
    labels: dict[str, str], count: Callable[[str], int], default: str, key: str, cleared: str
) -> str:
    """'Show: Open (3) · Active (2) · …' — a segmented filter with a count per option; `cleared` when none is picked."""
    counts = {option: count(option) for option in labels}
    return (
        st.segmented_control(
            "Show",
            list(labels),
            format_func=lambda option: f"{labels[option]} ({counts[option]})",
            default=default,
            key=key,
        )
        or cleared
    )


def why(exc: BaseException) -> str:
    """The reason our own errors carry, as written; anything else as `readable` puts it."""
    return (exc.reason if isinstance(exc, MiranoError) else "") or readable(exc)


def flash(key: str, kind: str, text: str) -> None:
    st.session_state[f"memory_flash:{key}"] = (kind, text)


def show_flash(key: str) -> None:
    """Show once what the last click here did (or why it did nothing)."""
    message = st.session_state.pop(f"memory_flash:{key}", None)
    if message:
        getattr(st, message[0])(message[1])


def actor() -> str:
    """Who acts, for the audit log: the signed-in identity (st.login) when there is one, else the typed name."""
    from ui.auth import signed_in_identity

    return signed_in_identity() or str(st.session_state.get("memory_actor") or "").strip()


def keep_actor() -> None:
    """Widget values vanish when another page opens; the name is kept under a key of its own."""
    st.session_state["memory_actor_kept"] = st.session_state.get("memory_actor", "")


# -- labels and small tables -----------------------------------------------------------------------------------
def source_label(source: str) -> str:
    """'Chatwoot :orange-badge[DEMO]', 'Linear :green-badge[live]' or 'Attio :red-badge[missing key]'."""
    info = modes()["vendors"].get(source)
    return vendor_label(source, info) if info else source.capitalize()


def source_name(source: str) -> str:
    info = modes()["vendors"].get(source)
    return info["label"] if info else source.capitalize()


def mode_lines() -> None:
    """Which systems the memory talks to and which model reads it; missing keys with what they disable."""
    current = modes()
    vendors = " · ".join(vendor_label(v, current["vendors"][v]) for v in VENDORS)
    model = (
        ":gray-badge[offline model] deterministic extraction and digests, no LLM calls"
        if current["llm"] == "offline"
        else f":blue-badge[online model] {current['llm_model']}"
    )
    st.markdown(f"{vendors} · {model} · embeddings **{current['embedder']}**")
    for vendor in VENDORS:
        if current["vendors"][vendor]["mode"] == "missing key":
            st.warning(
                f"{source_name(vendor)} has no API key: {DISABLED_WITHOUT_KEY[vendor]}.",
                icon=":material/key_off:",
            )


def short(text: str | None, width: int = 90) -> str:
    flat = " ".join((text or "").split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def position_text(value: Any) -> str:
    """A cursor position as a person reads it: times shown local, lists and dicts flattened."""
    if isinstance(value, dict):
        return ", ".join(f"{k} {position_text(v)}" for k, v in value.items())
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
                "source": source_name(source),
                "imported": cursor["imported"] if cursor else 0,
                "updated": cursor["updated"] if cursor else 0,
                "last synced": when(cursor["synced_at"], "never") if cursor else "never",
            }
        )
    if rows:
        st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")


# -- search hits -----------------------------------------------------------------------------------------------
def highlighted(text: str, stems: list[str]) -> str:
    """The text with the words that match the query's stems in bold (смету, сметы for "смета")."""
    if not stems:
        return text
    pattern = re.compile(r"\b(" + "|".join(re.escape(stem) for stem in stems) + r")\w*", re.IGNORECASE)
    return pattern.sub(lambda m: f"**{m.group(0)}**", text)


def hit_card(hit: dict[str, Any], show_project: bool, stems: list[str] | None = None) -> None:
    """One hit: where it is from, the passage with the matched words in bold, how it was found (no raw scores)."""
    with st.container(border=True):
        project = f" · project **{hit['project']}**" if show_project else ""
        author = f" · {hit['author']}" if hit["author"] else ""
        st.markdown(
            f"{source_label(hit['source'])} {hit['object_type']} · **{short(hit['title'], 70)}**{author}"
            f" · {local_time(hit['time'])}{project}"
        )
        st.markdown(f"> {highlighted(short(hit['text'], 400), stems or [])}")
        found_by = {
            (True, True): "matches the words and the meaning",
            (True, False): "matches the words",
            (False, True): "close in meaning",
        }[(hit["keyword"] is not None, hit["semantic"] is not None)]
        link = f" · [open in {source_name(hit['source'])}]({hit['url']})" if hit["url"] else ""
        st.caption(f"{found_by}{link}")


# -- one commitment or risk ------------------------------------------------------------------------------------
def gate_line(entity: dict[str, Any]) -> str:
    """'confidence 0.62, below the gate 0.70 — waits for a person' or who made it active/dismissed."""
    confidence, threshold = entity["confidence"], entity["threshold"]
    side = "at or above" if confidence >= threshold else "below"
    by = entity["status_by"]
    decided = {
        "proposed": "waits for a person",
        "active": "made active by the gate" if by == "gate" else f"promoted by {by}",
        "dismissed": f"dismissed by {by}",
    }[entity["status"]]
    return f"confidence {confidence:.2f}, {side} the gate {threshold:.2f} — {decided}"


def entity_card(entity: dict[str, Any]) -> None:
    """The entity, its gate and its evidence; the page adds the Promote / Dismiss buttons."""
    due = f" · due **{entity['due']}**" if entity["due"] else ""
    st.markdown(f"{chip(entity['status'])} **#{entity['id']}** {entity['text']}{due}")
    model = "offline model" if entity["extractor"] == "offline" else entity["extractor"]
    st.caption(
        f"{(entity['subtype'] or entity['kind']).replace('_', ' ')} · {gate_line(entity)} · seen {entity['seen_count']}× · "
        f"last {relative_time(entity['last_seen_at'])} · found by the {model}"
    )
    if entity["chunks"]:
        with st.expander(f"Evidence ({len(entity['chunks'])})", icon=":material/format_quote:"):
            for link in entity["chunks"]:
                where = f"[{source_name(link['source'])} {link['external_id']}]({link['url']})"
                if not link["url"]:
                    where = f"{source_name(link['source'])} {link['external_id']}"
                st.markdown(f"> {short(link['quote'], 300)}\n\n— {link['author'] or 'unknown'}, {where}")


# -- one digest ------------------------------------------------------------------------------------------------
def digest_body(digest: dict[str, Any], versions: int) -> None:
    """The digest text with its headings made smaller, so it reads as part of the page."""
    st.caption(
        f"Version {digest['version']} of {versions} · generated {when(digest['created_at'])} "
        f"{TRIGGERS.get(digest['trigger'], '(' + digest['trigger'] + ')')} · {period_label(digest['period_start'])}"
    )
    with st.container(border=True):
        st.markdown(_HEADING.sub(lambda m: "#" * min(6, len(m.group(1)) + 3) + " ", digest["content"]))


def period_label(iso: str) -> str:
    return f"week of {local_day(iso)}"


# -- one action and its audit records --------------------------------------------------------------------------
def action_vendor(action: dict[str, Any]) -> str:
    return ACTION_KINDS.get(action["kind"], (action["kind"].split("_", 1)[0], action["kind"]))[0]


def action_kind(action: dict[str, Any]) -> str:
    return ACTION_KINDS.get(action["kind"], ("", action["kind"].replace("_", " ")))[1]


def result_text(result: dict[str, Any] | None) -> str:
    """'Linear issue NW-7' or 'Attio note “Risk: deadline slip”' (and whether apply found an earlier one)."""
    if not result:
        return ""
    again = " (found the one an earlier apply made)" if result.get("found_existing") else ""
    issue, note = result.get("issue"), result.get("note")
    if issue:
        name = issue.get("identifier") or issue.get("id")
        link = f" — [open]({issue['url']})" if issue.get("url") else ""
        return f"Linear issue **{name}**{link}{again}"
    if note:
        return f"Attio note “{note.get('title') or note.get('note_id')}”{again}"
    return short(json.dumps(result, ensure_ascii=False), 120)


def action_header(action: dict[str, Any]) -> None:
    vendor = action_vendor(action)
    colour = ACTION_COLOURS.get(action["status"], "gray")
    st.markdown(f":{colour}-badge[{action['status']}] **#{action['id']}** {action['title']}")
    entity = "commitment" if action["kind"] == "linear_issue" else "risk"
    origin = f" · from {entity} #{action['entity_id']}" if action["entity_id"] else ""
    st.caption(
        f"{action_kind(action)} in {source_label(vendor)} · target {short(action['target'], 60)}{origin} · "
        f"suggested {when(action['created_at'])}"
    )
    if action["status"] == "applied":
        st.markdown(
            f":material/check_circle: Applied by **{action['applied_by']}** {when(action['applied_at'])}: "
            f"{result_text(action['result'])}"
        )
    elif action["status"] == "in_doubt":
        st.warning(f"This action is {IN_DOUBT}.")
    elif action["status"] == "failed" and action["error"]:
        st.error(f"The last apply failed: {humanize(action['error'])}. You can apply again.")


def preview_block(preview: dict[str, Any]) -> None:
    """Exactly the request Apply would send, credential hidden; nothing has been sent."""
    request = preview["request"]
    where = "a DEMO server — nothing real changes" if preview["demo"] else "the real system"
    st.markdown(f"**Preview** — Apply sends this request to {where}. :gray[{humanize(preview['note'])}.]")
    headers = "\n".join(f"{name}: {value}" for name, value in request["headers"].items())
    st.code(f"{request['method']} {request['url']}\n{headers}", language="http")
    st.code(json.dumps(request["body"], ensure_ascii=False, indent=2), language="json", wrap_lines=True)


def audit_line(record: dict[str, Any]) -> str:
    """'Audit #4 · applied by kate · 25 Nov 14:05 (just now) · Linear issue NW-7'."""
    outcome = {"applied": "green", "already_applied": "blue", "failed": "red", "in_doubt": "orange"}.get(
        record["outcome"], "gray"
    )
    detail = humanize(record["error"]) if record["error"] else result_text(record["response"])
    if record["outcome"] == "in_doubt" and not record["error"]:
        detail = IN_DOUBT
    return (
        f"Audit #{record['id']} · :{outcome}-badge[{record['outcome'].replace('_', ' ')}] by "
        f"**{record['actor']}** · {when(record['at'])} · {detail}"
    )


def audit_table(records: list[dict[str, Any]], titles: dict[int, str]) -> None:
    rows = [
        {
            "audit": f"#{r['id']}",
            "when": local_time(r["at"]),
            "who": r["actor"],
            "action": f"#{r['action_id']} {short(titles.get(r['action_id'], ''), 50)}",
            "outcome": "IN DOUBT" if r["outcome"] == "in_doubt" else r["outcome"].replace("_", " "),
            "sent": f"{r['request']['method']} {r['request']['url']}",
            "answer": humanize(r["error"])
            if r["error"]
            else (IN_DOUBT if r["outcome"] == "in_doubt" else result_text(r["response"]).replace("**", "")),
        }
        for r in records
    ]
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")


# -- the Commitments and risks tab -----------------------------------------------------------------------------
def gate_clicked(entity_id: int, verb: str, before: tuple[str, str] | None = None) -> None:
    """Promote or Dismiss; `before` (status, set by) is what Undo restores after a Dismiss."""
    try:
        done = (service.promote if verb == "promote" else service.dismiss)(entity_id, actor() or "dashboard")
    except Exception as exc:  # noqa: BLE001
        flash("entities", "error", f"Could not {verb} #{entity_id}: {why(exc)}")
        return
    flash("entities", "success", f"#{entity_id} is now {done['status']}: {done['text']}")
    st.session_state.pop(UNDO_KEY, None)
    if verb == "dismiss" and before and before[0] != "dismissed":
        st.session_state[UNDO_KEY] = (entity_id, *before)


UNDO_KEY = "memory_undo_dismiss"


def undo_clicked() -> None:
    entity_id, status, status_by = st.session_state.pop(UNDO_KEY)
    try:
        done = service.undo_dismiss(entity_id, status, status_by)
    except Exception as exc:  # noqa: BLE001
        flash("entities", "error", f"Could not undo the dismissal of #{entity_id}: {why(exc)}")
        return
    flash("entities", "success", f"#{entity_id} is back, {done['status']}: {done['text']}")


def undo_line() -> None:
    """After a Dismiss, one click brings the entity back as it was (until the next Promote or Dismiss)."""
    if st.session_state.get(UNDO_KEY):
        st.button("Undo dismiss", key="memory_undo", icon=":material/undo:", on_click=undo_clicked)


def entity_row(entity: dict[str, Any]) -> None:
    with st.container(border=True):
        entity_card(entity)
        buttons = st.container(horizontal=True)
        if entity["status"] != "active":
            buttons.button(
                "Promote",
                key=f"memory_promote:{entity['id']}",
                icon=":material/thumb_up:",
                on_click=gate_clicked,
                args=(entity["id"], "promote"),
                help="Make it active: it counts as real and may get a suggested action.",
            )
        if entity["status"] != "dismissed":
            buttons.button(
                "Dismiss",
                key=f"memory_dismiss:{entity['id']}",
                icon=":material/block:",
                on_click=gate_clicked,
                args=(entity["id"], "dismiss", (entity["status"], entity["status_by"])),
                help="Not real: it never comes back, even when seen again.",
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
        st.info("Nothing extracted yet: run the syncs, memory.build and memory.extract (above).")
        return
    st.caption(
        f"Extraction proposes. At confidence {found[0]['threshold']:.2f} or more an item becomes active by itself; "
        "below it waits here for a person to promote or dismiss it. Dismissed items never come back."
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
            st.markdown(f"##### {title} ({len(rows)})")
            for entity in rows:
                entity_row(entity)


# -- the Digests tab -------------------------------------------------------------------------------------------
def generate_clicked(slug: str) -> None:
    try:
        made = service.generate_digest(slug, trigger="button")
    except Exception as exc:  # noqa: BLE001
        flash("digest", "error", f"Could not generate the digest: {why(exc)}")
        return
    flash(
        "digest", "success", f"Version {made['version']} of the {period_label(made['period_start'])} digest."
    )


@st.fragment
def digests_tab(slug: str) -> None:
    found = attempt("read the digests", service.digests, slug)
    if found is None:
        return
    pick, generate = st.columns([4, 1], vertical_alignment="bottom")
    generate.button(
        "Generate now",
        key="memory_digest_now",
        icon=":material/summarize:",
        on_click=generate_clicked,
        args=(slug,),
        help="A new version of this week's digest; earlier versions stay.",
    )
    show_flash("digest")
    if not found:
        st.info("No digest yet. memory.digest writes one a week; Generate now writes one at once.")
        return
    periods = list(dict.fromkeys(d["period_start"] for d in found))
    period = pick.selectbox("Week", periods, format_func=period_label, key=f"memory_digest_week:{slug}")
    versions = [d for d in found if d["period_start"] == period]
    chosen = st.segmented_control(
        "Version",
        [d["id"] for d in versions],
        format_func=lambda i: f"v{next(d['version'] for d in versions if d['id'] == i)}",
        default=versions[0]["id"],
        key=f"memory_digest_version:{slug}:{period}:{len(versions)}",
    )
    digest = next((d for d in versions if d["id"] == chosen), versions[0])
    digest_body(digest, len(versions))


# -- the Actions and Audit log tabs ----------------------------------------------------------------------------
def preview_clicked(action_id: int) -> None:
    key = f"memory_preview:{action_id}"
    if key in st.session_state:
        del st.session_state[key]
        return
    try:
        st.session_state[key] = service.preview_action(action_id)
    except Exception as exc:  # noqa: BLE001
        flash(f"apply:{action_id}", "error", f"Could not preview action #{action_id}: {why(exc)}")


def apply_clicked(action_id: int) -> None:
    """Send only after the preview was shown and the box ticked; say what came back either way."""
    where = f"apply:{action_id}"
    if not st.session_state.get(f"memory_confirm:{action_id}"):
        flash(where, "warning", "Nothing was sent: tick the confirmation under the preview first.")
        return
    if not actor():
        flash(
            where,
            "warning",
            "Nothing was sent: type your name in “Your name” above (the audit log keeps it).",
        )
        return
    try:
        done = service.apply_action(action_id, actor())
    except Exception as exc:  # noqa: BLE001
        flash(where, "error", f"Could not apply action #{action_id}: {why(exc)}")
        return
    st.session_state[f"memory_confirm:{action_id}"] = False
    st.session_state.pop(f"memory_preview:{action_id}", None)
    st.session_state.setdefault("memory_applied_here", set()).add(
        action_id
    )  # stays in view, whatever the filter
    if done["outcome"] == "applied":
        flash(where, "success", f"Applied: {result_text(done['result'])}. Written to the audit log.")
    elif done["outcome"] == "already_applied":
        flash(where, "info", f"Already applied before: {result_text(done['result'])}. Nothing sent again.")
    else:
        flash(
            where, "error", f"Apply failed: {humanize(done['error'])}. Written to the audit log; try again."
        )


def confirm_and_apply(action: dict[str, Any]) -> None:
    vendor = source_name(action_vendor(action))
    demo = " (a DEMO server)" if action["demo"] else ""
    confirmed = st.checkbox(
        f"I checked this preview — send it to {vendor}{demo}", key=f"memory_confirm:{action['id']}"
    )
    st.button(
        f"Apply — create the {vendor} {'issue' if vendor == 'Linear' else 'note'}",
        key=f"memory_apply:{action['id']}",
        type="primary",
        icon=":material/send:",
        disabled=not confirmed,
        on_click=apply_clicked,
        args=(action["id"],),
    )


def action_row(action: dict[str, Any], last_audit: dict[str, Any] | None) -> None:
    with st.container(border=True):
        action_header(action)
        preview = st.session_state.get(f"memory_preview:{action['id']}")
        st.button(
            "Hide preview" if preview else "Preview",
            key=f"memory_preview_button:{action['id']}",
            icon=":material/visibility:",
            on_click=preview_clicked,
            args=(action["id"],),
            help="Shows exactly what Apply would send; sends nothing. Apply comes after it.",
        )
        if preview:
            preview_block(preview)
            if action["status"] != "applied":
                confirm_and_apply(action)
        show_flash(f"apply:{action['id']}")
        if last_audit:
            st.markdown(audit_line(last_audit))


def actions_tab(slug: str, audit: list[dict[str, Any]]) -> list[dict[str, Any]]:
    found = attempt("read the suggested actions", service.actions, slug)
    if found is None:
        return []
    st.caption(
        "Suggested from active commitments (a Linear issue) and risks (an Attio note). Nothing is sent until you "
        "preview it, tick the confirmation and press Apply; every attempt is written to the audit log."
    )
    wanted = filter_control(
        ACTION_FILTERS,
        lambda key: sum(1 for a in found if key in (a["status"], "all")),
        "suggested",
        "memory_action_filter",
        "all",
    )
    latest: dict[int, dict[str, Any]] = {}
    for record in audit:  # newest first: keep the first seen per action
        latest.setdefault(record["action_id"], record)
    here = st.session_state.get("memory_applied_here", set())
    shown = [a for a in found if wanted in (a["status"], "all") or a["id"] in here]
    if not shown:
        st.caption(f"No {ACTION_FILTERS[wanted].lower()} actions." if wanted != "all" else "No actions yet.")
    for action in shown:
        action_row(action, latest.get(action["id"]))
    return found


def audit_tab(audit: list[dict[str, Any]], found: list[dict[str, Any]]) -> None:
    st.caption("Every apply attempt: who, when, what was sent and what came back — failures and retries too.")
    if not audit:
        st.info("Nothing applied yet.")
        return
    audit_table(audit, {a["id"]: a["title"] for a in found})
    chosen = st.selectbox(
        "Open a record",
        [r["id"] for r in audit],
        format_func=lambda i: f"Audit #{i}",
        key=f"memory_audit_open:{len(audit)}",
    )
    record = next(r for r in audit if r["id"] == chosen)
    sent, answer = st.columns(2)
    sent.markdown("**Sent**")
    sent.json(record["request"], expanded=3)
    answer.markdown("**Answer**" if not record["error"] else "**Error**")
    answer.json(record["response"] or {"error": record["error"]}, expanded=3)
