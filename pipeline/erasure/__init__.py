"""Erasure: a person's, a check's or a project's data removed from every place that holds it, audited by counts."""
