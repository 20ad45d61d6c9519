"""The same text gives the same graph in every process.

Python salts ``str`` hashes per process (PYTHONHASHSEED), so anything the
extractor decides by iterating a set could differ between a serial build and
its worker processes — and a parallel build would no longer be the serial
one's. Ties must be broken by something in the text or the names.
"""
from __future__ import annotations

import os
import subprocess
import sys

# A bare "一体化政务服务平台" that abbreviates either of two equally long names.
TEXT = ("近年来，各地以一体化政务服务平台建设为牵引，推进政务数据共享。\n"
        "银川市金凤区卫生健康委员会统筹建设全区一体化政务服务平台，群众办事更方便。\n"
        "毕节市纳雍县行政审批服务局统筹建设全县一体化政务服务平台，企业开办一日办结。\n")

SCRIPT = """
import sys
from govkg.build import _extract
from govkg.loaders.pipeline import Extractor
from govkg.loaders.resources import load_resources
from govkg.types import RawText
extractor = Extractor(load_resources(ner_threads=1))
sys.stdout.write(_extract(RawText("<t>", sys.stdin.read(), "utf-8"), extractor)[2])
"""


def _graph_with_hash_seed(seed: int) -> str:
    env = dict(os.environ, PYTHONHASHSEED=str(seed))
    return subprocess.run([sys.executable, "-c", SCRIPT], input=TEXT, env=env, text=True, capture_output=True,
                          check=True).stdout


def test_the_graph_does_not_depend_on_the_process_hash_seed():
    graphs = {seed: _graph_with_hash_seed(seed) for seed in (0, 1, 2, 3)}
    assert "全区一体化政务服务平台" in graphs[0] and "全县一体化政务服务平台" in graphs[0]
    assert len(set(graphs.values())) == 1, "the extraction differs between processes"
