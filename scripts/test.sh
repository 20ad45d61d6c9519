#!/usr/bin/env bash
# Run govkg's tests: install the project with its test extras into .venv,
# fetch the Java test tools (scripts/jvm) and start a local Neo4j server when Java and Maven are there (tests that need
# it skip otherwise, with a message; under CI=true they fail instead), then pytest.
#
#   bash scripts/test.sh            # everything
#   bash scripts/test.sh -k neo4j   # extra arguments go to pytest
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e '.[test]'

if command -v java >/dev/null && command -v mvn >/dev/null; then
    # Jena, the OWL API and the Gephi toolkit check govkg's output with their readers
    bash scripts/jvm/fetch.sh || {
        echo "scripts/test.sh: could not fetch the Java test tools (see above)" >&2
        [ "${CI:-}" = "true" ] && exit 1
    }
    uri_line=$(bash scripts/neo4j/start.sh | tail -n 1) || {
        echo "scripts/test.sh: the Neo4j server did not start (see above)" >&2
        [ "${CI:-}" = "true" ] && exit 1
    }
    case "${uri_line:-}" in NEO4J_URI=*) export "${uri_line?}" ;; esac
else
    echo "scripts/test.sh: no java/mvn here, so no local Neo4j; Neo4j tests will skip (docker compose up -d gives you one)" >&2
fi

exec .venv/bin/python -m pytest "$@"
