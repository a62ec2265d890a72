"""The re-check flags a person sets on a check: a key object and a paid report are re-checked on schedule."""

from __future__ import annotations

from typing import Any

import streamlit as st

from pipeline.service import checks as service
from ui.components import attempt
from ui.lang import t

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
