"""The words a reader sees for a property check's codes: its sources and its states, in English or Russian.

One lookup below the surfaces, so the dashboard, the CLI and the reports never print a source key ("court.developer")
or a state code ("IN_PROGRESS") where a person reads; only `--json` and the JSON report keep the keys.

    source_label("court.developer", "ru")                     # → "Суды застройщика"
    check_state("IN_PROGRESS", "en")                           # → "in progress"
    source_reason("updating: court.developer: waiting …", "en")  # → "updating: developer's court cases: waiting …"
"""

from __future__ import annotations

import re

from pipeline.i18n import reason_text, tr, tr_in

# Every source a check's profile can name (pipeline.checks.reuse.PROFILES), with its label (msgid = the English).
SOURCE_LABELS = {
    "court": "Court cases",
    "court.developer": "Developer's court cases",
    "enforcement": "Enforcement proceedings",
    "listings": "Listings",
    "reviews": "Developer reviews",
}
# What a fact is (Fact.fact_type), as people say it.
KIND_LABELS = {
    "court_case": "court case",
    "developer_status": "developer status",
    "enforcement_proceeding": "enforcement proceeding",
    "listing": "listing",
    "market_price": "market price",
    "review": "review",
    "no_records": "nothing found",
    "builds": "developer of the building",
    "cadastral_number": "cadastral number",
}
# A check's states (SearchJob.status) as English words; Russian in the catalog's "check state" context.
CHECK_STATES = {
    "CREATED": "created",
    "IN_PROGRESS": "in progress",
    "PARTIAL": "partial",
    "COMPLETED": "completed",
    "FAILED": "failed",
    "CANCELLED": "cancelled",
}
# How a check has a source's facts (JobSource.mode), as the reuse column says it; a fetch by its outcome so far.
MODE_WORDS = {
    "fetched": "fetched",
    "reused": "reused",
    "waiting": "waits for another source",
    "skipped": "skipped",
}
FETCH_WORDS = {"completed": "fetched", "failed": "not fetched", "cancelled": "not fetched"}
# A source's or a task's states (JobSource.status, SearchTask.status, the queue's): words already, said in Russian in
# the "source state" context (impersonal forms that fit any source: «не удалось», not a run's «упал»).
SOURCE_STATES = (
    "pending",
    "queued",
    "running",
    "retrying",
    "waiting",
    "completed",
    "failed",
    "cancelled",
    "dead",
)

# A source key where a reason names it: at the start of the reason or of one of its parts, before ": ", "; ", ", ",
# " (" or the end ("updating: court.developer: waiting for listings to name the developer" names one source, and
# "listings" in "waiting for listings" is a word of the sentence, not a key).
_KEY_IN_REASON = re.compile(
    r"(?:^|(?<=: )|(?<=; )|(?<=, ))("
    + "|".join(re.escape(k) for k in sorted(SOURCE_LABELS, key=len, reverse=True))
    + r")(?=$|: |; |, |;|,| \()"
)


def source_label(source: str, lang: str) -> str:
    """The source as people call it ("Developer's court cases", «Суды застройщика»); an unknown key, capitalised."""
    label = SOURCE_LABELS.get(source)
    return tr(lang, label) if label else source.replace("_", " ").capitalize()


def kind_label(kind: str, lang: str) -> str:
    """A fact's kind as people say it ("court case", «судебное дело»); an unknown kind, its words."""
    return tr(lang, KIND_LABELS[kind]) if kind in KIND_LABELS else kind.replace("_", " ")


def check_state(status: str | None, lang: str) -> str:
    """A check's state as a word ("partial", «частичная»), never the stored code."""
    if not status:
        return ""
    word = CHECK_STATES.get(status)
    if word is None:
        return source_state(status, lang)
    return tr_in(lang, "check state", word)


def source_state(status: str | None, lang: str) -> str:
    """A source's or a task's state as a word ("waiting", «ждёт»)."""
    if not status:
        return ""
    if status in CHECK_STATES:
        return check_state(status, lang)
    return tr_in(lang, "source state", status) if status in SOURCE_STATES else status.replace("_", " ")


def mode_word(mode: str | None, lang: str, status: str | None = None) -> str:
    """How the check has a source's facts ("waits for another source", «ждёт другой источник»); a fetch says how it
    stands ("fetching" while its task runs, "not fetched" once it failed or was cancelled)."""
    if mode == "fetched" and status is not None:
        return tr(lang, FETCH_WORDS.get(status, "fetching"))
    return tr(lang, MODE_WORDS[mode]) if mode in MODE_WORDS else (mode or "")


def source_reason(text: str | None, lang: str) -> str:
    """A stored check reason in `lang`, with the sources it names said by their labels, lower case inside the
    sentence ("failed: developer reviews: source unavailable (HTTP 503)"). Russian comes from the reasons'
    catalog, which names the sources itself («суды застройщика: …»); a key it leaves (a list of sources inside a
    template's value) gets its label too. Other text is left as it is."""
    if not text:
        return ""
    read = reason_text(text, lang)
    return _KEY_IN_REASON.sub(lambda m: _in_sentence(source_label(m.group(1), lang)), read)


def _in_sentence(label: str) -> str:
    return label[:1].lower() + label[1:]
