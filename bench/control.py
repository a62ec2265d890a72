"""Run control: the time from Cancel to the run's end for a memory build of 1,000 chunks (the real local model, in
its own process, as `mirano run memory.build` runs it), and what the timeline costs (events written per run).

The build is cancelled once its first embedding batch is logged (embedding is under way), so the figure is the
wait for the batch in flight (MIRANO_MEMORY_EMBED_BATCH texts) plus the cancel poll. Writes
bench/results/control.json with a `goals` list (see bench/goals.py).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CHUNKS = 1000
ROUNDS = int(os.environ.get("BENCH_CONTROL_ROUNDS", "3"))
GOAL_SECONDS = 2.0
BUILD = (
    "import pipeline.service.domains\n"
    "from pipeline.engine.runs import request_run\n"
    "print(request_run('memory.build', 'global', trigger='cli').run_id, flush=True)\n"
)
WORDS = [
    "the",
    "client",
    "asked",
    "for",
    "the",
    "revised",
    "estimate",
    "before",
    "the",
    "steering",
    "meeting",
    "and",
    "the",
    "contractor",
    "promised",
    "to",
    "send",
    "the",
    "updated",
    "drawings",
    "together",
    "with",
    "the",
    "invoice",
    "for",
    "the",
    "second",
    "stage",
    "of",
    "the",
    "works",
]


def seed(n: int) -> None:
    from sqlalchemy import insert, select

    from pipeline.db import session_scope
    from pipeline.memory.chunking import content_hash
    from pipeline.models.memory import Document, Project

    with session_scope() as s:
        s.add(Project(slug="bench", name="Bench", active=True))
        s.flush()
        project_id = s.scalar(select(Project.id).where(Project.slug == "bench"))
        rows = []
        for i in range(n):
            content = " ".join([WORDS[(i * 7 + j) % len(WORDS)] for j in range(100)] + [f"item{i}"])
            rows.append(
                {
                    "project_id": project_id,
                    "source": "chatwoot",
                    "object_type": "message",
                    "external_id": f"bench:{i}",
                    "content": content,
                    "content_hash": content_hash(content),
                }
            )
        s.execute(insert(Document), rows)


def one_round() -> dict:
    """A fresh database, 1,000 pending chunks, a build in another process, Cancel as soon as it runs."""
    from pipeline.config import reset_settings
    from pipeline.db import dispose_engines
    from pipeline.migrate import upgrade
    from pipeline.service import control
    from pipeline.service import engine as service

    with tempfile.TemporaryDirectory() as data_dir:
        os.environ["MIRANO_DATA_DIR"] = data_dir
        dispose_engines()
        reset_settings()
        upgrade()
        seed(CHUNKS)
        env = {**os.environ, "MIRANO_EMBEDDER": "local", "PYTHONPATH": str(ROOT)}
        child = subprocess.Popen(
            [sys.executable, "-c", BUILD], cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True
        )
        running = None
        while running is None and child.poll() is None:  # embedding is under way: its first batch is logged
            running = service.running_run("memory.build")
            if running and not any(e["kind"] == "batch" for e in control.show_run(running["id"])["events"]):
                running = None
            time.sleep(0.01)
        asked = time.perf_counter()
        control.cancel_run(running["id"], "bench")
        while (service.get_run(running["id"]) or {}).get("status") in ("running", "cancelling"):
            time.sleep(0.01)
        took = time.perf_counter() - asked
        child.wait(120)
        shown = control.show_run(running["id"])
        dispose_engines()
        return {"seconds": took, "status": shown["status"], "events": len(shown["events"])}


def main() -> None:
    rounds = [one_round() for _ in range(ROUNDS)]
    seconds = [r["seconds"] for r in rounds]
    median = statistics.median(seconds)
    print(
        f"Cancel → end of a {CHUNKS}-chunk build, {ROUNDS} rounds: min {min(seconds):.2f} / median {median:.2f}"
        f" / max {max(seconds):.2f} s; statuses {[r['status'] for r in rounds]}; events per run "
        f"{[r['events'] for r in rounds]}"
    )
    results = {
        "rounds": rounds,
        "goals": [
            {
                "figure": f"Cancel → run ended, memory build of {CHUNKS} chunks (local model)",
                "value": f"{median:.2f} s",
                "goal": f"<= {GOAL_SECONDS} s",
                "met": median <= GOAL_SECONDS and all(r["status"] == "cancelled" for r in rounds),
            },
            {
                "figure": "timeline events written by a cancelled build",
                "value": f"{max(r['events'] for r in rounds)}",
                "goal": "<= 10",
                "met": max(r["events"] for r in rounds) <= 10,
            },
        ],
    }
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "control.json").write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
