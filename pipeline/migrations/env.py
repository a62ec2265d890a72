"""Alembic environment: the URL comes from Mirano's settings (or the caller's config), metadata from the models."""

from __future__ import annotations

from alembic import context

from pipeline.db import get_engine
from pipeline.models import Base, checks, erasure, memory, notices, people  # noqa: F401 — every table on Base.metadata

config = context.config


def run_migrations() -> None:
    url = config.get_main_option("sqlalchemy.url")
    engine = get_engine(url or None)
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run_migrations()
