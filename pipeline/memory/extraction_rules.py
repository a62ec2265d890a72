"""Deterministic Russian/English cues for commitments and risks, and the dedupe key they share with the LLM path."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.text.lemmas import term

COMMITMENT_SUBTYPES = ("send", "deliver", "fix", "prepare", "pay", "contact", "do")
RISK_SUBTYPES = ("deadline_slip", "unhappy_client", "payment_delay")

# One-to-one character folds, so a match on the folded text slices the original text at the same offsets.
_FOLD = str.maketrans({"ё": "е", "Ё": "Е", "’": "'", "‘": "'", "`": "'"})
_SENTENCE = re.compile(r"(?<=[.!?…;])\s+|\n+")
# A clause ends at ; or : or at a comma before a conjunction ("…, но клиент недоволен", "…, but the payment is late").
_CLAUSE = re.compile(
    r"\s*[;:]\s+|,\s+(?=(?:но|и|а|однако|зато|хотя|but|and|however|though|although|while|so)\b)"
    r"|\s+(?=(?:but|однако)\b)",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_FLAGS = re.IGNORECASE | re.UNICODE


def fold(text: str) -> str:
    """Same-length folding: ё→е and typographic apostrophes → '."""
    return text.translate(_FOLD)


def sentences(text: str) -> list[str]:
    """Sentences (or lines) of a text, stripped, without empty ones."""
    return [part.strip() for part in _SENTENCE.split(text) if part and part.strip()]


def clauses(sentence: str) -> list[str]:
    """The clauses of one sentence, so each cue keeps its own words and deadline."""
    return [part.strip(" ,") for part in _CLAUSE.split(sentence) if part and part.strip(" ,")]


# -- deadlines -------------------------------------------------------------------------------------------------
_WD_RU = r"(?:понедельник|вторник|сред[аеуы]|четверг|пятниц[аеуы]|суббот[аеуы]|воскресень[еяю])\w*"
_MON_RU = r"(?:январ|феврал|март|апрел|ма[йяю]|июн|июл|август|сентябр|октябр|ноябр|декабр)\w*"
_WD_EN = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MON_EN = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)"
_NUM_DATE = r"\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?"
_DEADLINE = re.compile(
    "|".join(
        [
            rf"\b(?:до|к|ко|в|во|не позднее|не позже)\s+(?:(?:конца|концу)\s+(?:этой\s+|следующей\s+)?"
            rf"(?:дня|недели|месяца|квартала|года)|(?:эт[уоие]й?\s+|следующ\w+\s+)?{_WD_RU}|\d{{1,2}}(?:-?го)?\s+{_MON_RU}"
            rf"|{_NUM_DATE}|завтра|обеда|вечера)",
            r"\b(?:послезавтра|завтра|сегодня)(?:\s+(?:утром|днем|вечером|до обеда))?",
            r"\bна\s+(?:этой|следующей)\s+неделе",
            r"\bчерез\s+(?:\d+|пару|два|две|три|неделю|месяц)(?:\s+(?:дн\w*|недел\w*|час\w*))?",
            rf"\b(?:by|before|until|no later than|on|due)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?(?:day|week|month|quarter|year)"
            rf"|eod|eow|cob|tomorrow|tonight|today|(?:this|next)\s+(?:week|month|{_WD_EN})|(?:next\s+)?{_WD_EN}"
            rf"|{_MON_EN}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON_EN}"
            rf"|\d{{4}}-\d{{2}}-\d{{2}}|{_NUM_DATE})\b",
            r"\b(?:tomorrow|tonight|today|this\s+week|next\s+week|end\s+of\s+(?:the\s+)?(?:day|week|month))\b",
            r"\b(?:within|in)\s+(?:\d+|a|one|two|three|a\s+couple\s+of)\s+(?:business\s+)?(?:days?|weeks?|hours?)\b",
        ]
    ),
    _FLAGS,
)


def find_deadline(folded: str) -> re.Match[str] | None:
    """The first deadline phrase in folded text."""
    return _DEADLINE.search(folded)


