using CapRural.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CapRural.Meetings.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class MessageSubjects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            OutboxNamesMigration.Up(migrationBuilder,
                new("CapRural.Meetings.Contracts.MeetingPlanned", "meetings.meeting-planned.v1", "meetingId"),
                new("CapRural.Meetings.Contracts.MeetingChanged", "meetings.meeting-changed.v1", "meetingId"),
                new("CapRural.Meetings.Contracts.MeetingHeld", "meetings.meeting-held.v1", "meetingId"),
                new("CapRural.Meetings.Contracts.MemberJoined", "meetings.member-joined.v1", "applicationId"),
                new("CapRural.Meetings.Contracts.MemberLeft", "meetings.member-left.v2", "applicationId"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            OutboxNamesMigration.Down(migrationBuilder);
        }
    }
}
