using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CapRural.Registration.Infrastructure.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class InitialPostgreSql : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "registration");

            migrationBuilder.CreateTable(
                name: "calls",
                schema: "registration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    WorkingGroupName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    OpensAt = table.Column<long>(type: "bigint", nullable: false),
                    ClosesAt = table.Column<long>(type: "bigint", nullable: false),
                    FirstMeetingOn = table.Column<DateOnly>(type: "date", nullable: false),
                    TargetGroupSize = table.Column<int>(type: "integer", nullable: false),
                    MeetingsPerYear = table.Column<int>(type: "integer", nullable: false),
                    Themes = table.Column<List<string>>(type: "text[]", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false),
                    PublishedAt = table.Column<long>(type: "bigint", nullable: true),
                    ClosedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_calls", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inbox",
                schema: "registration",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HandledAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox", x => new { x.EventId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "lost_link_requests",
                schema: "registration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    RequestedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lost_link_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "outbox",
                schema: "registration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: true),
                    TraceId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "bigint", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "text", nullable: true),
                    ProcessedAt = table.Column<long>(type: "bigint", nullable: true),
                    ClaimedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ClaimedUntil = table.Column<long>(type: "bigint", nullable: true),
                    ParkedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "applications",
                schema: "registration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CallId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    FirstName = table.Column<string>(type: "text", nullable: false),
                    LastName = table.Column<string>(type: "text", nullable: false),
                    Email = table.Column<string>(type: "text", nullable: true),
                    EmailKey = table.Column<string>(type: "text", nullable: true),
                    Phone = table.Column<string>(type: "text", nullable: true),
                    Organisation = table.Column<string>(type: "text", nullable: false),
                    OrganisationType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Siren = table.Column<string>(type: "text", nullable: true),
                    Siret = table.Column<string>(type: "text", nullable: true),
                    JobTitle = table.Column<string>(type: "text", nullable: false),
                    Sector = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Role = table.Column<string>(type: "text", nullable: false),
                    Motivation = table.Column<string>(type: "text", nullable: false),
                    Expectations = table.Column<string>(type: "text", nullable: true),
                    Topics = table.Column<List<string>>(type: "text[]", nullable: false),
                    PreferredFormat = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    AvailableForFirstMeeting = table.Column<bool>(type: "boolean", nullable: true),
                    ConsentToDirectory = table.Column<bool>(type: "boolean", nullable: false),
                    ConsentGivenAt = table.Column<long>(type: "bigint", nullable: false),
                    SearchText = table.Column<string>(type: "text", nullable: false),
                    EditTokenHash = table.Column<string>(type: "text", nullable: true),
                    SubmittedAt = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false),
                    WithdrawnAt = table.Column<long>(type: "bigint", nullable: true),
                    ErasedAt = table.Column<long>(type: "bigint", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    OutcomeAt = table.Column<long>(type: "bigint", nullable: true),
                    RetentionReason = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    RetentionFrom = table.Column<long>(type: "bigint", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    Place_CommuneCode = table.Column<string>(type: "text", nullable: false),
                    Place_CommuneName = table.Column<string>(type: "text", nullable: false),
                    Place_DepartmentCode = table.Column<string>(type: "text", nullable: false),
                    Place_DepartmentName = table.Column<string>(type: "text", nullable: false),
                    Place_EpciName = table.Column<string>(type: "text", nullable: true),
                    Place_EpciSiren = table.Column<string>(type: "text", nullable: true),
                    Place_Latitude = table.Column<double>(type: "double precision", nullable: false),
                    Place_Longitude = table.Column<double>(type: "double precision", nullable: false),
                    Place_Precision = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_applications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_applications_calls_CallId",
                        column: x => x.CallId,
                        principalSchema: "registration",
                        principalTable: "calls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "access_tokens",
                schema: "registration",
                columns: table => new
                {
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    IssuedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_access_tokens", x => x.TokenHash);
                    table.ForeignKey(
                        name: "FK_access_tokens_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalSchema: "registration",
                        principalTable: "applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_access_tokens_ApplicationId",
                schema: "registration",
                table: "access_tokens",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_applications_CallId_EmailKey",
                schema: "registration",
                table: "applications",
                columns: new[] { "CallId", "EmailKey" },
                unique: true,
                filter: "\"Status\" = 'Submitted'");

            migrationBuilder.CreateIndex(
                name: "IX_applications_CallId_Status_SubmittedAt",
                schema: "registration",
                table: "applications",
                columns: new[] { "CallId", "Status", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_applications_EmailKey",
                schema: "registration",
                table: "applications",
                column: "EmailKey");

            migrationBuilder.CreateIndex(
                name: "IX_applications_RetentionReason_RetentionFrom",
                schema: "registration",
                table: "applications",
                columns: new[] { "RetentionReason", "RetentionFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_calls_Status_OpensAt",
                schema: "registration",
                table: "calls",
                columns: new[] { "Status", "OpensAt" });

            migrationBuilder.CreateIndex(
                name: "IX_lost_link_requests_RequestedAt",
                schema: "registration",
                table: "lost_link_requests",
                column: "RequestedAt");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_ClaimedBy",
                schema: "registration",
                table: "outbox",
                column: "ClaimedBy");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_ProcessedAt_ParkedAt_NextAttemptAt",
                schema: "registration",
                table: "outbox",
                columns: new[] { "ProcessedAt", "ParkedAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_SubjectId_ProcessedAt_CreatedAt_Sequence",
                schema: "registration",
                table: "outbox",
                columns: new[] { "SubjectId", "ProcessedAt", "CreatedAt", "Sequence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "access_tokens",
                schema: "registration");

            migrationBuilder.DropTable(
                name: "inbox",
                schema: "registration");

            migrationBuilder.DropTable(
                name: "lost_link_requests",
                schema: "registration");

            migrationBuilder.DropTable(
                name: "outbox",
                schema: "registration");

            migrationBuilder.DropTable(
                name: "applications",
                schema: "registration");

            migrationBuilder.DropTable(
                name: "calls",
                schema: "registration");
        }
    }
}
