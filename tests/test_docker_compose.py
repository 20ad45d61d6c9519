"""docker-compose.yml: the Neo4j service users start with ``docker compose up -d``.

Parsed with PyYAML when it is installed, else checked line by line; when a
``docker compose`` or ``docker-compose`` command works, it validates the file too.
"""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
COMPOSE = ROOT / "docker-compose.yml"
IMAGE = re.compile(r"^neo4j:5\.26\.\d+-community$")


def _text() -> str:
    return COMPOSE.read_text(encoding="utf-8")


def _parsed() -> dict | None:
    try:
        import yaml
    except ImportError:
        return None
    return yaml.safe_load(_text())


def test_compose_file_describes_a_pinned_neo4j_with_auth_volume_and_healthcheck():
    data = _parsed()
    if data is None:
        _minimal_check(_text())
        return
    neo4j = data["services"]["neo4j"]
    assert IMAGE.match(neo4j["image"]), neo4j["image"]
    ports = " ".join(str(p) for p in neo4j["ports"])
    assert re.search(r":7474\b", ports) and re.search(r":7687\b", ports)
    environment = neo4j["environment"]
    if isinstance(environment, list):
        environment = dict(item.split("=", 1) for item in environment)
    assert re.search(r"\$\{NEO4J_PASSWORD[:}-]", environment["NEO4J_AUTH"])
    named = set(data.get("volumes") or {})
    mounted = {str(v).split(":", 1)[0] for v in neo4j["volumes"]}
    assert named & mounted, "a named volume for the data"
    assert neo4j["healthcheck"]["test"]


def _minimal_check(text: str) -> None:
    image = re.search(r"^\s*image:\s*['\"]?([^\s'\"]+)", text, re.M)
    assert image and IMAGE.match(image.group(1)), image and image.group(1)
    assert re.search(r"[\"' -]\S*:7474[\"']?\s*(#.*)?$", text, re.M), "HTTP port 7474"
    assert re.search(r"[\"' -]\S*:7687[\"']?\s*(#.*)?$", text, re.M), "Bolt port 7687"
    assert re.search(r"NEO4J_AUTH:\s*['\"]?neo4j/\$\{NEO4J_PASSWORD[:}-]", text), "NEO4J_AUTH from ${NEO4J_PASSWORD}"
    top_volumes = re.search(r"^volumes:\s*\n((?:[ \t]+\S.*\n?)+)", text, re.M)
    assert top_volumes, "a top-level volumes: section"
    names = re.findall(r"^[ \t]+([\w.-]+):", top_volumes.group(1), re.M)
    assert any(re.search(rf"^\s*-\s*['\"]?{re.escape(n)}:/", text, re.M) for n in names), "a named volume mounted"
    assert re.search(r"^\s*healthcheck:\s*\n\s+test:", text, re.M), "a healthcheck"


def test_minimal_check_agrees_with_the_file():
    _minimal_check(_text())


def _compose_command() -> list[str] | None:
    for command in (["docker", "compose"], ["docker-compose"]):
        if not shutil.which(command[0]):
            continue
        try:
            probe = subprocess.run([*command, "version"], capture_output=True, text=True, timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if probe.returncode == 0:
            return command
    return None


def test_compose_config_is_valid():
    command = _compose_command()
    if command is None:
        pytest.skip("neither `docker compose` nor `docker-compose` is available")
    result = subprocess.run([*command, "-f", str(COMPOSE), "config", "-q"], capture_output=True, text=True,
                            timeout=60, cwd=ROOT)
    assert result.returncode == 0, result.stderr
