"""Progress for logs: long commands print a plain line every few seconds when stderr is not a terminal,
and the summary of `govkg run` fits an 80-column terminal."""
from __future__ import annotations

import io
import re
import time
from pathlib import Path

from click.testing import CliRunner
from rich.cells import cell_len

from govkg.cli.main import cli
from govkg.cli.progress import Heartbeat
from govkg.graph.store import open_store

DATA = Path(__file__).parent / "data"


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_a_slow_step_still_prints_lines():
    out = io.StringIO()
    with Heartbeat("building", total=3, stream=out, interval=0.2) as beat:
        beat.update(1, "a.txt")
        time.sleep(2.0)                      # one long document: the log must not go quiet
        beat.update(2, "b.txt")
    lines = out.getvalue().splitlines()
    waiting = [line for line in lines if line.startswith("building: 1/3 (a.txt)") and line.endswith("…")]
    assert len(waiting) >= 3, lines
    assert lines[-1].startswith("building: done, 2/3 in ")
    stamps = [float(m.group(1)) for m in map(re.compile(r", (\d+\.\d) s").search, lines) if m]
    assert all(b - a <= 1.0 for a, b in zip(stamps, stamps[1:])), stamps   # never 2 s of silence


def test_updates_are_throttled_to_the_interval():
    out = io.StringIO()
    with Heartbeat("loading", total=1000, stream=out, interval=60) as beat:
        for i in range(1000):
            beat.update(i + 1)
    assert out.getvalue().splitlines() == [out.getvalue().splitlines()[-1]]   # only the final line
    assert out.getvalue().startswith("loading: done, 1000/1000 in ")


def test_silent_on_a_terminal():
    out = Terminal()
    with Heartbeat("building", total=2, stream=out, interval=0) as beat:
        beat.update(1)
    assert out.getvalue() == ""


def test_build_prints_progress_lines_into_a_log(tmp_path):
    result = CliRunner().invoke(cli, ["build", str(DATA / "articles"), "--store", f"oxigraph:{tmp_path / 's'}"],
                                env={"GOVKG_PROGRESS_INTERVAL": "0"})
    assert result.exit_code == 0, result.output
    progress = [line for line in result.stderr.splitlines() if line.startswith("building: ")]
    assert progress[:5] == [f"building: {i}/5 ({p.name}), " + progress[i - 1].rsplit(", ", 1)[1]
                            for i, p in enumerate(sorted((DATA / "articles").glob("*.txt")), 1)]
    assert progress[-1].startswith("building: done, 5/5 in ")


def test_run_summary_fits_80_columns(tmp_path):
    result = CliRunner().invoke(cli, ["run", str(DATA / "articles"), "--store", "memory:", "--out", str(tmp_path)],
                                env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    # every line but the two naming paths (a path is as long as it is)
    widths = {line: cell_len(line) for line in result.stdout.splitlines()
              if not line.startswith(("Store:", "Files:"))}
    assert max(widths.values()) <= 80, [line for line, w in widths.items() if w > 80]
    assert "Which agency coordinates or operates which platform" in result.stdout
    assert "天府通办" in result.stdout


def test_export_graph_prints_progress_into_a_log(tmp_path):
    store = open_store(f"oxigraph:{tmp_path / 's'}")
    store.import_dataset(DATA / "nx_fixture.trig")
    store.close()
    result = CliRunner().invoke(cli, ["export-graph", "--format", "graphml", "--out", str(tmp_path / "g.graphml"),
                                      "--store", f"oxigraph:{tmp_path / 's'}"], env={"GOVKG_PROGRESS_INTERVAL": "0"})
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    assert lines[0].startswith("export-graph: reading the store, ")
    assert any(line.startswith("export-graph: writing graphml, ") for line in lines)
    assert lines[-1].startswith("export-graph: done in ")
