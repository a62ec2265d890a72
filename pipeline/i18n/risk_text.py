"""Risk factors in the reader's language, for every surface (dashboard, CLI): a factor's title, and the half of
its stored explanation (written "Russian / English" by pipeline/checks/risk.py) that the reader reads."""

from __future__ import annotations

from pipeline.i18n import tr

FACTOR_TITLES = {
    "developer_bankrupt": "Developer bankrupt",
    "active_enforcement": "Active enforcement",
    "court_cases_as_defendant": "Court cases as defendant",
    "price_below_market": "Price below market",
    "bad_reviews": "Bad reviews",
}


def factor_title(name: str, lang: str) -> str:
    """'Active enforcement' / 'Активные взыскания'; an unknown factor by its code made readable."""
    return tr(lang, FACTOR_TITLES[name]) if name in FACTOR_TITLES else name.replace("_", " ").capitalize()


def explanation(text: str, lang: str) -> str:
    """The Russian half for a Russian reader, the English half for an English one (the whole when not split)."""
    if " / " not in text:
        return text
    russian, english = text.rsplit(" / ", 1)
    return (russian if lang == "ru" else english) or text
