#!/usr/bin/env bash
# Runs every test project of OpenNRM and ends with one line: "tests: N passed, N failed, N skipped".
# Installs what the tests need when it is missing (as root, through apt): PostgreSQL for the database tests,
# Debian's Chromium for the browser tests, DejaVu fonts for rendering, aiosmtpd as the mail relay, and the tools
# the benchmarks' smoke run calls (curl, openssl, sqlite3, GNU time).
set -euo pipefail
cd "$(dirname "$0")"

need=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -d /usr/share/fonts/truetype/dejavu ] || need+=(fonts-dejavu-core)
# A real SMTP server for the notice e-mail tests (run with /usr/bin/python3).
[ -f /usr/lib/python3/dist-packages/aiosmtpd/__init__.py ] || need+=(python3-aiosmtpd)
# The benchmarks' smoke run (bench/smoke.sh): the server's readiness by HTTP, keys, SQLite counts, timed generation.
command -v curl >/dev/null || need+=(curl)
command -v openssl >/dev/null || need+=(openssl)
command -v sqlite3 >/dev/null || need+=(sqlite3)
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing: ${need[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    echo "These packages are missing and installing them needs root: ${need[*]}" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
results="$(pwd)/TestResults"
rm -rf "$results"
dotnet build OpenNrm.slnx -c Release -nologo -v quiet

status=0
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  echo "== $name"
  dotnet test "$project" -c Release --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" || status=1
done

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  get() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  p=$(get passed); f=$(get failed); e=$(get error); t=$(get total); x=$(get executed)
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0} + ${e:-0}))
  skipped=$((skipped + ${t:-0} - ${x:-0}))
done

echo "tests: $passed passed, $failed failed, $skipped skipped"
if [ "$failed" -gt 0 ] || [ "$passed" -eq 0 ] || [ "$status" -ne 0 ]; then
  exit 1
fi
