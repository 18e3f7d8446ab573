using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CapRural.Registration.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class SelectionOutcomes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_applications_CallId_EmailKey",
                table: "applications");

            migrationBuilder.AddColumn<string>(
                name: "Outcome",
                table: "applications",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "OutcomeAt",
                table: "applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RetentionFrom",
                table: "applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RetentionReason",
                table: "applications",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "applications",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateIndex(
                name: "IX_applications_CallId_EmailKey",
                table: "applications",
                columns: new[] { "CallId", "EmailKey" },
                unique: true,
                filter: "\"Status\" = 'Submitted'");

            migrationBuilder.CreateIndex(
                name: "IX_applications_RetentionReason_RetentionFrom",
                table: "applications",
                columns: new[] { "RetentionReason", "RetentionFrom" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_applications_CallId_EmailKey",
                table: "applications");

            migrationBuilder.DropIndex(
                name: "IX_applications_RetentionReason_RetentionFrom",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "Outcome",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "OutcomeAt",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "RetentionFrom",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "RetentionReason",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "applications");

            migrationBuilder.CreateIndex(
                name: "IX_applications_CallId_EmailKey",
                table: "applications",
                columns: new[] { "CallId", "EmailKey" },
                unique: true);
        }
    }
}
