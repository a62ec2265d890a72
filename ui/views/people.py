"""People page: who may use this deployment and with which role; admins add people and change roles here.

Everyone sees the list and their own role; a press by someone who is not an admin is refused by the service with
the reason, and nothing changes."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from pipeline.people.roles import PERMISSIONS, ROLES
from pipeline.service import people as service
from ui.components import attempt, local_time, shown_errors
from ui.lang import t


def whoami() -> None:
    person = service.me()
    st.markdown(
        t("You act as **{who}** with the role **{role}**.", who=person["who"], role=t(person["role"]))
    )
    if person["local"]:
        st.caption(t("At this machine without sign-in: the local user is an admin unless stored otherwise."))


def people_table() -> None:
    rows = attempt("read the people", service.list_people)
    if not rows:
        st.caption(t("Nobody is stored yet: the first person to sign in becomes the admin."))
        return
    table = pd.DataFrame(
        [
            {
                t("person"): r["email"],
                t("role"): t(r["role"]),
                t("added by"): r["added_by"],
                t("added"): local_time(r["added_at"]),
            }
            for r in rows
        ]
    )
    st.dataframe(table, hide_index=True, width="stretch")


def role_form() -> None:
    with st.form("people_add", border=True):
        st.markdown("##### " + t("Add a person or change a role"))
        email = st.text_input(t("E-mail"), key="people_email", placeholder="anna@example.com")
        role = st.selectbox(t("Role"), list(ROLES), key="people_role", format_func=t)
        if st.form_submit_button(t("Save"), key="people_save", icon=":material/person_add:"):
            done = attempt("change a role", service.add_person, email, role)
            if done:
                st.success(t("{email} is now {role}.", email=done["email"], role=t(done["role"])))


def permissions() -> None:
    with st.expander(t("What each role may do"), icon=":material/rule:"):
        st.dataframe(
            pd.DataFrame(
                [{t("command"): t(what), t("needs"): t(needed)} for needed, what in PERMISSIONS.values()]
            ),
            hide_index=True,
            width="stretch",
        )
        st.caption(t("Every role reads everything and asks the assistant."))


def render() -> None:
    st.title(t("People"))
    whoami()
    role_form()
    people_table()
    permissions()


with shown_errors("show this page"):
    render()
