#!/usr/bin/env bash
# The benchmarks of docs/benchmarks.md in one command: start-up time and memory of the packaged jar on the
# shipped data, then every API call against the same query run directly with the driver, on the shipped data
# and on a generated graph (default 1,000,000 nodes; generated once into target/benchmark-N and reused), and
# the start-up on that graph. Tables are printed and written into docs/benchmarks.md.
# Usage: scripts/benchmark.sh [nodes ...]     e.g. scripts/benchmark.sh 100000 1000000
# Environment: BENCHMARK_RUNS (200 calls per line), BENCHMARK_HEAP (4g)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-1000000}")
./mvnw -q -B package -DskipTests
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
classpath="target/test-classes:target/classes:$(cat target/test-classpath.txt)"

scripts/measure-start.sh
for nodes in 0 "${sizes[@]}"; do
  java -Xmx"${BENCHMARK_HEAP:-4g}" -cp "$classpath" -Dlogging.level.root=WARN -Dbenchmark.nodes="$nodes" \
    -Dbenchmark.runs="${BENCHMARK_RUNS:-200}" nl.partnerkaart.benchmark.ApiBenchmark
  if [ "$nodes" != 0 ]; then
    scripts/measure-start.sh "$PWD/target/benchmark-$nodes"
  fi
done
