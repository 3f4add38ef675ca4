#!/usr/bin/env bash
# Intake throughput and latency of the platform next to PostgreSQL's own ceiling for the same
# writes, on this machine: issue 3's performance goal (see docs/BENCHMARKS.md).
#
#   bench/intake-benchmark.sh [seconds=60] [clients=16] [warm-up seconds=300]
#
# Needs the machine's PostgreSQL server (127.0.0.1:5432, user postgres), pgbench and wrk (installed
# from Debian's packages when missing and running as root).
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-60}
CLIENTS=${2:-16}
WARM_UP=${3:-300}
DB=cityops_bench
PORT=18080
PSQL=(psql -h 127.0.0.1 -U postgres -X -q)
WORK=$(mktemp -d)

if ! command -v wrk >/dev/null; then
  [ "$(id -u)" = 0 ] || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

CEILING_DB=${DB}_ceiling
"${PSQL[@]}" -d postgres -c "drop database if exists $DB with (force)" -c "drop database if exists $CEILING_DB with (force)" \
  -c "create database $DB"
./mvnw -q -DskipTests package
./mvnw -q -Pbenchmark test-compile dependency:build-classpath -Dmdep.outputFile="$WORK/classpath" \
  -Dmdep.includeScope=test
CLASSPATH="target/test-classes:target/classes:$(cat "$WORK/classpath")"
JAR=$(ls target/cityops-*.jar | grep -v '\.original' | head -n1)
PLATFORM=
# The duplicate window (24 h) and the repeat window (30 days) shrink to 10 s and 5 min: the benchmark
# posts a real day's cases every few seconds, and with the real windows nearly every report would
# soon repeat an open case of its category nearby (a duplicate is cheaper, a repeat may escalate),
# so the mix would drift all run long. With these, the mix is steady once the warm-up is over; each
# phase prints its own.
start_platform() {
  CITYOPS_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" CITYOPS_DB_USER=postgres \
    java -Xmx2g -jar "$JAR" --spring.profiles.active=demo --cityops.demo.cases=0 --server.port=$PORT \
      --cityops.dispatch.duplicate-window=PT10S --cityops.triage.repeat-window=PT5M >> target/bench-platform.log 2>&1 &
  PLATFORM=$!
  for _ in $(seq 1 300); do
    curl -fs "http://localhost:$PORT/actuator/health" | grep -q UP && break
    sleep 1
  done
}
trap 'kill $PLATFORM 2>/dev/null || true; wait $PLATFORM 2>/dev/null || true; rm -rf "$WORK"; "${PSQL[@]}" -d postgres -c "drop database if exists $DB with (force)" -c "drop database if exists $CEILING_DB with (force)"' EXIT
: > target/bench-platform.log
# The first start creates the schema (Flyway) and the reference data; pgbench then runs on a copy
# of that database, so the platform's own tables never hold pgbench's rows.
start_platform
kill $PLATFORM; wait $PLATFORM || true

driver() {
  java -cp "$CLASSPATH" org.cityops.bench.IntakeLoadDriver "http://localhost:$PORT" "$@"
}

# wrk (C, two threads) keeps the closed loops: the Java driver's HTTP client costs about a
# millisecond of CPU per request on the two cores the platform and PostgreSQL share.
# $1: file of request bodies, $2: seconds
closed_loop() {
  CITYOPS_BENCH_BODIES="$1" CITYOPS_BENCH_TOKEN="$TOKEN" CITYOPS_BENCH_THREADS=2 \
    wrk -t2 -c"$CLIENTS" -d"$2"s --timeout 30s -s bench/intake-wrk.lua "http://localhost:$PORT" | grep '^wrk'
}
now() { "${PSQL[@]}" -d "$DB" -Atc "select clock_timestamp()"; }
# CPU time (clock ticks) used so far by the platform's JVM and by all PostgreSQL server processes.
jvm_ticks() { awk '{print $14 + $15}' "/proc/$PLATFORM/stat"; }
pg_ticks() {
  for pid in $(pgrep -x postgres); do awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null; done \
    | awk '{s += $1} END {print s + 0}'
}
# What the cases received since $1 became: the work behind a phase's rate.
mix() {
  "${PSQL[@]}" -d "$DB" -Atc "select 'mix: ' || count(*) || ' cases, '
      || round(100.0 * count(*) filter (where state = 'DUPLICATE') / greatest(count(*), 1), 1) || '% linked as duplicates, '
      || round(100.0 * count(*) filter (where escalation_count > 0) / greatest(count(*), 1), 1) || '% escalated to the centre, '
      || round(100.0 * count(*) filter (where state = 'REPORTED') / greatest(count(*), 1), 1) || '% in the centre''s queue'
    from dispatch.cases where received_at >= '$1'"
}

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r), $(date -u +%FT%H:%MZ), load $(cut -d' ' -f1 /proc/loadavg)"
# tps of a pgbench script ($1) with protocol $2 (simple: parsed and planned every time, as pgbench
# runs by default; prepared: as the platform's driver runs its statements) on a fresh copy of the
# platform's database: 20 s to fill the tables, VACUUM ANALYZE (the server's autovacuum is off, see
# below), then the measured run.
sql_tps() {
  "${PSQL[@]}" -d postgres -c "create database $CEILING_DB template $DB"
  pgbench -h 127.0.0.1 -U postgres -n -M "$2" -f "$1" -c "$CLIENTS" -j 2 -T 20 "$CEILING_DB" > /dev/null
  "${PSQL[@]}" -d "$CEILING_DB" -c "vacuum analyze"
  pgbench -h 127.0.0.1 -U postgres -n -M "$2" -f "$1" -c "$CLIENTS" -j 2 -T "$SECONDS_PER_RUN" "$CEILING_DB" \
    | awk '/^tps = / {print int($3)}'
  "${PSQL[@]}" -d postgres -c "drop database $CEILING_DB with (force)" -c "checkpoint"
}
echo "== PostgreSQL ceiling: pgbench, one case + one timer + one timeline row per transaction, $CLIENTS clients"
CEILING=$(sql_tps bench/pgbench-intake.sql simple)
CEILING_PREPARED=$(sql_tps bench/pgbench-intake.sql prepared)
echo "pgbench tps=$CEILING (prepared statements: $CEILING_PREPARED)"
echo "== bound: the least SQL of a whole intake in one round trip (bench/pgbench-intake-whole.sql)"
WHOLE=$(sql_tps bench/pgbench-intake-whole.sql simple)
WHOLE_PREPARED=$(sql_tps bench/pgbench-intake-whole.sql prepared)
echo "pgbench tps=$WHOLE = $(( 100 * WHOLE / CEILING ))% of the ceiling;" \
  "prepared statements: $WHOLE_PREPARED = $(( 100 * WHOLE_PREPARED / CEILING_PREPARED ))% of their ceiling"
