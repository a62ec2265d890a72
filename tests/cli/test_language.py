"""The CLI's human output follows MIRANO_LANG; --json stays exactly as scripts read it, in any language."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.config import reset_settings

runner = CliRunner()


def invoke(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_human_output_in_russian_json_unchanged(db: object, monkeypatch: pytest.MonkeyPatch) -> None:
    english = {cmd: json.loads(invoke(cmd, "--json")) for cmd in ("jobs", "projects")}
    assert "economy mode on" in invoke("economy", "on")
    monkeypatch.setenv("MIRANO_LANG", "ru")
    reset_settings()
    assert invoke("economy", "on").startswith("режим экономии включён: лимиты ×")
    table = invoke("jobs").splitlines()
    assert table[0].split()[:4] == ["задание", "класс", "область", "статус"], table[0]
    assert "простаивает" in table[1] and " idle " not in table[1], table[1]  # statuses in words of the reader
    assert invoke("projects").startswith("проектов пока нет")
    for cmd, before in english.items():  # the JSON a script reads does not change with the language
        after = json.loads(invoke(cmd, "--json"))
        if cmd == "jobs":  # next_run_at moves with economy mode; the keys and names do not
            assert [sorted(j) for j in after] == [sorted(j) for j in before]
            assert [(j["name"], j["status"]) for j in after] == [(j["name"], j["status"]) for j in before]
        else:
            assert after == before


def test_risk_lines_and_the_ask_footer_keep_to_one_language(monkeypatch: pytest.MonkeyPatch) -> None:
    """A risk line is stored "Russian / English" (pipeline/checks/risk.py); the CLI says the reader's half, and the
    assistant's mode in the footer comes from the catalog too."""
    import re
    from types import SimpleNamespace

    from pipeline.checks import risk
    from pipeline.cli.agent_cmds import mode_line
    from pipeline.cli.checks_cmds import _risk_lines

    fact = SimpleNamespace(id=7, value={"active": True, "amount": 120000})
    score, text, ids = risk._active_enforcement([(fact, SimpleNamespace(name="Иванов Петр Сергеевич"), None)])
    check = {"risk": {"score": score, "factors": [{"factor": "active_enforcement", "score": score,
                                                   "explanation": text, "fact_ids": ids}]}}  # fmt: skip
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    said = {}
    for lang, other in (("ru", r"[A-Za-z]{2,}"), ("en", r"[А-Яа-яЁё]{2,}")):
        monkeypatch.setenv("MIRANO_LANG", lang)
        reset_settings()
        said[lang] = "\n".join(_risk_lines(check)) + "\n" + mode_line(fallback=False)
        name_free = (
            said[lang].replace("LLM", "").replace("Иванов Петр Сергеевич", "")
        )  # a name is no language
        assert not re.findall(other, name_free), said[lang]
    assert "1 на 120 000 ₽ против Иванов Петр Сергеевич" in said["ru"] and "офлайн" in said["ru"]
    assert (
        "Active enforcement +15: active enforcement proceedings: 1 for 120,000 ₽ against Иванов Петр Сергеевич "
        "(facts 7)" in said["en"]
    )
