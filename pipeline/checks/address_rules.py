"""The vocabulary of Russian addresses, in one place: which word means which part, and how each part is spelled.

`address.py` reads these tables; every rule that decides identity lives here or there, with its tests in
tests/checks/test_address_parser.py and the pair corpus in tests/checks/address_corpus.py.
"""

from __future__ import annotations

import re

# Settlement types: token -> canonical abbreviation. "д" and "с" also mean дом / строение: `address.py` reads
# them as a settlement only when a word (not a number) follows.
SETTLEMENT_TYPES = {
    "г": "г",
    "гор": "г",
    "город": "г",
    "пос": "пос",
    "поселок": "пос",
    "п": "пос",
    "пгт": "пгт",
    "рп": "рп",
    "с": "с",
    "село": "с",
    "д": "д",
    "дер": "д",
    "деревня": "д",
    "ст-ца": "ст-ца",
    "станица": "ст-ца",
    "х": "х",
    "хутор": "х",
    "аул": "аул",
    "снт": "снт",
}
SETTLEMENT_LABELS = {
    "г": "г.",
    "пос": "пос.",
    "пгт": "пгт",
    "рп": "рп",
    "с": "с.",
    "д": "д.",
    "ст-ца": "ст-ца",
    "х": "х.",
    "аул": "аул",
    "снт": "СНТ",
}

# Street types: token -> canonical name; the label is how the canonical address writes it.
LATIN_STREET_TYPES = {
    **dict.fromkeys(("ulitsa", "ul", "st", "street"), "улица"),
    **dict.fromkeys(("prospekt", "prospect", "pr-t", "avenue", "ave"), "проспект"),
    **dict.fromkeys(("pereulok", "per", "lane"), "переулок"),
    **dict.fromkeys(("bulvar", "boulevard", "blvd"), "бульвар"),
    **dict.fromkeys(("shosse", "highway"), "шоссе"),
    **dict.fromkeys(("naberezhnaya", "embankment"), "набережная"),
    **dict.fromkeys(("ploshchad", "square"), "площадь"),
    **dict.fromkeys(("proezd",), "проезд"),
}
STREET_TYPES = {
    **LATIN_STREET_TYPES,
    **dict.fromkeys(("ул", "улица"), "улица"),
    **dict.fromkeys(("пр", "пр-т", "пр-кт", "просп", "прт", "пркт", "проспект"), "проспект"),
    **dict.fromkeys(("пер", "переулок", "пер-к"), "переулок"),
    **dict.fromkeys(("б-р", "бул", "бульв", "бульвар"), "бульвар"),
    **dict.fromkeys(("ш", "шос", "шоссе"), "шоссе"),
    **dict.fromkeys(("наб", "набережная", "наб-я"), "набережная"),
    **dict.fromkeys(("пл", "площадь", "пл-дь"), "площадь"),
    **dict.fromkeys(("пр-д", "пр-зд", "прд", "проезд"), "проезд"),
    **dict.fromkeys(("туп", "тупик"), "тупик"),
    **dict.fromkeys(("ал", "аллея"), "аллея"),
    **dict.fromkeys(("лин", "линия"), "линия"),
    **dict.fromkeys(("мкр", "мкрн", "мкр-н", "микрорайон"), "микрорайон"),
    **dict.fromkeys(("кв-л", "квартал"), "квартал"),
    **dict.fromkeys(("тракт",), "тракт"),
    **dict.fromkeys(("спуск",), "спуск"),
    **dict.fromkeys(("дор", "дорога"), "дорога"),
}
STREET_LABELS = {
    "улица": "ул.",
    "проспект": "пр-кт",
    "переулок": "пер.",
    "бульвар": "б-р",
    "шоссе": "ш.",
    "набережная": "наб.",
    "площадь": "пл.",
    "проезд": "проезд",
    "тупик": "туп.",
    "аллея": "аллея",
    "линия": "линия",
    "микрорайон": "мкр.",
    "квартал": "кв-л",
    "тракт": "тракт",
    "спуск": "спуск",
    "дорога": "дор.",
}
FEMININE = {"улица", "набережная", "площадь", "аллея", "линия", "дорога"}
NEUTER = {"шоссе"}

