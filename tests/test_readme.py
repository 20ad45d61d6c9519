"""Every command of the README's "Everyday use" runs on the bundled sample and gives a real answer.

The commands are read from README.md itself and run as written, in a folder
holding ``articles/`` (the sample, another article ``old.txt``, a draft and a
README that must not be built) and ``article.txt``.
"""
from __future__ import annotations

import json
import re
import shlex
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from govkg.cli.main import cli

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "govkg" / "samples" / "sample_article.txt"
OTHER = ROOT / "tests" / "data" / "articles" / "a01_changsanjiao_yiwangtongban.txt"
OTHER_GOLD = ROOT / "tests" / "data" / "gold" / "a01_changsanjiao_yiwangtongban.gold.json"


def everyday_commands() -> list[list[str]]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## Everyday use\n.*?```bash\n(.*?)```", text, re.S).group(1)
    commands = []
    for line in block.splitlines():
        line = line.split("#", 1)[0].strip() if " #" in line else line.strip()
        if line:
            args = shlex.split(line)
            assert args[0] == "govkg", line
            commands.append(args[1:])
    return commands


#: What each command must answer (a phrase of its output, or a check of the files it wrote).
EXPECT = {
    "build": "Documents: 2 built",
    "extract": "陕西省政务大数据服务中心",
    "queries": "agency-coordinates-platform",
    "agency-coordinates-platform": "陕西省一体化政务服务平台",
    "platforms-serving-region": "秦务员",
    "show": "陕西政务服务网",
    "neighbors": "甘肃省通信管理局",
    "path": "陕西省政务服务管理局",
    "validate": "Conforms",
    "remove": "removed articles/old.txt",
    "evaluate": "micro-average over 1 article",
}


@pytest.fixture()
def project(tmp_path, monkeypatch):
    (tmp_path / "articles").mkdir()
    shutil.copy(SAMPLE, tmp_path / "articles" / "sample.txt")
    shutil.copy(OTHER, tmp_path / "articles" / "old.txt")
    shutil.copy(OTHER, tmp_path / "articles" / "draft-notes.txt")
    (tmp_path / "articles" / "README.md").write_text("# 文章说明\n本目录收录江苏省大数据管理中心的稿件。\n", encoding="utf-8")
    shutil.copy(SAMPLE, tmp_path / "article.txt")
    (tmp_path / "gold").mkdir()           # the evaluate examples: a gold file beside its article, and a saved prediction
    shutil.copy(OTHER_GOLD, tmp_path / "gold" / "old.gold.json")
    shutil.copy(OTHER_GOLD, tmp_path / "a01.gold.json")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a01.json").write_text(CliRunner().invoke(cli, ["extract", str(OTHER), "--json"]).output, encoding="utf-8")
    monkeypatch.setenv("GOVKG_STORE", str(tmp_path / "store"))
    return tmp_path


def key(args: list[str]) -> str:
    return args[1] if args[0] == "query" else args[0]


def run(args):
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, f"govkg {shlex.join(args)} exited {result.exit_code}:\n{result.output}"
    return result.output


def test_the_readme_lists_the_commands_this_test_checks():
    names = [key(a) for a in everyday_commands()]
    assert set(EXPECT) <= set(names) and {"export", "export-graph", "view", "neo4j"} <= set(names)


def test_every_everyday_command_answers_on_the_sample(project):
    for args in everyday_commands():
        if args[0] == "neo4j" or "--backend" in args:
            continue                                     # below, against the test Neo4j
        out = run(args)
        name = key(args)
        if name in EXPECT:
            assert EXPECT[name] in out, f"govkg {shlex.join(args)} did not answer:\n{out}"
        if name == "build":
            with_docs = run(["query", "documents", "--format", "csv"])
            assert "sample.txt" in with_docs and "old.txt" in with_docs
            assert "README.md" not in with_docs and "draft" not in with_docs
        if name == "extract":
            assert json.loads(out)["entities"]
    assert "old.txt" not in run(["query", "documents", "--format", "csv"])
    assert "秦务员" in (project / "kg.trig").read_text(encoding="utf-8")          # the files, with the sample's facts
    assert "秦务员" in (project / "kg.graphml").read_text(encoding="utf-8")
    assert "秦务员" in (project / "graph.html").read_text(encoding="utf-8")


@pytest.mark.neo4j
def test_the_neo4j_commands_answer_on_the_sample(project, clean_neo4j):
    run(["build", "articles/sample.txt"])
    for args in everyday_commands():
        if args[0] == "neo4j" or "--backend" in args:
            out = run(args)
            if "--backend" in args:
                assert "陕西省一体化政务服务平台" in out
