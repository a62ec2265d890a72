"""Several runs or checks in one ask ("runs 9 and 10", «запуск 9 и запуск 10», «а 9 и 10?» after a run): the planned
call once per id, in the order said."""

from __future__ import annotations

import re
from typing import Any

from agent.offline.understanding.follow_ups import numbers_said

RUN_NOUN = r"(?:\bruns?|запуск\w*|прогон\w*)"
CHECK_NOUN = r"(?:\bchecks?|проверк\w*)"


def ids_said(question: str, noun: str) -> list[int]:
    """The ids a question lists after one noun ("runs 9 and 10", «запуск 9 и запуск 10», «проверки 2, 4»)."""
    listed = re.search(
        # («риск чек 1, риск чек 3»: the same word said again before each)
        rf"{noun}\s*(?:#|№)?\s*(\d+)((?:\s*(?:,|and|и|&|vs\.?|versus|против)\s*(?:(?:risk|риск)\s+)?(?:{noun})?\s*(?:#|№)?\s*\d+)+)",
        question,
        re.I,
    )
    if listed is None:
        return numbers_said(question)  # «а 9 и 10?» in a thread
    return list(dict.fromkeys(int(n) for n in re.findall(r"\d+", listed.group(0))))


def each_one(
    planned: list[tuple[dict[str, Any], str | None]], question: str
) -> list[tuple[dict[str, Any], str | None]]:
    """A call about one run or check (with its intent), once more for each further id the question lists."""
    for key, noun in (("run_id", RUN_NOUN), ("check_id", CHECK_NOUN)):
        said = ids_said(question, noun)
        if len(said) < 2:
            continue
        out: list[tuple[dict[str, Any], str | None]] = []
        for c, intent in planned:
            out.append((c, intent))
            if c.get("args", {}).get(key) == said[0]:
                out += [({"name": c["name"], "args": {**c["args"], key: n}}, intent) for n in said[1:]]
        planned = out
    return planned
