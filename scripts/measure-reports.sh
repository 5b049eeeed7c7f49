#!/usr/bin/env bash
# Prints median and p95 of every report (JSON, CSV, XLSX, PDF) over HTTP on the shipped data. Starts its own
# application on a temporary data directory. Usage: scripts/measure-reports.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  -Dlogging.level.root=WARN nl.partnerkaart.reports.ReportBenchmark
