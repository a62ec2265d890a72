"""A check's hand-over report (pipeline.checks.handover) as JSON, CSV or PDF, in English or Russian."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from pipeline.i18n import tr, translations
from pipeline.i18n.check_words import check_state, kind_label, source_label
from pipeline.i18n.risk_text import explanation, factor_title
from pipeline.reports.pdf import PdfDocument

FORMATS = ("pdf", "csv", "json")
CSV_COLUMNS = (
    "section",
    "fact_id",
    "level",
    "subject",
    "source",
    "type",
    "key",
    "value",
    "fetched_at",
    "evidence_id",
    "task_id",
    "provenance",
    "response_hash",
    "factor",
    "score",
    "explanation",
    "fact_ids",
)


def field(lang: str, name: str) -> str:
    """A fact value's field name in `lang` (the catalog's "fact" context), as is when it has none."""
    return name if lang == "en" else translations(lang).pgettext("fact", name)


def value_text(value: Any, lang: str) -> str:
    if isinstance(value, dict):
        return "; ".join(
            f"{field(lang, str(k))}: {value_text(v, lang)}" for k, v in value.items() if v is not None
        )
    if isinstance(value, list):
        return ", ".join(value_text(v, lang) for v in value)
    if isinstance(value, bool):
        return tr(lang, "yes") if value else tr(lang, "no")
    return "" if value is None else str(value)


def provenance(fact: dict[str, Any], lang: str) -> str:
    if fact.get("reused"):
        return tr(lang, "reused from check #{id}", id=fact.get("reused_from_job_id"))
    return tr(lang, "fetched by this check")


def to_json(report: dict[str, Any]) -> bytes:
    return (json.dumps(report, ensure_ascii=False, indent=2, default=str) + "\n").encode("utf-8")


def to_csv(report: dict[str, Any], lang: str) -> bytes:
    """One row per fact (section "fact") and per risk factor (section "risk_factor"), UTF-8 with a BOM for
    spreadsheets."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for f in report["facts"]:
        evidence = f.get("evidence") or {}
        writer.writerow(
            {
                "section": "fact",
                "fact_id": f.get("id"),
                "level": (f.get("subject") or {}).get("level"),
                "subject": (f.get("subject") or {}).get("name"),
                "source": source_label(str(f.get("source")), lang),
                "type": kind_label(str(f.get("type")), lang),
                "key": f.get("key"),
                "value": value_text(f.get("value"), lang),
                "fetched_at": f.get("fetched_at"),
                "evidence_id": evidence.get("id"),
                "task_id": evidence.get("task_id"),
                "provenance": provenance(f, lang),
                "response_hash": evidence.get("response_hash"),
            }
        )
    for factor in report["risk"]["factors"]:
        writer.writerow(
            {
                "section": "risk_factor",
                "factor": factor.get("factor"),
                "score": factor.get("score"),
                "explanation": factor.get("explanation"),
                "fact_ids": " ".join(str(i) for i in factor.get("fact_ids") or []),
            }
        )
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _header(doc: PdfDocument, report: dict[str, Any], lang: str) -> None:
    check, snapshot = report["check"], report["snapshot"]
    doc.heading(tr(lang, "Property check report"))
    doc.paragraph(check["address"], bold=True)
    frozen = (
        tr(lang, "snapshot #{id}, frozen {at}", id=snapshot["id"], at=snapshot["created_at"])
        if snapshot
        else tr(lang, "not frozen: the facts as stored at {at}", at=report["generated_at"])
    )
    doc.label_values(
        [
            (
                tr(lang, "Check"),
                f"#{check['id']} · {tr(lang, check['profile'])} · {check_state(check['status'], lang)}",
            ),
            (tr(lang, "Report"), frozen),
            (tr(lang, "Started"), check["created_at"] or "—"),
            (tr(lang, "Generated"), report["generated_at"]),
        ]
    )


def _risk(doc: PdfDocument, report: dict[str, Any], lang: str) -> None:
    risk = report["risk"]
    doc.heading(tr(lang, "Risk score {score}", score=f"{risk['score']:g}"), 2)
    if not risk["factors"]:
        doc.paragraph(tr(lang, "No risk factors."))
    for factor in risk["factors"]:
        facts = ", ".join(f"#{i}" for i in factor.get("fact_ids") or [])
        ids = dict.fromkeys(e["evidence_id"] for e in factor.get("evidence") or [] if e.get("evidence_id"))
        evidence = ", ".join(f"#{i}" for i in ids)
        title = factor_title(str(factor.get("factor")), lang)
        line = f"+{float(factor.get('score') or 0):g} {title}: {explanation(str(factor.get('explanation')), lang)}"
        line += " (" + tr(lang, "facts {facts}", facts=facts)
        line += ("; " + tr(lang, "evidence {ids}", ids=evidence) if evidence else "") + ")"
        doc.paragraph(line)


def _facts(doc: PdfDocument, report: dict[str, Any], lang: str) -> None:
    doc.heading(tr(lang, "Facts ({count})", count=len(report["facts"])), 2)
    headers = [tr(lang, "Fact"), tr(lang, "Source"), tr(lang, "Subject"), tr(lang, "Value")]
    headers += [tr(lang, "Evidence"), tr(lang, "Provenance")]
    rows = []
    for f in report["facts"]:
        evidence = f.get("evidence") or {}
        ev = tr(lang, "evidence #{id}", id=evidence.get("id")) if evidence.get("id") else "—"
        ev += "\n" + tr(lang, "task #{id}", id=evidence.get("task_id")) if evidence.get("task_id") else ""
        ev += f"\n{f.get('fetched_at') or ''}\nsha256 {str(evidence.get('response_hash') or '')[:16]}…"
        rows.append(
            [
                f"#{f.get('id')}\n{kind_label(str(f.get('type')), lang)}\n{f.get('key')}",
                source_label(str(f.get("source")), lang),
                str((f.get("subject") or {}).get("name") or ""),
                value_text(f.get("value"), lang),
                ev,
                provenance(f, lang),
            ]
        )
    doc.table(headers, rows, widths=(14, 15, 15, 24, 15, 17))  # a source's label whole on a line or two


def to_pdf(report: dict[str, Any], lang: str) -> bytes:
    doc = PdfDocument(tr(lang, "Property check report") + f" #{report['check']['id']}")
    _header(doc, report, lang)
    _risk(doc, report, lang)
    _facts(doc, report, lang)
    return doc.bytes()


def render(report: dict[str, Any], fmt: str, lang: str) -> bytes:
    """The report in one of FORMATS."""
    if fmt == "json":
        return to_json(report)
    if fmt == "csv":
        return to_csv(report, lang)
    return to_pdf(report, lang)
