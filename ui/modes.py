"""Which systems are demo or real and which model answers: shown on every page, so nobody mistakes demo data."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import streamlit as st

from pipeline.service import engine as service
from ui.components import demo_chip, when
from ui.lang import reason, t

# Which vendor a job talks to, for the DEMO label next to it.
JOB_VENDORS = {
    "ingest.chatwoot": "chatwoot",
    "ingest.linear": "linear",
    "ingest.attio": "attio",
    "checks.recheck": "sources",
}


@st.cache_data(ttl=30, show_spinner=False)
def current_modes(url: str) -> dict[str, Any]:
    return service.modes()


def modes() -> dict[str, Any]:
    from pipeline.config import get_settings

    return current_modes(get_settings().resolved_database_url)


DATABASES = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}


def label(vendor: str, info: dict[str, Any]) -> str:
    """A vendor's name as is (Chatwoot), the bundle of property sources in the reader's language."""
    return t(info["label"]) if vendor == "sources" else info["label"]


def vendor_label(vendor: str, info: dict[str, Any]) -> str:
    """'Chatwoot :orange-badge[DEMO]' or 'Linear :red-badge[missing key]'."""
    mode = info["mode"]
    if mode == "demo":
        return f"{label(vendor, info)} {demo_chip()}"
    if mode == "real":
        return f"{label(vendor, info)} :green-badge[{t('live')}]"
    return f"{label(vendor, info)} :red-badge[{t('missing key')}]"


def job_is_demo(job: str) -> bool:
    vendor = JOB_VENDORS.get(job)
    return bool(vendor and modes()["vendors"][vendor]["mode"] == "demo")


def model_label(current: dict[str, Any] | None = None) -> str:
    current = current or modes()
    if current["llm"] == "offline":
        return f":gray-badge[{t('offline model')}] {t('deterministic, no LLM calls')}"
    return f":blue-badge[{t('online model')}] {current['llm_model']}"


def sidebar() -> None:
    """The modes panel in the sidebar: vendors, missing keys and what they disable, the model, the storage."""
    current = modes()
    with st.sidebar:
        st.markdown("#### " + t("Connected systems"))
        for vendor, info in current["vendors"].items():
            st.markdown(vendor_label(vendor, info))
            if info["mode"] not in ("demo", "real") and info["note"]:
                note = reason(info["note"])
                st.caption(note[:1].upper() + note[1:])
        servers = {urlsplit(i["url"]).netloc for i in current["vendors"].values() if i["mode"] == "demo"}
        if servers:
            hosts = ", ".join(sorted(servers))
            st.caption(t("DEMO: bundled demo servers on {hosts}; the data is made up.", hosts=hosts))
        st.markdown("#### " + t("Assistant and memory"))
        st.markdown(model_label(current))
        if current["llm"] == "offline":
            st.caption(t("Set OPENAI_API_KEY to use an online model for the assistant and extraction."))
        database = DATABASES.get(current["database"], current["database"])  # a product's name, not its code
        st.caption(
            t(
                "Embeddings: {embedder} · database: {database}",
                embedder=current["embedder"],
                database=database,
            )
        )


def demo_notice() -> None:
    """One line at the top of a page when any system is a demo."""
    demo = [label(vendor, info) for vendor, info in modes()["vendors"].items() if info["mode"] == "demo"]
    if demo:
        names = ", ".join(demo)
        st.caption(
            f"{demo_chip()} "
            + t("{names} run against bundled demo servers — the data is not real.", names=names)
        )


@st.fragment(run_every=10)
def economy_banner() -> None:
    """While economy mode is on, every page says so, with the limits and next runs it causes."""
    state = service.economy()
    if not state["on"]:
        return
    factors = {"limits": f"{state['limit_factor']:g}", "cadences": f"{state['cadence_factor']:g}"}
    text = t("Economy mode is on: batches ×{limits}, cadences ×{cadences}.", **factors)
    if state["llm_paused"]:
        text += " " + t("LLM work is paused.")
    jobs = [j for j in service.list_jobs() if j["cadence_s"]]
    upcoming = sorted((j for j in jobs if j["next_run_at"]), key=lambda j: j["next_run_at"])[:3]
    lines = [
        t(
            "{job}: up to {limit} items, next run {moment}",
            job=j["name"],
            limit=j["effective_limit"],
            moment=when(j["next_run_at"]),
        )
        for j in upcoming
    ]
    st.warning("  \n".join([text, *lines]), icon=":material/savings:")
