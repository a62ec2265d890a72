"""One demo data set per test session, built by the real services over the demo servers (as `make run` does).

Building it takes a few seconds (sync, embed, extract, digest, three property checks), so the question-set tests
share it: each test points the data dir at the same SQLite file and sees the same clock.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

LENINSKY = "г. Москва, Ленинский проспект, д. 90"
TVERSKAYA = "г. Москва, ул. Тверская, д. 1"
JOBS_IN_ORDER = (
    "ingest.chatwoot",
    "ingest.linear",
    "ingest.attio",
    "memory.build",
    "memory.extract",
    "memory.digest",
    "memory.suggest",
)


@contextmanager
def environment(values: dict[str, str | None]) -> Iterator[None]:
    """Set (or unset, with None) environment variables for the block, restoring them after."""
    from pipeline.config import reset_settings

    saved = {name: os.environ.get(name) for name in values}
    for name, value in values.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
    reset_settings()
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        reset_settings()


def build(data_dir: Path) -> dict[str, Any]:
    """The demo as a user sees it after a while: synced and built memory, a skipped Linear sync with its
    reason, a second run of every ingestion with nothing new, and three checks of one address (A fetched
    everything, B reused it, C three days later reuses what is fresh and is still fetching listings; A and C
    have frozen report snapshots) plus one check of another address. Watches: the project alfa-stroy (its risks
    noticed and read) and Tverskaya, whose re-check three days on found a cheaper listing (an unread notice)."""
    from pipeline.db import dispose_engines, session_scope
    from pipeline.demo import start_demo_server
    from pipeline.engine import clock
    from pipeline.memory import store
    from pipeline.memory.demo import seed_demo
    from pipeline.migrate import upgrade
    from pipeline.models.base import utcnow
    from pipeline.notices.watches import note_project_changes
    from pipeline.service import checks, notices
    from pipeline.service import engine as service

    server = start_demo_server(0)
    base = {
        "MIRANO_DATA_DIR": str(data_dir),
        "MIRANO_EMBEDDER": "hash",
        "MIRANO_PRICE_EMBEDDING": "0.00002",  # priced like a paid embedder, so the cost questions have figures
        "MIRANO_DEMO_URL": server.url,
        "MIRANO_SOURCE_POLL_SECONDS": "0.01",
        "MIRANO_SOURCE_RATE_PER_SECOND": "0",
        "MIRANO_SOURCE_TIMEOUT_SECONDS": "5",
    }
    ids: dict[str, Any] = {}
    try:
        with environment(base):
            upgrade()
            store.forget_indexes()
            with session_scope() as s:
                seed_demo(s)
            notices.watch("alfa-stroy")
            for job in JOBS_IN_ORDER:
                service.run_now(job, trigger="schedule", wait=True)
            with session_scope() as s:  # what notices.projects does: alfa-stroy's new risks, told once
                ids["notice_project"] = note_project_changes(s)[0].id
            notices.mark_read()  # the reader looked at it
            ids["a"] = checks.wait_for(checks.start_check(LENINSKY, "full")["id"], timeout=60)["id"]
            # the shareholder's court case by its number: its year moves with the demo's calendar
            ids["case_ivanova"] = next(
                f["key"]
                for f in checks.get_check(ids["a"])["facts"]
                if f["type"] == "court_case" and "Иванова" in str(f["value"].get("plaintiff"))
            )
            ids["b"] = checks.start_check("Москва, Ленинский пр-т, дом 90", "full")["id"]
            ids["t"] = checks.wait_for(checks.start_check(TVERSKAYA, "basic")["id"], timeout=60)["id"]
            notices.watch(TVERSKAYA)
            ids["snapshot_a"] = checks.finalize(ids["a"])["id"]
            # Noon, three days on: listings (2 days) are stale, the other sources fresh, and "today" never
            # crosses midnight while the tests run.
            later = (
                (utcnow() + timedelta(days=3))
                .astimezone()
                .replace(hour=12, minute=0, second=0, microsecond=0)
            )
            clock.set_clock(lambda: later)
            ids["notice_t"] = cheaper_listing_recheck(ids["t"])
            ids["c"] = checks.start_check(LENINSKY, "full")["id"]
            ids["snapshot_c"] = checks.finalize(ids["c"])["id"]
            ids["chatwoot_again"] = service.run_now("ingest.chatwoot", trigger="button", wait=True)["run_id"]
            with environment({"LINEAR_API_URL": server.url + "/linear/graphql", "LINEAR_API_KEY": None}):
                ids["linear_skip"] = service.run_now("ingest.linear", trigger="schedule", wait=True)["run_id"]
            ids["attio_again"] = service.run_now("ingest.attio", trigger="schedule", wait=True)["run_id"]
            ids["build_again"] = service.run_now("memory.build", trigger="schedule", wait=True)["run_id"]
            clock.set_clock(None)
            ids["now"] = later + timedelta(minutes=1)
            ids["runs"] = {r["id"]: r for r in service.list_runs(None, 100)}
            ids["irina_latest"] = newest_message_day(server, "Ирина Соколова")
            ids["digest_week_ru"] = digest_week_ru(ids["runs"])
            store.forget_indexes()
            dispose_engines()
    finally:
        server.stop()
    return ids


def newest_message_day(server: Any, author: str) -> str:
    """The local day of an author's newest message as the demo Chatwoot server holds it (what the assistant
    should name as "latest"), computed from the server's own data, not from the product's."""
    messages = server.apps["/chatwoot"].messages_by_id.values()
    newest = max(m["created_at"] for m in messages if m.get("sender", {}).get("name") == author)
    return datetime.fromtimestamp(newest).astimezone().strftime("%Y-%m-%d")


RU_MONTH_STEMS = ("янв", "февр", "мар", "апр", "ма", "июн", "июл", "авг", "сент", "окт", "нояб", "дек")


def digest_week_ru(runs: dict[int, dict[str, Any]]) -> str:
    """A pattern for the Russian "week of" day of the digest the demo wrote: the Monday (UTC, as digests are
    weekly) of the moment its run started, as a day and the Russian month ("0?3 янв")."""
    started = min(r["started_at"] for r in runs.values() if r["job"] == "memory.digest")
    moment = datetime.fromisoformat(started).astimezone(UTC)
    monday = (moment - timedelta(days=moment.weekday())).date()
    return f"0?{monday.day} {RU_MONTH_STEMS[monday.month - 1]}"


def cheaper_listing_recheck(check_id: int) -> int:
    """Tverskaya's listing is now far cheaper at the demo source; a re-check of what is stale (its listings) finds
    it, and the watch on Tverskaya records a notice. Returns the notice's id."""
    from pipeline.demo import property_data
    from pipeline.service import checks, notices

    key = property_data.read_request(TVERSKAYA)[0]
    saved = property_data.BY_KEY[key]
    cheap = {**saved["listings"][0], "price": saved["listings"][0]["price"] // 3}
    property_data.BY_KEY[key] = {**saved, "listings": [cheap]}
    try:
        checks.wait_for(checks.recheck_now(check_id, force=False)["job_id"], timeout=60)
    finally:
        property_data.BY_KEY[key] = saved
    return notices.list_notices(unread=True)[0]["id"]


def frozen_clock(moment: datetime) -> None:
    """Time as the data set was built for: a minute after the last runs, three days after the first checks."""
    from pipeline.engine import clock

    clock.set_clock(lambda: moment)
