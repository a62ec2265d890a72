"""The Actions tab: suggested actions as a sentence, the exact request under Preview, confirmed Apply."""

from __future__ import annotations

import json
import re
from typing import Any

import streamlit as st

from pipeline.service import memory as service
from ui.components import attempt, humanize, when
from ui.lang import reason, status, t
from ui.memory.common import actor, filter_control, flash, short, show_flash, source_label, source_name, why

ACTION_FILTERS = {
    "suggested": "Suggested",
    "in_doubt": "In doubt",
    "applied": "Applied",
    "failed": "Failed",
    "all": "All",
}


EMPTY_ACTIONS = {
    "suggested": "No suggested actions.",
    "in_doubt": "No in doubt actions.",
    "applied": "No applied actions.",
    "failed": "No failed actions.",
}


ACTION_KINDS = {"linear_issue": ("linear", "Linear issue"), "attio_note": ("attio", "Attio note")}


ACTION_COLOURS = {"suggested": "blue", "applied": "green", "failed": "red", "in_doubt": "orange"}


IN_DOUBT = (
    "in doubt: the request was being sent when the process stopped, so whether it arrived is not recorded; "
    "applying again first asks the vendor and sends nothing twice"
)


def outcome_name(outcome: str) -> str:
    return t(outcome.replace("_", " "))


def audit_line(record: dict[str, Any]) -> str:
    """'Audit #4 · applied by kate · 25 Nov 14:05 (just now) · Linear issue NW-7'."""
    outcome = {"applied": "green", "already_applied": "blue", "failed": "red", "in_doubt": "orange"}.get(
        record["outcome"], "gray"
    )
    detail = humanize(reason(record["error"])) if record["error"] else result_text(record["response"])
    if record["outcome"] == "in_doubt" and not record["error"]:
        detail = t(IN_DOUBT)
    return (
        t("Audit #{id}", id=record["id"])
        + f" · :{outcome}-badge[{outcome_name(record['outcome'])}] "
        + t("by **{who}**", who=record["actor"])
        + f" · {when(record['at'])} · {detail}"
    )


def action_vendor(action: dict[str, Any]) -> str:
    return ACTION_KINDS.get(action["kind"], (action["kind"].split("_", 1)[0], action["kind"]))[0]


def action_kind(action: dict[str, Any]) -> str:
    return t(ACTION_KINDS.get(action["kind"], ("", action["kind"].replace("_", " ")))[1])


def result_text(result: dict[str, Any] | None) -> str:
    """'Linear issue NW-7' or 'Attio note “Risk: deadline slip”' (and whether apply found an earlier one)."""
    if not result:
        return ""
    again = " " + t("(found the one an earlier apply made)") if result.get("found_existing") else ""
    issue, note = result.get("issue"), result.get("note")
    if issue:
        name = issue.get("identifier") or issue.get("id")
        link = f" — [{t('open')}]({issue['url']})" if issue.get("url") else ""
        return t("Linear issue **{name}**", name=name) + link + again
    if note:
        return t("Attio note “{title}”", title=note.get("title") or note.get("note_id")) + again
    return short(json.dumps(result, ensure_ascii=False), 120)


ACTION_TITLE = re.compile(r"^(?:Create Linear issue|Add Attio note): (?:Risk: ([a-z ]+) — )?(.*)$", re.S)


def action_sentence(action: dict[str, Any]) -> str:
    """'Creates a Linear issue: «…»' / 'Adds an Attio note (risk: deadline slip): «…»'; the exact request is in Preview."""
    match = ACTION_TITLE.match(action["title"] or "")
    if not match:
        return action["title"]
    subtype, text = match.groups()
    if action["kind"] == "linear_issue":
        return t("Creates a Linear issue: «{text}»", text=text)
    if subtype:
        return t("Adds an Attio note ({risk}): «{text}»", risk=t(subtype), text=text)
    return t("Adds an Attio note: «{text}»", text=text)


def target_text(target: str) -> str:
    """'linear team:UUID' → 'Linear team `a1d6eb28…`' (the id shortened, as a code)."""
    vendor, _, rest = target.partition(" ")
    kind, _, ident = rest.partition(":")
    if not ident:
        return f"`{short(target, 60)}`"
    names = {"team": "team", "project": "project", "companies": "company", "deals": "deal"}
    named = bound_names().get(target)
    if named:  # the vendor's name, looked up with the binding check; the id small beside it
        return f"{t(names.get(kind, kind))} **{named}** :small[:gray[`{ident[:8]}…`]]"
    return f"{t(names.get(kind, kind))} `{ident[:8]}…`"


def bound_names() -> dict[str, str]:
    """The bound objects' names by action target (one small read)."""
    from pipeline.service.binding_names import names_by_target

    return names_by_target()


