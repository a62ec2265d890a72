"""Re-keying checks made before addresses were parsed (migration 0005): old `property` subjects become buildings/flats.

The old key sorted an address's words, so one old subject could hold several properties ("Ленина, д. 12, кв. 5"
and "Ленина, д. 5, кв. 12"). Each check is moved to the subject its own address names; each fact follows the
check that fetched it, to the level its source is about. Subjects merge only when their addresses parse to one
key (true duplicates); a fact present twice after a merge keeps its newest fetch. Evidence gets the hash of the
query a source is asked now, so fresh facts of a cleanly re-keyed property are still reused — but evidence of a
subject that held several properties is expired: what a source answered to an ambiguous key is not reused.
Checks whose address does not parse keep their old subject (level `property`) and are shown as they were.

Table shapes are declared here (not imported from the models) so the migration keeps working as models change.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from pipeline.checks.address import Address, AddressRefused, parse_address
from pipeline.checks.facts import params_hash
from pipeline.checks.levels import source_level
from pipeline.models.base import UTCDateTime

META = sa.MetaData()
SUBJECTS = sa.Table(
    "check_subjects",
    META,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("level", sa.String),
    sa.Column("key", sa.String),
    sa.Column("name", sa.String),
    sa.Column("attrs", sa.JSON),
    sa.Column("created_at", UTCDateTime()),
)
LINKS = sa.Table(
    "check_subject_links",
    META,
    sa.Column("property_id", sa.Integer),
    sa.Column("subject_id", sa.Integer),
    sa.Column("relation", sa.String),
)
JOBS = sa.Table(
    "search_jobs",
    META,
    sa.Column("id", sa.Integer),
    sa.Column("address", sa.Text),
    sa.Column("property_id", sa.Integer),
)
SNAPSHOTS = sa.Table(
    "fact_snapshots", META, sa.Column("job_id", sa.Integer), sa.Column("property_id", sa.Integer)
)
EVIDENCE = sa.Table(
    "check_evidence",
    META,
    sa.Column("id", sa.Integer),
    sa.Column("source", sa.String),
    sa.Column("params_hash", sa.String),
    sa.Column("job_id", sa.Integer),
    sa.Column("expires_at", UTCDateTime()),
)
FACTS = sa.Table(
    "check_facts",
    META,
    sa.Column("id", sa.Integer),
    sa.Column("subject_id", sa.Integer),
    sa.Column("source", sa.String),
    sa.Column("fact_type", sa.String),
    sa.Column("fact_key", sa.String),
    sa.Column("evidence_id", sa.Integer),
    sa.Column("params_hash", sa.String),
    sa.Column("fetched_at", UTCDateTime()),
)
JOB_SOURCES = sa.Table(
    "job_sources",
    META,
    sa.Column("job_id", sa.Integer),
    sa.Column("source", sa.String),
    sa.Column("params_hash", sa.String),
    sa.Column("reused_from_job_id", sa.Integer),
    sa.Column("reason", sa.Text),
    sa.Column("expires_at", UTCDateTime()),
)
TASKS = sa.Table(
    "search_tasks",
    META,
    sa.Column("id", sa.Integer),
    sa.Column("job_id", sa.Integer),
    sa.Column("source", sa.String),
    sa.Column("params", sa.JSON),
    sa.Column("params_hash", sa.String),
    sa.Column("status", sa.String),
    sa.Column("queue_task_id", sa.Integer),
)
QUEUE = sa.Table("tasks", META, sa.Column("id", sa.Integer), sa.Column("payload", sa.JSON))
RISK = sa.Table(
    "risk_factors",
    META,
    sa.Column("job_id", sa.Integer),
    sa.Column("factor", sa.String),
    sa.Column("fact_ids", sa.JSON),
)
LINK_LEVEL = {
    "owner": "flat"
}  # an owner belongs to the flat; developers, parties and results to the building


def _parsed(text: str) -> Address | None:
    try:
        return parse_address(text)
    except AddressRefused:
        return None


def _subject(conn: Connection, level: str, key: str, name: str, attrs: dict[str, Any]) -> int:
    found = conn.scalar(sa.select(SUBJECTS.c.id).where(SUBJECTS.c.level == level, SUBJECTS.c.key == key))
    if found is not None:
        return found
    values = {"level": level, "key": key, "name": name, "attrs": attrs, "created_at": datetime.now(UTC)}
    return conn.execute(SUBJECTS.insert().values(**values)).inserted_primary_key[0]  # type: ignore[index]


def _link(conn: Connection, owner: int, subject: int, relation: str) -> None:
    exists = conn.scalar(
        sa.select(LINKS.c.subject_id).where(LINKS.c.property_id == owner, LINKS.c.subject_id == subject)
    )
    if exists is None and owner != subject:
        conn.execute(LINKS.insert().values(property_id=owner, subject_id=subject, relation=relation))


def _targets(conn: Connection, address: Address, raw: str) -> dict[str, int]:
    """The new building (and flat) subject of one address: {"building": id, "flat": id}."""

    def attrs(level: str) -> dict[str, Any]:
        return {
            "address": raw,
            "canonical": address.text_at(level),
            "components": address.components(),
            "region": address.region_code,
        }

    building = _subject(conn, "building", address.building_key, address.building_address, attrs("building"))
    if not address.flat:
        return {"building": building, "flat": building}
    flat = _subject(conn, "flat", address.key, address.canonical, attrs("flat"))
    _link(conn, flat, building, "building")
    return {"building": building, "flat": flat}


def _move_fact(conn: Connection, fact: Any, target: int) -> None:
    """Move one fact to its new subject; when the target already has it, keep the newer and repoint risk factors."""
    twin = conn.execute(
        sa.select(FACTS.c.id, FACTS.c.fetched_at).where(
            FACTS.c.subject_id == target,
            FACTS.c.source == fact.source,
            FACTS.c.fact_type == fact.fact_type,
            FACTS.c.fact_key == fact.fact_key,
        )
    ).first()
    if twin is None:
        conn.execute(FACTS.update().where(FACTS.c.id == fact.id).values(subject_id=target))
        return
    keep, drop = (fact.id, twin.id) if fact.fetched_at > twin.fetched_at else (twin.id, fact.id)
    if keep == fact.id:
        conn.execute(FACTS.delete().where(FACTS.c.id == drop))
        conn.execute(FACTS.update().where(FACTS.c.id == keep).values(subject_id=target))
    else:
        conn.execute(FACTS.delete().where(FACTS.c.id == drop))
    for row in conn.execute(sa.select(RISK)).all():
        if drop in (row.fact_ids or []):
            ids = sorted({keep if i == drop else i for i in row.fact_ids})
            conn.execute(
                RISK.update()
                .where(RISK.c.job_id == row.job_id, RISK.c.factor == row.factor)
                .values(fact_ids=ids)
            )


def _rehash(conn: Connection, job_id: int, address: Address, ambiguous: bool) -> None:
    """Give the job's evidence, facts, sources and unfinished tasks the hash of the query sources are asked now."""
    now = datetime.now(UTC)
    for source in conn.scalars(sa.select(JOB_SOURCES.c.source).where(JOB_SOURCES.c.job_id == job_id)).all():
        params = {
            "address": address.text_at(source_level(source, address.level)),
            "region": address.region_code,
        }
        new = params_hash(params)
        conn.execute(
            JOB_SOURCES.update()
            .where(JOB_SOURCES.c.job_id == job_id, JOB_SOURCES.c.source == source)
            .values(params_hash=new)
        )
        evidence = [
            e
            for e in conn.scalars(
                sa.select(EVIDENCE.c.id).where(EVIDENCE.c.job_id == job_id, EVIDENCE.c.source == source)
            )
        ]
        if evidence:
            values: dict[str, Any] = {"params_hash": new} | ({"expires_at": now} if ambiguous else {})
            conn.execute(EVIDENCE.update().where(EVIDENCE.c.id.in_(evidence)).values(**values))
            conn.execute(FACTS.update().where(FACTS.c.evidence_id.in_(evidence)).values(params_hash=new))
        for task in conn.execute(
            sa.select(TASKS).where(
                TASKS.c.job_id == job_id, TASKS.c.source == source, TASKS.c.status.in_(("queued", "retrying"))
            )
        ).all():
            conn.execute(TASKS.update().where(TASKS.c.id == task.id).values(params=params, params_hash=new))
            if task.queue_task_id is not None:
                payload = (
                    conn.scalar(sa.select(QUEUE.c.payload).where(QUEUE.c.id == task.queue_task_id)) or {}
                )
                payload = {**payload, "params": params, "params_hash": new}
                conn.execute(QUEUE.update().where(QUEUE.c.id == task.queue_task_id).values(payload=payload))


