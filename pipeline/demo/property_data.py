"""Deterministic demo data for the property-check sources: eight buildings in Moscow and Saint Petersburg (three of one developer).

Clean ones and risky ones: a bankrupt developer (court + reviews), active enforcement against the owner,
a price far below market, a developer sued as defendant; two flats with owners of their own. Any other address
finds nothing.

The demo sources read the address they receive with `read_request` below, written apart from the product's parser
(pipeline/checks never imports here, and this module never imports pipeline/checks): it accepts what a person or a
real source's form would take ("г. Москва, ул. Тверская, д. 1, кв. 7") and answers 400 to anything else, so a
product that sent an internal key or a garbled address fails its tests instead of being understood by the same code.

Dates are written as days before the demo's day (`ago(3)`: published three days before `mirano init --demo`), and
the numbers of cases and proceedings carry the year of their own date, so the demo is coherent on any day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any


@dataclass(frozen=True)
class DaysAgo:
    days: int


def ago(days: int) -> DaysAgo:
    return DaysAgo(days)


def dated(value: Any, today: date) -> Any:
    """A copy of demo data with every `ago(n)` as an ISO date n days before today, and a case's or a
    proceeding's number ("А40-123456/{yyyy}", "125478/{yy}/78022-ИП") written with its own date's year."""
    if isinstance(value, DaysAgo):
        return (today - timedelta(days=value.days)).isoformat()
    if isinstance(value, list):
        return [dated(v, today) for v in value]
    if not isinstance(value, dict):
        return value
    out = {k: dated(v, today) for k, v in value.items()}
    if isinstance(value.get("date"), DaysAgo) and isinstance(out.get("number"), str):
        year = date.fromisoformat(out["date"]).year
        out["number"] = out["number"].format(yyyy=year, yy=f"{year % 100:02d}")
    return out


DEVELOPERS: dict[str, dict[str, Any]] = {
    "7701000001": {"name": "ООО «СтройИнвест Центр»", "inn": "7701000001", "status": "действующая"},
    "7702000002": {"name": "ООО «ГрадСтрой Девелопмент»", "inn": "7702000002", "status": "банкротство"},
    "7803000003": {"name": "АО «Невский Дом»", "inn": "7803000003", "status": "действующая"},
    "7704000004": {"name": "ООО «Профиль Девелопмент»", "inn": "7704000004", "status": "действующая"},
    "7805000005": {"name": "ООО «Садовое Кольцо»", "inn": "7805000005", "status": "действующая"},
    "7706000006": {"name": "ООО «Кутузов Строй»", "inn": "7706000006", "status": "действующая"},
    "7707000007": {"name": "ООО «Мясницкий Квартал»", "inn": "7707000007", "status": "действующая"},
    "7808000008": {"name": "АО «Балтийский Берег»", "inn": "7808000008", "status": "действующая"},
}


def _listing(n: int, price: int, area: float, date: str, district: str) -> dict[str, Any]:
    return {
        "id": f"L-{n}",
        "title": f"{area:g} м², квартира",
        "price": price,
        "area": area,
        "date": date,
        "url": f"https://listings.example/flat/{n}",
        "district": district,
    }


def _review(n: int, rating: int, text: str, date: str) -> dict[str, Any]:
    return {"id": f"R-{n}", "rating": rating, "text": text, "date": date, "author": f"Покупатель {n}"}


PROPERTIES: dict[str, dict[str, Any]] = {
    "г. Москва, ул. Тверская, д. 1": {
        "cadastral": "77:01:0001001:1001",
        "developer": "7701000001",
        "owner": "Смирнова Анна Викторовна",
        "market_per_m2": 620000,
        "district": "Тверской",
        "listings": [
            _listing(101, 48_000_000, 75.0, ago(12), "Тверской"),
            _listing(102, 39_500_000, 62.0, ago(8), "Тверской"),
            _listing(103, 29_800_000, 47.5, ago(4), "Тверской"),
        ],
        "reviews": [
            _review(1, 5, "Дом сдан в срок, качество отделки хорошее.", ago(81)),
            _review(2, 4, "Управляющая компания отвечает быстро.", ago(42)),
            _review(3, 5, "Документы в порядке, ключи выдали вовремя.", ago(23)),
        ],
        "court": [],
        "enforcement": [],
    },
    "г. Москва, Ленинский проспект, д. 90": {
        "cadastral": "77:06:0002002:2002",
        "developer": "7702000002",
        "owner": "Кузнецов Олег Игоревич",
        "market_per_m2": 410000,
        "district": "Ломоносовский",
        "listings": [_listing(201, 23_900_000, 58.0, ago(17), "Ломоносовский")],
        "reviews": [
            _review(11, 1, "Стройка заморожена больше года, застройщик не выходит на связь.", ago(160)),
            _review(12, 2, "Сроки сдачи переносили трижды, теперь процедура банкротства.", ago(94)),
            _review(13, 1, "Дольщики создали инициативную группу, работ на объекте нет.", ago(52)),
        ],
        "court": [
            {
                "number": "А40-123456/{yyyy}",
                "court": "Арбитражный суд г. Москвы",
                "date": ago(384),
                "plaintiff": "ПАО «Банк Развитие»",
                "defendant": "ООО «ГрадСтрой Девелопмент»",
                "defendant_inn": "7702000002",
                "category": "Несостоятельность (банкротство)",
                "status": "Введено конкурсное производство",
            },
            {
                "number": "А40-98765/{yyyy}",
                "court": "Арбитражный суд г. Москвы",
                "date": ago(278),
                "plaintiff": "Иванова Мария Петровна",
                "defendant": "ООО «ГрадСтрой Девелопмент»",
                "defendant_inn": "7702000002",
                "category": "Защита прав участников долевого строительства",
                "status": "Рассматривается",
            },
        ],
        "enforcement": [],
    },
    "г. Санкт-Петербург, Невский проспект, д. 100": {
        "cadastral": "78:31:0003003:3003",
        "developer": "7803000003",
        "owner": "Иванов Пётр Сергеевич",
        "market_per_m2": 480000,
        "district": "Центральный",
        "listings": [_listing(301, 33_500_000, 70.0, ago(10), "Центральный")],
        "reviews": [_review(21, 4, "Хороший дом в центре, но шумно.", ago(138))],
        "court": [],
        "enforcement": [
            {
                "number": "125478/{yy}/78022-ИП",
                "date": ago(430),
                "subject": "Задолженность по кредитным платежам (кроме ипотеки)",
                "amount": 1_840_000.0,
                "department": "Центральный РОСП ГУФССП России по г. Санкт-Петербургу",
                "end_reason": None,
            },
            {
                "number": "88412/{yy}/78022-ИП",
                "date": ago(265),
                "subject": "Обращение взыскания на заложенное имущество",
                "amount": 6_200_000.0,
                "department": "Центральный РОСП ГУФССП России по г. Санкт-Петербургу",
                "end_reason": None,
            },
            {
                "number": "40211/{yy}/78022-ИП",
                "date": ago(1291),
                "subject": "Штраф ГИБДД",
                "amount": 1500.0,
                "department": "Центральный РОСП ГУФССП России по г. Санкт-Петербургу",
                "end_reason": "ст. 47 ч. 1 п. 1 (фактическое исполнение)",
            },
        ],
    },
    "г. Москва, ул. Профсоюзная, д. 45": {
        "cadastral": "77:05:0004004:4004",
        "developer": "7704000004",
        "owner": "Петрова Елена Андреевна",
        "market_per_m2": 350000,
        "district": "Академический",
        "listings": [
            _listing(401, 6_500_000, 60.0, ago(3), "Академический"),
            _listing(402, 21_400_000, 61.0, ago(20), "Академический"),
        ],
        "reviews": [_review(31, 4, "Нормальный дом, парковки мало.", ago(201))],
        "court": [],
        "enforcement": [],
    },
    "г. Санкт-Петербург, ул. Садовая, д. 12": {
        "cadastral": "78:32:0005005:5005",
        "developer": "7805000005",
        "owner": "Соколов Дмитрий Олегович",
        "market_per_m2": 390000,
        "district": "Адмиралтейский",
        "listings": [_listing(501, 19_900_000, 52.0, ago(7), "Адмиралтейский")],
        "reviews": [
            _review(41, 5, "Исторический центр, дом после капремонта.", ago(62)),
            _review(42, 4, "Соседи тихие, подъезд чистый.", ago(44)),
        ],
        "court": [],
        "enforcement": [],
    },
    "г. Москва, Кутузовский проспект, д. 30": {
        "cadastral": "77:07:0006006:6006",
        "developer": "7706000006",
        "owner": "Морозов Игорь Павлович",
        "market_per_m2": 540000,
        "district": "Дорогомилово",
        "listings": [
            _listing(601, 41_000_000, 80.0, ago(14), "Дорогомилово"),
            _listing(602, 30_500_000, 57.0, ago(6), "Дорогомилово"),
        ],
        "reviews": [
            _review(51, 3, "Отделка с недочётами, исправляли полгода.", ago(224)),
            _review(52, 2, "Перенос сроков на 8 месяцев.", ago(145)),
        ],
        "court": [
            {
                "number": "2-4512/{yyyy}",
                "court": "Дорогомиловский районный суд г. Москвы",
                "date": ago(214),
                "plaintiff": "Фролов Сергей Юрьевич",
                "defendant": "ООО «Кутузов Строй»",
                "defendant_inn": "7706000006",
                "category": "Взыскание неустойки по ДДУ",
                "status": "Рассмотрено",
            }
        ],
        "enforcement": [],
    },
}

# Two more buildings of ООО «СтройИнвест Центр» (the developer of Тверская 1): a developer with several buildings.
PROPERTIES.update(
    {
        f"г. Москва, ул. Мясницкая, д. {house}": {
            "cadastral": f"77:01:0007007:70{house:02d}",
            "developer": "7701000001",
            "owner": owner,
            "market_per_m2": 600000,
            "district": "Басманный",
            "listings": [_listing(700 + house, 36_000_000, 58.0, ago(5), "Басманный")],
            "reviews": [_review(3, 5, "Документы в порядке, ключи выдали вовремя.", ago(23))],
            "court": [],
            "enforcement": [],
        }
        for house, owner in ((8, "Орлова Мария Ильинична"), (10, "Зайцев Кирилл Андреевич"))
    }
)

# Birth dates of the demo owners the registry knows them with (a person search names them to tell namesakes apart).
BIRTHDATES: dict[str, str] = {"Иванов Пётр Сергеевич": "1980-05-12", "Волков Артём Денисович": "1987-11-03"}

# The proceedings against Волков Артём Денисович: the registry's are the person's, whichever of his flats is asked.
VOLKOV_PROCEEDINGS = [
    {
        "number": "77123/{yy}/77001-ИП",
        "date": ago(192),
        "subject": "Задолженность по оплате ЖКУ",
        "amount": 184_300.0,
        "department": "Тверской ОСП ГУФССП России по г. Москве",
        "end_reason": None,
    }
]

# Flats with owners of their own: enforcement is asked per flat, so only these flats' checks see these owners.
FLATS: dict[tuple[str, str], dict[str, Any]] = {
    ("г. Москва, ул. Тверская, д. 1", "7"): {
        "owner": "Волков Артём Денисович",
        "enforcement": VOLKOV_PROCEEDINGS,
    },
    ("г. Москва, ул. Тверская, д. 1", "8"): {"owner": "Лебедева Ольга Сергеевна", "enforcement": []},
    # a second flat of the owner of кв. 7: the registry's proceedings are the person's, whichever flat is asked about
    ("г. Москва, ул. Тверская, д. 1", "9"): {
        "owner": "Волков Артём Денисович",
        "enforcement": VOLKOV_PROCEEDINGS,
    },
}

SETTLEMENT = re.compile(r"(?:г|пос|п|с|д|пгт|рп|ст-ца|х|снт)\.?\s+([а-я][а-я\s-]*)")
REGION_WORDS = {"обл", "область", "край", "респ", "республика", "ао", "р-н", "район"}
STREET_WORDS = {
    "ул": "улица", "улица": "улица", "пр-кт": "проспект", "пр-т": "проспект", "просп": "проспект",
    "проспект": "проспект", "пер": "переулок", "переулок": "переулок", "б-р": "бульвар", "бульвар": "бульвар",
    "наб": "набережная", "набережная": "набережная", "ш": "шоссе", "шоссе": "шоссе", "пл": "площадь",
    "проезд": "проезд", "туп": "тупик", "аллея": "аллея", "линия": "линия", "мкр": "микрорайон",
    "кв-л": "квартал", "тракт": "тракт", "спуск": "спуск", "дор": "дорога",
}  # fmt: skip
HOUSE = re.compile(r"(?:д|дом|вл|уч)\.?\s*(\d+(?:-\d+)?[а-я]?(?:/\d+[а-я]?)?)(?:\s+(лит)\.?\s*([0-9а-я]+))?")
FLAT = re.compile(r"(?:кв|квартира|оф|офис|пом|комн)\.?\s*(\d+[а-я]?)")
UNIT = re.compile(r"(корп|стр|лит)\.?\s*([0-9а-я]+)")


class Unreadable(ValueError):
    """The demo source could not read the address it was sent (it answers 400 with this reason)."""


def read_request(address: str) -> tuple[tuple[str, str, str, str], str | None]:
    """((city, street type, street name, house), flat) from a written address; Unreadable when a part is missing.

    The city is the last settlement named ("г. Москва, пос. Коммунарка" is Коммунарка); a region or district
    is skipped; of two streets ("мкр. Сходня, ул. Некрасова") the last is the street.
    """
    city = street_type = street = house = None
    flat, units = None, []
    for raw in (address or "").lower().replace("ё", "е").split(","):
        text = raw.strip()
        part = " ".join(text.replace(".", " ").split())
        if not part:
            continue
        if m := SETTLEMENT.fullmatch(text) or re.fullmatch(r"(москва|санкт-петербург)", part):
            city = " ".join(m.group(1).split())
        elif m := HOUSE.fullmatch(text):
            house = m.group(1) + (f" лит{m.group(3)}" if m.group(2) else "")
        elif m := FLAT.fullmatch(text):
            flat = flat or m.group(1)  # "кв. 7, комн. 2": the flat is the first unit named
        elif m := UNIT.fullmatch(text):
            units.append(m.group(1) + m.group(2))
        elif set(part.split()) & REGION_WORDS:
            continue
        else:
            words = part.split()
            types = [w for w in words if w in STREET_WORDS]
            if len(types) != 1 or len(words) < 2:
                raise Unreadable(f"cannot read {text!r} as a city, street, house or flat")
            street_type, street = STREET_WORDS[types[0]], " ".join(w for w in words if w not in STREET_WORDS)
    if not street and not house and units and units[0].startswith("корп"):
        house = units.pop(0)  # "г. Зеленоград, корп. 1104": the корпус is the building
    if not street and house:  # a village's houses and Зеленоград's корпуса have no street
        street_type = street = ""
    missing = [n for n, v in (("city", city), ("street", street is not None), ("house", house)) if not v]
    if missing:
        raise Unreadable(f"address {address!r} lacks {', '.join(missing)}")
    return (city, street_type, street, " ".join([house, *units])), flat  # type: ignore[return-value]


BY_KEY: dict[tuple[str, str, str, str], dict[str, Any]] = {
    read_request(a)[0]: {**p, "address": a} for a, p in PROPERTIES.items()
}
FLATS_BY_KEY = {(read_request(a)[0], flat): data for (a, flat), data in FLATS.items()}


def known(address: str) -> bool:
    """Whether a written address is one of the demo buildings (its flat ignored)."""
    return read_request(address)[0] in BY_KEY


def find(address: str, today: date) -> dict[str, Any] | None:
    """The demo building for a written address (its flat ignored), dated from today, or None; Unreadable when
    it cannot be read."""
    return dated(BY_KEY.get(read_request(address)[0]), today)


def owner_of(address: str, today: date) -> tuple[str, list[dict[str, Any]]] | None:
    """(owner, proceedings) of a flat, or of the whole building when no flat is named; None when unknown."""
    building, flat = read_request(address)
    data = FLATS_BY_KEY.get((building, flat)) if flat is not None else BY_KEY.get(building)
    return (data["owner"], dated(data["enforcement"], today)) if data else None


def _normal(name: str) -> str:
    return " ".join(name.lower().replace("ё", "е").split())


def _owners() -> list[tuple[str, list[dict[str, Any]]]]:
    """Every demo owner with the proceedings recorded on any property they own."""
    return [(p["owner"], p["enforcement"]) for p in PROPERTIES.values()] + [
        (f["owner"], f["enforcement"]) for f in FLATS.values()
    ]


def person(name: str, birthdate: str | None, today: date) -> tuple[str, list[dict[str, Any]]] | None:
    """(name, proceedings) of the demo person with this full name (ё/е and case aside) and, when asked, this birth
    date (ISO); None when nobody matches. A person's proceedings are theirs whichever flat they own."""
    wanted, found, numbers = _normal(name), None, set()
    proceedings: list[dict[str, Any]] = []
    for owner, recorded in _owners():
        known_birthdate = BIRTHDATES.get(owner)
        if _normal(owner) != wanted or (birthdate and known_birthdate and birthdate != known_birthdate):
            continue
        found = owner
        for p in recorded:
            if p["number"] not in numbers:
                numbers.add(p["number"])
                proceedings.append(p)
    return (found, dated(proceedings, today)) if found else None


