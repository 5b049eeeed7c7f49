#!/usr/bin/env bash
# Durability under load: users read and save queries; every save answered 201 is recorded as acknowledged.
# Midway the application is killed with SIGKILL, restarted on the same directory, and every acknowledged save
# must still be there. Usage: scripts/kill-restart-check.sh   (LOAD_USERS 20, KILL_AFTER 20 s)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/app.sh
build_if_needed
port=${PORT:-18082}
password=kill-test-password
dir=$(mktemp -d)
acknowledged=$dir.acknowledged
: >"$acknowledged"
trap 'kill "$app_pid" 2>/dev/null || true; rm -rf "$dir" "$acknowledged"' EXIT
start_app "$dir" "$port" "$password"
run_load "$port" "$password" -Dload.think-ms=0 -Dload.users="${LOAD_USERS:-20}" -Dload.seconds=$(( ${KILL_AFTER:-20} + 10 )) \
  -Dload.sample-seconds=5 -Dload.writes="$acknowledged" &
load_pid=$!
sleep "${KILL_AFTER:-20}"
kill -9 "$app_pid"
echo "killed the application (SIGKILL) after ${KILL_AFTER:-20} s with $(wc -l <"$acknowledged") acknowledged saves"
wait "$load_pid" || true
total=$(wc -l <"$acknowledged")
start_app "$dir" "$port" "$password"
saved=$(curl -sf -u "admin:$password" "http://127.0.0.1:$port/api/cypher/saved")
missing=0
while read -r id; do
  grep -q "\"$id\"" <<<"$saved" || { echo "lost: $id"; missing=$((missing + 1)); }
done <"$acknowledged"
echo "after restart: $total acknowledged saves, $missing missing"
[ "$missing" -eq 0 ]
