"""Clause splitting: a question in two parts is answered in both, in order ("why did the Linear import skip, and
when will it run again?"). A part that names nothing borrows what the part before it named ("it" is the job)."""

from __future__ import annotations

import re

from agent.offline.understanding.entities import Entities
from agent.offline.understanding.morphology import analyzer

# A project's list named as a noun phrase ("the risks of alfa-stroy", «риски по northwind»): asked for
PROJECT_LIST = (
    r"(?:the\s+|its\s+)?(?:risks?|commitments?|promises?|digests?|actions?|suggestions?|риск\w*|обязательств\w*"
    r"|обещани\w*|дайджест\w*|действи\w*)\s+(?:of|for|in|on|по|у|в)\s"
)
# Where a second question starts: after a question mark, or "and"/«и» before a question word.
EN_QUESTION_WORDS = (
    r"whether|what|whats|what's|when|when's|whens|why|how|how's|hows|which|where|wheres|who|whos|is|are|was|were|did"
    r"|does|do|has|have|any|also|am"
)
RU_QUESTION_WORDS = (
    r"во сколько|за сколько|до когда|до какого|что|когда|почему|сколько|какие|какой|какая|какое|какую|каков\w*"
    # «и за каким проектом я слежу», «и в каком суде»: a question word after its preposition
    r"|(?:за|в|во|по|с|со|о|об|на|к|от|из|для)\s+(?:каким|каком|какому|какого|какой|какую|каких|какими|кем|чем|чём|кого|ком)"
    r"|откуда|где|кто|как|зачем|чем|кем|кого|чего|есть ли|ещё|еще|скока|скоко|скок|чё|че|шо"  # «…и скока там обещаний висит»
)
FILLERS = r"(?:(?:um+|uh+|erm|like|so|also|then|tbh|fwiw|iirc|ну|эм+|короче|типа)\s+)*"  # "and um did the price change"
SPLITS = (
    re.compile(r"(?<=\?)[!?]*\s+(?=\S)"),  # "Is economy on? also any budgets set?", «про что оно?! И …»
    re.compile(rf",?\s+(?:and|but)\s+{FILLERS}(?=(?:{EN_QUESTION_WORDS})\b)", re.I),
    re.compile(rf",?\s+(?:и|а)\s+{FILLERS}(?=(?:{RU_QUESTION_WORDS})(?!\w))", re.I),
    # "how many commitments are open, and the revised proposal, until when did we promise it?": a thing named, then
    # what is asked of it
    re.compile(
        r",\s+and\s+(?=the\s+[\w\s'-]{3,40},\s+(?:until when|by when|when|what|how|why|who|which|is|was|did)\b)",
        re.I,
    ),
    # "status of the attio sync, then cost of run 10", «…, потом — сколько потратили», «…, а заодно — почему …»,
    # "…; plus, is the invoice paid?": asks in sequence after a comma or a semicolon
    re.compile(
        r"\s*[,;]\s*(?:(?:и|а|and)\s+)?(?:потом|затем|после этого|заодно|кстати|plus|then|after that|by the way"
        r"|btw)(?!\w)\s*[—–:,-]?\s*(?=\S)",
        re.I,
    ),
    # "who kicked off run 8, and it bring in anything new?": a question said without its "did"
    re.compile(
        r",\s+and\s+(?=(?:it|they)\s+(?:bring|brought|get|got|find|found|fetch|pull|cost|take|took|make|made)\b)",
        re.I,
    ),
    # "…last run cost how much, and today total spend how much already?": the question word last, in each part
    re.compile(
        r",\s+and\s+(?=[^,?]{3,60}\s(?:how much|how many|when|what|why)(?:\s+(?:already|now|then|exactly|lah|ah))?\s*\?\s*$)",
        re.I,
    ),
    # «во-первых, …, и, во-вторых, …», "firstly … and secondly …": asks numbered in words
    re.compile(
        r",?\s*(?:(?:и|а|and),?\s+)?(?:во-вторых|в-третьих|в-четв[её]ртых|secondly|thirdly)(?!\w),?\s*",
        re.I,
    ),
    # "share the risks … and also confirm whether their digest was produced": a second ask, put as a request
    re.compile(
        r",?\s+and\s+(?:also\s+)?(?=(?:confirm|tell me|let me know|advise|check|say)\s+(?:whether|if|what|when|how|why)\b)",
        re.I,
    ),
    # "…, and there is some that failed?": a question said in the order of a statement
    re.compile(r",\s+and\s+(?=there\s+(?:is|are|was|were)\b)", re.I),
    # "…, and, since it matters for our underwriting, on what evidence …": an aside between "and" and the ask,
    # left out
    re.compile(
        rf",\s+and,\s+[^,?]{{1,90}},\s+(?=(?:(?:on|in|from|by|for|at|with|to|under)\s+)?(?:{EN_QUESTION_WORDS})\b)",
        re.I,
    ),
    re.compile(r",?\s+(?:и|а)\s+(?=\w+\s+ли(?!\w))", re.I),  # «… и включена ли экономия?»
    # «что мы обещали клиенту и он вообще заплатил по счёту?»: a new subject and its verb after «и», one more ask
    re.compile(
        r",?\s+(?:и|а)\s+(?=(?:он|она|они|клиент\w*)\s+(?:\w+\s+){0,4}\w+(?:ил|ал|ял|ел|ла|ли|ло)(?!\w))",
        re.I,
    ),
    # «… сколько стоило и новые сообщения пришли или нет»: a yes-or-no ask of its own after «и»
    re.compile(r",?\s+(?:и|а)\s+(?=[^,?]{3,60}\s+или\s+нет(?!\w))", re.I),
    # «А цена там какая сейчас, и риск какой?»: the question word after its noun
    re.compile(r",\s+(?:и|а)\s+(?=\w+\s+(?:какой|какая|какое|какие|каков\w*)(?!\w))", re.I),
    # «чё по тверской риск скока и цена норм вообще»: the price asked after the risk is one more ask
    # («объём работы и стоимость задания» is one ask of two things)
    re.compile(r",?\s+(?:и|а)\s+(?=цен[аыу]\s+\w)", re.I),
    re.compile(r",\s+(?=(?:also|plus|а также|а ещё)\b)", re.I),
    # "…the first Leninsky check cost, and the second one, same price?": the same ask of another in order
    re.compile(
        r",?\s+(?:and|а|и)\s+(?=(?:the\s+)?(?:second|third|other|next|previous|latest|last|first)\s+one\b"
        r"|(?:втор|трет|друг|следующ|предыдущ|последн|перв)\w+(?:\s+(?:проверк|запуск)\w*)?\s*[,?—–-])",
        re.I,
    ),
    # "which job cost the most, the amount, and the cost of its most recent run": one more thing asked of it
    re.compile(
        r",?\s+(?:and|и|а также)\s+(?=(?:the\s+)?(?:cost|price|status|state|date)\s+of\s+(?:its|their)\b"
        r"|(?:стоимост\w*|цен[аыу]|статус\w*|состояни\w*)\s+(?:его|её|ее|их)\s)",
        re.I,
    ),
    # "the commitments of northwind and the risks of alfa-stroy": a second list of one project's, asked beside
    re.compile(rf",?\s+(?:and|и|а также)\s+(?={PROJECT_LIST})", re.I),
    # «Итого за сегодня и отдельно — сколько на Chatwoot?», "the total, and separately: what did Linear cost?"
    re.compile(r",?\s+(?:and|и|а),?\s+(?:separately|отдельно|по отдельности)\s*[—–:,-]?\s*", re.I),
    # "…snapshot 2 and 4; and state which source …", "why linear skip. and attio last run cost?": a sentence's
    # end before "and" starts one more ask
    re.compile(r"(?:;|(?<=\w)\.)\s+(?=(?:and|also|и|а также)\s)", re.I),
    # "why did linear skip + when's it going again", «стоимость сегодня / стоимость 7 дней»: a chat's "and"
    re.compile(r"\s+(?:\+|&|/)\s+"),
    # «— планировщик живой?\n— сколько потратили?»: asks on lines of their own, each a part
    re.compile(r"\s*\n\s*(?:[—–•*-]\s*)?(?=\S)"),
    # "2 queries: 1) status of the last linear run 2) how often does the build run": items numbered in a line
    re.compile(r"(?:^|\s+)(?<!\()[1-9]\)\s+(?=\S)|^\s*[1-9]\.\s+(?=\S)"),
    # "please confirm (1) whether …, and (2) where …", "(a) … and (b) …": items numbered or lettered in brackets,
    # once there are two of them
    re.compile(
        r"[,;]?\s*(?:and\s+|и\s+)?\([1-9]\)\s+(?=\S)(?=.*\([2-9]\))|[,;]?\s*(?:and\s+|и\s+)?\([2-9]\)\s+"
        r"|[,;]?\s*(?:and\s+|и\s+)?\([aа]\)\s+(?=\S)(?=.*\([bб]\))|[,;]?\s*(?:and\s+|и\s+)?\([b-eб-д]\)\s+"
        r"|[,;]?\s*(?:and\s+|и\s+)?\(i\)\s+(?=\S)(?=.*\(ii\))|[,;]?\s*(?:and\s+|и\s+)?\((?:ii|iii|iv|v)\)\s+"
    ),
    # «Сообщите: а) статус проверки № 4; б) какие источники …», "a) … b) …": items lettered, once there are two
    re.compile(r"[,;:]?\s*(?<![\w(])[аa]\)\s+(?=\S)(?=.*(?<![\w(])[бb]\))|[,;]?\s*(?<![\w(])[б-дb-e]\)\s+"),
    # "I'd like to know, first, who … and second, whether …", «во-первых, …, во-вторых, …»: items counted in words
    re.compile(
        r"[,;]\s*(?:and\s+|и\s+|а\s+)?(?:second(?:ly)?|third(?:ly)?|во-вторых|в-третьих)\s*,\s*(?=\S)", re.I
    ),
)
# In a list of questions ("What's running, what did we spend today, and is economy on?") a comma before a question
# word starts one more; alone, such a comma is a subordinate clause («Как так вышло, что …», "If …, what …")
LIST_SPLITS = (
    re.compile(rf",\s+(?=(?:{EN_QUESTION_WORDS})\b)", re.I),
    re.compile(rf",\s+(?=(?:{RU_QUESTION_WORDS})(?!\w))", re.I),
)
# A checklist of asks said as noun phrases ("Status of ingest.linear; total cost this week; when is the next
# digest", «статус ingest.linear, расходы за неделю и когда следующий дайджест»): each item starts with what is asked
# of it. Split only when the message itself starts with such an item ("why did the runs, status and cost …" is one)
CHECKLIST_ITEM = (
    r"(?:(?:the\s+|its\s+|total\s+|overall\s+)?(?:status|state|costs?|spend(?:ing)?|price|next\s+run|last\s+run"
    r"|schedule|cadence|risks?|commitments?|budgets?|economy\s+mode)"
    r"|(?:общ\w+\s+|итогов\w+\s+)?(?:статус\w*|состояни\w*|расход\w*|стоимост\w*|затрат\w*|цен[аыу]"
    r"|следующ\w+\s+запуск\w*|последн\w+\s+запуск\w*|расписани\w*|риск\w*|обязательств\w*|бюджет\w*"
    r"|режим\w*\s+экономии))(?!\w)"
)
CHECKLIST_START = re.compile(rf"^\W*{CHECKLIST_ITEM}", re.I)
CHECKLIST_SPLIT = re.compile(
    rf"\s*(?:;|,)\s+(?:(?:and|и|а также|plus)\s+)?(?={CHECKLIST_ITEM})|\s*;\s+", re.I
)
# a condition said alone, its question after the comma ("Say economy mode was on", «Допустим, экономия включена»)
SUPPOSITION_ONLY = re.compile(
    r"^\W*(?:say|suppose|supposing|assuming|let'?s say|imagine|if|если|допустим|предположим|коли|представь\w*"
    r"|were\s+(?:\w+\s+){1,4}to\s+be)\b"
    r"(?![^?]*\b(?:what|how|when|which|who|why|would|will)\b)"
    r"(?![^?]*(?<!\w)(?:что|как|сколько|когда|какие|какой|кто|почему|будет|будут|станет|встанет)(?!\w))[^?]*$",
    re.I,
)
CONDITIONAL = re.compile(r"^\W*(?:а\s+)?(?:if|suppose|если|допустим)\b", re.I)
MIN_WORDS = 2  # "and why?" alone is a follow-up, not a part
# Politeness before the ask («Подскажите, пожалуйста, какие …», "Hi there, quick question: …"): not a part
PREAMBLE = re.compile(
    r"\W*(?:(?:а|ну|так|вы|ты|не подскажете|не подскажешь|подскажите|подскажи"
    r"|(?:можешь|можете|могли бы|мог бы)\s+(?:мне\s+)?(?:подсказать|сказать|объяснить|рассказать)|скажите|скажи|пожалуйста|будьте (?:добры|любезны)|здравствуйте|добрый (?:день|вечер)|привет"
    r"|коллеги|уважаемые|уважаем\w*\s+программ\w*|программ[ау]|простите|извините|прошу прощения|милок|сынок|доченька"
    r"|милый|милая|робот|роботик|бот|дорогой|дорогая|голубчик|hi|hello|hey|there|please|quick question|sorry"
    r"|excuse me|howzit|team|folks|bruh|mate|alright|all right|oi|guv|guvnor|luv|love|cheers|yalla|habibi|guys|слушай(?:те)?|ребят(?:а)?|ладно|блин|tudo bem|obrigad[oa]|valeu|oi|olá|ola|hola|gracias|bonjour|merci"
    r"|danke|kindly|set out|confirm or deny|or deny|confirm|state|advise|identify|подтвердите или опровергните|прошу|сообщите|укажите|уточните|po|sir|ma'?am|salamat"
    # «Соблаговолите сообщить, …», «Не откажите в любезности пояснить, …»: a formal lead-in to the ask
    r"|соблаговолите|извольте|надлежит|сначала|для начала|first(?: of all)?|(?:прошу|просим)\s+вас|изволите(?:\s+ли)?(?:\s+(?:сказать|сообщить|пояснить|поведать))?|поведайте"
    r"|не откажите в любезности|будьте так добры|сообщить|пояснить|указать|уточнить"
    # «Я правильно понимаю, что …», "am I right that …": a belief put up for checking; the ask is what follows
    r"|(?:я\s+)?правильно\s+(?:ли\s+)?(?:я\s+)?понимаю|верно\s+ли\s+я\s+понимаю|как\s+я\s+понимаю|я\s+так\s+понимаю"
    r"|am\s+i\s+right|do\s+i\s+understand(?:\s+it)?\s+correctly|i\s+take\s+it"
    # "I should like to know, …", «хотелось бы узнать, …»: the wish to know; the ask is what follows
    r"|i(?:\s+should|\s+would|'d)?\s+(?:like|want|love)\s+to\s+(?:know|understand|ask)|i\s+(?:was\s+)?wonder(?:ing)?"
    r"|хотел\w*\s+бы\s+(?:узнать|знать|понять|спросить)|хочу\s+(?:узнать|знать|понять|спросить))\W*)+",
    re.I,
)


