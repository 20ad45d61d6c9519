#!/usr/bin/env bash
# Start a local Neo4j 5.26 Community server (Bolt + HTTP + Neo4j Browser)
# on loopback, without Docker.  The server jars come from Maven Central via
# scripts/neo4j/pom.xml and are cached under $GOVKG_NEO4J_HOME/lib.
#
# Idempotent: if our server is already running and answering Bolt, it only
# prints the connection details.  Last line of output on success:
#     NEO4J_URI=bolt://127.0.0.1:<bolt port>
#
# Environment (all optional):
#   GOVKG_NEO4J_HOME     state dir (lib/, conf/, data/, logs/, run/)
#                        default: $HOME/.cache/govkg-neo4j
#   GOVKG_NEO4J_LIB      folder of the server jars, default $GOVKG_NEO4J_HOME/lib
#                        (one copy can serve several homes)
#   NEO4J_BOLT_PORT      default 7687
#   NEO4J_HTTP_PORT      default 7474
#   NEO4J_PASSWORD       password of user "neo4j", default govkg-password
#                        (min. 8 chars; only applied when the database is
#                        first created, see README.md)
#   NEO4J_HEAP_INITIAL   JVM -Xms, default 512m
#   NEO4J_HEAP_MAX       JVM -Xmx, default 1g
#   NEO4J_PAGECACHE      page cache size, default 256m
#   NEO4J_CDS            0 disables the class-data-sharing archive (faster
#                        warm starts; written by the JVM on its first stop)
#   NEO4J_JAVA_OPTS      extra JVM options (whitespace-separated)
#   NEO4J_START_TIMEOUT  seconds to wait for Bolt + HTTP, default 120
#   JAVA_HOME            Java 17 or 21 (else `java` on PATH)
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
POM="$SCRIPT_DIR/pom.xml"

N4J_HOME="${GOVKG_NEO4J_HOME:-$HOME/.cache/govkg-neo4j}"
BOLT_PORT="${NEO4J_BOLT_PORT:-7687}"
HTTP_PORT="${NEO4J_HTTP_PORT:-7474}"
PASSWORD="${NEO4J_PASSWORD:-govkg-password}"
HEAP_INITIAL="${NEO4J_HEAP_INITIAL:-512m}"
HEAP_MAX="${NEO4J_HEAP_MAX:-1g}"
PAGECACHE="${NEO4J_PAGECACHE:-256m}"
TIMEOUT="${NEO4J_START_TIMEOUT:-120}"
HOST=127.0.0.1

LIB="${GOVKG_NEO4J_LIB:-$N4J_HOME/lib}"   # the jars; may be shared by several homes
CONF_DIR="$N4J_HOME/conf"
DATA_DIR="$N4J_HOME/data"
LOG_DIR="$N4J_HOME/logs"
RUN_DIR="$N4J_HOME/run"
PID_FILE="$RUN_DIR/govkg-neo4j.pid"
CONSOLE_LOG="$LOG_DIR/console.log"

log() { echo "[neo4j] $*" >&2; }
die() { echo "[neo4j] ERROR: $*" >&2; exit 1; }

tail_logs() {
  local f
  for f in "$CONSOLE_LOG" "$LOG_DIR/neo4j.log" "$LOG_DIR/debug.log"; do
    if [[ -s "$f" ]]; then
      echo "----- last 40 lines of $f -----" >&2
      tail -n 40 "$f" >&2
    fi
  done
}

# --- sanity checks ---------------------------------------------------------
[[ "$BOLT_PORT" =~ ^[0-9]+$ && "$HTTP_PORT" =~ ^[0-9]+$ ]] \
  || die "NEO4J_BOLT_PORT / NEO4J_HTTP_PORT must be numbers"
