"""Property-check commands: check, report, diff."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from pipeline.cli.lazy import lazy_module
from pipeline.cli.output import JsonFlag, cli_lang, emit, fail, reason, reasons, say, table
from pipeline.i18n.address_words import address_parts
from pipeline.i18n.check_words import SOURCE_LABELS, check_state, kind_label, mode_word, source_label
from pipeline.i18n.risk_text import explanation, factor_title

service = lazy_module("pipeline.service.checks")


def label(source: str) -> str:
    """A source as people call it, in the CLI's language ("Developer's court cases"); keys are for --json."""
    return source_label(source, cli_lang())


def state(status: str | None) -> str:
    """A check's, a source's or a task's state as a word in the CLI's language ("in progress", «ждёт»)."""
    return check_state(status, cli_lang())


def _sources_table(check: dict[str, Any]) -> str:
    rows = [
        {
            **v,
            "source": label(v["source"]),
            "reuse": reuse_text(v) if v["reused"] else mode_word(v["mode"], cli_lang(), v["status"]),
            "fresh": say("yes") if v["fresh"] else ("-" if not v["fetched_at"] else say("stale")),
        }
        for v in check["sources"]
    ]
    columns = ["source", "status", "reuse", "fetched_at", "expires_at", "fresh", "reason"]
    return table(rows, columns, words={"status": state})


def reuse_text(source: dict[str, Any]) -> str:
    """'building facts reused from check #3' in the CLI's language."""
    if source.get("level") in ("building", "flat"):
        return say(
            f"{source['level']} facts reused from check #{{origin}}", origin=source["reused_from_job_id"]
        )
    if source.get("level") in ("developer", "person"):
        return say(
            f"{source['level']} facts reused from check #{{origin}} of {{address}}, fetched {{day}}",
            origin=source["reused_from_job_id"],
            address=source.get("reused_from_address") or "?",
            day=(source.get("fetched_at") or "?")[:10],
        )
    return source["reuse_label"]


def _risk_lines(check: dict[str, Any]) -> list[str]:
    lines = [say("risk score {score}", score=f"{check['risk']['score']:g}")]
    for f in check["risk"]["factors"]:
        facts = say("facts {ids}", ids=", ".join(map(str, f["fact_ids"])))
        title, why = factor_title(f["factor"], cli_lang()), explanation(f["explanation"], cli_lang())
        lines.append(f"  {title} +{f['score']:g}: {why} ({facts})")
    return lines


def _notes(check: dict[str, Any]) -> list[str]:
    """The check's notes in the CLI's language, said from its sources (each stored English note is one sentence
    built from a source's parts: pipeline.service.checks._notes); any other note through the reasons' catalog."""
    said = [line for v in check["sources"] for line in _source_notes(v)]
    keys = tuple(f"{k}: " for k in {*SOURCE_LABELS, *(v["source"] for v in check["sources"])})
    return said + [reason(n) for n in check["notes"] if not n.startswith(keys)]


def _source_notes(v: dict[str, Any]) -> list[str]:
    """What a reader must know about one source: reuse is not a re-check, still updating, stale, failed."""
    name, notes = label(v["source"]), []
    if v["reused"]:
        prefetch = v.get("provenance") == "prefetch"
        notes.append(
            say(
                "{source}: {label} (fetched by a prefetch {at}); not re-checked now"
                if prefetch
                else "{source}: {label} (fetched {at}); not re-checked now",
                source=name,
                label=reuse_text(v),
                at=v["fetched_at"],
            )
        )
    if v["status"] not in ("completed", "failed", "cancelled"):  # a cancelled one: the check's reason says it
        older = v["fetched_at"] is not None
        notes.append(
            say(
                "{source}: still updating ({state}); showing older facts"
                if older
                else "{source}: still updating ({state})",
                source=name,
                state=state(v["status"]),
            )
        )
    elif v["status"] == "completed" and not v["fresh"]:
        notes.append(say("{source}: facts are stale since {at}", source=name, at=v["expires_at"]))
    if v["status"] == "failed":
        notes.append(say("{source}: failed: {why}", source=name, why=reason(v["reason"])))
    return notes


def _parse_lines(check: dict[str, Any]) -> list[str]:
    """How the address was read: the canonical address and its parts."""
    if not check.get("canonical_address"):
        return ["  " + say("address not parsed (a check from before addresses were parsed)")]
    named = address_parts(check["components"] or {}, check["canonical_address"], cli_lang())
    parts = ", ".join(f"{name} {value}" for name, value in named)
    return [
        "  "
        + say("read as: {address} ({level})", address=check["canonical_address"], level=say(check["level"])),
        "  " + say("parts: {parts}", parts=parts),
    ]


