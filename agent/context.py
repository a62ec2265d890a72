"""Runtime configuration of the assistant: which model answers (offline or online) and where threads are kept."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from langchain_core.language_models import BaseChatModel

from pipeline.config import get_settings

Mode = Literal["offline", "online"]


@dataclass(frozen=True)
class Context:
    """Read once per question from the environment (`OPENAI_API_KEY`, `OPENAI_BASE_URL`, `MIRANO_LLM_MODEL`)."""

    mode: Mode = "offline"
    model: str = "deterministic offline model"
    base_url: str | None = None
    max_tool_rounds: int = 4

    @property
    def label(self) -> str:
        """What the UI and the CLI show as the active mode."""
        if self.mode == "offline":
            return "offline (deterministic model, no LLM)"
        return f"online ({self.model}{' at ' + self.base_url if self.base_url else ''})"


def load_context() -> Context:
    """Online when an OpenAI key is set; otherwise the deterministic offline model."""
    settings = get_settings()
    if not settings.llm_online:
        return Context()
    return Context(mode="online", model=settings.llm_model, base_url=settings.openai_base_url)


def threads_path() -> Path:
    """The assistant's own SQLite file for conversation threads (never the main database)."""
    data_dir = get_settings().data_dir
    data_dir.mkdir(parents=True, exist_ok=True)
    return (data_dir / "assistant.db").resolve()


def chat_model(context: Context) -> BaseChatModel:
    """The model for this context: ChatOpenAI with the configured key, or the offline deterministic model."""
    if context.mode == "offline":
        from agent.offline import OfflineChatModel

        return OfflineChatModel()
    from langchain_openai import ChatOpenAI

    settings = get_settings()
    return ChatOpenAI(
        model=context.model,
        base_url=context.base_url,
        api_key=settings.openai_api_key,
        temperature=0,
        timeout=settings.llm_timeout_seconds,
        max_retries=1,
    )
