using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenNrm.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProtectingFilesMarked : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "MayProtect",
                table: "cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "MayProtect",
                table: "case_name_keys",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // A file may protect from its first third-country national's signal person or residence procedure on
            // (CaseFile.MayProtect). The database keeps the flag, so no writer can miss it; SQLite has one writer at a
            // time, so marking and writing keys cannot interleave.
            migrationBuilder.Sql("""
                CREATE TRIGGER signal_persons_mark_may_protect AFTER INSERT ON signal_persons
                WHEN NEW."Citizenship" = 'ThirdCountry'
                BEGIN
                    UPDATE cases SET "MayProtect" = 1 WHERE "Id" = NEW."CaseId" AND NOT "MayProtect";
                    UPDATE case_name_keys SET "MayProtect" = 1 WHERE "CaseId" = NEW."CaseId" AND NOT "MayProtect";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER signal_persons_mark_may_protect_on_change AFTER UPDATE OF "CaseId", "Citizenship" ON signal_persons
                WHEN NEW."Citizenship" = 'ThirdCountry'
                BEGIN
                    UPDATE cases SET "MayProtect" = 1 WHERE "Id" = NEW."CaseId" AND NOT "MayProtect";
                    UPDATE case_name_keys SET "MayProtect" = 1 WHERE "CaseId" = NEW."CaseId" AND NOT "MayProtect";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER procedures_mark_may_protect AFTER INSERT ON procedures
                BEGIN
                    UPDATE cases SET "MayProtect" = 1 WHERE "Id" = NEW."CaseId" AND NOT "MayProtect";
                    UPDATE case_name_keys SET "MayProtect" = 1 WHERE "CaseId" = NEW."CaseId" AND NOT "MayProtect";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER procedures_mark_may_protect_on_change AFTER UPDATE OF "CaseId" ON procedures
                BEGIN
                    UPDATE cases SET "MayProtect" = 1 WHERE "Id" = NEW."CaseId" AND NOT "MayProtect";
                    UPDATE case_name_keys SET "MayProtect" = 1 WHERE "CaseId" = NEW."CaseId" AND NOT "MayProtect";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER case_name_keys_copy_may_protect AFTER INSERT ON case_name_keys
                BEGIN
                    UPDATE case_name_keys SET "MayProtect" = COALESCE((SELECT "MayProtect" FROM cases WHERE "Id" = NEW."CaseId"), 0)
                    WHERE "CaseId" = NEW."CaseId" AND "KeyHash" = NEW."KeyHash";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER case_name_keys_copy_may_protect_on_change AFTER UPDATE OF "CaseId" ON case_name_keys
                BEGIN
                    UPDATE case_name_keys SET "MayProtect" = COALESCE((SELECT "MayProtect" FROM cases WHERE "Id" = NEW."CaseId"), 0)
                    WHERE "CaseId" = NEW."CaseId" AND "KeyHash" = NEW."KeyHash";
                END;
                """);
            migrationBuilder.Sql("""
                UPDATE cases SET "MayProtect" = 1
                WHERE EXISTS (SELECT 1 FROM signal_persons s WHERE s."CaseId" = cases."Id" AND s."Citizenship" = 'ThirdCountry')
                   OR EXISTS (SELECT 1 FROM procedures p WHERE p."CaseId" = cases."Id");
                """);
            migrationBuilder.Sql("""
                UPDATE case_name_keys SET "MayProtect" = 1 WHERE EXISTS (SELECT 1 FROM cases c WHERE c."Id" = case_name_keys."CaseId" AND c."MayProtect");
                """);

            migrationBuilder.CreateIndex(
                name: "IX_cases_NameIndex_protecting",
                table: "cases",
                column: "NameIndex",
                filter: "\"MayProtect\"");

            migrationBuilder.CreateIndex(
                name: "IX_case_name_keys_protecting",
                table: "case_name_keys",
                columns: new[] { "KeyHash", "CaseId" },
                filter: "\"MayProtect\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in new[] { "signal_persons_mark_may_protect", "signal_persons_mark_may_protect_on_change", "procedures_mark_may_protect",
                         "procedures_mark_may_protect_on_change", "case_name_keys_copy_may_protect", "case_name_keys_copy_may_protect_on_change" })
            {
                migrationBuilder.Sql($"DROP TRIGGER {trigger};");
            }

            migrationBuilder.DropIndex(
                name: "IX_cases_NameIndex_protecting",
                table: "cases");

            migrationBuilder.DropIndex(
                name: "IX_case_name_keys_protecting",
                table: "case_name_keys");

            migrationBuilder.DropColumn(
                name: "MayProtect",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "MayProtect",
                table: "case_name_keys");
        }
    }
}
