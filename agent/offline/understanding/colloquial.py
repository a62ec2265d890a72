"""Stage 0: everyday words said for the product's own. People say «линейка» for Linear and «прогон» for a run;
the later stages read the product's words, so each such word is put back, by its lemma (pymorphy3), in the same
case and number («прогона» → «запуска»). Rules as data: each row says why it exists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent.offline.understanding.morphology import WORD, analyzer, word


@dataclass(frozen=True)
class Everyday:
    lemma: str  # the lemma people say
    product: str  # the product's word for it (a name stays as it is; a Russian noun is inflected to match)
    why: str


EVERYDAY: tuple[Everyday, ...] = (
    Everyday("линейка", "линеар", "the team's nickname for Linear; nothing in Mirano is a ruler"),
    Everyday("линейный", "линеар", "«линейный синк»: the adjective of the same nickname"),
    Everyday("прогон", "запуск", "testers call a run «прогон»"),
    Everyday("прогонка", "запуск", "«прогонка» is the same run"),
    Everyday("сожрать", "потратить", "«сколько сожрал импорт»: money or calls spent"),
    Everyday("слопать", "потратить", "the same, said another way"),
)
BY_LEMMA = {row.lemma: row for row in EVERYDAY}
NOUN_GRAMMEMES = ("nomn", "gent", "datv", "accs", "ablt", "loct", "sing", "plur")
VERB_GRAMMEMES = ("past", "masc", "femn", "neut", "sing", "plur")  # «сожрала» → «потратила»


def _inflected(said: str, product: str) -> str:
    """The product's word in the case and number of the word that was said («прогона» → «запуска»)."""
    if not re.search(r"[а-яё]", product):
        return product
    tag = analyzer().parse(said)[0].tag
    grammemes = VERB_GRAMMEMES if tag.POS == "VERB" else NOUN_GRAMMEMES  # a noun's gender is its own
    wanted = {g for g in grammemes if g in tag}
    form = analyzer().parse(product)[0].inflect(wanted) if wanted else None
    return form.word if form else product


def plain(text: str) -> str:
    """The question with everyday words put back as the product's words; everything else as it was said."""

    def swap(match: re.Match[str]) -> str:
        row = BY_LEMMA.get(word(match.group(0)).lemma)
        return _inflected(match.group(0).lower(), row.product) if row else match.group(0)

    return WORD.sub(swap, text)
