#!/usr/bin/env bash
# Prints the jar size, the cold start (empty data directory: database created, schema migrated, data set
# loaded) and the warm start (same directory again) as time from `java -jar` to the first healthy answer,
# and the resident memory of the running application. Usage: scripts/measure-start.sh
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/partnerkaart-0.1.0-SNAPSHOT.jar
[ -f "$jar" ] || ./mvnw -q -B package -DskipTests
port=${PORT:-18080}
dir=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$dir"' EXIT

start_once() {
  local t0 t1
  t0=$(date +%s%N)
  java -jar "$jar" --server.port="$port" --partnerkaart.embedded.data-directory="$dir" \
    --partnerkaart.embedded.bolt-address=127.0.0.1:0 >"$dir.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/actuator/health" | grep -q '"status":"UP"'; do
    kill -0 "$pid" 2>/dev/null || { echo "application stopped; see $dir.log" >&2; exit 1; }
    sleep 0.1
  done
  t1=$(date +%s%N)
  printf '%s start to healthy: %.1f s, resident memory: %d MB\n' "$1" \
    "$(echo "($t1 - $t0) / 1000000000" | bc -l)" "$(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 ))"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

printf 'jar size: %d MB\n' "$(( $(stat -c %s "$jar") / 1024 / 1024 ))"
start_once "cold (empty directory, data set loaded)"
start_once "warm (same directory)"
