using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenNrm.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Referrals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "JudicialDistrict",
                table: "signals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PostalCode",
                table: "signals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "referrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SignalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SignalPersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CentreId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MinorsStructureId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Centre = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    MinorsStructure = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Recommended = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OverrideReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SentBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    SentByOrganisation = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastActionAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcknowledgedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    IntakeScheduledFor = table.Column<long>(type: "INTEGER", nullable: true),
                    IntakeDoneAt = table.Column<long>(type: "INTEGER", nullable: true),
                    IntakeOutcome = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    TransferredTo = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancellationReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    EscalatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EscalatedToAllAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_referrals", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_referrals_CentreId_Status_SentAt",
                table: "referrals",
                columns: new[] { "CentreId", "Status", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_referrals_SentByOrganisation_SentAt",
                table: "referrals",
                columns: new[] { "SentByOrganisation", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_referrals_SignalPersonId",
                table: "referrals",
                column: "SignalPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_referrals_Status_EscalatedToAllAt",
                table: "referrals",
                columns: new[] { "Status", "EscalatedToAllAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "referrals");

            migrationBuilder.DropColumn(
                name: "JudicialDistrict",
                table: "signals");

            migrationBuilder.DropColumn(
                name: "PostalCode",
                table: "signals");
        }
    }
}