def action_header(action: dict[str, Any]) -> None:
    vendor = action_vendor(action)
    colour = ACTION_COLOURS.get(action["status"], "gray")
    st.markdown(f":{colour}-badge[{status(action['status'])}] **#{action['id']}** {action_sentence(action)}")
    origin = ""
    if action["entity_id"]:
        origin = " · " + (
            t("from commitment #{id}", id=action["entity_id"])
            if action["kind"] == "linear_issue"
            else t("from risk #{id}", id=action["entity_id"])
        )
    st.caption(
        t(
            "{kind} in {vendor} · target {target}",
            kind=action_kind(action),
            vendor=source_label(vendor),
            target=target_text(action["target"]),
        )
        + origin
        + " · "
        + t("suggested {when}", when=when(action["created_at"]))
    )
    if action["status"] == "applied":
        st.markdown(
            ":material/check_circle: "
            + t("Applied by **{who}** {when}:", who=action["applied_by"], when=when(action["applied_at"]))
            + f" {result_text(action['result'])}"
        )
    elif action["status"] == "in_doubt":
        st.warning(t("This action is {state}.", state=t(IN_DOUBT)))
    elif action["status"] == "failed" and action["error"]:
        st.error(
            t("The last apply failed: {why}. You can apply again.", why=humanize(reason(action["error"])))
        )


def preview_block(action: dict[str, Any], preview: dict[str, Any]) -> None:
    """What Apply would do, as a sentence; the exact request (credential hidden) folded under it. Nothing is sent."""
    request = preview["request"]
    where = t("a DEMO server — nothing real changes") if preview["demo"] else t("the real system")
    st.markdown(
        t("**Preview** — on {where}, Apply:", where=where)
        + f" {action_sentence(action)} · {target_text(action['target'])}"
    )
    st.caption(humanize(reason(preview["note"])) + ".")
    with st.expander(t("The exact request Apply sends"), icon=":material/code:"):
        request_code(request)


def request_code(request: dict[str, Any]) -> None:
    headers = "\n".join(f"{name}: {value}" for name, value in (request.get("headers") or {}).items())
    st.code(f"{request['method']} {request['url']}\n{headers}", language="http")
    body = request.get("body", request.get("json"))
    if body is not None:
        st.code(json.dumps(body, ensure_ascii=False, indent=2), language="json", wrap_lines=True)


def preview_clicked(action_id: int) -> None:
    key = f"memory_preview:{action_id}"
    if key in st.session_state:
        del st.session_state[key]
        return
    try:
        st.session_state[key] = service.preview_action(action_id)
    except Exception as exc:  # noqa: BLE001
        flash(
            f"apply:{action_id}",
            "error",
            t("Could not preview action #{id}: {why}", id=action_id, why=why(exc)),
        )


def apply_clicked(action_id: int) -> None:
    """Send only after the preview was shown and the box ticked; say what came back either way."""
    where = f"apply:{action_id}"
    if not st.session_state.get(f"memory_confirm:{action_id}"):
        flash(where, "warning", t("Nothing was sent: tick the confirmation under the preview first."))
        return
    if not actor():
        flash(
            where,
            "warning",
            t("Nothing was sent: type your name in “Your name” above (the audit log keeps it)."),
        )
        return
    try:
        done = service.apply_action(action_id, actor())
    except Exception as exc:  # noqa: BLE001
        flash(where, "error", t("Could not apply action #{id}: {why}", id=action_id, why=why(exc)))
        return
    st.session_state[f"memory_confirm:{action_id}"] = False
    st.session_state.pop(f"memory_preview:{action_id}", None)
    st.session_state.setdefault("memory_applied_here", set()).add(
        action_id
    )  # stays in view, whatever the filter
    if done["outcome"] == "applied":
        flash(
            where,
            "success",
            t("Applied: {result}. Written to the audit log.", result=result_text(done["result"])),
        )
    elif done["outcome"] == "already_applied":
        flash(
            where,
            "info",
            t("Already applied before: {result}. Nothing sent again.", result=result_text(done["result"])),
        )
    else:
        flash(
            where,
            "error",
            t(
                "Apply failed: {why}. Written to the audit log; try again.",
                why=humanize(reason(done["error"])),
            ),
        )


def confirm_and_apply(action: dict[str, Any]) -> None:
    vendor = source_name(action_vendor(action))
    demo = " " + t("(a DEMO server)") if action["demo"] else ""
    confirmed = st.checkbox(
        t("I checked this preview — send it to {vendor}", vendor=vendor) + demo,
        key=f"memory_confirm:{action['id']}",
    )
    named = bool(actor())
    if not named:
        st.caption(
            ":material/badge: " + t("Type your name in “Your name” above to apply (the audit log keeps it).")
        )
    st.button(
        t("Apply — create the Linear issue")
        if vendor == "Linear"
        else t("Apply — create the {vendor} note", vendor=vendor),
        key=f"memory_apply:{action['id']}",
        type="primary",
        icon=":material/send:",
        disabled=not (confirmed and named),
        on_click=apply_clicked,
        args=(action["id"],),
    )


def action_row(action: dict[str, Any], last_audit: dict[str, Any] | None) -> None:
    with st.container(border=True):
        action_header(action)
        preview = st.session_state.get(f"memory_preview:{action['id']}")
        st.button(
            t("Hide preview") if preview else t("Preview"),
            key=f"memory_preview_button:{action['id']}",
            icon=":material/visibility:",
            on_click=preview_clicked,
            args=(action["id"],),
            help=t("Shows exactly what Apply would send; sends nothing. Apply comes after it."),
        )
        if preview:
            preview_block(action, preview)
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
        t(
            "Suggested from active commitments (a Linear issue) and risks (an Attio note). Nothing is sent until you "
            "preview it, tick the confirmation and press Apply; every attempt is written to the audit log."
        )
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
        st.caption(t(EMPTY_ACTIONS.get(wanted, "No actions yet.")))
    for action in shown:
        action_row(action, latest.get(action["id"]))
    return found
