"""keyword search on lemmas: memory_chunks.terms, the keyword index rebuilt over it, dedupe keys re-keyed

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-05 05:40:00

Memory search matched a query's words by prefix («смет»* found «сметана»), and extraction keyed statements on its
own 6-letter stems. Both now use `pipeline.text.lemmas.term` (pymorphy3 lemmas; a light English suffix rule):
each chunk's words are stored as terms in `memory_chunks.terms`, which the SQLite FTS5 table (rebuilt from the
stored chunks) and the PostgreSQL GIN index read. Stored entities' keys are rewritten from the old stems to terms
(each old stem replaced by the term of the word of the entity's quotes it came from), and entities that now share
a key are merged as migration 0009 merges them, so the next extraction finds them instead of adding duplicates.
Downgrade restores the text index; re-keyed keys stay (the old code's similarity rule still joins most of them).
"""

from __future__ import annotations

import importlib
import re
from collections import defaultdict
from typing import Any

import sqlalchemy as sa
from alembic import op

from pipeline import dialect
from pipeline.text.lemmas import TOKEN, index_text, term

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

PG_OLD_INDEX = "ix_memory_chunks_text_tsv"
PG_INDEX = "ix_memory_chunks_terms_tsv"  # serves pipeline.memory.search.keyword_hits on PostgreSQL
BATCH = 2000

CHUNKS = sa.table("memory_chunks", sa.column("id", sa.Integer), sa.column("text", sa.Text))
ENTITIES = sa.table(
    "memory_entities",
    sa.column("id", sa.Integer),
    sa.column("project_id", sa.Integer),
    sa.column("kind", sa.String),
    sa.column("subtype", sa.String),
    sa.column("tags", sa.JSON),
    sa.column("key", sa.String),
    sa.column("text", sa.Text),
    sa.column("confidence", sa.Float),
    sa.column("status_by", sa.String),
    sa.column("seen_count", sa.Integer),
    sa.column("first_seen_at", sa.DateTime),
    sa.column("last_seen_at", sa.DateTime),
)
LINKS = sa.table("memory_entity_chunks", sa.column("entity_id", sa.Integer), sa.column("quote", sa.Text))


def _fts(column: str) -> tuple[str, ...]:
    """The FTS5 table over one column of memory_chunks and its delete/update triggers (inserts: in bulk, 0004)."""
    return (
        "CREATE VIRTUAL TABLE memory_chunks_fts USING fts5("
        f"{column}, content='memory_chunks', content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
        "CREATE TRIGGER memory_chunks_fts_ad AFTER DELETE ON memory_chunks BEGIN "
        f"INSERT INTO memory_chunks_fts(memory_chunks_fts, rowid, {column}) VALUES ('delete', old.id, old.{column});"
        " END",
        f"CREATE TRIGGER memory_chunks_fts_au AFTER UPDATE OF {column} ON memory_chunks BEGIN "
        f"INSERT INTO memory_chunks_fts(memory_chunks_fts, rowid, {column}) VALUES ('delete', old.id, old.{column});"
        f" INSERT INTO memory_chunks_fts(rowid, {column}) VALUES (new.id, new.{column}); END",
        "INSERT INTO memory_chunks_fts(memory_chunks_fts) VALUES ('rebuild')",
    )


FTS_DROPS = (
    "DROP TRIGGER IF EXISTS memory_chunks_fts_au",
    "DROP TRIGGER IF EXISTS memory_chunks_fts_ad",
    "DROP TRIGGER IF EXISTS memory_chunks_fts_ai",
    "DROP TABLE IF EXISTS memory_chunks_fts",
)


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = dialect.on_sqlite(bind)
    if sqlite:
        for statement in FTS_DROPS:  # before the column: the old triggers name memory_chunks' columns
            op.execute(statement)
    # plain ALTER: a batch table copy would drop the FTS triggers on memory_chunks
    op.execute("ALTER TABLE memory_chunks ADD COLUMN terms TEXT NOT NULL DEFAULT ''")
    _fill_terms(bind)
    if sqlite:
        for statement in _fts("terms"):
            op.execute(statement)
    else:
        op.execute(f"DROP INDEX IF EXISTS {PG_OLD_INDEX}")
        op.execute(f"CREATE INDEX {PG_INDEX} ON memory_chunks USING gin (to_tsvector('simple', terms))")
    rekey_entities(bind)