def developer_reviews(inn: str, today: date) -> list[dict[str, Any]]:
    """Every review of the developer with this INN, over all its buildings (each review once)."""
    seen: dict[str, dict[str, Any]] = {}
    for p in BY_KEY.values():  # what the sources serve (find() reads the same rows)
        if p["developer"] == inn:
            for review in p["reviews"]:
                seen.setdefault(review["id"], review)
    return dated(list(seen.values()), today)


# Cases the court's card index finds by a participant's INN that no demo building's address search shows: a claim
# the developer of Тверская 1 brought against its contractor (it is the plaintiff, so no risk of its buildings).
PARTY_CASES: dict[str, list[dict[str, Any]]] = {
    "7701000001": [
        {
            "number": "А40-204518/{yyyy}",
            "court": "Арбитражный суд г. Москвы",
            "date": ago(131),
            "plaintiff": "ООО «СтройИнвест Центр»",
            "plaintiff_inn": "7701000001",
            "defendant": "ООО «Подряд-Монтаж»",
            "defendant_inn": "7709123456",
            "category": "Взыскание неустойки по договору подряда",
            "status": "Рассмотрено",
        }
    ]
}


def party_cases(inn: str, today: date) -> list[dict[str, Any]]:
    """Every case with this INN on either side: those the demo buildings' address searches show (each once) and
    those found only by the party (`PARTY_CASES`)."""
    seen: dict[str, dict[str, Any]] = {}
    for p in BY_KEY.values():
        for case in p["court"]:
            if inn in (case.get("plaintiff_inn"), case.get("defendant_inn")):
                seen.setdefault(case["number"], case)
    for case in PARTY_CASES.get(inn, []):
        seen.setdefault(case["number"], case)
    return dated(list(seen.values()), today)
