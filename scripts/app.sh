# Shared by the load scripts: start the packaged jar on a data directory and wait until it is healthy.
# Sets $app_pid. Usage: start_app <data-directory> <port> <admin-password>
jar=target/partnerkaart-0.1.0-SNAPSHOT.jar
classpath_file=target/test-classpath.txt

build_if_needed() {
  [ -f "$jar" ] || ./mvnw -q -B package -DskipTests
  if [ ! -f "$classpath_file" ] || [ ! -d target/test-classes/nl/partnerkaart/benchmark ]; then
    ./mvnw -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file"
  fi
}

start_app() {
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:-} -jar "$jar" --server.port="$2" --partnerkaart.embedded.data-directory="$1" \
    --partnerkaart.embedded.bolt-address=127.0.0.1:0 --partnerkaart.security.admin-password="$3" \
    >>"$1.log" 2>&1 &
  app_pid=$!
  until curl -sf "http://127.0.0.1:$2/actuator/health" | grep -q '"status":"UP"'; do
    kill -0 "$app_pid" 2>/dev/null || { echo "application stopped; see $1.log" >&2; exit 1; }
    sleep 0.5
  done
}

# Runs the load generator against the application on port $1 with admin password $2; extra -D options follow.
run_load() {
  local port=$1 password=$2
  shift 2
  java -cp "target/test-classes:$(cat "$classpath_file")" -Dload.url="http://127.0.0.1:$port" \
    -Dload.password="$password" -Dload.pid="$app_pid" "$@" nl.partnerkaart.benchmark.LoadGenerator
}