# "first day here :) what is memory.extract for…": chat before an emoticon that asks nothing is not a part
EMOTICON = re.compile(r"\s*(?:[:;]-?[)(DPp]|\)\)+|\(\(+)(?=\s+\S)")


# "I should like to know, first, who …": the word that counts the items, not the first run or check
COUNTING_FIRST = re.compile(r"(?:^|(?<=,)|(?<=:))\s*(?:firstly|first of all|first|во-первых)\s*,", re.I)


# «В части проверки объекта по адресу X прошу сообщить: стоимость …, а также …», "Regarding check 3, please state:
# …": the topic first, then the asks after the colon; each ask is about the topic
TOPIC_THEN_ASKS = re.compile(
    r"^\W*(?:в части|по вопросу|касательно|относительно|в отношении|regarding|with regard to|as regards|concerning)"
    r"\s+(?P<topic>[^:]{3,160}?)\s*,?\s+(?:прошу|просим|please|kindly)\s+(?:\w+\s+){0,2}?(?:сообщить|предоставить"
    r"|указать|уточнить|пояснить|разъяснить|advise|confirm|state|provide|let me know|tell me)\s*:\s*(?P<asks>\S.*)$",
    re.I | re.S,
)


# Small talk before the ask («Как здоровье, как семья? У нас всё хорошо, хинкали лепим. Слушай, перезапусти …»):
# sentences about the asker's life, not Mirano's, that something of Mirano's follows
SMALL_TALK = re.compile(
    r"как\s+(?:ваше\s+|твоё\s+|твое\s+)?(?:здоровье|семья|дети|дела|жизнь|поживаешь|поживаете|настроение|сам|сами)"
    r"|\bhow (?:are|r) (?:you|u|ya|things)\b|\bhow'?s (?:it going|the family|life|your day|everyone)\b"
    r"|\bhope (?:you(?:'re| are)|all is|everyone is) (?:keeping )?(?:well|good|fine|doing well)\b"
    r"|(?<!\w)у (?:нас|меня)\b.{0,40}\bвс[её] (?:хорошо|отлично|нормально|в порядке)(?!\w)",
    re.I,
)
# a greeting alone («Генацвале, дорогой мой, здравствуй!», "Hello my friend!"): «дорогой» is no price here
GREETING = re.compile(
    r"^\W*(?:(?:генацвале|дорог(?:ой|ая|ие)|мой|моя|друг|здравствуй\w*|привет\w*|салют|hello|hi|hey|dear|my|friend)\W*)+$",
    re.I,
)


