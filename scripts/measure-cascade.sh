#!/usr/bin/env bash
# Prints the time of cascades over a generated infrastructure (nl.partnerkaart.cascade.CascadeBenchmark, a scratch
# embedded database): propagation only, then whole answers, from random assets. Prints the load average first,
# since the build machine is shared. Usage: scripts/measure-cascade.sh [assets] [dependencies] [runs] [hours]
# (defaults 100000 500000 50 72). CASCADE_JFR=file.jfr also records a flight recording (profile settings).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
uptime
recording=()
if [ -n "${CASCADE_JFR:-}" ]; then
  recording=(-XX:StartFlightRecording=filename="$CASCADE_JFR",settings=profile)
fi
java -Xmx2g "${recording[@]}" -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  nl.partnerkaart.cascade.CascadeBenchmark "$@"
uptime
