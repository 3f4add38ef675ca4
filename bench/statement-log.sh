#!/usr/bin/env bash
# The SQL an intake costs: PostgreSQL's statement log of the platform under one client, counted per
# intake (docs/BENCHMARKS.md, "Statement log, one client").
#
#   bench/statement-log.sh [seconds=15] [warm-up seconds=60]
#
# Needs the machine's PostgreSQL server (127.0.0.1:5432, user postgres, superuser: it sets
# log_min_duration_statement = 0 for the measured seconds and resets it), with its log at
# /var/log/postgresql/postgresql-15-main.log (Debian's layout; CITYOPS_PG_LOG to override), and wrk.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_LOGGED=${1:-15}
WARM_UP=${2:-60}
DB=cityops_statements
PORT=18084
LOG=${CITYOPS_PG_LOG:-/var/log/postgresql/postgresql-15-main.log}
PSQL=(psql -h 127.0.0.1 -U postgres -X -q)
WORK=$(mktemp -d)

"${PSQL[@]}" -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
./mvnw -q -DskipTests package
./mvnw -q -Pbenchmark test-compile dependency:build-classpath -Dmdep.outputFile="$WORK/classpath" \
  -Dmdep.includeScope=test
CLASSPATH="target/test-classes:target/classes:$(cat "$WORK/classpath")"
JAR=$(ls target/cityops-*.jar | grep -v '\.original' | head -n1)
# the same windows as bench/intake-benchmark.sh, for the same mix
CITYOPS_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" CITYOPS_DB_USER=postgres \
  java -Xmx2g -jar "$JAR" --spring.profiles.active=demo --cityops.demo.cases=0 --server.port=$PORT \
    --cityops.dispatch.duplicate-window=PT10S --cityops.triage.repeat-window=PT5M > target/statement-log-platform.log 2>&1 &
PLATFORM=$!
trap '"${PSQL[@]}" -d postgres -c "alter system reset log_min_duration_statement" -c "select pg_reload_conf()" >/dev/null;
  kill $PLATFORM 2>/dev/null || true; wait $PLATFORM 2>/dev/null || true; rm -rf "$WORK";
  "${PSQL[@]}" -d postgres -c "drop database if exists $DB with (force)"' EXIT
for _ in $(seq 1 300); do
  curl -fs "http://localhost:$PORT/actuator/health" | grep -q UP && break
  sleep 1
done
driver() {
  java -cp "$CLASSPATH" org.cityops.bench.IntakeLoadDriver "http://localhost:$PORT" "$@"
}
TOKEN=$(driver bodies 20000 "$WORK/warm-up.jsonl" 1000000 | sed -n 's/^token=//p')
driver bodies 5000 "$WORK/measured.jsonl" 2000000 > /dev/null
post() { # $1 bodies, $2 threads, $3 connections, $4 seconds
  CITYOPS_BENCH_BODIES="$1" CITYOPS_BENCH_TOKEN="$TOKEN" CITYOPS_BENCH_THREADS="$2" \
    wrk -t"$2" -c"$3" -d"$4"s --timeout 30s -s bench/intake-wrk.lua "http://localhost:$PORT" | grep '^wrk'
}
post "$WORK/warm-up.jsonl" 2 8 "$WARM_UP"
"${PSQL[@]}" -d "$DB" -c "vacuum analyze"

FROM_BYTE=$(( $(stat -c %s "$LOG") + 1 ))
"${PSQL[@]}" -d postgres -c "alter system set log_min_duration_statement = 0" -c "select pg_reload_conf()" >/dev/null
SINCE=$("${PSQL[@]}" -d "$DB" -Atc "select clock_timestamp()")
post "$WORK/measured.jsonl" 1 1 "$SECONDS_LOGGED"
"${PSQL[@]}" -d postgres -c "alter system reset log_min_duration_statement" -c "select pg_reload_conf()" >/dev/null
INTAKES=$("${PSQL[@]}" -d "$DB" -Atc "select count(*) from dispatch.cases where received_at >= '$SINCE'")
"${PSQL[@]}" -d "$DB" -Atc "select 'intakes: ' || count(*) || ', '
    || count(*) filter (where state = 'DUPLICATE') || ' linked as duplicates, '
    || count(*) filter (where escalation_count > 0) || ' escalated to the centre'
  from dispatch.cases where received_at >= '$SINCE'"
# One line per executed statement of the bench database: "... duration: 0.042 ms  execute S_3: select ..."
# (its first line only; literals folded). Prints statements per intake, then each statement's count
# per intake and mean server time.
tail -c +"$FROM_BYTE" "$LOG" | grep "@$DB " \
  | sed -n -E 's/.*duration: ([0-9.]+) ms +(execute [^:]*|statement): (.*)/\1\t\3/p' \
  | awk -F'\t' -v n="$INTAKES" '
      { key = substr($2, 1, 140); gsub(/\x27[^\x27]*\x27/, "?", key); count[key]++; time[key] += $1; total++ }
      END {
        printf "statements per intake: %.1f\n", total / n
        rows = "sort -g -r | head -n 40"
        for (k in count) printf "%6.2f %8.3f ms  %s\n", count[k] / n, time[k] / count[k], k | rows
        close(rows)
      }'
