#!/usr/bin/env bash
# Mixed traffic from simulated people on loopback, bounded in time: frontline officers recording and reading signals
# and files, centre caseworkers and prosecutors reading their lists, return-unit protection checks, statistics, audit
# searches, anonymous page views; each person with a think time between requests. Embedded SQLite database
# (synchronous=FULL), demo accounts, optionally a generated history first. Prints per-request p50/p95/p99 and
# errors; exits 1 on any error.
# Usage: bench/mixed.sh [minutes, default 10] [people, default 200] [think-ms mean, default 1000] [generated persons, default 2000]
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=${1:-10}; users=${2:-200}; think=${3:-1000}; persons=${4:-2000}
data=$(mktemp -d /tmp/onrm-mixed-XXXXXX)
port=5096
dotnet build src/OpenNrm -c Release -nologo -v quiet
dotnet build bench/OpenNrm.Bench -c Release -nologo -v quiet
# Without the demo's generated population: it would be written in the background during the measures, and each
# benchmark makes the data it measures.
export OpenNrm__DataDirectory="$data" OpenNrm__DemoMode=true OpenNrm__DemoPersons=0 ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning
# All simulated people share one loopback address; the per-address limit of the protection check (20 a minute,
# shared with sign-in) is meant for one person's device and would answer them 429.
export OpenNrm__LoginAttemptsPerMinute=100000000
app="dotnet src/OpenNrm/bin/Release/net10.0/OpenNrm.dll"
server=""
trap '[ -n "$server" ] && kill $server 2>/dev/null; rm -rf "$data"' EXIT
$app migrate > /dev/null
if [ "$persons" -gt 0 ]; then $app generate --persons "$persons" --seed 2026 | tail -1; fi
token() { $app token create --user "$1@demo.opennrm.local" --days 1 | sed -n 's/^Secret (shown once): //p'; }
tokens=(frontline="$(token frontlineofficer)" caseworker="$(token centrecaseworker)" prosecutor="$(token prosecutor)"
  returnunit="$(token immigrationreturnofficer)" rapporteur="$(token rapporteuranalyst)" auditor="$(token auditor)")
$app --urls "http://127.0.0.1:$port" > "$data/server.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready" && break; sleep 0.5; done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $users people for $minutes min, think time ~$think ms; load average $(cut -d' ' -f1-3 /proc/loadavg)"
status=0
dotnet bench/OpenNrm.Bench/bin/Release/net10.0/OpenNrm.Bench.dll mixed "http://127.0.0.1:$port" "$minutes" "$users" "$think" "${tokens[@]}" || status=$?
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg); database $(du -sh "$data/opennrm.db" | cut -f1)"
echo "server errors logged: $(grep -c '"LogLevel":"\(Error\|Critical\)"' "$data/server.log" || true)"
grep '"LogLevel":"\(Error\|Critical\)"' "$data/server.log" | head -3 | cut -c1-400 || true
exit $status
