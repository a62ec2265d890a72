"""One stemming for the whole product: Russian words to their dictionary form (pymorphy3 and its Russian
dictionaries, loaded once per process, offline, about 0.1 s), English words through a light suffix rule.

The assistant reads `word()` (a lemma with the grammar its stages need: the imperative mood, the past tense);
memory search indexes and queries `search_terms()`; extraction keys its statements on `term()`. So «смету»,
«сметы» and «смета» are one word everywhere, and «сметана» is another one (a 5-letter prefix took it for the same).

English: the lemma is the word with one inflection taken off ("delays", "delayed", "delaying" → "delay";
"estimates", "estimated" → "estimat": a final e goes too, so the verb and its forms meet). No dictionary: a rare
pair may still meet ("news"/"new") or miss ("agreed"/"agree"); it is the same rule for the index and the query.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?", re.UNICODE)  # the assistant's words: «кто-то» is one word
TOKEN = re.compile(
    r"[^\W_]+", re.UNICODE
)  # words as full-text search splits them (digits kept, hyphens split)
CYRILLIC = re.compile(r"[а-яё]", re.I)
LATIN = re.compile(r"^[a-z]+$")
PARTICLE = re.compile(r"-(?:ка|то|таки)$", re.I)  # «запусти-ка»: the verb is «запусти»

_lock = threading.Lock()
_analyzer: Any = None


def analyzer() -> Any:
    """The process's one pymorphy3 analyzer."""
    global _analyzer
    with _lock:
        if _analyzer is None:
            import pymorphy3

            _analyzer = pymorphy3.MorphAnalyzer(lang="ru")
        return _analyzer


@dataclass(frozen=True)
class Word:
    text: str  # lower-cased, ё as е
    lemma: str
    pos: str | None  # VERB, INFN, NOUN, … (None for Latin words)
    imperative: bool = False
    past: bool = False


@lru_cache(maxsize=65536)
def word(text: str) -> Word:
    """One word's lemma and the grammar the assistant reads. Latin words keep their form here (the assistant's
    English rules are written for words as said); `lemma()` is the form search and extraction compare."""
    lowered = text.lower().replace("ё", "е")
    if not CYRILLIC.search(lowered):
        return Word(lowered, lowered, None)
    parses = analyzer().parse(lowered)
    best = parses[0]
    imperative = any("impr" in p.tag for p in parses[:3] if p.tag.POS == "VERB")
    past = best.tag.POS == "VERB" and "past" in best.tag
    return Word(lowered, best.normal_form.replace("ё", "е"), best.tag.POS, imperative, past)


def words(text: str) -> list[Word]:
    return [word(PARTICLE.sub("", w)) for w in WORD.findall(text)]


def lemmas(text: str) -> list[str]:
    """The text's words as the assistant reads them: Russian lemmas, Latin words lower-cased as they are."""
    return [w.lemma for w in words(text)]


def lemma_set(text: str) -> frozenset[str]:
    return frozenset(lemmas(text))


# English inflections taken off, longest first; why: plurals and the verb's -s/-ed/-ing forms name one thing
_EN_Y = (("ies", "y"), ("ied", "y"))  # "deliveries", "delivered"… "copied" → "copy"
_EN_ES = ("sses", "shes", "ches", "xes", "zes")  # "fixes" → "fix", "watches" → "watch"
_EN_KEEP_S = ("ss", "us", "is", "os")  # "address", "status", "analysis": not plurals
_EN_DOUBLE_KEEP = "lsz"  # "called", "passed": a doubled l/s/z belongs to the word ("stopped" → "stop")


@lru_cache(maxsize=65536)
def english_base(token: str) -> str:
    """The light suffix rule for one lower-case Latin word (see the module's docstring)."""
    if len(token) <= 3:
        return token
    for ending, replacement in _EN_Y:
        if token.endswith(ending) and len(token) > 4:
            return token[: -len(ending)] + replacement
    for ending in _EN_ES:
        if token.endswith(ending):
            return token[:-2]
    base = token
    for ending in ("ing", "ed"):
        if token.endswith(ending) and len(token) - len(ending) >= 3 and not token.endswith("eed"):
            base = token[: -len(ending)]
            if len(base) >= 4 and base[-1] == base[-2] and base[-1] not in _EN_DOUBLE_KEEP:
                base = base[:-1]
            break
    else:
        if token.endswith("s") and not token.endswith(_EN_KEEP_S):
            base = token[:-1]
    return base[:-1] if len(base) >= 4 and base.endswith("e") else base


