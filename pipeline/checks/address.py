"""Russian addresses as structured parts: one building key, one flat key, one readable canonical address.

Identity is decided here and nowhere else. The parser reads the parts a person writes — region, settlement with its
type, street (name + type, ordinal and compound names), house with letter or fraction, литера, корпус, строение,
flat or office — with the vocabulary in `address_rules.py`. When it cannot tell what a part is, it refuses and
says why instead of guessing: a wrong guess would reuse another property's facts, a refusal costs one retype.

Why rules of our own and not natasha's AddrExtractor (measured here, natasha 1.6): 42 ms per address against a
20 ms budget for a whole check, and it loses parts that tell buildings apart ("д. 3к2" became house "3к", the
house in "Москва, 1-я Тверская-Ямская ул., 10А" was dropped, "Moscow" not read) — a false merge waiting to happen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from pipeline.checks import address_rules as rules
from pipeline.checks.address_places import place
from pipeline.checks.address_reader import Draft, Token, read_segment
from pipeline.engine.exceptions import BadInput
from pipeline.i18n.message import Message, quoted


class AddressRefused(BadInput):
    """An address that cannot identify one property: what is missing or unclear, and candidates when there are."""

    def __init__(
        self,
        message: Message | str,
        *,
        missing: list[str] | None = None,
        candidates: list[str] | None = None,
        partial: dict[str, str] | None = None,
    ) -> None:
        super().__init__("address", str(message))
        # The sentence as its catalog id and parameters: the dashboard renders it in the reader's language.
        self.said = message if isinstance(message, Message) else None
        self.missing = list(missing or [])
        self.candidates = list(candidates or [])
        self.partial = dict(partial or {})

    def details(self) -> dict[str, Any]:
        return {"field": "address", "missing": self.missing, "candidates": self.candidates}


@dataclass(frozen=True)
class Address:
    """A parsed address. `*_key` fields identify; the others are how the canonical address writes them."""

    settlement: str
    settlement_type: str
    street: str
    street_type: str
    house: str
    region: str = "-"  # a region code ("77") or the region's name as written, "-" when unknown
    region_label: str | None = None
    district: str | None = None
    area: str | None = None  # a микрорайон / квартал the street is in ("мкр. Сходня, ул. Некрасова")
    house_kind: str = "д"
    letter: str | None = None
    corpus: str | None = None
    building: str | None = None
    flat: str | None = None
    flat_kind: str = "кв"
    room: str | None = None
    settlement_key: str = ""
    street_key: str = ""
    house_key: str = field(default="", compare=False)

    @property
    def building_key(self) -> str:
        """Settlement + street + house + литера/корпус/строение: what every flat of one building shares."""
        district = self.district.lower() if self.settlement_type != "г" and self.district else "-"
        place = f"{self.settlement_type} {self.settlement_key}"
        street = f"{self.street_type} {self.street_key}" + (f" @{self.area.lower()}" if self.area else "")
        return f"{self.region}|{district}|{place}|{street}|{self.house_key}"

    @property
    def flat_key(self) -> str | None:
        if not self.flat:
            return None
        room = f" комн{self.room.lower()}" if self.room else ""
        return f"{self.building_key}|{self.flat_kind}{self.flat.lower()}{room}"

    @property
    def level(self) -> str:
        """The most specific level this address names: `flat` or `building`."""
        return "flat" if self.flat else "building"

    @property
    def key(self) -> str:
        return self.flat_key or self.building_key

    @property
    def region_code(self) -> str:
        """The two-digit region code sources ask for, '00' when unknown."""
        return self.region if self.region.isdigit() else "00"

    def street_text(self) -> str:
        label = rules.STREET_LABELS[self.street_type]
        adjective = self.street.split()[-1].lower().endswith(("ий", "ый", "ой", "ая", "яя", "ое", "ее"))
        return (
            f"{self.street} {label}"
            if adjective and not self.street[0].isdigit()
            else f"{label} {self.street}"
        )

    def house_text(self) -> str:
        parts = [f"{rules.HOUSE_LABELS[self.house_kind]} {self.house}"]
        if self.letter:
            parts[0] += f" лит. {self.letter}"
        if self.corpus:
            parts.append(f"корп. {self.corpus}")
        if self.building:
            parts.append(f"стр. {self.building}")
        return ", ".join(parts)

    @property
    def building_address(self) -> str:
        """The readable address of the building: 'г. Москва, ул. Ленина, д. 12'."""
        head = []
        if self.region_label:
            head.append(self.region_label)
        if self.district and self.settlement_type != "г":
            head.append(self.district)
        head.append(f"{rules.SETTLEMENT_LABELS[self.settlement_type]} {self.settlement}")
        if self.area:
            head.append(self.area)
        street = [self.street_text()] if self.street else []  # a village's or Зеленоград's houses have none
        return ", ".join([*head, *street, self.house_text()])

    @property
    def canonical(self) -> str:
        """The readable address sources receive: 'г. Москва, ул. Ленина, д. 12, кв. 5'."""
        if not self.flat:
            return self.building_address
        room = f", комн. {self.room}" if self.room else ""
        return f"{self.building_address}, {rules.FLAT_LABELS[self.flat_kind]} {self.flat}{room}"

    def text_at(self, level: str) -> str:
        """The readable address at `building` level, or at the most specific level for `flat`."""
        return self.building_address if level == "building" else self.canonical

    def key_at(self, level: str) -> str:
        return self.building_key if level == "building" else self.key

    def components(self) -> dict[str, Any]:
        """The parts as a JSON-ready dict (what `mirano check --json` and the check page show)."""
        return {
            "region": self.region_label or rules.FEDERAL_LABELS.get(self.region) or _known(self.region),
            "region_code": self.region_code,
            "district": self.district,
            "area": self.area,
            "settlement": self.settlement,
            "settlement_type": self.settlement_type,
            "street": self.street,
            "street_type": self.street_type,
            "house": self.house,
            "house_kind": self.house_kind,
            "letter": self.letter,
            "corpus": self.corpus,
            "building": self.building,
            "flat": self.flat,
            "flat_kind": self.flat_kind if self.flat else None,
            "room": self.room,
        }


def _known(region: str) -> str | None:
    return None if region == "-" else region


def parse_address(text: str) -> Address:
    """Parse an address or raise AddressRefused naming what is missing or unclear. Cached per process."""
    if not isinstance(text, str):
        raise AddressRefused(REQUIRED, missing=["address"])
    outcome = _parse_cached(" ".join(text.split()))
    if isinstance(outcome, AddressRefused):
        raise AddressRefused(
            outcome.said or str(outcome).removeprefix("address: "),
            missing=outcome.missing,
            candidates=outcome.candidates,
            partial=outcome.partial,
        )
    return outcome


@lru_cache(maxsize=8192)
def _parse_cached(text: str) -> Address | AddressRefused:
    try:
        return _parse(text)
    except AddressRefused as refused:
        return refused


def _parse(text: str) -> Address:
    if not text:
        raise AddressRefused(REQUIRED, missing=["address"])
    if len(text) > rules.MAX_LENGTH:
        raise AddressRefused(
            Message("longer than {limit} characters: this is not one address", limit=rules.MAX_LENGTH)
        )
    lowered = rules.LOOKALIKE_WORD.sub(_cyrillic_lookalikes, text.lower().replace("ё", "е"))
    for pattern, replacement in rules.REWRITES:
        lowered = pattern.sub(replacement, lowered)
    segments = _segments(lowered)
    if not any(t.kind == "word" for seg in segments for t in seg):
        raise AddressRefused(
            Message("{text} does not look like an address: no words in it", text=quoted(text)),
            missing=["settlement", "street", "house"],
        )
    draft, phrases = Draft(), []
    for segment in segments:
        phrases += read_segment(segment, draft)
    place(phrases, draft)
    return _build(text, draft)


def _cyrillic_lookalikes(match: re.Match[str]) -> str:
    """'Mосква' typed with a Latin M, '5a' with a Latin a: Latin letters that look Cyrillic, in Cyrillic words."""
    word = match.group(0)
    if rules.CYRILLIC.search(word) or word[0].isdigit():
        return word.translate(rules.LOOKALIKES)
    return word


def _segments(lowered: str) -> list[list[Token]]:
    segments: list[list[Token]] = [[]]
    for match in rules.TOKEN.finditer(lowered):
        if match.group("sep"):
            segments.append([])
        elif match.group("num"):
            segments[-1].append(Token(match.group("num").replace(" ", ""), "num"))
        else:
            segments[-1].append(Token(match.group("word"), "word"))
    return [seg for seg in segments if seg]


EXAMPLE = quoted("г. Москва, ул. Тверская, д. 1")
REQUIRED = Message("an address is required, e.g. {example}", example=EXAMPLE)
MISSING_NAMES = {
    "settlement": Message("the settlement (city or town)"),
    "street": Message("the street"),
    "house": Message("the house number"),
}


def _build(text: str, draft: Draft) -> Address:
    if draft.settlement_key in rules.CORPUS_NUMBERED and not draft.street and (draft.corpus or draft.house):
        number = draft.corpus if draft.corpus and not draft.house else draft.house
        if not (draft.corpus and draft.house):  # "корп. 1104" and "1104" are one building of Зеленоград
            draft.house, draft.house_kind, draft.corpus = number or "", "корп", None
    streetless = draft.house_kind == "корп" or draft.settlement_type in rules.STREETLESS_SETTLEMENTS
    required = ("settlement", "house") if streetless else ("settlement", "street", "house")
    missing = [part for part in required if not getattr(draft, part)]
    if missing:
        raise AddressRefused(
            _missing_sentence(text, missing, draft),
            missing=missing,
            partial=draft.partial() if not draft.unclear else {},
        )
    if draft.unclear:
        candidates = _number_readings(draft) if draft.extra_numbers else []
        raise AddressRefused(
            Message("{text}: {note}", text=quoted(text), note=draft.unclear[0]), candidates=candidates
        )
    return Address(**draft.fields())


def _missing_sentence(text: str, missing: list[str], draft: Draft) -> Message:
    """ "'Ленина 5' is missing the settlement (city or town); which city or town? write it like …"."""
    parts = [MISSING_NAMES[m] for m in missing]
    if draft.unclear:
        return Message(
            "{text} is missing {parts} ({note}); write it like {example}",
            text=quoted(text),
            parts=parts,
            note=draft.unclear[0],
            example=EXAMPLE,
        )
    if missing == ["settlement"]:
        return Message(
            "{text} is missing {parts}; which city or town? write it like {example}",
            text=quoted(text),
            parts=parts,
            example=EXAMPLE,
        )
    return Message(
        "{text} is missing {parts}; write it like {example}", text=quoted(text), parts=parts, example=EXAMPLE
    )


def _number_readings(draft: Draft) -> list[str]:
    """'Ленина 5 12' read as flat 12 and as корпус 12: the candidates a refusal offers."""
    if len(draft.extra_numbers) != 1 or not (draft.settlement and draft.street and draft.house):
        return []
    number, readings = draft.extra_numbers[0], []
    for part, kind in (("flat", "кв"), ("corpus", ""), ("building", "")):
        variant = replace(draft, unclear=[], extra_numbers=[])
        variant.set_unit(part, number, kind)
        if not variant.unclear:
            readings.append(Address(**variant.fields()).canonical)
    return readings
