using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenNrm.Migrations.Postgres.Migrations
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
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "MayProtect",
                table: "case_name_keys",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            // A file may protect from its first third-country national's signal person or residence procedure on
            // (CaseFile.MayProtect). The database keeps the flag, so no writer (SaveChanges, COPY, a script) can miss it.
            // Serialised on the file's row: marking locks it by its update, a key's insert reads it FOR SHARE. So a key
            // written while the file is being marked waits for that commit and copies the flag, and a key written just
            // before makes the marking wait for its commit, whose second update then sees and marks it.
            migrationBuilder.Sql("""
                CREATE FUNCTION case_mark_may_protect() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE cases SET "MayProtect" = true WHERE "Id" = NEW."CaseId" AND NOT "MayProtect";
                    UPDATE case_name_keys SET "MayProtect" = true WHERE "CaseId" = NEW."CaseId" AND NOT "MayProtect";
                    RETURN NULL;
                END $$;

                CREATE TRIGGER signal_persons_mark_may_protect AFTER INSERT OR UPDATE OF "CaseId", "Citizenship" ON signal_persons
                    FOR EACH ROW WHEN (NEW."Citizenship" = 'ThirdCountry') EXECUTE FUNCTION case_mark_may_protect();
                CREATE TRIGGER procedures_mark_may_protect AFTER INSERT OR UPDATE OF "CaseId" ON procedures
                    FOR EACH ROW EXECUTE FUNCTION case_mark_may_protect();

                CREATE FUNCTION case_name_key_copy_may_protect() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    NEW."MayProtect" := COALESCE((SELECT "MayProtect" FROM cases WHERE "Id" = NEW."CaseId" FOR SHARE), false);
                    RETURN NEW;
                END $$;

                CREATE TRIGGER case_name_keys_copy_may_protect BEFORE INSERT OR UPDATE OF "CaseId" ON case_name_keys
                    FOR EACH ROW EXECUTE FUNCTION case_name_key_copy_may_protect();

                UPDATE cases c SET "MayProtect" = true
                WHERE EXISTS (SELECT 1 FROM signal_persons s WHERE s."CaseId" = c."Id" AND s."Citizenship" = 'ThirdCountry')
                   OR EXISTS (SELECT 1 FROM procedures p WHERE p."CaseId" = c."Id");
                UPDATE case_name_keys k SET "MayProtect" = true FROM cases c WHERE c."Id" = k."CaseId" AND c."MayProtect";
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
            migrationBuilder.Sql("""
                DROP TRIGGER case_name_keys_copy_may_protect ON case_name_keys;
                DROP TRIGGER procedures_mark_may_protect ON procedures;
                DROP TRIGGER signal_persons_mark_may_protect ON signal_persons;
                DROP FUNCTION case_name_key_copy_may_protect();
                DROP FUNCTION case_mark_may_protect();
                """);

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
