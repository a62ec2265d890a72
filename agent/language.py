"""The language of a question, from its own words: not from an address, a name or a quote inside it.

"Why was the check of г. Москва, Ленинский проспект, д. 90 fast?" is English; "Почему упал ingest.linear?" is
Russian. Function words decide first (what/why/the … against что/почему/как …); when they tie, the script of the
remaining words, with quotes, identifiers, known names and capitalised words (names, streets) left out.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

EN_WORDS = frozenset(
    [
        "what",
        "why",
        "how",
        "when",
        "which",
        "who",
        "whom",
        "whose",
        "where",
        "is",
        "are",
        "was",
        "were",
        "did",
        "does",
        "do",
        "the",
        "a",
        "an",
        "of",
        "for",
        "to",
        "in",
        "on",
        "at",
        "and",
        "or",
        "from",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "me",
        "my",
        "our",
        "we",
        "you",
        "your",
        "show",
        "list",
        "tell",
        "give",
        "any",
        "has",
        "have",
        "had",
        "been",
        "be",
        "there",
        "much",
        "many",
        "much",
        "can",
        "could",
        "would",
        "should",
        "will",
        "last",
        "next",
        "now",
        "right",
        "yet",
        "still",
        "about",
        "with",
    ]
)
RU_WORDS = frozenset(
    [
        "что",
        "почему",
        "как",
        "когда",
        "какой",
        "какая",
        "какое",
        "какие",
        "каких",
        "кто",
        "кого",
        "где",
        "ли",
        "был",
        "была",
        "было",
        "были",
        "это",
        "этот",
        "эта",
        "эти",
        "у",
        "в",
        "во",
        "на",
        "и",
        "или",
        "по",
        "за",
        "из",
        "от",
        "до",
        "с",
        "со",
        "о",
        "об",
        "про",
        "мне",
        "мы",
        "наш",
        "наша",
        "наши",
        "нас",
        "вы",
        "ваш",
        "сколько",
        "покажи",
        "скажи",
        "расскажи",
        "есть",
        "ещё",
        "еще",
        "уже",
        "сейчас",
        "теперь",
        "там",
        "тут",
        "его",
        "её",
        "их",
        "чем",
        "чего",
        "тоже",
        "так",
    ]
)

log = logging.getLogger(__name__)
QUOTED = re.compile(r"[\"«“„'][^\"»”“']{1,200}[\"»”']")
IDENTIFIER = re.compile(r"\b\w+(?:[._:/-]\w+)+\b|\b[A-Z0-9_]{3,}\b|https?://\S+")
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _words(text: str, names: Iterable[str]) -> list[str]:
    text = QUOTED.sub(" ", text)
    text = IDENTIFIER.sub(" ", text)
    for name in sorted({n for n in names if n}, key=len, reverse=True):
        text = re.sub(re.escape(name), " ", text, flags=re.I)
    return WORD.findall(text)


def _script(word: str) -> str:
    return "ru" if re.search(r"[а-яё]", word, re.I) else "en"


def language(text: str, names: Iterable[str] = ()) -> str:
    """'ru' or 'en' for a question; `names` are known entity names to leave out (addresses, people, projects)."""
    words = _words(text, names)
    lowered = [w.lower() for w in words]
    en = sum(w in EN_WORDS for w in lowered)
    ru = sum(w in RU_WORDS for w in lowered)
    if en != ru:
        return "ru" if ru > en else "en"
    counted = [w for i, w in enumerate(words) if not (i and w[:1].isupper())] or words
    cyrillic = sum(_script(w) == "ru" for w in counted)
    latin = len(counted) - cyrillic
    if not counted:
        cyrillic = len(re.findall(r"[а-яё]", text, re.I))
        latin = len(re.findall(r"[a-z]", text, re.I))
    return "ru" if cyrillic and cyrillic >= latin else "en"


def known_names() -> list[str]:
    """Names the data knows (projects, people, addresses, jobs): never evidence of a question's language."""
    try:
        from agent.offline.understanding.entities import vocabulary
        from agent.tools.resolve import job_names, tokens

        vocab = vocabulary()
    except Exception:  # noqa: BLE001 — no database yet: decide from the words alone
        log.debug("known names unavailable; language decided from the words alone", exc_info=True)
        return []
    names = [*job_names(), *(a["author"] for a in vocab["authors"])]
    names += [w for p in vocab["projects"] for w in (p["slug"], *p["words"])]
    names += [w for c in vocab["checks"] for w in tokens(c["address"]) if len(w) > 2]
    return names


