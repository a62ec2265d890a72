"""Matching by meaning for the tools: which commitments or risks are about what was asked ("the estimate" finds
«пришлём смету»), with the multilingual USE model the project ships (one instance per process, shared with the
offline model's intent reading).

Whole sentences in two languages rarely land close enough, so a topic word is compared with each word of a text:
a text matches by its closest word. Only the texts as close as the best one (within `MARGIN`) and above `FLOOR`
are kept, so "the invoice" keeps the invoice and drops the proposal."""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from typing import Any

import numpy as np

from pipeline.text.lemmas import term

FLOOR = 0.7
MARGIN = 0.02
# Words of one meaning in the two languages of the projects' conversations (business words USE places poorly
# across languages one word at a time): a topic word and a text word match when their terms (lemmas,
# `pipeline.text.lemmas.term`, the form memory search indexes) fall in one group.
SAME_MEANING = (
    ("estimate", "quote", "quotation", "смета", "сметный"),
    # an invoice is what is paid: «риски по оплате» include "Invoice overdue by 30 days"
    (
        "invoice",
        "инвойс",
        "bill",
        "счёт",
        "payment",
        "paid",
        "pay",
        "оплата",
        "платёж",
        "оплатить",
        "unpaid",
        "неоплаченный",
    ),
    ("facade", "фасад", "фасадный"),
    ("supplier", "vendor", "поставщик"),
    ("delivery", "shipment", "поставка", "доставка"),
    ("delay", "late", "slip", "overdue", "задержка", "сдвигаться", "сдвинуться", "опаздывать", "просрочить"),
    ("proposal", "offer", "предложение"),
    ("contract", "agreement", "договор"),
    ("fix", "bug", "исправить", "ошибка", "баг"),
    ("report", "отчёт"),
    ("landscaping", "greening", "озеленение"),
    ("tile", "плитка"),
    ("deadline", "срок"),
    # a due day said in the other language: "by Friday" and «до пятницы» are the same promise's day
    ("monday", "понедельник"),
    ("tuesday", "вторник"),
    ("wednesday", "среда"),
    ("thursday", "четверг"),
    ("friday", "пятница"),
    ("tomorrow", "завтра"),
)
# The frame of a question about promises, not its topic: "who promised to send the estimate" is about "estimate"
_FRAME = """who whom whose what which when did does do will would promised promise promises promising said say says
    told tell they they'd we we'd i you he she it us our to the a an of for about by send sent sending deliver
    delivered give get make made prepare ship commitment commitments committed owe owed client customer project
    кто кого что чем когда обещал обещала обещали обещает обещание обещания пообещал пообещали сказал сказали
    прислать пришлём пришлет пришлёт прислал отправить отправит сделать подготовить дать передать мы нам нас вы
    они он она клиент клиенту клиента проект проекта по про о об для до и а обязательство обязательства
    open active pending current all any list show have has there are is in on with deadline deadlines due dates
    какие какое какой есть все всё открытые текущие покажи дали должны должен перед сроки срок наши наш
    давал давала давали дал дала дают даёт дает давать gave given giving making людей люди человек people
    risk risks риск риски рисков problems проблемы could should might can may wrong going happen bad issues
может могут пойти так плохо случиться
    now right currently moment still yet really actually anything something everything stuff things and its it
    сейчас вообще там тут уже именно конкретно сегодня пока
    came come comes from which those these them of chatwoot linear attio crm came пришли пришло пришёл пришел из них
    этих тех которые какие waiting review awaiting pending proposed decision approval ждут решения ожидают
    рассмотрении подтверждения предложенные висят висит висящие hanging outstanding open unresolved незакрытые
    открытые
    how looking look know before after call calling calls meet should need account tell heads two things
    ему ей им него неё нее ним ней нему самом деле деле действительно точно уверен уверена уверены говорит
    говорят думает считает him her them sure says thinks claims believes many much number count that this
    raised raise sentence sentences briefly brief short shortly line если коротко вкратце кратко двух словах
    сколько скока скок активных активные активный активная активное активно total
    track schedule plan графику графике плану идёт идет
    complain complained complaining complaint complaints жалуется жаловался жаловалась жалоба жалобы
    news story update новости новость thing things ever серьёзно серьезно насколько
    status state where стоит статус статусе состояние как
    risky dicey iffy dodgy shaky worrying worry worries concern concerns concerning flags red looking
    дайджест дайджеста дайджесте digest содержание сообщить прошу нём нем ней paid оплачен оплачено
    been already это ли оплачена оплачены вас записано известно
    people um uh stuff yeah guys folks like только only лишь
    mate mates mob lot crew gang bunch lads boss sir madam bloke blokes fellas quickly quick быстро
    doing going getting coming along worry worried dear love
    шт штук штуки штука ед единиц количество число
    нашёл нашел нашла нашли нашло извлёк извлек извлекли выдал выдало found find finds extracted produced up
    exactly precisely specifically basically just kindly please pls plz pliz plzz thx thanks asap lah ah po bro mira oye pues share sharing hoping hope wondering wonder bit
    little able mind me my пожалуйста поделитесь поделись скиньте скинь расскажите расскажи подробно detail
    details detailed момент моменту текущий текущему короче типа итоге итог или как числятся числится значатся значится имеются имеется
    good day morning afternoon evening hello dear want wanted wish find out their his
    здравствуйте добрый доброе утро вечер привет хочу хотел хотела хотелось узнать знать коллеги коллега"""