def render_check(check: dict[str, Any]) -> str:
    """The human view of a check: status, per-source table, risk, notes."""
    demo = " " + say("[demo sources]") if check["demo"] else ""
    lines = [
        say("check #{id}", id=check["id"])
        + f" {check['address']} ({say(check['profile'])}){demo}: {state(check['status'])}",
        *_parse_lines(check),
        f"  {reason(check['status_reason'])}",
        "",
        _sources_table(check),
        "",
        *_risk_lines(check),
    ]
    notes = _notes(check)
    if notes:
        lines += ["", *[say("note: {note}", note=n) for n in notes]]
    lines.append(
        say(
            "cost: {calls} source calls ({usd})",
            calls=check["cost"]["source_calls"],
            usd=f"${check['cost']['usd']:.4f}",
        )
    )
    return "\n".join(lines)


def render_report(check: dict[str, Any]) -> str:
    """The check plus every fact with its provenance."""
    facts = [
        {
            "id": f["id"],
            "source": label(f["source"]),
            "subject": f["subject"]["name"],
            "type": kind_label(f["type"], cli_lang()),
            "key": f["key"],
            "provenance": say("reused from #{origin}", origin=f["reused_from_job_id"])
            if f["reused"]
            else say("fetched"),
            "fetched_at": f["fetched_at"],
        }
        for f in check["facts"]
    ]
    return (
        render_check(check)
        + "\n\n"
        + say("facts:")
        + "\n"
        + table(facts, ["id", "source", "subject", "type", "key", "provenance", "fetched_at"])
    )


@reasons
def check(
    address: Annotated[
        str, typer.Argument(help="The property's address, e.g. 'г. Москва, ул. Тверская, д. 1'.")
    ],
    profile: Annotated[str, typer.Option("--profile", help="Report profile: basic or full.")] = "basic",
    wait: Annotated[
        bool, typer.Option("--wait", help="Run the source workers here until the check is done.")
    ] = False,
    timeout: Annotated[
        float, typer.Option("--timeout", min=0, help="Seconds to wait at most with --wait.")
    ] = 120.0,
    owner: Annotated[
        str | None,
        typer.Option(
            "--owner", help="The owner or seller: 'Иванов Пётр Сергеевич, 1980-05-12' (birth date optional)."
        ),
    ] = None,
    developer: Annotated[
        str | None, typer.Option("--developer", help="The developer's INN (10 digits).")
    ] = None,
    paid: Annotated[bool, typer.Option("--paid", help="A paid report: re-checked on schedule.")] = False,
    check_id: Annotated[
        int | None, typer.Argument(help="With show: the check's id.", show_default=False)
    ] = None,
    as_json: JsonFlag = False,
) -> None:
    """Start a property check: reuses fresh facts, fetches what is missing or stale; `mirano check show CHECK`
    shows one check as it stands."""
    if address == "show" or check_id is not None:
        show(address, check_id, as_json)
        return
    if wait:
        from pipeline.runtime import demo_needed, ensure_demo_service

        if demo_needed():
            ensure_demo_service()
    try:
        result = service.start_check(
            address, profile, trigger="cli", paid=paid, owner=owner, developer=developer
        )
    except service.AddressRefused as refused:
        message = str(refused)
        if refused.candidates and "known:" not in message:
            message += "; did you mean: " + " | ".join(refused.candidates)
        fail(message, 2, as_json, **refused.details())
    if wait and result["pending"]:
        result = service.wait_for(result["id"], timeout=timeout)
    emit(result, as_json, lambda: render_check(result))
    if result["status"] == "FAILED":
        raise typer.Exit(1)


def show(action: str, check_id: int | None, as_json: bool) -> None:
    """`mirano check show CHECK`: the check with its sources, states, risk and notes, nothing started."""
    if action != "show":
        fail(f"action: expected 'show' before the check id, got {action!r}", 2, as_json, field="action")
    if check_id is None:
        fail("check: give the check id: mirano check show CHECK", 2, as_json, field="check")
    result = service.get_check(check_id)
    emit(result, as_json, lambda: render_check(result))


@reasons
def checks(
    limit: Annotated[int, typer.Option("--limit", min=1, max=1000, help="How many of the newest.")] = 20,
    as_json: JsonFlag = False,
) -> None:
    """The newest property checks: state, risk and the sources still running."""
    rows = service.list_checks(limit)

    def human() -> str:
        view = [
            {
                **r,
                "id": f"#{r['id']}",
                "profile": say(r["profile"]),
                "risk": "-" if r["risk_score"] is None else f"{r['risk_score']:g}",
                "pending": ", ".join(map(label, r["pending"])),
            }
            for r in rows
        ]
        return table(
            view, ["id", "address", "profile", "status", "risk", "created_at", "pending"], {"status": state}
        )

    emit(rows, as_json, human)