start_platform

# Distinct reports for each phase (a report posted twice would be a duplicate, which is cheaper).
TOKEN=$(driver bodies 60000 "$WORK/warm-up.jsonl" 1000000 | sed -n 's/^token=//p')
driver bodies 60000 "$WORK/measured.jsonl" 2000000 > /dev/null
driver refused-bodies 1000 "$WORK/refused.jsonl" > /dev/null

echo "== platform warm-up: ${WARM_UP}s of the same load (the JIT compiles the request path for minutes; not counted)"
FROM=$(now)
closed_loop "$WORK/warm-up.jsonl" "$WARM_UP"
mix "$FROM"
# This machine's server runs with autovacuum off (its CI configuration); a production server (and the
# run command's embedded one) has it on. Without it the tables keep their empty-table statistics, the
# statements prepared in the first seconds keep plans made for empty tables, and updated rows are never
# reclaimed. Vacuum and analyze once, as autovacuum would have during five minutes of this load.
"${PSQL[@]}" -d "$DB" -c "vacuum analyze"
echo "== platform, sustained (closed loop, $CLIENTS clients)"
FROM=$(now); JVM0=$(jvm_ticks); PG0=$(pg_ticks)
CLOSED=$(closed_loop "$WORK/measured.jsonl" "$SECONDS_PER_RUN")
JVM1=$(jvm_ticks); PG1=$(pg_ticks)
echo "$CLOSED"
mix "$FROM"
CASES=$(echo "$CLOSED" | sed -n 's/.*requests=\([0-9]*\).*/\1/p')
TICK=$(getconf CLK_TCK)
echo "cpu per case: platform JVM $(( (JVM1 - JVM0) * 1000000 / TICK / CASES )) µs, PostgreSQL $(( (PG1 - PG0) * 1000000 / TICK / CASES )) µs"
SUSTAINED=$(echo "$CLOSED" | sed -n 's/.*throughput=\([0-9]*\).*/\1/p')
HALF=$(( CEILING / 2 ))
echo "== sustained: $SUSTAINED/s = $(( 100 * SUSTAINED / CEILING ))% of the ceiling (goal: at least 50%)"

echo "== floor: the same requests refused before any case work (empty description, 400), closed loop"
closed_loop "$WORK/refused.jsonl" 20 > /dev/null
FLOOR_RUN=$(closed_loop "$WORK/refused.jsonl" "$SECONDS_PER_RUN")
echo "$FLOOR_RUN"
FLOOR=$(echo "$FLOOR_RUN" | sed -n 's/.*throughput=\([0-9]*\).*/\1/p')
# Each request costs at least the floor's CPU plus its SQL's; both of these measurements keep the
# two cores busy, so their costs per request add up as reciprocal rates.
awk -v f="$FLOOR" -v w="$WHOLE_PREPARED" -v c="$CEILING" 'BEGIN { b = 1 / (1 / f + 1 / w)
  printf "== bound: floor and the least SQL together: at most %.0f/s = %.0f%% of the ceiling\n", b, 100 * b / c }'

if [ "$SUSTAINED" -ge "$HALF" ]; then
  echo "== platform at half the ceiling ($HALF/s, open loop)"
  driver open "$SECONDS_PER_RUN" "$HALF" | grep '^mode='
else
  # An open loop above the sustained rate only measures the queue it builds.
  echo "== half the ceiling ($HALF/s) is above what the platform sustains: not offered"
fi
LIGHT=$(( SUSTAINED / 2 > 0 ? SUSTAINED / 2 : 1 ))
echo "== platform at half its own sustained rate ($LIGHT/s, open loop)"
driver open "$SECONDS_PER_RUN" "$LIGHT" | grep '^mode='
