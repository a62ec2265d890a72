"""The risk engine: a score from named factors, each pointing at its facts, recomputed per touched fact type."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

from sqlalchemy import bindparam, or_, select
from sqlalchemy.orm import Session

from pipeline.checks.facts import FactRow, job_facts
from pipeline.engine import clock
from pipeline.models.checks import RiskFactor, SearchJob, SubjectLink

Rows = list[FactRow]
Assessment = tuple[float, str, list[int]]  # score, explanation, fact ids
BELOW_MARKET = 0.7  # a listing under 70% of the district's median price per m² is suspicious
BAD_RATING = 3.0


def _ru(amount: float) -> str:
    """A whole number as Russian writes it: 213 333 (a space between thousands, where English writes a comma)."""
    return f"{amount:,.0f}".replace(",", " ")


@dataclass(frozen=True)
class Factor:
    name: str
    inputs: frozenset[str]  # the fact types this factor reads: only these trigger a recompute
    assess: Callable[[Rows], Assessment | None]


def _developer_bankrupt(rows: Rows) -> Assessment | None:
    hits = [(f, subj) for f, subj, _ in rows if f.value.get("bankruptcy") or f.value.get("bankrupt")]
    if not hits:
        return None
    names = sorted({subj.name for _, subj in hits})
    return (
        40.0,
        (
            f"Застройщик в банкротстве: {', '.join(names)} (фактов: {len(hits)}) / developer in bankruptcy: "
            f"{', '.join(names)} ({len(hits)} facts)"
        ),
        [f.id for f, _ in hits],
    )


def _active_enforcement(rows: Rows) -> Assessment | None:
    active = [(f, subj) for f, subj, _ in rows if f.value.get("active")]
    if not active:
        return None
    total = sum(float(f.value.get("amount") or 0) for f, _ in active)
    names = sorted({subj.name for _, subj in active})
    score = min(30.0, 15.0 + 5.0 * (len(active) - 1))
    return (
        score,
        (
            f"Активные исполнительные производства: {len(active)} на {_ru(total)} ₽ против "
            f"{', '.join(names)} / active enforcement proceedings: {len(active)} for {total:,.0f} ₽ against "
            f"{', '.join(names)}"
        ),
        [f.id for f, _ in active],
    )


def fact_level(subject: Any) -> str:
    """The level a fact belongs to: the developer's or a person's (shared by all their properties), else the
    building's or flat's it was found for."""
    level = getattr(subject, "level", None)
    return level if level in ("developer", "person", "flat") else "building"


COURT_LEVELS = {
    "developer": ("застройщик", "developer"),
    "person": ("лицо", "person"),
    "flat": ("квартира", "flat"),
}


def _court_cases(rows: Rows) -> Assessment | None:
    cases = [(f, fact_level(subj)) for f, subj, _ in rows if not f.value.get("bankruptcy")]
    if not cases:
        return None
    levels = {level: COURT_LEVELS.get(level, ("дом", "building")) for _, level in cases}
    numbers = ", ".join(f"{f.fact_key} ({levels[level][0]})" for f, level in cases)
    en_numbers = ", ".join(f"{f.fact_key} ({levels[level][1]})" for f, level in cases)
    return (
        min(20.0, 10.0 * len(cases)),
        f"Дела, где ответчик — застройщик или собственник: {numbers} / court cases with the developer or an "
        f"owner as defendant: {en_numbers}",
        [f.id for f, _ in cases],
    )


def _price_below_market(rows: Rows) -> Assessment | None:
    markets = [f for f, _, _ in rows if f.fact_type == "market_price"]
    if not markets:
        return None
    median = float(markets[0].value.get("median_price_per_m2") or 0)
    cheap = [
        f
        for f, _, _ in rows
        if f.fact_type == "listing" and float(f.value.get("price_per_m2") or 0) < BELOW_MARKET * median
    ]
    if not cheap:
        return None
    lowest = min(float(f.value["price_per_m2"]) for f in cheap)
    return (
        20.0,
        (
            f"Цена ниже рынка: {_ru(lowest)} ₽/м² при медиане {_ru(median)} ₽/м² ({lowest / median:.0%}) / "
            f"price far below market: {lowest:,.0f} ₽/m² against a median of {median:,.0f} ₽/m² "
            f"({lowest / median:.0%})"
        ),
        [f.id for f in cheap] + [markets[0].id],
    )


def _bad_reviews(rows: Rows) -> Assessment | None:
    reviews = [f for f, _, _ in rows]
    if len(reviews) < 2:
        return None
    average = sum(float(f.value.get("rating") or 0) for f in reviews) / len(reviews)
    if average >= BAD_RATING:
        return None
    return (
        10.0,
        f"Плохие отзывы о застройщике: средняя оценка {average:.1f} из 5 / bad reviews of the developer: "
        f"average rating {average:.1f} of 5",
        [f.id for f in reviews],
    )


FACTORS: tuple[Factor, ...] = (
    Factor("developer_bankrupt", frozenset({"court_case", "developer_status"}), _developer_bankrupt),
    Factor("active_enforcement", frozenset({"enforcement_proceeding"}), _active_enforcement),
    Factor("court_cases_as_defendant", frozenset({"court_case"}), _court_cases),
    Factor("price_below_market", frozenset({"listing", "market_price"}), _price_below_market),
    Factor("bad_reviews", frozenset({"review"}), _bad_reviews),
)


def recompute(s: Session, job: SearchJob, touched: set[str] | None = None) -> list[str]:
    """Recompute the factors whose inputs include a touched fact type (all when None); returns their names."""
    factors = [f for f in FACTORS if touched is None or f.inputs & touched]
    if not factors:
        return []
    types = set().union(*(f.inputs for f in factors))
    rows = job_facts(s, job, types)
    now = clock.now()
    existing = {r.factor: r for r in s.scalars(_FACTORS_OF, {"job": job.id})}
    for factor in factors:
        assessment = factor.assess([r for r in rows if r[0].fact_type in factor.inputs])
        row = existing.get(factor.name)
        if assessment is None:
            if row is not None:
                s.delete(existing.pop(factor.name))
            continue
        score, explanation, fact_ids = assessment
        if row is None:
            row = existing[factor.name] = RiskFactor(job_id=job.id, factor=factor.name)
            s.add(row)
        if (row.score, row.explanation, row.fact_ids) != (score, explanation, sorted(fact_ids)):
            row.score, row.explanation, row.fact_ids, row.updated_at = (
                score,
                explanation,
                sorted(fact_ids),
                now,
            )
    s.flush()
    job.risk_score = min(100.0, float(sum(r.score for r in existing.values())))
    return [f.name for f in factors]


_FACTORS_OF = select(RiskFactor).where(RiskFactor.job_id == bindparam("job"))


def assess(s: Session, job: SearchJob) -> dict[str, Assessment]:
    """The factors from scratch over every fact in the check's scope, nothing written: what the incremental path
    (`recompute` per touched type) must always equal."""
    rows = job_facts(s, job)
    found = {}
    for factor in FACTORS:
        assessment = factor.assess([r for r in rows if r[0].fact_type in factor.inputs])
        if assessment is not None:
            score, explanation, fact_ids = assessment
            found[factor.name] = (score, explanation, sorted(fact_ids))
    return found


def follow_change(s: Session, subject_id: int, types: set[str], skip: set[int]) -> int:
    """Recompute, over the changed fact types, every other check that shows facts of this subject: the property
    itself, the properties linked to it (a developer's buildings, an owner's flats) and those buildings' flats."""
    jobs = [j for j in s.scalars(_JOBS_SEEING, {"subject": subject_id}) if j.id not in skip]
    for job in jobs:
        recompute(s, job, types)
    return len(jobs)


# One statement per stored fetch: the checks of the subject, of what links to it, and of those buildings' flats.
_linkers = select(SubjectLink.property_id).where(SubjectLink.subject_id == bindparam("subject"))
_JOBS_SEEING = select(SearchJob).where(
    or_(
        SearchJob.property_id == bindparam("subject"),
        SearchJob.property_id.in_(_linkers),
        SearchJob.property_id.in_(
            select(SubjectLink.property_id).where(
                SubjectLink.relation == "building", SubjectLink.subject_id.in_(_linkers)
            )
        ),
    )
)


def score_of(facts: list[dict[str, Any]]) -> float:
    """The score the factors give frozen facts (report.frozen_fact): a watched property no check has scored yet."""
    rows = [
        (
            SimpleNamespace(id=f["fact_id"], fact_type=f["type"], fact_key=f["key"], value=f["value"]),
            SimpleNamespace(name=f["subject"]["name"], level=f["subject"].get("level")),
            None,
        )
        for f in facts
    ]
    scores = [
        assessment[0]
        for factor in FACTORS
        if (assessment := factor.assess([r for r in rows if r[0].fact_type in factor.inputs]))  # type: ignore[arg-type]
    ]
    return min(100.0, float(sum(scores)))
