"""Reuse at four levels vs the property level only: source calls for a realistic portfolio of checks.

200 full checks of flats in 60 buildings of 8 developers, with owners who own several flats (a person's flats are
spread over buildings), each check naming its owner and developer. Run twice on fresh databases against the same
demo sources: with reuse per subject (a developer's reviews and its own court cases, asked by INN as a party, once
per TTL for all its buildings; an owner's enforcement proceedings once for all their flats) and with
MIRANO_REUSE_SUBJECT_LEVELS=false (reuse per property: per building for court (by address and the developer's),
listings and reviews, per flat for enforcement). Compares the source calls the demo sources counted (per source, and
the court's split by address and by party) and the facts each run stored (the same facts are the point). Writes
bench/results/reuse.json.
"""

from __future__ import annotations

import atexit
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CHECKS, BUILDINGS, FLATS_PER_BUILDING, PEOPLE = 200, 60, 5, 90
GOAL = 0.6
DEVELOPERS = (
    "7701000001",
    "7702000002",
    "7803000003",
    "7704000004",
    "7805000005",
    "7706000006",
    "7707000007",
    "7808000008",
)
SURNAMES = ("Иванов", "Петров", "Сидоров", "Кузнецов", "Смирнов", "Попов", "Соколов", "Лебедев", "Козлов")
NAMES = ("Пётр", "Сергей", "Андрей", "Алексей", "Дмитрий", "Олег", "Игорь", "Павел", "Михаил", "Юрий")
_SERVE = (
    "from pipeline.demo import property_sources; from pipeline.demo.server import DemoServer; "
    "s = DemoServer(property_sources.apps()); print(s.url, flush=True); s.serve_forever()"
)


def portfolio() -> list[dict[str, str]]:
    """The checks, in the order they are opened (seeded: the same portfolio every run)."""
    rng = random.Random(26)
    people = [
        f"{SURNAMES[i % len(SURNAMES)]} {NAMES[i // len(SURNAMES) % len(NAMES)]} Иванович, 19{60 + i % 40}-0{1 + i % 9}-1{i % 10}"
        for i in range(PEOPLE)
    ]
    owners = {
        (b, f): people[rng.randrange(PEOPLE)] for b in range(BUILDINGS) for f in range(FLATS_PER_BUILDING)
    }
    checks = []
    for _ in range(CHECKS):
        b, f = rng.randrange(BUILDINGS), rng.randrange(FLATS_PER_BUILDING)
        checks.append(
            {
                "address": f"г. Москва, ул. Портфельная, д. {b + 1}, кв. {f + 1}",
                "owner": owners[(b, f)],
                "developer": DEVELOPERS[b % len(DEVELOPERS)],
            }
        )
    return checks


def run_mode(subject_levels: bool, url: str) -> dict:
    """One run on a fresh database in a child process (settings and engines are per process)."""
    env = {
        **os.environ,
        "MIRANO_DATA_DIR": tempfile.mkdtemp(prefix="mirano-bench-reuse-"),
        "MIRANO_DEMO_URL": url,
        "MIRANO_SOURCE_POLL_SECONDS": "0.01",
        "MIRANO_SOURCE_RATE_PER_SECOND": "0",
        "MIRANO_REUSE_SUBJECT_LEVELS": "true" if subject_levels else "false",
    }
    httpx.post(f"{url}/_demo/reset").raise_for_status()
    out = subprocess.run(
        [sys.executable, __file__, "--child"], env=env, cwd=ROOT, capture_output=True, text=True
    )
    if out.returncode:
        raise SystemExit(
            f"the {'four-level' if subject_levels else 'property-level'} run failed:\n{out.stderr[-3000:]}"
        )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    stats = httpx.get(f"{url}/_demo/stats").json()
    result["calls_by_source"] = {name.rsplit("/", 1)[-1]: v["requests"] for name, v in stats.items()}
    result["calls"] = sum(result["calls_by_source"].values())
    return result


def child() -> None:
    """Open every check of the portfolio, run the workers to the end, report tasks and facts."""
    from sqlalchemy import func, select

    from pipeline.db import read_scope
    from pipeline.engine.worker import run_until_idle
    from pipeline.migrate import upgrade
    from pipeline.models.checks import Fact, SearchJob, SearchTask, Subject
    from pipeline.service import checks as service

    upgrade()
    for n, check in enumerate(portfolio()):
        service.start_check(check["address"], "full", owner=check["owner"], developer=check["developer"])
        if n % 20 == 19:  # checks arrive over time: the workers catch up every 20
            run_until_idle(timeout=300)
    run_until_idle(timeout=300)
    with read_scope() as s:
        facts = sorted(
            f"{level}|{key}|{source}|{kind}|{fact_key}"
            for level, key, source, kind, fact_key in s.execute(
                select(Subject.level, Subject.key, Fact.source, Fact.fact_type, Fact.fact_key)
                .join(Subject, Subject.id == Fact.subject_id)
                .where(Fact.active.is_(True))
            )
        )
        statuses = sorted(set(s.scalars(select(SearchJob.status))))
        tasks = len(list(s.scalars(select(SearchTask.id))))
        by_part = {
            part: int(calls or 0)
            for part, calls in s.execute(
                select(SearchTask.source, func.sum(SearchTask.source_calls)).group_by(SearchTask.source)
            )
        }
    print(json.dumps({"tasks": tasks, "facts": facts, "statuses": statuses, "calls_by_part": by_part}))


def main() -> dict:
    server = subprocess.Popen([sys.executable, "-c", _SERVE], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    atexit.register(server.terminate)
    url = server.stdout.readline().strip()  # type: ignore[union-attr]
    four = run_mode(True, url)
    prop = run_mode(False, url)
    ratio = round(four["calls"] / prop["calls"], 3)
    same = four["facts"] == prop["facts"]
    figures = {
        "portfolio": {
            "checks": CHECKS,
            "buildings": BUILDINGS,
            "developers": len(DEVELOPERS),
            "people": PEOPLE,
        },
        "four_levels": {
            k: four[k] for k in ("calls", "calls_by_source", "calls_by_part", "tasks", "statuses")
        },
        "property_level_only": {
            k: prop[k] for k in ("calls", "calls_by_source", "calls_by_part", "tasks", "statuses")
        },
        "facts": {"four_levels": len(four["facts"]), "property_level_only": len(prop["facts"]), "same": same},
        "ratio": ratio,
    }
    figures["goals"] = [
        {
            "figure": f"portfolio source calls, four-level reuse vs property level ({four['calls']} vs {prop['calls']})",
            "value": f"{ratio}x",
            "goal": f"<= {GOAL}x, same facts",
            "met": ratio <= GOAL and same,
        }
    ]
    out = ROOT / "bench" / "results" / "reuse.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n")
    print(json.dumps({k: v for k, v in figures.items()}, indent=2, ensure_ascii=False))
    return figures


if __name__ == "__main__":
    child() if "--child" in sys.argv else main()
