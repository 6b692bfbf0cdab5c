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
            const string ThirdCountry = "WHEN NEW.\"Citizenship\" = 'ThirdCountry'";
            migrationBuilder.Sql(MarkTrigger("signal_persons_mark_may_protect", "INSERT ON signal_persons", ThirdCountry));
            migrationBuilder.Sql(MarkTrigger("signal_persons_mark_may_protect_on_change", "UPDATE OF \"CaseId\", \"Citizenship\" ON signal_persons", ThirdCountry));
            migrationBuilder.Sql(MarkTrigger("procedures_mark_may_protect", "INSERT ON procedures", string.Empty));
            migrationBuilder.Sql(MarkTrigger("procedures_mark_may_protect_on_change", "UPDATE OF \"CaseId\" ON procedures", string.Empty));
            migrationBuilder.Sql(CopyTrigger("case_name_keys_copy_may_protect", "INSERT ON case_name_keys"));
            migrationBuilder.Sql(CopyTrigger("case_name_keys_copy_may_protect_on_change", "UPDATE OF \"CaseId\" ON case_name_keys"));
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

        /// <summary>After a row that makes its file one that may protect: mark the file and its keys.</summary>
        private static string MarkTrigger(string name, string on, string when) => $"""
            CREATE TRIGGER {name} AFTER {on}
            {when}
            BEGIN
                UPDATE cases SET "MayProtect" = 1 WHERE "Id" = NEW."CaseId" AND NOT "MayProtect";
                UPDATE case_name_keys SET "MayProtect" = 1 WHERE "CaseId" = NEW."CaseId" AND NOT "MayProtect";
            END;
            """;

        /// <summary>After a key is written: it takes its file's mark.</summary>
        private static string CopyTrigger(string name, string on) => $"""
            CREATE TRIGGER {name} AFTER {on}
            BEGIN
                UPDATE case_name_keys SET "MayProtect" = COALESCE((SELECT "MayProtect" FROM cases WHERE "Id" = NEW."CaseId"), 0)
                WHERE "CaseId" = NEW."CaseId" AND "KeyHash" = NEW."KeyHash";
            END;
            """;

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
