"""Text as the product reads it: one lemmatiser for the assistant, memory search and extraction's dedupe keys."""
