using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenNrm.Migrations.Postgres.Migrations
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CentreId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProsecutorOfficeId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    IsThirdCountryNational = table.Column<bool>(type: "boolean", nullable: false),
                    IsUnaccompaniedMinor = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProcedureId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    DocumentType = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true),
                    WithdrawalReason = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true),
                    Criterion = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true),
                    ProceedingsStatus = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true),
                    Flag = table.Column<bool>(type: "boolean", nullable: true),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedByOrganisation = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
