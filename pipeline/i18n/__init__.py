"""Message catalogs shared by the assistant and the dashboard: one set of translations for both.

English is the source language: a message id is the English text itself, with `{name}` placeholders, so English
needs no catalog and an untranslated message still reads. Russian lives in `locales/ru/LC_MESSAGES/mirano.po`,
edited as a normal gettext catalog and compiled in memory with Babel when first used (no build step, no .mo
files in the repository).

    from pipeline.i18n import tr, status_label, reason_text
    tr("ru", "Nothing is running now.")            # → "Сейчас ничего не выполняется."
    status_label("skipped", "ru")                  # → "пропущен"
    reason_text("no API key for Linear", "ru")     # → "нет API-ключа для Linear"

Engine reasons are stored in English (they are what the CLI prints); `reason_text` translates the known ones,
whole or by pattern ("rate limited by {vendor} until {time}"), and leaves any other text as it is.
"""

from __future__ import annotations

import gettext as _gettext
import io
import re
import threading
from functools import cache
from pathlib import Path

LANGUAGES = ("en", "ru")
DOMAIN = "mirano"
LOCALES = Path(__file__).parent / "locales"
STATUS_CONTEXT = "status"
REASON_CONTEXT = "reason"

_misses: set[tuple[str, str]] = set()
_misses_lock = threading.Lock()


@cache
def translations(lang: str) -> _gettext.NullTranslations:
    """The compiled catalog of a language (English and unknown languages: the identity).

    Every .po file of the language is merged (mirano.po first, then the others by name, such as the dashboard's
    dashboard.po), so each part of the product can keep its messages in its own file without merge conflicts."""
    folder = LOCALES / lang / "LC_MESSAGES"
    main = folder / f"{DOMAIN}.po"
    files = sorted(folder.glob("*.po"), key=lambda p: (p != main, p.name)) if folder.is_dir() else []
    if lang == "en" or not files:
        return _gettext.NullTranslations()
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with files[0].open("rb") as handle:
        catalog = read_po(handle, locale=lang, domain=DOMAIN)
    for extra in files[1:]:
        with extra.open("rb") as handle:
            for message in read_po(handle, locale=lang, domain=DOMAIN):
                if message.id and message.string and catalog.get(message.id, message.context) is None:
                    catalog.add(message.id, message.string, context=message.context)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return _gettext.GNUTranslations(buffer)


@cache
def english_words() -> frozenset[str]:
    """Every English word the product's catalogs say (their msgids, lowercased): the words an English question about
    Mirano is made of ("risk", "developer", "status"), which Russian typed in Latin letters is told apart from."""
    words: set[str] = set()
    for key in getattr(translations("ru"), "_catalog", {}):
        text = key[0] if isinstance(key, tuple) else str(key)
        words.update(w.lower() for w in re.findall(r"[A-Za-z]{3,}", text.split("\x04")[-1]))
    return frozenset(words)


def _lookup(lang: str, context: str | None, msgid: str) -> str:
    catalog = translations(lang)
    text = catalog.pgettext(context, msgid) if context else catalog.gettext(msgid)
    if lang != "en" and text == msgid:
        with _misses_lock:
            _misses.add((lang, f"{context}|{msgid}" if context else msgid))
    return text


def tr(lang: str, msgid: str, /, **values: object) -> str:
    """The message in `lang`, with its `{placeholders}` filled."""
    text = _lookup(lang, None, msgid)
    return text.format(**values) if values else text


def trn(lang: str, singular: str, plural: str, n: int, /, **values: object) -> str:
    """A message that agrees with the number `n` («1 раз», «2 раза», «5 раз»: the language's plural forms), with
    `{n}` and its other placeholders filled."""
    text = translations(lang).ngettext(singular, plural, n)
    if lang != "en" and text in (singular, plural):
        with _misses_lock:
            _misses.add((lang, singular))
    return text.format(n=n, **values)


