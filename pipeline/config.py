"""All configuration in one place: defaults from the design, every value overridable by environment."""

from __future__ import annotations

from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from pipeline.engine.exceptions import BadInput

DEMO_PORT = 8765
OPENAI_EMBEDDING_PRICE = 0.00002  # USD per embedded chunk (text-embedding-3-small, ~1,000 tokens)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="", extra="ignore", populate_by_name=True)

    data_dir: Path = Field(default=Path("data"), alias="MIRANO_DATA_DIR")
    database_url: str | None = Field(default=None, alias="MIRANO_DATABASE_URL")
    # SQLite durability: NORMAL (WAL synced at checkpoints; a power cut can lose the last commits, never corrupt)
    # or FULL (a disk sync per commit).
    sqlite_synchronous: Literal["NORMAL", "FULL"] = Field(default="NORMAL", alias="MIRANO_SQLITE_SYNCHRONOUS")

    # Vendors: unset means "bundled demo server".
    chatwoot_base_url: str | None = Field(default=None, alias="CHATWOOT_BASE_URL")
    chatwoot_api_token: str | None = Field(default=None, alias="CHATWOOT_API_TOKEN")
    chatwoot_account_id: int = Field(default=1, ge=1, alias="CHATWOOT_ACCOUNT_ID")
    linear_api_url: str | None = Field(default=None, alias="LINEAR_API_URL")
    linear_api_key: str | None = Field(default=None, alias="LINEAR_API_KEY")
    attio_base_url: str | None = Field(default=None, alias="ATTIO_BASE_URL")
    attio_api_key: str | None = Field(default=None, alias="ATTIO_API_KEY")
    sources_url: str | None = Field(default=None, alias="MIRANO_SOURCES_URL")
    proxies: str = Field(default="direct", alias="MIRANO_PROXIES")
    demo_url: str = Field(default=f"http://127.0.0.1:{DEMO_PORT}", alias="MIRANO_DEMO_URL")
    # A demo server that a short command (`mirano run`) started in a process of its own stops after this long
    # without a request; long-lived processes (the dashboard) host theirs for as long as they run.
    demo_idle_seconds: float = Field(default=300.0, gt=0, alias="MIRANO_DEMO_IDLE_SECONDS")

    openai_api_key: str | None = Field(default=None, alias="OPENAI_API_KEY")
    openai_base_url: str | None = Field(default=None, alias="OPENAI_BASE_URL")
    llm_model: str = Field(default="gpt-4o-mini", alias="MIRANO_LLM_MODEL")
    # How long one online model call may take before the assistant and extraction answer offline instead.
    llm_timeout_seconds: float = Field(default=30.0, gt=0, alias="MIRANO_LLM_TIMEOUT_SECONDS")
    embedder: str = Field(default="local", alias="MIRANO_EMBEDDER")
    # The assistant: below this confidence a question is "not understood" (it offers the closest things it can
    # answer instead of guessing); memory search hits below this similarity (and without a keyword match) are
    # left out of answers.
    assistant_intent_floor: float = Field(default=0.5, ge=0, le=1, alias="MIRANO_ASSISTANT_INTENT_FLOOR")
    assistant_search_floor: float = Field(default=0.3, ge=0, le=1, alias="MIRANO_ASSISTANT_SEARCH_FLOOR")
    # The dashboard's memory search shows a hit only if its words match or its meaning is at least this close
    # (cosine); below it the search says "no matches" instead of padding the list with unrelated text.
    memory_search_floor: float = Field(default=0.3, ge=0, le=1, alias="MIRANO_MEMORY_SEARCH_FLOOR")
    # Project memory: the OpenAI embedding model and how many chunks go to the LLM extractor per call.
    embedding_model: str = Field(default="text-embedding-3-small", alias="MIRANO_EMBEDDING_MODEL")
    extract_batch_size: int = Field(default=8, ge=1, alias="MIRANO_EXTRACT_BATCH_SIZE")
    # Project memory: the confidence gate, chunk sizes, embedding batches, vendor paging and how long a run may
    # wait in place for a vendor's Retry-After (longer waits fail the run and the engine backs off).
    memory_confidence_threshold: float = Field(
        default=0.7, ge=0, le=1, alias="MIRANO_MEMORY_CONFIDENCE_THRESHOLD"
    )
    memory_chunk_words: int = Field(default=120, ge=1, alias="MIRANO_MEMORY_CHUNK_WORDS")
    memory_chunk_overlap: int = Field(default=20, ge=0, alias="MIRANO_MEMORY_CHUNK_OVERLAP")
    # Texts per embedding call: enough to keep every lane of the local model busy; a batch that fails is retried
    # text by text so only the failing chunk is skipped.
    memory_embed_batch: int = Field(default=256, ge=1, alias="MIRANO_MEMORY_EMBED_BATCH")
    # Past this many chunks, search scans the nearest share of IVF lists instead of every vector (recall@10 and
    # latency measured by bench/search.py).
    memory_ann_min_chunks: int = Field(default=20_000, ge=0, alias="MIRANO_MEMORY_ANN_MIN_CHUNKS")
    memory_ann_probe_share: float = Field(default=0.125, ge=0, le=1, alias="MIRANO_MEMORY_ANN_PROBE_SHARE")
    # On PostgreSQL with pgvector, chunk vectors live in the database ("auto"); "faiss" keeps the FAISS files there
    # too. ef_search is how many candidates an HNSW search keeps: recall@10 against latency (bench/search.py).
    memory_vector_store: Literal["auto", "faiss"] = Field(default="auto", alias="MIRANO_MEMORY_VECTOR_STORE")
    memory_hnsw_ef_search: int = Field(default=200, ge=1, le=1000, alias="MIRANO_MEMORY_HNSW_EF_SEARCH")
    # SQLite keyword search ranks (bm25) only the newest this many chunks that match: words in a third of a large
    # corpus would otherwise rank tens of thousands of rows per search; FAISS still covers every chunk.
    memory_keyword_window: int = Field(default=2_000, ge=1, alias="MIRANO_MEMORY_KEYWORD_WINDOW")
    vendor_page_size: int = Field(default=50, ge=1, alias="MIRANO_VENDOR_PAGE_SIZE")
    vendor_timeout_seconds: float = Field(default=15.0, gt=0, alias="MIRANO_VENDOR_TIMEOUT_SECONDS")
    vendor_max_wait_seconds: float = Field(default=10.0, ge=0, alias="MIRANO_VENDOR_MAX_WAIT_SECONDS")
    # Linear: the points one query may cost (Linear refuses above 10,000; half leaves room for its estimate to
    # differ from ours), comments read with each issue and per extra page, and below how many remaining
    # requests a sync spreads its calls over the time left to the reset.
    linear_complexity_budget: float = Field(default=5_000, alias="MIRANO_LINEAR_COMPLEXITY_BUDGET")
    linear_comments_per_issue: int = Field(default=20, alias="MIRANO_LINEAR_COMMENTS_PER_ISSUE")
    linear_comments_page: int = Field(default=100, ge=1, alias="MIRANO_LINEAR_COMMENTS_PAGE")
    linear_pacing_floor: int = Field(default=20, ge=0, alias="MIRANO_LINEAR_PACING_FLOOR")
    # Chatwoot: edits do not move a conversation's last activity, so every sync re-reads the messages of the
    # conversations active in the last N hours (at most M per binding); webhooks (message_created,
    # message_updated, conversation_updated) posted to http://HOST:PORT/webhooks/chatwoot start a sync of the
    # conversations they name within seconds. Port 0 turns the endpoint off.
    chatwoot_rescan_hours: float = Field(default=168.0, gt=0, alias="MIRANO_CHATWOOT_RESCAN_HOURS")
    chatwoot_rescan_limit: int = Field(default=50, ge=1, alias="MIRANO_CHATWOOT_RESCAN_LIMIT")
    webhook_host: str = Field(default="127.0.0.1", alias="MIRANO_WEBHOOK_HOST")
    webhook_port: int = Field(default=8766, ge=0, le=65535, alias="MIRANO_WEBHOOK_PORT")
    webhook_token: str | None = Field(default=None, alias="MIRANO_WEBHOOK_TOKEN")  # loopback-only fall-back
    # Chatwoot's webhook secret: deliveries must carry X-Chatwoot-Signature (HMAC-SHA256 of "{timestamp}.{body}")
    # with a timestamp within the tolerance; required when the endpoint listens off loopback. A burst of events
    # within the coalescing window becomes one sync of the conversations they name.
    webhook_secret: str | None = Field(default=None, alias="MIRANO_WEBHOOK_SECRET")
    webhook_tolerance_seconds: float = Field(default=300.0, gt=0, alias="MIRANO_WEBHOOK_TOLERANCE_SECONDS")
    webhook_coalesce_seconds: float = Field(default=2.0, ge=0, alias="MIRANO_WEBHOOK_COALESCE_SECONDS")
    webhook_max_bytes: int = Field(default=1_000_000, ge=1, alias="MIRANO_WEBHOOK_MAX_BYTES")
    webhook_read_timeout_seconds: float = Field(
        default=10.0, gt=0, alias="MIRANO_WEBHOOK_READ_TIMEOUT_SECONDS"
    )
    # Attio: GET /v2/notes takes at most 50 a page.
    attio_notes_page: int = Field(default=50, ge=1, alias="MIRANO_ATTIO_NOTES_PAGE")

    # Engine
    # A write transaction held longer than this is logged with the code that held it (SQLite has one writer).
    slow_write_seconds: float = Field(default=1.0, gt=0, alias="MIRANO_SLOW_WRITE_SECONDS")
    lease_seconds: float = Field(default=30.0, gt=0, alias="MIRANO_LEASE_SECONDS")
    # Shared state is compared in the database's time; a process whose own clock is further off than this says so
    # (at start and on the dashboard) and does not take the scheduler's leader lease.
    clock_skew_seconds: float = Field(default=5.0, gt=0, alias="MIRANO_CLOCK_SKEW_SECONDS")
    heartbeat_seconds: float = Field(default=5.0, gt=0, alias="MIRANO_HEARTBEAT_SECONDS")
    scheduler_tick_seconds: float = Field(default=15.0, gt=0, alias="MIRANO_SCHEDULER_TICK_SECONDS")
    backoff_base_seconds: float = Field(default=60.0, gt=0, alias="MIRANO_BACKOFF_BASE_SECONDS")
    backoff_cap_seconds: float = Field(default=6 * 3600.0, gt=0, alias="MIRANO_BACKOFF_CAP_SECONDS")
    task_backoff_base_seconds: float = Field(default=1.0, gt=0, alias="MIRANO_TASK_BACKOFF_BASE_SECONDS")
    task_backoff_cap_seconds: float = Field(default=300.0, gt=0, alias="MIRANO_TASK_BACKOFF_CAP_SECONDS")
    task_max_attempts: int = Field(default=5, ge=1, alias="MIRANO_TASK_MAX_ATTEMPTS")
    # Daily budgets and "spent today" follow one business day for every process, wherever its machine is.
    business_timezone: str = Field(default="Europe/Moscow", alias="MIRANO_BUSINESS_TIMEZONE")
    economy_cadence_factor: float = Field(default=3.0, gt=0, alias="MIRANO_ECONOMY_CADENCE_FACTOR")
    economy_limit_factor: float = Field(default=0.25, gt=0, le=1, alias="MIRANO_ECONOMY_LIMIT_FACTOR")
    # Run control: events kept per run (the rest summarised), how often a run looks for a cancel request,
    # failures in a row that raise an alert, and the bounds of runtime overrides.
    run_events_cap: int = Field(default=200, ge=1, alias="MIRANO_RUN_EVENTS_CAP")
    cancel_poll_seconds: float = Field(default=0.25, gt=0, alias="MIRANO_CANCEL_POLL_SECONDS")
    alert_failures: int = Field(default=3, ge=1, alias="MIRANO_ALERT_FAILURES")
    # A job whose last success is older than this many of its (effective) cadences raises a stale alert.
    alert_stale_cadences: float = Field(default=4.0, gt=0, alias="MIRANO_ALERT_STALE_CADENCES")
    cadence_min_seconds: float = Field(default=60.0, gt=0, alias="MIRANO_CADENCE_MIN_SECONDS")
    cadence_max_seconds: float = Field(default=30 * 24 * 3600.0, gt=0, alias="MIRANO_CADENCE_MAX_SECONDS")
    limit_max: int = Field(default=100_000, ge=1, alias="MIRANO_LIMIT_MAX")
    # Dashboard language when the reader has not chosen one: "en", "ru", or unset to follow the browser.
    lang: str | None = Field(default=None, alias="MIRANO_LANG")

    # Approximate money per unit of each cost kind (USD); a configurable price table.
    # Unset: the OpenAI embedding price for MIRANO_EMBEDDER=openai, and $0 for the local and hash embedders, which
    # run on this machine (a configured price counts for any embedder).
    price_embedding: float | None = Field(default=None, ge=0, alias="MIRANO_PRICE_EMBEDDING")
    price_llm_call: float = Field(default=0.0, ge=0, alias="MIRANO_PRICE_LLM_CALL")
    price_token: float = Field(default=0.0000006, ge=0, alias="MIRANO_PRICE_TOKEN")
    price_source_call: float = Field(default=0.001, ge=0, alias="MIRANO_PRICE_SOURCE_CALL")

    # Property checks: TTL per source type (days), per-source concurrency, calls per second per (source, proxy),
    # HTTP timeout, the enforcement API's poll loop and how long a failing proxy rests.
    ttl_court_days: float = Field(default=14.0, gt=0, alias="MIRANO_TTL_COURT_DAYS")
    ttl_enforcement_days: float = Field(default=7.0, gt=0, alias="MIRANO_TTL_ENFORCEMENT_DAYS")
    ttl_listings_days: float = Field(default=2.0, gt=0, alias="MIRANO_TTL_LISTINGS_DAYS")
    ttl_reviews_days: float = Field(default=21.0, gt=0, alias="MIRANO_TTL_REVIEWS_DAYS")
    # TTL per source and level, where a source is asked about another subject than the property: a developer's
    # reviews and court cases (by INN) and a person's enforcement proceedings (by name and birth date); unset levels use the above.
    ttl_reviews_developer_days: float = Field(default=21.0, gt=0, alias="MIRANO_TTL_REVIEWS_DEVELOPER_DAYS")
    ttl_enforcement_person_days: float = Field(default=7.0, gt=0, alias="MIRANO_TTL_ENFORCEMENT_PERSON_DAYS")
    ttl_court_developer_days: float = Field(default=14.0, gt=0, alias="MIRANO_TTL_COURT_DEVELOPER_DAYS")
    # Reuse decided per subject (developer, person) across properties; off = per property only (the bench's baseline).
    reuse_subject_levels: bool = Field(default=True, alias="MIRANO_REUSE_SUBJECT_LEVELS")
    concurrency_court: int = Field(default=2, ge=1, alias="MIRANO_CONCURRENCY_COURT")
    concurrency_enforcement: int = Field(default=2, ge=1, alias="MIRANO_CONCURRENCY_ENFORCEMENT")
    concurrency_listings: int = Field(default=3, ge=1, alias="MIRANO_CONCURRENCY_LISTINGS")
    concurrency_reviews: int = Field(default=3, ge=1, alias="MIRANO_CONCURRENCY_REVIEWS")
    source_rate_per_second: float = Field(default=20.0, ge=0, alias="MIRANO_SOURCE_RATE_PER_SECOND")
    source_timeout_seconds: float = Field(default=10.0, gt=0, alias="MIRANO_SOURCE_TIMEOUT_SECONDS")
    source_poll_seconds: float = Field(default=0.2, gt=0, alias="MIRANO_SOURCE_POLL_SECONDS")
    source_poll_attempts: int = Field(default=25, ge=1, alias="MIRANO_SOURCE_POLL_ATTEMPTS")
    proxy_cooldown_seconds: float = Field(default=60.0, ge=0, alias="MIRANO_PROXY_COOLDOWN_SECONDS")

    # Priority by value (pipeline/checks/priority.py): the weight of each reason a task exists, highest first, and
    # how fast waiting raises a task's standing. A task stays behind newer work of higher weight for at most
    # (weight difference x aging minutes): with these defaults a prefetch task waits behind newly arriving paid work
    # for at most 40 x 6 min = 4 h; after that it is ahead of anything that arrives later.
    priority_paid: int = Field(default=50, alias="MIRANO_PRIORITY_PAID")
    priority_waiting: int = Field(default=40, alias="MIRANO_PRIORITY_WAITING")
    priority_key_recheck: int = Field(default=30, alias="MIRANO_PRIORITY_KEY_RECHECK")
    priority_popular: int = Field(default=20, alias="MIRANO_PRIORITY_POPULAR")
    priority_prefetch: int = Field(default=10, alias="MIRANO_PRIORITY_PREFETCH")
    priority_aging_minutes: float = Field(default=6.0, gt=0, alias="MIRANO_PRIORITY_AGING_MINUTES")
    # Prefetch of popular objects (pipeline/checks/prefetch.py): a property checked at least N times in the last
    # D days is popular; its sources are re-fetched when their facts expire within the lead time (a share of the
    # source's TTL, at most the cap: long enough for several prefetch runs, short enough that little TTL is thrown
    # away; bench/prefetch.py measured 0.15/12 h at 1.20x the calls, 0.05/6 h at 1.15x, both 99 % fresh), at most
    # BUDGET prefetch tasks per UTC day; paused in economy mode.
    prefetch_min_checks: int = Field(default=3, ge=0, alias="MIRANO_PREFETCH_MIN_CHECKS")
    prefetch_window_days: float = Field(default=7.0, gt=0, alias="MIRANO_PREFETCH_WINDOW_DAYS")
    prefetch_lead_share: float = Field(default=0.05, ge=0, le=1, alias="MIRANO_PREFETCH_LEAD_SHARE")
    prefetch_lead_max_hours: float = Field(default=6.0, gt=0, alias="MIRANO_PREFETCH_LEAD_MAX_HOURS")
    prefetch_daily_budget: int = Field(default=500, ge=0, alias="MIRANO_PREFETCH_DAILY_BUDGET")
    prefetch_cadence_minutes: float = Field(default=30.0, gt=0, alias="MIRANO_PREFETCH_CADENCE_MINUTES")
    # Change notices (pipeline/notices/): channels are on when configured. The webhook body is signed with
    # HMAC-SHA256 (header X-Mirano-Signature: sha256=<hex>); failed deliveries retry with capped backoff.
    notice_webhook_url: str | None = Field(default=None, alias="MIRANO_NOTICE_WEBHOOK_URL")
    notice_webhook_secret: str = Field(default="", alias="MIRANO_NOTICE_WEBHOOK_SECRET")
    notice_smtp_host: str | None = Field(default=None, alias="MIRANO_NOTICE_SMTP_HOST")
    notice_smtp_port: int = Field(default=25, ge=1, le=65535, alias="MIRANO_NOTICE_SMTP_PORT")
    notice_email_from: str = Field(default="mirano@localhost", alias="MIRANO_NOTICE_EMAIL_FROM")
    notice_email_to: str = Field(default="", alias="MIRANO_NOTICE_EMAIL_TO")
    notice_timeout_seconds: float = Field(default=10.0, gt=0, alias="MIRANO_NOTICE_TIMEOUT_SECONDS")
    notice_max_attempts: int = Field(default=8, ge=1, alias="MIRANO_NOTICE_MAX_ATTEMPTS")
    notice_backoff_base_seconds: float = Field(default=5.0, gt=0, alias="MIRANO_NOTICE_BACKOFF_BASE_SECONDS")
    notice_backoff_cap_seconds: float = Field(default=1800.0, gt=0, alias="MIRANO_NOTICE_BACKOFF_CAP_SECONDS")
    notice_lease_seconds: float = Field(default=60.0, gt=0, alias="MIRANO_NOTICE_LEASE_SECONDS")
    # How often `notices.deliver` looks at the outbox (each look is a run; one with nothing due is "skipped").
    notice_deliver_minutes: float = Field(default=2.0, gt=0, alias="MIRANO_NOTICE_DELIVER_MINUTES")

    @field_validator("demo_url")
    @classmethod
    def _demo_url(cls, value: str) -> str:
        return checked_url(value, port_required=True)

    @field_validator(
        "chatwoot_base_url",
        "linear_api_url",
        "attio_base_url",
        "sources_url",
        "openai_base_url",
        "notice_webhook_url",
    )
    @classmethod
    def _vendor_url(cls, value: str | None) -> str | None:
        return checked_url(value) if value else None

    @field_validator("business_timezone")
    @classmethod
    def _timezone(cls, value: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"{value!r} is not a time zone name (like Europe/Moscow or UTC)") from None
        return value

    @field_validator("data_dir")
    @classmethod
    def _data_dir(cls, value: Path) -> Path:
        if value.exists() and not value.is_dir():
            raise ValueError(f"{value} is a file, not a folder")
        return value

    @cached_property
    def resolved_database_url(self) -> str:  # cached: every transaction asks for it
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'mirano.db').resolve()}"

    # Where each external system is; an unset URL means the bundled demo server (labelled demo everywhere).
    def vendor_url(self, vendor: str) -> str:
        """Base URL of `sources`, `chatwoot`, `linear` (the GraphQL endpoint) or `attio` (without /v2)."""
        configured = {
            "sources": self.sources_url,
            "chatwoot": self.chatwoot_base_url,
            "linear": self.linear_api_url,
            "attio": self.attio_base_url,
        }[vendor]
        demo = {
            "sources": "/sources",
            "chatwoot": "/chatwoot",
            "linear": "/linear/graphql",
            "attio": "/attio",
        }
        return (configured or self.demo_url.rstrip("/") + demo[vendor]).rstrip("/")

    def is_demo(self, vendor: str) -> bool:
        return not {
            "sources": self.sources_url,
            "chatwoot": self.chatwoot_base_url,
            "linear": self.linear_api_url,
            "attio": self.attio_base_url,
        }[vendor]

    def vendor_key(self, vendor: str) -> str | None:
        """The credential for a vendor; demo servers accept the fixed key `demo`."""
        if self.is_demo(vendor):
            return "demo"
        return {
            "chatwoot": self.chatwoot_api_token,
            "linear": self.linear_api_key,
            "attio": self.attio_api_key,
        }.get(vendor, "none-needed")

    @property
    def llm_online(self) -> bool:
        return bool(self.openai_api_key)

    @property
    def embedding_price(self) -> float:
        if self.price_embedding is not None:
            return self.price_embedding
        return OPENAI_EMBEDDING_PRICE if self.embedder.strip().lower() == "openai" else 0.0

    def prices(self) -> dict[str, float]:
        return {
            "embeddings": self.embedding_price,
            "llm_calls": self.price_llm_call,
            "tokens": self.price_token,
            "source_calls": self.price_source_call,
        }


