"""The named subject: which job a question names when it does not use the job's name — by the lemmas of its words
(pymorphy3) against synonyms of what each job does («построение эмбеддингов» → memory.build, "prefetch" →
checks.prefetch, «дайджест» → memory.digest), and whether one word names several jobs (then the answer asks which).

The job's registered name and the phrases in `agent.tools.resolve.JOB_ALIASES` win; these synonyms are read only
when a question is about a job (its schedule, status, runs or cost) or asks for one to be run.
"""

from __future__ import annotations

from dataclasses import dataclass

from agent.offline.understanding.morphology import words


@dataclass(frozen=True)
class Synonyms:
    jobs: tuple[str, ...]
    stems: tuple[str, ...]  # prefixes of lemmas (Russian) or of words (English)
    why: str


JOB_SYNONYMS: tuple[Synonyms, ...] = (
    Synonyms(
        ("memory.build",),
        ("эмбеддинг", "embedding", "индекс", "index", "reindex", "faiss", "вектор", "vector"),
        "the build is the job that embeds text into the index",
    ),
    Synonyms(("memory.digest",), ("дайджест", "digest"), "the weekly digest is written by memory.digest"),
    Synonyms(
        ("memory.extract",),
        ("извлечение", "извлекать", "извлечься", "извлекаться", "extract"),
        "commitments and risks are extracted by memory.extract",
    ),
    Synonyms(
        ("memory.suggest",), ("suggestion", "подсказка"), "suggested actions are made by memory.suggest"
    ),
    Synonyms(
        ("checks.prefetch",),
        ("prefetch", "pre-fetch", "префетч", "предзагрузка", "предвыборка"),
        "fetching ahead of a check is checks.prefetch",
    ),
    Synonyms(
        ("checks.recheck",),
        ("re-check", "recheck", "перепроверка", "перепроверять"),
        "scheduled re-checks of key objects are checks.recheck",
    ),
    Synonyms(
        ("notices.deliver",),
        ("delivery", "deliver", "доставка", "рассылка"),
        "sending notices out is notices.deliver",
    ),
    Synonyms(
        ("notices.deliver", "notices.projects"),
        ("notice", "notification", "уведомление", "оповещение"),
        "two jobs handle notices: one notes project changes, one delivers; the word alone names both",
    ),
    Synonyms(("ingest.attio",), ("crm", "црм"), "the CRM is Attio"),
)


def jobs_named(text: str) -> list[str]:
    """The jobs a question's words name by synonym, in the order of the table (several when a word is ambiguous)."""
    said = [
        form for w in words(text) for form in (w.text, w.lemma)
    ]  # unknown words get odd lemmas: both count
    found: list[str] = []
    for row in JOB_SYNONYMS:
        if any(form.startswith(stem) for form in said for stem in row.stems):
            if len(row.jobs) > 1 and any(j in found for j in row.jobs):
                continue  # "notice delivery": the precise row already chose
            found += [j for j in row.jobs if j not in found]
    return found
