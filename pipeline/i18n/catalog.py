"""Maintainers' helper: refresh a language's catalog from the source code.

    python -m pipeline.i18n.catalog ru     # adds new messages (untranslated) and lists what lacks a translation

Messages are the `tr(lang, "…")` calls in `agent/` and `ui/`, plus messages built at runtime (statuses, reasons,
labels), which live in the catalog already. Existing translations are kept.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

from pipeline.i18n import DOMAIN, LOCALES

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("agent", "ui")


def extracted() -> list[str]:
    """Every literal message of a `tr(lang, "…")` call in the sources."""
    found: list[str] = []
    for folder in SOURCES:
        path = ROOT / folder
        if not path.exists():
            continue
        for _file, _line, message, _comments, _context in extract_from_dir(
            str(path), keywords={"tr": (2,)}, method_map=[("**.py", "python")]
        ):
            if isinstance(message, str) and message not in found:
                found.append(message)
    return found


def refresh(lang: str) -> list[str]:
    """Add new messages to the language's catalog; returns the messages still without a translation."""
    path = LOCALES / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    if path.exists():
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=lang, domain=DOMAIN)
    else:
        catalog = Catalog(locale=lang, domain=DOMAIN, project="mirano")
    for message in extracted():
        if message not in catalog:
            catalog.add(message, "")
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        write_po(handle, catalog, width=0, sort_output=True)
    return [m.id for m in catalog if m.id and not m.string]


if __name__ == "__main__":
    for missing in refresh(sys.argv[1] if len(sys.argv) > 1 else "ru"):
        print(missing)
