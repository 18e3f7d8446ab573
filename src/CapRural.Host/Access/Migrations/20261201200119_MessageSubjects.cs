using CapRural.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CapRural.Host.Access.Migrations
{
    /// <inheritdoc />
    public partial class MessageSubjects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            OutboxNamesMigration.Up(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            OutboxNamesMigration.Down(migrationBuilder);
        }
    }
}
