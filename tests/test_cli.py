"""The command line as a user meets it: help everywhere, the main job, extraction JSON, exit codes."""
from __future__ import annotations

import json

import click
import pytest
from click.testing import CliRunner

from govkg.cli.main import cli


def all_commands(group: click.Group, prefix=()):
    for name, command in sorted(group.commands.items()):
        yield prefix + (name,), command
        if isinstance(command, click.Group):
            yield from all_commands(command, prefix + (name,))


@pytest.mark.parametrize("path", [p for p, _ in all_commands(cli)], ids=" ".join)
def test_every_command_has_help_with_an_example(path):
    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example" in result.output, f"govkg {' '.join(path)} --help shows no example"


def test_run_builds_the_sample_and_answers_the_question(tmp_path):
    result = CliRunner().invoke(cli, ["run", "--store", str(tmp_path / "store"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Documents: 1 built, 0 skipped" in out
    assert "Entities per type" in out and "Relations per type" in out
    assert "SHACL: conforms" in out
    assert str(tmp_path / "store") in out and (tmp_path / "out" / "graph.ttl").exists()
    assert "Which agency coordinates or operates which platform" in out
    assert "coordinates" in out and "operates" in out


def test_the_summary_counts_the_relations_the_graph_holds(tmp_path):
    from collections import Counter

    from govkg.graph.store import open_store
    from govkg.types import RELATION_TYPES

    store = tmp_path / "store"
    result = CliRunner().invoke(cli, ["run", "--store", str(store), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    printed = dict(line.split("│") for line in result.output.split("Relations per type")[1].split("SHACL")[0]
                   .splitlines() if line.count("│") == 1)
    printed = {k.strip(): int(v) for k, v in printed.items() if v.strip().isdigit()}
    with open_store(store, read_only=True) as s:       # each distinct relation triple, whatever the graph
        triples = {(q.subject.value, q.predicate.value.rsplit("#", 1)[-1], q.object.value) for q in s.quads()
                   if type(q.object).__name__ == "NamedNode"}
    held = Counter(relation for _, relation, _ in triples if relation in RELATION_TYPES)
    assert printed == dict(held) and sum(printed.values()) > 10


def test_run_reports_a_skipped_file_and_exits_1(tmp_path):
    good = tmp_path / "in" / "good.txt"
    good.parent.mkdir()
    good.write_text("浙江省大数据发展管理局负责运营“浙里办”App。", encoding="utf-8")
    (tmp_path / "in" / "empty.txt").write_text("", encoding="utf-8")
    result = CliRunner().invoke(cli, ["run", str(good.parent), "--store", "memory:", "--out", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert "empty.txt: file is empty" in result.output and "1 built, skipped 1: 1 empty" in result.output


def test_extract_json_follows_the_evaluation_schema(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("2019年3月8日，“鄂汇办”App正式上线，注册用户超过3500万。湖北省政务管理办负责运营“鄂汇办”。", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(f), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) >= {"entities", "relations", "metrics", "dates"}
    ids = {e["id"]: e["name"] for e in data["entities"]}
    assert {"type": "Platform", "name": "鄂汇办"}.items() <= next(e for e in data["entities"] if e["name"] == "鄂汇办").items()
    assert any(ids[r["head"]] == "湖北省政务管理办" and r["type"] == "operates" and ids[r["tail"]] == "鄂汇办"
               for r in data["relations"])
    assert {"subject": next(k for k, v in ids.items() if v == "鄂汇办"), "value": 35000000.0}.items() <= data["metrics"][0].items()
    assert data["dates"][0]["value"] == "2019-03-08"


def test_extract_of_a_missing_file_names_it_and_exits_2(tmp_path):
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2 and "nope.txt" in result.output


def test_remove_an_unknown_document_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(cli, ["remove", "no-such.txt", "--store", str(tmp_path / "s")])
    assert result.exit_code == 1 and "no document 'no-such.txt'" in result.output
