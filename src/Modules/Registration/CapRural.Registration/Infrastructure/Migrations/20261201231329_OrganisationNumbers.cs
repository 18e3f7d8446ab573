using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CapRural.Registration.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class OrganisationNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Siren",
                table: "applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Siret",
                table: "applications",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Siren",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "Siret",
                table: "applications");
        }
    }
}
