using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenNrm.Migrations.Sqlite.Migrations
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DetectedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Municipality = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Context = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DetectingOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfficerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Circumstances = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_signals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "signal_persons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SignalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Aliases = table.Column<string>(type: "TEXT", nullable: false),
                    Gender = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EstimatedAge = table.Column<int>(type: "INTEGER", nullable: true),
                    Nationalities = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Languages = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    IsMinor = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsUnaccompanied = table.Column<bool>(type: "INTEGER", nullable: false),
                    Citizenship = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SuspectedExploitation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IndicatorListId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    IndicatorCodes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    IndicationsPresent = table.Column<bool>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SignalPersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DoneAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DoneBy = table.Column<Guid>(type: "TEXT", nullable: true)
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
