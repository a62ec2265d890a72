"""The Russian catalogs are one catalog split by part of the product: a message said twice with two different
translations would silently lose one of them (the first file read wins), so each message has one translation."""

from __future__ import annotations

from pathlib import Path

from babel.messages.pofile import read_po

from pipeline.i18n import LOCALES


def test_no_message_has_two_translations() -> None:
    seen: dict[tuple[str | None, str], tuple[str, str]] = {}
    clashes = []
    for path in sorted(Path(LOCALES, "ru", "LC_MESSAGES").glob("*.po")):
        with path.open("rb") as handle:
            for message in read_po(handle):
                if not message.id:
                    continue
                key = (message.context, message.id if isinstance(message.id, str) else message.id[0])
                first = seen.setdefault(key, (path.name, str(message.string)))
                if first[1] != str(message.string):
                    clashes.append(f"{key}: {first[0]} «{first[1]}» vs {path.name} «{message.string}»")
    assert not clashes, "\n".join(clashes)
