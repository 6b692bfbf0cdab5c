using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenNrm.Migrations.Postgres.Migrations
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OfficeId = table.Column<Guid>(type: "uuid", nullable: false),
                    NoticeNumber = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_criminal_proceedings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "criminal_proceedings_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProceedingsId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Route = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    IncludesTrafficking = table.Column<bool>(type: "boolean", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Exploitation = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    TraffickingRetained = table.Column<bool>(type: "boolean", nullable: true),
                    Reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    NewEvidence = table.Column<string>(type: "text", nullable: true),
                    TimeBarredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_criminal_proceedings_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_criminal_proceedings_events_criminal_proceedings_Proceeding~",
                        column: x => x.ProceedingsId,
                        principalTable: "criminal_proceedings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "criminal_proceedings_magistrates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProceedingsId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    MagistrateId = table.Column<Guid>(type: "uuid", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_criminal_proceedings_magistrates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_criminal_proceedings_magistrates_criminal_proceedings_Proce~",
                        column: x => x.ProceedingsId,
                        principalTable: "criminal_proceedings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "criminal_proceedings_victims",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProceedingsId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Roles = table.Column<int>(type: "integer", nullable: false),
                    ClaimedCents = table.Column<long>(type: "bigint", nullable: false),
                    AwardedCents = table.Column<long>(type: "bigint", nullable: false),
                    PaidCents = table.Column<long>(type: "bigint", nullable: false),
                    LinkedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    LinkedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                        name: "FK_criminal_proceedings_victims_criminal_proceedings_Proceedin~",
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
