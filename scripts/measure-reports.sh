#!/usr/bin/env bash
# Prints median and p95 of every report (JSON, CSV, XLSX, PDF) over HTTP, then the PROFILE of every file of
# cypher/reports (db hits, rows, operators that grow badly). Starts its own application: on a temporary copy of
# the shipped data, or, with a number of nodes, on a generated graph kept in target/benchmark-N (generated on
# first use, reused after; the same directory as scripts/benchmark.sh).
# Usage: scripts/measure-reports.sh [nodes]      e.g. scripts/measure-reports.sh 1000000
# Environment: BENCHMARK_RUNS (25 timed calls per report; 0 profiles only), BENCHMARK_HEAP (4g),
# BENCHMARK_PLAN (a file of cypher/reports whose plan is printed operator by operator, e.g. networks)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
java -Xmx"${BENCHMARK_HEAP:-4g}" -XX:+UseParallelGC -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  -Dlogging.level.root=WARN -Dbenchmark.runs="${BENCHMARK_RUNS:-25}" \
  -Dbenchmark.plan="${BENCHMARK_PLAN:-}" nl.partnerkaart.reports.ReportBenchmark "$@"
