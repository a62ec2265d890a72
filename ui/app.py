"""Mirano dashboard: `mirano ui` (or `make run`) starts it; each page lives in ui/views/.

Set MIRANO_UI_RUNTIME=off to open the pages without starting the scheduler, workers and demo server (tests do).
"""

from __future__ import annotations

import importlib.util
import logging
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if importlib.util.find_spec("pipeline") is None:  # `streamlit run ui/app.py` from elsewhere
    sys.path.insert(0, str(ROOT))

import streamlit as st  # noqa: E402

from ui import auth, bootstrap, modes, people  # noqa: E402
from ui.lang import switch, t  # noqa: E402

VIEWS = Path(__file__).resolve().parent / "views"


PAGES = (  # (view file, title, icon, url path, the module the page needs)
    ("jobs.py", "Jobs", ":material/schedule:", "jobs", "pipeline.service.engine"),
    ("checks.py", "Property checks", ":material/home_work:", "checks", "pipeline.service.checks"),
    ("memory.py", "Project memory", ":material/folder_shared:", "memory", "pipeline.service.memory"),
    ("assistant.py", "Assistant", ":material/chat:", "assistant", "agent"),
    ("notices.py", "Notices", ":material/notifications:", "notices", "pipeline.service.notices"),
    ("people.py", "People", ":material/group:", "people", "pipeline.service.people"),
)

log = logging.getLogger(__name__)


def titled(title: str, url: str) -> str:
    """The Notices entry carries its unread count ("Notices (2)") so the sidebar shows it on every page."""
    if url != "notices":
        return title
    from pipeline.service.notices import unread_count

    try:
        unread = unread_count()
    except Exception:  # noqa: BLE001 - a database without the notices tables yet: no count, the page says why
        log.debug("unread notices count unavailable", exc_info=True)
        return title
    return f"{title} ({unread})" if unread else title


def available(view: str, needs: str) -> bool:
    return (VIEWS / view).is_file() and importlib.util.find_spec(needs) is not None


def pages() -> list[st.Page]:
    """The pages whose view and service layer exist in this build."""
    shown = [
        st.Page(
            VIEWS / view,
            title=titled(t(title), url),
            icon=icon,
            url_path="home" if url == "jobs" else url,
            default=url == "jobs",
        )
        for view, title, icon, url, needs in PAGES
        if available(view, needs)
    ]
    # Jobs, the default page, lives at /; /jobs (a bookmark, a link in a note) switches to it instead of showing
    # "page not found". Pages are told apart by url_path, so the default one is named "home" inside.
    home = shown[0]
    alias = st.Page(lambda: st.switch_page(home), title=t("Jobs"), url_path="jobs", visibility="hidden")
    return [*shown, alias]


def main() -> None:
    st.set_page_config(page_title="Mirano", page_icon=":material/dashboard:", layout="wide")
    auth.gate()  # off loopback: nothing but a sign-in button until the visitor signed in
    people.arrive()  # the first person to sign in to an empty deployment becomes its admin
    bootstrap.start()
    switch()
    people.sidebar()
    navigation = st.navigation(pages())
    modes.sidebar()
    modes.economy_banner()
    navigation.run()


main()
