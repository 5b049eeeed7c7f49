#!/usr/bin/env bash
# Starts the packaged application the way it starts fastest and stays small: from the extracted jar with a
# class-data-sharing archive (recorded by scripts/cds.sh once per build), and with the heap capped so the
# process stays under 1 GB resident on the shipped data. A transaction's memory is capped well inside that
# heap, so an import too large for it is refused cleanly instead of exhausting the heap. Arguments go to the
# application; JAVA_OPTS come after the defaults. An import of 100,000 partners with 300,000 relationships took
# 1.7 GB of transaction memory (1.2 GB heap, 0.5 GB off heap, docs/benchmarks.md), so for such imports give e.g.
# JAVA_OPTS=-Xmx4g PARTNERKAART_EMBEDDED_TRANSACTION_MEMORY_MAX=2GB PARTNERKAART_EMBEDDED_TRANSACTION_MEMORY_TOTAL_MAX=3GB
# Usage: scripts/start.sh [--property=value ...]
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/partnerkaart-0.1.0-SNAPSHOT.jar
[ -f "$jar" ] || ./mvnw -q -B package -DskipTests
archive=target/cds/partnerkaart.jsa
if [ ! -f "$archive" ] || [ "$jar" -nt "$archive" ]; then
  scripts/cds.sh >/dev/null
fi
export PARTNERKAART_EMBEDDED_TRANSACTION_MEMORY_MAX=${PARTNERKAART_EMBEDDED_TRANSACTION_MEMORY_MAX:-256MB}
export PARTNERKAART_EMBEDDED_TRANSACTION_MEMORY_TOTAL_MAX=${PARTNERKAART_EMBEDDED_TRANSACTION_MEMORY_TOTAL_MAX:-320MB}
# The throughput collector, unless JAVA_OPTS chooses one: a national report keeps its intermediate results for a
# few seconds, which G1 promotes and collects late, so repeated reports slowed down (docs/benchmarks.md, "Session 8").
collector=-XX:+UseParallelGC
[[ "${JAVA_OPTS:-}" == *-XX:+Use*GC* ]] && collector=
# shellcheck disable=SC2086
exec java -Xmx512m $collector -XX:SharedArchiveFile="$archive" ${JAVA_OPTS:-} -jar target/cds/partnerkaart-0.1.0-SNAPSHOT.jar "$@"
