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
