using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenNrm.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Signals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "signals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DetectedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Municipality = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Context = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DetectingOrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    OfficerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Circumstances = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_signals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "signal_persons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SignalId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Aliases = table.Column<string>(type: "text", nullable: false),
                    Gender = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: true),
                    EstimatedAge = table.Column<int>(type: "integer", nullable: true),
                    Nationalities = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Languages = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    IsMinor = table.Column<bool>(type: "boolean", nullable: false),
                    IsUnaccompanied = table.Column<bool>(type: "boolean", nullable: false),
                    Citizenship = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SuspectedExploitation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IndicatorListId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    IndicatorCodes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    IndicationsPresent = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_signal_persons", x => x.Id);
                    table.ForeignKey(
                        name: "FK_signal_persons_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_signal_persons_signals_SignalId",
                        column: x => x.SignalId,
                        principalTable: "signals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "signal_duties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SignalPersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Basis = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DoneAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DoneBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_signal_duties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_signal_duties_signal_persons_SignalPersonId",
                        column: x => x.SignalPersonId,
                        principalTable: "signal_persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_signal_duties_DoneAt",
                table: "signal_duties",
                column: "DoneAt");

            migrationBuilder.CreateIndex(
                name: "IX_signal_duties_SignalPersonId",
                table: "signal_duties",
                column: "SignalPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_signal_persons_CaseId",
                table: "signal_persons",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_signal_persons_SignalId_Position",
                table: "signal_persons",
                columns: new[] { "SignalId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_signals_DetectingOrganisationId_DetectedAt",
                table: "signals",
                columns: new[] { "DetectingOrganisationId", "DetectedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "signal_duties");

            migrationBuilder.DropTable(
                name: "signal_persons");

            migrationBuilder.DropTable(
                name: "signals");
        }
    }
}
