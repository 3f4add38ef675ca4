#!/usr/bin/env bash
# Intake throughput and latency of the platform next to PostgreSQL's own ceiling for the same
# writes, on this machine: issue 3's performance goal (see docs/BENCHMARKS.md).
#
#   bench/intake-benchmark.sh [seconds=60] [clients=16]
#
# Needs the machine's PostgreSQL server (127.0.0.1:5432, user postgres) and pgbench.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-60}
CLIENTS=${2:-16}
DB=cityops_bench
PORT=18080
PSQL=(psql -h 127.0.0.1 -U postgres -X -q)

"${PSQL[@]}" -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
./mvnw -q -DskipTests package
JAR=$(ls target/cityops-*.jar | grep -v '\.original' | head -n1)
CITYOPS_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" CITYOPS_DB_USER=postgres \
  java -Xmx2g -jar "$JAR" --spring.profiles.active=demo --server.port=$PORT > target/bench-platform.log 2>&1 &
PLATFORM=$!
trap 'kill $PLATFORM 2>/dev/null || true; wait $PLATFORM 2>/dev/null || true; "${PSQL[@]}" -d postgres -c "drop database if exists $DB with (force)"' EXIT
for _ in $(seq 1 300); do
  curl -fs "http://localhost:$PORT/actuator/health" | grep -q UP && break
  sleep 1
done

driver() {
  ./mvnw -q -Pbenchmark test-compile exec:java -Dexec.mainClass=org.cityops.bench.IntakeLoadDriver \
    -Dexec.args="http://localhost:$PORT $*" | grep '^mode='
}

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r), $(date -u +%F)"
echo "== PostgreSQL ceiling: pgbench, one case + one timer + one timeline row per transaction, $CLIENTS clients"
CEILING=$(pgbench -h 127.0.0.1 -U postgres -n -f bench/pgbench-intake.sql -c "$CLIENTS" -j 2 -T "$SECONDS_PER_RUN" "$DB" \
  | awk '/^tps = / {print int($3)}')
echo "pgbench tps=$CEILING"
echo "== platform, sustained (closed loop, $CLIENTS clients)"
driver closed "$SECONDS_PER_RUN" "$CLIENTS"
HALF=$(( CEILING / 2 ))
echo "== platform at half the ceiling ($HALF/s, open loop)"
driver open "$SECONDS_PER_RUN" "$HALF"
