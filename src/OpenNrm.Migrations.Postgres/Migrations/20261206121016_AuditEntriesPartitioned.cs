using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenNrm.Migrations.Postgres.Migrations
{
    /// <summary>
    /// Audit entries become a table partitioned by year of "At" (PostgreSQL only; the model does not change, so
    /// SQLite has no counterpart). The trail grows with every read, forever: a year's partition keeps its indexes
    /// a tenth of a decade's, vacuum and backups work a year at a time, and an old year can be moved to cheaper
    /// storage whole. A partitioned table's primary key must hold the partition key, so it becomes ("Id", "At"):
    /// nothing references an entry by foreign key (seals carry both). The EF model keeps "Id" as the key; a later
    /// migration that alters this table must be written by hand.
    /// </summary>
    public partial class AuditEntriesPartitioned : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE audit_entries RENAME TO audit_entries_unpartitioned;
                ALTER TABLE audit_entries_unpartitioned RENAME CONSTRAINT "PK_audit_entries" TO "PK_audit_entries_unpartitioned";
                ALTER INDEX "IX_audit_entries_At" RENAME TO "IX_audit_entries_unpartitioned_At";
                ALTER INDEX "IX_audit_entries_SubjectType_SubjectId_At" RENAME TO "IX_audit_entries_unpartitioned_SubjectType_SubjectId_At";
                ALTER INDEX "IX_audit_entries_UserId_At" RENAME TO "IX_audit_entries_unpartitioned_UserId_At";

                CREATE TABLE audit_entries (LIKE audit_entries_unpartitioned INCLUDING DEFAULTS) PARTITION BY RANGE ("At");
                -- An entry whose year has no partition yet (a clock far off, a missed maintenance run) is kept, not refused.
                CREATE TABLE audit_entries_default PARTITION OF audit_entries DEFAULT;
                """);

            // One definition of a year's partition, used here and by the server's daily maintenance. Entries of that
            // year already kept in the default partition move into it in the same transaction.
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_ensure_year_partition(y integer) RETURNS boolean LANGUAGE plpgsql AS $$
                DECLARE
                    part text := format('audit_entries_y%s', y);
                    lo timestamptz := make_timestamptz(y, 1, 1, 0, 0, 0, 'UTC');
                    hi timestamptz := make_timestamptz(y + 1, 1, 1, 0, 0, 0, 'UTC');
                BEGIN
                    -- Several servers may run the maintenance at once: one creates, the others find it made.
                    PERFORM pg_advisory_xact_lock(7140002);
                    IF to_regclass(part) IS NOT NULL THEN
                        RETURN false;
                    END IF;
                    -- No entry of that year may reach the default partition while its rows move out.
                    LOCK TABLE audit_entries_default IN SHARE ROW EXCLUSIVE MODE;
                    EXECUTE format('CREATE TABLE %I (LIKE audit_entries INCLUDING DEFAULTS)', part);
                    EXECUTE format('INSERT INTO %I SELECT * FROM audit_entries_default WHERE "At" >= %L AND "At" < %L', part, lo, hi);
                    DELETE FROM audit_entries_default WHERE "At" >= lo AND "At" < hi;
                    EXECUTE format('ALTER TABLE audit_entries ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)', part, lo, hi);
                    RETURN true;
                END $$;
                """);

            // A partition for every year the trail already covers, this year and the next, then the rows, then the
            // indexes (built once over loaded partitions rather than row by row).
            migrationBuilder.Sql("""
                SELECT audit_ensure_year_partition(y)
                FROM generate_series(
                    (SELECT COALESCE(min(EXTRACT(YEAR FROM "At" AT TIME ZONE 'UTC')), EXTRACT(YEAR FROM now() AT TIME ZONE 'UTC'))::int FROM audit_entries_unpartitioned),
                    (SELECT GREATEST(max(EXTRACT(YEAR FROM "At" AT TIME ZONE 'UTC')), EXTRACT(YEAR FROM now() AT TIME ZONE 'UTC') + 1)::int FROM audit_entries_unpartitioned)) AS y;

                INSERT INTO audit_entries SELECT * FROM audit_entries_unpartitioned;
                DROP TABLE audit_entries_unpartitioned;

                ALTER TABLE audit_entries ADD CONSTRAINT "PK_audit_entries" PRIMARY KEY ("Id", "At");
                CREATE INDEX "IX_audit_entries_At" ON audit_entries ("At");
                CREATE INDEX "IX_audit_entries_SubjectType_SubjectId_At" ON audit_entries ("SubjectType", "SubjectId", "At");
                CREATE INDEX "IX_audit_entries_UserId_At" ON audit_entries ("UserId", "At");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE audit_entries RENAME TO audit_entries_partitioned;
                CREATE TABLE audit_entries (LIKE audit_entries_partitioned INCLUDING DEFAULTS);
                INSERT INTO audit_entries SELECT * FROM audit_entries_partitioned;
                DROP TABLE audit_entries_partitioned;
                DROP FUNCTION audit_ensure_year_partition(integer);

                ALTER TABLE audit_entries ADD CONSTRAINT "PK_audit_entries" PRIMARY KEY ("Id");
                CREATE INDEX "IX_audit_entries_At" ON audit_entries ("At");
                CREATE INDEX "IX_audit_entries_SubjectType_SubjectId_At" ON audit_entries ("SubjectType", "SubjectId", "At");
                CREATE INDEX "IX_audit_entries_UserId_At" ON audit_entries ("UserId", "At");
                """);
        }
    }
}
