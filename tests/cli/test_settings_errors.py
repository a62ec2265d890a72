"""Settings checked at the edge: an unusable MIRANO_* value or data dir is one line naming the variable, exit 2 in
plain and --json mode alike, never a traceback; the demo server never binds a port nobody asked for; the
dashboard's configuration is found wherever `mirano ui` starts. Each case runs `mirano` as a process."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.cli.engine_cmds import ROOT_CONFIG, streamlit_flags
from tests.cli.test_input_errors import assert_one_line, mirano

BAD = [
    ("MIRANO_LEASE_SECONDS", "abc", "must be a number (got 'abc')"),
    ("MIRANO_NOTICE_SMTP_PORT", "99999", "must be at most 65535"),
    ("MIRANO_WEBHOOK_PORT", "-1", "must be at least 0"),
    ("MIRANO_CONCURRENCY_COURT", "0", "must be at least 1"),
    ("MIRANO_TTL_COURT_DAYS", "-1", "must be greater than 0"),
    ("MIRANO_DEMO_URL", "http://127.0.0.1:0", "the port must be from 1 to 65535"),
    ("MIRANO_DEMO_URL", "http://127.0.0.1", "give the port explicitly"),
    ("LINEAR_API_URL", "linear.example", "is not an http:// or https:// URL with a host"),
]


@pytest.mark.parametrize("as_json", [False, True])
@pytest.mark.parametrize(("variable", "value", "says"), BAD)
def test_a_bad_setting_is_one_line_naming_the_variable_exit_2(variable, value, says, as_json) -> None:
    result = mirano("jobs", *(["--json"] if as_json else []), env={variable: value})
    message = assert_one_line(result, 2, variable, as_json)
    assert says in message and "pydantic" not in message.lower()


@pytest.mark.parametrize("as_json", [False, True])
def test_a_data_dir_that_is_a_file_or_cannot_be_made_is_one_line(tmp_path: Path, as_json: bool) -> None:
    a_file = tmp_path / "not-a-folder"
    a_file.write_text("x")
    flag = ["--json"] if as_json else []
    message = assert_one_line(
        mirano("init", *flag, env={"MIRANO_DATA_DIR": str(a_file)}), 2, "MIRANO_DATA_DIR", as_json
    )
    assert "is a file, not a folder" in message
    below_a_file = str(a_file / "data")
    message = assert_one_line(
        mirano("init", *flag, env={"MIRANO_DATA_DIR": below_a_file}), 2, "MIRANO_DATA_DIR", as_json
    )
    assert "cannot use" in message


def test_the_error_speaks_the_language_asked_for() -> None:
    result = mirano("jobs", env={"MIRANO_CONCURRENCY_COURT": "0", "MIRANO_LANG": "ru"})
    assert result.returncode == 2
    assert result.stderr.strip() == "ошибка: MIRANO_CONCURRENCY_COURT: должно быть не меньше 1 (получено '0')"


def test_negative_limits_are_refused() -> None:
    assert_one_line(mirano("notices", "--limit", "-1"), 2, "--limit", False)
    assert_one_line(mirano("search", "x", "--k", "0", "--json"), 2, "--k", True)


def test_the_dashboard_config_is_found_from_the_package_not_the_current_folder() -> None:
    assert ROOT_CONFIG.is_absolute() and ROOT_CONFIG.exists()
    assert any(flag.startswith("--server.") for flag in streamlit_flags(ROOT_CONFIG))
