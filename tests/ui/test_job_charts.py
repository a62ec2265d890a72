"""The Jobs page's charts show the data the page's totals show, with locale dates: read from the charts' own data."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

import pandas as pd
import pyarrow as pa
import pytest
from babel.dates import format_date
from streamlit.testing.v1 import AppTest

from pipeline.engine.context import RunContext
from pipeline.engine.registry import JobSpec, register_job
from pipeline.service import engine as service
from tests.ui.conftest import texts


def spender(ctx: RunContext) -> None:
    ctx.add_cost(embeddings=40, llm_calls=2, tokens=900, source_calls=3)
    ctx.processed()


@pytest.fixture
def spent(db: Any) -> float:
    """Two runs that spend every cost kind; what the page's header says was spent today."""
    spec = JobSpec(name="test.spender", job_class="memory", cadence_seconds=3600, limit=5, func=spender)
    register_job(spec, replace=True)
    for _ in range(2):
        service.run_now("test.spender", trigger="cli", wait=True)
    return sum(j["cost_today_usd"] for j in service.list_jobs())


def charts(at: AppTest) -> dict[str, tuple[dict[str, Any], pd.DataFrame]]:
    """Each chart by title: its Vega-Lite spec and the data rows the browser receives."""
    found = {}
    for element in at.get("vega_lite_chart"):
        spec = json.loads(element.proto.spec)
        frames = [pa.ipc.open_stream(d.data.data).read_pandas() for d in element.proto.datasets]
        found[spec["title"]] = (spec, pd.concat(frames) if frames else pd.DataFrame())
    return found


def today(locale: str) -> str:
    return format_date(datetime.now().astimezone().date(), "d MMM", locale=locale)


def test_charts_add_up_to_the_page_totals_with_locale_days(
    open_page: Callable[[str], AppTest], spent: float
) -> None:
    at = open_page("jobs")
    header = texts(at)
    assert f"${spent:.4f} spent today" in header or f"${spent:.2f} spent today" in header, header
    found = charts(at)
    spec, spend = found["Spend by kind"]
    assert spend["usd"].sum() == pytest.approx(spent)  # the bars add up to what the header says
    assert set(spend["kind_label"]) == {"embeddings", "LLM calls", "tokens", "source calls"}
    assert set(spend["bucket_label"]) == {today("en_US")}  # "5 Dec", never "2026-12-05"
    assert spec["height"] >= 200 and spec["encoding"]["y"]["axis"]["format"] != "$~g"
    spec, runs = found["Runs per day"]
    assert runs.loc[runs["job"] == "test.spender", "runs"].sum() == 2
    assert spec["encoding"]["x"]["field"] == "day_label" and spec["height"] >= 200

    at.sidebar.button_group(key="lang").set_value("ru").run()
    spec, spend = charts(at)["Расходы по видам"]
    assert set(spend["bucket_label"]) == {today("ru_RU")}  # "5 дек."
    assert len(set(spend["kind_label"])) == 4 and not set(spend["kind_label"]) & {"embeddings", "tokens"}
    assert spend["usd"].sum() == pytest.approx(spent)