# A greeting and whom it greets, before a comma in the sentence of the ask ("Hello sir, kindly finalize …",
# «Добрый день, коллеги, прошу …»)
GREETED = re.compile(
    r"^\W*(?:hello|hi|hey|good (?:morning|afternoon|evening|day)|greetings|dear|здравствуй\w*|привет\w*"
    r"|(?:ah |oh )?(?:go on|come on)|right|okay|ok|well|look|listen"
    r"|добр\w+ (?:день|утро|вечер)|доброго (?:дня|утра|времени суток))"
    r"(?:\s+(?:sir|ma'?am|madam|po|team|all|guys|everyone|folks|colleagues|mate|коллеги|друзья|всем|уважаем\w*))*"
    r"\s*[,!~]+\s+(?=\w)",
    re.I,
)


# Thanks said at the end ("… anything unread? Asante.", «… Salamat po!», «Спасибо!»): no ask of its own
THANKS_AT_END = re.compile(
    r"(?<=[?.!])[\s,]*(?:(?:thank you|thanks|thx|cheers|many thanks|asante(?: sana)?|salamat|merci|danke|gracias"
    r"|спасибо|благодарю|заранее спасибо)(?:\s+(?:so much|a lot|po|sana|большое|огромное|заранее|mate|sir|ma'?am))*"
    r"[\s.!]*)+$",
    re.I,
)


