"""Subjects, facts and evidence: a re-fetch that yields the same fact refreshes it, never duplicates it."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Insert, and_, bindparam, or_, select
from sqlalchemy.orm import Bundle, Session

from pipeline import dialect
from pipeline.checks.levels import SOURCE_LEVELS
from pipeline.config import get_settings
from pipeline.models.checks import Evidence, Fact, SearchJob, Subject, SubjectLink
from pipeline.sources import FactRecord, SubjectRef

# (fact, subject, evidence): read-only rows with the columns of Fact, Subject and Evidence, for reports and scores.
FactRow = tuple[Any, Any, Any]


def digest(value: Any) -> str:
    """A stable SHA-256 of a JSON-able value."""
    return hashlib.sha256(json.dumps(value, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def params_hash(params: dict[str, Any]) -> str:
    """The short hash of normalized query parameters (what "the parameters match" compares)."""
    return digest(params)[:16]


def _insert_ignore(s: Session, model: type, row: dict[str, Any], keys: list[str]) -> None:
    """Insert unless a row with the same unique `keys` exists (safe against a concurrent insert)."""
    s.execute(dialect.insert_or_ignore(model, keys, s).values(**row))


def upsert_subject(s: Session, ref: SubjectRef) -> int:
    """The id of the subject (level, key), created on first sight."""
    found = s.scalar(_SUBJECT_ID, {"level": ref.level, "key": ref.key})
    if found is not None:
        return found
    _insert_ignore(
        s,
        Subject,
        {"level": ref.level, "key": ref.key, "name": ref.name, "attrs": ref.attrs or {}},
        ["level", "key"],
    )
    return s.scalar(_SUBJECT_ID, {"level": ref.level, "key": ref.key})  # type: ignore[return-value]


def link_subject(s: Session, property_id: int, subject_id: int, relation: str) -> None:
    if subject_id != property_id:
        _insert_ignore(
            s,
            SubjectLink,
            {"property_id": property_id, "subject_id": subject_id, "relation": relation},
            ["property_id", "subject_id"],
        )


def save_facts(s: Session, property_id: int, evidence: Evidence, records: list[FactRecord]) -> set[str]:
    """Store a fetch's facts against its evidence; facts of the same query not seen again are retracted.

    Returns the fact types this fetch touched (new, changed or retracted), which is what the risk engine recomputes.
    One read finds both the stored facts these records name and those this query showed before.
    """
    # By identity (subject, type, key): a fact named twice in one answer keeps its last value.
    named: dict[tuple[int, str, str], FactRecord] = {}
    for record in records:
        if record.subject.relation == "self":  # about the building or flat the task asked for
            subject_id = property_id
        else:
            subject_id = upsert_subject(s, record.subject)
            link_subject(s, property_id, subject_id, record.subject.relation)
        named[(subject_id, record.fact_type, record.fact_key)] = record
    stored = list(
        s.scalars(
            _STORED,
            {
                "source": evidence.source,
                "params_hash": evidence.params_hash,
                "subjects": sorted({sid for sid, _, _ in named}),
                "keys": sorted({key for _, _, key in named}),
            },
        )
    )
    retractable = [f for f in stored if f.params_hash == evidence.params_hash and f.active]
    found = {(f.subject_id, f.fact_type, f.fact_key): f for f in stored}
    touched: set[str] = set()
    seen: set[int] = set()
    for identity, record in named.items():
        fact_id, changed = _upsert_fact(s, identity, found.get(identity), record, evidence)
        seen.add(fact_id)
        if changed:
            touched.add(record.fact_type)
    for fact in retractable:
        if fact.id not in seen:
            fact.active, fact.changed_at = False, evidence.fetched_at
            touched.add(fact.fact_type)
    s.flush()
    return touched


def _upsert_fact(
    s: Session, identity: tuple[int, str, str], fact: Fact | None, record: FactRecord, evidence: Evidence
) -> tuple[int, bool]:
    """Insert or refresh one fact (`fact`: the stored one, if any); returns (its id, whether its value is new or
    changed)."""
    value_hash, now = digest(record.value), evidence.fetched_at
    if fact is None:
        subject_id, fact_type, fact_key = identity
        inserted = s.scalar(
            _fact_insert(s),
            {
                "subject_id": subject_id,
                "source": evidence.source,
                "fact_type": fact_type,
                "fact_key": fact_key,
                "value": record.value,
                "value_hash": value_hash,
                "params_hash": evidence.params_hash,
                "evidence_id": evidence.id,
                "active": True,
                "first_seen_at": now,
                "fetched_at": now,
                "changed_at": now,
            },
        )
        if inserted is not None:
            return inserted, True
        # another transaction stored it since our read (PostgreSQL): refresh theirs
        fact = s.scalar(
            select(Fact).where(
                Fact.subject_id == subject_id,
                Fact.source == evidence.source,
                Fact.fact_type == fact_type,
                Fact.fact_key == fact_key,
            )
        )
        assert fact is not None
    changed = fact.value_hash != value_hash or not fact.active
    if changed:
        fact.value, fact.value_hash, fact.changed_at = record.value, value_hash, now
    fact.active, fact.fetched_at, fact.evidence_id, fact.params_hash = (
        True,
        now,
        evidence.id,
        evidence.params_hash,
    )
    return fact.id, changed


def subject_ids(s: Session, property_id: int) -> list[int]:
    """The property and every subject linked to it (its developer, its owner, parties)."""
    linked = s.scalars(_LINKED, {"property": property_id})
    return [property_id, *linked]


def level_subject_ids(s: Session, property_id: int) -> dict[str, list[int]]:
    """The subjects a check sees per level: its building's picture, and its flat's (the building's for a house)."""
    links = s.execute(_LINKS, {"property": property_id}).all()
    building = next((sid for sid, relation in links if relation == "building"), None)
    own = [property_id, *(sid for sid, relation in links if relation != "building")]
    if building is None:
        return {"building": own, "flat": own}
    return {"building": subject_ids(s, building), "flat": own}


def job_facts(s: Session, job: SearchJob, types: set[str] | None = None) -> list[FactRow]:
    """The active facts a job's report shows: per source, about the subjects at that source's level.

    A flat's check sees its building's listings and developer, and only its own flat's enforcement facts.
    """
    return property_facts(s, job.property_id, job.sources, types)


def property_facts(
    s: Session, property_id: int, sources: Iterable[str], types: set[str] | None = None
) -> list[FactRow]:
    """The active facts stored for a property from these sources, whichever check fetched them (see job_facts)."""
    ids = level_subject_ids(s, property_id)
    wanted = list(sources)
    params: dict[str, Any] = {}
    for level in ("building", "flat"):
        at_level = [x for x in wanted if SOURCE_LEVELS.get(x, "flat") == level]
        params[f"{level}_sources"], params[f"{level}_ids"] = at_level, ids[level] if at_level else []
    if types is not None:
        params["types"] = sorted(types)
    return [tuple(row) for row in s.execute(_FACTS if types is None else _FACTS_OF_TYPES, params)]  # type: ignore[misc]


def latest_evidence(s: Session, source: str, query_hash: str) -> Evidence | None:
    """The newest successful fetch for these query parameters."""
    return s.scalar(_LATEST_EVIDENCE, {"source": source, "params_hash": query_hash})


def is_fresh(evidence: Evidence | None, now: datetime) -> bool:
    """Within its TTL, and fetched in the past: a `fetched_at` ahead of the shared clock (beyond the skew bound)
    came from a clock that ran ahead, so nothing is known about how fresh it really is."""
    if evidence is None or evidence.expires_at <= now:
        return False
    return evidence.fetched_at <= now + timedelta(seconds=get_settings().clock_skew_seconds)


# Statements built once: each runs for every check opened or every fetch stored.
def _in(name: str) -> Any:
    return bindparam(name, expanding=True)


_SUBJECT_ID = select(Subject.id).where(Subject.level == bindparam("level"), Subject.key == bindparam("key"))
_LINKED = select(SubjectLink.subject_id).where(SubjectLink.property_id == bindparam("property"))
_LINKS = select(SubjectLink.subject_id, SubjectLink.relation).where(
    SubjectLink.property_id == bindparam("property")
)
# The stored facts a fetch names, and those its query showed before (which it retracts unless named again).
_STORED = select(Fact).where(
    Fact.source == bindparam("source"),
    or_(
        and_(Fact.params_hash == bindparam("params_hash"), Fact.active.is_(True)),
        and_(Fact.subject_id.in_(_in("subjects")), Fact.fact_key.in_(_in("keys"))),
    ),
)
# Read-only views of the three rows (column bundles, no ORM objects): every report, risk score and snapshot reads them.
_FACTS = (
    select(
        Bundle("fact", *Fact.__table__.c),
        Bundle("subject", *Subject.__table__.c),
        Bundle("evidence", *Evidence.__table__.c),
    )
    .select_from(Fact)
    .join(Subject, Subject.id == Fact.subject_id)
    .join(Evidence, Evidence.id == Fact.evidence_id)
    .where(
        or_(
            *(
                and_(Fact.source.in_(_in(f"{level}_sources")), Fact.subject_id.in_(_in(f"{level}_ids")))
                for level in ("building", "flat")
            )
        ),
        Fact.active.is_(True),
    )
    .order_by(Fact.source, Fact.fact_type, Fact.fact_key)
)
_FACTS_OF_TYPES = _FACTS.where(Fact.fact_type.in_(_in("types")))
_LATEST_EVIDENCE = (
    select(Evidence)
    .where(Evidence.source == bindparam("source"), Evidence.params_hash == bindparam("params_hash"))
    .order_by(Evidence.fetched_at.desc(), Evidence.id.desc())
    .limit(1)
)
_FACT_INSERTS: dict[str, Insert] = {}


def _fact_insert(s: Session) -> Insert:
    """INSERT … ON CONFLICT DO NOTHING RETURNING id of one fact, for this session's dialect (built once each)."""
    name = s.get_bind().dialect.name
    if name not in _FACT_INSERTS:
        _FACT_INSERTS[name] = dialect.insert_or_ignore(
            Fact, ["subject_id", "source", "fact_type", "fact_key"], s
        ).returning(Fact.id)
    return _FACT_INSERTS[name]
