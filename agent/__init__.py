"""LangGraph assistant."""