# A message written as a letter: "Dear Mirano," on a line of its own, "Sincerely,\nDorothy Hale" or «С уважением,
# Анна» below; the frame asks nothing, and the name signed is the writer's, not a person asked about
LETTER_OPENING = re.compile(
    r"^\s*(?:dear|hello|hi|hey|good (?:morning|afternoon|evening)|уважаем\w*|дорог\w*|здравствуй\w*|добр\w+ (?:день|утро|вечер))"
    r"[^\n?]{0,40}[,!]?[ \t]*\n",  # (a line with a question in it is an ask, not a salutation)
    re.I,
)
LETTER_CLOSING = re.compile(
    r"\n\s*(?:(?:yours\s+)?sincerely|yours(?:\s+(?:truly|faithfully|sincerely))?|(?:best|kind|warm|warmest)\s+(?:regards|wishes)"
    r"|best|regards|many thanks|thanks(?: again)?|thank you(?: again)?|cheers|с уважением|всего доброго|всего хорошего"
    r"|спасибо|благодарю)\b[^\n?]{0,40}(?:\n[^\n?]{0,60})?\s*$",
    re.I,
)


# The same frame on one line: «Уважаемый помощник! … С глубоким уважением, Галина Аркадьевна.», "Dear assistant, …
# Kind regards, Tom" («помощник» is the addressee, not a domain word; the name signed is not a person asked about)
INLINE_OPENING = re.compile(
    r"^\s*(?:(?:уважаем\w*|дорог\w*)\s+[^!?.,\n]{0,30}?!|dear\s+[^!?.,\n]{0,30}?[!,])\s+(?=\w)", re.I
)  # («Уважаемая программа, извините, …»: the small talk after a comma is read with the greeting, below)
INLINE_CLOSING = re.compile(
    r"(?<=[.!?])\s+(?:с\s+(?:глубоким\s+|искренним\s+|огромным\s+)?уважением|с\s+наилучшими\s+пожеланиями|всего доброго"
    r"|(?:заранее\s+)?благодарю(?:\s+за\s+(?:терпение|внимание|помощь|ответ))?|заранее спасибо"
    r"|(?:yours\s+)?sincerely|(?:best|kind|warm)\s+regards|regards)\b[^?]{0,60}$",
    re.I,
)


