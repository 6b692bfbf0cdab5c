using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenNrm.Migrations.Postgres.Migrations
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
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PostalCode",
                table: "signals",
                type: "text",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "referrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SignalId = table.Column<Guid>(type: "uuid", nullable: false),
                    SignalPersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CentreId = table.Column<Guid>(type: "uuid", nullable: false),
                    MinorsStructureId = table.Column<Guid>(type: "uuid", nullable: true),
                    Centre = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    MinorsStructure = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Recommended = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    OverrideReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SentBy = table.Column<Guid>(type: "uuid", nullable: false),
                    SentByOrganisation = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastActionAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AcknowledgedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AcknowledgedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    IntakeScheduledFor = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    IntakeDoneAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    IntakeOutcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    TransferredTo = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    CancelledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CancellationReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    EscalatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EscalatedToAllAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
