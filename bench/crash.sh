#!/usr/bin/env bash
# Long crash-safety run: the harness of the CI test CrashSafetyTests with many SIGKILLs of the real server under a
# signal-writing load, then the check of every acknowledged write and `audit verify`. Loopback only, bounded by the
# number of kills. PostgreSQL runs in a throwaway cluster started by the tests (PostgreSQL must be installed).
# Usage: bench/crash.sh [kills-per-database] [sqlite|postgres|both] [seed]
set -euo pipefail
cd "$(dirname "$0")/.."
kills=${1:-100}; which=${2:-both}; seed=${3:-}
case "$which" in
  sqlite) filter="FullyQualifiedName~CrashSafetyOnSqlite" ;;
  postgres) filter="FullyQualifiedName~CrashSafetyOnPostgres" ;;
  both) filter="FullyQualifiedName~CrashSafetyOn" ;;
  *) echo "usage: bench/crash.sh [kills] [sqlite|postgres|both] [seed]" >&2; exit 2 ;;
esac
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export OPENNRM_CRASH_KILLS="$kills" OPENNRM_CRASH_LOG; OPENNRM_CRASH_LOG=$(mktemp /tmp/onrm-crash-XXXXXX.log)
[ -n "$seed" ] && export OPENNRM_CRASH_SEED="$seed"
dotnet build tests/OpenNrm.Tests -c Release -nologo -v quiet
echo "machine: $(nproc) cores; $kills kills per database ($which); progress in $OPENNRM_CRASH_LOG"
tail -n +1 -f "$OPENNRM_CRASH_LOG" &
tailer=$!
trap 'kill $tailer 2>/dev/null || true' EXIT
status=0
dotnet test tests/OpenNrm.Tests -c Release --no-build --nologo --filter "$filter" || status=$?
sleep 1
exit $status
