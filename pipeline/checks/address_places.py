"""Placing the phrases of an address: which is the settlement, which the street, and what the numbers are.

Marked phrases keep their role; unmarked ones are placed only where one reading is possible (a known city, then
one name left for the street). Two unmarked names with a marked street, a number after the house that nothing
names ("Ленина 5 12": flat 12 or корпус 12?), a Latin word: all of these are `unclear`, never guessed.
"""

from __future__ import annotations

import re

from pipeline.checks import address_rules as rules
from pipeline.checks.address_reader import Draft, Phrase, Token, set_house
from pipeline.i18n.message import Message, quoted

CYRILLIC = re.compile(r"[а-я]")
LATIN_RUN = re.compile(r"[a-z']+")
MARKER_NORM = {
    "обл": "обл",
    "область": "обл",
    "край": "край",
    "респ": "респ",
    "республика": "респ",
    "ао": "ао",
}
AREA_TYPES = ("микрорайон", "квартал")
DISTRICT_LABELS = {"р-н": "р-н", "район": "р-н", "го": "г.о.", "мо": "МО", "поселение": "поселение"}


def place(phrases: list[Phrase], draft: Draft) -> None:
    """Fill the draft's settlement, street and house from the phrases read out of every segment."""
    settlements: list[Phrase] = []
    streets: list[Phrase] = []
    names: list[list[Token]] = []
    numbers: list[Token] = []
    for phrase in phrases:
        if phrase.role == "settlement":
            settlements.append(phrase)
        elif phrase.role == "street":
            streets.append(phrase)
        elif phrase.role == "region":
            _region(phrase.tokens, phrase.kind, draft)
        elif phrase.role == "district":
            _district(phrase, draft)
        else:
            _sort_loose(phrase.tokens, settlements, names, numbers)
    street = _pick_street(streets, settlements, names, draft)
    if street is not None:
        trailing = _split_trailing(street)
        numbers = trailing + numbers
        latin = any(p.marker in rules.LATIN_STREET_TYPES for p in streets)
        _street(street[: len(street) - len(trailing)], draft, latin)
    for leftover in names:
        draft.unclear.append(
            Message("could not tell what {words} is", words=quoted(" ".join(t.text for t in leftover)))
        )
    _settlements(settlements, draft)
    _numbers(numbers, draft)
    _label_region(draft)
    if draft.room and not draft.flat:  # "д. 1, комн. 5": the room is the unit, not the whole building
        draft.flat, draft.flat_kind, draft.room = draft.room, "комн", None


def _sort_loose(
    tokens: list[Token], settlements: list[Phrase], names: list[list[Token]], numbers: list[Token]
) -> None:
    words = tokens[:]
    while words and words[0].text in rules.GAZETTEER:
        settlements.append(Phrase("settlement", [words.pop(0)], "gaz"))
    if not words:
        return
    if all(t.kind == "num" or (len(t.text) == 1 and i > 0) for i, t in enumerate(words)):
        numbers.extend(words)
    elif words[-1].text in rules.GAZETTEER and len(words) > 1:  # "Тверская 1 Москва"
        settlements.append(Phrase("settlement", [words.pop()], "gaz"))
        names.append(words)
    else:
        names.append(words)


def _pick_street(
    streets: list[Phrase], settlements: list[Phrase], names: list[list[Token]], draft: Draft
) -> list[Token] | None:
    areas = [s for s in streets if s.kind in AREA_TYPES]
    if len(streets) == 2 and len(areas) == 1:  # "мкр. Сходня, ул. Некрасова": the street is in the микрорайон
        words = " ".join(_capitalized(t.text) for t in areas[0].tokens)
        draft.area = f"{rules.STREET_LABELS[areas[0].kind]} {words}"
        streets = [s for s in streets if s is not areas[0]]
    if len(streets) > 1:
        listed = [quoted(" ".join(t.text for t in s.tokens)) for s in streets]
        draft.unclear.append(Message("two streets: {first} and {second}", first=listed[0], second=listed[-1]))
        return None
    if streets:
        draft.street_type = streets[0].kind
        if not settlements and len(names) == 1:
            settlements.append(Phrase("settlement", names.pop(0), ""))
        return streets[0].tokens
    if not settlements and len(names) == 2:
        settlements.append(Phrase("settlement", names.pop(0), ""))
    if len(names) == 1:
        return names.pop()
    return None


