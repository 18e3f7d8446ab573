using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CapRural.Registration.Infrastructure.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AddressIndexPostgreSql : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_applications_CallId_EmailKey",
                schema: "registration",
                table: "applications");

            migrationBuilder.DropIndex(
                name: "IX_applications_EmailKey",
                schema: "registration",
                table: "applications");

            migrationBuilder.CreateIndex(
                name: "IX_applications_EmailKey_CallId",
                schema: "registration",
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
                schema: "registration",
                table: "applications");

            migrationBuilder.CreateIndex(
                name: "IX_applications_CallId_EmailKey",
                schema: "registration",
                table: "applications",
                columns: new[] { "CallId", "EmailKey" },
                unique: true,
                filter: "\"Status\" = 'Submitted'");

            migrationBuilder.CreateIndex(
                name: "IX_applications_EmailKey",
                schema: "registration",
                table: "applications",
                column: "EmailKey");
        }
    }
}
