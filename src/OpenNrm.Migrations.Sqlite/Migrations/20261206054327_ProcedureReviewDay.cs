using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenNrm.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProcedureReviewDay : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ReviewOn",
                table: "procedures",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_procedures_IsPending_ReviewOn",
                table: "procedures",
                columns: new[] { "IsPending", "ReviewOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_procedures_IsPending_ReviewOn",
                table: "procedures");

            migrationBuilder.DropColumn(
                name: "ReviewOn",
                table: "procedures");
        }
    }
}