def _split_trailing(tokens: list[Token]) -> list[Token]:
    """The house number written after the street name in one segment: 'Ленина 5', 'Ленина 10 б', '8 Марта 3'."""
    j = len(tokens)
    while j > 1:
        last = tokens[j - 1]
        number = last.kind == "num" and not rules.ORDINAL.match(last.text)
        letter = len(last.text) == 1 and last.kind == "word" and j > 2 and tokens[j - 2].kind == "num"
        if not (number or letter):
            break
        j -= 1
    while j < len(tokens) and tokens[j].kind == "word":  # a trailing letter without its number stays a name
        j += 1
    return tokens[j:]


def _capitalized(word: str) -> str:
    return "-".join(p if p in rules.LOWER_WORDS else p[:1].upper() + p[1:] for p in word.split("-"))


def cyrillic_of(word: str) -> str:
    """A Latin transliteration read back into Cyrillic: 'tverskaya' -> 'тверская', 'leninsky' -> 'ленинский'."""
    for ending, cyrillic in rules.LATIN_ENDINGS:
        if word.endswith(ending):
            return cyrillic_of(word[: -len(ending)]) + cyrillic if word != ending else cyrillic
    if word in rules.LATIN_WORDS:
        return rules.LATIN_WORDS[word]
    out, i = [], 0
    while i < len(word):
        spelling = next(((lat, cyr) for lat, cyr in rules.LATIN_SPELLINGS if word.startswith(lat, i)), None)
        if spelling is not None:
            out.append(spelling[1])
            i += len(spelling[0])
        elif word[i] == "y":  # "ый" after a consonant, "ой"/"ий" after a vowel
            out.append("й" if i > 0 and word[i - 1] in rules.LATIN_VOWELS else "ы")
            i += 1
        else:
            out.append(word[i])
            i += 1
    return "".join(out)


def _readable(tokens: list[Token], what: str, draft: Draft, latin: bool = False) -> list[str]:
    """The words of a name; Latin words are refused unless `latin` (a street marked "st", "prospekt" …)."""
    words = [t.text for t in tokens]
    if latin:  # "1-ya", "tverskaya-yamskaya": every Latin run of letters read back
        words = [LATIN_RUN.sub(lambda m: cyrillic_of(m.group()), w) if w.isascii() else w for w in words]
    foreign = [w for w in words if not CYRILLIC.search(w) and not w.isdigit() and w not in rules.GAZETTEER]
    if foreign:
        words = quoted(" ".join(foreign))
        draft.unclear.append(
            Message("could not read {words} in the street", words=words)
            if what == "street"
            else Message("could not read {words} in the settlement", words=words)
        )
    return words


def _street(tokens: list[Token], draft: Draft, latin: bool = False) -> None:
    """The street's name for the key (word stems, sorted) and for the canonical address (ordinal first)."""
    gender = 0 if draft.street_type in rules.FEMININE else (2 if draft.street_type in rules.NEUTER else 1)
    ordinals, modifiers, others, keys = [], [], [], []
    for word in _readable(tokens, "street", draft, latin):
        ordinal = rules.ORDINAL.match(word)
        if ordinal and word.endswith(("го", "ому", "ом")):  # "8-го Марта" is "8 Марта"
            keys.append(ordinal.group(1))
            others.append(ordinal.group(1))
        elif ordinal:
            keys.append(ordinal.group(1))
            ordinals.append(f"{ordinal.group(1)}-{'яйе'[gender]}")
        elif word in rules.MODIFIERS:
            keys.append(rules.MODIFIERS[word])
            full = (
                word in rules.MODIFIER_WORDS_FLAT
            )  # "Новый Арбат" is written as such; "Б." takes the type's gender
            modifiers.append(
                _capitalized(word) if full else rules.MODIFIER_WORDS[rules.MODIFIERS[word]][gender]
            )
        elif word not in rules.NAME_FILLER:
            if not word.isdigit() and any(c.isdigit() for c in word):
                draft.unclear.append(
                    Message("{word} in the street name is neither a name nor a number", word=quoted(word))
                )
            keys.append(word)
            others.append(_capitalized(word))
    if not (others or modifiers or ordinals):  # "5-я линия" is named by its number alone
        draft.unclear.append(Message("the street has no name"))
        return
    draft.street = " ".join(ordinals + modifiers + others)
    draft.street_key = " ".join(sorted(keys))