# -- commitments -----------------------------------------------------------------------------------------------
_RU_VERBS = {
    "send": "пришлем пришлю вышлем вышлю отправим отправлю направим направлю перешлем перешлю скинем скину "
    "передадим передам прислать отправить выслать направить передать скинуть",
    "deliver": "сдадим сдам доставим доставлю предоставим предоставлю выпустим выкатим запустим выложим "
    "сдать доставить предоставить выпустить выкатить запустить",
    "fix": "исправим исправлю починим починю поправим поправлю устраним устраню исправить починить устранить",
    "prepare": "подготовим подготовлю составим составлю посчитаем посчитаю рассчитаем оформим оформлю "
    "подготовить составить посчитать рассчитать оформить",
    "pay": "оплатим оплачу заплатим заплачу переведем переведу оплатить заплатить перевести",
    "contact": "позвоним позвоню свяжемся свяжусь созвонимся вернемся вернусь ответим отвечу "
    "позвонить связаться ответить",
    "do": "сделаем сделаю доделаем доделаю закончим закончу завершим завершу внедрим настроим настрою обновим "
    "обновлю добавим добавлю проверим проверю согласуем покажем покажу напишем напишу "
    "сделать доделать закончить завершить внедрить настроить обновить добавить проверить согласовать",
}
_RU_VERB = {form: concept for concept, forms in _RU_VERBS.items() for form in forms.split()}
_RU_INFINITIVE_MARKERS = {
    "обещаем",
    "обещаю",
    "обязуемся",
    "обязуюсь",
    "гарантируем",
    "будем",
    "буду",
    "планируем",
    "постараемся",
    "постараюсь",
    "попробуем",
    "попробую",
    "можем",
    "сможем",
    "хотим",
}
_EN_VERBS = {
    "send": "send email e-mail forward share mail",
    "deliver": "ship deliver release deploy launch publish submit provide hand roll push upload",
    "fix": "fix patch resolve repair correct",
    "prepare": "prepare draft write compile put",
    "pay": "pay transfer settle wire",
    "contact": "call contact reply respond follow get ping",
}
_EN_VERB = {form: concept for concept, forms in _EN_VERBS.items() for form in forms.split()}
_EN_NOT_COMMITMENT = {
    "be",
    "not",
    "never",
    "miss",
    "fail",
    "need",
    "have",
    "lose",
    "ignore",
    "apply",
    "see",
    "let",
}
_EN_PROMISE = re.compile(
    r"\b(?:we|i)\s*(?:'ll|will|shall|'re\s+going\s+to|are\s+going\s+to|'m\s+going\s+to|am\s+going\s+to"
    r"|promise\s+to|commit\s+to|guarantee\s+to|plan\s+to|hope\s+to|intend\s+to|aim\s+to)"
    r"\s+((?:(?:definitely|surely|certainly|also|then|just|probably|hopefully|try\s+to|try\s+and|be\s+able\s+to)\s+)*)"
    r"([a-z][a-z-]*)",
    _FLAGS,
)
_HEDGE = re.compile(
    r"\b(?:maybe|might|perhaps|probably|hopefully|try|trying|attempt|hope|plan|aim|if possible|should be able"
    r"|постара\w*|попроб\w*|возможно|может быть|наверное|надеемся|надеюсь|планируем|вероятно|если получится"
    r"|по возможности)\b",
    _FLAGS,
)
# Text that tries to steer a model or an agent is data to us, and never counts as a promise.
_INJECTION = re.compile(
    r"\b(?:ignore|disregard|forget)\b.{0,40}\b(?:instructions?|prompts?|rules)\b|\bsystem prompt\b|\byou are now\b"
    r"|\bapply all actions\b|игнорируй\w*|забудь\w*.{0,30}инструкц|\bпримени\w* все\b",
    _FLAGS,
)


@dataclass(frozen=True)
class Cue:
    """One rule hit inside a sentence: what it is, how sure we are, and which tokens carry the meaning."""

    kind: str
    subtype: str
    confidence: float
    due: str | None
    drop: tuple[str, ...] = ()  # words (folded, lowercase) that are cue words, not content, for the key


def commitment_cue(sentence: str) -> Cue | None:
    """A first-person promise (verb + object and/or deadline) in one sentence, if there is one."""
    folded = fold(sentence)
    if folded.rstrip().endswith("?") or _INJECTION.search(folded):
        return None
    found = _ru_promise(folded) or _en_promise(folded)
    if found is None:
        return None
    concept, verb, rest = found
    deadline = find_deadline(folded)
    content = [w for w in content_words(_without(rest, deadline, folded)) if w not in {verb}]
    if not content and deadline is None:
        return None
    confidence = 0.85 if deadline else 0.6
    if _HEDGE.search(folded):
        confidence = 0.45
    due = sentence[deadline.start() : deadline.end()] if deadline else None
    return Cue("commitment", concept, confidence, due, drop=(verb,))


