"""A progress bar for `mirano run JOB --wait` in a terminal: the running run's processed count against the work
it knows is left (or its limit), with the time left. Drawn on stderr, and only when stderr is a terminal and the
output is not --json, so scripts see nothing extra."""

from __future__ import annotations

import sys
import threading
from types import TracebackType
from typing import Any, TextIO

from pipeline.cli.output import say

WIDTH = 24
POLL_SECONDS = 0.3


def render(run: dict[str, Any]) -> str:
    """ "[#########---------------] 312/1,040 items, ~40 s left" """
    known = run.get("total") or run.get("limit") or 0
    if run.get("total") and run.get("limit"):
        known = min(run["total"], run["limit"])
    done = run.get("processed") or 0
    filled = int(WIDTH * min(done / known, 1.0)) if known else 0
    bar = "[" + "#" * filled + "-" * (WIDTH - filled) + "]"
    values = {"bar": bar, "done": f"{done:,}", "total": f"{known:,}" if known else "?"}
    if run.get("eta_s") is not None:
        return say("{bar} {done}/{total} items, ~{seconds} s left", seconds=f"{run['eta_s']:.0f}", **values)
    return say("{bar} {done}/{total} items", **values)


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
