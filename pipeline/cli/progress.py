"""A progress bar for `mirano run JOB --wait` in a terminal: the running run's processed count against the work
it knows is left (or its limit), with the time left. Drawn on stderr, and only when stderr is a terminal and the
output is not --json, so scripts see nothing extra."""

from __future__ import annotations

import sys
import threading
from types import TracebackType
from typing import Any, TextIO

from pipeline.cli.output import say
from pipeline.service.runs import PROGRESS_WORDS

WIDTH = 24
POLL_SECONDS = 0.3


def render(run: dict[str, Any]) -> str:
    """ "[#########---------------] Chunks: 312 of 1,040, ~40 s left" (or the count so far, when the total is not
    known: no per-run limit posing as the work left)."""
    progress = run.get("progress") or {}
    done, known = progress.get("done") or 0, progress.get("total")
    if not known:
        return say("{done} items so far (total not known yet)", done=f"{done:,}")
    filled = int(WIDTH * min(done / known, 1.0))
    bar = "[" + "#" * filled + "-" * (WIDTH - filled) + "]"
    line = say(PROGRESS_WORDS[progress["unit"]], done=f"{done:,}", total=f"{known:,}")
    if progress.get("eta_s") is not None:
        return say(
            "{bar} {progress}, ~{seconds} s left", bar=bar, progress=line, seconds=f"{progress['eta_s']:.0f}"
        )
    return f"{bar} {line}"


class ProgressBar:
    """Follows the run holding (job, scope) while the block runs, redrawing one line."""

    def __init__(self, job: str, scope: str, enabled: bool, stream: TextIO | None = None) -> None:
        self.job, self.scope = job, scope
        self.stream = stream or sys.stderr
        self.enabled = enabled and self.stream.isatty()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="progress-bar", daemon=True)
        self._drawn = False

    def __enter__(self) -> ProgressBar:
        if self.enabled:
            self._thread.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if not self.enabled:
            return
        self._stop.set()
        self._thread.join()
        if self._drawn:
            self.stream.write("\n")
            self.stream.flush()

    def _loop(self) -> None:
        from pipeline.service import engine as service

        while not self._stop.wait(POLL_SECONDS):
            try:
                run = service.running_run(self.job, self.scope)
            except Exception:  # noqa: BLE001 — a busy database: the next poll draws
                continue
            if run is None:
                continue
            self.stream.write("\r" + render(run) + "\x1b[K")
            self.stream.flush()
            self._drawn = True