def question_language(question: str, meta: dict | None = None) -> str:
    """The language the offline model decided for this question, else decided here from its own words."""
    if meta and meta.get("mirano_language"):
        return str(meta["mirano_language"])
    return language(question, known_names())


# Russian typed in Latin letters («chto s alfa stroy?», «gde smeta?», «zapusti sinhronizaciyu chatwoot pls»): read
# in Cyrillic, so it is understood and answered in Russian. Only when one of these everyday Russian words (not a
# preposition alone) is in it and no English function word is: a name or a slug alone never turns it into Russian.
_TRANSLIT_WORDS = (
    "chto cho che gde kogda kto kak pochemu zachem skolko skoka est li po ne eto nu daj dai pokazhi zapusti skazhi"
    " kakoy kakaya kakie takoy takaya uzhe seychas sejchas segodnya vchera vse vsyo pozhaluysta pozhalujsta spasibo"
    " smeta smetu obeshali prislat klient klienta zhdet zhdyot proverka proverku riski zadacha zapusk oshibki"
    " nas u s v na o pro mne nam dlya"
)
TRANSLIT_WORDS = frozenset(_TRANSLIT_WORDS.split())
WEAK = frozenset(
    ("s", "v", "u", "o", "na", "po", "ne", "li", "nu", "est", "pro", "nas", "nam", "mne", "dlya")
)
_TRANSLIT = (
    ("tsya", "тся"),  # «krutitsya», «propustilsya»: the reflexive ending
    ("lko", "лько"),  # «skolko»: the soft sign left out
    ("kluch", "ключ"),  # «vkluchi»: ю written as u
    ("shch", "щ"),
    ("sch", "щ"),
    ("zh", "ж"),
    ("kh", "х"),
    ("ch", "ч"),
    ("sh", "ш"),
    ("ts", "ц"),
    ("yu", "ю"),
    ("ya", "я"),
    ("yo", "ё"),
    ("ye", "е"),
    ("iy", "ий"),
    ("yy", "ый"),
    ("a", "а"),
    ("b", "б"),
    ("v", "в"),
    ("g", "г"),
    ("d", "д"),
    ("e", "е"),
    ("z", "з"),
    ("i", "и"),
    ("j", "й"),
    ("k", "к"),
    ("l", "л"),
    ("m", "м"),
    ("n", "н"),
    ("o", "о"),
    ("p", "п"),
    ("r", "р"),
    ("s", "с"),
    ("t", "т"),
    ("u", "у"),
    ("f", "ф"),
    ("h", "х"),
    ("c", "ц"),
    ("y", "ы"),
    ("w", "в"),
    ("x", "кс"),
    ("q", "к"),
)
# Latin words kept as they are: the products, the vendors, the jobs' and projects' names
KEEP_LATIN = re.compile(
    r"^(?:chatwoot|linear|attio|mirano|pls|plz|ok|pdf|csv|api|ingest|memory|notices|checks|build|digest|extract"
    r"|suggest|northwind|alfa|stroy|globex|economy|faiss|llm|openai)$",
    re.I,
)


def as_cyrillic(word: str) -> str:
    """A Latin word read as the Russian it transliterates ("Ivanova" → «иванова»); names of ours stay as written."""
    return _cyrillic(word)


