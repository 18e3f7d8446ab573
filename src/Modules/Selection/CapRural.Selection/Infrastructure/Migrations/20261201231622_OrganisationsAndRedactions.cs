using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CapRural.Selection.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class OrganisationsAndRedactions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OrganisationGroup",
                table: "candidates",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OrganisationSiren",
                table: "candidates",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Redactions",
                table: "candidates",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OrganisationGroup",
                table: "candidates");

            migrationBuilder.DropColumn(
                name: "OrganisationSiren",
                table: "candidates");

            migrationBuilder.DropColumn(
                name: "Redactions",
                table: "candidates");
        }
    }
}
