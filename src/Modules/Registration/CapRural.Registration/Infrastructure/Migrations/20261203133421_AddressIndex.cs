using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CapRural.Registration.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class AddressIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_applications_CallId_EmailKey",
                table: "applications");

            migrationBuilder.DropIndex(
                name: "IX_applications_EmailKey",
                table: "applications");

            migrationBuilder.CreateIndex(
                name: "IX_applications_EmailKey_CallId",
                table: "applications",
                columns: new[] { "EmailKey", "CallId" },
                unique: true,
                filter: "\"Status\" = 'Submitted'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_applications_EmailKey_CallId",
                table: "applications");

            migrationBuilder.CreateIndex(
                name: "IX_applications_CallId_EmailKey",
                table: "applications",
                columns: new[] { "CallId", "EmailKey" },
                unique: true,
                filter: "\"Status\" = 'Submitted'");

            migrationBuilder.CreateIndex(
                name: "IX_applications_EmailKey",
                table: "applications",
                column: "EmailKey");
        }
    }
}
