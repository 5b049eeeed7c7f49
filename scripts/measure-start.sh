#!/usr/bin/env bash
# Prints the jar size, the cold start (empty data directory: database created, schema migrated, data set
# loaded) and the warm start (same directory again) as time from `java -jar` to the first healthy answer,
# and the resident memory and heap in use of the running application at that moment.
# With a directory argument, only a start on that existing directory (e.g. a generated graph) is measured.
# The CPU time the process used until then is printed too: unlike wall time it hardly grows when other
# processes share the machine. Each start ends with a stop (SIGTERM, as a service manager sends it), timed until the
# process has exited. Extra JVM options in JAVA_OPTS, another jar (e.g. target/cds/...) in JAR. Usage: scripts/measure-start.sh [data-directory]
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${JAR:-target/partnerkaart-0.1.0-SNAPSHOT.jar}
[ -f "$jar" ] || ./mvnw -q -B package -DskipTests
port=${PORT:-18080}
given=${1:-}
dir=${given:-$(mktemp -d)}
log=$(mktemp)
trap 'kill "$pid" 2>/dev/null || true; [ -n "$given" ] || rm -rf "$dir"' EXIT

start_once() {
  local t0 t1 heap
  t0=$(date +%s%N)
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:-} -jar "$jar" --server.port="$port" --partnerkaart.embedded.data-directory="$dir" \
    --partnerkaart.embedded.bolt-address=127.0.0.1:0 >"$log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/actuator/health" | grep -q '"status":"UP"'; do
    kill -0 "$pid" 2>/dev/null || { echo "application stopped; see $log" >&2; exit 1; }
    sleep 0.1
  done
  t1=$(date +%s%N)
  cpu=$(awk '{print ($14 + $15) / 100}' /proc/$pid/stat)
  heap=$(jcmd "$pid" GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | head -1 | tr -dc '0-9')
  printf '%s start to healthy: %.1f s (CPU %.1f s), resident memory: %d MB, heap in use: %d MB (load average %s)\n' \
    "$1" "$(echo "($t1 - $t0) / 1000000000" | bc -l)" "$cpu" "$(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 ))" \
    "$(( ${heap:-0} / 1024 ))" "$(cut -d' ' -f1 /proc/loadavg)"
  t0=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  printf '%s stop (SIGTERM to exit): %.1f s\n' "$1" "$(echo "($(date +%s%N) - $t0) / 1000000000" | bc -l)"
}

printf 'jar size: %d MB\n' "$(( $(stat -c %s "$jar") / 1024 / 1024 ))"
if [ -n "$given" ]; then
  start_once "start on $given"
else
  start_once "cold (empty directory, data set loaded)"
  start_once "warm (same directory)"
fi
