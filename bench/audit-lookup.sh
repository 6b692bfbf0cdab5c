#!/usr/bin/env bash
# "Who accessed this file" in raw SQL over files drawn at random from the whole generated database, not from one
# organisation's working set as in bench/postgres.sh: most of a large trail is not in memory, and an auditor may ask
# about any file. Asked twice: as the server asks it (the page of 51 newest entries with each entry's place in the
# hash chain) and without the chain's join, so that the seals' share is seen apart.
# Usage: bench/audit-lookup.sh <connection-string> [seconds] [clients]     (pgbench, extended protocol as the server)
set -euo pipefail
connection=$1; seconds=${2:-20}; clients=${3:-1}
pg=$("$(dirname "$0")/psql-conninfo.sh" "$connection")
# The generator numbers its files NRM-SYN-0000001 upwards: a random number names a random file.
files=$(psql "$pg" -Atc "SELECT COALESCE(MAX(substr(\"Reference\", 9)::int), 0) FROM cases WHERE \"Reference\" LIKE 'NRM-SYN-%'")
if [ "$files" = 0 ]; then echo "refused: the database holds no generated file (generate first)" >&2; exit 2; fi
echo "audit entries: about $(psql "$pg" -Atc "SELECT SUM(c.reltuples)::bigint FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'audit_entries'::regclass") \
(the planner's estimate); $files generated files; $seconds s and $clients client(s) a measure"

work=$(mktemp -d /tmp/onrm-audit-lookup-XXXXXX)
trap 'rm -rf "$work"' EXIT
file_of='(SELECT "Id"::text FROM cases WHERE "Reference" = '"'"'NRM-SYN-'"'"' || lpad(:n::text, 7, '"'"'0'"'"'))'
cat > "$work/with-seals.sql" <<SQL
\set n random(1, $files)
SELECT a."Id", a."At", a."Type", a."UserId", a."OrganisationId", a."SubjectType", a."SubjectId", a."Purpose", a."Details", s."ChainIndex"
FROM audit_entries a LEFT JOIN audit_seals s ON s."EntryId" = a."Id"
WHERE a."SubjectType" = 'Case' AND a."SubjectId" = $file_of ORDER BY a."At" DESC, a."Id" DESC LIMIT 51;
SQL
cat > "$work/entries-only.sql" <<SQL
\set n random(1, $files)
SELECT a."Id", a."At", a."Type", a."UserId", a."OrganisationId", a."SubjectType", a."SubjectId", a."Purpose", a."Details"
FROM audit_entries a
WHERE a."SubjectType" = 'Case' AND a."SubjectId" = $file_of ORDER BY a."At" DESC, a."Id" DESC LIMIT 51;
SQL
cat > "$work/file-only.sql" <<SQL
\set n random(1, $files)
SELECT $file_of;
SQL

# One measure: pgbench logs each lookup's latency (microseconds, third column); percentiles from the sorted log.
measure() {
  local name=$1 script=$2
  (cd "$work" && rm -f lookup_log.* && pgbench -n -M extended -f "$script" -c "$clients" -j "$clients" -T "$seconds" -l --log-prefix=lookup_log "$pg" > pgbench.out 2>&1) \
    || { cat "$work/pgbench.out"; exit 1; }
  cat "$work"/lookup_log.* | awk '{ print $3 }' | sort -n | awk -v name="$name" -v s="$seconds" '
    { v[NR] = $1 } END { n = NR; if (n == 0) { print name ": no lookup"; exit 1 }
      printf "%-52s %7d lookups, %8.1f/s, p50 %7.2f ms, p95 %7.2f ms, p99 %7.2f ms, max %7.2f ms\n", name, n, n / s,
        v[int(n * 0.50) + 1] / 1000, v[int(n * 0.95) + 1] / 1000, v[int(n * 0.99) + 1] / 1000, v[n] / 1000 }'
}
measure "the file's identifier by its reference (floor)" file-only.sql
measure "who accessed the file, with chain positions" with-seals.sql
measure "who accessed the file, entries only" entries-only.sql
