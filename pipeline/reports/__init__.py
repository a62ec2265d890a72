"""Reports people hand over: a check's report as JSON, CSV and PDF, a project's weekly digest as Markdown and PDF.

PDFs are written with fpdf2 and the DejaVu Sans font bundled in `fonts/` (its licence beside it), so Cyrillic
renders the same on every machine, with nothing to install.
"""
