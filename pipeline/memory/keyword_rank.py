"""SQLite keyword ranking: FTS5's bm25 over the newest matches, with the corpus statistics kept between searches.

FTS5's `bm25()` counts, on every search, how many rows hold each query term by walking the term's whole doclist:
at a million chunks with words in a third of them that was most of a search's keyword half, although only the
newest `MIRANO_MEMORY_KEYWORD_WINDOW` matches are ranked. Here the same formula (k1 1.2, b 0.75, FTS5's idf with
its floor) is computed for those rows in Python, from each row's stored terms, and the per-term row counts are
kept between searches: while chunks are only added, a kept count gains the new chunks holding the term (a short
walk of the term's newest entries); a deleted or rewritten chunk (counted by the triggers of migration 0026) makes
every term count again. FTS5's averages record (rows and tokens) with its structure record (the segments: every
write transaction adds one) tells that the index changed: an edit that replaces a chunk by one of as many words
leaves the averages as they were but not the structure. The scores are FTS5's own to float precision
(`tests/memory/test_keyword_rank.py` compares them).
"""

from __future__ import annotations

import math
import re
import threading
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

K1, B = 1.2, 0.75  # FTS5's bm25 constants
# FTS5's averages record (id 1) and structure record (id 10)
_RECORDS = text("SELECT id, block FROM memory_chunks_fts_data WHERE id IN (1, 10)")
_ROWS_HOLDING = text("SELECT count(*) FROM memory_chunks_fts WHERE memory_chunks_fts MATCH :q")
# The same count from FTS5's vocabulary (migration 0026), read in C: a quarter cheaper at a million chunks. Only for
# a term that is one token as it stands (lower case Latin or Cyrillic letters and digits, as `fold` leaves them);
# any other is counted by MATCH, which tokenizes it as the index did.
_VOCAB_ROWS = text("SELECT doc FROM memory_chunks_vocab WHERE term = :t")
_ONE_TOKEN = re.compile("[0-9a-zа-я]+")
_EDITS = text(
    "SELECT n FROM memory_keyword_edits WHERE id = 1"
)  # chunks deleted or rewritten (migration 0026)
_NEWEST = text("SELECT coalesce(max(id), 0) FROM memory_chunks")
_ADDED = text("SELECT count(*) FROM memory_chunks WHERE id > :after")
_HOLDING_AFTER = text(
    "SELECT count(*) FROM memory_chunks_fts WHERE memory_chunks_fts MATCH :q AND rowid > :after"
)
_lock = threading.Lock()


@dataclass
class _Counts:
    """Rows holding each term, as of one state of one database's keyword index."""

    key: bytes  # FTS5's averages and structure records: equal records, the same index
    edits: int  # memory_keyword_edits.n
    newest: int  # the highest chunk id
    rows: int  # rows in the index
    holding: dict[str, tuple[int, int]] = field(
        default_factory=dict
    )  # term -> (rows holding it, newest id then)


_stats: dict[str, _Counts] = {}  # database url -> its counts


def _varints(block: bytes) -> list[int]:
    """SQLite's varints (7 bits a byte, high bit set while more follow; a ninth byte is whole)."""
    out, at = [], 0
    while at < len(block):
        value = 0
        for i in range(9):
            byte = block[at]
            at += 1
            if i == 8:
                value = (value << 8) | byte
                break
            value = (value << 7) | (byte & 0x7F)
            if not byte & 0x80:
                break
        out.append(value)
    return out


def _fold_table() -> dict[int, str]:
    """What unicode61 with remove_diacritics 2 makes of a letter, where that differs from it: Latin letters lose
    their diacritics (é → e), ё is е; other scripts keep theirs (й stays й)."""
    table = {ord("ё"): "е", ord("Ё"): "е"}
    for code in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        base = "".join(c for c in unicodedata.normalize("NFD", chr(code)) if not unicodedata.combining(c))
        if base and base != chr(code) and base.isascii():
            table[code] = base.lower()
    return table


_FOLD = _fold_table()


_FOLDED = re.compile("[" + "".join(map(chr, _FOLD)) + "]")


