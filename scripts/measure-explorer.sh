#!/usr/bin/env bash
# Prints how long the explorer takes in headless Chromium to lay out and show scenes of 1,000, 5,000 and 10,000
# nodes (fCoSE below 1,500 nodes, by kind above), the frame times while the mouse wheel zooms them, and how long
# search suggestions take to appear after the last keystroke on the shipped data. Starts its own application on a
# temporary data directory; needs Debian's chromium and chromium-driver. Usage: scripts/measure-explorer.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  -Dlogging.level.root=WARN nl.partnerkaart.browser.ExplorerBenchmark