def _ru_promise(folded: str) -> tuple[str, str, str] | None:
    """(concept, verb, text after it) for a Russian first-person future or promised infinitive."""
    tokens = list(_TOKEN.finditer(folded))
    for i, match in enumerate(tokens):
        word = match.group().lower()
        concept = _RU_VERB.get(word)
        if concept is None:
            continue
        previous = tokens[i - 1].group().lower() if i else ""
        if previous == "не":
            continue
        if word.endswith("ть") and previous not in _RU_INFINITIVE_MARKERS:
            continue
        return concept, word, folded[match.end() :]
    return None


def _en_promise(folded: str) -> tuple[str, str, str] | None:
    """(concept, verb, text after it) for an English first-person will/going-to/promise."""
    for match in _EN_PROMISE.finditer(folded):
        verb = match.group(2).lower()
        if verb in _EN_NOT_COMMITMENT:
            continue
        return _EN_VERB.get(verb, "do"), verb, folded[match.end() :]
    return None


def _without(rest: str, deadline: re.Match[str] | None, folded: str) -> str:
    """The text after the verb with the deadline phrase cut out."""
    if deadline is None:
        return rest
    offset = len(folded) - len(rest)
    start, end = max(deadline.start() - offset, 0), max(deadline.end() - offset, 0)
    return rest[:start] + " " + rest[end:]


# -- risks -----------------------------------------------------------------------------------------------------
# (subtype, pattern, confidence, generic): a generic cue ("delay") yields to a specific subtype in the same sentence.
_RISK_RULES: list[tuple[str, re.Pattern[str], float, bool]] = [
    (subtype, re.compile(pattern, _FLAGS), confidence, generic)
    for subtype, pattern, confidence, generic in [
        (
            "payment_delay",
            r"\b(?:оплат\w*|плат[её]ж\w*|счет\w*|деньги)\s+(?:\w+\s+){0,2}(?:задерж\w*|не\s+(?:пришл|поступ|оплач)\w*"
            r"|просроч\w*|перенос\w*)|\bне\s+(?:оплатил\w*|заплатил\w*|оплачен\w*|перевел\w*)|\bзадерж\w*\s+(?:оплат|плат[её]ж)\w*"
            r"|\bзадолженност\w*|\bпросроч\w*\s+(?:оплат|плат[её]ж|сч[её]т)\w*",
            0.8,
            False,
        ),
        (
            "payment_delay",
            r"\b(?:payment|invoice|bill)s?\s+(?:is\s+|are\s+|was\s+|were\s+|still\s+)*(?:late|delayed|overdue|unpaid|outstanding)"
            r"|\b(?:haven't|have not|hasn't|has not|didn't|did not)\s+(?:yet\s+)?(?:paid|pay)\b|\bunpaid\b|\blate payment\b"
            r"|\boverdue\s+(?:invoice|payment|bill)s?\b",
            0.8,
            False,
        ),
        (
            "deadline_slip",
            r"\bсрок\w*\s+(?:\w+\s+)?(?:сдвига|сдвину|съезжа|съеха|срыва|сорва|перенос|перенес|гор[яи])\w*"
            r"|\bне\s+успева\w*|\bне\s+успе(?:ем|ю|ют|ли)\b|\bсорв[её]м\s+срок\w*|\bне\s+сможем\s+(?:сдать|успеть|закончить|уложиться)"
            r"|\bотстаем\s+от\s+график\w*",
            0.8,
            False,
        ),
        (
            "deadline_slip",
            r"\b(?:miss|missing|missed)\s+(?:the\s+|our\s+|this\s+)?(?:deadline|due date|release date)"
            r"|\bbehind\s+schedule\b|\brunning\s+late\b|\b(?:won't|will not)\s+(?:make\s+it|be\s+able\s+to\s+(?:deliver|finish|ship))"
            r"|\b(?:slip|slips|slipped|slipping)\b|\bpush(?:ed)?\s+back\b|\bpostpon\w*",
            0.8,
            False,
        ),
        (
            "deadline_slip",
            r"\b(?:delay|delays|delayed)\b|\bзадерж\w*|\bопаздыва\w*|\bоткладыва\w*",
            0.65,
            True,
        ),
        (
            "unhappy_client",
            r"\b(?:very|extremely|really|deeply)\s+(?:disappointed|unhappy|frustrated|upset)\b|\bunacceptable\b"
            r"|\bescalat\w*|\bterminate\s+the\s+contract\b|\bcomplain\w*|\bdissatisfied\b",
            0.8,
            False,
        ),
        (
            "unhappy_client",
            r"\b(?:disappointed|unhappy|frustrated|upset|angry)\b|\bnot\s+(?:happy|satisfied)\b",
            0.65,
            False,
        ),
        (
            "unhappy_client",
            r"\bнедовол\w*|\bразочаров\w*|\bнеприемлем\w*|\bвозмущ\w*|\bжалоб\w*|\bжалуют\w*|\bпретензи\w*"
            r"|\bэскалир\w*|\bрасторг\w*",
            0.75,
            False,
        ),
    ]
]
_NEGATED = re.compile(r"\b(?:no|not|never|without|нет|не|без|ни)\s+(?:\w+\s+)?$", _FLAGS)


