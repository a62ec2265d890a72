"""Reading an address's words into parts: markers ("ул.", "д.", "кв."), the names around them, and the numbers.

A marker may stand before its name ("ул. Ленина", "г. Москва") or after it ("Ленинский проспект", "Москва г.");
unmarked names are placed by what is already known (a known city, then the street). Anything left that cannot be
placed is `unclear`, and the address is refused with that sentence rather than read by a guess.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pipeline.checks import address_rules as rules
from pipeline.i18n.message import Message, quoted


@dataclass(frozen=True)
class Token:
    text: str
    kind: str  # num | word


@dataclass
class Phrase:
    role: str  # loose | settlement | street | region | district
    tokens: list[Token]
    kind: str = ""  # the canonical type its marker named
    marker: str = ""  # the marker as written ("ул", "st"): a Latin one lets a transliterated name be read


@dataclass
class Draft:
    """The parts found so far; `unclear` holds the first reasons the address cannot be read as one property."""

    settlement: str = ""
    settlement_type: str = "г"
    settlement_key: str = ""
    region: str = "-"
    region_label: str | None = None
    district: str | None = None
    area: str | None = None
    street: str = ""
    street_type: str = "улица"
    street_key: str = ""
    house: str = ""
    house_kind: str = "д"
    letter: str | None = None
    corpus: str | None = None
    building: str | None = None
    flat: str | None = None
    flat_kind: str = "кв"
    room: str | None = None
    extra_numbers: list[str] = field(default_factory=list)
    unclear: list[Message] = field(default_factory=list)  # sentences, rendered in the reader's language

    def set_unit(self, part: str, value: str, kind: str = "") -> None:
        """Set one house or flat part; a second, different value of the same part is unclear."""
        current = getattr(self, part)
        if current and current.lower() != value.lower():
            self.unclear.append(
                Message(
                    "two values for the {part}: {current} and {value}",
                    part=Message(PART_NAMES[part]),
                    current=current,
                    value=value.upper(),
                )
            )
            return
        setattr(self, part, value.upper() if part != "house" else value)
        if part == "house" and kind:
            self.house_kind = kind
        if part == "flat" and kind:
            self.flat_kind = kind

    def house_key(self) -> str:
        key = f"{self.house_kind}{self.house.lower()}"
        for prefix, value in (("лит", self.letter), ("к", self.corpus), ("с", self.building)):
            if value:
                key += f" {prefix}{value.lower()}"
        return key

    def fields(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in ADDRESS_FIELDS} | {"house_key": self.house_key()}

    def partial(self) -> dict[str, str]:
        """What was read, for candidates: the street and house as the canonical address writes them."""
        found = {"street": self.street, "street_type": self.street_type, "street_key": self.street_key}
        return found | {"house": self.house, "house_key": self.house_key() if self.house else ""}


ADDRESS_FIELDS = (
    *("settlement", "settlement_type", "settlement_key", "region", "region_label", "district", "area"),
    *("street", "street_type", "street_key", "house", "house_kind", "letter", "corpus", "building"),
    *("flat", "flat_kind", "room"),
)
PART_NAMES = {
    "house": "house number",
    "corpus": "корпус",
    "building": "строение",
    "letter": "литера",
    "flat": "flat or office",
    "room": "room",
}


def _is_marker(token: Token | None, nxt: Token | None) -> bool:
    if token is None or token.kind != "word":
        return False
    text = token.text
    return (
        _unit_marker(token, nxt) is not None
        or text in rules.STREET_TYPES
        or text in rules.REGION_MARKERS
        or text in rules.DISTRICT_MARKERS
        or (text in rules.SETTLEMENT_TYPES and nxt is not None and nxt.kind == "word")
    )


def _unit_marker(token: Token, nxt: Token | None) -> tuple[str, str] | None:
    unit = rules.UNIT_MARKERS.get(token.text)
    if unit is None:
        return None
    if token.text in ("д", "с", "к", "п") and (nxt is None or nxt.kind != "num"):
        return None  # "д. Жуковка", "с. Ивановское": a settlement; a lone letter is a name or a house letter
    return unit


def read_segment(seg: list[Token], draft: Draft) -> list[Phrase]:
    """The phrases of one comma-separated segment; house and flat parts go straight into `draft`."""
    phrases: list[Phrase] = []
    loose: list[Token] = []

    def flush() -> None:
        if loose:
            phrases.append(Phrase("loose", loose[:]))
            loose.clear()

    i = 0
    while i < len(seg):
        token, nxt = seg[i], (seg[i + 1] if i + 1 < len(seg) else None)
        after = seg[i + 2] if i + 2 < len(seg) else None
        if (token.kind == "num" and len(token.text) == 6) or token.text in rules.IGNORED_WORDS:
            i += 1  # a postal code, the country, a Moscow okrug
            continue
        unit = _unit_marker(token, nxt)
        if unit is not None:
            flush()
            i += _take_unit(seg, i, unit, draft)
            continue
        role = _place_role(token, nxt)
        if role is None:
            loose.append(token)
            i += 1
            continue
        postfix = bool(loose) and (
            nxt is None
            or _is_marker(nxt, after)
            or (
                nxt.kind == "num"
                and not (after is not None and after.kind == "word" and not _is_marker(after, None))
            )
        )
        kind = _kind(role, token.text)
        if postfix:
            words = _peel_known_cities(loose, phrases)
            phrases.append(Phrase(role, words, kind, token.text))
            loose.clear()
            i += 1
            continue
        flush()
        j = i + 1
        while j < len(seg) and not _is_marker(seg[j], seg[j + 1] if j + 1 < len(seg) else None):
            j += 1
        value = seg[i + 1 : j]
        if role in ("settlement", "region", "district") and value:
            value, rest = _settlement_span(value, seg[j:])
            loose.extend(rest)
        if value or role == "district":  # a bare "МО" / "ЛО" is a region, read with the phrases
            phrases.append(Phrase(role, value, kind, token.text))
        i = j
    flush()
    return phrases


def _place_role(token: Token, nxt: Token | None) -> str | None:
    text = token.text
    if token.kind != "word":
        return None
    if text in rules.STREET_TYPES:
        return "street"
    if text in rules.REGION_MARKERS:
        return "region"
    if text in rules.DISTRICT_MARKERS:
        return "district"
    if text in rules.SETTLEMENT_TYPES and (nxt is None or nxt.kind == "word"):
        return "settlement"
    return None


def _kind(role: str, marker: str) -> str:
    if role == "street":
        return rules.STREET_TYPES[marker]
    if role == "settlement":
        return rules.SETTLEMENT_TYPES[marker]
    return marker


def _settlement_span(value: list[Token], rest: list[Token]) -> tuple[list[Token], list[Token]]:
    """Without a comma, 'г. Москва Тверская 1' is the city and then the street: take one word when no marker follows."""
    has_street_marker = any(t.text in rules.STREET_TYPES for t in rest)
    if len(value) > 1 and not has_street_marker and any(t.kind == "num" for t in value):
        return value[:1], value[1:]
    if any(t.kind == "num" for t in value):
        words = [t for t in value if t.kind == "word"]
        return words[:1], value[1:]
    return value, []


def _peel_known_cities(loose: list[Token], phrases: list[Phrase]) -> list[Token]:
    """'Москва Ленинский проспект': the known city in front is its own phrase, the rest is the name."""
    words = loose[:]
    while len(words) > 1 and words[0].text in rules.GAZETTEER:
        phrases.append(Phrase("loose", [words.pop(0)]))
    return words


def _take_unit(seg: list[Token], i: int, unit: tuple[str, str], draft: Draft) -> int:
    """Read a house or flat part after its marker; returns how many tokens it used."""
    part, kind = unit
    nxt = seg[i + 1] if i + 1 < len(seg) else None
    if part == "ignored":
        return 2 if nxt is not None and nxt.kind == "num" else 1
    if nxt is None:
        draft.unclear.append(
            Message(
                "nothing after {marker}: the {part} is missing",
                marker=quoted(seg[i].text),
                part=Message(PART_NAMES[part]),
            )
        )
        return 1
    if part == "house":
        if nxt.kind != "num":
            draft.unclear.append(Message("no number after {marker}", marker=quoted(seg[i].text)))
            return 1
        value, used = _with_letter(seg, i + 1)
        set_house(draft, value, kind)
        return 1 + used
    if part == "letter":
        draft.set_unit("letter", nxt.text)
        return 2
    if part in ("corpus", "building") and (nxt.kind == "num" or len(nxt.text) == 1):
        value, used = _with_letter(seg, i + 1) if nxt.kind == "num" else (nxt.text, 1)
        draft.set_unit(part, value)
        return 1 + used
    if part in ("flat", "room") and nxt.kind == "num" and rules.FLAT_NUMBER.match(nxt.text):
        draft.set_unit(part, nxt.text, kind)
        return 2
    draft.unclear.append(
        Message(
            "{word} after {marker} is not a {part}",
            word=quoted(nxt.text),
            marker=quoted(seg[i].text),
            part=Message(PART_NAMES[part]),
        )
    )
    return 2


def _with_letter(seg: list[Token], i: int) -> tuple[str, int]:
    """A number and a separate letter after it ('10 а', '10 «Б»') are one house number '10А'."""
    value = seg[i].text
    letter = seg[i + 1] if i + 1 < len(seg) else None
    single = letter is not None and letter.kind == "word" and len(letter.text) == 1 and value.isdigit()
    if single and not _is_marker(letter, seg[i + 2] if i + 2 < len(seg) else None):
        return value + letter.text, 2  # type: ignore[union-attr]
    return value, 1


def set_house(draft: Draft, value: str, kind: str) -> None:
    match = rules.HOUSE_NUMBER.match(value)
    if not match:
        draft.unclear.append(Message("{value} does not look like a house number", value=quoted(value)))
        return
    number, letter, fraction, fraction_letter = match.groups()
    house = (
        number.replace("~", "-")  # "15-17": a house on two plots, as the rewrite marked it
        + (letter or "").upper()
        + (f"/{fraction}{(fraction_letter or '').upper()}" if fraction else "")
    )
    draft.set_unit("house", house, kind)
