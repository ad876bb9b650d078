#!/usr/bin/env bash
# A scheduled post to many sandbox groups through a channel limited to N posts per window: checks that no
# span of one window ever held more than N posts and that the push reached >= 95% of the allowed rate.
#
# The limit is `groupbuy.outbound.sandbox.per-minute` (GROUPBUY_OUTBOUND_SANDBOX_PER_MINUTE); a real minute
# makes a 1,000-group push at 20/min last 50 minutes, so by default the window the limit counts in
# (`groupbuy.outbound.window`, 1m in production) is shortened to PUSH_WINDOW_MS (10000 ms): the same limiter,
# dispatcher and Redis sliding window, 6 times faster (8.5 minutes). PUSH_WINDOW_MS=60000 runs real minutes
# (50 minutes); much shorter windows shrink the 1% safety margin below the scheduling jitter (see
# docs/benchmarks.md).
#
# Usage (from the repository root, after `./mvnw -q -o -DskipTests -Dspotless.check.skip=true package`):
#   bash benchmarks/scripts/push-test.sh
# Environment: PUSH_GROUPS (1000), PUSH_PER (20), PUSH_WINDOW_MS (10000), PUSH_PORT (18092), PUSH_DB (groupbuy_push).
# Needs MariaDB on 127.0.0.1:3306 (root, empty password) and Redis on 127.0.0.1:6379.
set -euo pipefail

cd "$(dirname "$0")/../.."
COUNT=${PUSH_GROUPS:-1000}
PER=${PUSH_PER:-20}
WINDOW_MS=${PUSH_WINDOW_MS:-10000}
PORT=${PUSH_PORT:-18092}
DB=${PUSH_DB:-groupbuy_push}
JDBC="jdbc:mysql://127.0.0.1:3306/${DB}?user=root&password="
WORK=$(mktemp -d)
JAR=${PUSH_JAR:-admin-api/target/groupbuy-bot.jar}
BENCH=${PUSH_BENCH:-benchmarks/target/benchmarks.jar}
tool() { java -cp "$BENCH" dev.groupbuy.benchmarks.push.PushTool "$@"; }

mariadb -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS ${DB}; CREATE DATABASE ${DB} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
GROUPBUY_ADMIN_TOKEN=push-test-token-0123456789 SPRING_PROFILES_ACTIVE=prod \
  SPRING_DATASOURCE_URL="jdbc:mysql://127.0.0.1:3306/${DB}" SPRING_DATASOURCE_USERNAME=root SPRING_DATASOURCE_PASSWORD= \
  SPRING_DATA_REDIS_HOST=127.0.0.1 GROUPBUY_EXPORTS_SECRET=push-test-secret GROUPBUY_SANDBOX_ENABLED=true \
  GROUPBUY_OUTBOUND_SANDBOX_PER_MINUTE="$PER" \
  java -jar "$JAR" --server.port="$PORT" --groupbuy.outbound.window="${WINDOW_MS}ms" \
  >"$WORK/service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:${PORT}/actuator/health" >/dev/null 2>&1 && break
  sleep 0.5
done

tool prepare --base-url "http://127.0.0.1:${PORT}" --token push-test-token-0123456789 --groups "$COUNT" \
  --in-seconds 5 --run "$WORK/run.properties"
start=$(date +%s)
tool wait --jdbc-url "$JDBC" --run "$WORK/run.properties"
echo "pushed in $(( $(date +%s) - start )) s (from 5 s before the fire time)"
tool rate --jdbc-url "$JDBC" --run "$WORK/run.properties" --per-window "$PER" --window-ms "$WINDOW_MS"