def _settlement_parts(phrase: Phrase, draft: Draft) -> tuple[str, str, str, str]:
    """(canonical name, type, key, region code or '-') of one settlement phrase."""
    if any(t.kind == "num" for t in phrase.tokens):
        draft.unclear.append(
            Message("{words} is not a settlement name", words=quoted(" ".join(t.text for t in phrase.tokens)))
        )
    words = [w for w in _readable(phrase.tokens, "settlement", draft) if not w.isdigit()]
    joined = "-".join(words) if words else ""
    known = rules.GAZETTEER.get(" ".join(words)) or rules.GAZETTEER.get(joined)
    kind = phrase.kind if phrase.kind in rules.SETTLEMENT_LABELS else ""
    if known and kind in ("", known[1]):
        return known[0], known[1], known[0].lower().replace("ё", "е"), known[2]
    name = " ".join(_capitalized(w) for w in words)
    return name, kind or "г", " ".join(words), "-"


def _settlements(settlements: list[Phrase], draft: Draft) -> None:
    if len(settlements) > 2:
        listed = ", ".join(" ".join(t.text for t in s.tokens) for s in settlements)
        draft.unclear.append(Message("more than two settlements: {listed}", listed=listed))
        return
    if not settlements:
        return
    if len(settlements) == 2:
        outer = _settlement_parts(settlements[0], draft)
        if outer[3] in rules.FEDERAL_CITIES:
            draft.region = outer[3]  # "г. Москва, п. Коммунарка": the federal city is the region
        else:
            draft.district = f"{rules.SETTLEMENT_LABELS[outer[1]]} {outer[0]}"
    name, kind, key, region = _settlement_parts(settlements[-1], draft)
    draft.settlement, draft.settlement_type, draft.settlement_key = name, kind, key
    if draft.region == "-":
        draft.region = region


def _region(tokens: list[Token], marker: str, draft: Draft) -> None:
    words = [t.text for t in tokens if t.kind == "word"]
    if marker in ("мо", "ло") and not words:
        words = [marker]
    if not words:
        draft.unclear.append(Message("{marker} without the region's name", marker=quoted(marker)))
        return
    code = rules.REGIONS.get(words[0])
    draft.region = code or f"{' '.join(words)} {MARKER_NORM.get(marker, marker)}"


def _district(phrase: Phrase, draft: Draft) -> None:
    words = [t.text for t in phrase.tokens if t.kind == "word"]
    if not words:
        if phrase.kind in ("мо", "ло"):
            _region([], phrase.kind, draft)
        return
    draft.district = (
        f"{' '.join(_capitalized(w) for w in words)} {DISTRICT_LABELS.get(phrase.kind, phrase.kind)}"
    )


def _numbers(numbers: list[Token], draft: Draft) -> None:
    """The first unnamed number is the house (with a letter after it); any further one is unclear."""
    i = 0
    if numbers and not draft.house and numbers[0].kind == "num":
        value = numbers[0].text
        if len(numbers) > 1 and numbers[1].kind == "word" and value.isdigit():
            value, i = value + numbers[1].text, 2
        else:
            i = 1
        set_house(draft, value, "д")
    extra = [t.text for t in numbers[i:]]
    if extra:
        draft.extra_numbers = extra
        draft.unclear.append(
            Message(
                "unclear what {numbers} is after the house number: write {flat} for a flat, {corpus} or {building}",
                numbers=quoted(" ".join(extra)),
                flat=quoted(f"кв. {extra[0]}"),
                corpus=quoted(f"корп. {extra[0]}"),
                building=quoted(f"стр. {extra[0]}"),
            )
        )


def _label_region(draft: Draft) -> None:
    """The region as the canonical address writes it, from the region alone (so equal keys read the same)."""
    region = draft.region
    if (
        region in rules.FEDERAL_CITIES
    ):  # "г. Москва, пос. Коммунарка": the city is named before the settlement
        city = rules.FEDERAL_LABELS[region]
        draft.region_label = None if city.endswith(" " + draft.settlement) else city
        return
    if region == "-":
        draft.region_label = None
        return
    if region in rules.REGION_LABELS:
        draft.region_label = rules.REGION_LABELS[region]
        return
    name = next((n for n, code in rules.REGIONS.items() if code == region and len(n) > 2), None)
    if name is None:
        words = region.split()
        marker = words[-1] if words[-1] in MARKER_NORM.values() else ""
        name = " ".join(words[:-1] if marker else words)
        draft.region_label = {"обл": f"{_capitalized(name)} обл.", "край": f"{_capitalized(name)} край"}.get(
            marker, f"{marker.capitalize()} {_capitalized(name)}".strip()
        )
        return
    suffix = " обл." if name.endswith("ая") else (" край" if name.endswith("ий") else "")
    draft.region_label = f"{_capitalized(name)}{suffix}" if suffix else f"Респ. {_capitalized(name)}"
