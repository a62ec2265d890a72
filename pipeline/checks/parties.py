"""The parties of a check: its owner or seller (a person) and its developer (an organisation, by INN).

A person is named as people write names: "Иванов Пётр Сергеевич, 1980-05-12", "Пётр Иванов", "Иванов П. С.". The
name is normalised (ё/е, case, the order of its parts, read with pymorphy3's name tags) into one key, with the birth
date when it is known: two people with one name and different birth dates are two subjects. Initials match a known
person only when exactly one fits; otherwise the name is refused, naming why, before anything is spent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pipeline.checks.facts import link_subject, upsert_subject
from pipeline.engine.exceptions import BadInput
from pipeline.models.checks import Subject, SubjectLink
from pipeline.sources import SubjectRef
from pipeline.text.lemmas import analyzer

INN = re.compile(r"\d{10}|\d{12}")
WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")
ROLES = ("Surn", "Name", "Patr")


@dataclass(frozen=True)
class Person:
    """A person as normalised: lower case, ё as е; `first`/`middle` are one letter when only initials are known."""

    last: str
    first: str
    middle: str
    birthdate: str | None  # ISO date

    @property
    def initials_only(self) -> bool:
        return len(self.first) == 1

    @property
    def key(self) -> str:
        return f"{self.last} {self.first} {self.middle}".strip() + f"|{self.birthdate or ''}"

    @property
    def name(self) -> str:
        parts = [
            p.capitalize() + ("." if len(p) == 1 else "") for p in (self.last, self.first, self.middle) if p
        ]
        return " ".join(parts)

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "birthdate": self.birthdate, "key": self.key}


def normal(word: str) -> str:
    return word.lower().replace("ё", "е")


def _role(word: str) -> str | None:
    """Surn, Name or Patr: the likeliest name role pymorphy3 gives the word, or None."""
    for parse in analyzer().parse(word):  # the process's one pymorphy3 analyzer
        for role in ROLES:
            if role in parse.tag:
                return role
    return None


def _birthdate(text: str) -> str:
    text = text.strip()
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text) or re.fullmatch(r"(\d{2})\.(\d{2})\.(\d{4})", text)
    if not match:
        raise BadInput("owner", f"birth date {text!r}: write it as 1980-05-12 or 12.05.1980")
    parts = [int(p) for p in match.groups()]
    year, month, day = parts if len(match.group(1)) == 4 else parts[::-1]
    try:
        born = date(year, month, day)
    except ValueError:
        raise BadInput("owner", f"birth date {text!r} is not a date") from None
    if year < 1900:
        raise BadInput("owner", f"birth date {text!r} is before 1900")
    return born.isoformat()


def _ordered(words: list[str], written: str) -> tuple[str, str, str]:
    """(last, first, middle) from full words in either order: "Иванов Пётр Сергеевич", "Пётр Сергеевич Иванов"."""
    roles = [_role(w) for w in words]
    if len(words) == 3 and roles[2] == "Patr":
        return words[0], words[1], words[2]
    if len(words) == 3 and roles[1] == "Patr":
        return words[2], words[0], words[1]
    if len(words) == 2 and roles.count("Surn") == 1 and "Name" in roles:
        last = words[roles.index("Surn")]
        return last, words[1 - roles.index("Surn")], ""
    raise BadInput(
        "owner",
        f"cannot tell the surname, first name and patronymic in {written!r}: write «Фамилия Имя Отчество»",
    )


def parse_person(text: str) -> Person:
    """A person from "ФИО[, дата рождения]"; BadInput("owner", …) when the name cannot be read unambiguously."""
    name, _, born = text.partition(",")
    birthdate = _birthdate(born) if born.strip() else None
    written = name.strip()
    words = [normal(w) for w in WORD.findall(written)]
    if not words or re.search(r"[A-Za-z0-9]", written):
        raise BadInput(
            "owner", f"owner {text!r}: write the name in Cyrillic, «Фамилия Имя Отчество[, 1980-05-12]»"
        )
    initials = [w for w in words if len(w) == 1]
    full = [w for w in words if len(w) > 1]
    if initials:  # "Иванов П. С." or "П. С. Иванов": one surname and its initials
        if len(full) != 1 or len(initials) > 2:
            raise BadInput("owner", f"owner {written!r}: initials need one surname, as in «Иванов П. С.»")
        return Person(full[0], initials[0], initials[1] if len(initials) > 1 else "", birthdate)
    if len(words) not in (2, 3):
        raise BadInput("owner", f"owner {written!r}: a person's name has two or three words")
    return Person(*_ordered(words, written), birthdate)


def parse_inn(text: str) -> str:
    """A developer's INN: 10 digits (an organisation) or 12 (an entrepreneur)."""
    inn = text.strip()
    if not INN.fullmatch(inn):
        raise BadInput("developer", f"INN {text!r}: 10 digits for an organisation, 12 for an entrepreneur")
    return inn