[[ "$BOLT_PORT" != "$HTTP_PORT" ]] || die "Bolt and HTTP port are both $BOLT_PORT"
(( ${#PASSWORD} >= 8 )) || die "NEO4J_PASSWORD must have at least 8 characters"

if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
  JAVA="$JAVA_HOME/bin/java"
else
  JAVA="$(command -v java || true)"
fi
[[ -n "$JAVA" ]] || die "java not found (need Java 17 or 21; set JAVA_HOME)"
JAVA_MAJOR="$("$JAVA" -XshowSettings:properties -version 2>&1 \
  | sed -n 's/^ *java\.specification\.version = //p')"
case "$JAVA_MAJOR" in
  17|21) ;;
  *) die "Neo4j 5.26 needs Java 17 or 21, $JAVA is Java '$JAVA_MAJOR' (set JAVA_HOME)" ;;
esac

# Returns 0 if something accepts TCP connections on $HOST:$1.
port_open() {
  (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null
}

# Returns 0 if a Bolt server completes the version handshake on $HOST:$1.
bolt_ready() {
  local reply
  reply="$(timeout 5 bash -c '
    exec 3<>"/dev/tcp/$0/$1" || exit 1
    # magic 0x6060B017, then 4 proposals: 5.x range, 4.4, 4.3, none
    printf "\x60\x60\xb0\x17\x00\x08\x08\x05\x00\x00\x04\x04\x00\x00\x03\x04\x00\x00\x00\x00" >&3
    head -c 4 <&3 | od -An -tx1 | tr -d " \n"
  ' "$HOST" "$1" 2>/dev/null)" || return 1
  [[ -n "$reply" && "$reply" != "00000000" ]]
}

# Returns 0 once the HTTP server answers its discovery document (the HTTP
# connector is the last component Neo4j starts).
http_ready() {
  timeout 5 bash -c '
    exec 3<>"/dev/tcp/$0/$1" || exit 1
    printf "GET / HTTP/1.0\r\nHost: %s\r\nAccept: application/json\r\n\r\n" "$0" >&3
    cat <&3
  ' "$HOST" "$1" 2>/dev/null | grep -q neo4j_version
}

running_pid() {
  # Prints the pid of our running server, if any.
  [[ -f "$PID_FILE" ]] || return 1
  local pid
  pid="$(cat "$PID_FILE" 2>/dev/null || true)"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'CommunityEntryPoint' || return 1
  echo "$pid"
}

# Waits until pid $1 answers Bolt and HTTP (HTTP comes up last); on failure
# shows the log tails, stops the server and exits non-zero.
wait_ready() {
  local pid="$1" t0="$2"
  while :; do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$PID_FILE"
      tail_logs
      die "Neo4j exited during startup (see logs above)"
    fi
    if bolt_ready "$BOLT_PORT" && http_ready "$HTTP_PORT"; then
      return 0
    fi
    if (( SECONDS - t0 >= TIMEOUT )); then
      tail_logs
      kill "$pid" 2>/dev/null || true
      rm -f "$PID_FILE"
      die "Neo4j did not answer on Bolt $HOST:$BOLT_PORT and HTTP $HOST:$HTTP_PORT within ${TIMEOUT}s; server stopped"
    fi
    sleep 1
  done
}

print_info() {
  echo "Neo4j 5.26 Community running (pid $1, home $N4J_HOME)"
  echo "  Bolt:    bolt://$HOST:$BOLT_PORT   (user neo4j)"
  echo "  Browser: http://$HOST:$HTTP_PORT/browser/"
  echo "  Logs:    $CONSOLE_LOG"
  echo "NEO4J_HTTP_URL=http://$HOST:$HTTP_PORT"
  echo "NEO4J_URI=bolt://$HOST:$BOLT_PORT"
}

# --- already running? ------------------------------------------------------
if pid="$(running_pid)"; then
  if ! { bolt_ready "$BOLT_PORT" && http_ready "$HTTP_PORT"; }; then
    if ! grep -q "^server.bolt.listen_address=$HOST:$BOLT_PORT\$" "$CONF_DIR/neo4j.conf" 2>/dev/null \
       || ! grep -q "^server.http.listen_address=$HOST:$HTTP_PORT\$" "$CONF_DIR/neo4j.conf" 2>/dev/null; then
      die "a govkg Neo4j (pid $pid) from $N4J_HOME is running with other ports (see $CONF_DIR/neo4j.conf); run scripts/neo4j/stop.sh first"
    fi
    log "already starting (pid $pid); waiting"
    wait_ready "$pid" "$SECONDS"
  fi
  log "already running"
  print_info "$pid"
  exit 0
fi
rm -f "$PID_FILE"

# --- ports free? -----------------------------------------------------------
busy=()
port_open "$BOLT_PORT" && busy+=("Bolt port $BOLT_PORT")
port_open "$HTTP_PORT" && busy+=("HTTP port $HTTP_PORT")
if (( ${#busy[@]} )); then
  msg="$(printf '%s, ' "${busy[@]}")"
  echo "[neo4j] ERROR: already in use on $HOST: ${msg%, }." >&2
  echo "[neo4j] Another Neo4j (or something else) is listening. Stop it, or pick free ports with NEO4J_BOLT_PORT=... NEO4J_HTTP_PORT=..." >&2
  exit 2
fi

mkdir -p "$N4J_HOME" "$CONF_DIR" "$DATA_DIR" "$LOG_DIR" "$RUN_DIR" \
         "$N4J_HOME/plugins" "$N4J_HOME/import"

# --- jars ------------------------------------------------------------------
POM_SUM="$(sha256sum "$POM" | cut -d' ' -f1)"
if [[ ! -f "$LIB/.complete" || "$(cat "$LIB/.complete")" != "$POM_SUM" ]]; then
  command -v mvn >/dev/null || die "mvn not found (needed once to fetch the Neo4j jars)"
  log "fetching Neo4j jars from Maven Central into $LIB (first run only) ..."
  rm -rf "$LIB.tmp"
  t0=$SECONDS
  if ! mvn -B -q -Dstyle.color=never -f "$POM" dependency:copy-dependencies \
        -DincludeScope=runtime -DoutputDirectory="$LIB.tmp" >"$N4J_HOME/mvn.log" 2>&1; then
    tail -n 40 "$N4J_HOME/mvn.log" >&2
    die "maven could not fetch the Neo4j jars (full log: $N4J_HOME/mvn.log)"
  fi
  rm -rf "$LIB"
  mv "$LIB.tmp" "$LIB"
  echo "$POM_SUM" >"$LIB/.complete"
  log "jars ready ($(ls "$LIB"/*.jar | wc -l) jars, $((SECONDS - t0)) s)"
fi

# --- config ----------------------------------------------------------------
cat >"$CONF_DIR/neo4j.conf" <<EOF
# Generated by scripts/neo4j/start.sh -- overwritten on every start.
server.directories.data=$DATA_DIR
server.directories.logs=$LOG_DIR
server.directories.run=$RUN_DIR
server.directories.plugins=$N4J_HOME/plugins
server.directories.import=$N4J_HOME/import
server.directories.lib=$LIB

# Loopback only.
server.default_listen_address=$HOST
server.default_advertised_address=$HOST
server.bolt.enabled=true
server.bolt.listen_address=$HOST:$BOLT_PORT
server.bolt.advertised_address=$HOST:$BOLT_PORT
server.bolt.tls_level=DISABLED
server.http.enabled=true
server.http.listen_address=$HOST:$HTTP_PORT
server.http.advertised_address=$HOST:$HTTP_PORT
server.https.enabled=false

dbms.security.auth_enabled=true

# Modest memory (heap itself is set with -Xms/-Xmx by start.sh).
server.memory.heap.initial_size=$HEAP_INITIAL
server.memory.heap.max_size=$HEAP_MAX
server.memory.pagecache.size=$PAGECACHE
db.tx_log.rotation.retention_policy=2 files
# Small, non-preallocated transaction logs (defaults take ~256 MB per database).
db.tx_log.rotation.size=32M
db.tx_log.preallocate=false

dbms.usage_report.enabled=false
EOF

# --- initial password (only before the system database exists) ------------
PW_MARK="$DATA_DIR/.govkg-initial-password.sha256"
PW_SUM="$(printf '%s' "$PASSWORD" | sha256sum | cut -d' ' -f1)"
if [[ ! -d "$DATA_DIR/databases/system" ]]; then
  log "setting initial password for user neo4j"
  if ! NEO4J_HOME="$N4J_HOME" NEO4J_CONF="$CONF_DIR" \
       "$JAVA" -Xmx256m -cp "$LIB/*" org.neo4j.cli.AdminTool \
       dbms set-initial-password "$PASSWORD" >"$LOG_DIR/set-initial-password.log" 2>&1; then
    cat "$LOG_DIR/set-initial-password.log" >&2
    die "neo4j-admin dbms set-initial-password failed"
  fi
  echo "$PW_SUM" >"$PW_MARK"
elif [[ -f "$PW_MARK" && "$(cat "$PW_MARK")" != "$PW_SUM" ]]; then
  log "WARNING: NEO4J_PASSWORD differs from the password this database was created with;"
  log "         the stored password stays in force. To reset: stop.sh, then rm -rf '$DATA_DIR'."
fi

# --- start -----------------------------------------------------------------
JVM_OPTS=(
  -Xms"$HEAP_INITIAL" -Xmx"$HEAP_MAX"
  -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow
  -XX:+UnlockExperimentalVMOptions -XX:+TrustFinalNonStaticFields
  -XX:+DisableExplicitGC -Djdk.nio.maxCachedBufferSize=1024
  -Dio.netty.tryReflectionSetAccessible=true
  -Djdk.tls.ephemeralDHKeySize=2048 -Djdk.tls.rejectClientInitiatedRenegotiation=true
  -XX:FlightRecorderOptions=stackdepth=256
  -XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --enable-native-access=ALL-UNNAMED
  -Dlog4j2.disable.jmx=true -Dfile.encoding=UTF-8
)
# Class-data sharing: the first run records the loaded classes into an
# archive when the JVM exits (i.e. on stop.sh); later starts map it, which
# cuts startup time by roughly a third.  NEO4J_CDS=0 turns this off.  A stale
# or broken archive is only warned about by the JVM, never fatal.
if [[ "${NEO4J_CDS:-1}" != 0 ]]; then
  JAVA_VER="$("$JAVA" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.runtime\.version = //p' | tr -c 'A-Za-z0-9.\n' '_')"
  CDS_FILE="$N4J_HOME/cds/neo4j-${JAVA_VER}-${POM_SUM:0:12}.jsa"
  mkdir -p "$N4J_HOME/cds"
  if [[ -s "$CDS_FILE" ]]; then
    JVM_OPTS+=(-XX:SharedArchiveFile="$CDS_FILE" -Xlog:cds=off -Xlog:cds+dynamic=off)
  else
    rm -f "$N4J_HOME"/cds/*.jsa
    JVM_OPTS+=(-XX:ArchiveClassesAtExit="$CDS_FILE" -Xlog:cds=off -Xlog:cds+dynamic=off)
  fi
fi
# Extra JVM options, split on whitespace.
if [[ -n "${NEO4J_JAVA_OPTS:-}" ]]; then
  read -r -a extra_opts <<<"$NEO4J_JAVA_OPTS"
  JVM_OPTS+=("${extra_opts[@]}")
fi

log "starting (Bolt $HOST:$BOLT_PORT, HTTP $HOST:$HTTP_PORT, heap $HEAP_INITIAL..$HEAP_MAX, pagecache $PAGECACHE)"
: >"$CONSOLE_LOG"
t0=$SECONDS
SETSID=()
command -v setsid >/dev/null && SETSID=(setsid)
rm -f "$PID_FILE"
# The inner shell records its own pid and then exec's java, so the pid file
# holds the JVM's pid whether or not setsid forks.
NEO4J_HOME="$N4J_HOME" NEO4J_CONF="$CONF_DIR" nohup "${SETSID[@]}" bash -c \
  'echo $$ >"$0"; exec "$@"' "$PID_FILE" \
  "$JAVA" "${JVM_OPTS[@]}" \
  -cp "$N4J_HOME/plugins/*:$LIB/*" org.neo4j.server.CommunityEntryPoint \
  --home-dir="$N4J_HOME" --config-dir="$CONF_DIR" --console-mode \
  </dev/null >>"$CONSOLE_LOG" 2>&1 &
for _ in $(seq 1 50); do [[ -s "$PID_FILE" ]] && break; sleep 0.1; done
pid="$(cat "$PID_FILE" 2>/dev/null || true)"
[[ "$pid" =~ ^[0-9]+$ ]] || { tail_logs; die "could not launch java"; }

wait_ready "$pid" "$t0"
log "Bolt and HTTP up after $((SECONDS - t0)) s"
print_info "$pid"
