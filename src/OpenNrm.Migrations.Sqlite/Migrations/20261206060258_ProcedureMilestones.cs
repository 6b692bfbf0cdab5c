using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenNrm.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProcedureMilestones : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "BCardOn",
                table: "procedures",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DocumentHistory",
                table: "procedures",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "ExitOn",
                table: "procedures",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExitReason",
                table: "procedures",
                type: "TEXT",
                maxLength: 48,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "FirstACardOn",
                table: "procedures",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "IdentifiedOn",
                table: "procedures",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MilestonesVersion",
                table: "procedures",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReflectionStartOn",
                table: "procedures",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_procedures_MilestonesVersion",
                table: "procedures",
                column: "MilestonesVersion");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_procedures_MilestonesVersion",
                table: "procedures");

            migrationBuilder.DropColumn(
                name: "BCardOn",
                table: "procedures");

            migrationBuilder.DropColumn(
                name: "DocumentHistory",
                table: "procedures");

            migrationBuilder.DropColumn(
                name: "ExitOn",
                table: "procedures");

            migrationBuilder.DropColumn(
                name: "ExitReason",
                table: "procedures");

            migrationBuilder.DropColumn(
                name: "FirstACardOn",
                table: "procedures");

            migrationBuilder.DropColumn(
                name: "IdentifiedOn",
                table: "procedures");

            migrationBuilder.DropColumn(
                name: "MilestonesVersion",
                table: "procedures");

            migrationBuilder.DropColumn(
                name: "ReflectionStartOn",
                table: "procedures");
        }
    }
}
