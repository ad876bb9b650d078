#!/usr/bin/env bash
# The chat pipeline under load: starts the service (prod profile: MariaDB + Redis) on a fresh database,
# optionally warms it up with one harness run, then runs the load harness and prints its report and the
# CPU time the service used during the measured run.
#
# Usage (from the repository root, after `./mvnw -q -o -DskipTests -Dspotless.check.skip=true package`):
#   bash benchmarks/scripts/load-test.sh [harness options]           e.g. --groups 4 --entries 300 --senders 8
#   WARMUP="--groups 8 --entries 300 --senders 8" bash benchmarks/scripts/load-test.sh --groups 4 ...
# Environment: LOAD_PORT (default 18090), LOAD_DB (default groupbuy_load).
set -euo pipefail

cd "$(dirname "$0")/../.."
PORT=${LOAD_PORT:-18090}
DB=${LOAD_DB:-groupbuy_load}
JDBC="jdbc:mysql://127.0.0.1:3306/${DB}?user=root&password="
# The prod profile needs the export links' secret (the same on every instance).
export GROUPBUY_EXPORTS_SECRET=${GROUPBUY_EXPORTS_SECRET:-load-test-export-secret}
harness() {
  java -cp benchmarks/target/benchmarks.jar dev.groupbuy.benchmarks.load.LoadHarness \
    --base-url "http://127.0.0.1:${PORT}" --token load-test-token-1 --jdbc-url "$JDBC" "$@"
}

mariadb -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS ${DB}; CREATE DATABASE ${DB} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
LOG=$(mktemp)
GROUPBUY_ADMIN_TOKEN=load-test-token-1 SPRING_PROFILES_ACTIVE=prod SPRING_DATASOURCE_URL="jdbc:mysql://127.0.0.1:3306/${DB}" \
  SPRING_DATASOURCE_USERNAME=root SPRING_DATASOURCE_PASSWORD= SPRING_DATA_REDIS_HOST=127.0.0.1 \
  GROUPBUY_SANDBOX_ENABLED=true java -jar admin-api/target/groupbuy-bot.jar --server.port="$PORT" >"$LOG" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:${PORT}/actuator/health" >/dev/null 2>&1 && break
  sleep 0.5
done
cpu_ticks() { awk '{print $14 + $15}' "/proc/${SERVICE}/stat"; }

uptime
if [[ -n ${WARMUP:-} ]]; then
  echo "warm-up run ($WARMUP):"
  # shellcheck disable=SC2086
  harness $WARMUP | grep -E 'throughput|latency'
  uptime
fi
before=$(cpu_ticks)
harness "$@" || echo "harness exited with $?"
after=$(cpu_ticks)
echo "service CPU during the measured run: $(( (after - before) * 1000 / $(getconf CLK_TCK) )) ms (the harness's INSERT probe at the end adds nothing to it)"
uptime
