#!/usr/bin/env bash
# kill -9 in the middle of a scheduled push to 1,000 sandbox groups, then restart: every group must get the
# message exactly once — one outbox message per group, one post per group on the (sandbox) platform, every
# group of the run done. CRASH_KILL_WHEN says where the kill lands: `run` (default) once the schedule's run
# has done CRASH_KILL_AT groups (the run cut short, most messages not even queued), `posts` once the sandbox
# got CRASH_KILL_AT posts (the run over, the dispatcher cut short).
#
# Usage (from the repository root, after `./mvnw -q -o -DskipTests -Dspotless.check.skip=true package`):
#   bash benchmarks/scripts/push-crash-test.sh
# Environment: CRASH_GROUPS (1000), CRASH_KILL_WHEN (run), CRASH_KILL_AT (300), CRASH_PORT (18093), CRASH_DB (groupbuy_push_crash),
# CRASH_PER (sandbox posts per minute, default 0 = no limit).
# Needs MariaDB on 127.0.0.1:3306 (root, empty password) and Redis on 127.0.0.1:6379.
set -euo pipefail

cd "$(dirname "$0")/../.."
COUNT=${CRASH_GROUPS:-1000}
KILL_AT=${CRASH_KILL_AT:-300}
PORT=${CRASH_PORT:-18093}
DB=${CRASH_DB:-groupbuy_push_crash}
JDBC="jdbc:mysql://127.0.0.1:3306/${DB}?user=root&password="
TOKEN=push-crash-token-0123456789
WORK=$(mktemp -d)
JAR=${CRASH_JAR:-admin-api/target/groupbuy-bot.jar}
BENCH=${CRASH_BENCH:-benchmarks/target/benchmarks.jar}
tool() { java -cp "$BENCH" dev.groupbuy.benchmarks.push.PushTool "$@"; }
sql() { mariadb -h127.0.0.1 -uroot -N "$DB" -e "$1"; }

mariadb -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS ${DB}; CREATE DATABASE ${DB} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"

start_service() {
  GROUPBUY_ADMIN_TOKEN=$TOKEN SPRING_PROFILES_ACTIVE=prod \
    SPRING_DATASOURCE_URL="jdbc:mysql://127.0.0.1:3306/${DB}" SPRING_DATASOURCE_USERNAME=root SPRING_DATASOURCE_PASSWORD= \
    SPRING_DATA_REDIS_HOST=127.0.0.1 GROUPBUY_EXPORTS_SECRET=push-crash-secret GROUPBUY_SANDBOX_ENABLED=true \
    GROUPBUY_OUTBOUND_SANDBOX_PER_MINUTE="${CRASH_PER:-0}" \
    java -jar "$JAR" --server.port="$PORT" >>"$WORK/service.log" 2>&1 &
  SERVICE=$!
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:${PORT}/actuator/health" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "service did not start; log:" >&2
  tail -50 "$WORK/service.log" >&2
  exit 1
}

start_service
tool prepare --base-url "http://127.0.0.1:${PORT}" --token "$TOKEN" --groups "$COUNT" --in-seconds 5 \
  --run "$WORK/run.properties"
RUN=$(grep '^runId=' "$WORK/run.properties" | cut -d= -f2)
posted() { sql "SELECT COUNT(*) FROM sandbox_posts WHERE text LIKE '%(${RUN})%'"; }
ran() { sql "SELECT COUNT(*) FROM schedule_run_groups WHERE outcome <> 'pending'"; }
progress() { if [[ ${CRASH_KILL_WHEN:-run} == posts ]]; then posted; else ran; fi; }
for _ in $(seq 1 1200); do
  (( $(progress) >= KILL_AT )) && break
  sleep 0.02
done
kill -9 "$SERVICE"
wait "$SERVICE" 2>/dev/null || true
echo "killed the service with SIGKILL after $(ran) of ${COUNT} groups of the run and $(posted) posts"
echo "at the kill — run groups by outcome:"
sql "SELECT outcome, COUNT(*) FROM schedule_run_groups GROUP BY outcome"
echo "at the kill — outbox messages of the push by state:"
sql "SELECT state, COUNT(*) FROM outbox WHERE text LIKE '%(${RUN})%' GROUP BY state"

# The dead instance's Redis locks (chat locks of the dispatcher) last until their 30 s watchdog lease ends.
for _ in $(seq 1 40); do
  [[ -z $(redis-cli -h 127.0.0.1 -p 6379 --scan --pattern 'groupbuy:lock:*' | head -1) ]] && break
  sleep 1
done

start_service
echo "service restarted"
tool wait --jdbc-url "$JDBC" --run "$WORK/run.properties" --timeout-seconds 300
kill "$SERVICE"; wait "$SERVICE" 2>/dev/null || true
tool check --jdbc-url "$JDBC" --run "$WORK/run.properties"
