"""What a word of Mirano's or a job means ("what is a snapshot?", «что такое дайджест», "waht is memroy.build
for??", "the difference between a check and a snapshot"): the question's frame, then only the words asked about —
never a lookup put as "what is the status of …". The answer comes from the `explain` tool's glossary."""

from __future__ import annotations

import re

from agent.offline.understanding.entities import Entities

# what a word or a job means: the frame, then only what is asked about
EXPLAIN = re.compile(
    r"^\W*(?:(?:and|so|hi|hey|ok|а|и|ну)\W+)?(?:what(?:'s|\s+is|\s+are|\s+does|\s+do)?|whats|waht(?:'s|\s+is)?"
    r"|wat\s+is|what\s+do\s+you\s+mean\s+by|explain|что\s+такое|что\s+значит|что\s+означает|что\s+это\s+за"
    r"|объясни\w*|для\s+чего(?:\s+нуж\w+)?|зачем(?:\s+нуж\w+)?"
    # «что делает задание memory.extract», «чем занимается сборка»: what a job is for (not «что делает сейчас …»)
    r"|что\s+(?:вообще\s+)?делает|чем\s+(?:вообще\s+)?занимается)\s+(?P<rest>.+)$",
    re.I,
)
EXPLAIN_TAIL = re.compile(
    r"^(?:a|an|the|this|that|такое|это|мне)\s+|\s+(?:even\s+|actually\s+|really\s+)?(?:for|mean|means|do|does|stand for|is|are|означает|значит|это"
    r"|нужен|нужна|нужно|нужны|делает|такое|(?:used|needed|good) for(?: here| in mirano)?|here)\W*$"
    r"|,?\s+(?:in (?:a|one) (?:sentence|word|nutshell)|in short|briefly|simply|коротко|вкратце|простыми словами)\W*$",
    re.I,
)
DIFFERENCE = re.compile(
    r"difference between|differ(?:s|ence)? (?:from|between)|how (?:is|are|do|does) .{1,40} differ"
    r"|(?<!\w)чем\s.{0,40}отлича|отлича\w* от|в ч[её]м разница|разница между",
    re.I,
)


# A source's freshness asked as such ("the TTL of listings", «срок свежести судов»): the glossary's TTLs
TTL_ASKED = re.compile(
    r"\bttls?\b|\bfreshness\b|срок\w* (?:свежести|жизни|годности)"
    # "how long do court facts stay fresh?", «на сколько дней хватает свежести …»: the sources' TTLs
    r"|how long\b.{0,40}\b(?:stay|stays|remain|remains|kept|keep|considered)\s+(?:fresh|valid|current)"
    r"|(?:на )?сколько (?:дней|времени|суток)\b.{0,40}(?:свеж|актуальн|годн)|хватает свежести",
    re.I,
)


def explained(question: str, found: Entities) -> bool:
    """ "What is a snapshot?", "waht is memroy.build for??", «что такое дайджест», "difference between a check and
    a snapshot": the words or the job asked about, and nothing else (not "what is the risk score of …")."""
    from agent.tools.glossary import terms_in

    named = found.check_id is not None or found.run_id is not None or found.snapshot_ids or found.address
    if DIFFERENCE.search(question) and not named:  # «чем снимок проверки 2 отличается…»: those snapshots
        found.terms = terms_in(question)[:3]
        return bool(found.terms)
    if TTL_ASKED.search(question) and not named:  # "what is the TTL of listings facts?": each source's TTL
        found.terms = ["freshness"]
        return True
    asked = EXPLAIN.match(question.strip())
    if not asked:
        return False
    if re.match(r"(?:in|inside|within)\s", asked.group("rest"), re.I):
        return False  # "what's in the digest?": what it holds, not what the word means
    rest = EXPLAIN_TAIL.sub("", asked.group("rest")).strip(" ?!.")
    if not rest or len(rest.split()) > 3 or not all(_names_a_term(w) for w in re.findall(r"[\w.-]+", rest)):
        return False  # "what is the status of check 4": a lookup, not a word to explain
    jobs = found.jobs or found.soft_jobs
    found.terms = [jobs[0]] if len(jobs) == 1 else terms_in(rest)[:2]
    return bool(found.terms)


FILLER = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "job",
        "задание",
        "задача",
        "mode",
        "режим",
        "мирано",
        "mirano",
        "in",
        "у",
        "в",
        "key",  # "the OpenAI key", «ключ openai»: the glossary's term is the key as a whole
        "ключ",
        "api",
        "openai",
    ]
)


def _names_a_term(said: str) -> bool:
    """A word of an explain question that is filler, a glossary term's or names a job (its name, even mistyped)."""
    from agent.offline.understanding.subjects import jobs_named
    from agent.tools.glossary import terms_in
    from agent.tools.resolve import jobs_in

    lowered = said.lower()
    return bool(
        lowered in FILLER or terms_in(lowered) or jobs_in(lowered) or jobs_named(lowered) or "." in lowered
    )
