"""What the dashboard holds once per process: the migrated database and the runtime (scheduler, workers, demo).

`MIRANO_UI_RUNTIME=off` keeps the scheduler, workers and demo server from starting (the AppTest suite sets it;
a test that wants them starts them itself). Both resources are keyed by the database URL, so a process that
switches data dirs (the tests) migrates each database once.
"""

from __future__ import annotations

import logging
import os
import threading
from typing import Any

import streamlit as st

from pipeline.config import get_settings
from pipeline.runtime import Runtime, start_runtime
from pipeline.setup import init
from ui.components import readable

RUNTIME_ENV = "MIRANO_UI_RUNTIME"
log = logging.getLogger(__name__)


@st.cache_resource(show_spinner="Preparing the database…")
def database(url: str) -> dict[str, Any]:
    """Create or migrate the database once per process and URL (a fresh data dir works)."""
    return init()


@st.cache_resource(show_spinner="Starting the scheduler and workers…")
def runtime(url: str) -> Runtime | None:
    """One scheduler, one worker pool and the demo server per process, however many sessions are open."""
    if not _runtime_enabled():
        return None
    started = start_runtime()
    threading.Thread(target=_name_bindings, name="mirano-binding-names", daemon=True).start()
    return started


def _name_bindings() -> None:
    """Once the demo vendors answer: the names of bound objects set up without a vendor check (the demo's)."""
    from pipeline.service.binding_names import name_bindings

    try:
        named = name_bindings(check_role=False)  # the process names what is already bound: nobody's press
        log.info("binding names: %d named, %d not", len(named["named"]), len(named["unchecked"]))
    except Exception:  # noqa: BLE001 — names are a courtesy: the ids still show
        log.warning("binding names not looked up", exc_info=True)


def start() -> None:
    """Migrate the database (stop with a reason if that fails), then start the runtime (warn if that fails)."""
    url = get_settings().resolved_database_url
    try:
        database(url)
    except Exception as exc:  # noqa: BLE001 — a readable line, never a traceback
        st.error(
            f"Mirano could not open its database: {readable(exc)}. "
            "Check MIRANO_DATA_DIR and MIRANO_DATABASE_URL.",
            icon=":material/error:",
        )
        st.stop()
    try:
        current = runtime(url)
        for note in current.notes if current else ():
            st.warning(note, icon=":material/warning:")
        _warn_skewed_clock()
    except Exception as exc:  # noqa: BLE001
        st.warning(
            f"The scheduler and workers did not start: {readable(exc)}. "
            "Pages still work; jobs run only when you press Run now.",
            icon=":material/warning:",
        )


def _warn_skewed_clock() -> None:
    """Say so on every page while this machine's clock is further from the database's than the bound."""
    from pipeline.engine.scheduler import clock_skewed, skew_reason
    from ui.lang import reason

    skew = clock_skewed()
    if skew is not None:
        st.warning(reason(skew_reason(skew)), icon=":material/schedule:")


def warm() -> None:
    """Server start-up (`ui/server.py`): migrate and start the runtime before any browser connects."""
    url = get_settings().resolved_database_url
    # Outside a page run Streamlit warns "missing ScriptRunContext" for cached calls; that is expected here.
    quiet = logging.getLogger("streamlit.runtime.scriptrunner_utils.script_run_context")
    level = quiet.level
    quiet.setLevel(logging.ERROR)
    try:
        database(url)
        runtime(url)
    finally:
        quiet.setLevel(level)


def shutdown() -> None:
    """Server shutdown: stop the scheduler (handing leadership over), the workers and the demo server."""
    current = runtime(get_settings().resolved_database_url) if _runtime_enabled() else None
    if current:
        current.stop()


def _runtime_enabled() -> bool:
    return os.environ.get(RUNTIME_ENV, "on").lower() not in ("off", "0", "false", "no")
