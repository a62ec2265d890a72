"""Reports to hand over: `mirano report ID --format pdf|csv|json --output FILE` (a PDF read back with pdftotext holds
the Russian address, the facts and their evidence ids; the CSV parses), the weekly digest as Markdown and PDF, and
the download buttons on the check page."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.service import checks as checks_service
from pipeline.service import memory as memory_service
from tests.checks.helpers import NEVSKY

APP = str(Path(__file__).resolve().parents[2] / "ui" / "app.py")


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed; .ci/run installs it")
    done = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, check=True, timeout=60)
    return done.stdout.decode("utf-8")


def cli(*args: str) -> Any:
    return CliRunner().invoke(app, list(args))


def test_check_report_as_pdf_csv_and_json(
    sources: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MIRANO_LANG", "ru")
    check = checks_service.wait_for(checks_service.start_check(NEVSKY, "full")["id"], timeout=30)
    pdf, table, doc = tmp_path / "r.pdf", tmp_path / "r.csv", tmp_path / "r.json"
    assert (
        cli("report", str(check["id"]), "--finalize", "--format", "pdf", "--output", str(pdf)).exit_code == 0
    )
    assert cli("report", str(check["id"]), "--format", "csv", "--output", str(table)).exit_code == 0
    assert cli("report", str(check["id"]), "--format", "json", "--output", str(doc)).exit_code == 0

    report = json.loads(doc.read_text(encoding="utf-8"))
    assert report["snapshot"] is not None and report["facts"]  # the frozen snapshot, not the live view
    text = pdf_text(pdf)
    flat = " ".join(text.split())  # table cells wrap: compare with single spaces
    assert "Невский проспект, д. 100" in flat and "Отчёт о проверке объекта" in flat
    assert f"снимок #{report['snapshot']['id']}" in flat
    for fact in report["facts"]:
        assert f"#{fact['id']}" in flat.split()  # the fact's id opens its row
        assert f"доказательство #{fact['evidence']['id']} задача #{fact['evidence']['task_id']}" in flat
    assert "Иванов Пётр Сергеевич" in flat  # the owner's enforcement facts, Cyrillic rendered and extractable

    rows = list(csv.DictReader(io.StringIO(table.read_text(encoding="utf-8-sig"))))
    facts = [r for r in rows if r["section"] == "fact"]
    factors = [r for r in rows if r["section"] == "risk_factor"]
    assert [int(r["fact_id"]) for r in facts] == [f["id"] for f in report["facts"]]
    assert [int(r["evidence_id"]) for r in facts] == [f["evidence"]["id"] for f in report["facts"]]
    assert {r["factor"] for r in factors} == {f["factor"] for f in report["risk"]["factors"]}
    assert all(r["provenance"] == "получено этой проверкой" for r in facts)

    refused = cli(
        "report", str(check["id"]), "--format", "docx", "--output", str(tmp_path / "x.docx"), "--json"
    )
    assert refused.exit_code == 2 and json.loads(refused.stdout)["field"] == "format"
    assert not (tmp_path / "x.docx").exists()


def test_weekly_digest_as_markdown_and_pdf(db: Any, tmp_path: Path) -> None:
    memory_service.create_project("alfa", "Альфа Строй — реконструкция офиса")
    out = tmp_path / "digest.pdf"
    assert cli("digest", "alfa", "--generate", "--format", "pdf", "--output", str(out)).exit_code == 0
    assert "Альфа Строй — реконструкция офиса" in " ".join(pdf_text(out).split())
    markdown = cli("digest", "alfa")
    assert markdown.exit_code == 0 and markdown.stdout.startswith("# Альфа Строй")
    missing = cli("digest", "nope", "--json")
    assert missing.exit_code == 2 and json.loads(missing.stdout)["field"] == "project"


def test_check_page_offers_the_downloads_and_an_erase_control(
    sources: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MIRANO_UI_RUNTIME", "off")
    monkeypatch.setenv("MIRANO_USER", "kate")
    check = checks_service.wait_for(checks_service.start_check(NEVSKY, "basic")["id"], timeout=30)
    at = AppTest.from_file(APP, default_timeout=30).run()
    at.switch_page("views/checks.py").run()
    assert not at.exception, at.exception
    labels = sorted(b.proto.label for b in at.get("download_button"))
    assert labels == ["Download CSV", "Download JSON", "Download PDF"], labels
    erase = at.button(key=f"erase:check:{check['id']}")
    assert erase.disabled  # not before the confirmation box is ticked
    at.checkbox(key=f"erase_sure:check:{check['id']}").check().run()
    at.button(key=f"erase:check:{check['id']}").click().run()
    assert not at.exception, at.exception
    assert any(s.value.startswith("Erased. Audit #1 by kate") for s in at.success), [
        s.value for s in at.success
    ]
    assert checks_service.list_checks() == []
    at.text_input(key="erase_person_name").input("Иванов")  # one word: refused by the service, not the page
    at.checkbox(key="erase_sure:person").check().run()
    at.button(key="erase:person").click().run()
    assert any("Nothing was erased: person: write the full name" in e.value for e in at.error)
