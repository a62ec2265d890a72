"""Who is acting on the dashboard: the signed-in person (st.login), else, on loopback, the local user.

The resolver is installed for the whole process when this module is imported: it answers inside a page run
(button callbacks included, which run before any page code) and None elsewhere, so a run thread or the scheduler
never borrows a visitor's identity. The service layer checks that person's role before every command."""

from __future__ import annotations

import logging

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from pipeline.people import identity
from ui import auth

log = logging.getLogger(__name__)
NOBODY = "anonymous"
SIGNED_KEY = "people_signed_in"


def dashboard_actor() -> identity.Actor | None:
    """The visitor of the page run in this thread; None outside a page run, and on loopback without sign-in
    (then the local user acts)."""
    if get_script_run_ctx(suppress_warning=True) is None:
        return None
    email = auth.signed_in_identity()
    if email:
        return identity.Actor(email)
    if auth.required():
        return identity.Actor(NOBODY)  # not signed in on a reachable dashboard: a viewer at most
    return None


identity.use_resolver(dashboard_actor)


def who() -> str:
    return identity.current_name()


def person_name(name: str | None) -> str:
    """Who started something, as the reader reads it: a person's name as it is, the system in words."""
    from ui.lang import t

    if name == identity.SCHEDULER:
        return t("the scheduler")
    if name == "webhook":
        return t("a webhook")
    return name or "—"


def arrive() -> None:
    """Once per session after sign-in: store the person (the first of a deployment becomes admin)."""
    email = auth.signed_in_identity()
    if not email or st.session_state.get(SIGNED_KEY) == email:
        return
    from pipeline.service.people import record_sign_in

    try:
        record_sign_in(email)
        st.session_state[SIGNED_KEY] = email
    except Exception:  # noqa: BLE001 — a database not migrated yet: the pages say why
        log.debug("could not record the sign-in", exc_info=True)


def sidebar() -> None:
    """Who acts and with which role, under the sign-in line."""
    from pipeline.service.people import me
    from ui.lang import t

    try:
        person = me()
    except Exception:  # noqa: BLE001 — a database not migrated yet
        log.debug("no role to show", exc_info=True)
        return
    with st.sidebar:
        st.caption(t("Acting as **{who}** · {role}", who=person["who"], role=t(person["role"])))
