using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenNrm.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Proceedings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "criminal_proceedings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfficeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NoticeNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_criminal_proceedings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "criminal_proceedings_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProceedingsId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Route = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    IncludesTrafficking = table.Column<bool>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Exploitation = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    TraffickingRetained = table.Column<bool>(type: "INTEGER", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    NewEvidence = table.Column<string>(type: "TEXT", nullable: true),
                    TimeBarredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_criminal_proceedings_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_criminal_proceedings_events_criminal_proceedings_ProceedingsId",
                        column: x => x.ProceedingsId,
                        principalTable: "criminal_proceedings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "criminal_proceedings_magistrates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProceedingsId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    MagistrateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_criminal_proceedings_magistrates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_criminal_proceedings_magistrates_criminal_proceedings_ProceedingsId",
                        column: x => x.ProceedingsId,
                        principalTable: "criminal_proceedings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "criminal_proceedings_victims",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProceedingsId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Roles = table.Column<int>(type: "INTEGER", nullable: false),
                    ClaimedCents = table.Column<long>(type: "INTEGER", nullable: false),
                    AwardedCents = table.Column<long>(type: "INTEGER", nullable: false),
                    PaidCents = table.Column<long>(type: "INTEGER", nullable: false),
                    LinkedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    LinkedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_criminal_proceedings_victims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_criminal_proceedings_victims_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_criminal_proceedings_victims_criminal_proceedings_ProceedingsId",
                        column: x => x.ProceedingsId,
                        principalTable: "criminal_proceedings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_criminal_proceedings_OfficeId_NoticeNumber",
                table: "criminal_proceedings",
                columns: new[] { "OfficeId", "NoticeNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_criminal_proceedings_events_Kind_Date",
                table: "criminal_proceedings_events",
                columns: new[] { "Kind", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_criminal_proceedings_events_ProceedingsId_Sequence",
                table: "criminal_proceedings_events",
                columns: new[] { "ProceedingsId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_criminal_proceedings_magistrates_ProceedingsId_Sequence",
                table: "criminal_proceedings_magistrates",
                columns: new[] { "ProceedingsId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_criminal_proceedings_victims_CaseId",
                table: "criminal_proceedings_victims",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_criminal_proceedings_victims_ProceedingsId_CaseId",
                table: "criminal_proceedings_victims",
                columns: new[] { "ProceedingsId", "CaseId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "criminal_proceedings_events");

            migrationBuilder.DropTable(
                name: "criminal_proceedings_magistrates");

            migrationBuilder.DropTable(
                name: "criminal_proceedings_victims");

            migrationBuilder.DropTable(
                name: "criminal_proceedings");
        }
    }
}
