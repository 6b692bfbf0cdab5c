using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenNrm.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReferralBoxIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_referrals_CentreId_SentAt",
                table: "referrals",
                columns: new[] { "CentreId", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_referrals_MinorsStructureId_SentAt",
                table: "referrals",
                columns: new[] { "MinorsStructureId", "SentAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_referrals_CentreId_SentAt",
                table: "referrals");

            migrationBuilder.DropIndex(
                name: "IX_referrals_MinorsStructureId_SentAt",
                table: "referrals");
        }
    }
}
