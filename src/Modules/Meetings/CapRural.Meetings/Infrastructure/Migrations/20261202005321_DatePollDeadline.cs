using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CapRural.Meetings.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class DatePollDeadline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ClosesAt",
                table: "date_polls",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DeadlineRemindedAt",
                table: "date_polls",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ClosesAt",
                table: "date_polls");

            migrationBuilder.DropColumn(
                name: "DeadlineRemindedAt",
                table: "date_polls");
        }
    }
}
