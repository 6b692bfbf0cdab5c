#!/usr/bin/env bash
# The in-process benchmarks (BenchmarkDotNet): the procedure's legal fold, the audit entry's MAC and chain link, and a
# year's statistics from facts in memory, each against a floor in the same run (the Ratio column). About 5 minutes.
# They run in the benchmark's own process (--inProcess): no project is generated and built per benchmark, so they
# run offline and in CI alike. Results also land in BenchmarkDotNet.Artifacts/results/.
# Usage: bench/micro.sh [BenchmarkDotNet options, e.g. --filter '*Audit*', or --job Dry for one pass of each]
set -euo pipefail
cd "$(dirname "$0")/.."
args=(--inProcess "$@")
# Every benchmark unless the options choose some.
[[ " $* " == *" --filter "* ]] || args=(--filter '*' "${args[@]}")
dotnet build bench/OpenNrm.Microbench -c Release -nologo -v quiet
dotnet run -c Release --no-build --project bench/OpenNrm.Microbench -- "${args[@]}"
