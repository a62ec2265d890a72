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
    inflect: bool = (
        True  # a loan word said as it is («ран 8», «билд 11»): its case cannot be read, none is put
    )


EVERYDAY: tuple[Everyday, ...] = (
    Everyday("линейка", "линеар", "the team's nickname for Linear; nothing in Mirano is a ruler"),
    Everyday("линейный", "линеар", "«линейный синк»: the adjective of the same nickname"),
    Everyday("прогон", "запуск", "testers call a run «прогон»"),
    Everyday("прогонка", "запуск", "«прогонка» is the same run"),
    Everyday("сожрать", "потратить", "«сколько сожрал импорт»: money or calls spent"),
    Everyday("слопать", "потратить", "the same, said another way"),
    Everyday("бэкофф", "backoff", "engineers say «в бэкоффе» for a job backing off after failures"),
    Everyday("бекофф", "backoff", "the same, spelt with е"),
    Everyday("ран", "запуск", "«ран 8»: an engineer's word for a run", inflect=False),
    Everyday("билд", "сборка", "«билд 11»: the index build, memory.build", inflect=False),
    Everyday("синк", "синхронизация", "«синк линейки»: a sync", inflect=False),
    Everyday("скок", "сколько", "«скок стоил чатвут»: how much, said in a hurry", inflect=False),
    Everyday("скока", "сколько", "the same, spelt as said", inflect=False),
    Everyday("док", "документ", "«скок доков в памяти»: documents; nothing in Mirano is a dock or a doctor"),
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


# Shorthand written in a hurry, put back as the words the later stages read
SHORTHAND = (
    (re.compile(r"(?<!\w)w/o(?=\s)", re.I), "without"),  # "w/o economy"
    (re.compile(r"(?<!\w)w/(?=\s)", re.I), "with"),  # "w/ economy on whats the limit"
)


def plain(text: str) -> str:
    """The question with everyday words put back as the product's words; everything else as it was said."""
    for pattern, words in SHORTHAND:
        text = pattern.sub(words, text)

    def swap(match: re.Match[str]) -> str:
        said = match.group(0)
        row = BY_LEMMA.get(word(said).lemma) or BY_LEMMA.get(said.lower())
        if not row or (not row.inflect and said.lower() != row.lemma):
            return said  # «раны» is a wound's, not a run's: only the loan word as it is said
        return _inflected(said.lower(), row.product) if row.inflect else row.product

    return WORD.sub(swap, text)