# A Russian lemma's word family: one derivational ending taken off the dictionary form, longest first, when four
# letters or more stay. Why: a noun and its verb name one event («задержка», «задержали» → «задержать»), and
# search or a dedupe key should not care which of them a person wrote. Whole endings only: «сметана» keeps its
# «-ан», so it never meets «смета» (a 5-letter prefix took them for one word).
RU_FAMILY_ENDINGS: tuple[tuple[str, str], ...] = (
    ("ироваться", "verbs from Latin roots: «синхронизироваться» is «синхронизация»"),
    ("ировать", "«синхронизировать», «финализировать» meet «синхронизация», «финализация»"),
    ("иваться", "imperfective reflexives: «задерживаться»"),
    ("ываться", "imperfective reflexives: «подписываться»"),
    ("ивать", "imperfectives: «задерживать» meets «задержать»"),
    ("ывать", "imperfectives: «подписывать» meets «подписать»"),
    ("аться", "reflexive verbs: «задержаться»"),
    ("яться", "reflexive verbs: «измениться» is «изменяться»"),
    ("иться", "reflexive verbs: «сорваться», «случиться»"),
    ("еться", "reflexive verbs"),
    ("ание", "verbal nouns: «ожидание» meets «ожидать»"),
    ("ение", "verbal nouns: «выполнение» meets «выполнить»"),
    ("ация", "nouns from Latin roots: «синхронизация»"),
    ("ать", "infinitives: «задержать», «оплатить» meet «задержка», «оплата»"),
    ("ять", "infinitives"),
    ("ить", "infinitives"),
    ("еть", "infinitives"),
    ("ка", "nouns of an action: «задержка», «поставка», «проверка»"),
    ("ый", "adjectives: «срочный» meets «срочно»"),
    ("ий", "adjectives"),
    ("ой", "adjectives"),
    ("а", "nouns in -а: «оплата» meets «оплатить»"),
    ("я", "nouns in -я"),
    ("о", "adverbs and neuter nouns: «срочно»"),
)
RU_FAMILY_MIN = 4  # letters that must stay: «сдать», «вода», «точка» are kept whole


def ru_family(lemma_: str) -> str:
    """A Russian lemma without its derivational ending (see RU_FAMILY_ENDINGS)."""
    for ending, _why in RU_FAMILY_ENDINGS:
        if lemma_.endswith(ending) and len(lemma_) - len(ending) >= RU_FAMILY_MIN:
            return lemma_[: -len(ending)]
    return lemma_


@lru_cache(maxsize=65536)
def term(token: str) -> str:
    """One token as search and extraction compare it: a Russian lemma's family, an English base, digits and
    other scripts as they are ("смету" → "смет", "задержали" → "задерж", "delays" → "delay")."""
    lowered = token.lower().replace("ё", "е")
    if CYRILLIC.search(lowered):
        return ru_family(word(lowered).lemma)
    if LATIN.match(lowered):
        return english_base(lowered)
    return lowered


def search_terms(text: str) -> list[str]:
    """A query's distinct terms for full-text search, in order, from its tokens of two letters or more."""
    return list(dict.fromkeys(term(t) for t in TOKEN.findall(text) if len(t) >= 2))


def matched_words(text: str, terms: list[str]) -> list[str]:
    """The distinct words of a text that are forms of these terms («смету», «сметы» for "смета"; not «сметана»)."""
    wanted = set(terms)
    return list(dict.fromkeys(t for t in TOKEN.findall(text) if len(t) >= 2 and term(t) in wanted))


def index_text(text: str) -> str:
    """What the keyword index stores for a chunk: every token as its term, in order, space-separated."""
    return " ".join(term(t) for t in TOKEN.findall(text))
