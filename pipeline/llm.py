"""When the online model does not answer: the reason in words, so the caller answers offline and says why.

`mirano ask`, the Assistant page and extraction all use the online model only when OPENAI_API_KEY is set; an
endpoint that refuses connections, times out or answers 5xx (or refuses the key) is not a crash but a reason:
"the online model did not answer: connection refused; answered offline".
"""

from __future__ import annotations

from pipeline.config import get_settings

FALLBACK = "the online model did not answer: {why}; answered offline"


def unavailable_reason(exc: BaseException) -> str | None:
    """Why the online model gave no answer, in a few words; None for errors that are not about reaching it."""
    try:
        import openai
    except ImportError:  # pragma: no cover — the online model needs it installed
        return None
    import httpx

    if isinstance(exc, openai.APITimeoutError | httpx.TimeoutException):
        return f"no answer within {get_settings().llm_timeout_seconds:g} s"
    if isinstance(exc, openai.APIConnectionError | httpx.TransportError):
        cause = f"{exc} {exc.__cause__ or ''} {getattr(exc.__cause__, '__cause__', '') or ''}".lower()
        return "connection refused" if "refused" in cause else "could not connect"
    if isinstance(exc, openai.APIStatusError):
        status = exc.status_code
        if status in (401, 403):
            return f"HTTP {status}: the key was refused (check OPENAI_API_KEY)"
        if status == 429:
            return "HTTP 429: rate limited"
        if status >= 500:
            return f"HTTP {status}"
        return f"HTTP {status}"
    return None


def fallback_reason(exc: BaseException) -> str | None:
    """The whole stated reason ("…; answered offline"), or None when the error is not the model being down."""
    why = unavailable_reason(exc)
    return None if why is None else FALLBACK.format(why=why)
