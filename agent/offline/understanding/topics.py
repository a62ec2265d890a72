"""What is not Mirano's: topics of everyday life, the positive evidence the speech act needs before it calls a
sentence out of scope (a sentence with no word of Mirano's and none of these is "not understood" instead).
Rules as data; each says why."""

from __future__ import annotations

import re

CURRENCY_CODES = (
    "usd|eur|rub|cny|gbp|ngn|inr|kzt|try|aed|jpy|chf|cad|aud|zar|brl|mxn|sgd|hkd|krw|uah|byn|gel|amd|kgs|uzs|pln"
    "|sek|nok|dkk|czk|huf|ils|thb|idr|egp"
)
# Topics that are never Mirano's, whatever else the sentence says ("the status of my pizza order", a recipe)
OUT_OF_SCOPE_TOPIC = re.compile(
    r"\bpoem|стих|анекдот|\bjoke|рецепт|recipe|погод|weather|курс (?:евро|доллар|валют)|exchange rate|\bbitcoin"
    r"|биткоин|restaurant|ресторан|\bflight|авиабилет|translat|перевед(?!\w*\s+(?:\w+\s+)?(?:в\s+архив|в\s+статус|на\s+паузу|в\s+режим))|pizza|пицц|поезд(?!\w*\s+(?:уже\s+)?уш[её]л)|\btrain\b|такси|\btaxi"
    r"|билет|\b(?:train|plane|flight|air|movie|cinema|concert|bus|theat(?:er|re)) tickets?|отел[ьяю]|\bhotel|фильм|\bmovie|музык|\bmusic|футбол|football|президент|president|столиц"
    # a design tool's plugin, a test framework's flaky tests, a city office's appointment: the asker's own work
    r"|\bfigma\b|\b(?:plugin|library|framework) (?:do|would|should) you recommend\b|\bselenium\b|\bcypress\b"
    r"|\bflaky\b|флаки|\bbürgeramt\b|\banmeldung\b|юзабилити|usability|дизайн-ревью|design review"
    r"|курс\w*\s+\w+\s+к\s+рубл|\bcricket\b|\brugby\b|\bbaseball\b|\bmatch today\b|"
    r"logistic regression|\bdataset\b|load-?shedding|\bgood (?:moment|time) to buy\b|real-?estate market"
    r"|рын\w* недвижимост|стоит ли покупать"
    r"|неустойк|\bconversion rate\b|\b(?:usd|dollar)s?\s+to\s+inr\b|составить план|составь план"
    # a match's score is sport's, though "score" is a word of Mirano's (a check's risk score)
    r"|\bscore of the\b.{0,40}\b(?:match|game)\b|\b(?:match|game)\b.{0,15}\b(?:yesterday|last night|tonight)\b"
    r"|\b(?:premier|champions|super) (?:league|eagles|cup)\b|\bworld cup\b|сч[её]т матча|матч\w* вчера"
    # a team's line-up and its pitcher are sport's ("who's starting on the mound for the Red Sox?")
    r"|\b(?:red sox|yankees|dodgers|cubs|lakers|celtics|patriots|bruins|knicks|man(?:chester)? united|arsenal fc"
    r"|chelsea fc|liverpool fc)\b|\bon the mound\b|\bpitch(?:er|ing)\b|\bopening day\b|\b(?:nba|nfl|mlb|nhl)\b"
    r"|\bsuper bowl\b|\bplay-?offs?\b|\bstarting (?:line-?up|pitcher|eleven|xi)\b|\bquarterback\b"
    r"|(?<!\w)(?:спартак|цска|зенит|кхл|рпл)(?!\w)"
    # odds and bets are a bookmaker's; customs on an imported car is the customs office's
    r"|\bodds\b|bookmaker|\bbookies\b|\bbetting\b|букмекер|ставк\w* на (?:матч|спорт|команд|исход)"
    r"|растамож|таможн|\bcustoms (?:duty|clearance|fees?)\b|праворук|\bimport(?:ing)? a car\b|\bcar import"
    r"|\bcapital of|\btesla\b|\biphone|айфон|\bbmw\b|\bmercedes|мерседес|\bprice of (?:gold|oil|petrol|gas)\b"
    r"|цен\w* (?:на )?(?:золот|нефт|бензин)"
    # building materials to choose or buy («какой утеплитель лучше взять — пенопласт или минвату?»): a shop's advice
    r"|утеплител|пенопласт|минват|пеноплекс|гипсокартон|ламинат|\binsulation\b|\bplasterboard\b|\bdrywall\b"
    r"|(?:как\w*|что)\s+(?:\w+\s+)?лучше\s+(?:взять|купить|выбрать)(?!\w)|\bwhich\s+(?:\w+\s+)?(?:is\s+)?better\s+to\s+buy\b"
    # a road, its traffic and fuel are a navigator's («маршрут до Познани», "diesel price now")
    r"|\btruck route\b|\b(?:fastest|quickest|best) (?:route|way) (?:from|to)\b|\btraffic\b|\bdiesel\b|\bfuel price"
    r"|маршрут\w* (?:до|из|от)\s|пробк[иа]\b|дизел|солярк"
    # a car's battery in the frost is a garage's («как аккум у тачки не посадить»)
    r"|аккумулятор|(?<!\w)аккум\w*|(?<!\w)тачк\w*|автомобил\w*|\bcar batter|\bjump-?start"
    # a federal law's application is a lawyer's («порядок применения 115-ФЗ»)
    r"|\d+-фз\b|федеральн\w+ закон|порядок применения|\bfederal law\b|\banti-money laundering\b|\baml\b"
    # livestock and the farm: a heifer's price at the mart is the market's, though "price" is a word of Mirano's
    r"|\b(?:heifers?|cows?|cattle|calf|calves|bullocks?|sheep|lambs?|ewes?|pigs?|goats?|horses?|ponies|pony"
    r"|livestock|tractors?|silage|hay bales?|the mart)\b"
    r"|(?<!\w)(?:коров\w*|тёлк\w*|тел[её]нок|тел[её]нк\w*|телят\w*|бычк\w*|овец|овц\w*|свин\w*|лошад\w*|скотин\w*"
    r"|скот(?:а|у)?|поросят\w*|трактор\w*)(?!\w)"
    # a post for a channel, an on-call rota: writing and staffing are not Mirano's, whatever project they name
    r"|телеграм|telegram|\blinkedin|\btweet|пост\w* (?:в|для) |\bon-?call\b|\brota(?:tion)?\b|дежурств"
    r"|\brosters?\b|\bcleaning (?:schedule|plan|crew|rota)|график\w* уборк|\bshift (?:plan|schedule)\b"
    # the central bank's rate is not a cost of Mirano's, though a mortgage names a flat
    r"|ключев\w* ставк|ставк\w* (?:цб|центробанк|рефинансир)|\b(?:key|interest|mortgage) rate"
    r"|ставк\w* (?:по )?(?:ипотек|кредит|вклад|депозит)|ипотечн\w* ставк|\bmortgage (?:rates?|offers?)"
    # heat loss through a wall is an engineer's sum, though it names a flat's m²
    r"|теплопотер\w*|теплотехни\w*|\bheat loss\b|\bu-value\b"
    # posting a parcel abroad is the post office's ("what it costs to post a haggis to Canada")
    r"|\bpost (?:a|an|the|my|this)\b.{0,30}\bto (?:my|the|a|\w+ in)\b|\bpostage\b|\bcustoms forms?\b|(?<!\w)посылк\w*"
    # a loan's payment to compute is a bank's calculator («платёж по ипотеке», "monthly mortgage payment")
    r"|платеж\w* по (?:ипотек|кредит)|платёж\w* по (?:ипотек|кредит)|(?:ипотечн|кредитн)\w* (?:платеж|платёж|калькулятор)"
    r"|\bmortgage (?:payments?|calculator|repayments?)\b|\b(?:monthly|loan) (?:payment|repayment)s? on\b"
    # an exchange rate is not a cost of Mirano's work, though it names dollars
    r"|(?:dollar|euro|usd|eur|yuan|pound|ruble|rouble|aud|cad|chf|jpy|gbp|naira|ngn|cedi|rand|shilling|ringgit)s?\s+(?:to|vs\.?|against|in)\s+(?:the\s+)?(?:ruble|rouble|rub|dollar|euro|yuan|usd|aud|eur|gbp|naira|ngn"
    r"|yen|jpy|shekel|ils|franc|chf|lira|rupee|won|dirham|tenge|hryvnia|zloty|krona|krone|peso|real)"
    r"|\brate of (?:the )?(?:dollar|euro|ruble|rouble)|(?:ruble|rouble) rate|курс\w*\s+(?:\w+\s+)?(?:рубл|доллар|евро|юан)"
    # a share price or an index is the market's, not a cost of Mirano's
    r"|\b(?:share|stock) price|\bsector index|\bstock market|котировк|биржев|индекс\w* (?:мосбирж|ммвб|ртс)"
    # property taxes are the council's and the tax office's
    r"|\bcouncil tax\b|\btax bands?\b|\bstamp duty\b|\bproperty tax\b|налог\w* на (?:имуществ|недвижим)"
    # a contract to draft is a lawyer's, though it names a checked flat
    r"|(?:подготов|состав|напиш)\w*\s+(?:\w+\s+){0,2}договор|\bdraft (?:me |us )?(?:a |an |the )?(?:\w+ )?(?:contract|agreement)\b"
    # a port's fees are the port's; an ad to write is a copywriter's, though it names a checked address
    r"|портов\w* сбор|тариф\w* (?:\w+ )?порт|\bport (?:fees|dues|charges|tariffs)\b"
    r"|\bwrite (?:me |us )?(?:a |an )?(?:\w+ ){0,2}(?:description|advert|ad|blurb|copy|post|caption)\b"
    r"|(?<!\w)напиш\w*\s+(?:\w+\s+){0,2}(?:описани|объявлени|текст|пост)"
    # fines under a code of law are a lawyer's, though personal data is named
    r"|(?<!\w)коап(?!\w)|штраф\w*\s+(?:\w+\s+){0,3}(?:по стать|предусмотр|за нарушени)|\bgdpr fines?\b"
    r"|\b(?:fine|penalt(?:y|ies))\s+(?:\w+\s+){0,2}(?:under|for breach|for violat)"
    # taxes to compute are an accountant's, though a quarter or our company is named
    r"|(?<!\w)ндс(?!\w)|\bvat\b|налогов\w* (?:деклараци|отчётност|отчетност)|\btax (?:return|calculation)"
    # income tax on selling a flat is the tax office's, though it names a flat
    r"|налогообложени|(?<!\w)ндфл(?!\w)|налогов\w* вычет|налог\w* (?:с|от|при) (?:продаж|доход)"
    r"|\b(?:income|capital gains?) tax\b|\btax(?:ed|es|ation)? on (?:the )?(?:sale|income|profit|gains?)\b"
    # a commodity's price is the market's ("What's WTI crude trading at?")
    r"|\b(?:wti|brent)\b|\bcrude\b(?:\s+oil)?|\b(?:oil|gold|gas) (?:price|futures|is trading)\b"
    r"|\b(?:eur|usd|rub|cny|gbp)\s*/\s*(?:eur|usd|rub|cny|gbp)\b"
    # any currency pair said by its codes ("GBP/NGN today vs a month ago", "HKD to USD rate")
    rf"|\b(?:{CURRENCY_CODES})\s*(?:/|\s+to\s+|\s+vs\.?\s+)\s*(?:{CURRENCY_CODES})\b"
    # a stock index is the market's ("what's the HSI closing today")
    r"|\bhsi\b|\bhang seng\b|\bs&p\s?500\b|\bnasdaq\b|\bdow jones\b|\bftse\b|\bnikkei\b|\bdax\b"
    # a plant's ore throughput, an ad campaign's click rate: the plant's and the ad network's, not Mirano's
    r"|(?<!\w)руд[аыуе](?!\w)|\bore\b|обогатительн|тонн\w* (?:руды|угля|металл)"
    r"|(?<!\w)ctr(?!\w)|яндекс\W*директ|\bgoogle ads\b|рекламн\w* кампани|\bad campaign|\bclick-?through"
    # which accounting package to buy is an accountant's choice
    r"|\bquickbooks\b|\bxero\b|\bsage 50\b|1с:?\s?бухгалтери|\baccounting (?:software|package|app)"
    # health, a game's meta, a gaming mouse, a book for a grandson, a language to learn: the asker's own life
    r"|\bblood pressure\b|давлени\w*\s+(?:нормальн|в \d+ лет)|(?<!\d)\d{2,3}\s+на\s+\d{2,3}(?!\d)"
    r"|(?<!\w)(?:в мете|после нерфа|нерфнул\w*|на мага|на воина)(?!\w)|игров\w* (?:мыш|клавиатур|ноутбук|компьютер)"
    r"|\bgaming (?:mouse|laptop|pc|keyboard)\b|\ba (?:good )?book (?:about|on|for)\b|\bbooks? about\b"
    r"|(?<!\w)книг\w*\s+(?:про|о|об)\s|\b(?:rust|python|java|go|golang|kotlin) or (?:rust|go|golang|python|java|kotlin)\b"
    r"|\bmissed the (?:game|match)\b"
    # which vector database to buy is an architect's choice, though it names embeddings
    r"|\bpinecone\b|\bqdrant\b|\bweaviate\b|\bmilvus\b|\bchroma(?:db)?\b|\bwhich vector (?:db|database|store)\b"
    # feed for the farm, a beam to size, a table to book: the farmer's, the engineer's, the restaurant's
    r"|комбикорм|корм\w* для (?:скот|кур|свин|коров)|\bbeam siz|\bsimply supported\b|\budl\b|сопромат"
    r"|\bbook (?:me |us )?a table\b|\btable for (?:two|\d+|la cena|dinner)\b|забронир\w* столик"
    # concrete for a slab is a builder's sum
    r"|(?<!\w)бетон\w*|\bconcrete (?:for|slab|mix)|арматур\w*|кубов\w* (?:бетона|раствора)"
    # a drug's dose, an SQL report for an accounting system, a school's orders and timetables, surf: not Mirano's
    r"|ибупрофен|парацетамол|аспирин|\bibuprofen|\bparacetamol|разов\w* доз|\bdosage\b"
    r"|напис\w*\s+(?:\w+\s+)?sql|\bwrite (?:me )?(?:an? )?sql\b|(?<!\w)1с(?!\w)"
    r"|проект\w* приказ|утренник|расписани\w* уроков|нагрузк\w* педагог|\bwaves?\b|\bswell\b|\bsurf(?:ing)?\b"
    # calculus homework is a student's
    r"|\bderivative\b|\bintegral of\b|\bcalc (?:hw|homework)\b|\bhomework\b|(?<!\w)домашк|производн\w* (?:от|функци)"
    # a pupil's essay to proofread is a teacher's, though it asks to check it
    r"|орфограф|пунктуац|\bspelling\b|\bgrammar\b|\bproofread"
    r"|\b(?:dollar|euro|usd|eur|pound|ruble|rouble)s?\s+(?:to|vs\.?|against)\s+(?:the\s+)?\w+\s+(?:exchange\s+)?rate\b"
    r"|(?:доллар|евро|юан)\w*\s+к\s+рубл"
    r"|\b(?:rand|zar|dollar|usd|euro|eur|ruble|rouble|rub|pound|gbp|yuan|cny)\s*/\s*(?:rand|zar|dollar|usd|euro|eur"
    r"|ruble|rouble|rub|pound|gbp|yuan|cny)\b"  # "the rand/dollar rate"
    # a person's pay is not a cost of Mirano's, though it names a person of project memory
    r"|зарплат|\bsalar(?:y|ies)\b|\bwages?\b|(?<!\w)оклад"
    # reading to recommend, rent to charge, a stranger's phone: not facts Mirano keeps
    r"|стать[юиея] (?:про|о|об|по)\b|книг[уи] (?:про|о|об|по)\b|\b(?:article|paper|book|course)s? (?:on|about)\b"
    r"|\bhow much (?:rent|to charge)\b|\brent (?:should|to charge)\b"
    r"|phone number|номер\w* телефон|\bpassport\b|паспорт"
    # homework, decorating and furniture are a person's own business, whatever flat they name
    r"|homework|домашк|домашн\w* задани|\bwallpaper|обо[иях]\b|\bfurniture|мебел|интерьер|\binterior design"
    # code to write and gifts to buy are not Mirano's, though they name failed tasks or a budget
    r"|\b(?:write|give|make|generate)\s+(?:me\s+|us\s+)?(?:a\s+|some\s+)?(?:python\s+|bash\s+|sql\s+|shell\s+)?"
    r"(?:script|code|snippet|function|regex|program|keylogger|malware|virus|exploit|scraper|bot|app|website)\b"
    r"|(?<!\w)напиш\w*\s+(?:мне\s+)?(?:скрипт|код|функци|программ)"
    # someone's own paper to write ("my internship report", «мою курсовую»)
    r"|\bwrite (?:my|our|me an?|me my)\s+(?:\w+\s+)?(?:report|essay|thesis|paper|cv|resume|cover letter|homework)\b"
    r"|\bgifts?\b|\bpresent for\b|подар"
    r"|(?<!\w)матч\w*|кто (?:\w+ )?выиграл|\bwho won\b"  # «а матч вчера кто выиграл?», «кто вчера выиграл»
    r"|дожд|\bsnow\b|снег\b|\brain\b|next quarter|следующ\w* квартал|\bmarket (?:go|going|will go) (?:up|down)"
    # where a market goes next is a forecast, not a fact a check found
    r"|\bprices? (?:are |is )?(?:heading|headed|going to)\b|\bnext year\b|в следующем году|прогноз\w* (?:цен|рынк)"
    # setting up another system's proxy or cluster is not Mirano's, though it names rate limits
    r"|\bnginx|\bk8s\b|kubernetes|\bingress\b|\bhaproxy|kubectl|кубер|wireguard|mikrotik|микротик|\bvpn\b|\bвпн\b"
    # another team's pipelines and clouds to fix (an S3 sensor, a Jenkins job), though they time out; Airflow and
    # Prefect named as a comparison, or Mirano's jobs called DAGs, are not that evidence
    r"|больничн\w*|\bsick leave|\bpayroll|зарплат\w* (?:рабоч|работяг|сотрудник)|\bexcel\b|эксел|сводн\w* таблиц|pivot table|google sheets|\bs3\b|jenkins|terraform|kafka|\bfix (?:my|our)\s+(?:\w+\s+){0,2}(?:code|script|query|config|sensor|dag)\b"
    # a bank's mortgage offer is not a cost of Mirano's, though a mortgage names a flat
    r"|ипотек\w*\b.{0,40}\b(?:под|ставк|процент|дают|дает|даёт)|(?:процент|ставк)\w*\s+(?:\w+\s+){0,2}ипотек",
    re.I,
)
# Writing a letter or an e-mail is not Mirano's either, but a question may be about one ("who sent the letter?"):
# out of scope only when nothing else in the sentence is understood
# Someone or somewhere to find near a property (a notary, a lawyer, a school, a café): never Mirano's, even with an
# address said — the address is where, not what is asked
SERVICES_NEAR = re.compile(
    r"нотариус|\bnotar|юрист|\blawyer|адвокат|\battorney|риелтор|риэлтор|\brealtor|\bestate agent|оценщик"
    r"|\bappraiser|ресторан|\brestaurant|кафе\b|\bcaf[eé]\b|\bschool|школ[аыуе]\b|детск\w* сад|\bkindergarten"
    r"|\bgym\b|фитнес|аптек|\bpharmacy|парковк|\bparking\b|грузчик|\bmovers\b|переезд|ремонтн\w* бригад"
    # a tradesman to call out (a boiler engineer, a plumber, «сантехник»): the asker's house, not a check
    r"|\bboiler (?:engineer|man|repair)|\bplumber|\belectrician|\bhandyman|\blocksmith|\bgas engineer|\broofer"
    r"|сантехник|электрик|слесар|(?<!\w)мастер\w* (?:по|на) (?:ремонт|котл|окн|двер)"
    r"|бешбармак|манты|мант[ыов]\b|лагман|хинкали|хачапури|пельмен|шаурм|(?:хорош\w*|вкусн\w*|недорог\w*)\s+(?:место|заведени)"
    r"|\bbiryani|\bkebab|\bcurry\b|\bramen\b|\bnoodles?\b|\bburgers?\b|\bsteak|\bdim sum|шашлык|плов\b|бургер|\bplace to eat"
    r"|\bpubs?\b|\bbrunch|\bbreakfast|\bbrekkie|\bcoffee\b|\blunch spot|кофейн"
    r"|\btrattoria|\bpizzeria|\bbistro|\bpasta\b|траттори|пиццери|бистро|\bbiergarten|\bbeer garden|\bbrewery|пивн\w*|\bbars?\b"  # "a good trattoria near Tverskaya"
    # a vendor of chairs or furniture is a buyer's, not Mirano's (though "suggest" names memory.suggest)
    r"|\b(?:vendor|supplier|shop|store)s?\s+(?:for|of|that sells)\b|\boffice (?:chairs?|furniture|supplies)\b"
    r"|\bergonomic\b|поставщик\w* (?:мебел|кресел|стульев)|офисн\w* (?:мебел|кресл|стул)"
    r"|борщ|\bborsc?ht?\b|шаурм|\bsushi\b|суши\b|где поесть|where (?:can i |to )?(?:eat|get (?:a )?(?:good )?(?:food|lunch|dinner))",
    re.I,
)
# Work a person does elsewhere, whatever Mirano's words it names: a clause to draft, a DAG or a script to write, a
# price to negotiate («напиши DAG для Airflow, который дёргает Chatwoot» names a job, and is still not Mirano's)
TASKS_ELSEWHERE = re.compile(
    r"\bdraft (?:me |us )?(?:a|an|the|some|our|my|your|their)\b|\bclause\b|data processing agreement|\bnda\b|\bnegotiat\w*|переговор|договорись|выбей\b|\bhaggle"
    r"|\b(?:write|give|make|generate)\s+(?:me\s+|us\s+)?(?:a\s+|an\s+)?(?:airflow\s+|prefect\s+|dagster\s+)?dag\b"
    r"|\btemplate\b|шаблон"
    # a letter or an e-mail to write for someone is writing, whoever it is to
    r"|\bwrite (?:him|her|them|me|us)?\s*(?:a|an)\s+(?:\w+\s+){0,2}(?:e-?mail|letter|reply|apology|message)\b"
    r"|(?<!\w)напиш\w*\s+(?:ему|ей|им|мне)?\s*(?:\w+\s+)?(?:письмо|ответ|извинени)"  # "write me a Linear issue template": writing, whatever vendor it names
    r"|(?<!\w)напиш\w*\s+(?:мне\s+|нам\s+)?(?:dag|даг|скрипт|код|функци|программ|пункт|договор)"
    r"|(?<!\w)(?:состав|подготов|оформ)\w*\s+(?:мне\s+|нам\s+)?(?:\w+\s+)?договор"  # «составьте трудовой договор»
    # converting a figure into another currency needs a rate Mirano does not have, whatever cost it names
    r"|\bconvert\w*\b.{0,60}\b(?:into|to|in)\s+(?:\w+\s+)?(?:euros?|rubles?|roubles?|pounds?|yuan|eur|rub|gbp|dollars?|usd|cad|shekels?|ils|yen|jpy|francs?"
    r"|lira|rupees?|won|dirhams?|naira|cedis?|rand|shillings?|ringgit|baht|dong|tenge|hryvnias?|zloty|kron[ae]r?|pesos?|reais|real)\b"
    r"|(?:перевед|пересчита|конверт)\w*\b.{0,60}\b(?:в|на)\s+(?:евро|рубл|юан|фунт)"
    # booking rooms, tables and meetings is a calendar's work, though the meeting is about costs
    r"|\bbook\s+(?:a\s+|the\s+|us\s+a\s+)?(?:\w+\s+)?(?:room|table|desk|slot|call|meeting)\b"
    r"|забронир\w*|(?<!\w)брон(?:ь|ируй|ируйте)\b"
    # legal advice and court papers are a lawyer's work, though they name a property, a client or personal data
    r"|исков\w* заявлени|претензи\w* (?:к|для|в адрес)|жалоб\w* (?:в|на)\s|\bcomplaint to (?:the )?(?:police|prosecutor|court)|юридическ\w* (?:заключени|консультаци|оценк|мнени)"
    r"|\bgdpr\b.{0,30}\bfines?\b|\bunder article \d+|\barticle \d+ (?:of )?(?:the )?(?:uk )?gdpr"
    r"|\bunder (?:\w+ )?law\b|\bgdpr fines?\b|\bfines?\b.{0,30}\b(?:gdpr|breach)|штраф\w* (?:по|за)\s+(?:gdpr|152|утечк)|\brescind|\blegal (?:opinion|advice|review)|\bis (?:it|this|that) legal\b|законн\w* ли\b|по закону|\bcomplian(?:t|ce) with\b"
    r"|\bcompl(?:y|ies|ied)\s+with\b|соответству\w*\s+(?:ли\s+)?(?:\w+\s+){0,2}(?:закон|фз|требовани)"
    # deploying someone's own app is their hosting's business, and coursework is a student's
    r"|\bheroku\b|\bdjango\b|\bflask\b|задеплои|\bdeploy (?:my|a|our)\b|курсач|курсов\w* работ"
    # how to appeal a decision and the deadlines for it are procedure, a lawyer's («порядок обжалования», "appeal")
    r"|обжаловани\w*|обжалова(?:ть|ли|ем)\b|апелляци\w*|кассаци\w*|срок\w* (?:подачи|обжаловани)"
    r"|\b(?:how (?:do|can|to) (?:we |i )?appeal|file an appeal|appeal (?:the|a) (?:ruling|judgment|decision))\b"
    # a claim to file or a notary's fee is a lawyer's or a notary's work
    r"|(?:состав|подготов|напиш)\w*\s+(?:\w+\s+)?(?:иск|жалоб|претензи)"
    r"|(?:стоит|стоимост|цен|тариф|сколько)\w*\s+(?:\w+\s+){0,2}нотариус|нотариус\w*\s+(?:\w+\s+)?(?:стоит|берёт|берет|тариф)"
    # suing someone and computing an investment's NPV are a lawyer's and an analyst's work
    r"|подать в суд|подать иск|\bsue\b|засудить|\bfile a (?:lawsuit|claim)\b"
    r"|\bnpv\b|\birr\b|discount rate|ставк\w* дисконт|окупаемост"
    # a power of attorney is a lawyer's or a notary's paper to draft («для подготовки доверенности прошу указать
    # застройщика» names it only as the reason: the ask is Mirano's)
    r"|(?:состав|подготов|напиш|оформ|сдела)\w*[\s,]+(?:[\w]+[\s,]+){0,3}доверенност(?!\w*\s+(?:\w+\s+){0,3}(?:прошу|please))"
    r"|\b(?:draft|write|prepare)\s+(?:a |the )?power of attorney\b"
    # a word's origin is a dictionary's, though the word is one of Mirano's («этимология слова «застройщик»»)
    r"|этимолог|происхождени\w* слова|\betymolog|\bword origin|к какому корню"
    # time off is HR's, whatever company or first day it names
    r"|(?:оформ|взять|брать|подать)\w*\s+(?:\w+\s+)?(?:отпуск|больничн|командировк|отгул)"
    r"|\b(?:request|book|take|apply for)\s+(?:a\s+|some\s+)?(?:vacation|leave|holiday|time off|day off|pto)\b"
    # a decision to take (a lease, a purchase, an investment) is the board's, not a lookup of Mirano's
    r"|\bshould (?:the board|we|i|they) (?:approve|sign|buy|sell|hold|invest|accept)\b|\boffice lease\b"
    # a fee or a tax to work out is a notary's or an accountant's, though it names a flat's price
    r"|пошлин|нотариальн\w* тариф|\bstamp duty\b|\bnotary fees?\b|налог\w* (?:с|на|при) (?:продаж|покупк|доход)"
    r"|рассчита\w* (?:размер|налог|пошлин|тариф|ндфл)"
    r"|стоит ли (?:подписывать|покупать|инвестировать|одобрять)|одобрить ли\b|аренд\w* офиса"
    # the rent a flat fetches is a market's, not a fact a check found, whatever address it names
    r"|сколько брать|арендн\w* плат|с жильц|(?:стоимост\w*|стоит|цен\w*)\s+аренд|аренд\w*\s+(?:двушк|однушк|трешк|трёшк|квартир)",
    re.I,
)
# Asked to find, recommend or locate one of those («посоветуйте юриста», "a café near"); «снимок для юристов» is not
FINDING = re.compile(
    r"recommend|порекоменд|посовет|\bsuggest (?:me |us )?(?:a|an|some|one|any)\b|\bsort (?:me|us) (?:out )?(?:a|an|some)\b|\bfind\b|найд|найти|\bwhere\b|где\b|\bnear\b|рядом"
    r"|в районе|поблизости|возле|около|недалеко|nearby|\bgood\b|хорош|надёжн|надежн|\bbest\b|лучш",
    re.I,
)


