#!/usr/bin/env bash
# Benchmark on a large PostgreSQL database made by `generate --copy` (1,000,000 persons for the European scale):
# cold start, the API measures with their raw-SQL floors at 16 workers, the file read at 50 and the protection check
# at 1 (latency without queueing), then the deadline sweep and the year's statistics with their floors (psql).
# Usage: OpenNrm__MasterKey=<the database's key> bench/postgres.sh <connection-string> [seconds] [workers]
# Fixture, on synthetic data only: the first synthetic officer of the Brussels-Ixelles police is enabled, and an
# auditor account is made with create-admin, then given the auditor role (the generator makes no auditor).
set -euo pipefail
cd "$(dirname "$0")/.."
# A failed request is reported and the run goes on; with OPENNRM_BENCH_STRICT=1 (bench/smoke.sh) it stops the run.
failed() { echo "($1)"; if [ "${OPENNRM_BENCH_STRICT:-0}" = 1 ]; then exit 1; fi; }
connection=$1; seconds=${2:-10}; workers=${3:-16}
port=5096
: "${OpenNrm__MasterKey:?the master key the database was generated with}"
dotnet build src/OpenNrm -c Release -nologo -v quiet
dotnet build bench/OpenNrm.Bench -c Release -nologo -v quiet
export ConnectionStrings__Postgres="$connection" OpenNrm__DemoMode=false ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning
export OpenNrm__LoginAttemptsPerMinute=100000000 OpenNrm__Deadlines__SweepInterval=00:00:00
app="dotnet src/OpenNrm/bin/Release/net10.0/OpenNrm.dll"
bench="dotnet bench/OpenNrm.Bench/bin/Release/net10.0/OpenNrm.Bench.dll"
pg=$(bench/psql-conninfo.sh "$connection")
server=""
trap '[ -n "$server" ] && kill $server 2>/dev/null || true' EXIT
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $seconds s per measure, $workers workers; load average $(cut -d" " -f1-3 /proc/loadavg)"

officer=frontlineofficer.1.pol-zp-bxl-ixl@synthetic.opennrm.local
auditor=bench-auditor@synthetic.opennrm.local
psql "$pg" -qc "UPDATE \"AspNetUsers\" SET \"IsDisabled\" = false WHERE \"Email\" = '$officer'"
if [ "$(psql "$pg" -Atc "SELECT COUNT(*) FROM \"AspNetUsers\" WHERE \"Email\" = '$auditor'")" = 0 ]; then
  OPENNRM_ADMIN_PASSWORD="bench-$(openssl rand -hex 12)" $app create-admin --email "$auditor" > /dev/null
  psql "$pg" -qc "UPDATE \"AspNetUserRoles\" SET \"RoleId\" = (SELECT \"Id\" FROM \"AspNetRoles\" WHERE \"Name\" = 'Auditor') WHERE \"UserId\" = (SELECT \"Id\" FROM \"AspNetUsers\" WHERE \"Email\" = '$auditor')"
fi
# The file's page needs a session with a second factor: a new account of the officer's police zone for each measure
# run, enrolled by the driver as a person does it (the enrolment page's key, a computed code).
runs="$workers ${OPENNRM_BENCH_PG_WORKERS:-50 1}"
declare -A page_email page_password
for n in $runs; do
  page_email[$n]="bench-page-$(openssl rand -hex 4)@synthetic.opennrm.local"; page_password[$n]="bench-$(openssl rand -hex 12)"
  OPENNRM_ADMIN_PASSWORD="${page_password[$n]}" $app create-admin --email "${page_email[$n]}" > /dev/null
  psql "$pg" -qc "UPDATE \"AspNetUserRoles\" SET \"RoleId\" = (SELECT \"Id\" FROM \"AspNetRoles\" WHERE \"Name\" = 'FrontlineOfficer') WHERE \"UserId\" = (SELECT \"Id\" FROM \"AspNetUsers\" WHERE \"Email\" = '${page_email[$n]}')"
  psql "$pg" -qc "UPDATE \"AspNetUsers\" SET \"OrganisationId\" = (SELECT \"OrganisationId\" FROM \"AspNetUsers\" WHERE \"Email\" = '$officer') WHERE \"Email\" = '${page_email[$n]}'"
done
token() { $app token create --user "$1" --days 1 | sed -n 's/^Secret (shown once): //p'; }
officer_token=$(token "$officer"); auditor_token=$(token "$auditor")
echo "database: $(psql "$pg" -Atc "SELECT pg_size_pretty(pg_database_size(current_database()))"), $(psql "$pg" -Atc "SELECT COUNT(*) FROM cases") files, $(psql "$pg" -Atc "SELECT COUNT(*) FROM audit_entries") audit entries"

# Starts the server given as a command and prints the time from launch to /health/ready; $server is its process.
start_server() {
  local started; started=$(date +%s%N)
  $1 --urls "http://127.0.0.1:$port" > /tmp/onrm-pg-bench-server.log 2>&1 &
  server=$!
  for _ in $(seq 1 3000); do curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready" && break; sleep 0.02; done
  if ! curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready"; then
    tail -20 /tmp/onrm-pg-bench-server.log; failed "the server ($2) did not become ready in 60 s"; return
  fi
  echo "cold start to /health/ready ($2): $(( ($(date +%s%N) - started) / 1000000 )) ms"
}
# With OPENNRM_BENCH_READY_TO_RUN=1, first the start of the server published for this machine (compiled ahead of
# time, as docs/operations.md deploys it), stopped again; the measures below run on the build.
if [ "${OPENNRM_BENCH_READY_TO_RUN:-0}" = 1 ]; then
  rm -rf /tmp/onrm-pg-published
  dotnet publish src/OpenNrm -c Release --use-current-runtime --self-contained false -o /tmp/onrm-pg-published -nologo -v quiet
  start_server "dotnet /tmp/onrm-pg-published/OpenNrm.dll" "published, ahead of time"
  kill $server; wait $server 2>/dev/null || true; server=""
