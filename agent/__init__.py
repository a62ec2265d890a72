"""LangGraph assistant: explains what Mirano is doing and why, through read-only tools over the service layer.

import agent
agent.ask("What is the status of ingest.chatwoot?", thread_id="t1")  # → {"answer", "mode", "cited", ...}
for chunk in agent.stream("А объявления?", thread_id="t1"): ...
for step in agent.steps("Why was check 3 fast?", thread_id="t1"): ...  # tool calls, then the answer
"""

from agent.assistant import active_mode, ask, steps, stream, words

__all__ = ["active_mode", "ask", "steps", "stream", "words"]