def downgrade() -> None:
    if dialect.on_sqlite(op.get_bind()):
        for statement in FTS_DROPS:
            op.execute(statement)
        op.execute("ALTER TABLE memory_chunks DROP COLUMN terms")
        for statement in _fts("text"):
            op.execute(statement)
    else:
        op.execute(f"DROP INDEX IF EXISTS {PG_INDEX}")
        op.execute("ALTER TABLE memory_chunks DROP COLUMN terms")
        op.execute(f"CREATE INDEX {PG_OLD_INDEX} ON memory_chunks USING gin (to_tsvector('simple', text))")


def _fill_terms(bind: Any) -> None:
    """Every stored chunk's terms, in batches by id."""
    last = 0
    while True:
        rows = bind.execute(
            sa.select(CHUNKS.c.id, CHUNKS.c.text).where(CHUNKS.c.id > last).order_by(CHUNKS.c.id).limit(BATCH)
        ).all()
        if not rows:
            return
        bind.execute(
            sa.text("UPDATE memory_chunks SET terms = :terms WHERE id = :id"),
            [{"id": chunk_id, "terms": index_text(text or "")} for chunk_id, text in rows],
        )
        last = rows[-1][0]


# -- dedupe keys ---------------------------------------------------------------------------------------------
_FOLD = str.maketrans({"ё": "е", "Ё": "Е", "’": "'", "‘": "'", "ʼ": "'"})
_OLD_RU_ENDINGS = sorted(
    [
        "ами",
        "ями",
        "ого",
        "его",
        "ому",
        "ему",
        "ыми",
        "ими",
        "ах",
        "ях",
        "ов",
        "ев",
        "ей",
        "ой",
        "ый",
        "ий",
        "ая",
        "яя",
        "ое",
        "ее",
        "ые",
        "ие",
        "ую",
        "юю",
        "ом",
        "ем",
        "ам",
        "ям",
        "ы",
        "и",
        "а",
        "я",
        "о",
        "е",
        "у",
        "ю",
        "ь",
        "й",
    ],
    key=len,
    reverse=True,
)
_OLD_EN_SUFFIXES = ("ing", "ed", "es", "s")


def old_stem(word: str) -> str:
    """The stem extraction keyed on before 0022 (pipeline.memory.extraction_rules.stem, copied: frozen here)."""
    word = word.translate(_FOLD).lower()
    endings = _OLD_RU_ENDINGS if re.search("[а-я]", word) else _OLD_EN_SUFFIXES
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            break
    return word[:6]


def new_key(key: str, texts: list[str]) -> str:
    """The key with each old stem replaced by the term of a word of these texts that it was cut from (a stem no
    word explains stays as it is)."""
    kind, subtype, stems = (key.split(":", 2) + ["", ""])[:3]
    terms: dict[str, str] = {}
    for text in texts:
        for token in TOKEN.findall((text or "").translate(_FOLD)):
            terms.setdefault(old_stem(token), term(token))
    rewritten = sorted({terms.get(stem, stem) for stem in stems.split()})
    return f"{kind}:{subtype}:{' '.join(rewritten)}"


def rekey_entities(bind: Any) -> None:
    """Every entity's key in terms; entities of one project and kind that now share a key merged into one."""
    rows = [dict(r._mapping) for r in bind.execute(sa.select(ENTITIES).order_by(ENTITIES.c.id))]
    if not rows:
        return
    quotes: dict[int, list[str]] = defaultdict(list)
    for entity_id, quote in bind.execute(sa.select(LINKS.c.entity_id, LINKS.c.quote)):
        quotes[entity_id].append(quote)
    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        row["new_key"] = new_key(row["key"], [row["text"], *quotes[row["id"]]])
        groups[(row["project_id"], row["kind"], row["new_key"])].append(row)
    merge = importlib.import_module("pipeline.migrations.versions.0009_one_entity_per_statement").merge
    kept = []
    for group in groups.values():
        if len(group) > 1:
            merge(bind, group)  # keeps the one a person decided on, else the most confident
            group = [max(group, key=lambda r: (r["status_by"] != "gate", r["confidence"], -r["id"]))]
        kept += group
    for row in kept:  # through a unique placeholder: a new key may be another row's old one
        bind.execute(ENTITIES.update().where(ENTITIES.c.id == row["id"]).values(key=f"rekey:{row['id']}"))
    for row in kept:
        bind.execute(ENTITIES.update().where(ENTITIES.c.id == row["id"]).values(key=row["new_key"]))
