"""Small readers over the check tables, for assertions."""

from __future__ import annotations

from sqlalchemy import func, select

from pipeline.db import read_scope
from pipeline.models.checks import Evidence, Fact, SearchJob, SearchTask

LENINSKY = "г. Москва, Ленинский проспект, д. 90"
TVERSKAYA = "г. Москва, ул. Тверская, д. 1"
NEVSKY = "г. Санкт-Петербург, Невский проспект, д. 100"
PROFSOYUZNAYA = "г. Москва, ул. Профсоюзная, д. 45"


def count(model: type, *where: object) -> int:
    with read_scope() as s:
        return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def facts(*where: object) -> int:
    return count(Fact, *where)


def tasks(*where: object) -> list[SearchTask]:
    with read_scope() as s:
        return list(s.scalars(select(SearchTask).where(*where).order_by(SearchTask.id)))


def jobs() -> int:
    return count(SearchJob)


def evidence(*where: object) -> int:
    return count(Evidence, *where)