FRAME_WORDS = frozenset(_FRAME.split())
FRAME_TERMS = frozenset(term(w) for w in FRAME_WORDS if len(w) >= 5)  # "проекту" is "проект" in another case
GROUP_OF = {term(w): i for i, group in enumerate(SAME_MEANING) for w in group}
_lock = threading.Lock()
_embedder: Any = None


def local_embedder() -> Any:
    """The process's one USE multilingual embedder (loaded on first use)."""
    global _embedder
    with _lock:
        if _embedder is None:
            from pipeline.memory.embedders import LocalEmbedder

            _embedder = LocalEmbedder(batch_size=64)
        return _embedder


def words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]{3,}", text.lower())


def topic_words(text: str) -> list[str]:
    """The words of a question that say what it is about (not who, not promised, not send)."""
    said: dict[str, str] = {}  # one word once («по скидке … скидку»: «скидку»)
    for w in words(text):
        if w not in FRAME_WORDS and term(w) not in FRAME_TERMS:
            said.setdefault(term(w), w)
    return list(said.values())


@lru_cache(maxsize=8192)
def _vector(word: str) -> np.ndarray:
    return local_embedder().embed([word])[0]


def _same(a: str, b: str) -> bool:
    """One word in two forms ("смету" ~ "смета", not "сметана") or two words of one meaning ("estimate" ~ "смету")."""
    ta, tb = term(a), term(b)
    if ta == tb:
        return True
    group = GROUP_OF.get(ta)
    return group is not None and group == GROUP_OF.get(tb)


def closeness(topic: list[str], text: str) -> float:
    """How close a text is to the topic words: exact stems count 1, else the closest pair of words by meaning."""
    said = words(text)
    if not topic or not said:
        return 0.0
    if any(_same(t, w) for t in topic for w in said):
        return 1.0
    a = np.stack([_vector(w) for w in topic])
    b = np.stack([_vector(w) for w in dict.fromkeys(said)])
    return float((a @ b.T).max())


NUMBER = re.compile(r"(?<![\w.,])(\d+)(?![\w.,]\d|\w)")  # a thing's own number: «счёт №17», "invoice 17"


def matching(about: str, texts: list[str]) -> list[int]:
    """The indexes of the texts that are about `about`, closest first; empty when none is close enough."""
    numbers = set(NUMBER.findall(about))
    if numbers:  # "invoice 17": only the texts that hold that number, if any; none is about another invoice
        held = [i for i, t in enumerate(texts) if numbers & set(NUMBER.findall(t))]
        if not held:
            return []
        if not topic_words(about):
            return held
        return [held[i] for i in matching(NUMBER.sub(" ", about), [texts[i] for i in held])] or held
    topic = topic_words(about)
    if not topic:
        return list(range(len(texts)))
    scores = [closeness(topic, t) for t in texts]
    best = max(scores, default=0.0)
    if best < FLOOR:
        return []
    keep = [i for i, s in enumerate(scores) if s >= best - MARGIN]
    return sorted(keep, key=lambda i: -scores[i])


def with_same_meaning(query: str) -> str:
    """The query with the words of one meaning in the other language added ("tiles on the facade" also looks for
    «плитка фасад»): project memory holds both languages, and a word's translation is a match too."""
    said = {term(w) for w in words(query)}
    extra = [
        w
        for t in said
        if t in GROUP_OF
        for w in SAME_MEANING[GROUP_OF[t]]
        if term(w) not in said and " " not in w
    ]
    return " ".join([query, *dict.fromkeys(extra)])
