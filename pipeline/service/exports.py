"""Reports to hand over, for the CLI and the dashboard: a check's report (PDF, CSV, JSON) and a project's weekly
digest (Markdown, PDF), as bytes and a file name."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pipeline.checks.handover import handover
from pipeline.db import read_scope
from pipeline.engine.exceptions import BadInput
from pipeline.memory.projects import get_project
from pipeline.reports import check_report, digest_report
from pipeline.service import domains  # noqa: F401 — registers every domain's jobs and handlers
from pipeline.service import memory as memory_service

MEDIA_TYPES = {
    "pdf": "application/pdf",
    "csv": "text/csv",
    "json": "application/json",
    "md": "text/markdown",
}


def _format(fmt: str, allowed: tuple[str, ...]) -> str:
    chosen = (fmt or "").strip().lower()
    if chosen not in allowed:
        raise BadInput("format", f"'{fmt}' is not one of {', '.join(allowed)}")
    return chosen


def check_format(fmt: str) -> str:
    """The report format, refused (field format) unless pdf, csv or json."""
    return _format(fmt, check_report.FORMATS)


def check_report_file(job_id: int, fmt: str, lang: str = "en") -> tuple[str, bytes]:
    """(file name, content) of check `job_id`'s report in `fmt` (pdf, csv or json)."""
    chosen = _format(fmt, check_report.FORMATS)
    with read_scope() as s:
        report = handover(s, job_id)
    return check_report_name(job_id, chosen), check_report.render(report, chosen, lang)


def check_report_name(job_id: int, fmt: str) -> str:
    return f"mirano-check-{job_id}.{fmt}"


def digest_name(project: str, digest: dict[str, Any], fmt: str) -> str:
    return f"mirano-digest-{project}-{str(digest['period_start'])[:10]}-v{digest['version']}.{fmt}"


def digest_format(fmt: str) -> str:
    return _format(fmt, digest_report.FORMATS)


def digest_file(project: str, fmt: str, lang: str = "en", digest_id: int | None = None) -> tuple[str, bytes]:
    """(file name, content) of a project's digest (the newest, or `digest_id`) as Markdown or PDF."""
    chosen = _format(fmt, digest_report.FORMATS)
    with read_scope() as s:
        get_project(s, project)  # an unknown project is refused with the known ones named
    found = memory_service.digests(project)
    digest = next((d for d in found if digest_id is None or d["id"] == digest_id), None)
    if digest is None:
        missing = f"no digest #{digest_id}" if digest_id else "no digest yet (generate one first)"
        raise BadInput("project", f"{project}: {missing}")
    return digest_name(project, digest, chosen), digest_report.render(digest, chosen, lang)


def writable(path: str) -> Path:
    """The output path, refused (field output) when its folder does not exist or it is a folder."""
    target = Path(path).expanduser()
    if target.is_dir():
        raise BadInput("output", f"{target} is a folder; name a file")
    if not target.parent.exists():
        raise BadInput("output", f"the folder {target.parent} does not exist")
    return target
