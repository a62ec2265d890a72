"""Answer templates of the offline model: a grounded answer composed only from tool results, in RU or EN.

Nothing here invents a fact: every sentence fills a template with values a tool returned, and outside text
is quoted as data, never followed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from agent.honesty import short_date
from agent.tools import DATA_CLOSE, DATA_OPEN

Renderer = Callable[[Any, str], list[str]]
RENDERERS: dict[str, Renderer] = {}


def t(lang: str, en: str, ru: str) -> str:
    return ru if lang == "ru" else en


def quote(value: Any, limit: int = 220) -> str:
    """Outside text shown as a quotation, never as the assistant's own words."""
    text = str(value or "").replace(DATA_OPEN, "").replace(DATA_CLOSE, "").strip()
    text = " ".join(text.split())
    return f"«{text[:limit]}{'…' if len(text) > limit else ''}»"


def money(value: float | None) -> str:
    return f"${(value or 0):.4f}"


def renderer(name: str) -> Callable[[Renderer], Renderer]:
    def register(func: Renderer) -> Renderer:
        RENDERERS[name] = func
        return func

    return register


def _reason(reason: str | None, lang: str) -> str:
    return f" — {t(lang, 'reason', 'причина')}: {quote(reason)}" if reason else ""


@renderer("job_status")
def _jobs(rows: list[dict[str, Any]], lang: str) -> list[str]:
    lines = [t(lang, "Jobs:", "Задачи:")] if len(rows) > 1 else []
    for r in rows:
        state = r["status"]
        if r["running_run_id"]:
            state += t(
                lang,
                f" (run #{r['running_run_id']} since {short_date(r['running_since'])}, ",
                f" (запуск #{r['running_run_id']} с {short_date(r['running_since'])}, ",
            )
            state += (
                t(lang, "processed ", "обработано ")
                + f"{r['progress']['processed']}/{r['progress']['limit']})"
            )
        last = (
            t(
                lang,
                f"last run #{r['last_run_id']} {r['last_status']}",
                f"последний запуск #{r['last_run_id']} {r['last_status']}",
            )
            if r["last_run_id"]
            else t(lang, "no runs yet", "запусков ещё не было")
        )
        upcoming = (
            short_date(r["next_run_at"]) if r["next_run_at"] else t(lang, "not scheduled", "не запланирован")
        )
        success = short_date(r["last_success_at"]) if r["last_success_at"] else t(lang, "never", "не было")
        line = t(
            lang,
            f"{r['name']}: {state}; {last}; last success {success}; processed {r['processed']}; "
            f"next run {upcoming}; cost today {money(r['cost_today_usd'])}",
            f"{r['name']}: {state}; {last}; последний успех {success}; обработано {r['processed']}; "
            f"следующий запуск {upcoming}; стоимость за сегодня {money(r['cost_today_usd'])}",
        )
        lines.append(("- " if len(rows) > 1 else "") + line + _reason(r["reason"], lang))
    return lines or [t(lang, "No jobs are registered.", "Задач не зарегистрировано.")]


def run_line(r: dict[str, Any], lang: str) -> str:
    return t(
        lang,
        f"run #{r['id']} {r['job']}: {r['status']}, started {short_date(r['started_at'])} by {r['trigger']}, "
        f"{r['duration_s'] if r['duration_s'] is not None else '?'} s, processed {r['processed']}/{r['limit']}, "
        f"{money(r['cost']['usd'])}",
        f"запуск #{r['id']} {r['job']}: {r['status']}, начат {short_date(r['started_at'])} ({r['trigger']}), "
        f"{r['duration_s'] if r['duration_s'] is not None else '?'} с, обработано {r['processed']}/{r['limit']}, "
        f"{money(r['cost']['usd'])}",
    ) + _reason(r["reason"], lang)


@renderer("recent_runs")
def _runs(rows: list[dict[str, Any]], lang: str) -> list[str]:
    if not rows:
        return [t(lang, "No matching runs yet.", "Подходящих запусков пока нет.")]
    return [t(lang, "Recent runs:", "Последние запуски:")] + [f"- {run_line(r, lang)}" for r in rows]


def _pace(timing: dict[str, Any], lang: str) -> str:
    if timing["skipped_before_work"]:
        return t(
            lang,
            "It was quick because it was skipped before doing any work.",
            "Он прошёл быстро, потому что был пропущен до начала работы.",
        )
    duration, median = timing["duration_s"], timing["median_earlier_s"]
    if duration is None:
        return t(lang, "It is still running.", "Он ещё идёт.")
    if not median:
        return t(
            lang, "There are no earlier runs to compare with.", "Сравнить не с чем: ранее запусков не было."
        )
    ratio = duration / median if median else 1.0
    word = (
        t(lang, "slower than usual", "медленнее обычного")
        if ratio > 1.5
        else t(lang, "faster than usual", "быстрее обычного")
        if ratio < 0.67
        else t(lang, "as usual", "как обычно")
    )
    return t(
        lang,
        f"It took {duration} s against a median of {median} s for earlier runs: {word}.",
        f"Он занял {duration} с при медиане {median} с у прежних запусков: {word}.",
    )