def without_letter_frame(text: str) -> str:
    """The letter's body, without its salutation line and its sign-off with the writer's name."""
    body = LETTER_CLOSING.sub("", LETTER_OPENING.sub("", text, count=1))
    body = INLINE_CLOSING.sub("", INLINE_OPENING.sub("", body.strip(), count=1))
    return body.strip() or text


def without_small_talk(text: str) -> str:
    """The message without the greetings and small talk before its first sentence about Mirano."""
    from agent.offline.understanding.speech_act import in_domain

    text = without_letter_frame(text)
    text = THANKS_AT_END.sub("", GREETED.sub("", text.strip())) or text
    sentences = re.split(r"(?<=[.!?])\s+", text.strip())
    start = 0
    while start < len(sentences) - 1 and (
        GREETING.match(sentences[start])
        or (SMALL_TALK.search(sentences[start]) and not in_domain(sentences[start]))
    ):
        start += 1
    if start and any(in_domain(s) for s in sentences[start:]):
        return " ".join(sentences[start:])
    return text


# «Так что два вопроса по alfa-stroy: …», "Two quick questions about northwind: …": how many asks follow, not one
QUESTION_COUNT = re.compile(
    r"(?:(?:так что|итак|значит),?\s+)?(?<!\w)(?:два|две|три|четыре|пара|пару|несколько|[2-9])\s+вопр(?:ос\w*|\.)\s*"
    r"|\b(?:two|three|four|a couple of|a few|[2-9])\s+(?:quick\s+|short\s+)?(?:questions?|q'?s\b|things|items|points)"
    r"(?:\s+please)?\s*",
    re.I,
)


# Why the asker wants to know, said after the ask: ", since an outstanding claim would change our view of the risk",
# «, так как нам это важно для сделки»: the asker's reason, not one more ask (nor a change asked about). Only a
# reason about the asker (would, matters, need, важно, нужно…): "why is it paused, since the key expired?" keeps its
# premise
ASKERS_REASON = re.compile(
    r",\s+(?:since|because|as)\s+(?=[^?.!]*\b(?:would|might|could|may|matters?|need|needs|want|important|rely|affects?|depends?)\b)"
    r"[^?.!]*(?=[?.!]?\s*$)"
    r"|,\s+(?:так как|поскольку|потому что|ибо|т\.\s?к\.)\s+(?=[^?.!]*(?:важн|нужн|надо|хоч|хотим|зависит|решени))"
    r"[^?.!]*(?=[?.!]?\s*$)"
    # «…, чтобы я могла дать фидбек аккаунту?», "…, so I can brief the client?": what the asker will do with it
    r"|,\s+(?:чтобы|чтоб)\s+(?:я|мы)\s+[^?.!]*(?=[?.!]?\s*$)|,\s+so (?:that )?(?:i|we) (?:can|could)\s+[^?.!]*(?=[?.!]?\s*$)",
    re.I,
)


# The same said as a sentence of its own after the ask: «…писала последнее? Хочу понять, о чём она волнуется.»,
# "…? I just want to make sure." (a sentence with a question mark of its own is an ask)
ASKERS_AIM = re.compile(
    r"(?<=[?.!])\s+(?:(?:я\s+)?хоч(?:у|ется|им)|мне\s+(?:надо|нужно)|нужно|надо)\s+(?:понять|убедиться|разобраться"
    r"|удостовериться)(?!\w)[^?]*$"
    r"|(?<=[?.!])\s+(?:i\s+)?(?:just\s+)?(?:want|need|wanna|would like|'d like)\s+to\s+(?:understand|make sure"
    r"|be sure|double-check)\b[^?]*$",
    re.I,
)


def without_askers_reason(text: str) -> str:
    return ASKERS_AIM.sub("", ASKERS_REASON.sub("", text))


def _relative_what(part: str) -> bool:
    """«что записан в настройках», «что указана в договоре»: «что» standing for «который» (its verb agrees with a
    noun before the comma: masculine or feminine), not the question «что записано?» (a question's «что» is neuter)."""
    said = re.match(r"что\s+([а-яё]+)", part)
    if not said:
        return False
    tag = analyzer().parse(said.group(1).lower())[0].tag
    return tag.POS in ("PRTS", "VERB") and "past" in tag and ("masc" in tag or "femn" in tag)


# «Сколько можно ждать?! Перегенерируйте …», "How long do we have to wait?! …": impatience before the ask, no ask
IMPATIENCE = re.compile(
    r"^\W*(?:(?:ну\s+)?сколько\s+(?:можно|ещё|еще)(?:\s+ждать)?|доколе|how long (?:do|must) (?:i|we) (?:have to )?wait"
    r"|come on)\W*[?!]+\s+(?=\S)",
    re.I,
)


