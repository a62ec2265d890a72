"""The re-check flags a person sets on a check: a key object and a paid report are re-checked on schedule."""

from __future__ import annotations

from typing import Any

import streamlit as st

from pipeline.service import checks as service
from ui.components import attempt
from ui.lang import reason, t

FLAGS = {
    "key_object": ("Key object", "Re-checked on schedule as a key object."),
    "paid": ("Paid report", "Re-checked on schedule as a paid report."),
}


def flags_control(check: dict[str, Any]) -> None:
    """A toggle per flag; changing one stores it at once (the same service call as `mirano flag`)."""
    columns = st.columns(len(FLAGS) + 1)
    for column, (name, (label, why)) in zip(columns, FLAGS.items(), strict=False):
        now = bool(check["flags"].get(name))
        wanted = column.toggle(t(label), value=now, key=f"flag:{name}:{check['id']}", help=t(why))
        if wanted != now and attempt(
            "set the re-check flag", service.set_flags, check["id"], **{name: wanted}
        ):
            check["flags"][name] = wanted
    if check["flags"].get("popular"):
        columns[-1].caption(t("Popular object: re-checked on schedule."))


def parties_line(check: dict[str, Any]) -> None:
    """The parties the check was told about (owner, developer), when any."""
    parties = check.get("parties") or {}
    owner, developer = parties.get("owner"), parties.get("developer")
    if owner:
        born = f", {owner['birthdate']}" if owner.get("birthdate") else ""
        st.caption(t("Owner: {name}", name=owner["name"] + born))
    if developer:
        st.caption(t("Developer INN: {inn}", inn=developer["inn"]))


def watch_control(check: dict[str, Any]) -> None:
    """Watch / Unwatch for the signed-in person: their state now, one press toggles it; the role rule and its
    refusal come from the service (pipeline/people/roles.py), the page only shows them."""
    from pipeline.service import watching

    state = attempt("read your watch", watching.check_watch_state, check["id"])
    if state is None:
        return
    refusal = state["refusal"]
    left, right = st.columns([1, 3], vertical_alignment="center")
    if state["watching"]:
        pressed = left.button(
            t("Unwatch"),
            key=f"unwatch:{check['id']}",
            icon=":material/visibility_off:",
            disabled=bool(refusal),
        )
        right.caption(t("You watch this property: its changes come to your notices."))
    else:
        pressed = left.button(
            t("Watch"), key=f"watch:{check['id']}", icon=":material/visibility:", disabled=bool(refusal)
        )
        right.caption(t("You do not watch this property."))
    if state["others"]:
        right.caption(t("Watched by {n} other people too.", n=state["others"]))
    if refusal:
        right.caption(reason(str(refusal)))
    if pressed:
        call = watching.unwatch_check if state["watching"] else watching.watch_check
        if attempt("change your watch", call, check["id"]) is not None:
            st.rerun()
