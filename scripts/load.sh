#!/usr/bin/env bash
# Load from a separate process: starts the packaged jar on a data directory (the shipped data set in a temporary
# directory, or the one given, e.g. target/benchmark-1000000 made by scripts/benchmark.sh), then 50 users mixing
# search, node details, neighbourhoods and reports for 5 minutes; prints p50/p95/p99, throughput, errors, and the
# application's resident memory and heap per window. The soak test is the same, longer:
#   LOAD_SECONDS=1800 LOAD_SAMPLE_SECONDS=60 scripts/load.sh
# Usage: scripts/load.sh [data-directory]
# Each user pauses about LOAD_THINK_MS between requests, as people read an answer first; LOAD_THINK_MS=0 sends
# back to back and measures the capacity (throughput when saturated) instead.
# Environment: LOAD_USERS (50), LOAD_SECONDS (300), LOAD_SAMPLE_SECONDS (30), LOAD_THINK_MS (1000), JAVA_OPTS
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/app.sh
build_if_needed
port=${PORT:-18081}
password=test-admin-password   # the one the benchmark's generated directories were made with
given=${1:-}
dir=${given:-$(mktemp -d)}
trap 'kill "$app_pid" 2>/dev/null || true; [ -n "$given" ] || rm -rf "$dir"' EXIT
start_app "$dir" "$port" "$password"
run_load "$port" "$password" -Dload.users="${LOAD_USERS:-50}" -Dload.seconds="${LOAD_SECONDS:-300}" \
  -Dload.sample-seconds="${LOAD_SAMPLE_SECONDS:-30}" -Dload.think-ms="${LOAD_THINK_MS:-1000}"
