"""Answer templates for property checks and project memory (registered into `agent.answers.RENDERERS`)."""

from __future__ import annotations

from typing import Any

from agent.answers import quote, renderer, t
from agent.honesty import short_date

SOURCE_NAMES = {
    "ru": {
        "court": "суды",
        "enforcement": "исполнительные производства",
        "listings": "объявления",
        "reviews": "отзывы о застройщике",
    }
}


def source_name(source: str, lang: str) -> str:
    name = SOURCE_NAMES.get(lang, {}).get(source)
    return f"{name} ({source})" if name else source


def _source_line(v: dict[str, Any], lang: str) -> str:
    name = source_name(v["source"], lang)
    if v["reused"]:
        state = t(
            lang,
            f"reused from check #{v['reused_from_job_id']} (fetched {short_date(v['fetched_at'])}), "
            "not re-checked",
            f"переиспользовано из проверки #{v['reused_from_job_id']} (получено "
            f"{short_date(v['fetched_at'])}), не перепроверялось",
        )
    elif v["status"] in ("completed", "failed"):
        state = t(
            lang,
            f"{v['status']}, fetched {short_date(v['fetched_at'])}",
            f"{v['status']}, получено {short_date(v['fetched_at'])}",
        )
    else:
        state = t(lang, f"still pending ({v['status']})", f"ещё в обработке ({v['status']})")
    if v["fetched_at"] and not v["fresh"]:
        state += t(
            lang,
            f"; stale since {short_date(v['expires_at'])}",
            f"; устарело с {short_date(v['expires_at'])}",
        )
    if v.get("reason") and v["status"] == "failed":
        state += t(lang, " — reason: ", " — причина: ") + quote(v["reason"])
    return f"- {name}: {state}"


@renderer("check_status")
def _check(data: dict[str, Any] | None, lang: str) -> list[str]:
    if not data:
        return []
    lines = [
        t(
            lang,
            f"Check #{data['id']} of {data['address']} ({data['profile']}): {data['status']}",
            f"Проверка #{data['id']} объекта {data['address']} ({data['profile']}): {data['status']}",
        )
        + (t(lang, " (demo data)", " (демо-данные)") if data["demo"] else "")
        + "."
    ]
    lines += [_source_line(v, lang) for v in data["sources"]]
    pending = [
        source_name(s, lang)
        for s in data["pending"]
        if not data["source_filter"] or s == data["source_filter"]
    ]
    if pending:
        lines.append(
            t(
                lang,
                f"The result is partial: still pending {', '.join(pending)}.",
                f"Результат частичный: ещё в обработке {', '.join(pending)}.",
            )
        )
    risk = data["risk"]
    if risk["factors"] and not data["source_filter"]:
        lines.append(t(lang, f"Risk score {risk['score']}:", f"Оценка риска {risk['score']}:"))
        lines += [
            f"- {f['factor']} ({f['score']}): {f['explanation']} — "
            + t(lang, "facts ", "факты ")
            + ", ".join(f"#{i}" for i in f["fact_ids"])
            for f in risk["factors"]
        ]
    return lines


@renderer("list_checks")
def _checks(rows: list[dict[str, Any]], lang: str) -> list[str]:
    if not rows:
        return [t(lang, "There are no property checks yet.", "Проверок объектов пока нет.")]
    return [t(lang, "Checks:", "Проверки:")] + [
        f"- {t(lang, 'check', 'проверка')} #{r['id']} {r['address']}: {r['status']}, "
        + t(lang, f"risk {r['risk_score']}", f"риск {r['risk_score']}")
        + (
            t(lang, f", pending: {', '.join(r['pending'])}", f", в обработке: {', '.join(r['pending'])}")
            if r["pending"]
            else ""
        )
        for r in rows
    ]


@renderer("fact_provenance")
def _provenance(data: dict[str, Any] | None, lang: str) -> list[str]:
    if not data:
        return []
    lines = [
        t(
            lang,
            f"Facts of check #{data['check_id']} ({len(data['facts'])} of {data['total_facts']}):",
            f"Факты проверки #{data['check_id']} ({len(data['facts'])} из {data['total_facts']}):",
        )
    ]
    for f in data["facts"]:
        origin = (
            t(
                lang,
                f"reused from check #{f['reused_from_check']}, not re-checked",
                f"переиспользован из проверки #{f['reused_from_check']}, не перепроверялся",
            )
            if f["reused"]
            else t(lang, f"fetched by check #{data['check_id']}", f"получен проверкой #{data['check_id']}")
        )
        fresh = "" if f["fresh"] else t(lang, ", stale", ", устарел")
        lines.append(
            t(
                lang,
                f"- fact #{f['id']} {source_name(f['source'], lang)} {f['type']}: {quote(f['value'], 120)}"
                f"; fetched {short_date(f['fetched_at'])}{fresh}; {origin}; evidence "
                f"{f['evidence']['response_hash'][:12]} (task #{f['evidence']['task_id']})",
                f"- факт #{f['id']} {source_name(f['source'], lang)} {f['type']}: {quote(f['value'], 120)}"
                f"; получен {short_date(f['fetched_at'])}{fresh}; {origin}; доказательство "
                f"{f['evidence']['response_hash'][:12]} (задача #{f['evidence']['task_id']})",
            )
        )
    return lines