def risk_cues(sentence: str) -> list[Cue]:
    """Risks named in one sentence: at most one per subtype, the strongest cue wins."""
    folded = fold(sentence)
    strength: dict[str, float] = {}
    cue_words: dict[str, set[str]] = {}
    for subtype, pattern, confidence, generic in _RISK_RULES:
        for match in pattern.finditer(folded):
            if _is_negated(folded, match) or (generic and strength):
                continue
            cue_words.setdefault(subtype, set()).update(w.lower() for w in _TOKEN.findall(match.group()))
            strength[subtype] = max(strength.get(subtype, 0.0), confidence)
    hedge = 0.2 if _HEDGE.search(folded) else 0.0
    due = _deadline_text(sentence)
    return [
        Cue("risk", subtype, round(value - hedge, 2), due, tuple(sorted(cue_words[subtype])))
        for subtype, value in strength.items()
    ]


def _is_negated(folded: str, match: re.Match[str]) -> bool:
    """True when a cue that is not itself a negation follows 'no/not/без/нет' ("no delays", "без задержек")."""
    if re.match(r"(?:не|not|no|haven't|hasn't|didn't|won't)\b", match.group(), _FLAGS):
        return False
    return bool(_NEGATED.search(folded[: match.start()][-30:]))


def _deadline_text(sentence: str) -> str | None:
    deadline = find_deadline(fold(sentence))
    return sentence[deadline.start() : deadline.end()] if deadline else None


# -- dedupe key ------------------------------------------------------------------------------------------------
def _words(text: str) -> list[str]:
    return text.split()


_STOP = set(
    _words(
        "мы я вы они он она оно это этот эта эти и а но или да нет не ну же ли бы в во на с со к ко по за из от до для о об "
        "про у при так как что чтобы то тот уже еще все всем вам нам вас нас им их его ее свой наш наша наши ваш ваша очень "
        "тоже также только сейчас потом тогда обязательно точно пожалуйста коллеги привет здравствуйте спасибо ок хорошо "
        "будем буду можем сможем постараемся постараюсь попробуем попробую обещаем обещаю обязуемся возможно наверное может "
        "быть уже вот там тут здесь "
        "we i you they he she it the a an and or but to of in on at by for with from as is are was were be been will ll "
        "shall going s re m d ve this that these those our your their my me us them also just then definitely surely "
        "certainly please ok okay maybe probably hopefully try promise very really so too not no all any some "
        "might perhaps could should would can may"
    )
)


def content_words(text: str) -> list[str]:
    """Lowercased tokens of text that carry meaning (no stop words, no one-letter tokens)."""
    return [w for w in (t.lower() for t in _TOKEN.findall(fold(text))) if w not in _STOP and len(w) > 1]


def make_key(kind: str, subtype: str, text: str, drop: tuple[str, ...] = ()) -> str:
    """Dedupe key: kind, subtype and the sorted terms (lemmas, `pipeline.text.lemmas.term`) of the content words,
    without the deadline phrase ("commitment:send:смет пятниц")."""
    folded = fold(text)
    deadline = find_deadline(folded)
    while deadline is not None:
        folded = folded[: deadline.start()] + " " + folded[deadline.end() :]
        deadline = find_deadline(folded)
    dropped = {fold(w).lower() for w in drop}
    if kind == "commitment":  # the verb is already in the subtype: "пришлём" and "отправим" share a key
        dropped |= _RU_VERB.keys()
    stems = sorted({term(w) for w in content_words(folded) if w not in dropped})
    return f"{kind}:{subtype}:{' '.join(stems)}"
