using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CapRural.Meetings.Infrastructure.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class DatePollDeadlinePostgreSql : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ClosesAt",
                schema: "meetings",
                table: "date_polls",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DeadlineRemindedAt",
                schema: "meetings",
                table: "date_polls",
                type: "bigint",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ClosesAt",
                schema: "meetings",
                table: "date_polls");

            migrationBuilder.DropColumn(
                name: "DeadlineRemindedAt",
                schema: "meetings",
                table: "date_polls");
        }
    }
}
