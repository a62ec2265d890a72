"""Assistant benchmark: accuracy of the offline model on the question set (tests/agent/question_set.py), on the
held-out set (tests/agent/held_out.py) and on every unseen set listed in UNSEEN_SETS (tests/agent/unseen.py,
unseen2.py, …, each written blind and used by no test), the share of answers that answered a different question than
asked ("confidently wrong": wrong, and neither a clarifying question nor "I did not understand"), and its in-process
answer latency, p50/p95 per answer with the intent model already loaded.

Builds the demo data set in a temp dir (as the tests do), asks every question through `agent.ask` on its own
thread (graph, tools, honesty rules and the SQLite checkpointer included), grades each answer for the facts it
must and must not contain, and writes the figures to bench/results/assistant.json. `--only unseen4` (any unseen set's name) measures that set alone
and replaces only its entry in the results file.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
GOAL_P95_MS = 300
GOAL_CONFIDENTLY_WRONG = 0.0
# Not an answer to another question: a clarifying question or an honest "not understood"
NOT_AN_ANSWER = r"Which did you mean|Что вы имели в виду|did not understand|не понял"
UNSEEN_SETS = (
    "unseen",
    "unseen2",
    "unseen3",
    "unseen4",
    "unseen5",
    "unseen6",
    "unseen7",
    "unseen8",
    "unseen9",
    "unseen10",
    "unseen11",
    "unseen12",
    "unseen13",
    "unseen14",
    "unseen15",
    "unseen16",
    "unseen17",
    "unseen18",
    "unseen19",
    "unseen20",
    "unseen21",
    "unseen22",
    "unseen23",
    "unseen24",
    "unseen25",
    "unseen26",
    "unseen27",
    "unseen28",
    "unseen29",
    "unseen30",
    "unseen31",
    "unseen32",
    "unseen33",
    "unseen34",
    "unseen35",
    "unseen36",
    "unseen37",
    "unseen38",
    "unseen39",
    "unseen40",
    "unseen41",
    "unseen42",
    "unseen43",
    "unseen44",
    "unseen45",
    "unseen46",
    "unseen47",
    "unseen48",
    "unseen49",
    "unseen50",
    "unseen51",
    "unseen52",
    "unseen53",
    "unseen54",
    "unseen55",
    "unseen56",
    "unseen57",
    "unseen58",
    "unseen59",
    "unseen60",
    "unseen61",
    "unseen62",
    "unseen63",
    "unseen64",
    "unseen65",
    "unseen66",
    "unseen67",
    "unseen68",
    "unseen69",
    "unseen70",
    "unseen71",
    "unseen72",
    "unseen73",
    "unseen74",
    "unseen75",
    "unseen76",
    "unseen77",
    "unseen78",
    "unseen79",
    "unseen80",
    "unseen81",
    "unseen82",
    "unseen83",
    "unseen84",
    "unseen85",
    "unseen86",
    "unseen87",
    "unseen88",
    "unseen89",
    "unseen90",
    "unseen91",
    "unseen92",
    "unseen93",
    "unseen94",
    "unseen95",
    "unseen96",
    "unseen97",
    "unseen98",
    "unseen99",
    "unseen100",
    "unseen101",
    "unseen102",
    "unseen103",
    "unseen104",
    "unseen105",
    "unseen106",
    "unseen107",
    "unseen108",
    "unseen109",
    "unseen110",
    "unseen111",
    "unseen112",
    "unseen113",
    "unseen114",
    "unseen115",
    "unseen116",
    "unseen117",
    "unseen118",
    "unseen119",
    "unseen120",
    "unseen121",
    "unseen122",
    "unseen123",
    "unseen124",
    "unseen125",
    "unseen126",
    "unseen127",
    "unseen128",
    "unseen129",
    "unseen130",
)


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def _unseen(ask: Any, ids: dict[str, Any], name: str = "unseen") -> dict[str, Any]:
    """An unseen set (tests/agent/unseen.py … unseen24.py, each written blind): asked like the others,
    reported on its own (accuracy, confidently wrong, wrong by topic), every miss printed with the start of its
    answer."""
    import importlib

    from tests.agent.grading import ask_and_grade

    questions = getattr(importlib.import_module(f"tests.agent.{name}"), name.upper())
    graded = [ask_and_grade(ask, q, ids, f"bench-{name}-{i}") for i, q in enumerate(questions)]
    right = sum(g.ok for g in graded)
    wrong = [g for g in graded if not re.search(NOT_AN_ANSWER, g.answer) and not g.ok]
    by_lang = {
        lang: f"{sum(g.ok for g in graded if g.question.lang == lang)}/"
        f"{sum(g.question.lang == lang for g in graded)}"
        for lang in ("en", "ru")
    }
    print(
        f"{name} set: {right}/{len(graded)} = {right / len(graded):.1%} (en {by_lang['en']}, ru {by_lang['ru']}); "
        f"answered a different question: {len(wrong)} of {len(graded)}"
    )
    for g in graded:
        if not g.ok:
            answer = " ".join(g.answer.split())[:200]
            print(f"  {name} wrong [{g.question.topic}]: {g.question.turns[-1]!r}: {'; '.join(g.failures)}")
            print(f"    answer: {answer}")
    return {
        "questions": len(graded),
        "correct": right,
        "accuracy": round(right / len(graded), 4),
        "by_language": by_lang,
        "confidently_wrong": len(wrong),
        "wrong_by_topic": dict(collections.Counter(g.question.topic for g in graded if not g.ok)),
    }


def _unseen_goal(name: str, figures: dict[str, Any]) -> dict[str, Any]:
    return {
        "figure": f"assistant accuracy on the {name} set ({figures['questions']} questions, offline)",
        "value": f"{figures['accuracy']:.1%} ({figures['confidently_wrong']} confidently wrong)",
        "goal": "reported",
        "met": True,
    }


def _only(name: str, ids: dict[str, Any]) -> None:
    """Measure one unseen set alone and replace only its entry (and its goal line) in the results file."""
    import agent

    agent.ask("warm up", thread_id="bench-warm-up")
    figures = _unseen(lambda text, thread: agent.ask(text, thread_id=thread), ids, name)
    path = ROOT / "bench" / "results" / "assistant.json"
    result = json.loads(path.read_text()) if path.exists() else {"goals": []}
    result[name] = figures
    goal = _unseen_goal(name, figures)
    goals = result.setdefault("goals", [])
    places = [
        i for i, g in enumerate(goals) if g["figure"].startswith(f"assistant accuracy on the {name} set")
    ]
    if places:
        goals[places[0]] = goal
    else:
        goals.insert(len(UNSEEN_SETS) + 1, goal)
    path.parent.mkdir(exist_ok=True)
    path.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", choices=UNSEEN_SETS, help="measure this unseen set alone")
    only = parser.parse_args().only
    data_dir = Path(tempfile.mkdtemp(prefix="mirano-bench-assistant-")) / "data"
    data_dir.mkdir(parents=True)
    os.environ["MIRANO_DATA_DIR"] = str(data_dir)
    os.environ["MIRANO_EMBEDDER"] = "hash"
    os.environ["MIRANO_PRICE_EMBEDDING"] = "0.00002"  # as the question set's world prices it
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL"):
        os.environ.pop(name, None)
    from tests.agent.demo_world import build, frozen_clock

    started = time.perf_counter()
    ids = build(data_dir)
    built_s = time.perf_counter() - started
    frozen_clock(ids["now"])
    if only:
        _only(only, ids)
        return

    import agent
    from agent.offline.understanding.classifier import intent_model
    from tests.agent.grading import ask_and_grade
    from tests.agent.held_out import HELD_OUT
    from tests.agent.question_set import QUESTIONS

    started = time.perf_counter()
    intent_model()
    load_s = time.perf_counter() - started
    agent.ask("warm up", thread_id="bench-warm-up")

    graded = [
        ask_and_grade(lambda text, thread: agent.ask(text, thread_id=thread), q, ids, f"bench-{i}")
        for i, q in enumerate(QUESTIONS)
    ]
    held = [
        ask_and_grade(lambda text, thread: agent.ask(text, thread_id=thread), q, ids, f"bench-held-{i}")
        for i, q in enumerate(HELD_OUT)
    ]
    held_right = sum(g.ok for g in held)
    everything = graded + held
    confidently_wrong = [g for g in everything if not g.ok and not re.search(NOT_AN_ANSWER, g.answer)]
    wrong_share = len(confidently_wrong) / len(everything)
    latencies = [g.seconds * 1000 for g in graded]
    right = sum(g.ok for g in graded)
    wrong = collections.Counter(g.question.topic for g in graded if not g.ok)
    by_lang = {
        lang: f"{sum(g.ok for g in graded if g.question.lang == lang)}/"
        f"{sum(g.question.lang == lang for g in graded)}"
        for lang in ("en", "ru")
    }
    result = {
        "questions": len(graded),
        "correct": right,
        "accuracy": round(right / len(graded), 4),
        "by_language": by_lang,
        "wrong_by_topic": dict(wrong),
        "latency_ms": {
            "p50": round(statistics.median(latencies), 1),
            "p95": round(_percentile(latencies, 0.95), 1),
            "max": round(max(latencies), 1),
            "goal_p95": GOAL_P95_MS,
        },
        "held_out": {
            "questions": len(held),
            "correct": held_right,
            "accuracy": round(held_right / len(held), 4),
            "wrong_by_topic": dict(collections.Counter(g.question.topic for g in held if not g.ok)),
        },
        "confidently_wrong": {"answers": len(confidently_wrong), "share": round(wrong_share, 4)},
        "model_load_s": round(load_s, 2),
        "demo_data_build_s": round(built_s, 2),
        "cpus": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }
    result["goals"] = [
        {
            "figure": f"assistant accuracy on the question set ({len(graded)} questions, offline)",
            "value": f"{result['accuracy']:.1%}",
            "goal": "reported",
            "met": True,
        },
        {
            "figure": f"assistant accuracy on the held-out set ({len(held)} questions, offline)",
            "value": f"{held_right / len(held):.1%}",
            "goal": "reported",
            "met": True,
        },
        {
            "figure": "answers that answered a different question (both sets)",
            "value": f"{wrong_share:.1%} ({len(confidently_wrong)})",
            "goal": f"{GOAL_CONFIDENTLY_WRONG:.0%}",
            "met": wrong_share <= GOAL_CONFIDENTLY_WRONG,
        },
        {
            "figure": "assistant answer latency p95 (in process, model loaded)",
            "value": f"{result['latency_ms']['p95']} ms",
            "goal": f"<= {GOAL_P95_MS} ms",
            "met": result["latency_ms"]["p95"] <= GOAL_P95_MS,
        },
    ]
    print(
        f"assistant (offline model): accuracy {right}/{len(graded)} = {result['accuracy']:.1%} "
        f"(en {by_lang['en']}, ru {by_lang['ru']}); answer latency p50 {result['latency_ms']['p50']} ms, "
        f"p95 {result['latency_ms']['p95']} ms (goal p95 <= {GOAL_P95_MS} ms); intent model loaded in "
        f"{load_s:.1f} s"
    )
    print(
        f"held-out set: {held_right}/{len(held)} = {held_right / len(held):.1%}; answered a different question: "
        f"{len(confidently_wrong)} of {len(everything)} ({wrong_share:.1%}, goal 0%)"
    )
    for g in everything:
        if not g.ok:
            print(f"  wrong: {g.question.turns[-1]!r}: {'; '.join(g.failures)}")
    for place, name in enumerate(UNSEEN_SETS, start=2):
        result[name] = _unseen(lambda text, thread: agent.ask(text, thread_id=thread), ids, name)
        result["goals"].insert(place, _unseen_goal(name, result[name]))
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "assistant.json").write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
