#!/usr/bin/env bash
# Prints the Cypher workbench's overhead against running the same saved query directly with the driver (the two
# alternate; the ratio is the median of the pairs' ratios), for the saved queries that take 10 ms or more, on the
# shipped data and, when a number is given, again after adding that many synthetic partners. Starts its own
# application on a temporary data directory. Usage: scripts/measure-workbench.sh [synthetic partners, e.g. 20000]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  -Dlogging.level.root=WARN nl.partnerkaart.cypher.WorkbenchOverhead "$@"
