using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenNrm.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class IndicatorLists : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "IndicatorListVersion",
                table: "signal_persons",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "indicator_lists",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ListId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ListVersion = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Population = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Exploitation = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Rule = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    IndicatorCount = table.Column<int>(type: "integer", nullable: false),
                    Definition = table.Column<string>(type: "text", nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ImportedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    ActivatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ActivatedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicator_lists", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_indicator_lists_ListId",
                table: "indicator_lists",
                column: "ListId",
                unique: true,
                filter: "\"IsActive\"");

            migrationBuilder.CreateIndex(
                name: "IX_indicator_lists_ListId_ListVersion",
                table: "indicator_lists",
                columns: new[] { "ListId", "ListVersion" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "indicator_lists");

            migrationBuilder.DropColumn(
                name: "IndicatorListVersion",
                table: "signal_persons");
        }
    }
}
