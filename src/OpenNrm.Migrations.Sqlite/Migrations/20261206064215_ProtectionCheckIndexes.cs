using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenNrm.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProtectionCheckIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_signal_persons_CaseId",
                table: "signal_persons");

            migrationBuilder.DropIndex(
                name: "IX_case_name_keys_KeyHash",
                table: "case_name_keys");

            migrationBuilder.CreateIndex(
                name: "IX_signal_persons_CaseId_Citizenship",
                table: "signal_persons",
                columns: new[] { "CaseId", "Citizenship" });

            migrationBuilder.CreateIndex(
                name: "IX_case_name_keys_KeyHash_CaseId",
                table: "case_name_keys",
                columns: new[] { "KeyHash", "CaseId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_signal_persons_CaseId_Citizenship",
                table: "signal_persons");

            migrationBuilder.DropIndex(
                name: "IX_case_name_keys_KeyHash_CaseId",
                table: "case_name_keys");

            migrationBuilder.CreateIndex(
                name: "IX_signal_persons_CaseId",
                table: "signal_persons",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_case_name_keys_KeyHash",
                table: "case_name_keys",
                column: "KeyHash");
        }
    }
}
