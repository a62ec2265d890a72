"""What each source of a check is asked, and about which subject: the building, the flat, the developer or a person.

Listings and court cases are asked about the building (enforcement about the flat when no owner is named), by its
address. Developer reviews and the developer's own court cases (`court.developer`, a party search by INN) are asked
about the developer, by INN: declared with the check, or named by the facts of the building's listings or court cases;
until one names it, they wait ("waiting for listings to name the developer"). Enforcement
proceedings are asked about the owner when one is named: by surname, first name, patronymic and birth date, the way
FSSP's search by person works. A query about a developer or a person has the same parameters whatever property it is
asked for, so its facts are reused across every property of that subject.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pipeline.checks.address import Address
from pipeline.checks.facts import upsert_subject
from pipeline.checks.identity import building_of, subject_at
from pipeline.checks.levels import DEVELOPER_PARTS, source_level
from pipeline.checks.parties import developer_of, developer_subject, fssp_params
from pipeline.config import get_settings
from pipeline.models.checks import SearchJob, Subject
from pipeline.sources import SubjectRef

WAITING_DEVELOPER = "waiting for listings to name the developer"
WAITING_COURT = "waiting for court cases to name the developer"
NO_DEVELOPER = "the listings named no developer: no reviews to ask for"
NO_DEVELOPER_ANY = "neither the listings nor the court cases named the developer: nothing to ask about it"
NAMER_FAILED = {
    "listings": "the listings failed, so the developer is unknown: {reason}",
    "court": "the court cases failed, so the developer is unknown: {reason}",
}
SUBJECT_LEVELS = ("developer", "person")


@dataclass(frozen=True)
class Query:
    """One source's question: its level, its parameters (None while it waits) and the subject its facts land on."""

    level: str
    params: dict[str, Any] | None
    subject_id: int | None
    waiting: str | None = None
    whole_subject: bool = True  # False: a part of the subject's facts at its source (the developer's cases)

    @property
    def about_subject(self) -> bool:
        """Asked about a developer or a person: reuse is decided per subject, whatever property asked."""
        return self.level in SUBJECT_LEVELS and get_settings().reuse_subject_levels

    @property
    def reuse_subject(self) -> int | None:
        """The subject whose facts at this source any fetch may have brought (reused whatever asked), or None: a
        part of a subject's facts (the developer's cases by INN; the court's facts about it also come from
        addresses) is reused by its own parameters only."""
        return self.subject_id if self.about_subject and self.whole_subject else None


def query_params(source: str, address: Address) -> dict[str, Any]:
    """What a source is asked about a property (and what must match for reuse): the readable canonical address at the
    source's level ("г. Москва, ул. Ленина, д. 12" for listings, with ", кв. 5" for enforcement) and the region code.
    """
    return {"address": address.text_at(source_level(source, address.level)), "region": address.region_code}


def level_of(source: str, parties: dict[str, Any] | None, address_level: str) -> str:
    """The level a check's source is asked at (as `plan` decides it); a check from before parties (None) asked
    every source about its property."""
    if parties is not None and source in DEVELOPER_PARTS:
        return "developer"
    if parties is not None and source == "enforcement" and parties.get("owner"):
        return "person"
    return source_level(source, address_level)


def plan(s: Session, job: SearchJob, source: str, address: Address) -> Query:
    """The question `source` is asked for this check."""
    parties = job.parties or {}
    if source in DEVELOPER_PARTS:
        inn = (parties.get("developer") or {}).get("inn") or developer_of(s, building_of(s, job.property_id))
        if inn:
            if source == "reviews":
                return _about(source, address, "developer", {"inn": inn}, developer_subject(s, inn))
            # a party search: the court's facts about the developer also come from addresses, not all its cases
            query = _about(
                source, address, "developer", {"inn": inn, "side": "any"}, developer_subject(s, inn)
            )
            return replace(query, whole_subject=False)
        if source != "reviews" or "listings" in job.sources:
            return Query("developer", None, None, WAITING_DEVELOPER)
    if source == "enforcement" and parties.get("owner"):
        owner = parties["owner"]
        ref = SubjectRef("person", owner["key"], owner["name"], {"birthdate": owner.get("birthdate")})
        return _about(source, address, "person", fssp_params(owner), _subject_id(s, ref))
    level = source_level(source, address.level)
    return Query(level, query_params(source, address), subject_at(s, job.property_id, level, address))


def _about(source: str, address: Address, level: str, params: dict[str, Any], subject_id: int) -> Query:
    """A query about a developer or a person; with subject reuse off, it is keyed by the property too (at the
    source's property level: the building for reviews, the flat for enforcement), as reuse was before subjects."""
    if not get_settings().reuse_subject_levels:
        params = {**params, "for_property": query_params(source, address)["address"]}
    return Query(level, params, subject_id)


def _subject_id(s: Session, ref: SubjectRef) -> int:
    found = s.scalar(select(Subject.id).where(Subject.level == ref.level, Subject.key == ref.key))
    return found if found is not None else upsert_subject(s, ref)
