#!/usr/bin/env bash
# Reproducible API benchmark on the embedded SQLite database (synchronous=FULL), on loopback, bounded in time.
# Usage: bench/run.sh [seconds-per-measure] [workers]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}; workers=${2:-16}
data=$(mktemp -d /tmp/onrm-bench-XXXXXX)
port=5099
dotnet build src/OpenNrm -c Release -nologo -v quiet
dotnet build bench/OpenNrm.Bench -c Release -nologo -v quiet
# Without the demo's generated population: it would be written in the background during the measures, and each
# benchmark makes the data it measures.
export OpenNrm__DataDirectory="$data" OpenNrm__DemoMode=true OpenNrm__DemoPersons=0 ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning
app="dotnet src/OpenNrm/bin/Release/net10.0/OpenNrm.dll"
token=$($app token create --user frontlineofficer@demo.opennrm.local --days 1 | sed -n 's/^Secret (shown once): //p')
$app --urls "http://127.0.0.1:$port" > "$data/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 0.5; done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $seconds s per measure, $workers workers"
dotnet bench/OpenNrm.Bench/bin/Release/net10.0/OpenNrm.Bench.dll "http://127.0.0.1:$port" "$token" "$data/opennrm.db" "$seconds" "$workers"
