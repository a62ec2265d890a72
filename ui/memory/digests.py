"""The Digests tab: weekly digests by version, their fixed lines in the reader's language, Generate now."""

from __future__ import annotations

import re
from typing import Any

import streamlit as st

from pipeline.i18n import digest as i18n_digest
from pipeline.service import memory as service
from ui.components import attempt, local_day, when
from ui.handover import digest_downloads
from ui.lang import lang, t
from ui.memory.common import VENDORS, flash, show_flash, source_name, why

TRIGGERS = {"button": "with Generate now", "cli": "from the CLI", "schedule": "on schedule"}


_HEADING = re.compile(r"^(#{1,6}) ", re.MULTILINE)


def digest_text(content: str) -> str:
    """The digest with its fixed lines (headings, counts) in the reader's language; the quoted texts as written."""
    return i18n_digest.digest_text(content, lang(), vendor=lambda v: source_name(v) if v in VENDORS else v)


def digest_body(digest: dict[str, Any], versions: int) -> None:
    """The digest text with its headings made smaller, so it reads as part of the page."""
    trigger = t(TRIGGERS[digest["trigger"]]) if digest["trigger"] in TRIGGERS else f"({digest['trigger']})"
    st.caption(
        t(
            "Version {version} of {versions} · generated {when} {trigger}",
            version=digest["version"],
            versions=versions,
            when=when(digest["created_at"]),
            trigger=trigger,
        )
        + f" · {period_label(digest['period_start'])}"
    )
    with st.container(border=True):
        content = digest_text(digest["content"])
        st.markdown(_HEADING.sub(lambda m: "#" * min(6, len(m.group(1)) + 3) + " ", content))


def period_label(iso: str) -> str:
    return t("week of {day}", day=local_day(iso))


def generate_clicked(slug: str) -> None:
    try:
        made = service.generate_digest(slug, trigger="button")
    except Exception as exc:  # noqa: BLE001
        flash("digest", "error", t("Could not generate the digest: {why}", why=why(exc)))
        return
    flash(
        "digest",
        "success",
        t(
            "Version {version} of the digest, {period}.",
            version=made["version"],
            period=period_label(made["period_start"]),
        ),
    )


@st.fragment
def digests_tab(slug: str) -> None:
    found = attempt("read the digests", service.digests, slug)
    if found is None:
        return
    pick, generate = st.columns([4, 1], vertical_alignment="bottom")
    generate.button(
        t("Generate now"),
        key="memory_digest_now",
        icon=":material/summarize:",
        on_click=generate_clicked,
        args=(slug,),
        help=t("A new version of this week's digest; earlier versions stay."),
    )
    show_flash("digest")
    if not found:
        st.info(t("No digest yet. memory.digest writes one a week; Generate now writes one at once."))
        return
    periods = list(dict.fromkeys(d["period_start"] for d in found))
    period = pick.selectbox(t("Week"), periods, format_func=period_label, key=f"memory_digest_week:{slug}")
    versions = [d for d in found if d["period_start"] == period]
    chosen = st.segmented_control(
        t("Version"),
        [d["id"] for d in versions],
        format_func=lambda i: f"v{next(d['version'] for d in versions if d['id'] == i)}",
        default=versions[0]["id"],
        key=f"memory_digest_version:{slug}:{period}:{len(versions)}",
    )
    digest = next((d for d in versions if d["id"] == chosen), versions[0])
    digest_body(digest, len(versions))
    digest_downloads(slug, digest)