def rekey_subjects(conn: Connection) -> dict[str, int]:
    """Re-key every old `property` subject; returns counts (moved checks, merged subjects, split ones, legacy left)."""
    summary = defaultdict(int)
    for old in conn.execute(sa.select(SUBJECTS).where(SUBJECTS.c.level == "property")).all():
        jobs = conn.execute(sa.select(JOBS.c.id, JOBS.c.address).where(JOBS.c.property_id == old.id)).all()
        parsed = {job.id: _parsed(job.address) for job in jobs}
        keys = {a.key for a in parsed.values() if a is not None}
        ambiguous = len(keys) > 1
        summary["split" if ambiguous else "rekeyed"] += 1 if keys else 0
        targets: dict[int, dict[str, int]] = {}
        for job in jobs:
            address = parsed[job.id]
            if address is None:
                summary["legacy_checks"] += 1
                continue
            targets[job.id] = _targets(conn, address, job.address)
            own = targets[job.id]["flat"]
            conn.execute(JOBS.update().where(JOBS.c.id == job.id).values(property_id=own))
            conn.execute(SNAPSHOTS.update().where(SNAPSHOTS.c.job_id == job.id).values(property_id=own))
            _rehash(conn, job.id, address, ambiguous)
            summary["moved_checks"] += 1
        _move_facts(conn, old.id, parsed, targets)
        _move_links(conn, old.id, parsed, targets)
        if ambiguous:
            _flag_cross_reuse(conn, targets)
        if all(a is not None for a in parsed.values()) and not _still_used(conn, old.id):
            conn.execute(SUBJECTS.delete().where(SUBJECTS.c.id == old.id))
    return dict(summary)