def _cyrillic(word: str) -> str:
    if KEEP_LATIN.match(word) or "." in word or "@" in word:
        return word
    if "_" in word or (word.isupper() and len(word) > 1):  # OPENAI_API_KEY, TTL: a name, as written
        return word
    out, rest = "", word.lower()
    while rest:
        if rest.startswith("iy") and rest[2:3] in tuple("aeiouy"):  # «sinhronizaciyu»: и, then ю
            out, rest = out + "и", rest[1:]
            continue
        if rest.startswith("y") and out[-1:] in tuple("аеёиоуэюя") and rest[1:2] not in tuple("aeiouy"):
            out, rest = out + "й", rest[1:]  # «slushay», «seychas»: й after a vowel
            continue
        for latin, cyr in _TRANSLIT:
            if rest.startswith(latin):
                out, rest = out + cyr, rest[len(latin) :]
                break
        else:
            out, rest = out + rest[0], rest[1:]
    return _repaired(out)


# Words the dictionary knows without their ь, though in a question they are the other word: «skin» is «скинь»
# (send it), not a skin; «den» is «день»
SOFT_SIGN_LOST = {"скин": "скинь", "скинте": "скиньте", "ден": "день", "вес": "весь"}


def _repaired(word: str) -> str:
    """What translit leaves out, put back when only then the dictionary knows the word: ь at the end («rabotat»,
    «vklyuchit»), э for е at the start («ekonomii», «eto»; «esli» keeps its е)."""
    from agent.offline.understanding.morphology import analyzer

    known = analyzer().word_is_known
    if word in SOFT_SIGN_LOST:
        return SOFT_SIGN_LOST[word]
    if len(word) < 3 or known(word):
        return word
    soft_l = re.sub(r"л(?=[бвгджзклмнпрстфхцчшщ])", "ль", word)  # «bolshe», «skolko»: ль before a consonant
    for other in (word + "ь", "э" + word[1:] if word.startswith("е") else word, soft_l):
        if known(other):
            return other
    return word


EN_SHORT = frozenset(
    # not «do» (до) nor «my» (мы), which Russian typed in Latin has as often: «do konca nedeli», «my potratili»
    ["is", "it", "of", "at", "an", "be", "if", "or", "by", "we", "us", "up", "me", "am"]
)


def _mostly_russian(said: list[str]) -> bool:
    """At least two words of four letters or more that the Russian dictionary knows once in Cyrillic
    («perezapusti», «segodnya»), and they are at least half of the words of three letters or more."""
    from agent.offline.understanding.morphology import analyzer
    from pipeline.i18n import english_words

    english = english_words()  # "risk", "developer": English words the catalogs use, loanwords in Russian too
    content = [w for w in said if len(w) >= 3 and not KEEP_LATIN.match(w)]
    known = [
        w for w in content if len(w) >= 4 and w not in english and analyzer().word_is_known(_cyrillic(w))
    ]
    return len(known) >= 2 and 2 * len(known) >= len(content)


def from_translit(text: str) -> str:
    """The question in Cyrillic when it is Russian typed in Latin letters; otherwise as it was."""
    if re.search(r"[а-яё]", text, re.I):
        return text
    said = [w.lower() for w in re.findall(r"[A-Za-z]+", text)]
    # one everyday Russian word is enough, not «s» or «po»; or most words are Russian words once in Cyrillic
    everyday = {w for w in said if w in TRANSLIT_WORDS} - WEAK
    if not everyday and not _mostly_russian(said):
        return text
    # an English word says English; not one of two letters Russian has too («a», «on», «to», «no»)
    if any(w in EN_WORDS for w in said if w not in TRANSLIT_WORDS and (len(w) >= 3 or w in EN_SHORT)):
        return text
    return re.sub(r"[A-Za-z][\w.@-]*", lambda m: _cyrillic(m.group(0)), text)
