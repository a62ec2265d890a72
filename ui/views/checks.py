"""Property checks page: start a check, the list of checks, and one check with live progress until it settles."""

from __future__ import annotations

from typing import Any

import streamlit as st

from pipeline.service import checks as service
from pipeline.service.checks import AddressRefused
from ui.check_flags import flags_control, parties_line, watch_control
from ui.check_list import check_list
from ui.check_snapshots import actions, snapshots
from ui.check_view import in_flight, render_check
from ui.components import attempt, readable, shown_errors
from ui.handover import check_downloads, erase_check_control, erase_outcome, erase_person_control
from ui.lang import error, reason, t
from ui.modes import demo_notice

PROFILES = {
    "basic": "Basic — court cases, enforcement proceedings, listings",
    "full": "Full — basic plus developer reviews",
}
EXAMPLE = "г. Москва, ул. Тверская, д. 1"


def start_form() -> None:
    """The inputs stay as typed when the check cannot start, with the reason next to them."""
    with st.form("new_check", border=True):
        st.markdown("##### " + t("New check"))
        address = st.text_input(t("Address"), key="check_address", placeholder=EXAMPLE)
        beside = st.empty()  # why the address was refused shows right under the field
        profile = st.selectbox(
            t("Report profile"), list(PROFILES), format_func=lambda p: t(PROFILES[p]), key="check_profile"
        )
        left, right = st.columns(2)
        owner = left.text_input(
            t("Owner or seller (optional)"),
            key="check_owner",
            placeholder="Иванов Пётр Сергеевич, 1980-05-12",
        )
        developer = right.text_input(
            t("Developer INN (optional)"), key="check_developer", placeholder="7701234567"
        )
        paid = st.checkbox(t("Paid report (re-checked on schedule)"), key="check_paid")
        submitted = st.form_submit_button(
            t("Start check"), key="start_check", type="primary", icon=":material/travel_explore:"
        )
    if submitted:
        try:
            check = service.start_check(
                address,
                profile,
                trigger="button",
                paid=paid,
                owner=owner or None,
                developer=developer or None,
            )
        except AddressRefused as refused:
            beside.error(refusal_text(refused), icon=":material/wrong_location:")
            candidate_buttons(refused.candidates)
            return
        except Exception as exc:  # noqa: BLE001 — shown as a sentence, the form keeps its input
            st.error(
                t("Could not start the check: {why}", why=reason(readable(exc))), icon=":material/error:"
            )
            return
        st.session_state["open_check"] = check["id"]
        st.success(t("Check #{id} started: {summary}.", id=check["id"], summary=started_summary(check)))


def refusal_text(refused: AddressRefused) -> str:
    """The refusal and, when there are, the addresses it might have meant (nothing was started or spent)."""
    text = t("Could not start the check: {why}", why=error(refused))
    if refused.candidates:
        text += "\n\n" + t("Did you mean one of the addresses below? Click one to put it in the field.")
    return text + "\n\n" + t("Nothing was started and no source was called.")


def candidate_buttons(candidates: list[str]) -> None:
    """Each address the refusal offers, as a button that puts it into the address field."""
    for n, candidate in enumerate(candidates):
        st.button(
            candidate,
            key=f"candidate:{n}",
            icon=":material/location_on:",
            on_click=st.session_state.__setitem__,
            args=("check_address", candidate),
        )


def started_summary(check: dict[str, Any]) -> str:
    fetching, reused = len(check["pending"]), sum(1 for s in check["sources"] if s["reused"])
    parts = [
        (
            t("fetching {count} source", count=fetching)
            if fetching == 1
            else t("fetching {count} sources", count=fetching)
        )
        if fetching
        else t("nothing to fetch")
    ]
    if reused:
        parts.append(t("{count} reused from earlier checks", count=reused))
    return ", ".join(parts)


def check_label(row: dict[str, Any]) -> str:
    """Stable while the check runs (a selectbox keeps its choice by label)."""
    return f"#{row['id']} · {row['address']} · {t(row['profile'])}"


def wanted_check() -> int | None:
    """The check to open: an id, even if a widget handed back its label."""
    wanted = st.session_state.get("open_check")
    if isinstance(wanted, str):
        digits = wanted.lstrip("#").split(" ", 1)[0]
        wanted = int(digits) if digits.isdigit() else None
    return wanted


def pick_check(rows: list[dict[str, Any]]) -> int | None:
    labels = {r["id"]: check_label(r) for r in rows}
    wanted = wanted_check()
    if wanted is not None and wanted not in labels:
        labels[wanted] = f"#{wanted}"
    if not labels:
        return None
    st.session_state["open_check"] = wanted if wanted is not None else next(iter(labels))
    return st.selectbox(t("Open check"), list(labels), format_func=labels.get, key="open_check")


def check_body(check: dict[str, Any]) -> None:
    render_check(check)
    parties_line(check)
    flags_control(check)
    watch_control(check)
    actions(check)
    snapshots(check)
    if not in_flight(check):  # a report to hand over is written once the check settles
        check_downloads(check)
    erase_check_control(check)


@st.fragment(run_every=2)
def live_check(check_id: int) -> None:
    """Refreshes every 2 s while sources run; once the check settles, one full rerun shows it still."""
    check = attempt("read the check", service.get_check, check_id)
    if check is None:
        return
    check_body(check)
    if not in_flight(check):
        st.rerun()


def check_section(check_id: int) -> None:
    check = attempt("read the check", service.get_check, check_id)
    if check is None:
        return
    if in_flight(check):
        live_check(check_id)
    else:
        check_body(check)


def render() -> None:
    st.title(t("Property checks"))
    demo_notice()
    erase_outcome()
    form, listing = st.columns([2, 3])
    with form:
        start_form()
    rows = attempt("list the checks", service.list_checks, 30) or []
    with listing:
        check_list(rows)
    st.divider()
    check_id = pick_check(rows)
    if check_id is not None:
        check_section(check_id)
    erase_person_control()


with shown_errors("show this page"):
    render()