def _move_facts(
    conn: Connection, old: int, parsed: dict[int, Address | None], targets: dict[int, dict[str, int]]
) -> None:
    facts = conn.execute(
        sa.select(
            FACTS.c.id,
            FACTS.c.source,
            FACTS.c.fact_type,
            FACTS.c.fact_key,
            FACTS.c.fetched_at,
            EVIDENCE.c.job_id,
        )
        .join(EVIDENCE, EVIDENCE.c.id == FACTS.c.evidence_id)
        .where(FACTS.c.subject_id == old)
    ).all()
    for fact in facts:
        address, target = parsed.get(fact.job_id), targets.get(fact.job_id)
        if address is None or target is None:
            continue  # fetched by a check that was not moved: the fact stays with the old subject
        _move_fact(conn, fact, target[source_level(fact.source, address.level)])


def _move_links(
    conn: Connection, old: int, parsed: dict[int, Address | None], targets: dict[int, dict[str, int]]
) -> None:
    for link in conn.execute(sa.select(LINKS).where(LINKS.c.property_id == old)).all():
        for target in targets.values():
            _link(conn, target[LINK_LEVEL.get(link.relation, "building")], link.subject_id, link.relation)
    if targets and all(a is not None for a in parsed.values()):
        conn.execute(LINKS.delete().where(LINKS.c.property_id == old))


def _flag_cross_reuse(conn: Connection, targets: dict[int, dict[str, int]]) -> None:
    """A check that reused another property's facts under the old key says so, and its facts count as stale."""
    for job_id, target in targets.items():
        for row in conn.execute(
            sa.select(JOB_SOURCES).where(
                JOB_SOURCES.c.job_id == job_id, JOB_SOURCES.c.reused_from_job_id.is_not(None)
            )
        ).all():
            origin = targets.get(row.reused_from_job_id)
            if origin is None or origin["flat"] != target["flat"]:
                reason = (
                    f"reused facts of check #{row.reused_from_job_id}, another address under the old key; "
                    "re-keyed by migration 0005: re-check to fetch this property's own"
                )
                conn.execute(
                    JOB_SOURCES.update()
                    .where(JOB_SOURCES.c.job_id == job_id, JOB_SOURCES.c.source == row.source)
                    .values(reason=reason, expires_at=datetime.now(UTC))
                )


def _still_used(conn: Connection, subject: int) -> bool:
    checks = (
        sa.select(JOBS.c.id).where(JOBS.c.property_id == subject),
        sa.select(FACTS.c.id).where(FACTS.c.subject_id == subject),
        sa.select(SNAPSHOTS.c.job_id).where(SNAPSHOTS.c.property_id == subject),
        sa.select(LINKS.c.subject_id).where(LINKS.c.subject_id == subject),
    )
    return any(conn.scalar(query.limit(1)) is not None for query in checks)