@renderer("run_details")
def _run(data: dict[str, Any] | None, lang: str) -> list[str]:
    if not data:
        return []
    run, timing = data["run"], data["timing"]
    lines = [
        t(lang, "Run", "Запуск") + run_line(run, lang)[len(t(lang, "run", "запуск")) :],
        _pace(timing, lang),
    ]
    if timing["hit_limit"]:
        lines.append(
            t(
                lang,
                f"It stopped at its per-run limit of {run['limit']} items.",
                f"Он остановился на лимите {run['limit']} элементов за запуск.",
            )
        )
    if timing["economy"]:
        lines.append(
            t(
                lang,
                "Economy mode was on: its limit was reduced.",
                "Был включён режим экономии: лимит был уменьшен.",
            )
        )
    return lines


@renderer("costs")
def _costs(data: dict[str, Any], lang: str) -> list[str]:
    lines = [
        t(
            lang,
            f"Costs over the last {data['days']} day(s): {money(data['total_usd'])} in total.",
            f"Затраты за последние {data['days']} дн.: всего {money(data['total_usd'])}.",
        )
    ]
    for day, usd in sorted(data["by_day"].items()):
        lines.append(f"- {day}: {money(usd)}")
    for job, slot in sorted(data["by_job"].items(), key=lambda kv: -kv[1]["cost_usd"]):
        lines.append(
            t(
                lang,
                f"- {job}: {money(slot['cost_usd'])} over {slot['runs']} run(s)",
                f"- {job}: {money(slot['cost_usd'])} за {slot['runs']} запуск(ов)",
            )
        )
    spent = data["today"]["spent_today"]
    lines.append(
        t(lang, f"Spent today: {money(spent.get('usd'))}", f"Потрачено сегодня: {money(spent.get('usd'))}")
        + "".join(f", {k} {spent.get(k, 0):g}/{v:g}" for k, v in data["today"]["budgets"].items())
        + "."
    )
    if data["top_runs"]:
        lines.append(
            t(lang, "Most expensive runs: ", "Самые дорогие запуски: ")
            + ", ".join(f"#{r['id']} {r['job']} {money(r['cost']['usd'])}" for r in data["top_runs"])
        )
    return lines


@renderer("economy_and_budgets")
def _economy(data: dict[str, Any], lang: str) -> list[str]:
    eco = data["economy"]
    if eco["on"]:
        lines = [
            t(
                lang,
                f"Economy mode is on: per-run limits x{eco['limit_factor']}, cadences x{eco['cadence_factor']}"
                + (", LLM work paused" if eco["llm_paused"] else "")
                + ".",
                f"Режим экономии включён: лимиты за запуск x{eco['limit_factor']}, интервалы x{eco['cadence_factor']}"
                + (", работа LLM приостановлена" if eco["llm_paused"] else "")
                + ".",
            )
        ]
    else:
        lines = [t(lang, "Economy mode is off.", "Режим экономии выключен.")]
    budgets = data["budgets"]
    if budgets["budgets"]:
        lines.append(
            t(lang, "Daily budgets: ", "Дневные бюджеты: ")
            + ", ".join(
                f"{k} {budgets['spent_today'].get(k, 0):g}/{v:g}" for k, v in budgets["budgets"].items()
            )
        )
    else:
        lines.append(t(lang, "No daily budgets are set.", "Дневные бюджеты не заданы."))
    if budgets["reached"]:
        lines.append(t(lang, "Work is stopped: ", "Работа остановлена: ") + f"{budgets['reached']}.")
    if data["affected_runs"]:
        lines.append(t(lang, "Runs it changed:", "Запуски, которые это изменило:"))
        lines += [
            f"- {run_line(r, lang)}"
            + (t(lang, " (economy mode)", " (режим экономии)") if r["economy"] else "")
            for r in data["affected_runs"]
        ]
    return lines


@renderer("assistant_modes")
def _modes(data: dict[str, Any], lang: str) -> list[str]:
    llm = (
        t(lang, f"online LLM {data['llm_model']}", f"онлайн-LLM {data['llm_model']}")
        if data["llm"] == "online"
        else t(lang, "the offline deterministic model (no LLM)", "офлайн-детерминированная модель (без LLM)")
    )
    vendors = ", ".join(f"{v['label']}: {v['mode']}" for v in data["vendors"].values())
    return [
        t(lang, f"The assistant answers with {llm}.", f"Ассистент отвечает через {llm}."),
        t(lang, f"Systems: {vendors}.", f"Системы: {vendors}."),
    ]


def compose(results: list[tuple[str, dict[str, Any]]], lang: str) -> str:
    """The answer to one question from its (tool name, envelope) results."""
    blocks = []
    for name, result in results:
        lines = RENDERERS[name](result.get("data"), lang) if name in RENDERERS else []
        if result.get("note"):
            lines.append(t(lang, "Note: ", "Примечание: ") + str(result["note"]))
        if lines:
            blocks.append("\n".join(lines))
    return "\n\n".join(blocks) or t(
        lang, "I found nothing to answer that with.", "Мне нечем на это ответить."
    )


from agent import answers_domains  # noqa: E402,F401  (registers the check and memory templates)
