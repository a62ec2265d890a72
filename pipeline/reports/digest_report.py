"""A project's weekly digest to hand over: its Markdown in the reader's language, or a PDF of it."""

from __future__ import annotations

import re
from typing import Any

from pipeline.i18n import digest as i18n_digest
from pipeline.i18n import tr
from pipeline.reports.pdf import PdfDocument

FORMATS = ("md", "pdf")
VENDORS = {"chatwoot": "Chatwoot", "linear": "Linear", "attio": "Attio"}
_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_EMPHASIS = re.compile(r"(\*\*|__|`)")


def to_markdown(digest: dict[str, Any], lang: str) -> str:
    """The digest's Markdown with its fixed lines in `lang` and a line saying which version it is."""
    text = i18n_digest.digest_text(digest["content"], lang, vendor=lambda v: VENDORS.get(v, v))
    note = tr(
        lang,
        "Project {project}, digest version {version}, generated {at}.",
        project=digest["project"],
        version=digest["version"],
        at=str(digest["created_at"])[:16].replace("T", " "),
    )
    return f"{text}\n\n_{note}_\n"


def to_pdf(digest: dict[str, Any], lang: str) -> bytes:
    """The same Markdown laid out as a PDF: headings, bullet items and paragraphs."""
    markdown = to_markdown(digest, lang)
    doc = PdfDocument(tr(lang, "Weekly digest") + f" · {digest['project']}")
    for line in markdown.splitlines():
        plain = _EMPHASIS.sub("", line).strip().strip("_")
        heading = _HEADING.match(plain)
        if heading:
            doc.heading(heading.group(2), min(3, len(heading.group(1))))
        elif plain.startswith("- "):
            doc.paragraph("• " + plain[2:])
        elif plain:
            doc.paragraph(plain)
    return doc.bytes()


def render(digest: dict[str, Any], fmt: str, lang: str) -> bytes:
    return to_markdown(digest, lang).encode("utf-8") if fmt == "md" else to_pdf(digest, lang)
