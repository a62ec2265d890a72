"""The first stage: what kind of sentence a question is — a question, a request to do something, a hypothetical,
a request for credentials, or something Mirano has nothing to do with — from its grammar, before its meaning.

Russian requests are read from the mood of the verb (pymorphy3: «перезапусти» is imperative, «можешь
перезапустить» a modal with an infinitive, «хочу, чтобы ты перепроверил» a wish with a past form); English ones
from imperatives, modals ("could you", "mind re-running", "can the index be rebuilt"), "please" and "for me".
A request counts only when it asks for something Mirano does (runs, checks, settings, actions): "can you write me
a poem?" is out of scope, not a request to be refused with a button. Each rule below says why it exists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from agent.offline.understanding.morphology import CYRILLIC, Word, analyzer, words
from agent.offline.understanding.topics import (  # noqa: F401  (OUT_OF_SCOPE_WRITING is read from here too)
    ARITHMETIC,
    OTHER_TOPICS,
    OUT_OF_SCOPE_TOPIC,
    OUT_OF_SCOPE_WRITING,
)

Act = Literal["question", "request", "hypothetical", "secret", "out_of_scope"]


@dataclass(frozen=True)
class Rule:
    pattern: re.Pattern[str]
    why: str


def _rule(pattern: str, why: str) -> Rule:
    return Rule(re.compile(pattern, re.I), why)


# English verbs that ask Mirano to do something (stems: "re-?run" covers rerun, re-running, re-run).
EN_ACTION = (
    r"(?:re-?)?run|restart|kick|fire|trigger|start|turn|switch|flip|toggle|enable|disable|apply|set(?!\s+out\b)|change|delete"
    r"|remove|chuck|flick|whack|bung|put|slap|stick|wipe|nuke|scrub|shut off|shut down|shut|bin off|bin"
    r"|create|bind|unbind|pause|resume|stop|kill|bump|poke|nudge|push|re-?trigger|(?:re-?)?sync|rebuild|build|re-?check"
    r"|refresh|finali[sz]e|launch"
    r"|make|open|file|add|post|schedule|re-?index|update|purge|erase|archive|reset|send|raise|lower"
    r"|cancel|abort|terminate|interrupt|retry|re-try|suspend|hold|unpause|un-pause|increase|decrease"
    # "kindly prepone the weekly digest", "I should be grateful if you would arrange the cancellation of …"
    r"|prepone|postpone|reschedule|bring forward|arrange|impose|institute|introduce|put in place"
    r"|export|download|generate|prepare"  # "export the report as pdf", "kindly generate the PDF report":
    # a report is handed over from its page or `mirano report`
    r"|press|hit|smash|click|tap|freeze|regenerate|transmit|spin up|scale up"  # "smash Run now on the Linear sync": a button pressed
    r"|watch|unwatch|subscribe|unsubscribe|keep an eye|keep tabs|ping|notify|alert"  # "subscribe me to Leninsky 90": a watch is set on its page
)
EN_PARTICIPLE = (
    r"re-?run|rebuilt|restarted|re-?synced|synced|started|triggered|applied|turned|switched|refreshed"
    r"|finali[sz]ed|re-?checked|re-?indexed|updated|paused|resumed|stopped|deleted|removed|created|kicked"
    r"|cancell?ed|erased|raised|lowered|enabled|disabled|regenerated|retried|rescheduled|exported|applied|generated|prepared"
)
# An action word used as a noun ("the checks.recheck run that crashed", "last run status pls"): after a determiner
# or a job's name, or before a noun of its own, it orders nothing
NOT_A_NOUN = r"(?<![-.])(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bits )(?<!\blast )(?<!\blatest )(?<!\bthis )(?<!\bthat )(?<!\bof )"
NOUN_AFTER = (  # "the run that crashed" (a noun); "cancel that check" (an order)
    r"(?!\s+(?:status|history|logs?|details|cost|time|id|list|report|count|which|of)\b)"
    r"(?!\s+that\b(?!\s+(?:check|run|job|one|sync|build|digest|task|import)\b))"
)
REQUEST_RULES: tuple[Rule, ...] = (
    _rule(
        rf"\bit is (?:hereby |kindly )?requested that\b.{{0,80}}\b(?:be\s+)?(?:{EN_PARTICIPLE})\b"
        rf"|\bit would be appreciated if\b.{{0,80}}\b(?:could|would|might) be (?:{EN_PARTICIPLE})\b"
        rf"|\byou are (?:hereby )?(?:instructed|requested|asked) to (?:{EN_ACTION})\b",
        "a request in the passive: 'It is requested that the digest job be paused', 'you are instructed to …'",
    ),
    _rule(
        rf"\b(?:obliged|grateful|glad|appreciate it|be (?:great|nice|good|helpful|ideal)) if (?:you|u|someone|somebody|anyone"
        rf"|the team) (?:would|could|can|might)\b.{{0,80}}\b(?:{EN_ACTION}|{EN_PARTICIPLE})\b",
        "a formal request: 'I should be obliged if you would have the property re-checked'",
    ),
    _rule(
        rf"\bI\s+(?:am\s+)?(?:hereby\s+|formally\s+|kindly\s+)?(?:(?:beg|wish|want|would like|am writing) to\s+)?"
        rf"(?:request(?:ing)?|ask(?:ing)?|require|instruct(?:ing)?|need|want|would like)\s+"
        rf"(?:that\s+)?(?:you|u|the assistant|mirano)\s+(?:to\s+)?(?:please\s+)?(?:{EN_ACTION})\b",
        "a request put in the first person: 'I hereby request that you erase …', 'I need you to rerun it'",
    ),
    _rule(
        rf"^\W*(?:pursuant to|in accordance with|as per|per|following|further to|in line with|until|till|while"
        rf"|once|before|meanwhile)\b[^,]{{0,80}},\s*"
        rf"(?:please\s+|kindly\s+)?(?:{EN_ACTION})\b",
        "an imperative after a formal lead-in: 'Pursuant to the data subject's request, erase all data concerning …'",
    ),
    _rule(
        r"^\W*can (?:help|you help)\b.{0,60}\bor not\b|\b(?:help me|help us) (?:on|with) (?:the )?(?:econom|budget|pause)",
        "a request put as 'can help me on the economy mode or not?': asked to do it",
    ),
    _rule(
        r"\b(?:give|grant|assign)\s+(?!me\b|us\b)\S+\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:role|access|rights|permissions?)\b"
        r"|\b(?:give|grant|assign)\b.{0,80}\bthe (?:admin|operator|viewer) role\b"
        r"|\b(?:make|promote|demote)\s+(?!me\b)\S+\s+(?:an?\s+|to\s+)?(?:admin|operator|viewer)\b",
        "a role given to someone: 'give anna the operator role', 'make kate an admin' (an admin's, on People)",
    ),
    _rule(
        rf"(?:^|[—–;:]\s*|[.!]\s+)\W*(?:(?:then|bruh|lol|ok so|so|well|yo|dude|mate|yalla|ja|sound|eish|boet|guys|folks|team|shoot|dang|darn|gosh|heck|man|oh|aw|och|aye|right|sige|po|pls|please|kindly|cara|mano|lad|hen|go on and|come on and|go and|voyons|allez|bon|écoute|ecoute|oye|mira|ándale|andale|bro|pues|hermano|boss|la|abeg|biko|allyuh|alyuh|y'?all|(?:hey|hi|hello)(?:\s+(?:mirano|there|assistant|bot))?),?\s+){{0,3}}(?:please\s+|kindly\s+|pls\s+|plz\s+|now\s+|just\s+|go ahead and\s+|go\s+|let'?s\s+|make (?:una|you|u)\s+"
        rf"|(?:ok(?:ay)?|alright|all right|fine|cool|right|great|good),?\s+(?:then,?\s+|so,?\s+|now,?\s+)?"
        rf"|then,?\s+)?"  # "ok then kick a backfill of it"
        rf"(?:{EN_ACTION})\b(?!-)",  # ("Post-mortem for …" is a noun)
        "an English imperative first: 'rerun the digest', 'please switch economy off', 'let's pause the sync'",
    ),
    _rule(
        # ("can you like literally just re-check it": the fillers between the modal and its verb, up to three)
        rf"\b(?:can|could|would|will|might)\s+(?:you|u|ya|ye)\s+(?:(?:please|kindly|just|maybe|possibly|ever|po|also|pls|like"
        rf"|literally|actually|quickly|real quick)\s+){{0,3}}"
        rf"(?:be able to\s+)?(?:{EN_ACTION})\b",
        "a modal asking the assistant: 'could u kick the linear sync', 'can you start one?'",
    ),
    _rule(
        rf"\b(?:you|u|y'all|yall)\s+(?:could|can|would|might)(?:\s+(?:could|can))?\s+(?:please\s+|kindly\s+|just\s+|possibly\s+)?(?:be able to\s+)?"
        rf"(?:{EN_ACTION})\b"
        rf"|\b(?:any chance|is it possible|possible|is there a way|a way for you)\b.{{0,30}}\b(?:{EN_ACTION})\b"
        # "Might one prevail upon you to impose a cap?", "may I trouble you to pause it": a barrister's request
        rf"|\b(?:prevail (?:up)?on you|trouble you|impose on you|ask you)\s+to\s+(?:\w+\s+)?(?:{EN_ACTION})\b"
        # "could ye no just give it a run again?", "give the sync a kick": a run asked for, in a noun
        r"|\bgive\s+(?:it|them|that|this|the\s+[\w.]+(?:\s+[\w.]+)?)\s+(?:a\s+|another\s+)(?:re-?run|run|go|kick|spin|restart|nudge|poke)\b"
        rf"|\b(?:can|could|would|will)\s+(?:you|u)\b[^?]{{0,40}}\band\s+(?:{EN_ACTION})\b"
        rf"|\b(?:be an? (?:legend|dear|star|champ|love|mate|diamond|doll|darling|gem|treasure|sport|pal|sweetheart)"
        rf"|do me a favou?r)\b.{{0,20}}\band\s+(?:{EN_ACTION})\b",
        "the modal after the subject or a favour first: 'any chance you could re-run the chatwoot import?', "
        "'could you do me a favour and rebuild the index?', the South's 'reckon you might could re-check it?'",
    ),
    _rule(
        # "Need the index rebuilt today.", "get the digest regenerated for northwind", "let's have the sync run
        # again", "someone needs to pause the chatwoot sync", "mind pausing everything?"
        rf"^\W*(?:(?:i|we)\s+)?(?:need|want|get|let'?s have|have)\s+(?:the\s+|that\s+|this\s+|our\s+|my\s+|it\s+)?"
        rf"(?:[\w.'-]+\s+){{0,3}}(?:{EN_PARTICIPLE}|run again|re-?run)\b"
        rf"|\b(?:someone|somebody|you) (?:needs?|has|have|ought) to (?:{EN_ACTION})\b"
        r"|\bmind\s+(?:re-?)?(?:pausing|running|restarting|rebuilding|re-?checking|checking|syncing|kicking|triggering"
        r"|starting|stopping|cancell?ing|applying|switching|turning|setting|resuming|retrying|exporting|deleting|erasing"
        r"|regenerating|refreshing)\b",
        "a request put as a need or a causative ('need the index rebuilt', 'get the digest regenerated', 'mind "
        "pausing it?')",
    ),
    _rule(
        r"\bgive (?:the |it |this |that )?(?:[\w.']+ ){0,3}a (?:proper |quick |good |fresh )?(?:kick|nudge|poke|go|spin"
        r"|rebuild|re-?run|re-?check|refresh|restart|reboot|re-?index|re-?sync|once-over)\b",
        "an order said as a favour: 'give the Linear sync a kick for us'",
    ),
    _rule(
        r"\b(?:just\s+)?do it\b.{0,20}\b(?:pls|please|plz|for me|for us)\b|\b(?:pls|please|plz|just)\s+do it\b"
        r"|\bdo it (?:now|right now|asap|sharpish|today)\b|\bcrack on and\b",
        "the thing asked before, asked to be done: '… possible? just do it pls'",
    ),
    _rule(
        rf"\b(?:mind|fancy)\s+(?:{EN_ACTION})\w*ing\b|\bwould you mind\b|\bbe so kind as to\b",
        "a polite frame without a leading verb: 'Mind rerunning the digest for me?'",
    ),
    _rule(
        rf"\b(?:i'?d like|i want|i need|we need|i'?d love)\s+(?:you\s+)?(?:to\s+)?(?:\w+\s+){{0,3}}?to\s+(?:{EN_ACTION})\b"
        rf"|\b(?:i'?d like|i want|i need)\s+you\s+to\b",
        "a wish: 'I'd like you to turn economy mode on', 'I want the extraction to run again today'",
    ),
    _rule(
        rf"\b(?:i'?d like|i want|i need|we need|we want|i'?d love|please have)\s+(?:the\s+|this\s+|that\s+|it\s+)?"
        rf"[\w\s.-]{{0,40}}?\b(?:{EN_PARTICIPLE}|exported|cancell?ed|turned (?:on|off)|switched (?:on|off))\b",
        "a wish with what should be done to it: 'I'd like the weekly digest job paused until further notice'",
    ),
    _rule(
        rf"\b(?:can|could|should)\s+(?:the|we|it|this|that)\b[\w\s.-]{{0,40}}\bbe\s+(?:{EN_PARTICIPLE})\b",
        "a passive request: 'Can the embeddings be rebuilt now please'",
    ),
    _rule(
        rf"\bplease\b.{{0,40}}{NOT_A_NOUN}\b(?:{EN_ACTION})\b(?!\s*(?:#|№|no\.?)?\s*\d){NOUN_AFTER}|\bdo the needful\b"
        rf"|{NOT_A_NOUN}\b(?:{EN_ACTION})\b(?!\s*(?:#|№|no\.?)?\s*\d){NOUN_AFTER}.{{0,60}}\b(?:for me|please|pls|plz|thanks)\b",
        "'please' or 'for me' beside an action verb anywhere: 'Bind northwind to inbox 7 for me' (a verb with a number "
        "after it is a noun: 'Regarding run 9: please state…')",
    ),
)
# «пауза на импорт из attio», "a pause on the digest": the control said as a noun, first, in a line that asks nothing
REQUEST_NOUN = _rule(
    r"^\W*(?:(?:a|the)\s+)?(?:pause|restart|re-?run|export)\s+(?:on|of|for)\b"
    r"|^\W*(?:пауз[ау]\s+(?:на|для)|(?:перезапуск|рестарт|отмена|экспорт|выгрузка)\s+\w+)\b",
    "a request said as a noun first («пауза на импорт», 'pause on the digest'); with a question mark it asks",
)
# "run history please", "change log": the first word is a noun there, and the line a question
NOUN_FIRST = _rule(
    r"^\W*(?:retry|retries|re-?run|restart|cancel|cancellation|pause)\s+(?:of|history|details|log|status)\b"
    r"|^\W*(?:run|runs|change|changes|set|schedule|file|post|stop|start|switch|update|updates)\s+(?:history|details"
    r"|log|logs|list|costs?|status|statuses|times?|#?\d+|of|for|since|summary|reasons?|ids?)\b"
    r"|^\W*runs?\s+(?:number|no\.?|num\.?|№)\s*\d+"  # "Run number 5 — how many chunks?": that run, a noun
    r"|^\W*open\s+(?:commitments|promises|risks|issues|items|tasks|questions|notices)\b"
    # "open the weekly digest", "pull up the last report": something to read, opened (nothing is changed)
    r"|^\W*(?:open|pull up|bring up)\s+(?:(?:the|our|this|that|last|latest|newest|weekly|week'?s)\s+)*"
    r"(?:digest|report|snapshot|summary)\b",
    "a noun first reads as a question ('run history please'); a digest or a report opened is read",
)
EN_QUESTION_FIRST = _rule(
    r"^\W*(?:and\s+|so\s+)?(?:when|what|whats|why|who|how|which|where|is|are|was|were|did|does|do|has|have)\b",
    "a question word first: 'when will it run again' asks, it does not request",
)
# Russian verbs (lemmas) whose imperative or modal infinitive asks Mirano to act.
RU_ACTIONS = frozenset(
    [
        "заморозить",  # «заморозь снимок»: a snapshot frozen
        "зафиксировать",
        "отставить",  # «Синхронизацию — отставить!»: a military "stop it"
        "запустить",
        "дернуть",  # «дёрни синхронизацию ещё раз»: trigger it (pymorphy3 reads «дерни» as «дернить»)
        "дернить",
        "перезапустить",
        "инициировать",  # «прошу инициировать повторную проверку»: started, said formally
        "выставить",  # «выстави дневной бюджет»: a budget set
        "задать",
        "настроить",
        # slang for doing it: «накати пересборку», «запили проверку заново», «тормозни синки», «стопни сборку»,
        # «освежи объявления», «толкни импорт»
        "накатить",
        "запилить",
        "тормознуть",
        "притормозить",
        "стопнуть",
        "стопорнуть",
        "отрубить",
        "перезалить",
        "перетряхнуть",
        "освежить",
        "погасить",
        "перепрогнать",
        "толкнуть",
        "пнуть",
        "ретрайнуть",  # «ретрайни его»: an engineer's retry (pymorphy3 reads the imperative of the loan word)
        "ретрайнить",
        "ретрайни",
        "включить",
        "выключить",
        "отключить",
        "применить",
        "подтвердить",  # «подтверди предложенную задачу»: apply it
        "одобрить",
        "заапрувить",  # «можешь заапрувить action 6?»: apply it
        "апрувнуть",
        "создать",
        "удалить",
        "поставить",
        "установить",
        "зафиксировать",
        "финализировать",
        "привязать",
        "отвязать",
        "перепроверить",
        "остановить",
        "приостановить",
        "возобновить",
        "пересобрать",
        "собрать",
        "поменять",
        "изменить",
        "сменить",
        "отправить",
        "прогнать",
        "синхронизировать",
        "обновить",
        "пересчитать",
        "дёрнуть",
        "дернуть",
        "стартовать",
        "завести",
        "снять",
        "убрать",
        "добавить",
        "кинуть",  # «кинь импорт ещё раз»: colloquial for "run"
        "закинуть",
        "пнуть",
        "перегнать",
        "повторить",
        "отменить",  # «отмени запуск»: a run's cancel
        "прервать",
        "увеличить",  # «увеличь лимит»: a job's settings
        "уменьшить",
        "поднять",  # «поднимите лимит до 2000»
        "повысить",
        "снизить",
        "понизить",
        "сократить",
        "выгрузить",  # «выгрузи дайджест в PDF»: a hand-over, from its page or `mirano report`
        "экспортировать",
        "подписать",  # «подпиши меня на Ленинский 90»: a watch, set on the check's page or `mirano watch`
        "отписать",
        # slang for set, put or switch: «влепи лимит», «вруби экономию», «запаузь импорт», «ретрай»
        "влепить",
        "воткнуть",
        "вкатить",
        "накинуть",
        "врубить",
        "вырубить",
        "запаузить",
        "ретраить",
        "следить",  # «следи за Тверской 1»
        # the imperfective of the same orders («врубай эконом», «запускай», «ставь на паузу»)
        "врубать",
        "вырубать",
        "включать",
        "выключать",
        "отключать",
        "запускать",
        "перезапускать",
        "ставить",
        "останавливать",
        "отменять",
        "удалять",
        "стереть",  # «сотрите её переписку»: an erasure
        "изъять",  # «прошу изъять из памяти все сведения о …»: an erasure in officialese
        "исключить",
        # people's access: a role given, set up or taken away («оформите роль operator», «назначь админом»)
        "оформить",
        "назначить",
        "выдать",
        "перегенерировать",  # «перегенерируйте дайджест»: a digest made again
        "перегенерить",  # «перегенери дайджест»: the same, clipped
        "сгенерить",
        "пересоздать",  # «пересоздай дайджест»: made again
        "сформировать",  # «прошу сформировать PDF-отчёт»: a hand-over («направьте сводку» asks to be shown)
        "сгенерировать",
    ]
)
# «сделай проверку», «сделай синк»: "do" is a request only with an object Mirano does
RU_DO = frozenset(["сделать", "провести"])
RU_DO_FORMAL = frozenset(["осуществить", "произвести", "провести", "выполнить", "инициировать", "обеспечить"])
RU_DO_OBJECTS = re.compile(
    r"проверк|запуск|синк|синхрониз|импорт|сборк|перепровер|дайджест|ретрай|повтор|\bretry\b|\brerun\b|\bresync\b|\bsync\b"
    # «прошу выполнить удаление сведений о субъекте», «произвести отмену проверки»: a formal request by its noun
    r"|удалени|стирани|очистк|отмен|приостановк|остановк|фиксаци|финализ|формировани|выгрузк|применени"
    r"|отслежив|слежени|подписк",
    re.I,
)
RU_MODALS = frozenset(
    [
        "просить",  # «Прошу Вас отменить проверку»: a formal request
        "изволить",  # «Извольте перезапустить задание»: an old-fashioned formal one
        "соблаговолить",  # «Соблаговолите включить режим экономии»: the same, with ceremony
        "счесть",  # «Не сочтёте ли возможным зафиксировать снимок?»: the same, said with ceremony
        "любезный",  # «Не будете ли вы так любезны запустить синхронизацию?»: a courteous order
        "просьба",  # «Просьба включить режим экономии»: the same, as a noun
        "мочь",
        "смочь",
        "суметь",
        "можно",
        "надо",
        "нужно",
        "хотеть",
        "давать",
        "пожалуйста",
        "бы",
        "необходимо",
    ]
)
RU_QUESTION_FIRST = _rule(
    r"^\W*(?:а\s+|и\s+)?(?:когда|почему|зачем|для чего|что|чего|сколько|как|какой|какая|какие|где|откуда|кто|есть ли)\b",
    "a question word first: «когда запустится сборка?» asks, it does not request",
)
QUESTION_FIRST = _rule(
    r"^\W*(?:а\s+|и\s+|so\s+|and\s+)?(?:when|what|whats|why|who|how|which|is|are|was|were|did|does|do|has|have"
    r"|когда|что|чего|почему|зачем|для чего|кто|как|какие|какой|какая|сколько|где|откуда|есть|был|была|были)\b",
    "a question word first in either language: when the meaning alone looks like a request, the sentence still "
    "asks («кто отменил запуск 5?», 'why is memory.build paused?')",
)
SECRET_NOUN = _rule(
    r"api[\s_-]?keys?|access[\s_-]?tokens?|\btokens?\b|\bkeys?\b|secrets?|password|credential|env(?:ironment)?\s+var"
    r"|\benv\b|[A-Z]+_(?:API_KEY|TOKEN)|[A-Z][A-Z0-9_]*_(?:SECRET|PASSWORD|KEY|DSN)\b|(?<!\w)ключ(?!ев)|токен"
    r"|парол|секрет|переменн\w+\s+окружени|(?<!\w)кред(?:ы|ов|ам|ах|сы)(?!\w)|\bcreds\b"
    r"|connection\s+string|\bdsn\b|database[\s_]url|строк\w*\s+подключени|доступ\w*\s+(?:к|от)\s"
    # what the assistant must not show either: its instructions, other people's conversations with it
    r"|system\s+(?:prompt|instructions)|системн\w*\s+(?:промпт|инструкц)|внутренн\w*\s+инструкц"
    r"|your\s+(?:previous\s+|internal\s+|hidden\s+)?instructions"
    r"|other\s+(?:users?|people)'?s?\s+(?:chats?|questions|conversations|messages)|(?<!\w)(?:их|чужи\w*)\s+(?:чат|переписк|вопрос)\w*"
    r"|друг\w*\s+(?:юзер|пользовател|клиент\w*\s+бот)\w*",
    "credentials named: a token, a key, a password, an env var or a connection string (not «ключевые объекты»)",
)
SECRET_ASK = _rule(
    r"\b(?:show|give|print|tell|reveal|display|list|dump|send|share|paste|copy|grab|output|expose|drop"
    r"|what(?:'s| is| are)|whats"
    r"|which|need|want|would like|i'?d like)\b|\b(?:is|are)\s+what\b"  # "chatwoot access token is what"
    r"|(?<!\w)(?:покажи|дай|скажи|какой|какие|какая|назови|выведи|напиши|пришли|отправь|поделись|нужен|нужна"
    r"|нужно|надо)(?!\w)"
    # said formally: «прошу предоставить», «предоставьте», "kindly provide", "quote … in full"
    r"|(?<!\w)(?:предостав\w*|покажите|дайте|пришлите|выдай\w*|раскрой\w*|процитируй\w*|приведите|выведите"
    r"|сообщить|сообщите|сообщи|продиктуй\w*|скажите)(?!\w)"
    r"|\b(?:(?:might|may|can|could) (?:one|i|we) see|let me see)\b"  # "Might one see the environment variables?"
    r"|\b(?:provide|quote|recite|repeat|remind|recall|disclose|divulge|hand over|produce|transmit|furnish|supply)\b|(?<!\w)(?:напомни\w*|подскаж\w*)(?!\w)"
    # «прошу прислать токен», «шеф просит секрет вебхука»: asked for, passed on or not
    r"|(?<!\w)(?:прошу|просит|просим|просил\w*)(?!\w)"
    # «и токен его сюда», "drop it in the chat": wanted here
    r"|(?<!\w)(?:сюда|в чат\w*)(?!\w)|\b(?:in|into) (?:the )?chat\b|\bhere\W*$"
    # "shoot me the API keys", "bung us the token", "flick over the password": sent, said in slang
    r"|\b(?:shoot|fire|ping|flick|bung|chuck|slide|sling|hit)\s+(?:me|us|over|across)\b",
    "asked to be shown or said to be needed ('need the attio token'); any Russian imperative counts too",
)
NOT_A_SECRET = _rule(
    r"how many|spent|used(?!\s+by\b)|cost|\bwhy\b|сколько|потрач|израсход|стоил|расход|почему|budget|бюджет"
    r"|\b(?:do|does|did)\s+(?:we|i|you|it)\s+(?:\w+\s+)?need\b|(?<!\w)(?:нуж(?:ен|на|но|ны)|надо)\s+ли(?!\w)|\bstatus|статус"
    r"|\bis\b.{0,40}\bset\b(?!\s+to\b)|\bkey\s+(?:objects?|propert\w*|address\w*|checks?|items?|points?|takeaways?|facts?|risks?|dates?|things?|highlights?|findings?|figures?|numbers?|changes?|issues?|events?)"  # "set to": its value
    r"|\b(?:is|are)\b.{0,40}\b(?:configured|present|missing)\b"
    r"|\b(?:missing|absent|expired|invalid|revoked|rotated|not set)\b|(?<!\w)(?:отсутству|просроч|не задан|нет ключ)\w*"
    r"|(?<!\w)(?:задан|настроен|указан|прописан|установлен|заведён|заведен)\w*\s+ли(?!\w)|(?<!\w)есть\s+ли\s+(?:у нас\s+)?"
    r"|\b(?:used|needed|good) for\b|\bfor\W*$|\bwhat does\b.{0,40}\bdo\b|(?<!\w)(?:зачем|для чего)(?!\w)"
    # «поставь лимит на токены 5000 в день», "cap tokens at 5k a day": a budget counted in tokens
    r"|(?<!\w)(?:лимит|ограничени|потол)\w*\s+(?:на\s+|по\s+)?токен|\b(?:limit|cap|ceiling)\s+(?:on|of|for)\s+(?:\w+\s+)?tokens?\b"
    r"|\b(?:cap|limit)\s+(?:the\s+)?tokens?\b|\btokens?\s+(?:limit|cap|budget|per\s+day|a\s+day)\b",
    "a question about token usage, about whether a key is needed or set, about what a key is for, or about key "
    "objects is not a request for a secret",
)
CONDITION = re.compile(
    # "…, no worries if not", "if you can", «если не сложно»: politeness, not a supposition
    # "say i cap spend at $0.05 a day — how much is left?" (not "our boss say the cost is too high": a report)
    r"(?:^|[,.;:!?—–-]\s*|\b(?:and|so|now|ok|okay|well)\s+)say (?:i|we|you|they|the|economy|a|an|our|ah|me)\b|"
    r"(?<!\bwonder )(?<!\bask )(?<!\bknow )(?<!\bcheck )(?<!\bsee )"  # "I wonder if …": whether, asked
    r"\bif\b(?!\s+(?:only to\b|not\b|possible\b|it is not too much|it's not too much|you (?:can|could|don'?t mind|have a (?:sec|moment|minute))\b))|what if|suppose|hypothetic|imagine|\b(?:let'?s say|say we)\b|\b(?:were|should|had) (?:we|you|it|they) \b"
    r"|\bscenario\b|\bin (?:that|which|this|the) case\b|\bin case\b|\bassum(?:e|ing)\b"
    r"|^\W*were\s+(?:\w+\s+){1,4}to\s+be\b"  # "Were economy mode to be enabled, …": a supposition, inverted
    # "When I turn the economy mode off, what changes then?": the asker's own act to come, then what follows
    r"|\b(?:when|once|after) (?:i|we) (?:turn|switch|put|set|flip|enable|disable|change|raise|lower)\b"
    r"|\s(?:→|->|=>)\s"  # "budget $1/day → left today?": a supposition and what it leads to
    r"|^\W*(?:with\s+)?economy(?:\s+mode)?\s+on\s*[:,—–-]"  # "economy on: ingest.attio cadence and limit?"
    r"|^\W*(?:при\s+)?эконом\w*(?:\s+режим\w*)?\s+(?:вкл\w*|on)\s*[:,—–-]"  # «эконом вкл — лимит memory.build?»
    r"|(?<!\w)(?:кабы|коль|буде|если(?!\s+(?:не сложно|не трудно|можно|получится|вас не затруднит|тебя не затруднит|что\s+не\s+так|(?:я\s+)?(?:что-то\s+|что-нибудь\s+)?(?:на)?писал\w*|(?:я\s+)?(?:что-то\s+)?(?:не\s+так|неправильно|непонятно|неясно)\s+(?:на)?(?:писал|спросил|сказал|выразил)\w*))|ежели|коли|допустим|предположим|положим|представ(?:им|ьте|ь|ляешь|ляете)|гипотетическ\w*|теоретическ\w*|сценари\w*)(?!\w)"
    r"|(?<!\w)(?:в случае|при условии|в таком случае|в этом случае)(?!\w)"
    # «Вводная: дневной бюджет 0,01 доллара. Встанут ли работы?»: a drill's premise, "Given: …", set out first
    r"|^\W*(?:вводная|дано|given|premise)\s*[:—–-]"
    # «включим экономию — что встанет?»: "let's do X" followed by a question of what then happens supposes X
    r"|(?<!\w)(?:включим|врубим|выключим|вырубим|отключим|поставим|зададим|введ[её]м|поставите|включите|выключите"
    r"|отключите)(?!\w)[^?.!»]{0,60}?[,—–-]\s*(?:а\s+|то\s+|и\s+)?"
    r"(?:что|чё|че|шо|как|какие|какая|какой|когда|сколько|будет|станет)(?!\w)"
    # «лимит 10 запросов в день — чё встанет?»: a limit said, then what it would do
    r"|(?<!\w)(?:лимит|бюджет|потолок)\w*\s+(?:в\s+)?\$?\d+[^?]*?[—–-]\s*(?:а\s+|и\s+)?"
    r"(?:что|чё|че|шо|как|какие|какая|какой|когда|сколько|будет|станет)(?!\w)",
    re.I,
)
HYPOTHETICAL_MARK = _rule(
    CONDITION.pattern
    # ("might you tell me", "could you say", "I would like to know": politeness, not a supposition)
    + r"|\bwith economy|(?<!\w)(?:с|в|при)\s+economy|(?<!\byou )(?<!\bi )\b(?:would|could|might)\b(?!\s+(?:you|ye|ya|u|i|like|be so)\b)|\bwere on\b"
    # «лимит поставлю — встанет всё?»: the asker's own act in the future, then what it does
    r"|(?<!\w)(?:поставлю|выставлю|задам|включу|выключу|установлю|назначу|поставим|выставим|зададим|выключим|установим|назначим)(?!\w)"
    # «каким образом включение режима экономии отразится на …»: the act named as a noun, then what it would do
    r"|(?<!\w)(?:включени|выключени|отключени|введени|установлени)\w*\s[^?.!]{0,60}?(?<!\w)(?:отраз|повлия|скаж[еу]т|изменит)\w*"
    r"|(?<!\w)(?:при включ\w*|будет включ\w*|включим"
    r"|при режиме|при экономии|с экономией|с бюджетом|с лимитом|бы)(?!\w)",
    "a condition: 'if', 'suppose', 'with economy on … would', «если», «допустим», «с лимитом … мы бы»",
)
HYPOTHETICAL_SUBJECT = _rule(
    r"econom|эконом|budget|бюджет|\bcap\b|\bcapped\b|daily limit|limit of|лимит|ограничи(?!\w*\s+частот)|(?:на\s+(?:день|сутки)\s+|дневн\w*\s+|суточн\w*\s+)ограничени|ограничени\w*\s+(?:на\s+(?:день|сутки)|в\s+день|\d|[—–-]?\s*не более)|потолок|allowance|quota|квот"
    r"|(?:every|each|раз в|каждые|кажд\w+)\s+\d+\s*(?:min|мин|m\b|h\b|hrs?\b|hour|час|ч\b)"
    r"|\bevery half(?:[ -]an)?[ -]hour\b|(?:раз в|каждые)\s+полчаса|\bcadence\b.{0,40}?\b(?:at|to)\s+\d+|(?:каденс|периодичност|интервал)\w*\s+(?:в\s+)?\d+",
    "only economy mode, budgets (a cap, a limit) and a job's cadence can be simulated from the job's rules",
)
# Words of what Mirano does: a sentence with none of them (and no named thing) is about something else.
DOMAIN = _rule(
    r"\b(?:runs?|ran|running|jobs?|sync\w*|import\w*|ingest\w*|checks?|check(?:ed|ing)|address\w*|propert\w*"
    r"|costs?|cost(?:ly|ing)|spen[dt]\w*|money|budget\w*|econom\w*|digest\w*|memory|embedding\w*|index\w*|faiss"
    r"|projects?|clients?|customers?|risk\w*|red flags?|promis\w*|commit\w*|owe|on the hook|notice\w*|notif\w*"
    r"|alerts?|watch\w*|chang\w*|new|news|sources?|listings?|courts?|reviews?|enforcement|bailiffs?|facts?"
    r"|evidence|snapshots?|reports?|status\w*|fail\w*|skip\w*|errors?|wrong|broke\w*|crash\w*|tasks?|queue\w*"
    r"|schedul\w*|next|cadence|often|tokens?|llm|models?|assistant|mirano|demo|online|offline|chatwoot|linear"
    r"|attio|crm|actions?|suggest\w*|issues?|notes?|deals?|compan\w*|wrote|said|says|messages?|conversations?"
    r"|search\w*|find|mentions?|invoice\w*|estimate\w*|facade|payment\w*|proposal\w*|contract\w*|deadlines?"
    r"|stale|fresh\w*|reus\w*|pending|partial|waiting|slow\w*|fast\w*|quick\w*|took|busy|progress|going on"
    r"|happen\w*|doing|done|complete\w*|finish\w*|ready|re-?check\w*|prefetch\w*|extract\w*|build\w*|rebuil\w*"
    r"|week\w*|today|yesterday|month\w*|lately|recent\w*|help|hi|hello|hey|data|api|key|keys|secrets?|password"
    r"|environment|limit\w*|calls?|spend|price\w*|expensive|cheap\w*|bound|binding\w*|person|people|burn\w*"
    r"|dollars?|results?|stuck|hang\w*|hung|frozen|re-?run\w*|restart\w*|re-?index\w*|re-?sync\w*|chat-?gpt|gpt\w*|openai|real|back-?off\w*|backing off|unread"
    r"|retr(?:y|ies|ied|ying)|roles?|permissions?|admin\w*|logged in|signed in|who am i|allowed to do|workers?"
    r"|developers?|bankrupt\w*|cadastral|plaintiffs?|defendants?|lawsuits?)\b"
    r"|запуск|запущ|заня|процесс|задач|задани|джоб|синх|синк|импорт|загруз|догруж|инжест|провер|адрес|объект|недвижим"
    r"|стоил|стоимост|обош|расход|трат|трач|деньг|денег|бюджет|эконом|дайджест|сводк|итог|памят|эмбеддинг|индекс|вектор"
    r"|проект|клиент|риск|обещ|обязательств|уведомлен|оповещен|слеж|отслеж|измен|нов|источник|объявлен|суд"
    r"|отзыв|пристав|факт|доказ|снимк|снимок|отчёт|отчет|статус|упал|упад|ошибк|пропущ|пропуст|слома|очеред"
    r"|расписан|следующ|снова|опять|токен|модел|ассистент|демо|действи|предлаг|предлож|заметк|сделк|компани"
    r"|писал|пишет|говорил|сообщени|переписк|диалог|найди|поищи|найти|упомин|смет|счёт|счет|фасад|оплат"
    r"|договор|срок|свеж|устар|переиспольз|ожида|частичн|долг|быстр|медлен|(?<!при)готов|выполня|работа|крутит"
    r"|чатвут|линеар|аттио|црм|префетч|извлеч|сборк|собра|недел|сегодня|вчера|месяц|ключ|парол|секрет|лимит"
    r"|обращени|вызов|привяз|привет|завис|застрял|бэк-?офф|повторн|онлайн|офлайн|должн|не так|поменял|откуда|ид[её]т|скоринг|помо|здравствуй|добрый|умеешь|чем занят|что нового|mirano|мирано"
    # a property's own words: its developer, owner, pledge and bailiffs (a flat's price alone may be any flat's)
    r"|застро|кв-р|кадастр|собственник|владел|залог|обремен|фссп|исполнительн|данны[ех]\b|планировщик|воркер"
    r"|(?<!\w)рол[ьиейю]|(?<!\w)прав(?:а|ами)?(?!\w)|админ|под кем|кто я(?!\w)"
    # a court case's parties: a check's facts («кто истец по делу?»)
    r"|истец|истц|ответчик|судебн|(?<!\w)по делу(?!\w)|архив|\barchiv|(?<!\w)в работе(?!\w)",
    "what Mirano is about: jobs, runs, costs, checks, project memory, notices — in both languages",
)


# «удали все данные …»: pymorphy3 reads «удали» as the noun «удаль» first, so the erasure's imperatives are listed
ERASE_IMPERATIVE = re.compile(r"(?<!\w)(?:удали|удалите|сотри|сотрите|забудь|забудьте)(?!\w)", re.I)


def _second_plural(word: str) -> bool:
    from agent.offline.understanding.morphology import analyzer

    tag = analyzer().parse(word)[0].tag
    return "2per" in tag and "plur" in tag


def _infinitive_order(text: str) -> bool:
    """A first sentence of an object and an action's infinitive, with no finite verb and no question word: a to-do
    line or an order («линейку запустить срочно», «сборку памяти перезапустить»), not «как запустить сборку?»."""
    first = re.split(r"(?<=[.!;])\s", text.strip(), maxsplit=1)[0]
    if "?" in first or RU_QUESTION_FIRST.pattern.search(first) or CONDITION.search(text):
        return False  # «если повторить проверку …, данные будут взяты …?»: a supposition
    said = words(first)
    return any(w.pos == "INFN" and w.lemma in RU_ACTIONS for w in said[:3]) and not any(
        w.pos == "VERB" for w in said
    )


# An order said the military way: an exclamation, «приказываю», «немедленно», «исполнять»
COMMANDED = re.compile(r"!|(?<!\w)(?:приказыва\w*|немедленно|исполнять|выполнять|отставить)(?!\w)", re.I)


def _russian_request(said: list[Word], text: str) -> bool:
    """«перезапусти дайджест», «можешь перезапустить?», «надо бы пересобрать», «хочу, чтобы ты перепроверил»."""
    if ERASE_IMPERATIVE.search(text):
        return True
    lemmas = {w.lemma for w in said}
    confirms_a_figure = bool(said) and said[0].lemma == "подтвердить" and not CONFIRMS_ACTION.search(text)
    if said and said[0].lemma in RU_ACTIONS and _second_plural(said[0].text) and not confirms_a_figure:
        return True  # «Выставите дневной бюджет …»: the future said as a formal order
    if any(w.lemma in RU_ACTIONS and w.text.lower().endswith(("ешь", "ёшь", "ишь")) for w in said):
        return True  # «Зафиксируешь снапшот, да?», «перезапустишь?»: "will you …?" asks for it
    if said and said[0].pos == "INFN" and said[0].lemma in RU_ACTIONS and "?" not in text:
        return True  # «выгрузить отчёт проверки 1 в pdf»: an order said as a to-do line
    if _infinitive_order(text):
        return True  # «линейку запустить срочно.»: the object first, the verb after, no finite verb
    if re.match(r"^\W*пауз[ау]\s+[\w.]+\s*!", text, re.I):
        return True  # «пауза memory.build!»: the noun and an exclamation order it
    if COMMANDED.search(text) and (
        any(w.pos == "INFN" and w.lemma in RU_ACTIONS for w in said)
        or re.search(r"(?<!\w)на паузу(?!\w)", text, re.I)
    ):
        return (
            True  # «Проверку 4 отменить! Исполнять!», «На паузу до моего приказа!»: an order, the verb last
        )
    for index, w in enumerate(said):
        if w.lemma == "подтвердить" and not CONFIRMS_ACTION.search(text):
            continue  # «подтвердите стоимость запуска»: asked to be told
        if (
            w.lemma in RU_DO
            and (
                w.imperative
                or (
                    w.pos == "INFN"
                    and (index == 0 or lemmas & {"просить", "попросить", "любезный", "изволить"})
                )
            )
            and RU_DO_OBJECTS.search(text)
        ):
            # «сделай перепроверку», «сделать новый проверка дом …» (an order as a to-do line), «можно вас
            # попросить сделать проверку ещё раз?»
            return True
        # «прошу осуществить повторный запуск …», «просим произвести перепроверку»: an order in officialese
        if (
            w.lemma in RU_DO_FORMAL
            and w.pos == "INFN"
            and lemmas & {"просить"}
            and RU_DO_OBJECTS.search(text)
        ):
            return True
        if (
            w.text.endswith(("и", "ь"))
            and w.text.removesuffix("ь") + ("ть" if w.text.endswith("и") else "ить") in RU_ACTIONS
        ):
            return True  # «выстави бюджет»: an imperative the dictionary reads as a noun first
        if w.lemma not in RU_ACTIONS:
            continue
        if w.imperative:
            return True
        if RU_QUESTION_FIRST.pattern.search(text) and not re.search(r"^\W*(?:а\s+)?можно", text, re.I):
            continue
        if w.pos == "INFN" and (lemmas & RU_MODALS or COULD_IT_NOT.search(text)):
            return True
        before = {x.text for x in said[:index]}
        if w.past and ("чтобы" in before or ("бы" in before and before & {"ты", "вы"})):
            return True  # «хочу, чтобы ты перепроверил», «было бы здорово, если бы ты перезапустил»
    return False


# «Нельзя ли поставить сборку на паузу?»: "could it not be done?" asks for it («нельзя запускать днём?» does not)
COULD_IT_NOT = re.compile(r"(?<!\w)нельзя\s+ли(?!\w)", re.I)


# After a question word, still a request: "could you", "is there a way for you to", "would you mind", "please"
POLITE = re.compile(
    r"^\W*(?:can|could|would|will|do)\b|\bmind\b|\bplease\b|\bfor me\b|\bis there a way\b|\bis it possible\b",
    re.I,
)


# "attio sync, how it went last time please": a question put indirectly; "please" beside it is politeness
EMBEDDED_QUESTION = _rule(
    r"\b(?:how|what|when|why|whether)\s+(?:it|they|that|this|things?|the \w+)\s+(?:went|goes|go|is|are|was|were"
    r"|did|does|looks?|looked|stands?|happened)\b|\bwhat happened\b|\bhow (?:it|things) (?:went|go(?:es)?)\b",
    "an indirect question ('how it went last time please'): 'please' and a noun such as 'sync' do not make it a "
    "request",
)


# "Please set out …", "please confirm whether …", "kindly advise": asked to be told, a question however polite
TELL_ME = re.compile(
    r"\b(?:please|kindly)\s+confirm\s+(?:who|whether|when|what|which|if|how)\b"  # "For the audit file: please confirm who …"
    r"|\b(?:would|could) you be so kind as to (?:tell|let me know|confirm|say|advise|explain|show)\b"
    # "kindly send me the reason why the sync failed": to be told, not an order
    r"|\b(?:send|give|share|forward) me (?:the |a )?(?:reason|cause|explanation|details?|status|info\w*)\b"
    r"|^\W*(?:please|kindly|could you|can you)\s+(?:set out|confirm|state|identify|explain|describe|outline|advise"
    r"|clarify|specify|indicate)\b"
    # "Would you mind telling me whether …", "I don't suppose you could tell me …": asked to be told
    r"|^\W*(?:would|do) you mind\s+(?:telling|letting me know|explaining|confirming|checking|sharing|saying)\b"
    r"|\bI don'?t suppose you (?:could|can) (?:tell|let me know|explain)\b",
    re.I,
)


SHOWN = re.compile(  # asked to be shown, whatever verb of action follows ("show me how to rerun it")
    r"^\W*(?:please\s+)?(?:show|tell|list|display|describe|walk me through)\b|\bsend me (?:what|the contents|whatever)\b"
    # an auditor's checklist ("Item: run #9. Confirm: status. Evidence required: run IDs."): asks to be told
    r"|(?:^|[.;]\s*)(?:confirm|verify|state|report|evidence(?: required)?)\s*:"
    # "kindly send me the summary of the weekly digest": a text to read, shown here (a report's file is a download)
    r"|^\W*(?:(?:please|kindly|pls)\s+)?(?:send|forward|share|give)\s+(?:me|us)\s+(?:the\s+)?(?:summary|digest|weekly digest"
    r"|gist|recap|overview|list|numbers|figures|status)\b",
    re.I,
)


PLEASE_THEN_QUESTION = re.compile(
    r"^\W*please,?\s+(?:what|when|why|who|how|which|where|is|are|was|were|did|does|do(?!\s+the\s+needful)|has|have)\b",
    re.I,
)


WANTS_TO_KNOW = re.compile(
    r"\bI\s+(?:want|need|wish|would like|'d like|should like)\s+to\s+(?:know|understand|find out|learn)\s+"
    r"(?:why|what|when|whether|if|how|who|which|where)\b",
    re.I,
)


# "economy ON. now.", "economy off pls": a switch and its state, said as an order
SWITCH_ORDER = re.compile(r"^\W*economy(?:\s+mode)?\s+(?:ON|OFF)\b\W*(?:now|pls|please|asap)?\W*$", re.I)


def _english_request(text: str) -> bool:
    if SWITCH_ORDER.match(text) and not text.rstrip().endswith("?"):
        return True
    if NOUN_FIRST.pattern.search(text) or TELL_ME.search(text) or SHOWN.search(text):
        return False  # "send me what's in the digest", "please confirm …": asked to be shown or told
    if PLEASE_THEN_QUESTION.search(text):
        return False  # "Please what is the status of the sync job?": a question, said politely
    if WANTS_TO_KNOW.search(text):
        return False  # "Please I want to know why the Attio sync failed": a question put as a wish to know
    if re.match(
        r"^\W*(?:do|does|did|will|would|should)\s+(?:we|i|they|you|it)\s+(?:really\s+)?(?:need|have to)\b",
        text,
        re.I,
    ):
        return False  # "do we need the index rebuilt?": whether it is needed, asked
    first = EN_QUESTION_FIRST.pattern.search(text)
    for rule in REQUEST_RULES:
        if rule.pattern.search(text):
            # "when will you run it?" is a question; "could you", "would you mind" are polite requests
            if first and not POLITE.search(text):
                continue
            if rule is REQUEST_RULES[-1] and EMBEDDED_QUESTION.pattern.search(text):
                continue  # only "please" beside a noun-like action word, around a question put indirectly
            return True
    return False


# Russian imperatives that ask for something to be looked at or told: a question in another form
RU_ASKING = frozenset(
    ["показать", "сказать", "рассказать", "дать", "найти", "поискать", "объяснить", "подсказать"]
    + ["глянуть", "посмотреть", "смотреть", "чекнуть", "уточнить", "слушать"]  # «глянь», «слушай, а …»
    # an auditor's «подтвердите сумму», «обоснуйте», «укажите»: asked to be told, with the evidence
    + ["подтвердить", "обосновать", "указать", "пояснить", "разъяснить", "сообщить", "перечислить", "назвать"]
    # «соблаговолите сообщить», «извольте пояснить», «поведайте»: the same, put with old-fashioned courtesy
    + ["соблаговолить", "изволить", "поведать", "растолковать"]
)
# «подтверди предложенную задачу»: confirming a suggested action applies it (an order, not a question)
CONFIRMS_ACTION = re.compile(r"действи|задач|заметк|предлож|suggest|action", re.I)


EN_ASKING = re.compile(
    r"^\W*(?:please\s+)?(?:show|tell|list|display|describe|walk me through|give me)\b"
    r"|\bplease (?:state|explain|describe|clarify|confirm|outline|summari[sz]e|specify|indicate|advise)\b"
    r"|\bsend me (?:what|the contents|whatever)\b"  # "send me what's in the digest": shown, not sent
    # «прошу указать / сообщить / пояснить …»: asked to be told
    r"|(?<!\w)(?:прошу|просим)\s+(?:указать|сообщить|уточнить|пояснить|разъяснить|подсказать|назвать|описать"
    r"|рассказать|проинформировать)(?!\w)",
    re.I,
)


def has_verb(text: str) -> bool:
    """A verb of any kind (a Russian verb or infinitive, or an English action word): without one, nothing is ordered."""
    text = re.sub(r"\b[a-z]+\.[a-z_]+\b", " ", text)  # a job's name ("memory.build") is a name, not a verb
    return any(w.pos in ("VERB", "INFN") for w in words(text)) or bool(
        re.search(rf"\b(?:{EN_ACTION})\b", text, re.I)
    )


def asks_to_see(text: str) -> bool:
    """«Покажите, пожалуйста, запуск 9», "show run 9": an imperative that asks to be shown or told is a question."""
    return bool(EN_ASKING.search(text)) or any(w.imperative and w.lemma in RU_ASKING for w in words(text))


def foreign_imperative(text: str) -> bool:
    """An order Mirano has no part in («напомни мне позвонить», "remind me", "book a table")."""
    if re.search(
        r"^\W*(?:please\s+)?(?:remind|book|order|call|buy|translate|draw|sing|cook|write|compose|recommend|calculate"
        r"|solve)\b",
        text,
        re.I,
    ):
        return True
    if re.search(r"(?<!\w)или\s+нет(?!\w)", text, re.I):  # «сообщения пришли или нет?»: came, not "send!"
        return False
    return any(
        w.imperative and w.lemma not in RU_ACTIONS | RU_DO | RU_ASKING and w.lemma != "быть"
        for w in words(text)
    )


# "pause ingest.linear until they send us a key": a control asked first; the credential is only its reason
CONTROL_FIRST = _rule(
    r"^\W*(?:please\s+|pls\s+)?(?:pause|resume|unpause|stop|cancel|retry|re-?run|run|restart|rebuild|re-?sync|sync"
    r"|turn|switch|enable|disable|bind|unbind|set|schedule)\b",
    "a run or job control first: the key it mentions is why, not what is asked for",
)


SHOW_THEM = re.compile(
    r"^\W*(?:(?:please|kindly|pls)\s+)?(?:list|show|give|print|send|share|paste|dump|reveal|display|disclose)\s+(?:me\s+|us\s+)?"
    r"(?:the\s+|all\s+|our\s+|your\s+)?(?:\w+\s+){0,2}?(?:api[\s_-]?keys?|credentials?|tokens?|secrets?|passwords?)\b"
    r"|\bplease (?:list|show|give|send|share|provide) (?:me |us )?(?:the |all )?(?:\w+\s+){0,2}?(?:api[\s_-]?keys?|credentials?|tokens?"
    r"|secrets?|passwords?)\b"
    # its value asked for, however the sentence goes on ("the exact value of OPENAI_API_KEY as it is set")
    r"|\b(?:value|contents?) of (?:the |our |your )?(?:\w+\s+){0,2}?(?:[A-Z][A-Z0-9_]*_(?:KEY|TOKEN|SECRET|PASSWORD)\b"
    r"|api[\s_-]?keys?|credentials?|tokens?|secrets?|passwords?)"
    r"|(?<!\w)значени\w* (?:\w+\s+){0,2}?(?:[A-Z][A-Z0-9_]*_(?:KEY|TOKEN|SECRET|PASSWORD)\b|ключ|токен|парол|секрет)",
    re.I,
)


ASKING_WORD = re.compile(
    r"\b(?:what|why|how|when|where|which|who|whose|is|are|was|were|does|do|did|has|have|can|could|should)\b"
    r"|(?<!\w)(?:что|почему|как|когда|где|какой|какая|какие|кто|зачем|ли|есть|нужен|нужна|нужно)(?!\w)",
    re.I,
)


# "llm calls / tokens this week?": tokens counted, not a credential
TOKEN_USAGE = re.compile(
    r"\btokens\b|токенов|\bllm\b|\bthis (?:week|month)\b|\btoday\b|\byesterday\b|сегодня|вчера|за (?:неделю|месяц)",
    re.I,
)


# The credential's value itself, or a part of it ("OPENAI_API_KEY value", "first 6 chars is enough", «первые 4
# символа»): asked for, whatever else the sentence says
VALUE_ASKED = re.compile(
    r"\b(?:key|token|secret|password)\b.{0,30}\bvalue\b|\bvalue of (?:the )?\w*(?:key|token|secret|password)"
    r"|[A-Z][A-Z0-9_]*_(?:KEY|TOKEN|SECRET|PASSWORD)\b.{0,20}\bvalue\b"
    r"|\b(?:print|echo|paste|dump|show)\s+(?:me\s+)?(?:the\s+)?[A-Z][A-Z0-9_]*_(?:KEY|TOKEN|SECRET|PASSWORD)\b"
    r"|\b(?:first|last)\s+\d+\s+(?:chars?|characters|symbols|digits|letters)\b"
    r"|(?<!\w)(?:первые|последние)\s+\d+\s+(?:символ|знак|букв|цифр)\w*"
    # "I would like the OpenAI key", «выведите все переменные окружения»: wanted or printed whole
    r"|\b(?:i would like|i'?d like|i want|i need|send me|give me)\s+(?:\w+\s+){0,3}(?:key|token|secret|password)s?\b"
    # "What is the Linear API key …? I need it for a test setup": the value, wanted for elsewhere
    r"|\bi need (?:it|them|the (?:key|token|password|secret))\b|(?<!\w)мне (?:он|она|оно|его|её|ее) нуж"
    # "It would be appreciated if the Attio access token could be provided": the value, asked in the passive
    r"|\b(?:could|would|might|should|be) be (?:provided|shared|sent|disclosed|supplied|given|forwarded)\b"
    r"|\bset out\b|\bincluding (?:any |the |all )?secret"
    # «что записано в переменной LINEAR_API_KEY?», "what's stored in the Attio token?": its contents
    r"|(?<!\w)что\s+(?:именно\s+)?(?:записано|лежит|хранится|прописано|указано|стоит|находится)\s+в\s+(?:\w+\s+){0,2}?"
    r"(?:переменн|ключ|токен|парол|секрет|[A-Z][A-Z0-9_]*_(?:KEY|TOKEN|SECRET|PASSWORD))"
    r"|\bwhat(?:'s| is)\s+(?:stored|written|kept|set|saved)\s+in\s+(?:the\s+)?(?:\w+\s+){0,2}?"
    r"(?:variable|key|token|password|secret|[A-Z][A-Z0-9_]*_(?:KEY|TOKEN|SECRET|PASSWORD))"
    # "could you kindly let me have the Chatwoot access token", "hand over the Linear key", "pass me the password"
    r"|\b(?:let (?:me|us) (?:have|see|get)|hand (?:me |us )?over|pass (?:me|us|along|on)|forward (?:me|us)|dm me|mail me|lend me)"
    r"\s+(?:\w+\s+){0,3}(?:keys?|tokens?|secrets?|passwords?|credentials?)\b"
    r"|(?:выведи\w*|вывести|покажи\w*|показать|\bprint|\bshow|\blist|\bdump)\s+(?:\w+\s+){0,2}(?:переменн\w+\s+окружени|environment variables"
    r"|env vars)"
    # "…? I need to push it into my plugin", "pass me the admin password": the value wanted, to use elsewhere
    r"|\b(?:push|paste|put|plug|copy|drop)\s+it\s+(?:in|into|to)\b|\bpass\s+(?:me|us|along|on)\b"
    r"|\b(?:paste|print|dump|reveal|disclose)\s+(?:me\s+)?(?:the\s+|your\s+|all\s+)?(?:\w+\s+){0,2}(?:token|key|secret|password)s?\b"
    r"|(?<!\w)доложи\w*(?!\w)"
    r"|(?<!\w)(?:скинь|скиньте|дай|дайте|пришли|пришлите)\s+(?:мне\s+)?(?:\w+\s+){0,2}(?:ключ|токен|парол|секрет)"
    r"|\b(?:dame|dammi|gib mir|donne-moi)\s+(?:\w+\s+){0,3}(?:key|token|secret|password)s?\b",  # "dame the webhook secret"  # «Пароль от базы — доложить немедленно!»: reported, so shown
    re.I,
)


def is_secret_request(text: str) -> bool:
    """A request to see credentials ("show me the Linear token"), not a question naming one ("why no API key?")."""
    if not SECRET_NOUN.pattern.search(text):
        return False
    # "please list the API credentials used for each vendor": shown, whatever follows
    if SHOW_THEM.search(text) or VALUE_ASKED.search(text):
        return True
    # «Для сверки расходов пришлите ключ OpenAI»: what it is wanted for, said first, is not what is asked
    if NOT_A_SECRET.pattern.search(
        re.sub(r"^\W*(?:для|ради|for|in order to)\s[^,]{1,60},\s*", "", text, flags=re.I)
    ):
        return False
    # «Логин и пароль админа — для проверки ИБ банка.»: what it is wanted for is not more words of the ask
    count = len(re.findall(r"\w+", re.sub(r"\s[—–-]\s*(?:для|for|чтобы|so that)\b.*$", "", text, flags=re.I)))
    # "attio token?" and «пароль админа mirano»: a credential named alone (a short message, nothing else asked)
    named_alone = (text.strip().endswith("?") and count <= 10) or count <= 5
    if named_alone and not ASKING_WORD.search(text) and not TOKEN_USAGE.search(text):
        return (
            True  # "attio token?", "and the admin password for the dashboard?": asked for by its name alone
        )
    if CONTROL_FIRST.pattern.search(text):
        return False
    # «скинь токен», «подскажи пароль»: whatever the verb, an imperative asks for the credential it names; in its
    # own sentence («Ключ уже добавили в конфиг. Сделай ретрай рана 9»: the key is news, the ask is a retry)
    named_in = " ".join(
        s for s in re.split(r"(?<=[.!?])\s+", text) if SECRET_NOUN.pattern.search(s) or POINTS_BACK.search(s)
    )
    return bool(SECRET_ASK.pattern.search(text)) or any(
        w.imperative and w.lemma not in WORKS_ON_IT for w in words(named_in)
    )


# «Токен от чатвута. Скинь его.»: a sentence that points back at the credential named before it
POINTS_BACK = re.compile(r"(?<!\w)(?:его|её|ее|их|него|неё)(?!\w)|\b(?:it|them)\b", re.I)


# Imperatives that do something with a credential rather than ask for it («я добавил токен, проверь», «поменяй
# ключ»): a request or a check, not a secret («кинь», «скинь», «подскажи» do ask for it)
WORKS_ON_IT = frozenset(
    [
        "проверить",
        "перепроверить",
        "обновить",
        "запустить",
        "перезапустить",
        "добавить",
        "поменять",
        "изменить",
    ]
    + [
        "сменить",
        "удалить",
        "установить",
        "поставить",
        "убрать",
        "создать",
        "включить",
        "выключить",
        "отключить",
    ]
)


ASKS_ANYWHERE = _rule(
    r"\?|(?<!\w)(?:чё|че|чо|что|как|ли|почему|зачем|когда|сколько|кто)(?!\w)|\b(?:what|how|why|when|which|who)\b",
    "a question word or mark anywhere («запуск 10 чё»): a line that the grammar did not read as a request asks",
)


def question_first(text: str) -> bool:
    return bool(QUESTION_FIRST.pattern.search(text))


def asks(text: str) -> bool:
    """A question mark or a question word anywhere in the sentence."""
    return bool(ASKS_ANYWHERE.pattern.search(text))


# «проверь кв. 5 на Тверской 1», "check apt 5 at Tverskaya 1": with a property named, "check" starts a check
PROPERTY_CHECK_VERBS = frozenset(["проверить", "пробить"])
EN_CHECK_FIRST = _rule(
    r"^\W*(?:please\s+|pls\s+|(?:can|could)\s+(?:you|u)\s+(?:please\s+)?|go\s+)?(?:check|run a check (?:on|of|for))\b",
    "an English 'check' first, with a property named: 'check apt 5 at Tverskaya 1'",
)
STATE_ASKED = _rule(
    r"статус|состояни|результат|готов|законч|(?<!\w)(?:как|что|чего|ли|когда|почему|сколько|кто)(?!\w)"
    r"|\b(?:status|result|results|whether|how|what|when|why|who|done|finished|ready|progress|if)\b",
    "«проверь, что там по кв. 5», 'check what the status is': asked to look, not to start a check",
)


def _checks_a_property(text: str) -> bool:
    """A property named after "check" («проверь», «пробей», "check"): a request to start a check of it. Only the
    sentence with the verb is read («…квартиру 7. Я, видите ли, намерен её купить»: «ли» there asks nothing)."""
    sentences = [p for p in re.split(r"(?<=[.!?])\s+", text) if p.strip()]
    verb = re.compile(r"(?<!\w)(?:провер|пробе|проби|чекн)\w*|\bcheck\b", re.I)
    text = next((p for p in sentences if verb.search(p)), text)
    if STATE_ASKED.pattern.search(text):
        return False
    said = words(text)
    modal = bool({w.lemma for w in said} & RU_MODALS)  # «можешь проверить адрес …?», «надо пробить кв. 5»
    # «чекни ленинский 90 ещё разок»: a look asked again is a re-check
    verbs = PROPERTY_CHECK_VERBS | ({"чекнуть", "чекать"} if AGAIN.search(text) else set())
    return EN_CHECK_FIRST.pattern.search(text) is not None or any(
        w.lemma in verbs and (w.imperative or (w.pos == "INFN" and modal)) for w in said
    )


AGAIN = re.compile(r"ещ[её] раз\w*|заново|снова|повторно|\bagain\b|one more time|once more", re.I)


# «скинь сводку в pdf», «пришли отчёт файлом»: any imperative asking for a file is a hand-over request
HANDOVER = _rule(
    r"\b(?:pdf|csv|markdown|xlsx|excel)\b|(?<!\w)(?:в\s+файл\w*|файлом|пдф)(?!\w)",
    "a file asked for: a report or a digest is handed over from its page or its command, never by the assistant",
)


WANTS = _rule(
    r"\b(?:could|can|would|will|might) you\b|\bI(?:'ll| will| would|'d)? (?:need|want|like)\b|\b(?:send|give|get|make) me\b"
    r"|\b(?:can|could|may) (?:i|we) (?:get|have|grab|receive)\b"
    r"|(?<!\w)(?:нуж(?:ен|на|но)|хочу|хотел\w*|можешь|можете|сможешь|сможете)(?!\w)",
    "a file wanted ('I'll need the report as a PDF', «нужен отчёт в pdf»): handed over, not made by the assistant",
)


# «Подтвердите, что проверка завершена», "confirm that nothing failed": a question put as a request to confirm
CONFIRM_THAT = _rule(
    r"(?:подтверд\w*|confirm)\W+(?:(?:пожалуйста|please)\W+)?(?:что|ли|that|whether)\b",
    "asking to confirm that something holds is a question about it, not a request to apply anything",
)


TELL_ME_WHEN = _rule(
    r"(?<!\w)да(?:й|йте) знать|(?<!\w)сообщ(?:и|ите) мне|(?<!\w)уведом(?:и|ите) меня|\bping me\b|\bnotify me\b",
    "«дай знать, если что-то изменится», 'ping me if it changes': a watch asked for, set by a person",
)


def is_request(text: str, names_property: bool = False) -> bool:
    """A sentence asking Mirano to do something, in any wording."""
    if CONFIRM_THAT.pattern.search(text):
        return False
    if TELL_ME_WHEN.pattern.search(text):
        return True
    if REQUEST_NOUN.pattern.search(text) and "?" not in text:
        return True
    # "can you tell me whether the PDF exists?" asks about the file; "could you put the PDF together?" asks for it
    wants = WANTS.pattern.search(text) and not re.search(
        r"\b(?:tell|show) me\b|\bwhether\b|\bли\b", text, re.I
    )
    if HANDOVER.pattern.search(text) and (any(w.imperative for w in words(text)) or wants):
        return True
    if names_property and _checks_a_property(text):
        return True
    if READ_ONLY_RUN.search(text):
        return False  # «хочу diff со снимком 4 прогнать», "run a diff of snapshots 2 and 4": a comparison is read
    return _english_request(text) or _russian_request(words(text), text)


# A comparison "run" is only reading two stored snapshots («прогнать diff», "run a diff"): a question, not an order
READ_ONLY_RUN = re.compile(
    r"(?:прогнать|прогони|запустить|запусти|сделать|сделай|run|do)\s+(?:a\s+|the\s+)?(?:diff|дифф?|сравнени)"
    r"|(?:diff|дифф?|сравнени\w*)\s+(?:\w+\s+){0,4}(?:прогнать|прогони|запустить|запусти|сделать|сделай)\b"
    r"|\b(?:run|do)\s+(?:a\s+)?(?:compar\w+)",
    re.I,
)


# Politeness said with «бы» («не могли бы вы объяснить», «я бы хотел узнать»): no supposition
POLITE_BY = re.compile(
    r"(?<!\w)(?:не\s+)?(?:мог(?:ли|ла|ло|)|смогли|хотел(?:а|и|)|хотелось)\s+бы(?!\w)|(?<!\w)бы\s+(?:хотел\w*|хотелось)(?!\w)"
    r"|(?<!\w)будьте\s+(?:любезны|добры)(?!\w)",
    re.I,
)


def is_hypothetical(text: str) -> bool:
    """A question under a condition the job rules can answer: economy mode on or off, a daily budget."""
    text = POLITE_BY.sub(" ", text)
    marked = HYPOTHETICAL_MARK.pattern.search(text) or _when_i_do(text)
    return bool(marked and HYPOTHETICAL_SUBJECT.pattern.search(text))


# «Когда включу экономию — как часто …», «коли поставим бюджет, …»: «когда» before the asker's own future act
WHEN_FIRST = re.compile(r"^\W*(?:а\s+)?(?:когда|коли)\s+(?:я\s+|мы\s+|ты\s+|вы\s+)?([а-яё]+)", re.I)


def _when_i_do(text: str) -> bool:
    """«когда включу режим экономии, …»: the asker's own act in the perfective future (1st or 2nd person) is a
    condition supposed, not a time asked ("when will the build run?" has the 3rd person)."""
    said = WHEN_FIRST.match(text)
    if not said:
        return False
    tag = analyzer().parse(said.group(1).lower())[0].tag
    return "VERB" in tag and "futr" in tag and "perf" in tag and ("1per" in tag or "2per" in tag)


def in_domain(text: str) -> bool:
    return bool(DOMAIN.pattern.search(text))


def off_topic(text: str) -> bool:
    """Positive evidence that a sentence is about something else: a topic of everyday life, or an order Mirano has
    no part in («напомни мне позвонить»). A low score alone is never that evidence."""
    if OUT_OF_SCOPE_TOPIC.search(text):
        return True
    if ARITHMETIC.search(text):
        return True
    said = words(text)
    if {w.lemma for w in said} & OTHER_TOPICS or {w.text for w in said} & OTHER_TOPICS:
        return True
    return foreign_imperative(text) or _plainly_elsewhere(said)


def _plainly_elsewhere(said: list[Word]) -> bool:
    """Every word is an ordinary word of the language and none is Mirano's ("what time is it in Tokyo", «сколько
    километров до луны»): the sentence is plainly about something else. A word the dictionary does not know
    («синкается», «чатвут») may be a nickname of something Mirano does: then it is not understood, not refused."""
    from agent.offline.understanding.morphology import analyzer

    cyrillic = [w.text for w in said if CYRILLIC.search(w.text)]
    return len(said) >= 2 and all(analyzer().word_is_known(w) for w in cyrillic)


def everyday_topic(text: str) -> bool:
    """A topic of everyday life (a restaurant, the weather, a sum): positive evidence even beside a place named
    ("where to have lunch near Tverskaya" names a street, and is still not about a check)."""
    if OUT_OF_SCOPE_TOPIC.search(text) or ARITHMETIC.search(text):
        return True
    said = words(text)
    return bool({w.lemma for w in said} & OTHER_TOPICS or {w.text for w in said} & OTHER_TOPICS)


def speech_act(
    text: str, names_something: bool = False, names_property: bool = False, in_thread: bool = False
) -> Act:
    """The kind of sentence, first rule that holds: a secret, then a request, a hypothetical, out of scope (only on
    positive evidence of another topic; a sentence that is neither Mirano's nor another topic is a question the
    meaning stage may still not understand). A place or a project named does not make an everyday topic Mirano's;
    a property named after "check" is a request to check it. In a thread, a sentence is out of scope only on an
    everyday topic: "so nothing was fetched again?" leans on the answer before it."""
    if is_secret_request(text):
        return "secret"
    domain = in_domain(text) or bool(CONTROL_FIRST.pattern.search(text))  # "Pause it.": a control of Mirano's
    # after an answer, "which one is due friday?" leans on it: only an everyday topic is evidence of another one
    weak_evidence = not names_something and not in_thread and off_topic(text)
    outside = not domain and (everyday_topic(text) or weak_evidence)
    domain = domain or names_something or names_property
    request = is_request(text, names_property)
    # "Could you switch economy on?" asks for it; "If I switch economy on, …" and «если включить» suppose it
    if request and not CONDITION.search(text):
        return "out_of_scope" if outside else "request" if domain else "question"
    if is_hypothetical(text):
        return "hypothetical"
    if request:
        return "out_of_scope" if outside else "request" if domain else "question"
    return "out_of_scope" if outside else "question"