# Words before or after a street name that tell one street from another ("Малая Бронная" is not "Большая
# Бронная"): every spelling maps to one stem for the key, and to a gendered word for the canonical address.
MODIFIERS = {
    **dict.fromkeys(("м", "мал", "малая", "малый", "малое"), "мал"),
    **dict.fromkeys(("б", "бол", "больш", "большая", "большой", "большое"), "бол"),
    **dict.fromkeys(("ср", "средняя", "средний", "среднее"), "ср"),
    **dict.fromkeys(("ниж", "нижняя", "нижний", "нижнее"), "ниж"),
    **dict.fromkeys(("верх", "верхняя", "верхний", "верхнее"), "верх"),
    **dict.fromkeys(("стар", "старая", "старый", "старое"), "стар"),
    **dict.fromkeys(("нов", "новая", "новый", "новое"), "нов"),
}
MODIFIER_WORDS = {  # stem -> (feminine, masculine, neuter)
    "мал": ("Малая", "Малый", "Малое"),
    "бол": ("Большая", "Большой", "Большое"),
    "ср": ("Средняя", "Средний", "Среднее"),
    "ниж": ("Нижняя", "Нижний", "Нижнее"),
    "верх": ("Верхняя", "Верхний", "Верхнее"),
    "стар": ("Старая", "Старый", "Старое"),
    "нов": ("Новая", "Новый", "Новое"),
}
MODIFIER_WORDS_FLAT = {w.lower() for words in MODIFIER_WORDS.values() for w in words}
NAME_FILLER = {"им", "имени"}  # "ул. им. Ленина" is "ул. Ленина"
LOWER_WORDS = {"на", "и", "лет", "года", "год", "реки", "де", "ла", "им", "имени"}

# Parts of the house and of the flat: token -> (part, canonical kind).
UNIT_MARKERS = {
    **dict.fromkeys(("д", "дом"), ("house", "д")),
    **dict.fromkeys(("вл", "влд", "владение", "домовладение", "двлд"), ("house", "вл")),
    **dict.fromkeys(("уч", "участок"), ("house", "уч")),
    **dict.fromkeys(("к", "корп", "корпус"), ("corpus", "к")),
    **dict.fromkeys(("с", "стр", "строение"), ("building", "с")),
    **dict.fromkeys(("лит", "литер", "литера"), ("letter", "лит")),
    **dict.fromkeys(("кв", "квартира", "кв-ра"), ("flat", "кв")),
    **dict.fromkeys(("оф", "офис"), ("flat", "оф")),
    **dict.fromkeys(("пом", "помещ", "помещение"), ("flat", "пом")),
    **dict.fromkeys(("комн", "ком", "комната"), ("room", "комн")),
    **dict.fromkeys(("эт", "этаж"), ("ignored", "эт")),
    **dict.fromkeys(("под", "подъезд", "п-д"), ("ignored", "под")),
}
HOUSE_LABELS = {"д": "д.", "вл": "вл.", "уч": "уч.", "корп": "корп."}
# Settlements whose houses are numbered without streets: villages and dacha partnerships ("д. Жуковка, д. 15"),
# and Зеленоград, where a building is a корпус of the town ("г. Зеленоград, корп. 1104").
STREETLESS_SETTLEMENTS = {"д", "с", "х", "аул", "снт"}
CORPUS_NUMBERED = {"зеленоград"}
FLAT_LABELS = {"кв": "кв.", "оф": "оф.", "пом": "пом.", "комн": "комн."}

REGION_MARKERS = {"обл", "область", "край", "респ", "республика", "ао"}
DISTRICT_MARKERS = {"р-н", "район", "го", "мо", "поселение", "пос-е"}
IGNORED_WORDS = {
    "россия",
    "рф",
    "russia",
    "рос",
    "цао",
    "сао",
    "свао",
    "вао",
    "ювао",
    "юао",
    "юзао",
    "зао",
    "сзао",
}