def checked_url(value: str, port_required: bool = False) -> str:
    """An http(s) URL with a host and, when given (or required), a port from 1 to 65535."""
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{value!r} is not an http:// or https:// URL with a host")
    try:
        port = parts.port
    except ValueError:
        port = -1
    if port is not None and not 1 <= port <= 65535:
        raise ValueError(f"{value!r}: the port must be from 1 to 65535")
    if port is None and port_required:
        raise ValueError(f"{value!r}: give the port explicitly (http://127.0.0.1:{DEMO_PORT})")
    return value.strip()


class SettingsError(BadInput):
    """A MIRANO_* (or vendor) variable with a value that cannot be used; `field` is the variable's name."""

    @classmethod
    def from_validation(cls, exc: ValidationError) -> SettingsError:
        """The first problem, as one line naming the variable and what it should be."""
        error = exc.errors()[0]
        name = str(error["loc"][0]) if error.get("loc") else "?"
        field = Settings.model_fields.get(name)
        variable = field.alias if field is not None and field.alias else name
        return cls(variable, _what_is_wrong(error))


def _number(value: Any) -> Any:
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _what_is_wrong(error: Any) -> str:
    """pydantic's error as a short rule with the value given ("must be at least 1 (got '0')")."""
    kind, context, given = error.get("type", ""), error.get("ctx") or {}, error.get("input")
    rules = {
        "greater_than": "must be greater than {gt}",
        "greater_than_equal": "must be at least {ge}",
        "less_than": "must be less than {lt}",
        "less_than_equal": "must be at most {le}",
        "literal_error": "must be one of {expected}",
    }
    if kind == "value_error":
        return str(context.get("error") or error.get("msg", "invalid"))
    if kind in rules:
        bounds = {k: _number(context.get(k, "?")) for k in ("gt", "ge", "lt", "le", "expected")}
        rule = rules[kind].format(**bounds)
    elif kind.endswith("_parsing") or kind.endswith("_type"):
        rule = {"int": "must be a whole number", "bool": "must be true or false"}.get(
            kind.split("_")[0], "must be a number"
        )
    else:
        rule = str(error.get("msg", "invalid")).lower()
    return f"{rule} (got {given!r})" if isinstance(given, str | int | float) else rule


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The settings, read once; an unusable value is a SettingsError naming its variable (never a traceback)."""
    try:
        return Settings()
    except ValidationError as exc:
        raise SettingsError.from_validation(exc) from None


def reset_settings() -> None:
    """Forget cached settings (tests change the environment between cases)."""
    get_settings.cache_clear()
