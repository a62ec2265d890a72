"""Every source of a check is named by its label from the catalogs («Суды застройщика» / "Developer's court cases")
wherever a person reads (the CLI's text, reasons and notes, the PDF and CSV reports); its key only under --json."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from pipeline.checks.reuse import PROFILES
from pipeline.cli import app
from pipeline.config import reset_settings
from pipeline.i18n import forget_missing, missing, tr_in
from pipeline.i18n.check_words import (
    KIND_LABELS,
    SOURCE_LABELS,
    check_state,
    kind_label,
    source_label,
    source_reason,
    source_state,
)
from pipeline.service import checks as checks_service
from pipeline.service import exports
from tests.checks.helpers import NEVSKY
from tests.checks.test_handover_reports import pdf_text

KEYS = sorted({source for profile in PROFILES.values() for source in profile})
LANGS = ("en", "ru")
# A key where a source is named: before ":", ";", ",", ")" or the end of a line ("court.developer: failed"), or
# opening a table row; "waiting for listings to name the developer" is a sentence, not a key.
KEY_NAMED = re.compile(
    r"(?:^|(?<=: )|(?<=; )|(?<=, )|(?<=\())(" + "|".join(re.escape(k) for k in KEYS) + r")(?=[:;,)]|$)",
    re.MULTILINE,
)


def keys_shown(text: str) -> list[str]:
    """Source keys a reader would see where a label belongs."""
    rows = [line.split()[0] for line in text.splitlines() if line.split() and line.split()[0] in KEYS]
    return [m.group(1) for m in KEY_NAMED.finditer(text)] + rows


@pytest.mark.parametrize("lang", LANGS)
def test_every_source_key_has_a_label_and_reasons_name_it(lang: str) -> None:
    forget_missing()
    english = {key: source_label(key, "en") for key in KEYS}
    for key in KEYS:
        label = source_label(key, lang)
        assert key in SOURCE_LABELS and label and label != key, key
        assert lang == "en" or label != english[key], f"{key} has no Russian label"
        said = {key: (label if lang == "en" else tr_in(lang, "reason", key)).lower()}
        for stored in (
            f"updating: {key}: waiting for listings to name the developer",
            f"failed: {key}: source unavailable (HTTP 503) (the report lacks these sources)",
            f"every source failed: {key}: source unavailable (HTTP 503)",
            f"cancelled at 14:02 by ana: not fetched: {key}",
            f"failed: {key}: could not connect",
            f"failed: {key}: gave up after 3 attempts: {key}: the connection broke off",
            f"failed: {key}: no answer within 20 s",
            f"failed: {key}: rate limited (HTTP 429), retry after 7 s",
            f"failed: {key}: request refused (HTTP 404); {key}: malformed JSON body",
            f"every source failed: {key}: the proxy failed",
            f"updating: {key}: every proxy is cooling down",
        ):
            read = source_reason(stored, lang)
            assert said[key] in read.lower(), read
            assert said[key] == key or not keys_shown(read), read  # "listings" is its own label in a sentence
            assert lang == "en" or not re.findall(r"[a-z]{4,}", read), read  # every word of it in Russian
    assert not missing(), missing()


def test_state_words_are_words_in_both_languages() -> None:
    forget_missing()
    for code in ("CREATED", "IN_PROGRESS", "PARTIAL", "COMPLETED", "FAILED"):
        assert check_state(code, "en") == code.replace("_", " ").lower()
        assert re.fullmatch(r"[а-яё ]+", check_state(code, "ru")), code
    for word in ("pending", "queued", "running", "retrying", "waiting", "completed", "failed", "cancelled"):
        assert source_state(word, "en") == word
        assert re.fullmatch(r"[а-яё ]+", source_state(word, "ru")), word
    assert not missing(), missing()


def cli(lang: str, monkeypatch: pytest.MonkeyPatch, *args: str) -> Any:
    monkeypatch.setenv("MIRANO_LANG", lang)
    reset_settings()
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result


def test_cli_and_reports_name_every_source_by_its_label(
    sources: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    check = checks_service.wait_for(checks_service.start_check(NEVSKY, "full")["id"], timeout=30)
    shown = {s["source"] for s in check["sources"]}
    kinds = {f["type"] for f in check["facts"]}
    assert kinds <= set(KIND_LABELS), kinds
    assert shown == set(PROFILES["full"]) and {f["source"] for f in check["facts"]} >= shown - {
        "court.developer"
    }
    as_json = json.loads(cli("en", monkeypatch, "check", "show", str(check["id"]), "--json").stdout)
    assert {s["source"] for s in as_json["sources"]} == shown  # scripts keep the keys
    for lang in LANGS:
        labels = {key: source_label(key, lang) for key in shown}
        for args in (("check", "show", str(check["id"])), ("report", str(check["id"]))):
            text = cli(lang, monkeypatch, *args).stdout
            assert [label for label in labels.values() if label not in text] == [], (args, text)
            assert not keys_shown(text), (args, keys_shown(text))
        report = cli(lang, monkeypatch, "report", str(check["id"])).stdout  # each fact's kind in words too
        codes = [k for k in kinds if kind_label(k, lang) != k]  # "review" is its own word in English
        assert all(kind_label(k, lang) in report for k in kinds), report
        assert codes and not [k for k in codes if f" {k} " in report], report
        assert check_state("COMPLETED", lang) in cli(lang, monkeypatch, "checks").stdout
        table = exports.check_report_file(check["id"], "csv", lang)[1].decode("utf-8-sig")
        in_csv = {row["source"] for row in csv.DictReader(io.StringIO(table)) if row["section"] == "fact"}
        assert in_csv and in_csv <= set(labels.values()), in_csv
        types = {row["type"] for row in csv.DictReader(io.StringIO(table)) if row["section"] == "fact"}
        assert types == {kind_label(k, lang) for k in kinds}, types
        pdf = tmp_path / f"{lang}.pdf"
        pdf.write_bytes(exports.check_report_file(check["id"], "pdf", lang)[1])
        flat = " ".join(pdf_text(pdf).split())
        assert all(label in flat for label in in_csv) and "court.developer" not in flat
