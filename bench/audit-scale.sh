#!/usr/bin/env bash
# Grows the audit trail of a generated PostgreSQL database to a given number of entries, for the audit lookup at
# the European scale ("who accessed this file" at 100,000,000 entries), or takes the added entries out again.
# Usage: bench/audit-scale.sh <connection-string> <entries>     (for example 100000000)
#        bench/audit-scale.sh <connection-string> --remove
#
# What is added: later reads of files, made as the generator's own reads are (FileReads): each added entry copies a
# generated "file viewed" entry (same reader, organisation, file and purpose) to a moment up to five years later,
# the later moments rarer, never after now; its identifier is a version-7 UUID of that moment, as the server writes
# them. Entries are added in the order of their moment, a batch at a time, two batches side by side (the inserts are
# bound by one core each).
# What it is not: the added entries carry the copied entry's MAC and have no seal, so `audit verify` reports them;
# they are marked by the documentation address 198.51.100.7 (RFC 5737) as their IP address, which is what --remove
# deletes. Synthetic databases only: the script refuses a database without generated files.
set -euo pipefail
connection=$1; target=${2:?the number of entries to reach, or --remove}
marker=198.51.100.7
pg=$("$(dirname "$0")/psql-conninfo.sh" "$connection")
q() { psql "$pg" -v ON_ERROR_STOP=1 -Atc "$1"; }

if [ "$(q "SELECT EXISTS (SELECT 1 FROM cases WHERE \"Reference\" LIKE 'NRM-SYN-%')")" != t ]; then
  echo "refused: the database holds no generated file (NRM-SYN-…); this script only adds to synthetic data" >&2; exit 2
fi
if [ "$target" = --remove ]; then
  echo "removing the added entries (IP address $marker)"
  q "DELETE FROM audit_entries WHERE \"IpAddress\" = '$marker'" | sed 's/^/deleted: /'
  psql "$pg" -qc "VACUUM ANALYZE audit_entries"
  echo "audit entries: $(q "SELECT COUNT(*) FROM audit_entries")"; exit 0
fi
[[ "$target" =~ ^[0-9]+$ ]] || { echo "refused: <entries> must be a whole number, got '$target'" >&2; exit 2; }

# The generated reads copied: the generator's "file viewed" entries (no IP address: written outside a request).
source_filter="v.\"Type\" = 3000 AND v.\"SubjectType\" = 'Case' AND v.\"IpAddress\" IS NULL"
views=$(q "SELECT COUNT(*) FROM audit_entries v WHERE $source_filter")
current=$(q "SELECT COUNT(*) FROM audit_entries")
missing=$(( target - current ))
echo "audit entries: $current; target $target; $views generated file reads to copy"
if [ "$missing" -le 0 ]; then echo "nothing to add"; exit 0; fi
if [ "$views" = 0 ]; then echo "refused: no generated file read to copy (generate first)" >&2; exit 2; fi

# Room: the trail's present size per entry (rows and indexes) for each entry added, and a fifth more for the
# write-ahead log and the indexes' page splits.
per_entry=$(q "SELECT (COALESCE(SUM(pg_total_relation_size(inhrelid)), 0) / GREATEST($current, 1))::bigint FROM pg_inherits WHERE inhparent = 'audit_entries'::regclass")
data_dir=$(q "SHOW data_directory" 2>/dev/null || true)
need=$(( missing * per_entry * 6 / 5 ))
if [ -n "$data_dir" ] && [ -d "$data_dir" ]; then
  free=$(df -B1 --output=avail "$data_dir" | tail -1)
  echo "room: about $(( need / 1073741824 )) GiB needed ($per_entry bytes an entry), $(( free / 1073741824 )) GiB free"
  if [ "$need" -gt "$free" ]; then echo "refused: not enough free disk for $missing more entries" >&2; exit 2; fi
fi

# One batch: every generated read copied once (the last batch a sample of them), in the order of the new moments.
batch() {
  local fraction=$1
  psql "$pg" -v ON_ERROR_STOP=1 -q <<SQL
SET synchronous_commit = off;
CREATE FUNCTION pg_temp.uuid7(t timestamptz) RETURNS uuid LANGUAGE sql VOLATILE AS \$\$
  SELECT (lpad(to_hex(floor(extract(epoch FROM t) * 1000)::bigint), 12, '0') || '7' || substr(md5(random()::text), 1, 3)
          || to_hex(8 + floor(random() * 4)::int) || substr(md5(random()::text), 1, 15))::uuid \$\$;
INSERT INTO audit_entries ("Id", "At", "Type", "UserId", "OrganisationId", "SubjectType", "SubjectId", "Purpose", "Details", "IpAddress", "Mac")
SELECT pg_temp.uuid7(r.at), r.at, v."Type", v."UserId", v."OrganisationId", v."SubjectType", v."SubjectId", v."Purpose", v."Details", '$marker', v."Mac"
FROM audit_entries v
CROSS JOIN LATERAL (SELECT CASE WHEN v."At" + o.spread < now() THEN v."At" + o.spread ELSE v."At" + (now() - v."At") * random() END AS at
                    FROM (SELECT (5 * 365 * random() * random()) * interval '1 day' + (1 + floor(random() * 600)) * interval '1 minute' AS spread) o) r
WHERE $source_filter AND random() < $fraction
ORDER BY r.at;
SQL
}

full=$(( missing / views )); rest=$(( missing - full * views ))
started=$(date +%s); running=0; done_batches=0; batches=$(( full + (rest > 0 ? 1 : 0) ))
finished() { wait -n; running=$(( running - 1 )); done_batches=$(( done_batches + 1 )); echo "batch $done_batches of $batches done, $(( $(date +%s) - started )) s"; }
for i in $(seq 1 "$batches"); do
  fraction=1
  if [ "$i" -gt "$full" ]; then fraction=$(awk -v r="$rest" -v v="$views" 'BEGIN { printf "%.6f", r / v }'); fi
  batch "$fraction" & running=$(( running + 1 ))
  if [ "$running" -ge 2 ]; then finished; fi
done
while [ "$running" -gt 0 ]; do finished; done
echo "added in $(( $(date +%s) - started )) s; VACUUM ANALYZE"
psql "$pg" -qc "VACUUM ANALYZE audit_entries"
echo "audit entries: $(q "SELECT COUNT(*) FROM audit_entries"); trail with its indexes: $(q "SELECT pg_size_pretty(SUM(pg_total_relation_size(inhrelid))) FROM pg_inherits WHERE inhparent = 'audit_entries'::regclass")"
