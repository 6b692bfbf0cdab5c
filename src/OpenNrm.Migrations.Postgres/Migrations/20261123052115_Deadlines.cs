using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenNrm.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Deadlines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "CaseworkerId",
                table: "procedures",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsPending",
                table: "procedures",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "NextDeadlineKind",
                table: "procedures",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NextDeadlineOn",
                table: "procedures",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Stage",
                table: "procedures",
                type: "character varying(24)",
                maxLength: 24,
                nullable: false,
                defaultValue: "NotOpened"); // existing rows until the first sweep summarises them

            migrationBuilder.AddColumn<DateOnly>(
                name: "SummarisedOn",
                table: "procedures",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "notices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecipientUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SubjectType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseReference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DeadlineKind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LeadDays = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReadAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReadBy = table.Column<Guid>(type: "uuid", nullable: true),
                    EmailedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notices", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_procedures_CentreId_IsPending_NextDeadlineOn",
                table: "procedures",
                columns: new[] { "CentreId", "IsPending", "NextDeadlineOn" });

            migrationBuilder.CreateIndex(
                name: "IX_procedures_IsPending_Id",
                table: "procedures",
                columns: new[] { "IsPending", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_notices_EmailedAt",
                table: "notices",
                column: "EmailedAt");

            migrationBuilder.CreateIndex(
                name: "IX_notices_OrganisationId_CreatedAt",
                table: "notices",
                columns: new[] { "OrganisationId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_notices_SubjectId_Key",
                table: "notices",
                columns: new[] { "SubjectId", "Key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "notices");

            migrationBuilder.DropIndex(
                name: "IX_procedures_CentreId_IsPending_NextDeadlineOn",
                table: "procedures");

            migrationBuilder.DropIndex(
                name: "IX_procedures_IsPending_Id",
                table: "procedures");

            migrationBuilder.DropColumn(
                name: "CaseworkerId",
                table: "procedures");

            migrationBuilder.DropColumn(
                name: "IsPending",
                table: "procedures");

            migrationBuilder.DropColumn(
                name: "NextDeadlineKind",
                table: "procedures");

            migrationBuilder.DropColumn(
                name: "NextDeadlineOn",
                table: "procedures");

            migrationBuilder.DropColumn(
                name: "Stage",
                table: "procedures");

            migrationBuilder.DropColumn(
                name: "SummarisedOn",
                table: "procedures");
        }
    }
}