# Settlements people name without a type: alias -> (canonical name, type, region code).
FEDERAL_CITIES = {"77", "78", "92"}
FEDERAL_LABELS = {"77": "г. Москва", "78": "г. Санкт-Петербург", "92": "г. Севастополь"}
GAZETTEER: dict[str, tuple[str, str, str]] = {
    **dict.fromkeys(("москва", "мск", "moscow", "moskva"), ("Москва", "г", "77")),
    **dict.fromkeys(
        ("санкт-петербург", "спб", "с-пб", "питер", "петербург", "spb", "saint-petersburg"),
        ("Санкт-Петербург", "г", "78"),
    ),
    "севастополь": ("Севастополь", "г", "92"),
    **dict.fromkeys(("новосибирск", "нск", "новосиб"), ("Новосибирск", "г", "54")),
    **dict.fromkeys(("екатеринбург", "екб", "ебург"), ("Екатеринбург", "г", "66")),
    "казань": ("Казань", "г", "16"),
    "нижний-новгород": ("Нижний Новгород", "г", "52"),
    "челябинск": ("Челябинск", "г", "74"),
    "самара": ("Самара", "г", "63"),
    "омск": ("Омск", "г", "55"),
    "ростов-на-дону": ("Ростов-на-Дону", "г", "61"),
    "уфа": ("Уфа", "г", "02"),
    "красноярск": ("Красноярск", "г", "24"),
    "пермь": ("Пермь", "г", "59"),
    "воронеж": ("Воронеж", "г", "36"),
    "волгоград": ("Волгоград", "г", "34"),
    "краснодар": ("Краснодар", "г", "23"),
    "тюмень": ("Тюмень", "г", "72"),
    "сочи": ("Сочи", "г", "23"),
    "калининград": ("Калининград", "г", "39"),
    "ярославль": ("Ярославль", "г", "76"),
    "тверь": ("Тверь", "г", "69"),
    "тула": ("Тула", "г", "71"),
    "рязань": ("Рязань", "г", "62"),
    "химки": ("Химки", "г", "50"),
    "мытищи": ("Мытищи", "г", "50"),
    "подольск": ("Подольск", "г", "50"),
    "балашиха": ("Балашиха", "г", "50"),
    "королев": ("Королёв", "г", "50"),
    "люберцы": ("Люберцы", "г", "50"),
    "одинцово": ("Одинцово", "г", "50"),
    "красногорск": ("Красногорск", "г", "50"),
    "зеленоград": ("Зеленоград", "г", "77"),
}
# Region names (adjective or name, as written before/after "обл.", "край", "респ.") -> code.
REGIONS = {
    "московская": "50",
    "мо": "50",
    "ленинградская": "47",
    "ло": "47",
    "татарстан": "16",
    "башкортостан": "02",
    "краснодарский": "23",
    "свердловская": "66",
    "новосибирская": "54",
    "нижегородская": "52",
    "самарская": "63",
    "ростовская": "61",
    "челябинская": "74",
    "тверская": "69",
    "тульская": "71",
    "калужская": "40",
    "владимирская": "33",
    "ярославская": "76",
    "рязанская": "62",
    "калининградская": "39",
    "красноярский": "24",
    "пермский": "59",
    "воронежская": "36",
    "волгоградская": "34",
    "тюменская": "72",
    "омская": "55",
    "москва": "77",
    "санкт-петербург": "78",
}
REGION_LABELS = {
    "50": "Московская обл.",
    "47": "Ленинградская обл.",
    "16": "Респ. Татарстан",
    "02": "Респ. Башкортостан",
    "23": "Краснодарский край",
    "24": "Красноярский край",
    "59": "Пермский край",
}

