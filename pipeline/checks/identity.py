"""Property identity at two levels: the building and the flat, each a subject of its own.

A building's facts (its listings, its developer and the developer's reviews, court cases about the house) are
shared by every flat in it; a flat's facts (enforcement against its owner) belong to that flat alone. Each source
is asked at its level, so two flats of one building share one listings fetch and never one enforcement fetch.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pipeline.checks.address import Address, AddressRefused, parse_address
from pipeline.checks.facts import link_subject, upsert_subject
from pipeline.i18n.message import Message
from pipeline.models.checks import Subject, SubjectLink
from pipeline.sources import SubjectRef

MAX_CANDIDATES = 5


def subject_attrs(address: Address, raw: str, level: str) -> dict[str, Any]:
    components = address.components()
    if level == "building":  # a building first seen in a flat's check is not that flat
        components = {**components, "flat": None, "flat_kind": None, "room": None}
    return {
        "address": raw,
        "canonical": address.text_at(level),
        "components": components,
        "region": address.region_code,
    }


def building_subject(s: Session, address: Address, raw: str) -> int:
    ref = SubjectRef(
        "building", address.building_key, address.building_address, subject_attrs(address, raw, "building")
    )
    return upsert_subject(s, ref)


def property_subject(s: Session, address: Address, raw: str) -> tuple[int, int]:
    """(the checked subject, its building): a flat is linked to its building; a building is its own."""
    building = building_subject(s, address, raw)
    if not address.flat:
        return building, building
    ref = SubjectRef("flat", address.key, address.canonical, subject_attrs(address, raw, "flat"))
    flat = upsert_subject(s, ref)
    link_subject(s, flat, building, "building")
    return flat, building


def subject_at(s: Session, property_id: int, level: str, address: Address) -> int:
    """The subject a source at `level` stores its facts on, for a check of `property_id` (at `address`)."""
    if level == "flat" or not address.flat:  # a building is its own building
        return property_id
    return building_of(s, property_id)


def building_of(s: Session, property_id: int) -> int:
    found = s.scalar(
        select(SubjectLink.subject_id).where(
            SubjectLink.property_id == property_id, SubjectLink.relation == "building"
        )
    )
    return found if found is not None else property_id


def address_of(s: Session, property_id: int) -> Address | None:
    """The parsed address of a checked subject (None for a legacy row whose address never parsed)."""
    subject = s.get(Subject, property_id)
    if subject is None or subject.level not in ("building", "flat"):
        return None
    try:
        return parse_address(subject.name)
    except AddressRefused:
        return None


def with_candidates(s: Session, refused: AddressRefused) -> AddressRefused:
    """A refusal for a missing settlement, with the known buildings of that street and house as candidates."""
    partial = refused.partial
    if refused.missing != ["settlement"] or not partial.get("street_key") or not partial.get("house_key"):
        return refused
    suffix = f"|{partial['street_type']} {partial['street_key']}|{partial['house_key']}"
    names = s.scalars(
        select(Subject.name)
        .where(Subject.level == "building", Subject.key.endswith(suffix, autoescape=True))
        .order_by(Subject.id)
        .limit(MAX_CANDIDATES)
    )
    candidates = list(names)
    if not candidates:
        return refused
    message = Message(
        "{why}; known: {names}",
        why=refused.said or str(refused).removeprefix("address: "),
        names="; ".join(candidates),
    )
    return AddressRefused(message, missing=refused.missing, candidates=candidates, partial=partial)