def someone_to_find(text: str) -> bool:
    """A person or a place to find near a property: never Mirano's, whatever address it names."""
    return bool(SERVICES_NEAR.search(text) and FINDING.search(text))


OUT_OF_SCOPE_WRITING = re.compile(r"письм[оа]|e-?mail\b|\bletter\b", re.I)


# Everyday topics that are never Mirano's, by lemma or word: the positive evidence "out of scope" needs (a sentence
# with no word of Mirano's and none of these is "not understood", never "not something Mirano does")
TOPIC_WORDS = """
    cook cooking bake recipe borscht soup dinner lunch breakfast coffee pizza restaurant cafe bar menu
    weather forecast rain snow sunny temperature umbrella
    movie film series song music lyrics poem haiku poetry story fairy joke anecdote riddle
    football soccer hockey basketball tennis match championship olympics
    president minister election capital country population history war
    bitcoin crypto stock stocks shares forex horoscope zodiac
    flight hotel train taxi uber vacation holiday trip visa passport
    doctor medicine symptom diet workout gym girlfriend boyfriend wedding birthday gift
    translate translation homework essay
    сварить варить приготовить готовить рецепт борщ суп обед ужин завтрак кофе пицца ресторан кафе меню
    пообедать обедать поужинать позавтракать перекусить поесть покушать столовая бизнес-ланч eat brunch
    погода прогноз дождь снег зонт температура
    фильм кино сериал песня музыка стих стихотворение сказка анекдот шутка загадка
    футбол хоккей баскетбол теннис матч чемпионат олимпиада
    президент министр выборы столица страна население война
    биткоин крипта криптовалюта акция гороскоп
    авиабилет билет отель гостиница поезд такси отпуск виза паспорт
    врач лекарство симптом диета тренировка девушка свадьба рождение подарок
    перевести перевод сочинение
    invent invented inventor meaning life universe изобрести изобретатель смысл жизнь вселенная
    plus minus multiply divide equation math calculate python javascript code coding function programming
    плюс минус умножить разделить уравнение математика посчитать код функция программирование
"""
OTHER_TOPICS = frozenset(TOPIC_WORDS.split())


# "what is 17 times 3": sums are not Mirano's (only when nothing else in the sentence is)
ARITHMETIC = re.compile(
    r"\d+\s*(?:times|plus|minus|multiplied by|divided by|умножить на|плюс|минус|[*+/x×])\s*\d+", re.I
)
