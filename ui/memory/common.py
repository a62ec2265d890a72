"""What every tab of the memory page shares: vendor labels, the flash a click leaves, who acts, filters."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from pipeline.engine.exceptions import MiranoError
from ui.auth import signed_in_identity
from ui.components import readable
from ui.lang import reason, t
from ui.modes import modes, vendor_label

VENDORS = ("chatwoot", "linear", "attio")


DISABLED_WITHOUT_KEY = {
    "chatwoot": "conversations are not synced",
    "linear": "issues are not synced and suggested Linear issues cannot be applied",
    "attio": "records and notes are not synced and suggested Attio notes cannot be applied",
}


def filter_control(
    labels: dict[str, str], count: Callable[[str], int], default: str, key: str, cleared: str
) -> str:
    """'Show: Open (3) · Active (2) · …' — a segmented filter with a count per option; `cleared` when none is picked."""
    counts = {option: count(option) for option in labels}
    return (
        st.segmented_control(
            t("Show"),
            list(labels),
            format_func=lambda option: f"{t(labels[option])} ({counts[option]})",
            default=default,
            key=key,
        )
        or cleared
    )


def why(exc: BaseException) -> str:
    """The reason our own errors carry, as written; anything else as `readable` puts it."""
    return reason((exc.reason if isinstance(exc, MiranoError) else "") or readable(exc))


def flash(key: str, kind: str, text: str) -> None:
    st.session_state[f"memory_flash:{key}"] = (kind, text)


def show_flash(key: str) -> None:
    """Show once what the last click here did (or why it did nothing)."""
    message = st.session_state.pop(f"memory_flash:{key}", None)
    if message:
        getattr(st, message[0])(message[1])


def actor() -> str:
    """Who acts, for the audit log: the signed-in identity (st.login) when there is one, else the typed name."""

    return signed_in_identity() or str(st.session_state.get("memory_actor") or "").strip()


def keep_actor() -> None:
    """Widget values vanish when another page opens; the name is kept under a key of its own."""
    st.session_state["memory_actor_kept"] = st.session_state.get("memory_actor", "")


def source_label(source: str) -> str:
    """'Chatwoot :orange-badge[DEMO]', 'Linear :green-badge[live]' or 'Attio :red-badge[missing key]'."""
    info = modes()["vendors"].get(source)
    return vendor_label(source, info) if info else source.capitalize()


def source_name(source: str) -> str:
    info = modes()["vendors"].get(source)
    return info["label"] if info else source.capitalize()


# MIRANO_EMBEDDER's values, in words (the value itself shows in the sidebar's settings line)
EMBEDDERS = {
    "local": "the packaged multilingual model",
    "hash": "word hashes (for tests)",
    "openai": "OpenAI embeddings",
}


def mode_lines() -> None:
    """Which systems the memory talks to and which model reads it; missing keys with what they disable."""
    current = modes()
    vendors = " · ".join(vendor_label(v, current["vendors"][v]) for v in VENDORS)
    model = (
        f":gray-badge[{t('offline model')}] {t('deterministic extraction and digests, no LLM calls')}"
        if current["llm"] == "offline"
        else f":blue-badge[{t('online model')}] {current['llm_model']}"
    )
    embedder = t(EMBEDDERS[current["embedder"]]) if current["embedder"] in EMBEDDERS else current["embedder"]
    st.markdown(f"{vendors} · {model} · " + t("embeddings **{embedder}**", embedder=embedder))
    for vendor in VENDORS:
        if current["vendors"][vendor]["mode"] == "missing key":
            st.warning(
                t(
                    "{vendor} has no API key: {what}.",
                    vendor=source_name(vendor),
                    what=t(DISABLED_WITHOUT_KEY[vendor]),
                ),
                icon=":material/key_off:",
            )


def short(text: str | None, width: int = 90) -> str:
    flat = " ".join((text or "").split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
