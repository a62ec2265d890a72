"""A digest's fixed lines in a reader's language: the digest is stored as Markdown in English (pipeline/memory/
digest.py); its headings, counts and dates are catalog messages, the texts it quotes stay as written. Used by the
dashboard's Digests tab and by the assistant."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.i18n import tr

FOOTER = re.compile(r"^(\d+) new this week; (\d+) suggested action\(s\) await a decision\.$")
MONTH = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b")
# (pattern, template, the groups that are outside text: quoted by the caller, never translated)
DIGEST_LINES: tuple[tuple[re.Pattern[str], str, tuple[int, ...]], ...] = (
    (
        re.compile(r"^(#+ .+): week of (\d+ \w+ \d{4}) \(version (\d+)\)$"),
        "{0}: week of {1} (version {2})",
        (),
    ),
    (re.compile(r"^(#+) Activity$"), "{0} Activity", ()),
    (re.compile(r"^(#+) Commitments \((\d+)\)$"), "{0} Commitments ({1})", ()),
    (re.compile(r"^(#+) Risks \((\d+)\)$"), "{0} Risks ({1})", ()),
    (re.compile(r"^(#+) Awaiting review \(proposed\) \((\d+)\)$"), "{0} Awaiting review ({1})", ()),
    (re.compile(r"^- (\w+): (\d+) (\w+)\(s\)$"), "- {0}: {1} {2}(s)", ()),
    (re.compile(r"^- (.+) — due (.+)$"), "- {0} — due {1}", (0, 1)),
    (re.compile(r"^- … and (\d+) more$"), "- … and {0} more", ()),
    (re.compile(r"^- none$"), "- none", ()),
    (re.compile(r"^- no new activity$"), "- no new activity", ()),
    (FOOTER, "{0} new this week; {1} suggested actions await a decision.", ()),
)


def _same(text: str) -> str:
    return text


def _part(part: str, lang: str, vendor: Callable[[str], str]) -> str:
    """A word a fixed line carries: a vendor, an object type ("message"), a date ("30 Nov 2026")."""
    named = vendor(part)
    if named != part:
        return named
    return tr(lang, part) if part.isalpha() else MONTH.sub(lambda m: tr(lang, m.group(0)), part)


def digest_line(
    line: str, lang: str, vendor: Callable[[str], str] = _same, quote: Callable[[str], str] = _same
) -> str:
    """One line of a digest with its fixed words in `lang`; outside text (an item, a due date) through `quote`."""
    for pattern, template, outside in DIGEST_LINES:
        match = pattern.match(line)
        if match:
            parts = [
                quote(p) if i in outside else _part(p, lang, vendor) for i, p in enumerate(match.groups())
            ]
            return tr(lang, template).format(*parts)
    if line.startswith("- "):
        return "- " + quote(line[2:])  # an item: a commitment's or a risk's words, as written
    return line


def digest_text(
    content: str, lang: str, vendor: Callable[[str], str] = _same, quote: Callable[[str], str] = _same
) -> str:
    """The digest with its fixed lines (headings, counts, dates) in `lang`; the quoted texts as written."""
    if lang == "en" and quote is _same:
        return content
    return "\n".join(digest_line(line, lang, vendor, quote) for line in content.splitlines())