def clauses(text: str) -> list[str]:
    """The parts of a question, in order (one part when it is not compound)."""
    text = IMPATIENCE.sub("", text)
    text = COUNTING_FIRST.sub(" ", text)
    text = QUESTION_COUNT.sub("", text).lstrip(" :")
    topic = TOPIC_THEN_ASKS.match(text)
    if topic:  # each ask with its topic said after it
        return [f"{part.rstrip(' .')} — {topic.group('topic')}" for part in clauses(topic.group("asks"))]
    said = [p.strip() for p in EMOTICON.split(text) if p.strip()]
    while len(said) > 1 and not ASKS.search(said[0]):
        said = said[1:]
    text = " ".join(said) if said else text
    parts = [text.strip()]
    if CHECKLIST_START.match(text):
        parts = [piece.strip() for piece in CHECKLIST_SPLIT.split(text) if piece.strip()]
    for pattern in SPLITS:
        parts = [piece.strip() for part in parts for piece in pattern.split(part) if piece.strip()]
    # two commas before question words ("what runs now, what did we spend, is economy on?") make a list too
    # (English only: «кто-то …, что это такое» are no questions; and not inside a supposition)
    listed = len(LIST_SPLITS[0].findall(text)) >= 2 and not re.search(r"\b(?:if|suppose)\b", text, re.I)
    if (len(parts) > 1 or listed) and not CONDITIONAL.search(text):
        for pattern in LIST_SPLITS:
            parts = [piece.strip() for part in parts for piece in pattern.split(part) if piece.strip()]
        relative: list[str] = []
        for part in parts:  # «токен — тот самый «API key», что записан в настройках?»: «что» is «который»
            if relative and _relative_what(part):
                relative[-1] = f"{relative[-1]}, {part}"
            else:
                relative.append(part)
        parts = relative
    parts = [p for p in parts if re.search(r"\w", p)] or parts  # "почему скип? 🤷": an emoji alone is no part
    supposed: list[str] = []
    condition = ""
    for part in parts:  # "Say economy mode was on, how many items …?": the condition and its question are one
        if condition:  # "If economy were on, please check: 1) … 2) …": the condition holds for each item
            supposed.append(f"{condition} {part}")
        elif supposed and SUPPOSITION_ONLY.match(supposed[-1]) and len(re.findall(r"\w+", supposed[-1])) <= 8:
            said = supposed.pop()
            if re.search(r"[:~]\s*$", said):
                condition = re.sub(
                    r"[,;]?\s*(?:please\s+)?(?:check|tell me|confirm|answer)?\s*[:~]\s*$",
                    ",",
                    said,
                    flags=re.I,
                )
                supposed.append(f"{condition} {part}")
            else:
                supposed.append(f"{said}, {part}")
        else:
            supposed.append(part)
    parts = supposed
    # «1) дату формирования и 2) состав снимка отчёта по объекту …»: an item that ends on "and" shares the next one's
    # object, so the two are one ask
    joined: list[str] = []
    for part in parts:
        if joined and TRAILING_AND.search(joined[-1]):
            joined[-1] = f"{joined[-1]} {part}"
        else:
            joined.append(part)
    parts = joined
    heading = re.sub(
        r"^\W*(?:please|kindly)\b", "", parts[0], flags=re.I
    )  # "Please advise on:" asks nothing yet
    if len(parts) > 1 and parts[0].endswith(":") and not ASKS.search(heading):  # «проверка 4:», "2 queries:"
        parts = [f"{parts[0]} {parts[1]}", *parts[2:]]  # the heading names what the first ask is about
    if len(parts) > 1 and (len(re.findall(r"\w+", parts[0])) < MIN_WORDS or PREAMBLE.fullmatch(parts[0])):
        # «Подскажите, какие …», «Подскажите, пожалуйста, какие …»: a preamble
        parts = [f"{parts[0]}, {parts[1]}", *parts[2:]]
    if len(parts) > 1 and any(STATE_ONLY.match(p) for p in parts[1:]):
        # «Как там проверка Ленинского, 90? Готова уже?»: the state asked of the thing the part before names
        kept: list[str] = []
        for part in parts:
            if kept and STATE_ONLY.match(part):
                kept[-1] = f"{kept[-1]} {part}"
            else:
                kept.append(part)
        parts = kept
    if len(parts) > 1 and any(len(re.findall(r"\w+", p)) < MIN_WORDS for p in parts[1:]):
        # "…, and which runs were skipped and why?": a word alone belongs to the part before it
        merged: list[str] = []
        for part in parts:
            if merged and len(re.findall(r"\w+", part)) < MIN_WORDS and not ONE_MORE.match(part):
                merged[-1] = f"{merged[-1]}, {part}"
            else:
                merged.append(part)
        parts = merged
    if len(parts) > 1 and len(re.findall(r"\w+", parts[0])) < MIN_WORDS:
        return [text.strip()]
    if len(parts) > 1:  # «…что она последнее написала? Он с ней по работе»: the asker's context, no ask
        from agent.offline.understanding.speech_act import has_verb

        # («она чё типа ничего не нашла» has its verb: a yes-or-no ask said without its question mark)
        parts = [
            parts[0],
            *(p for p in parts[1:] if not (CONTEXT_ONLY.match(p) and not ASKS.search(p) and not has_verb(p))),
        ]
    return parts[:3]


# A third person's aside after the ask, with no verb of its own («Он с ней по работе»); not the asker's own "I need
# its INN" or "I think it prefetched …": those carry the ask or its premise
CONTEXT_ONLY = re.compile(r"^\W*(?:он|она|они|he|she|they)\b[^?]*$", re.I)