def tr_in(lang: str, context: str, msgid: str, /, **values: object) -> str:
    """A message of a context ("fact": field names of fact values, where "court" is one court, not the source)."""
    text = msgid if lang == "en" else _lookup(lang, context, msgid)
    return text.format(**values) if values else text


def status_label(status: str | None, lang: str) -> str:
    """A run, check or source status in `lang` ("skipped" → "пропущен")."""
    if not status:
        return ""
    from pipeline.i18n.check_words import CHECK_STATES, check_state

    if status in CHECK_STATES:  # a check's stored code ("PARTIAL") as its word: "partial", «частичная»
        return check_state(status, lang)
    return status if lang == "en" else _lookup(lang, STATUS_CONTEXT, status)


@cache
def _reason_patterns(lang: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Reason templates of the catalog ("no API key for {vendor}") as regular expressions."""
    catalog = translations(lang)
    patterns = []
    for key in getattr(catalog, "_catalog", {}):
        if not isinstance(key, str) or "\x04" not in key:
            continue
        context, msgid = key.split("\x04", 1)
        if context != REASON_CONTEXT or "{" not in msgid:
            continue
        regex = re.escape(msgid)
        regex = re.sub(r"\\\{(\w+)\\\}", lambda m: f"(?P<{m.group(1)}>.+?)", regex)
        patterns.append((re.compile(f"^{regex}$"), msgid))
    return tuple(sorted(patterns, key=lambda p: -len(p[1])))


def reason_text(reason: str | None, lang: str) -> str:
    """An engine reason in `lang`: known reasons translated (whole, by pattern, or part by part around ';'),
    anything else (a vendor's own error text) left exactly as it was."""
    if not reason or lang == "en":
        return reason or ""
    whole = translations(lang).pgettext(REASON_CONTEXT, reason)
    if whole != reason:
        return whole
    # A list of reasons ("a; b") is read part by part, unless a template wraps the whole list: by convention such a
    # template names it {what} ("failed: {what} (…)"). Other templates take in a "; " only when the parts alone
    # cannot be read ("Chatwoot edits: {hooks}without them, …"), so "court: {why}" never swallows the next part.
    later = []
    for pattern, msgid in _reason_patterns(lang):
        match = pattern.match(reason)
        if match and ("; " not in "".join(match.groups()) or "{what}" in msgid):
            return _filled(match, msgid, lang)
        if match:
            later.append((match, msgid))
    parts = reason.split("; ")
    read = [reason_text(part, lang) for part in parts] if len(parts) > 1 else parts
    if len(parts) > 1 and all(r != p for r, p in zip(read, parts, strict=True)):
        return "; ".join(read)
    if later:
        return _filled(*later[0], lang)
    return "; ".join(read)


def _filled(match: re.Match[str], msgid: str, lang: str) -> str:
    # a {trigger} is how a run started ("schedule", "retry"): said as the way it was started («повтором»)
    values = {
        k: tr_in(lang, "trigger", v) if k == "trigger" else reason_text(v, lang)
        for k, v in match.groupdict().items()
    }
    return translations(lang).pgettext(REASON_CONTEXT, msgid).format(**values)


def error_text(exc: BaseException, lang: str) -> str:
    """A refusal or failure in `lang`: a sentence raised as a catalog message is rendered from the catalog
    ("address: …" with the field's name too); any other error's reason goes through `reason_text`."""
    said = getattr(exc, "said", None)
    if said is None:
        return reason_text(getattr(exc, "reason", None) or str(exc), lang)
    field = getattr(exc, "field", None)
    text = said.render(lang)
    return tr(lang, "{field}: {why}", field=tr(lang, field), why=text) if field else text


def missing() -> set[tuple[str, str]]:
    """Messages asked for in a language whose catalog lacks them (tests assert this stays empty)."""
    with _misses_lock:
        return set(_misses)


def forget_missing() -> None:
    with _misses_lock:
        _misses.clear()
