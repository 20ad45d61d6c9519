"""The explore commands (neighbors, path, show, export-graph, view) on a store holding the fixture."""
from __future__ import annotations

import gc
import json
from pathlib import Path

import click
import networkx as nx
import pytest
from click.testing import CliRunner

from govkg.cli import explore
from govkg.graph.store import open_store

FIXTURE = Path(__file__).parent / "data" / "nx_fixture.trig"
ID = "https://w3id.org/govkg/id/"
group = click.Group("govkg", commands=explore.COMMANDS)


def load_fixture(store):
    store.import_dataset(FIXTURE)
    return store


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    """An on-disk store with the fixture, closed again so the commands can open it."""
    folder = tmp_path_factory.mktemp("store") / "store"
    store = load_fixture(open_store(folder))
    store.flush()
    del store
    gc.collect()  # release RocksDB's lock
    return str(folder)


@pytest.fixture
def run(store_dir):
    def invoke(*args, store=store_dir):
        return CliRunner().invoke(group, [*args, "--store", store], catch_exceptions=False)
    return invoke


def test_commands_are_registered():
    assert [c.name for c in explore.COMMANDS] == ["neighbors", "path", "show", "export-graph", "view"]
    from govkg.cli.main import cli
    assert {"neighbors", "path", "show", "export-graph", "view"} <= set(cli.commands)


def test_neighbors(run):
    result = run("neighbors", "上海市大数据中心")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[:3] == [
        "上海市大数据中心 (Agency)",
        "  ←supervises— 上海市人民政府办公厅 (Agency)",
        "      「上海市人民政府办公厅负责指导监督上海市大数据中心的工作。」  — 上海“一网通办”改革观察 (2021-01-15)"]
    assert "  —operates→ 一网通办总门户 (Platform)" in result.stdout
    assert "  —jurisdiction→ 上海市 (Region)" in result.stdout


def test_neighbors_by_alias_with_filters(run):
    result = run("neighbors", "一网通办", "--relation", "operates", "--direction", "in")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "一网通办总门户 (Platform)",
        "  ←operates— 上海市大数据中心 (Agency)",
        "      「上海市大数据中心负责建设运营“一网通办”总门户。」  — 上海“一网通办”改革观察 (2021-01-15)",
        "      「上海市大数据中心运营的“一网通办”总门户已成为长三角跨省通办的样板。」  — 长三角数字政府建设观察 (2023-03-01)"]
    assert run("neighbors", "一网通办", "--relation", "knows").exit_code == 2


def test_path(run):
    result = run("path", "随申办", "省大数据局")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "1. 随申办 ←sharesDataWith— 浙里办 ←operates— 浙江省大数据发展管理局"
    assert lines[1] == "     随申办 ←sharesDataWith— 浙里办: 「“浙里办”与“随申办”实现电子证照数据共享。」"
    assert "2. 随申办 —partOf→ 一网通办总门户 ←operates— 上海市大数据中心 —cooperatesWith→ 浙江省大数据发展管理局" in lines
    assert "2." not in run("path", "随申办", "省大数据局", "--max-hops", "2").stdout


def test_path_out_of_reach(run):
    result = run("path", "浦东新区", "杭州市")
    assert result.exit_code == 0
    assert result.stdout.startswith("no path of at most 3 relations between 浦东新区 (Region) and 杭州市 (Region)")
    result = run("path", "浦东新区", "杭州市", "--max-hops", "4")
    assert "1. 浦东新区 —partOf→ 上海市 —partOf→ 中国 ←partOf— 浙江省 ←partOf— 杭州市" in result.stdout
    assert "(no evidence sentence)" in result.stdout


def test_show_platform(run):
    result = run("show", "浙里办App")
    assert result.exit_code == 0
    out = result.stdout
    for line in ["浙里办", "  type: Platform", f"  IRI: {ID}platform/浙里办", "  aliases: 浙里办App",
                 f"    - 长三角数字政府建设观察 (2023-03-01)  {ID}doc/8e2d4b6a1c9f0e37",
                 "  relations (3):", "    ←operates— 浙江省大数据发展管理局 (Agency) [confidence 0.85]",
                 "    —sharesDataWith→ 随申办 (Platform) [confidence 0.8]",
                 "  statistics:", "    注册用户 > 100000000 人"]:
        assert line in out.splitlines()


