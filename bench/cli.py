"""CLI start-up: wall time of `mirano --help` and `mirano jobs --json` against `python -c pass`, in one run.

Each command runs as a fresh process (as a person or a script runs it), interleaved over rounds; figures are
min/median/max seconds. `mirano jobs --json` reads a database initialised beforehand in a temp dir.
Writes bench/results/cli.json with a `goals` list (see bench/goals.py).
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
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "7"))
MIRANO = str(Path(sys.executable).with_name("mirano"))
COMMANDS = {
    "python -c pass": [sys.executable, "-c", "pass"],
    "mirano --help": [MIRANO, "--help"],
    "mirano jobs --json": [MIRANO, "jobs", "--json"],
}
GOALS = {"mirano --help": 0.35, "mirano jobs --json": 0.6}


def wall(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    with tempfile.TemporaryDirectory() as data_dir:
        env = {**os.environ, "MIRANO_DATA_DIR": data_dir}
        subprocess.run([MIRANO, "init"], env=env, check=True, stdout=subprocess.DEVNULL)
        times: dict[str, list[float]] = {name: [] for name in COMMANDS}
        for _ in range(ROUNDS):
            for name, command in COMMANDS.items():
                times[name].append(wall(command, env))
    print(f"CLI start-up, {ROUNDS} interleaved rounds, seconds min / median / max")
    results: dict = {"rounds": ROUNDS, "goals": []}
    for name, values in times.items():
        row = {"min": min(values), "median": statistics.median(values), "max": max(values)}
        results[name] = row
        print(f"  {name:<20} {row['min']:.3f} {row['median']:.3f} {row['max']:.3f}")
        if name in GOALS:
            results["goals"].append(
                {
                    "figure": f"`{name}` wall time (python -c pass: {statistics.median(times['python -c pass']):.2f} s)",
                    "value": f"{row['median']:.2f} s",
                    "goal": f"<= {GOALS[name]} s",
                    "met": row["median"] <= GOALS[name],
                }
            )
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "cli.json").write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
