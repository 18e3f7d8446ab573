using CapRural.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CapRural.Registration.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class MessageSubjects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            OutboxNamesMigration.Up(migrationBuilder,
                new("CapRural.Registration.Contracts.ApplicationSubmitted", "registration.application-submitted.v1", "applicationId"),
                new("CapRural.Registration.Contracts.ApplicationUpdated", "registration.application-updated.v1", "applicationId"),
                new("CapRural.Registration.Contracts.ApplicationWithdrawn", "registration.application-withdrawn.v1", "applicationId"),
                new("CapRural.Registration.Contracts.ApplicantDataErased", "registration.applicant-data-erased.v1", "applicationId"),
                new("CapRural.Registration.Contracts.CallOpened", "registration.call-opened.v1", "callId"),
                new("CapRural.Registration.Contracts.CallUpdated", "registration.call-updated.v1", "callId"),
                new("CapRural.Registration.Contracts.CallClosed", "registration.call-closed.v1", "callId"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            OutboxNamesMigration.Down(migrationBuilder);
        }
    }
}
