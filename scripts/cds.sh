#!/usr/bin/env bash
# Faster start through class data sharing. A profile of the start (JFR, see docs/benchmarks.md) shows that
# more than half of the main thread's time goes to loading classes out of the nested fat jar. This extracts
# the jar into target/cds/ (Spring Boot's jarmode tools) and records a CDS archive of every class loaded in a
# training run that stops once the application context is refreshed (database started, schema checked).
# Rerun after every build. Usage: scripts/cds.sh, then start with the command it prints.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/partnerkaart-0.1.0-SNAPSHOT.jar
[ -f "$jar" ] || ./mvnw -q -B package -DskipTests
rm -rf target/cds
java -Djarmode=tools -jar "$jar" extract --destination target/cds
training=$(mktemp -d)
trap 'rm -rf "$training"' EXIT
java -XX:+UseParallelGC -XX:ArchiveClassesAtExit=target/cds/partnerkaart.jsa -Dspring.context.exit=onRefresh \
  -jar target/cds/partnerkaart-0.1.0-SNAPSHOT.jar --partnerkaart.embedded.data-directory="$training" \
  --partnerkaart.embedded.bolt-address=127.0.0.1:0 --server.port=0 >"$training.log" 2>&1
echo "CDS archive: $(du -h target/cds/partnerkaart.jsa | cut -f1). Start with:"
echo "  java -XX:+UseParallelGC -XX:SharedArchiveFile=target/cds/partnerkaart.jsa -jar target/cds/partnerkaart-0.1.0-SNAPSHOT.jar"
