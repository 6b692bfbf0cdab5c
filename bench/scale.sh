#!/usr/bin/env bash
# Benchmark on a generated national decade (default 20,000 persons) on the embedded SQLite database: generation
# rate, cold start, then the API measures of bench/run.sh plus those that need a full database, with their floors.
# Usage: bench/scale.sh [persons] [seconds-per-measure] [workers]
set -euo pipefail
cd "$(dirname "$0")/.."
# A failed request is reported and the run goes on; with OPENNRM_BENCH_STRICT=1 (bench/smoke.sh) it stops the run.
failed() { echo "($1)"; if [ "${OPENNRM_BENCH_STRICT:-0}" = 1 ]; then exit 1; fi; }
persons=${1:-20000}; seconds=${2:-10}; workers=${3:-16}
data=$(mktemp -d /tmp/onrm-scale-XXXXXX)
port=5098
dotnet build src/OpenNrm -c Release -nologo -v quiet
dotnet build bench/OpenNrm.Bench -c Release -nologo -v quiet
# Without the demo's generated population: it would be written in the background during the measures, and each
# benchmark makes the data it measures.
export OpenNrm__DataDirectory="$data" OpenNrm__DemoMode=true OpenNrm__DemoPersons=0 ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning
# The protection check shares the sign-in rate limit (20 per minute and address); the bench measures the work behind it.
export OpenNrm__LoginAttemptsPerMinute=100000000
# The hourly deadline sweep would start 15 s into the run and compete with the measures; it is not what is measured here.
export OpenNrm__Deadlines__SweepInterval=00:00:00
app="dotnet src/OpenNrm/bin/Release/net10.0/OpenNrm.dll"
server=""
trap '[ -n "$server" ] && kill $server 2>/dev/null; rm -rf "$data"' EXIT
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $persons persons; $seconds s per measure, $workers workers; load average $(cut -d" " -f1-3 /proc/loadavg)"

# Cold start: from launching the process to the first 200 from /health/ready (schema check, reference data, key ring).
cold_start() {
  local started; started=$(date +%s%N)
  $app --urls "http://127.0.0.1:$port" > "$data/server.log" 2>&1 &
  server=$!
  for _ in $(seq 1 3000); do curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready" && break; sleep 0.02; done
  echo "cold start to /health/ready ($1): $(( ($(date +%s%N) - started) / 1000000 )) ms"
}
$app migrate > /dev/null
cold_start "demo database, before generating"
kill $server; wait $server 2>/dev/null || true; server=""

/usr/bin/time -f "generate: %e s wall, %U s user, %S s system, %M KiB peak memory" $app generate --persons "$persons" --seed 2026 | tail -3
echo "database: $(du -sh "$data/opennrm.db" | cut -f1) ($(sqlite3 "$data/opennrm.db" 'SELECT COUNT(*) FROM audit_entries') audit entries)"

token() { $app token create --user "$1" --days 1 | sed -n 's/^Secret (shown once): //p'; }
frontline=$(token frontlineofficer@demo.opennrm.local)
caseworker=$(token centrecaseworker@demo.opennrm.local)
auditor=$(token auditor@demo.opennrm.local)

cold_start "$persons generated persons"
echo "load average before the measures: $(cut -d' ' -f1-3 /proc/loadavg)"

dotnet bench/OpenNrm.Bench/bin/Release/net10.0/OpenNrm.Bench.dll "http://127.0.0.1:$port" "$frontline" "$data/opennrm.db" "$seconds" "$workers" \
  --scale "$caseworker" "$auditor" || failed "some requests failed: see the err column"

# Batch work, with the server stopped so that nothing else runs: the deadline sweep (two passes: the first looks at
# every procedure and plans its review day, the second is the hourly steady state), the floors read straight from
# the file, the passes of the coming days (each looks at the procedures whose review day has come), then the
# statistics of the last complete year behind the rapporteur's exports (report.csv: the computation alone;
# report.docx: with the charts and the Word package).
kill $server; wait $server 2>/dev/null || true; server=""
year=$(( $(date +%Y) - 1 ))
echo "== deadline sweep (two passes today, then the floors, then the passes of the coming days rehearsed)"
$app sweep --repeat 2
echo "== floors"
dotnet bench/OpenNrm.Bench/bin/Release/net10.0/OpenNrm.Bench.dll floors "$data/opennrm.db" "$year"
# --force: the measures above made files through the API in this demo database; the rehearsed days raise notices.
if [ "${OPENNRM_BENCH_SWEEP_DAYS:-7}" -gt 0 ]; then $app sweep --days "${OPENNRM_BENCH_SWEEP_DAYS:-7}" --force | grep "^as of"; fi
echo "== statistics of $year"
$app report --year "$year" --kind report.csv --out "$data/report.csv"
$app report --year "$year" --kind report.docx --out "$data/report.docx"
