#!/usr/bin/env bash
# kill -9 in the middle of a load run: no acknowledged message lost, no order duplicated after restart.
#
# Usage (from the repository root, after `./mvnw -q -DskipTests package`):
#   bash benchmarks/scripts/crash-test.sh
# Needs MariaDB on 127.0.0.1:3306 (root, empty password) and Redis on 127.0.0.1:6379.
set -euo pipefail

cd "$(dirname "$0")/../.."
JAR=admin-api/target/groupbuy-bot.jar
BENCH=benchmarks/target/benchmarks.jar
DB=${CRASH_DB:-groupbuy_crash}
PORT=${CRASH_PORT:-18080}
WORK=$(mktemp -d)
export GROUPBUY_ADMIN_TOKEN=crash-test-token
export SPRING_PROFILES_ACTIVE=prod
export SPRING_DATASOURCE_URL="jdbc:mysql://127.0.0.1:3306/${DB}"
export SPRING_DATASOURCE_USERNAME=root
export SPRING_DATASOURCE_PASSWORD=
export SPRING_DATA_REDIS_HOST=127.0.0.1
export SPRING_DATA_REDIS_PORT=6379
export GROUPBUY_SANDBOX_ENABLED=true
# The prod profile needs the export links' secret (the same on every instance).
export GROUPBUY_EXPORTS_SECRET=${GROUPBUY_EXPORTS_SECRET:-load-test-export-secret}

for f in "$JAR" "$BENCH"; do
  [[ -f $f ]] || { echo "missing $f: run ./mvnw -q -DskipTests package first" >&2; exit 1; }
done

mariadb -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS ${DB}; CREATE DATABASE ${DB} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"

start_service() {
  java -jar "$JAR" --server.port="$PORT" >>"$WORK/service.log" 2>&1 &
  SERVICE=$!
  for _ in $(seq 1 120); do
    if curl -fs "http://127.0.0.1:${PORT}/actuator/health" >/dev/null 2>&1; then return 0; fi
    sleep 0.5
  done
  echo "service did not start; log:" >&2
  tail -50 "$WORK/service.log" >&2
  exit 1
}

start_service
echo "service up (pid $SERVICE); starting load"
java -cp "$BENCH" dev.groupbuy.benchmarks.load.LoadHarness --base-url "http://127.0.0.1:${PORT}" \
  --groups 4 --entries 300 --senders 8 --jdbc-url "jdbc:mysql://127.0.0.1:3306/${DB}?user=root&password=" \
  --acked-file "$WORK/acked.txt" --tolerate-failures true >"$WORK/load.log" 2>&1 &
LOAD=$!

# Kill once a fair share of the run has been acknowledged, so the kill lands mid-run.
for _ in $(seq 1 200); do
  [[ -f $WORK/acked.txt ]] && (( $(wc -l <"$WORK/acked.txt") >= 300 )) && break
  sleep 0.1
done
kill -9 "$SERVICE"
echo "killed the service with SIGKILL after $(wc -l <"$WORK/acked.txt") acknowledged messages"
wait "$LOAD" || true

# The killed instance may still hold a deal's lock in Redis until its lease (30 s, Redisson's watchdog
# default) runs out; recovery on restart would time out on it. Wait for the dead instance's locks to expire.
for _ in $(seq 1 40); do
  [[ -z $(redis-cli -h 127.0.0.1 -p 6379 --scan --pattern 'groupbuy:lock:*' | head -1) ]] && break
  sleep 1
done

start_service
echo "service restarted; waiting for recovery of unfinished inbox entries"
for _ in $(seq 1 60); do
  pending=$(mariadb -h127.0.0.1 -uroot -N -e "SELECT COUNT(*) FROM ${DB}.inbox WHERE state IN ('received','processing')")
  [[ $pending == 0 ]] && break
  sleep 1
done
kill "$SERVICE"; wait "$SERVICE" 2>/dev/null || true

java -cp "$BENCH" dev.groupbuy.benchmarks.load.CrashCheck \
  "jdbc:mysql://127.0.0.1:3306/${DB}?user=root&password=" "$WORK/acked.txt"
