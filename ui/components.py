"""Small pieces every page uses: times as people read them, status chips, money, and readable errors."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any, TypeVar

import streamlit as st

from pipeline.engine.exceptions import MiranoError

T = TypeVar("T")

STATUS_COLOURS = {
    "idle": "gray",
    "queued": "violet",
    "running": "blue",
    "ok": "green",
    "failed": "red",
    "skipped": "orange",
    "cancelling": "orange",
    "cancelled": "gray",
    "paused": "orange",
    "CREATED": "gray",
    "IN_PROGRESS": "blue",
    "PARTIAL": "orange",
    "COMPLETED": "green",
    "FAILED": "red",
    "completed": "green",
    "pending": "blue",
    "retrying": "orange",
    "proposed": "orange",
    "active": "green",
    "dismissed": "gray",
}


def parse_time(iso: str | None) -> datetime | None:
    if not iso:
        return None
    moment = datetime.fromisoformat(iso)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _format(moment: datetime, pattern: str) -> str:
    """A moment in the reader's language ("2 Dec 14:03", "2 дек. 14:03"), in the server's local time zone."""
    from babel.dates import format_datetime

    from ui.lang import lang

    return format_datetime(moment.astimezone(), pattern, tzinfo=moment.astimezone().tzinfo, locale=lang())


def local_time(iso: str | None, empty: str = "—", seconds: bool = False) -> str:
    """'22 Nov 14:03' (or '22 Nov 14:03:07') in the viewer's (server's) local time zone."""
    moment = parse_time(iso)
    return _format(moment, "d MMM HH:mm:ss" if seconds else "d MMM HH:mm") if moment else empty


def local_day(iso: str | None) -> str:
    moment = parse_time(iso)
    return _format(moment, "d MMM") if moment else "—"


def local_date(text: str, pattern: str = "medium") -> str:
    """A calendar date a source gave ('2026-11-05') as the locale writes it ('5 Nov 2026', '5 нояб. 2026 г.')."""
    from babel.dates import format_date

    try:
        day = datetime.fromisoformat(text).date()
    except ValueError:
        return text  # not a date after all: shown as written
    return format_date(day, pattern, locale=_locale())


def relative_time(iso: str | None, now: datetime | None = None) -> str:
    """'in 12 min', '3 days ago', 'just now' (in the reader's language)."""
    from ui.lang import t

    moment = parse_time(iso)
    if moment is None:
        return ""
    seconds = (moment - (now or datetime.now(UTC))).total_seconds()
    span = abs(seconds)
    if span < 60:
        return t("just now") if seconds <= 0 else t("in a moment")
    for size, unit in ((86400, "days"), (3600, "h"), (60, "min")):
        if span >= size:
            count = round(span / size)
            if unit == "days":
                text = days(count)
            else:
                text = t("{count} h", count=count) if unit == "h" else t("{count} min", count=count)
            return t("in {span}", span=text) if seconds > 0 else t("{span} ago", span=text)
    return ""


def days(count: int) -> str:
    """'1 day', '3 days' ('1 дн.', '3 дн.' in Russian: the abbreviation needs no plural forms)."""
    from ui.lang import t

    return t("{count} day", count=count) if count == 1 else t("{count} days", count=count)


def when(iso: str | None, empty: str = "—") -> str:
    """'22 Nov 14:03 (in 12 min)'."""
    if not iso:
        return empty
    return f"{local_time(iso)} ({relative_time(iso)})"


ISO_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[+-]\d{2}:\d{2}|Z)?")


def humanize(text: str | None) -> str:
    """A reason written by the pipeline, with ISO timestamps shown as local '22 Nov 14:03', first letter upper."""
    if not text:
        return ""
    text = ISO_MOMENT.sub(lambda m: local_time(m.group(0).replace("Z", "+00:00")), text.strip())
    return text[:1].upper() + text[1:]


def chip(status: str | None, label: str | None = None) -> str:
    """A coloured status badge in Streamlit markdown, named in the reader's language (one vocabulary everywhere)."""
    if not status:
        return ""
    from ui.lang import status as status_name

    colour = STATUS_COLOURS.get(status, "gray")
    return f":{colour}-badge[{(label or status_name(status)).replace(']', '')}]"


def demo_chip() -> str:
    from ui.lang import t

    return f":orange-badge[{t('DEMO')}]"


def money(usd: float | None) -> str:
    """US dollars as the reader's locale writes them: '$0.08' in English, '0,08 $' in Russian (Babel)."""
    from babel.numbers import format_currency

    from ui.lang import lang

    value = float(usd or 0.0)
    pattern = "¤#,##0" if value == 0 else ("¤#,##0.0000" if abs(value) < 0.01 else "¤#,##0.00")
    if lang() == "ru":
        pattern = pattern.removeprefix("¤") + "\xa0¤"
    return format_currency(value, "USD", format=pattern, currency_digits=False, locale=_locale())


def number(value: float | int | None, digits: int = 0) -> str:
    """A count, price or area with the locale's grouping: '23,900,000' / '23 900 000'."""
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "#" * digits if digits else "")
    return format_decimal(value or 0, format=pattern, locale=_locale())


def _locale() -> str:
    from ui.lang import lang

    return "ru_RU" if lang() == "ru" else "en_US"


def readable(exc: BaseException) -> str:
    """An error as a sentence: our own errors carry a reason meant for people; others get their type named."""
    # str(KeyError("x")) is "'x'" (the repr); its message is the first argument.
    text = (str(exc.args[0]) if isinstance(exc, KeyError) and exc.args else str(exc)).strip()
    text = text or exc.__class__.__name__
    if isinstance(exc, MiranoError | ValueError | KeyError):
        return text
    return f"{text} ({exc.__class__.__name__})"


@contextmanager
def shown_errors(what: str) -> Iterator[None]:
    """Show any error inside as one readable line instead of a traceback; the page keeps its inputs."""
    try:
        yield
    except Exception as exc:  # noqa: BLE001 — the dashboard must never show a traceback
        st.error(_could_not(what, exc), icon=":material/error:")


def attempt(what: str, call: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
    """Call a service function; on error show why and return None."""
    try:
        return call(*args, **kwargs)
    except Exception as exc:  # noqa: BLE001
        st.error(_could_not(what, exc), icon=":material/error:")
        return None


def could_not(what: str, exc: BaseException) -> str:
    """ "Could not {what}: {why}" in the reader's language."""
    return _could_not(what, exc)


def _could_not(what: str, exc: BaseException) -> str:
    from ui.lang import reason, t

    return t("Could not {what}: {why}", what=t(what), why=reason(readable(exc)))


def remember(key: str, kind: str, text: str) -> None:
    """Keep a message to show after the rerun a click causes (kind: success, info, warning, error)."""
    st.session_state[key] = (kind, text)


def show_remembered(key: str) -> None:
    message = st.session_state.get(key)
    if message:
        kind, text = message
        getattr(st, kind)(text)
