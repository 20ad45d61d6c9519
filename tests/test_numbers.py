"""A number prints one way: platform-statistics and entity-profile show the same value the same way."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner

from govkg.cli.main import cli

ARTICLES = Path(__file__).parent / "data" / "articles"


def test_statistics_print_the_same_in_every_query_and_format(tmp_path):
    store = str(tmp_path / "store")
    assert CliRunner().invoke(cli, ["build", str(ARTICLES), "--store", store]).exit_code == 0

    def query(*args):
        result = CliRunner().invoke(cli, ["query", *args, "--store", store])
        assert result.exit_code == 0, result.output
        return result.output

    stats = list(csv.DictReader(io.StringIO(query("platform-statistics", "--format", "csv"))))
    profile = list(csv.DictReader(io.StringIO(query("entity-profile", "--format", "csv"))))
    said = {(r["entity_name"], r["value"]) for r in profile if r["property"] == "statistic"}
    assert any(r["value"] == "6500" for r in stats)                 # 上线事项达到6500项
    for r in stats:
        assert not r["value"].endswith(".0"), r
        text = f"{r['metric_name']} {r['op']} {r['value']}"
        assert any(e == r["entity_name"] and v.startswith(text) for e, v in said), text
    rows = json.loads(query("platform-statistics", "--format", "json"))
    assert 6500 in [r["value"] for r in rows] and "6500.0" not in query("platform-statistics")