# "and the second one?", «а вторая?»: one more of the same, by its order, asked what the part before asked
ONE_MORE = re.compile(
    r"^\W*(?:(?:and|а|и)\s+)?(?:the\s+)?(?:second|third|other|next|previous|latest|last|first)\s+one\b"
    r"|^\W*(?:(?:and|а|и)\s+)?(?:втор|трет|друг|следующ|предыдущ|последн|перв)\w+(?:\s+(?:проверк|запуск)\w*)?\s*(?:[,?—–-]|$)",
    re.I,
)


STATE_ONLY = re.compile(
    r"^\W*(?:(?:а|и|ну|so|and)\s+)?(?:(?:уже\s+)?готов\w*(?:\s+уже)?(?:\s+ли)?|вс[её] в порядке|(?:уже\s+)?закончил\w*"
    r"|(?:уже\s+)?заверш[её]н\w*|(?:is it\s+)?(?:done|finished|ready)(?: yet)?|all good"
    # «Она уже всё, или ещё думает?»: done, or still at it
    r"|(?:(?:она|он|оно)\s+)?(?:уже\s+)?(?:вс[её]|готов\w*)\s*,?\s*или\s+(?:ещё|еще|пока|нет)(?:\s+\w+)?)\W*$",
    re.I,
)
TRAILING_AND = re.compile(r"(?:\s|^)(?:и|and|а также|as well as)\s*$", re.I)


# A part with no question in it after a request ("could you apply suggestion 3? the client's waiting on it"): the
# request's reason, not one more thing asked
ASKS = re.compile(
    rf"\?|^\W*(?:{EN_QUESTION_WORDS}|can|could|will|would|should|please)\b|^\W*(?:а\s+|и\s+)?(?:{RU_QUESTION_WORDS})(?!\w)"
    r"|(?<!\w)ли(?!\w)|(?<!\w)или\s+нет(?!\w)|\bor not\b"  # «… пришли или нет», "done or not": a yes-or-no ask
    rf"|^\W*{PROJECT_LIST}",
    re.I,
)


# A part asked of everything ("and what did we spend in total today?", «сколько всего потратили»): it borrows no
# subject from the part before it
OF_EVERYTHING = re.compile(
    r"\b(?:in total|altogether|overall|all in all|all jobs|everything)\b|(?<!\w)(?:всего|в целом|в сумме|итого"
    r"|по всем|всё вместе|все вместе)(?!\w)"
    # a set asked for: "what is running now?", «какие задания упали?» (not the job named before)
    r"|\bwhat(?:'s| is| are)? (?:currently |now |right now )?(?:running|in progress|queued|going on)\b"
    r"|\b(?:which|what) (?:jobs|runs)\b|\b(?:which|what) (?:run|job) (?:cost|was) (?:the )?most\b|\bmost expensive\b"
    r"|(?<!\w)сам\w* дорог"
    # «и скок потратили седня»: what we spent, of everything
    r"|(?<!\w)(?:сколько|скока|скок)\s+(?:мы\s+)?(?:потратили|израсходовали|ушло|сожгли)(?!\w)"
    r"|\b(?:today's|this week's|our|the total|total) (?:spend|bill|burn|costs?)\b"  # "what's today's spend so far?"
    r"|\b(?:do i have|have i got)\b|(?<!\w)у меня(?!\w)"  # "how many unread notices do I have?": mine, all of them
    r"|(?<!\w)что (?:(?:сейчас|щас|вообще|у нас|именно)\s+){0,3}(?:выполняется|идёт|идет|запущено|крутится"
    r"|в работе)(?!\w)"
    r"|(?<!\w)какие (?:задани|джоб|задач|запуск)",
    re.I,
)


def reason_of_request(part: str) -> bool:
    return not ASKS.search(part)


WE = re.compile(r"\b(?:we|we've|we'd|us|our)\b|(?<!\w)(?:мы|нам|нас|наш\w*)(?!\w)", re.I)


COST_ASKED = re.compile(r"\bcost|\bspen[dt]|\bexpensive|стои|обош|потрат|расход", re.I)


# A check by its order, said again in the part's language
ORDERED_CHECK = {
    "first": ("первая проверка", "first check"),
    "second": ("вторая проверка", "second check"),
    "third": ("третья проверка", "third check"),
    "previous": ("предыдущая проверка", "previous check"),
    "latest": ("последняя проверка", "latest check"),
}


ANY_OF_ALL = re.compile(
    r"\b(?:any|every|all)\s+(?:\w+\s+)?(?:runs?|jobs?|checks?)\b|(?<!\w)(?:какие-нибудь|хоть один|все)\s+(?:запуск|задани|провер)",
    re.I,
)


