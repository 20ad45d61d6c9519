#!/usr/bin/env bash
# Run govkg's tests: install the project with its test extras into .venv,
# fetch the Java test tools (scripts/jvm) and, when Java and Maven are there, start a Neo4j server of
# the tests' own (own data folder, ports 7688/7475; stopped at the end) — tests that need it skip
# otherwise, with a message; under CI=true they fail instead — then pytest.
#
#   bash scripts/test.sh            # everything
#   bash scripts/test.sh -k neo4j   # extra arguments go to pytest
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e '.[test,dask]'   # dask: the cluster build is tested too

# The tests' own Neo4j: its own data folder and ports, never the server (and
# database) that `govkg neo4j load` uses by default; stopped when this script ends.
export GOVKG_TEST_NEO4J_HOME="${GOVKG_TEST_NEO4J_HOME:-$HOME/.cache/govkg-neo4j-test}"
export GOVKG_TEST_NEO4J_BOLT_PORT="${GOVKG_TEST_NEO4J_BOLT_PORT:-7688}"
export GOVKG_TEST_NEO4J_HTTP_PORT="${GOVKG_TEST_NEO4J_HTTP_PORT:-7475}"
export GOVKG_TEST_NEO4J_PASSWORD="${GOVKG_TEST_NEO4J_PASSWORD:-govkg-password}"
test_neo4j() {
    GOVKG_NEO4J_HOME="$GOVKG_TEST_NEO4J_HOME" NEO4J_BOLT_PORT="$GOVKG_TEST_NEO4J_BOLT_PORT" \
        NEO4J_HTTP_PORT="$GOVKG_TEST_NEO4J_HTTP_PORT" NEO4J_PASSWORD="$GOVKG_TEST_NEO4J_PASSWORD" \
        bash "scripts/neo4j/$1.sh"
}

if command -v java >/dev/null && command -v mvn >/dev/null; then
    # Jena, the OWL API and the Gephi toolkit check govkg's output with their readers
    bash scripts/jvm/fetch.sh || {
        echo "scripts/test.sh: could not fetch the Java test tools (see above)" >&2
        [ "${CI:-}" = "true" ] && exit 1
    }
    trap 'test_neo4j stop >/dev/null 2>&1 || true' EXIT
    uri_line=$(test_neo4j start | tail -n 1) || {
        echo "scripts/test.sh: the test Neo4j server did not start (see above)" >&2
        [ "${CI:-}" = "true" ] && exit 1
    }
    case "${uri_line:-}" in NEO4J_URI=*) export GOVKG_TEST_NEO4J_URI="${uri_line#NEO4J_URI=}" ;; esac
else
    echo "scripts/test.sh: no java/mvn here, so no test Neo4j; Neo4j tests will skip" >&2
fi

.venv/bin/python -m pytest "$@"     # not exec: the trap stops the test server afterwards
