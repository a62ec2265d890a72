"""A person to forget, as written ("ФИО[, дата рождения]"), and how their name is found in stored text.

Names match whatever the case and with ё written as е (Пётр = ПЕТР), with the parts in any order ("Иванов Пётр
Сергеевич", "Пётр Сергеевич Иванов"), as whole words.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property
from typing import Any

from pipeline.engine.exceptions import BadInput

MAX_PARTS = 4
_PART = re.compile(r"^[^\W\d_]+(?:-[^\W\d_]+)*$")
_DATE_FORMATS = ("%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y")


def normalized(text: str) -> str:
    """Lower case, ё as е, single spaces: the form two spellings of one name share."""
    return " ".join(text.casefold().replace("ё", "е").split())


class BadInputPerson(BadInput):
    def __init__(self, message: str) -> None:
        super().__init__("person", message)


def parse_birth_date(text: str) -> date:
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise BadInputPerson(f"'{text.strip()}' is not a birth date (write it as 31.12.1980 or 1980-12-31)")


@dataclass(frozen=True)
class Person:
    """A full name of two to four words and, when given, a birth date that tells namesakes apart."""

    parts: tuple[str, ...]
    birth_date: date | None = None

    @classmethod
    def parse(cls, written: str) -> Person:
        """'Иванов Пётр Сергеевич, 01.02.1980' → Person; a one-word name or a bad date is refused (field person)."""
        name, _, born = (written or "").partition(",")
        parts = tuple(name.split())
        if len(parts) < 2 or len(parts) > MAX_PARTS:
            raise BadInputPerson(
                "write the full name: surname, first name and patronymic (two to four words)"
            )
        bad = [p for p in parts if not _PART.match(p)]
        if bad:
            raise BadInputPerson(f"'{bad[0]}' is not part of a name (letters and hyphens only)")
        return cls(parts, parse_birth_date(born) if born.strip() else None)

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """The name in any order of its parts, any case, ё or е, as whole words, in raw stored text."""
        orders = [" ".join(p) for p in itertools.permutations(self.parts)] if len(self.parts) <= 3 else []
        orders = orders or [" ".join(self.parts)]
        words = ["\\s+".join(_letters(w) for w in order.split()) for order in orders]
        return re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)", re.IGNORECASE)

    def found_in(self, text: str | None) -> bool:
        return bool(text) and self.pattern.search(text) is not None  # type: ignore[arg-type]

    def fields_in(self, value: Any) -> bool:
        """The name kept in separate fields of one record (a registry query: {"lastname": "Иванов",
        "firstname": "Петр", ...}): every part is a whole value of the same dict, somewhere in `value`."""
        if isinstance(value, list):
            return any(self.fields_in(v) for v in value)
        if not isinstance(value, dict):
            return False
        leaves = {normalized(v) for v in value.values() if isinstance(v, str)}
        if {normalized(p) for p in self.parts} <= leaves:
            return True
        return any(self.fields_in(v) for v in value.values())

    def same_birth(self, attrs: dict[str, Any] | None) -> bool:
        """False only when both this person and the stored subject carry birth dates and they differ."""
        stored = (attrs or {}).get("birth_date")
        if self.birth_date is None or not stored:
            return True
        try:
            return parse_birth_date(str(stored)) == self.birth_date
        except BadInput:
            return True


def _letters(word: str) -> str:
    """A word as a regular expression where е and ё stand for each other."""
    return "".join("[её]" if c in "её" else re.escape(c) for c in normalized(word))
