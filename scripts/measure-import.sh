#!/usr/bin/env bash
# Prints import throughput through the real path (HTTP upload, validation, comparison, writing, change history)
# for generated files of 100,000 partners and 300,000 relationships, next to the raw-engine figures, in wall time
# and in CPU time of the process (steadier when other work loads the machine).
# Both run once on other ids first (warm JIT). Starts its own application on a temporary data directory.
# Usage: scripts/measure-import.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
java -Xmx5g --add-opens java.base/java.nio=ALL-UNNAMED -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  -Dlogging.level.root=WARN nl.partnerkaart.importer.ImportThroughput
