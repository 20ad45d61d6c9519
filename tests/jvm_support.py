"""Java tools for the tests that check govkg's output with other programs' readers.

``scripts/jvm/fetch.sh TOOL`` puts a tool's jars (from Maven Central) under
``$GOVKG_JVM_HOME/TOOL/lib`` (default ``~/.cache/govkg-jvm``); scripts/test.sh
runs it for all of them. When the jars are missing and Java and Maven are
here, the tests fetch them; without Java or Maven they skip (fail under CI=true).
"""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCES = Path(__file__).resolve().parent / "jvm"


def jvm_home() -> Path:
    return Path(os.environ.get("GOVKG_JVM_HOME") or Path.home() / ".cache" / "govkg-jvm")


def _unavailable(message: str):
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    pytest.skip(message)


def tool_classpath(tool: str) -> str:
    """The classpath of ``tool`` (jena, owlapi, gephi), fetching it once if need be."""
    if not shutil.which("java"):
        _unavailable(f"no java here: the {tool} checks need Java 17+ (and Maven to fetch {tool})")
    lib = jvm_home() / tool / "lib"
    if not any(lib.glob("*.jar")):
        if not shutil.which("mvn"):
            _unavailable(f"{tool} jars missing and no mvn to fetch them: bash scripts/jvm/fetch.sh {tool}")
        done = subprocess.run(["bash", str(ROOT / "scripts" / "jvm" / "fetch.sh"), tool],
                              capture_output=True, text=True, timeout=900)
        if done.returncode:
            pytest.fail(f"scripts/jvm/fetch.sh {tool} failed:\n{done.stderr[-2000:]}")
    return str(lib / "*")


def run_java(tool: str, source: str, *args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    """Run ``tests/jvm/SOURCE`` (a single-file Java program) with ``tool``'s jars; fail with its output."""
    cmd = ["java", "-Xss4m", "-Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider",
           "-cp", tool_classpath(tool), str(SOURCES / source), *args]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    if done.returncode:
        pytest.fail(f"{source} failed ({done.returncode}):\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return done
