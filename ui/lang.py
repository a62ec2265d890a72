"""The reader's language: chosen in the sidebar, defaulting from MIRANO_LANG or the browser's locale.

Every page asks `lang()` once and renders its chrome with `t("…")`; the texts are the catalogs in pipeline/i18n
(the dashboard's Russian lives in locales/ru/LC_MESSAGES/dashboard.po), never strings kept here.
"""

from __future__ import annotations

import logging
import re

import streamlit as st

from pipeline.config import get_settings
from pipeline.i18n import LANGUAGES, error_text, status_label, tr, tr_in

log = logging.getLogger(__name__)

KEY = "lang"
CODE_SUFFIX = re.compile(r" \([A-Z_]+\)$")
NAMES = {"en": "English", "ru": "Русский"}


def default_lang() -> str:
    """?lang= in the address (a shared link), else MIRANO_LANG, else the browser's language, else English."""
    asked = st.query_params.get(KEY, "")
    if asked in LANGUAGES:
        return asked
    configured = (get_settings().lang or "").strip().lower()
    if configured in LANGUAGES:
        return configured
    locale = ""
    try:
        locale = (st.context.locale or "").lower()
    except Exception:  # noqa: BLE001 — no browser (AppTest, bare mode): fall back to English
        log.debug("no browser locale", exc_info=True)
        locale = ""
    return "ru" if locale.startswith("ru") else "en"


def lang() -> str:
    """The language this session reads the dashboard in."""
    if st.session_state.get(KEY) not in LANGUAGES:
        st.session_state[KEY] = default_lang()
    return st.session_state[KEY]


def t(msgid: str, /, **values: object) -> str:
    """A dashboard message in the reader's language, placeholders filled ("" stays "", not the catalog header)."""
    if not msgid:
        return msgid
    return tr(lang(), msgid, **values)


def t_in(context: str, msgid: str, /, **values: object) -> str:
    """A message of a catalog context (`msgctxt`), for words whose Russian depends on where they stand."""
    return tr_in(lang(), context, msgid, **values) if msgid else msgid


def status(value: str | None) -> str:
    """A status in the reader's language; the catalog's "(COMPLETED)" code suffix is for the assistant, not chips."""
    return CODE_SUFFIX.sub("", status_label(value, lang()))


def reason(value: str | None) -> str:
    """A stored reason in the reader's language, any property-check source it names by its label."""
    from pipeline.i18n.check_words import source_reason

    return source_reason(value, lang())


def error(exc: BaseException) -> str:
    """An error raised deep in the pipeline, said in the reader's language (its code and parameters rendered here)."""
    return error_text(exc, lang())


def switch() -> None:
    """The language switch at the top of the sidebar; the choice lasts for the session."""
    lang()
    with st.sidebar:
        st.segmented_control(
            "Language · Язык",
            options=list(LANGUAGES),
            format_func=NAMES.get,
            key=KEY,
            selection_mode="single",
            width="stretch",
        )
