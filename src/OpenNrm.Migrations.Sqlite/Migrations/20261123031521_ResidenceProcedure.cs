using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenNrm.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ResidenceProcedure : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "procedures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CentreId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProsecutorOfficeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IsThirdCountryNational = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsUnaccompaniedMinor = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_procedures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_procedures_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "procedure_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcedureId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DocumentType = table.Column<string>(type: "TEXT", maxLength: 48, nullable: true),
                    WithdrawalReason = table.Column<string>(type: "TEXT", maxLength: 48, nullable: true),
                    Criterion = table.Column<string>(type: "TEXT", maxLength: 48, nullable: true),
                    ProceedingsStatus = table.Column<string>(type: "TEXT", maxLength: 48, nullable: true),
                    Flag = table.Column<bool>(type: "INTEGER", nullable: true),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedByOrganisation = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_procedure_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_procedure_events_procedures_ProcedureId",
                        column: x => x.ProcedureId,
                        principalTable: "procedures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_procedure_events_ProcedureId_Sequence",
                table: "procedure_events",
                columns: new[] { "ProcedureId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_procedures_CaseId",
                table: "procedures",
                column: "CaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "procedure_events");

            migrationBuilder.DropTable(
                name: "procedures");
        }
    }
}
