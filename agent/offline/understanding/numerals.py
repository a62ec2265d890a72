"""Numbers said in words: «пятнадцать штук», "twenty-five dollars", «двести обращений» → 15, 25, 200.

People dictating or writing long sentences spell small numbers out; a budget or a limit said that way is the same
number. Russian words are read by their lemma (pymorphy3, as every other stage), so «пятнадцати» and «двумястами»
count too. Units, tens, hundreds and thousands, in one run of words ("one hundred and twenty", «сто двадцать»).
"""

from __future__ import annotations

import re

from agent.offline.understanding.morphology import lemmas

ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    "ноль": 0, "один": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7,
    "восемь": 8, "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13,
    "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18,
    "девятнадцать": 19, "двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60,
    "семьдесят": 70, "восемьдесят": 80, "девяносто": 90, "сто": 100, "двести": 200, "триста": 300,
    "четыреста": 400, "пятьсот": 500, "шестьсот": 600, "семьсот": 700, "восемьсот": 800, "девятьсот": 900,
    "тысяча": 1000,
}  # fmt: skip
JOINERS = frozenset(["and", "и"])  # "one hundred and twenty"
TOKEN = re.compile(r"[a-zа-яё]+", re.I)


def _value(token: str) -> int | None:
    lowered = token.lower()
    if lowered in ONES:
        return ONES[lowered]
    lemma = next(iter(lemmas(lowered)), lowered) if re.search("[а-яё]", lowered) else lowered
    return ONES.get(lemma)


def spelled_number(text: str) -> tuple[int, int] | None:
    """The first number said in words and where it ends in `text` (value, end offset), or None."""
    total = current = 0
    started, end = False, 0
    for match in TOKEN.finditer(text.replace("-", " ")):
        token = match.group(0)
        value = _value(token)
        if value is None:
            if started and token.lower() in JOINERS:
                continue
            if started:
                break
            continue
        if started and text[end : match.start()].strip(" -") not in ("", "and", "и"):
            break  # words in between: the number ended
        if value == 1000:  # «две тысячи», "two thousand": what came before, in thousands
            total, current = total + max(current, 1) * 1000, 0
        elif token.lower() == "hundred":  # "two hundred" (Russian says «двести» in one word)
            current = max(current, 1) * 100
        else:
            current += value
        started, end = True, match.end()
    return (total + current, end) if started else None