def known_person(s: Session, person: Person) -> Person:
    """The full-named person initials stand for, when exactly one known person fits; a full name is itself."""
    if not person.initials_only:
        return person
    keys = s.scalars(
        select(Subject.key).where(Subject.level == "person", Subject.key.startswith(f"{person.last} "))
    )
    fits = []
    for key in keys:
        words, _, born = key.partition("|")
        parts = words.split()
        if len(parts) < 2 or len(parts[1]) < 2 or not parts[1].startswith(person.first):
            continue
        if person.middle and (len(parts) < 3 or not parts[2].startswith(person.middle)):
            continue
        if person.birthdate and born != person.birthdate:
            continue
        fits.append(Person(parts[0], parts[1], parts[2] if len(parts) > 2 else "", born or None))
    if len(fits) != 1:
        found = "no known person" if not fits else f"{len(fits)} known people"
        raise BadInput("owner", f"owner {person.name}: {found} match these initials; write the full name")
    return fits[0]


def person_subject(s: Session, person: Person) -> int:
    attrs = {"birthdate": person.birthdate, "name": person.name}
    return upsert_subject(s, SubjectRef("person", person.key, person.name, attrs))


def developer_subject(s: Session, inn: str) -> int:
    return upsert_subject(s, SubjectRef("developer", inn, f"ИНН {inn}", {"inn": inn}))


@dataclass(frozen=True)
class Parties:
    """What a check was told about its parties (both optional), as stored on the SearchJob."""

    owner: Person | None = None
    developer: str | None = None

    @classmethod
    def read(cls, owner: str | None, developer: str | None) -> Parties:
        """Both parties checked before anything is written (bad input is refused first)."""
        return cls(
            parse_person(owner) if owner and owner.strip() else None,
            parse_inn(developer) if developer and developer.strip() else None,
        )

    def stored(self, s: Session, property_id: int, building_id: int) -> dict[str, Any]:
        """Link the parties to the property (owner) and its building (developer); returns the job's `parties`."""
        out: dict[str, Any] = {}
        if self.owner is not None:
            person = known_person(s, self.owner)
            link_subject(s, property_id, person_subject(s, person), "owner")
            out["owner"] = person.as_dict()
        if self.developer:
            link_subject(s, building_id, developer_subject(s, self.developer), "developer")
            out["developer"] = {"inn": self.developer}
        return out


def developer_of(s: Session, building_id: int) -> str | None:
    """The INN of the building's developer as its facts name it (the newest link), or None."""
    return s.scalar(
        select(Subject.key)
        .join(SubjectLink, SubjectLink.subject_id == Subject.id)
        .where(SubjectLink.property_id == building_id, Subject.level == "developer")
        .order_by(Subject.id.desc())
        .limit(1)
    )


def fssp_params(person: dict[str, Any]) -> dict[str, Any]:
    """What an FSSP-style search by person is asked: surname, first name, patronymic and birth date (dd.mm.yyyy)."""
    words, _, born = person["key"].partition("|")
    parts = [*words.split(), "", ""][:3]
    birthdate = ".".join(reversed(born.split("-"))) if born else ""
    return {
        "lastname": parts[0].capitalize(),
        "firstname": parts[1].capitalize(),
        "secondname": parts[2].capitalize(),
        "birthdate": birthdate,
    }
