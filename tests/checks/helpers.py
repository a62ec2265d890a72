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


PARTY_CASE = "А40-310001/{yyyy}"  # a case of the developer of Тверская 1 that no address search shows


def add_party_case(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The demo court's card index also knows a case against ООО «СтройИнвест Центр» (Тверская 1, Мясницкая 8 and
    10) brought over another of its buildings: found only by the developer's INN."""
    from pipeline.demo import property_data

    case = {
        "number": PARTY_CASE,
        "court": "Арбитражный суд г. Москвы",
        "date": property_data.ago(60),
        "plaintiff": "Петров Илья Андреевич",
        "defendant": "ООО «СтройИнвест Центр»",
        "defendant_inn": "7701000001",
        "category": "Защита прав участников долевого строительства",
        "status": "Рассматривается",
    }
    monkeypatch.setitem(
        property_data.PARTY_CASES, "7701000001", [*property_data.PARTY_CASES["7701000001"], case]
    )