def carried(found: Entities, lang_text: str) -> str:
    """What an earlier part named, said again for a part that names nothing ("and when will it run again?")."""
    # "…Tom complained, and did we promise them anything?": "we" speak in that part, not the person named before
    # («о чём он нам писал»: "he" is still the person named before)
    he = re.search(
        r"\b(?:he|she)\b|(?<!\w)(?:он|она)(?!\w)", lang_text, re.I
    )  # the writer, not «ей» (to her)
    people = [] if WE.search(lang_text) and not he else found.people
    it = re.search(r"\b(?:it|that|this one)\b|(?<!\w)(?:он|она|оно|это)(?!\w)", lang_text, re.I)
    if WE.search(lang_text) and re.search(r"spen[dt]|\bcost|потрат|расход|ушло", lang_text, re.I) and not it:
        return ""  # "…, and how much did we spend today?": everything we spent ("did it cost us": the thing before)
    if ANY_OF_ALL.search(lang_text) and not it:
        return ""  # "…; (b) whether any run has failed today": every run, not the one named before
    # "…Irina from Alfa Stroy, when did she last say something": "she" is the person, not her project
    projects = [] if he and people else found.projects
    said = [*(found.jobs or found.soft_jobs), *projects, *people]
    if (
        found.order == "latest" and said and not found.projects
    ):  # "the last chatwoot sync … what'd it cost": that run
        ru = re.search(r"[а-яё]", lang_text, re.I)
        said = ["последний запуск", *said] if ru else ["last", *said, "run"]
    if found.succeeded and said:  # "the last successful build … and what did it cost": that run again
        said.insert(0, "успешный" if re.search(r"[а-яё]", lang_text, re.I) else "successful")
    if found.address and found.check_id is None:
        # "the first check of Leninsky 90 …, and what did it cost?": that check, by its order, again (not when the
        # part says its own: "and the second one?")
        from agent.tools.resolve import order_in

        if found.order in ORDERED_CHECK and not order_in(lang_text.lower()):
            said.append(ORDERED_CHECK[found.order][0 if re.search(r"[а-яё]", lang_text, re.I) else 1])
        elif found.about_check and COST_ASKED.search(lang_text):
            # «проверка Тверской 1 закончена? и сколько она стоила»: that check's cost, not the house's price
            said.append("проверка" if re.search(r"[а-яё]", lang_text, re.I) else "the check of")
        said.append(found.address)
    if found.fact_key:  # «что это за дело и в каком суде его рассматривают»: that case again
        said.append(found.fact_key)
    if found.run_id is not None:  # "how much did run 1 cost and who started it"
        said.append(
            f"запуск {found.run_id}" if re.search(r"[а-яё]", lang_text, re.I) else f"run {found.run_id}"
        )
    if found.check_id is not None:
        said.append(
            f"проверка {found.check_id}"
            if re.search(r"[а-яё]", lang_text, re.I)
            else f"check {found.check_id}"
        )
    return " ".join(said)


# A period said again for a later part that counts the same things («… и сколько на них ушло?»)
PERIOD_SAID = {
    "today": ("сегодня", "today"),
    "yesterday": ("вчера", "yesterday"),
    "week": ("за неделю", "this week"),
    "month": ("за месяц", "this month"),
}


# A later part that points back at the earlier one's subject: a pronoun, "there", or a part too short to name one
REFERS_BACK = re.compile(
    r"\b(?:it|its|it's|they|them|their|that one|this one|there|she|he|her|him|his|the same)\b"
    r"|(?<!\w)(?:он|она|оно|они|его|её|ее|их|ему|ей|там|тут|этот|эта|это|этого|этой"
    r"|него|неё|нее|них|нему|ней|нём|нем)(?!\w)"  # after a preposition: «какой у неё риск»
    r"|^\W*(?:\w+\W+){0,2}\w+\W*$",
    re.I,
)


# A question passed on from someone else («Шеф спрашивает: …», «Иван Петрович просил узнать, …», "My boss wants to
# know …"): the asker's frame is dropped and the question kept; «просит прислать …» stays a request («прошу …»)
REPORTED = re.compile(
    r"^\W*(?:(?:мой|наш|наша|моя)\s+)?(?:шеф\w*|руководител\w*|начальни\w*|босс\w*|директор\w*|клиент\w*"
    r"|[А-ЯЁ][а-яё]+(?:\s+[А-ЯЁ][а-яё]+)?)\s+(?:просит|просил\w*|спрашива\w*|интересуется|интересовал\w*|велел\w*"
    r"|хочет знать|хотел\w* знать|поручил\w*)(?:\s+(?:узнать|выяснить|уточнить|передать|спросить))?\s*[:,—–-]?\s*"
    r"|^\W*(?:my|our|the)\s+(?:boss|manager|ceo|cfo|cto|director|head of \w+|client)\s+(?:asks|asked|wants to know"
    r"|would like to know|wonders)(?:\s+(?:about|if|whether))?\s*[:,—–-]?\s*",
    re.I,
)


# "You said the key is missing. Until we fix that, pause …", «Ты сказал, что …, но …»: the earlier answer recalled,
# then the ask; the recap asks nothing
YOU_SAID = re.compile(
    r"^\W*(?:you (?:said|told me|mentioned|wrote|claimed)|ты (?:сказал|написал|говорил|ответил)\w*"
    r"|вы (?:сказали|написали|говорили|ответили))\b[^.?!]*?(?:[.!]\s+|,\s*(?:but|yet|но|а)\s+)",
    re.I,
)


def without_reporter(text: str) -> str:
    """The question itself, without who passed it on, and without an earlier answer recalled before it."""
    recap = YOU_SAID.match(text)
    if recap and text[recap.end() :].strip():
        text = text[recap.end() :]
        text = text[:1].upper() + text[1:]
    said = REPORTED.match(text)
    if not said or not text[said.end() :].strip():
        return text
    rest = text[said.end() :]
    from agent.offline.understanding.morphology import words

    first = words(rest[:40])
    asked_for = re.search(r"прос|велел|поручил", said.group(0), re.I) and not ASKS.match(rest)
    if first and (first[0].pos == "INFN" or asked_for):  # «Шеф просит прислать токен», «просит секрет …»
        return f"Прошу {rest[:1].lower()}{rest[1:]}"
    return rest[:1].upper() + rest[1:]
