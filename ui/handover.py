"""Reports to download (a check's PDF, CSV, JSON; a digest's Markdown and PDF) and the erase controls (a check, a
person, a project). Erasing is an administrator's act: the controls sit folded under "Erase data", ask for a
confirmation, and the service layer refuses while a run holds the data. Who erased is the signed-in person, else
the local user (pipeline.people)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

import streamlit as st

from pipeline.service import erasure, exports
from ui.auth import signed_in_identity
from ui.components import readable
from ui.lang import lang, reason, t, t_in

FORMAT_LABELS = {"pdf": "PDF", "csv": "CSV", "json": "JSON", "md": "Markdown"}


def who() -> str | None:
    """The signed-in person; None lets the service name the local user."""
    return signed_in_identity()


def _download(column: Any, fmt: str, name: str, key: str, make: Callable[[], bytes]) -> None:
    """A download button whose file is written when pressed (not on every run of the page)."""
    column.download_button(
        t("Download {format}", format=FORMAT_LABELS[fmt]),
        data=make,
        file_name=name,
        mime=exports.MEDIA_TYPES[fmt],
        key=key,
        icon=":material/download:",
        on_click="ignore",
    )


def check_downloads(check: dict[str, Any]) -> None:
    """Download buttons for the check's report (latest snapshot, or the live facts, with evidence ids)."""
    chosen = lang()
    for column, fmt in zip(st.columns(3), ("pdf", "csv", "json"), strict=True):
        make = partial(_content, exports.check_report_file, check["id"], fmt, chosen)
        _download(
            column, fmt, exports.check_report_name(check["id"], fmt), f"report_{fmt}:{check['id']}", make
        )


def digest_downloads(slug: str, digest: dict[str, Any]) -> None:
    chosen = lang()
    for column, fmt in zip(st.columns(4), ("md", "pdf"), strict=False):
        make = partial(_content, exports.digest_file, slug, fmt, chosen, digest["id"])
        _download(column, fmt, exports.digest_name(slug, digest, fmt), f"digest_{fmt}:{digest['id']}", make)


def _content(write: Callable[..., tuple[str, bytes]], *args: Any) -> bytes:
    return write(*args)[1]


def erased_text(result: dict[str, Any]) -> str:
    counts = ", ".join(f"{t_in('erased', kind)}: {n}" for kind, n in result["counts"].items()) or t(
        "nothing was stored"
    )
    return t(
        "Erased. Audit #{id} by {who}: {counts}.", id=result["audit_id"], who=result["who"], counts=counts
    )


def _erase(call: Callable[..., dict[str, Any]], *args: Any) -> None:
    """Run an erasure and keep its outcome for the page's next run (the erased object is gone from it)."""
    try:
        st.session_state["erase_result"] = ("success", erased_text(call(*args, who=who())))
    except Exception as exc:  # noqa: BLE001 — the refusal or bad input, as a sentence
        text = reason(getattr(exc, "reason", None) or readable(exc))
        st.session_state["erase_result"] = ("error", t("Nothing was erased: {why}", why=text))


def _forget_typed_person(**kwargs: Any) -> dict[str, Any]:
    return erasure.forget_person(st.session_state.get("erase_person_name") or "", **kwargs)


def erase_outcome() -> None:
    """The last erasure's outcome (shown once, at the top of the page)."""
    kept = st.session_state.pop("erase_result", None)
    if kept:
        kind, text = kept
        (st.success if kind == "success" else st.error)(text)


def confirm_and_erase(
    key: str, label: str, warning: str, call: Callable[..., dict[str, Any]], *args: Any
) -> None:
    st.caption(warning)
    sure = st.checkbox(t("I understand this cannot be undone"), key=f"erase_sure:{key}")
    st.button(
        label,
        key=f"erase:{key}",
        type="primary",
        icon=":material/delete_forever:",
        disabled=not sure,
        on_click=_erase,
        args=(call, *args),
    )


def erase_check_control(check: dict[str, Any]) -> None:
    with st.expander(t("Erase data (administrators)"), icon=":material/shield_person:"):
        confirm_and_erase(
            f"check:{check['id']}",
            t("Erase check #{id}", id=check["id"]),
            t(
                "Removes this check, the facts and evidence it fetched, its snapshots, risk and notices; "
                "the audit keeps who, when and how many."
            ),
            erasure.forget_check,
            check["id"],
        )


def erase_person_control() -> None:
    with st.expander(t("Erase a person's data (administrators)"), icon=":material/person_remove:"):
        st.text_input(
            t("Full name, optionally with a birth date"),
            key="erase_person_name",
            placeholder="Иванов Пётр Сергеевич, 01.02.1980",
        )
        confirm_and_erase(
            "person",
            t("Erase everything about this person"),
            t(
                "Removes every fact, evidence, document, search entry, commitment, notice and assistant thread "
                "that names them; the audit keeps counts, not the name."
            ),
            _forget_typed_person,
        )


def erase_project_control(slug: str) -> None:
    with st.expander(t("Erase data (administrators)"), icon=":material/shield_person:"):
        confirm_and_erase(
            f"project:{slug}",
            t("Erase this project"),
            t(
                "Removes the project with its bindings, imported documents, chunks, vectors, commitments, risks, "
                "digests and actions; the audit keeps who, when and how many."
            ),
            erasure.forget_project,
            slug,
        )