@renderer("check_timing")
def _timing(data: dict[str, Any] | None, lang: str) -> list[str]:
    if not data:
        return []
    reused, fetched = data["reused_sources"], data["fetched_sources"]
    took = data["duration_s"] if data["duration_s"] is not None else "?"
    lines = [
        t(
            lang,
            f"Check #{data['check_id']} ({data['status']}) took {took} s with {data['source_calls']} "
            f"source call(s).",
            f"Проверка #{data['check_id']} ({data['status']}) заняла {took} с, обращений к "
            f"источникам: {data['source_calls']}.",
        )
    ]
    if reused:
        lines.append(
            t(
                lang,
                f"It was fast where facts were reused from an earlier check, without a call: "
                f"{', '.join(reused)} (reused, not re-checked).",
                f"Быстро там, где факты переиспользованы из прежней проверки без обращения: "
                f"{', '.join(reused)} (переиспользовано, не перепроверялось).",
            )
        )
    if fetched:
        lines.append(
            t(
                lang,
                f"Fetched from the sources: {', '.join(fetched)}; retries: {data['retries']}.",
                f"Запрошено у источников: {', '.join(fetched)}; повторных попыток: {data['retries']}.",
            )
        )
    for task in data["tasks"]:
        lines.append(
            t(
                lang,
                f"- task #{task['id']} {task['source']}: {task['status']}, {task['attempts']} attempt(s), "
                f"{task['duration_s'] if task['duration_s'] is not None else '?'} s",
                f"- задача #{task['id']} {task['source']}: {task['status']}, попыток {task['attempts']}, "
                f"{task['duration_s'] if task['duration_s'] is not None else '?'} с",
            )
            + (
                " — " + quote(task["reason"] or task["last_error"], 160)
                if task["reason"] or task["last_error"]
                else ""
            )
        )
    return lines


@renderer("search_memory")
def _search(data: dict[str, Any] | None, lang: str) -> list[str]:
    if not data:
        return []
    if not data["hits"]:
        return [
            t(
                lang,
                f"Nothing in project memory matches {quote(data['query'])}.",
                f"В памяти проектов ничего не найдено по запросу {quote(data['query'])}.",
            )
        ]
    lines = [t(lang, f"Project memory, {quote(data['query'])}:", f"Память проектов, {quote(data['query'])}:")]
    for h in data["hits"]:
        lines.append(
            f"- [{t(lang, 'excerpt', 'фрагмент')} #{h['chunk_id']}, {h['project']}, {h['source']} "
            f"{h['object_type']}, {short_date(h['time'])}] {quote(h['text'], 200)}"
        )
    return lines


@renderer("project_overview")
def _project(data: dict[str, Any] | None, lang: str) -> list[str]:
    if not data:
        return []
    if isinstance(data, list):
        return _projects(data, lang)
    lines = [t(lang, f"Project {data['project']}:", f"Проект {data['project']}:")]
    for kind, en, ru in (("commitments", "Commitments", "Обязательства"), ("risks", "Risks", "Риски")):
        lines.append(
            t(lang, f"{en}: ", f"{ru}: ") + (str(len(data[kind])) if data[kind] else t(lang, "none", "нет"))
        )
        lines += [
            f"- #{e['id']} {quote(e['text'], 160)} ({e['status']}, {t(lang, 'confidence', 'уверенность')} "
            f"{e['confidence']:.2f}" + (f", {t(lang, 'due', 'срок')} {e['due']}" if e["due"] else "") + ")"
            for e in data[kind]
        ]
    digest = data["digest"]
    if digest:
        lines.append(
            t(
                lang,
                f"Newest digest #{digest['id']} (version {digest['version']}, week of "
                f"{short_date(digest['period_start'])}): ",
                f"Последний дайджест #{digest['id']} (версия "
                f"{digest['version']}, неделя с {short_date(digest['period_start'])}): ",
            )
            + quote(digest["content"], 400)
        )
    suggested = [a for a in data["actions"] if a["status"] == "suggested"]
    if suggested:
        lines.append(
            t(
                lang,
                "Suggested actions (apply them with the Apply button): ",
                "Предложенные действия (применяются кнопкой Apply): ",
            )
            + "; ".join(f"#{a['id']} {quote(a['title'], 80)}" for a in suggested)
        )
    return lines


@renderer("list_projects")
def _projects(rows: list[dict[str, Any]], lang: str) -> list[str]:
    return [t(lang, "Projects:", "Проекты:")] + [
        f"- {p['slug']} ({p['name']}, {t(lang, 'active', 'активен') if p['active'] else t(lang, 'paused', 'на паузе')}"
        f"): {', '.join(p['bindings']) or '-'}; "
        + t(
            lang,
            f"{p['counts']['documents']} documents, "
            f"{p['counts']['commitments']} commitments, {p['counts']['risks']} risks",
            f"документов {p['counts']['documents']}, обязательств {p['counts']['commitments']}, рисков "
            f"{p['counts']['risks']}",
        )
        for p in rows
    ]
