using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenNrm.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AuditSealsApart : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_pending_seals",
                columns: table => new
                {
                    EntryId = table.Column<Guid>(type: "uuid", nullable: false),
                    EntryAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_pending_seals", x => x.EntryId);
                });

            migrationBuilder.CreateTable(
                name: "audit_seals",
                columns: table => new
                {
                    ChainIndex = table.Column<long>(type: "bigint", nullable: false),
                    EntryId = table.Column<Guid>(type: "uuid", nullable: false),
                    EntryAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_seals", x => x.ChainIndex);
                });

            // Existing seals move to their own table, and entries not yet sealed join the waiting list, before the
            // entry's seal columns go. The unique index is built once the rows are in, not row by row.
            migrationBuilder.Sql("""
                INSERT INTO audit_seals ("ChainIndex", "EntryId", "EntryAt", "Hash")
                SELECT "ChainIndex", "Id", "At", "Hash" FROM audit_entries WHERE "ChainIndex" IS NOT NULL
                """);
            migrationBuilder.Sql("""
                INSERT INTO audit_pending_seals ("EntryId", "EntryAt") SELECT "Id", "At" FROM audit_entries WHERE "ChainIndex" IS NULL
                """);

            migrationBuilder.CreateIndex(
                name: "IX_audit_seals_EntryId",
                table: "audit_seals",
                column: "EntryId",
                unique: true);

            migrationBuilder.DropIndex(
                name: "IX_audit_entries_ChainIndex",
                table: "audit_entries");

            migrationBuilder.DropColumn(
                name: "ChainIndex",
                table: "audit_entries");

            migrationBuilder.DropColumn(
                name: "Hash",
                table: "audit_entries");

            migrationBuilder.DropColumn(
                name: "PreviousHash",
                table: "audit_entries");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ChainIndex",
                table: "audit_entries",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "audit_entries",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreviousHash",
                table: "audit_entries",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            // Each seal returns to its entry; the previous hash is the seal one position before.
            migrationBuilder.Sql("""
                UPDATE audit_entries SET
                    "ChainIndex" = (SELECT s."ChainIndex" FROM audit_seals s WHERE s."EntryId" = audit_entries."Id"),
                    "Hash" = (SELECT s."Hash" FROM audit_seals s WHERE s."EntryId" = audit_entries."Id"),
                    "PreviousHash" = (SELECT COALESCE(p."Hash", '0000000000000000000000000000000000000000000000000000000000000000')
                        FROM audit_seals s LEFT JOIN audit_seals p ON p."ChainIndex" = s."ChainIndex" - 1 WHERE s."EntryId" = audit_entries."Id")
                """);

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_ChainIndex",
                table: "audit_entries",
                column: "ChainIndex",
                unique: true);

            migrationBuilder.DropTable(
                name: "audit_pending_seals");

            migrationBuilder.DropTable(
                name: "audit_seals");
        }
    }
}
