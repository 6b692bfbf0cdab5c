#!/usr/bin/env bash
# Every benchmark at a small size, each measure for a second: run by the test suite so that the benchmarks keep
# working between the large runs. Checks that each runs to its end with its floors and that no request fails; the
# figures of a smoke run mean nothing (a busy machine, tiny data) and are not compared with anything.
# Usage: bench/smoke.sh    (PostgreSQL's server binaries must be installed, as for the tests; as root, the throwaway
# cluster runs as the postgres user)
set -euo pipefail
cd "$(dirname "$0")/.."
export OPENNRM_BENCH_STRICT=1 OPENNRM_BENCH_SWEEP_DAYS=2 OPENNRM_BENCH_PG_WORKERS=1

echo "== smoke: bench/micro.sh (in-process benchmarks, one pass of each)"
micro=$(mktemp /tmp/onrm-smoke-micro-XXXXXX)
bench/micro.sh --job Dry | tee "$micro"
# A benchmark whose setup or body throws is reported and skipped, not failed: count that every one of them ran.
declared=$(cat bench/OpenNrm.Microbench/*.cs | grep -c '^ *\[Benchmark(')
grep -Eq "Global total time: .*, executed benchmarks: $declared([^0-9]|\$)" "$micro" || { echo "not every in-process benchmark ran ($declared declared)"; exit 1; }
rm -f "$micro"
echo "== smoke: bench/run.sh (the API against its floors, demo data, SQLite)"
bench/run.sh 1 4
echo "== smoke: bench/scale.sh (generation, the API, sweep and statistics with their floors, SQLite)"
bench/scale.sh 300 1 4
echo "== smoke: bench/mixed.sh (mixed traffic from simulated people)"
bench/mixed.sh 0.25 20 200 100

echo "== smoke: bench/postgres.sh (generation with COPY, the API with raw-SQL floors, sweep and statistics, PostgreSQL)"
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
dir=$(mktemp -d /tmp/onrm-smoke-pg-XXXXXX)
port=$(( 20000 + RANDOM % 20000 ))
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
as_postgres "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --no-sync -E UTF8 --locale=C.UTF-8 > /dev/null
as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w start -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" > /dev/null
trap 'as_postgres "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop > /dev/null 2>&1 || true; rm -rf "$dir"' EXIT
psql "host=127.0.0.1 port=$port user=postgres dbname=postgres" -qc "CREATE DATABASE smoke"
connection="Host=127.0.0.1;Port=$port;Username=postgres;Database=smoke"
OpenNrm__MasterKey=$(openssl rand -base64 32)
export OpenNrm__MasterKey
ConnectionStrings__Postgres="$connection" OpenNrm__DemoMode=false ASPNETCORE_ENVIRONMENT=Production \
  dotnet src/OpenNrm/bin/Release/net10.0/OpenNrm.dll generate --persons 1500 --seed 2026 --copy | tail -1
# The trail grown to twice its generated size (the European scale's audit lookup, bench/audit-scale.sh), measured
# with the rest, then the added entries taken out again.
psql_smoke() { psql "host=127.0.0.1 port=$port user=postgres dbname=smoke" -Atc "$1"; }
bench/audit-scale.sh "$connection" $(( $(psql_smoke "SELECT COUNT(*) FROM audit_entries") * 2 ))
bench/audit-lookup.sh "$connection" 1 1
# The published, ahead-of-time server is started too, so the way docs/operations.md deploys stays working.
OPENNRM_BENCH_READY_TO_RUN=1 bench/postgres.sh "$connection" 1 4
bench/audit-scale.sh "$connection" --remove
[ "$(psql_smoke "SELECT COUNT(*) FROM audit_entries WHERE \"IpAddress\" = '198.51.100.7'")" = 0 ] || { echo "the added entries were not all removed"; exit 1; }
echo "smoke: every benchmark ran to its end"