@reasons
def report(
    job_id: Annotated[int, typer.Argument(help="The check's id (see `mirano check`).")],
    finalize: Annotated[
        bool, typer.Option("--finalize", help="Freeze a FactSnapshot of this report.")
    ] = False,
    fmt: Annotated[
        str | None,
        typer.Option("--format", help="Write the report to hand over: pdf, csv or json (with --output)."),
    ] = None,
    output: Annotated[str | None, typer.Option("--output", help="The file --format writes.")] = None,
    as_json: JsonFlag = False,
) -> None:
    """The check's report: facts with provenance and risk factors; --finalize freezes a snapshot; --format pdf|csv|json
    --output FILE writes the latest snapshot (or the live facts) with evidence and provenance to a file."""
    if fmt is not None or output is not None:
        _write_report(job_id, fmt, output, finalize, as_json)
        return
    result = service.get_check(job_id)
    snapshot = service.finalize(job_id) if finalize else None
    if snapshot:
        result = {**service.get_check(job_id), "snapshot": snapshot}

    def human() -> str:
        text = render_report(result)
        if snapshot:
            text += "\n\n" + say(
                "snapshot #{id} frozen: {facts} facts, risk {score}",
                id=snapshot["id"],
                facts=snapshot["facts"],
                score=f"{snapshot['risk_score']:g}",
            )
            if snapshot["pending_when_frozen"]:
                text += " " + say(
                    "(still pending: {names})", names=", ".join(map(label, snapshot["pending_when_frozen"]))
                )
        return text

    emit(result, as_json, human)


def _write_report(job_id: int, fmt: str | None, output: str | None, finalize: bool, as_json: bool) -> None:
    from pipeline.cli.output import cli_lang
    from pipeline.engine.exceptions import BadInput
    from pipeline.service import exports

    if not fmt:
        raise BadInput("format", "--output needs --format pdf, csv or json")
    if not output:
        raise BadInput("output", "--format needs --output FILE")
    target = exports.writable(output)
    exports.check_format(fmt)  # refused before anything is frozen
    if finalize:
        service.finalize(job_id)
    _name, content = exports.check_report_file(job_id, fmt, cli_lang())
    target.write_bytes(content)
    result = {"check": job_id, "format": fmt.lower(), "output": str(target), "bytes": len(content)}
    emit(result, as_json, lambda: say("wrote {path} ({size} bytes)", path=str(target), size=len(content)))


@reasons
def diff(
    snapshot_a: Annotated[int, typer.Argument(help="The older snapshot id.")],
    snapshot_b: Annotated[int, typer.Argument(help="The newer snapshot id.")],
    as_json: JsonFlag = False,
) -> None:
    """What changed between two snapshots of one property: facts added, removed and changed."""
    result = service.diff(snapshot_a, snapshot_b)

    def human() -> str:
        lines = [
            say(
                "snapshot #{a} → #{b}: {added} added, {removed} removed, {changed} changed; risk {before} → {after}",
                a=snapshot_a,
                b=snapshot_b,
                added=len(result["added"]),
                removed=len(result["removed"]),
                changed=len(result["changed"]),
                before=f"{result['risk_score']['before']:g}",
                after=f"{result['risk_score']['after']:g}",
            )
        ]
        lines += [f"+ {_fact_words(f)}: {f['value']}" for f in result["added"]]
        lines += [f"- {_fact_words(f)}: {f['value']}" for f in result["removed"]]
        lines += [f"~ {_fact_words(c)}: {c['before']} → {c['after']}" for c in result["changed"]]
        return "\n".join(lines)

    emit(result, as_json, human)


def _fact_words(fact: dict[str, Any]) -> str:
    """A fact of a diff as a reader names it: its source's label, its kind in words, its key."""
    return f"{label(fact['source'])} {kind_label(fact['type'], cli_lang())} {fact['key']}"


FLAGS = {"key": "key_object", "paid": "paid", "popular": "popular"}


@reasons
def flag(
    job_id: Annotated[int, typer.Argument(help="The check's id.")],
    name: Annotated[str, typer.Argument(help="key (a key object) or paid (a paid report).")],
    off: Annotated[bool, typer.Option("--off", help="Clear the flag instead of setting it.")] = False,
    as_json: JsonFlag = False,
) -> None:
    """Mark a check for scheduled re-checks (key object, paid report), or clear the mark with --off."""
    if name not in FLAGS:
        fail(say("flag: unknown flag {name}; use key or paid", name=name), 2, as_json, field="flag")
    result = service.set_flags(job_id, **{FLAGS[name]: not off})
    names = {"key_object": "key object", "paid": "paid report", "popular": "popular object"}
    on = [say(names[k]) for k, v in result["flags"].items() if v and k in names]
    emit(
        result,
        as_json,
        lambda: say("check #{id}: re-check flags: {flags}", id=job_id, flags=", ".join(on) or say("none")),
    )


def register(app: typer.Typer) -> None:
    app.command()(check)
    app.command()(checks)
    app.command()(flag)
    app.command()(report)
    app.command()(diff)
