using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CapRural.Meetings.Infrastructure.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ProducedSheetsPostgreSql : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "produced_sheets",
                schema: "meetings",
                columns: table => new
                {
                    SheetId = table.Column<Guid>(type: "uuid", nullable: false),
                    SourceMeetingId = table.Column<Guid>(type: "uuid", nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FirstPublishedAt = table.Column<long>(type: "bigint", nullable: true),
                    ArchivedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_produced_sheets", x => x.SheetId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_produced_sheets_SourceMeetingId",
                schema: "meetings",
                table: "produced_sheets",
                column: "SourceMeetingId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "produced_sheets",
                schema: "meetings");
        }
    }
}
