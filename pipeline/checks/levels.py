"""Which level each source's query is about: the building, or the flat (the building for a house)."""

from __future__ import annotations

# Enforcement proceedings are against a flat's owner; the other sources describe the house (its listings, its
# developer and the developer's reviews, court cases about the building), which every flat in it shares.
SOURCE_LEVELS = {"court": "building", "enforcement": "flat", "listings": "building", "reviews": "building"}


def source_level(source: str, address_level: str) -> str:
    """The level a source is asked at for an address whose most specific level is `address_level`."""
    wanted = SOURCE_LEVELS.get(source, "flat")
    return "flat" if wanted == "flat" and address_level == "flat" else "building"
