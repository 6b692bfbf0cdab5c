using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenNrm.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class StatisticsImports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "statistics_import_batches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Lines = table.Column<int>(type: "INTEGER", nullable: false),
                    StagedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StagedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CommittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CommittedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    SupersededAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SupersededBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_statistics_import_batches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "statistics_import_figures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BatchId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Line = table.Column<int>(type: "INTEGER", nullable: false),
                    Indicator = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Dimension = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_statistics_import_figures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_statistics_import_figures_statistics_import_batches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "statistics_import_batches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_statistics_import_batches_Source_Year",
                table: "statistics_import_batches",
                columns: new[] { "Source", "Year" },
                unique: true,
                filter: "\"Status\" = 'InForce'");

            migrationBuilder.CreateIndex(
                name: "IX_statistics_import_figures_BatchId_Indicator_Dimension_Value",
                table: "statistics_import_figures",
                columns: new[] { "BatchId", "Indicator", "Dimension", "Value" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "statistics_import_figures");

            migrationBuilder.DropTable(
                name: "statistics_import_batches");
        }
    }
}
