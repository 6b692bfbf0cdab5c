using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenNrm.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "indicator_lists",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ListId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ListVersion = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Population = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Exploitation = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    IndicatorCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Definition = table.Column<string>(type: "TEXT", nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ImportedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    ActivatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ActivatedBy = table.Column<Guid>(type: "TEXT", nullable: true)
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
