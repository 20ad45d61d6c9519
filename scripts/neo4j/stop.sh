#!/usr/bin/env bash
# Stop the Neo4j server started by scripts/neo4j/start.sh (same
# GOVKG_NEO4J_HOME).  Idempotent: exits 0 if nothing is running.
# NEO4J_STOP_TIMEOUT (default 90 s) bounds the graceful shutdown, after
# which the JVM is killed.
set -euo pipefail

N4J_HOME="${GOVKG_NEO4J_HOME:-$HOME/.cache/govkg-neo4j}"
PID_FILE="$N4J_HOME/run/govkg-neo4j.pid"
TIMEOUT="${NEO4J_STOP_TIMEOUT:-90}"

if [[ ! -f "$PID_FILE" ]]; then
  echo "[neo4j] not running (no pid file in $N4J_HOME/run)"
  exit 0
fi
pid="$(cat "$PID_FILE" 2>/dev/null || true)"
if ! [[ "$pid" =~ ^[0-9]+$ ]] || ! kill -0 "$pid" 2>/dev/null \
   || ! tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'CommunityEntryPoint'; then
  echo "[neo4j] not running (stale pid file removed)"
  rm -f "$PID_FILE"
  exit 0
fi

echo "[neo4j] stopping pid $pid ..."
kill -TERM "$pid" 2>/dev/null || true
for ((i = 0; i < TIMEOUT * 2; i++)); do
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.5
done
if kill -0 "$pid" 2>/dev/null; then
  echo "[neo4j] still alive after ${TIMEOUT}s, sending SIGKILL" >&2
  kill -KILL "$pid" 2>/dev/null || true
  sleep 1
fi
rm -f "$PID_FILE"
echo "[neo4j] stopped"