def test_show_region_and_dates(run):
    out = run("show", "浦东新区").stdout
    assert "  region code: 310115" in out and "  region level: county" in out
    assert "    ←jurisdiction— 浦东新区人民政府 (Agency) [confidence 0.6, inferred]" in out
    out = run("show", "一网通办").stdout
    assert "  launch date: 2018-10-17" in out
    assert "    个人实名用户 > 29210000 人 (as of 2020-12-31)" in out
    assert "  issue date: 2022-01-21" in run("show", "浙江省公共数据条例").stdout
    assert "[confidence 0.8, rating 非常高]" in run("show", "2022年省级政府和重点城市一体化政务服务能力调查评估报告").stdout


def test_unknown_name_suggests(run):
    result = run("show", "北京市大数据中心")
    assert result.exit_code == 2
    first, second = result.stderr.splitlines()
    assert first == "no entity named 北京市大数据中心"
    suggested = second.removeprefix("did you mean: ").split(", ")
    assert "上海市大数据中心" in suggested and len(suggested) <= 5
    assert run("neighbors", "完全无关").stderr.strip() == "no entity named 完全无关"


def test_ambiguous_name_lists_candidates(run):
    for command in (["show", "大数据"], ["neighbors", "大数据"], ["path", "大数据", "浙里办"]):
        result = run(*command)
        assert result.exit_code == 2
        assert result.stderr.splitlines()[:3] == [
            "'大数据' is ambiguous; 2 entities match:",
            f"  上海市大数据中心 (Agency)  {ID}agency/上海市大数据中心",
            f"  浙江省大数据发展管理局 (Agency)  {ID}agency/浙江省大数据发展管理局"]


def test_empty_and_missing_stores(run, tmp_path):
    result = run("show", "浙里办", store="memory:")
    assert result.exit_code == 2
    assert "no entity named 浙里办 (the store is empty" in result.stderr
    result = run("show", "浙里办", store=str(tmp_path / "nowhere"))
    assert result.exit_code == 2 and result.stderr.startswith("no store at")
    assert not (tmp_path / "nowhere").exists()


@pytest.mark.parametrize("fmt, name, read", [
    ("graphml", "g.graphml", lambda p: nx.read_graphml(p, force_multigraph=True)),
    ("gexf", "g.gexf", nx.read_gexf),
    ("json", "g.json", lambda p: nx.node_link_graph(json.loads(p.read_text("utf-8")), edges="edges")),
])
def test_export_graph(run, tmp_path, fmt, name, read):
    out = tmp_path / name
    result = run("export-graph", "--format", fmt, "--out", str(out))
    assert result.exit_code == 0
    assert result.stdout.strip() == f"wrote 17 entities and 24 relations to {out}"
    H = read(out)
    assert (H.number_of_nodes(), H.number_of_edges()) == (17, 24)


def test_export_graph_csv(run, tmp_path):
    result = run("export-graph", "--format", "csv", "--out", str(tmp_path / "csv"))
    assert result.exit_code == 0
    assert len((tmp_path / "csv" / "edges.csv").read_text("utf-8").splitlines()) == 25
    assert run("export-graph", "--format", "pdf", "--out", "x").exit_code == 2


def test_view(run, tmp_path):
    out = tmp_path / "graph.html"
    result = run("view", "--out", str(out), "--title", "长三角")
    assert result.exit_code == 0 and out.exists()
    text = out.read_text("utf-8")
    assert "<title>长三角</title>" in text and "浙江省大数据发展管理局" in text


@pytest.mark.parametrize("command", ["neighbors", "path", "show", "export-graph", "view"])
def test_help_has_examples(command):
    result = CliRunner().invoke(group, [command, "--help"])
    assert result.exit_code == 0 and "Examples:" in result.stdout and f"govkg {command}" in result.stdout
