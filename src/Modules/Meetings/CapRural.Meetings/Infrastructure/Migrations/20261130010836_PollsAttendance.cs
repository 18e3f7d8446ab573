using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CapRural.Meetings.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class PollsAttendance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "LeftAt",
                table: "members",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "AttendanceRecordedAt",
                table: "meetings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Present",
                table: "meetings",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<long>(
                name: "RemindedAt",
                table: "meetings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "date_polls",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Options = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ChosenOptionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_date_polls", x => x.Id);
                    table.ForeignKey(
                        name: "FK_date_polls_groups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "poll_votes",
                columns: table => new
                {
                    PollId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OptionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Availability = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    VotedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_poll_votes", x => new { x.PollId, x.OptionId, x.MemberId });
                    table.ForeignKey(
                        name: "FK_poll_votes_date_polls_PollId",
                        column: x => x.PollId,
                        principalTable: "date_polls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_poll_votes_members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_date_polls_GroupId",
                table: "date_polls",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_poll_votes_MemberId",
                table: "poll_votes",
                column: "MemberId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "poll_votes");

            migrationBuilder.DropTable(
                name: "date_polls");

            migrationBuilder.DropColumn(
                name: "LeftAt",
                table: "members");

            migrationBuilder.DropColumn(
                name: "AttendanceRecordedAt",
                table: "meetings");

            migrationBuilder.DropColumn(
                name: "Present",
                table: "meetings");

            migrationBuilder.DropColumn(
                name: "RemindedAt",
                table: "meetings");
        }
    }
}