def fold(terms: str) -> str:
    """A terms string as FTS5 compares its tokens: lower case, Latin diacritics and ё folded."""
    lowered = terms.lower()
    return lowered.translate(_FOLD) if _FOLDED.search(lowered) else lowered


def corpus(s: Session, url: str, terms: list[str]) -> tuple[int, float, dict[str, int]]:
    """(rows in the keyword index, average terms per row, rows holding each term). A term's count is kept while
    chunks are only added (the new chunks holding it are counted and added), and counted again after a chunk was
    deleted or rewritten."""
    records = {int(i): bytes(block or b"") for i, block in s.execute(_RECORDS).all()}
    numbers = _varints(records.get(1, b""))
    rows, tokens = (numbers[0], sum(numbers[1:])) if numbers else (0, 0)
    key = records.get(1, b"") + b"|" + records.get(10, b"")
    with _lock:
        state = _stats.get(url)
    if state is None or state.key != key:
        state = _follow(s, state, key, rows)
        with _lock:
            _stats[url] = state
    holding = {t: _holding(s, state, t) for t in terms}
    return rows, (tokens / rows if rows else 0.0), holding


def _follow(s: Session, old: _Counts | None, key: bytes, rows: int) -> _Counts:
    """The counts for the index as `s` sees it: the old ones kept when it has only gained chunks since (no edit,
    and its rows grew by exactly the chunks above the old newest id)."""
    edits = int(s.execute(_EDITS).scalar() or 0)
    newest = int(s.execute(_NEWEST).scalar() or 0)
    state = _Counts(key, edits, newest, rows)
    if old is not None and old.edits == edits and old.newest <= newest:
        added = int(s.execute(_ADDED, {"after": old.newest}).scalar() or 0)
        if old.rows + added == rows:
            state.holding = old.holding  # each entry says up to which chunk it counted
    return state


def _holding(s: Session, state: _Counts, term: str) -> int:
    """Rows holding the term: kept, kept plus the newer chunks holding it, or counted whole."""
    with _lock:
        count, upto = state.holding.get(term, (0, -1))
    if upto == state.newest:
        return count
    if 0 <= upto < state.newest:
        count += int(s.execute(_HOLDING_AFTER, {"q": f'"{term}"', "after": upto}).scalar() or 0)
    else:
        count = _rows_holding(s, term)
    with _lock:
        state.holding[term] = (count, state.newest)
    return count


def _rows_holding(s: Session, term: str) -> int:
    """How many rows of the keyword index hold this term (FTS5's count, as `bm25()` takes it)."""
    folded = fold(term)
    if _ONE_TOKEN.fullmatch(folded):
        return int(s.execute(_VOCAB_ROWS, {"t": folded}).scalar() or 0)
    return int(s.execute(_ROWS_HOLDING, {"q": f'"{term}"'}).scalar() or 0)


def rank(rows: list[Any], terms: list[str], stats: tuple[int, float, dict[str, int]], n: int) -> list[Any]:
    """(id, score) of the n best of these (id, stored terms) rows, best (lowest) first: FTS5's bm25 (negated,
    as `bm25()` returns it); equal scores oldest first, as the ranking SQL gave them."""
    total, average, holding = stats
    phrases = []  # (the term as FTS5 compares it, its idf), one per query term as FTS5 has one per phrase
    for term in terms:
        value = math.log((total - holding[term] + 0.5) / (holding[term] + 0.5)) if total else 0.0
        phrases.append((fold(term), value if value > 0 else 1e-6))
    scored = []
    slope = K1 * B / average if average else 0.0  # the length's part of bm25's norm, per token
    base = K1 * (1 - B) if average else K1
    for chunk_id, stored in rows:
        tokens = fold(stored or "").split()
        norm = base + slope * len(tokens)
        score = 0.0
        for term, idf in phrases:
            freq = tokens.count(term)
            if freq:
                score += idf * freq * (K1 + 1.0) / (freq + norm)
        scored.append((chunk_id, -score))
    scored.sort(key=lambda row: (row[1], row[0]))
    return scored[:n]
