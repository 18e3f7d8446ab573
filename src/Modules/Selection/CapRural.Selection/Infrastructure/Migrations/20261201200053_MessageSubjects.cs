using CapRural.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CapRural.Selection.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class MessageSubjects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            OutboxNamesMigration.Up(migrationBuilder,
                new("CapRural.Selection.Contracts.CandidateAccepted", "selection.candidate-accepted.v2", "applicationId"),
                new("CapRural.Selection.Contracts.CandidateWaitlisted", "selection.candidate-waitlisted.v1", "applicationId"),
                new("CapRural.Selection.Contracts.CandidateDeclined", "selection.candidate-declined.v1", "applicationId"),
                new("CapRural.Selection.Contracts.ParticipantConfirmed", "selection.participant-confirmed.v1", "applicationId"),
                new("CapRural.Selection.Contracts.ParticipantDeclined", "selection.participant-declined.v1", "applicationId"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            OutboxNamesMigration.Down(migrationBuilder);
        }
    }
}
