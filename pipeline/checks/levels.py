"""Which level each source's query is about: the building, or the flat (the building for a house).

A source may be asked about two subjects of one check: the court cases about the building (by its address) and the
developer's own cases (by INN, as a party: `court.developer`). Each such part is a source of the check of its own (its
own reuse decision, task and state); it calls the same source and stores its facts under that source's name, so a
case found both ways is one fact.
"""

from __future__ import annotations

from pipeline.sources import base_source

# Enforcement proceedings are against a flat's owner; the other sources describe the house (its listings, its
# developer and the developer's reviews and cases, court cases about the building), which every flat in it shares.
SOURCE_LEVELS = {
    "court": "building",
    "court.developer": "building",
    "enforcement": "flat",
    "listings": "building",
    "reviews": "building",
}
# The parts of a check asked about the developer once the check knows it (declared, or named by a source's facts).
DEVELOPER_PARTS = ("reviews", "court.developer")
# The sources whose facts can name a building's developer: the listings (the building's developer) and the court
# cases found by address (a defendant organisation with its INN).
NAMERS = ("listings", "court")

__all__ = ["DEVELOPER_PARTS", "NAMERS", "SOURCE_LEVELS", "base_source", "source_level"]


def source_level(source: str, address_level: str) -> str:
    """The level a source is asked at for an address whose most specific level is `address_level`."""
    wanted = SOURCE_LEVELS.get(source, "flat")
    return "flat" if wanted == "flat" and address_level == "flat" else "building"
