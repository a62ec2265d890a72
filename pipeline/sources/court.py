"""Court cases: an HTML results page, parsed with the standard library; changed markup is a clear error.

Searched two ways, as the arbitration courts' card index is: by the building's address, or by a participant's INN
(any side). A party search keeps, about the developer asked for, the cases where it is the defendant; the cases it
brought are facts about their defendants, linked to it as parties (not shown in a building's report)."""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any

from pipeline.sources import FactRecord, SubjectRef, no_records, property_ref
from pipeline.sources.http import SourceCall

COLUMNS = ("number", "court", "date", "plaintiff", "defendant", "category", "status")


class CasesTableParser(HTMLParser):
    """Collects the rows of `<table class="cases">`: one dict per `<tr class="case">`, cells by class."""

    def __init__(self) -> None:
        super().__init__()
        self.total: int | None = None
        self.closed = False
        self.rows: list[dict[str, str]] = []
        self._in_table = False
        self._row: dict[str, str] | None = None
        self._cell: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "table" and a.get("class") == "cases":
            self._in_table = True
            self.total = int(a["data-total"]) if (a.get("data-total") or "").isdigit() else None
        elif self._in_table and tag == "tr" and a.get("class") == "case":
            self._row = {}
        elif self._row is not None and tag == "td":
            self._cell = a.get("class") or ""
            self._row[self._cell] = ""
            if a.get("data-inn"):
                self._row[f"{self._cell}_inn"] = a["data-inn"] or ""

    def handle_data(self, data: str) -> None:
        if self._row is not None and self._cell is not None:
            self._row[self._cell] += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "td":
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self.rows.append({k: v.strip() for k, v in self._row.items()})
            self._row = None
        elif tag == "table" and self._in_table:
            self._in_table, self.closed = False, True


def parse_cases(page: str) -> list[dict[str, str]]:
    """The case rows of a results page; raises ValueError naming what is missing when the markup changed."""
    parser = CasesTableParser()
    parser.feed(page)
    parser.close()
    if parser.total is None:
        raise ValueError('no results table (<table class="cases" data-total=N>) on the page')
    if not parser.closed:
        raise ValueError("the results table is not closed (truncated page)")
    if len(parser.rows) != parser.total:
        raise ValueError(f"the page announces {parser.total} cases but has {len(parser.rows)} rows")
    for row in parser.rows:
        missing = [c for c in COLUMNS if not row.get(c)]
        if missing:
            raise ValueError(f"a case row lacks {', '.join(missing)}")
    return parser.rows


def _defendant(row: dict[str, str]) -> SubjectRef:
    if row.get("defendant_inn"):
        inn = row["defendant_inn"]
        return SubjectRef("developer", inn, row["defendant"], {"inn": inn}, relation="developer")
    key = (
        " ".join(row["defendant"].lower().replace("ё", "е").split()) + "|"
    )  # as pipeline.checks.parties keys it
    return SubjectRef("person", key, row["defendant"], relation="party")


def _party_defendant(row: dict[str, str], inn: str) -> SubjectRef:
    """Asked by a party's INN: the asked developer itself ("self") when it is the defendant, else the defendant as
    a party of its case."""
    if row.get("defendant_inn") == inn:
        return SubjectRef("developer", inn, row["defendant"], {"inn": inn})
    ref = _defendant(row)
    return SubjectRef(ref.level, ref.key, ref.name, ref.attrs, relation="party")


def search(call: SourceCall, params: dict[str, Any]) -> list[FactRecord]:
    """Court cases that mention the property's address (or, asked by INN, in which that party takes part), each a
    fact about its defendant."""
    inn = params.get("inn")
    if inn:
        response = call.get("/search/party", {"inn": inn, "side": params.get("side", "any")})
    else:
        response = call.get("/search", {"address": params["address"]})
    try:
        rows = parse_cases(response.text)
    except ValueError as exc:
        raise call.malformed(f"court results page could not be parsed: {exc}") from None
    if inn and any(inn not in (row.get("plaintiff_inn"), row.get("defendant_inn")) for row in rows):
        raise call.malformed(f"asked about the cases of INN {inn}, answered with a case it takes no part in")
    if not rows:
        asked = SubjectRef("developer", inn, f"ИНН {inn}") if inn else property_ref(params)
        return [no_records("court", asked, "судебные дела не найдены")]
    return [
        FactRecord(
            _party_defendant(row, inn) if inn else _defendant(row),
            "court_case",
            row["number"],
            {k: row[k] for k in COLUMNS} | {"bankruptcy": "банкрот" in row["category"].lower()},
        )
        for row in rows
    ]
