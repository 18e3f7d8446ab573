using CapRural.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CapRural.Knowledge.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class MessageSubjects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            OutboxNamesMigration.Up(migrationBuilder,
                new("CapRural.Knowledge.Contracts.MethodSheetPublished", "knowledge.method-sheet-published.v1", "sheetId"),
                new("CapRural.Knowledge.Contracts.MethodSheetArchived", "knowledge.method-sheet-archived.v1", "sheetId"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            OutboxNamesMigration.Down(migrationBuilder);
        }
    }
}
