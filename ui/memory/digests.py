"""The Digests tab: weekly digests by version, their fixed lines in the reader's language, Generate now."""

from __future__ import annotations

import re
from typing import Any

import streamlit as st

from pipeline.service import memory as service
from ui.components import attempt, local_day, when
from ui.lang import lang, t
from ui.memory.common import VENDORS, flash, show_flash, source_name, why

TRIGGERS = {"button": "with Generate now", "cli": "from the CLI", "schedule": "on schedule"}


_HEADING = re.compile(r"^(#{1,6}) ", re.MULTILINE)


MONTH = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b")


DIGEST_LINES = (  # the digest is stored as Markdown in English; its fixed lines are shown in the reader's language
    (re.compile(r"^(#+ .+): week of (\d+ \w+ \d{4}) \(version (\d+)\)$"), "{0}: week of {1} (version {2})"),
    (re.compile(r"^(#+) Activity$"), "{0} Activity"),
    (re.compile(r"^(#+) Commitments \((\d+)\)$"), "{0} Commitments ({1})"),
    (re.compile(r"^(#+) Risks \((\d+)\)$"), "{0} Risks ({1})"),
    (re.compile(r"^(#+) Awaiting review \(proposed\) \((\d+)\)$"), "{0} Awaiting review ({1})"),
    (re.compile(r"^- (\w+): (\d+) (\w+)\(s\)$"), "- {0}: {1} {2}(s)"),
    (re.compile(r"^- (.+) — due (.+)$"), "- {0} — due {1}"),
    (re.compile(r"^- … and (\d+) more$"), "- … and {0} more"),
    (re.compile(r"^- none$"), "- none"),
    (re.compile(r"^- no new activity$"), "- no new activity"),
    (
        re.compile(r"^(\d+) new this week; (\d+) suggested action\(s\) await a decision\.$"),
        "{0} new this week; {1} suggested actions await a decision.",
    ),
)


def digest_part(part: str) -> str:
    """A word the digest's fixed lines carry: a vendor, an object type ("message"), a date ("30 Nov 2026")."""
    if part in VENDORS:
        return source_name(part)
    return t(part) if part.isalpha() else MONTH.sub(lambda m: t(m.group(0)), part)


def digest_text(content: str) -> str:
    """The digest with its fixed lines (headings, counts) in the reader's language; the quoted texts as written."""
    if lang() == "en":
        return content
    shown = []
    for line in content.splitlines():
        for pattern, template in DIGEST_LINES:
            match = pattern.match(line)
            if match:
                parts = [digest_part(p) for p in match.groups()]
                line = t(template).format(*parts)
                break
        shown.append(line)
    return "\n".join(shown)


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