fi
start_server "$app" "build"

# The stated targets: the case page under 50 concurrent users, the protection check without queueing (1 worker).
for n in $runs; do
  echo "== $n workers"
  $bench pg "http://127.0.0.1:$port" "$connection" "$seconds" "$n" "$officer_token" "$auditor_token" "${page_email[$n]}" "${page_password[$n]}" || failed "some requests failed"
done
kill $server; wait $server 2>/dev/null || true; server=""

year=$(( $(date +%Y) - 1 ))
tomorrow=$(TZ=Europe/Brussels date -d tomorrow +%F)
due="\"SummarisedOn\" IS NULL OR (\"IsPending\" AND (\"ReviewOn\" IS NULL OR \"ReviewOn\" <= '$tomorrow'))"
echo "== deadline sweep (two passes today, then the floors, then the passes of the coming days rehearsed)"
$app sweep --repeat 2
psql "$pg" -q -o /dev/null <<SQL
\timing on
\echo floor: the rows a pass over every pending procedure reads
SELECT * FROM procedures WHERE "IsPending" OR "SummarisedOn" IS NULL;
SELECT e.* FROM procedure_events e JOIN procedures p ON p."Id" = e."ProcedureId" WHERE p."IsPending" OR p."SummarisedOn" IS NULL;
\echo floor: the rows the pass of tomorrow reads
SELECT * FROM procedures WHERE $due;
SELECT e.* FROM procedure_events e JOIN procedures p ON p."Id" = e."ProcedureId" WHERE p."Id" IN (SELECT "Id" FROM procedures WHERE $due);
SQL
if [ "${OPENNRM_BENCH_SWEEP_DAYS:-7}" -gt 0 ]; then $app sweep --days "${OPENNRM_BENCH_SWEEP_DAYS:-7}" | grep "^as of"; fi
echo "== statistics of $year"
rm -f /tmp/onrm-pg-report.csv /tmp/onrm-pg-report.docx
# Three runs in one process: the first pays for start-up, the later ones are timed as a running server computes them.
$app report --year "$year" --kind report.csv --out /tmp/onrm-pg-report.csv --repeat 3
$app report --year "$year" --kind report.docx --out /tmp/onrm-pg-report.docx
echo "== floors of the statistics (psql, server-side execution time of each statement, reading every row)"
start="$year-01-01 00:00:00+01"; end="$((year + 1))-01-01 00:00:00+01"
psql "$pg" -q -o /dev/null <<SQL
\timing on
\echo the rows the statistics read
SELECT p."CaseId", s."Id", s."DetectedAt", s."JudicialDistrict", s."DetectingOrganisationId", p."Gender", p."BirthDate", p."EstimatedAge", p."IsMinor", p."Nationalities", p."SuspectedExploitation"
FROM signals s JOIN signal_persons p ON p."SignalId" = s."Id" WHERE s."DetectedAt" < '$end';
SELECT "CaseId", "SentAt", "AcknowledgedAt", "Centre", "SignalId" FROM referrals WHERE "SentAt" < '$end' AND "Status" <> 'Cancelled';
SELECT "Id", "CaseId", "CentreId", "OpenedOn", "IsThirdCountryNational", "IsUnaccompaniedMinor", "MilestonesVersion",
       "ReflectionStartOn", "IdentifiedOn", "FirstACardOn", "BCardOn", "ExitOn", "ExitReason", "DocumentHistory" FROM procedures;
\echo hand-written GROUP BY, headline counts of the year
SELECT p."Gender", p."IsMinor", COUNT(DISTINCT p."CaseId") FROM signals s JOIN signal_persons p ON p."SignalId" = s."Id" WHERE s."DetectedAt" >= '$start' AND s."DetectedAt" < '$end' GROUP BY 1, 2;
SELECT s."DetectingOrganisationId", COUNT(DISTINCT p."CaseId") FROM signals s JOIN signal_persons p ON p."SignalId" = s."Id" WHERE s."DetectedAt" >= '$start' AND s."DetectedAt" < '$end' GROUP BY 1;
SELECT s."JudicialDistrict", COUNT(DISTINCT p."CaseId") FROM signals s JOIN signal_persons p ON p."SignalId" = s."Id" WHERE s."DetectedAt" >= '$start' AND s."DetectedAt" < '$end' GROUP BY 1;
SELECT "Centre", COUNT(DISTINCT "CaseId") FROM referrals WHERE "SentAt" >= '$start' AND "SentAt" < '$end' AND "Status" <> 'Cancelled' GROUP BY 1;
SELECT "CentreId", COUNT(*) FROM procedures WHERE "OpenedOn" >= '$year-01-01' AND "OpenedOn" < '$((year + 1))-01-01' GROUP BY 1;
SQL
