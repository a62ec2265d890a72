"""Which systems are demo or real and which model answers: shown on every page, so nobody mistakes demo data."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import streamlit as st

from pipeline.service import engine as service
from ui.components import demo_chip

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


def vendor_label(vendor: str, info: dict[str, Any]) -> str:
    """'Chatwoot :orange-badge[DEMO]' or 'Linear :red-badge[missing key]'."""
    mode = info["mode"]
    if mode == "demo":
        return f"{info['label']} {demo_chip()}"
    if mode == "real":
        return f"{info['label']} :green-badge[live]"
    return f"{info['label']} :red-badge[missing key]"


def job_is_demo(job: str) -> bool:
    vendor = JOB_VENDORS.get(job)
    return bool(vendor and modes()["vendors"][vendor]["mode"] == "demo")


def model_label(current: dict[str, Any] | None = None) -> str:
    current = current or modes()
    if current["llm"] == "offline":
        return ":gray-badge[offline model] deterministic, no LLM calls"
    return f":blue-badge[online model] {current['llm_model']}"


def sidebar() -> None:
    """The modes panel in the sidebar: vendors, missing keys and what they disable, the model, the storage."""
    current = modes()
    with st.sidebar:
        st.markdown("#### Connected systems")
        for vendor, info in current["vendors"].items():
            st.markdown(vendor_label(vendor, info))
            if info["mode"] not in ("demo", "real") and info["note"]:
                st.caption(info["note"].capitalize())
        servers = {urlsplit(i["url"]).netloc for i in current["vendors"].values() if i["mode"] == "demo"}
        if servers:
            st.caption(f"DEMO: bundled demo servers on {', '.join(sorted(servers))}; the data is made up.")
        st.markdown("#### Assistant and memory")
        st.markdown(model_label(current))
        if current["llm"] == "offline":
            st.caption("Set OPENAI_API_KEY to use an online model for the assistant and extraction.")
        st.caption(f"Embeddings: {current['embedder']} · database: {current['database']}")


def demo_notice() -> None:
    """One line at the top of a page when any system is a demo."""
    demo = [info["label"] for info in modes()["vendors"].values() if info["mode"] == "demo"]
    if demo:
        st.caption(
            f"{demo_chip()} {', '.join(demo)} run against bundled demo servers — the data is not real."
        )
