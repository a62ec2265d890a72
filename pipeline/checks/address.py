"""Address normalization: equivalent spellings of one address give one property key."""

from __future__ import annotations

import re

# Words that only say "this is a city / a street / a house": they carry no identity.
NOISE = {"г", "город", "ул", "улица", "д", "дом", "россия", "рф", "кв", "квартира"}
# Other street types are kept (Тверская улица is not Тверской бульвар), but spelled one way.
STREET_TYPES = {
    "пр": "проспект",
    "пр-т": "проспект",
    "пр-кт": "проспект",
    "просп": "проспект",
    "проспект": "проспект",
    "пер": "переулок",
    "переулок": "переулок",
    "наб": "набережная",
    "набережная": "набережная",
    "ш": "шоссе",
    "шоссе": "шоссе",
    "б-р": "бульвар",
    "бульвар": "бульвар",
    "бул": "бульвар",
    "пл": "площадь",
    "площадь": "площадь",
    "проезд": "проезд",
    "пр-д": "проезд",
}
CITIES = {
    "спб": "санкт-петербург",
    "питер": "санкт-петербург",
    "с-петербург": "санкт-петербург",
    "мск": "москва",
}
REGIONS = {"москва": "77", "санкт-петербург": "78"}


def _tokens(address: str) -> list[str]:
    text = address.lower().replace("ё", "е")
    text = re.sub(r"санкт[\s\-]+петербург", "санкт-петербург", text)
    text = re.sub(r"\b(корпус|корп|к)\.?\s*(\d+)", r" к\2 ", text)
    text = re.sub(r"\b(строение|стр)\.?\s*(\d+)", r" с\2 ", text)
    text = re.sub(r"\bд\.?(\d)", r" \1", text)
    text = re.sub(r"[^\w\-]+", " ", text)
    return [t.strip("-") for t in text.split() if t.strip("-")]


def normalize_address(address: str) -> str:
    """A canonical key: lower case, no filler words, one spelling per street type, tokens in sorted order."""
    words: list[str] = []
    for token in _tokens(address):
        if token in NOISE:
            continue
        words.append(STREET_TYPES.get(token, CITIES.get(token, token)))
    return " ".join(sorted(words))


def region_of(key: str) -> str:
    """The region code (77 Moscow, 78 Saint Petersburg) of a normalized address, '00' when unknown."""
    return next((code for city, code in REGIONS.items() if city in key.split()), "00")