# Rewrites on the lower-cased text before it is split into words: spellings of one name in several words, and
# house numbers glued to their корпус / строение ("3к2", "10с1", "д.5").
REWRITES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"[«»\"'`“”„№]", " "),
        (r"[–—−]", "-"),
        (r"(?<![а-я])(д|дом)\s*\.?\s*(\d+)\s*-\s*(\d+)(?![\d/])", r" \1 \2~\3 "),  # "д. 15-17": one house
        (r"\bсанкт\s*[-.]?\s*петербург\w*", " санкт-петербург "),
        (r"\bс\s*\.\s*-?\s*петербург\w*|\bс-петербург\w*", " санкт-петербург "),
        (r"\b(?:saint|st)\s*[.-]?\s*petersburg\b", " санкт-петербург "),
        (r"\bнижн(?:ий|его|ем)\s+новгород\w*", " нижний-новгород "),
        (r"\bростов\s*-?\s*на\s*-?\s*дону\b", " ростов-на-дону "),
        (r"\bросси[йи]ская\s+федерация\b", " россия "),
        (r"\bгородской\s+округ\b|\bг\s*\.\s*о\s*\.", " го "),
        (r"\bавтономный\s+округ\b", " ао "),
        (r"\bв\s*\.\s*о\s*\.?|\bвасильевск\w*\s+остров\w*", " "),  # the lines of В.О.
        (r"\bр\s*\.\s*(?=[а-я]{3})", " реки "),
        (r"\bвнутригородск\w*\s+(?:муниципальн\w*\s+)?(?:территори\w*|образовани\w*)\b", " "),
        (r"(?<![а-яa-z])(д|дом|кв|оф|офис|пом|стр|корп|к|с|лит|вл|уч)\s*\.?\s*(?=\d)", r" \1 "),
        (r"(\d)\s*(?:корп|корпус|к)\s*\.?\s*(?=\d)", r"\1 корп "),
        (r"(\d)\s*(?:стр|строение|с)\s*\.?\s*(?=\d)", r"\1 стр "),
        (r"(\d)\s*(кв|оф|пом)\b", r"\1 \2"),
        (r"(\d)\s*(?:лит|литер|литера)\s*\.?\s*(?=[а-я])", r"\1 лит "),
    )
)
TOKEN = re.compile(
    r"(?P<num>\d+(?:~\d+)?(?:\s*/\s*\d+)?(?:-?[а-яa-z]{1,3}(?![а-яa-z]))?(?:\s*/\s*\d+[а-я]?)?)"
    r"|(?P<word>[а-яa-z]+(?:-[а-яa-z0-9]+)*)"
    r"|(?P<sep>[,;])"
)
ORDINAL = re.compile(r"^(\d{1,3})-?(?:я|ая|ья|й|ый|ий|ой|е|ое|ье|го|ого|ому|ом)$")
HOUSE_NUMBER = re.compile(r"^(\d{1,4}(?:~\d{1,4})?)(?:-?([а-я]))?(?:/(\d{1,4})([а-я])?)?$")
FLAT_NUMBER = re.compile(r"^\d{1,5}[а-я]?$")
MAX_LENGTH = 300
# Latin letters that look like Cyrillic ones, as they slip into typed Russian ("Mосква", "д. 5a").
LOOKALIKES = str.maketrans("aeopcxykmthb", "аеорсхукмтнв")
LOOKALIKE_WORD = re.compile(r"[0-9a-zа-я]+")
CYRILLIC = re.compile(r"[а-я]")
# A street name transliterated into Latin ("Tverskaya st") read back into Cyrillic, longest spelling first; "y" is
# "ы" after a consonant and "й" after a vowel ("Tverskoy", "Krasnyy"); "-sky" is "-ский". Only a street marked with a
# Latin street type is read this way, so an unmarked Latin word is still refused.
LATIN_ENDINGS = (("skiy", "ский"), ("sky", "ский"), ("skii", "ский"))
LATIN_SPELLINGS = (
    ("shch", "щ"),
    ("sch", "щ"),
    ("yo", "е"),
    ("yu", "ю"),
    ("ya", "я"),
    ("ye", "е"),
    ("zh", "ж"),
    ("kh", "х"),
    ("ts", "ц"),
    ("ch", "ч"),
    ("sh", "ш"),
    ("x", "кс"),
    ("'", "ь"),
    *zip("abvwgdezijklmnoprstufhcq", "абввгдезийклмнопрстуфхкк", strict=True),
)
LATIN_VOWELS = "aeiouy"
# Words whose soft sign or ending a transliteration drops ("Bolshaya" is "Большая", "Novy" is "Новый").
LATIN_WORDS = {
    **dict.fromkeys(("bolshaya", "bol'shaya"), "большая"),
    **dict.fromkeys(("bolshoy", "bolshoi", "bol'shoy"), "большой"),
    **dict.fromkeys(("novy", "novyi", "novyy"), "новый"),
    **dict.fromkeys(("stary", "staryi", "staryy"), "старый"),
}
