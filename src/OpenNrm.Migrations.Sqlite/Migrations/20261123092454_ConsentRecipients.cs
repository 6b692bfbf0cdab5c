using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenNrm.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ConsentRecipients : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Purpose",
                table: "notices",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "support_disclosures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupportCaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RecipientOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DisclosedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ConsentVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_support_disclosures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_support_disclosures_organisations_RecipientOrganisationId",
                        column: x => x.RecipientOrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_support_disclosures_support_cases_SupportCaseId",
                        column: x => x.SupportCaseId,
                        principalTable: "support_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_support_disclosures_RecipientOrganisationId",
                table: "support_disclosures",
                column: "RecipientOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_support_disclosures_SupportCaseId_Purpose_DisclosedAt",
                table: "support_disclosures",
                columns: new[] { "SupportCaseId", "Purpose", "DisclosedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "support_disclosures");

            migrationBuilder.DropColumn(
                name: "Purpose",
                table: "notices");
        }
    }
}
