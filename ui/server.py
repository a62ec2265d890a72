"""What `mirano ui` serves: the dashboard (ui/app.py) as Streamlit's ASGI app, with a start-up hook.

The hook migrates the database and starts the runtime (scheduler, workers, demo server) when the server starts,
so scheduled jobs and queued tasks run from the moment `make run` is up, not from the first browser visit. The
pages get the very same cached resources (`ui.bootstrap`), so there is still one runtime per process.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import streamlit as st

from ui import bootstrap

log = logging.getLogger("mirano.ui")


@asynccontextmanager
async def lifespan(_app: Any) -> AsyncIterator[None]:
    try:
        await asyncio.to_thread(bootstrap.warm)
    except Exception as exc:  # noqa: BLE001 — the pages show the same problem in words
        log.warning("runtime not started at server start: %s", exc)
    yield
    await asyncio.to_thread(bootstrap.shutdown)


app = st.App(Path(__file__).resolve().parent / "app.py", lifespan=lifespan)
