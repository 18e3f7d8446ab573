using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CapRural.Selection.Infrastructure.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class InitialPostgreSql : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "selection");

            migrationBuilder.CreateTable(
                name: "calls",
                schema: "selection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    WorkingGroupName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    TargetGroupSize = table.Column<int>(type: "integer", nullable: false),
                    Criteria = table.Column<string>(type: "text", nullable: false),
                    BlindReview = table.Column<bool>(type: "boolean", nullable: false),
                    PublishedAt = table.Column<long>(type: "bigint", nullable: true),
                    MaxPerDepartment = table.Column<int>(type: "integer", nullable: true),
                    MaxPerOrganisation = table.Column<int>(type: "integer", nullable: false),
                    GroupSize = table.Column<int>(type: "integer", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    MinSectorShare = table.Column<double>(type: "double precision", nullable: false),
                    ClosesAt = table.Column<long>(type: "bigint", nullable: true),
                    FirstMeetingOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ConfirmationDays = table.Column<int>(type: "integer", nullable: false, defaultValue: 10)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_calls", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "candidates",
                schema: "selection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    CallId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    FirstName = table.Column<string>(type: "text", nullable: false),
                    LastName = table.Column<string>(type: "text", nullable: false),
                    Email = table.Column<string>(type: "text", nullable: true),
                    Phone = table.Column<string>(type: "text", nullable: true),
                    Organisation = table.Column<string>(type: "text", nullable: false),
                    OrganisationType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    OrganisationSiren = table.Column<string>(type: "text", nullable: true),
                    OrganisationGroup = table.Column<string>(type: "text", nullable: true),
                    JobTitle = table.Column<string>(type: "text", nullable: false),
                    Sector = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Role = table.Column<string>(type: "text", nullable: false),
                    CommuneCode = table.Column<string>(type: "text", nullable: false),
                    CommuneName = table.Column<string>(type: "text", nullable: false),
                    DepartmentCode = table.Column<string>(type: "text", nullable: false),
                    EpciSiren = table.Column<string>(type: "text", nullable: true),
                    EpciName = table.Column<string>(type: "text", nullable: true),
                    Latitude = table.Column<double>(type: "double precision", nullable: false),
                    Longitude = table.Column<double>(type: "double precision", nullable: false),
                    LocationPrecision = table.Column<string>(type: "text", nullable: false),
                    Motivation = table.Column<string>(type: "text", nullable: false),
                    Expectations = table.Column<string>(type: "text", nullable: true),
                    Topics = table.Column<List<string>>(type: "text[]", nullable: false),
                    Redactions = table.Column<List<string>>(type: "text[]", nullable: false),
                    ConsentToDirectory = table.Column<bool>(type: "boolean", nullable: false),
                    SubmittedAt = table.Column<long>(type: "bigint", nullable: false),
                    Decision = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    DecidedManually = table.Column<bool>(type: "boolean", nullable: false),
                    ResponseDueAt = table.Column<long>(type: "bigint", nullable: true),
                    LapsedAt = table.Column<long>(type: "bigint", nullable: true),
                    PublishedDecision = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    ConfirmationTokenHash = table.Column<string>(type: "text", nullable: true),
                    Response = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    SuggestedReplacementId = table.Column<Guid>(type: "uuid", nullable: true),
                    DecidedAt = table.Column<long>(type: "bigint", nullable: true),
                    NotifiedAt = table.Column<long>(type: "bigint", nullable: true),
                    RespondedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_candidates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inbox",
                schema: "selection",
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
                name: "outbox",
                schema: "selection",
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
                name: "reviewer_assignments",
                schema: "selection",
                columns: table => new
                {
                    CallId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApiKeyId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssignedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reviewer_assignments", x => new { x.CallId, x.ApiKeyId });
                });

            migrationBuilder.CreateTable(
                name: "selection_records",
                schema: "selection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CallId = table.Column<Guid>(type: "uuid", nullable: false),
                    AppliedAt = table.Column<long>(type: "bigint", nullable: false),
                    SolverVersion = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Constraints = table.Column<string>(type: "text", nullable: false),
                    Snapshot = table.Column<string>(type: "text", nullable: false),
                    SnapshotHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Accepted = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    Waitlist = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    TotalScore = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_selection_records", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reviews",
                schema: "selection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CallId = table.Column<Guid>(type: "uuid", nullable: false),
                    CandidateId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewerKeyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Scores = table.Column<string>(type: "text", nullable: false),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Recused = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reviews_candidates_CandidateId",
                        column: x => x.CandidateId,
                        principalSchema: "selection",
                        principalTable: "candidates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_candidates_ApplicationId",
                schema: "selection",
                table: "candidates",
                column: "ApplicationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_candidates_CallId_Status",
                schema: "selection",
                table: "candidates",
                columns: new[] { "CallId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_candidates_ConfirmationTokenHash",
                schema: "selection",
                table: "candidates",
                column: "ConfirmationTokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_ClaimedBy",
                schema: "selection",
                table: "outbox",
                column: "ClaimedBy");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_ProcessedAt_ParkedAt_NextAttemptAt",
                schema: "selection",
                table: "outbox",
                columns: new[] { "ProcessedAt", "ParkedAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_SubjectId_ProcessedAt_CreatedAt_Sequence",
                schema: "selection",
                table: "outbox",
                columns: new[] { "SubjectId", "ProcessedAt", "CreatedAt", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_reviews_CallId",
                schema: "selection",
                table: "reviews",
                column: "CallId");

            migrationBuilder.CreateIndex(
                name: "IX_reviews_CandidateId_ReviewerKeyId",
                schema: "selection",
                table: "reviews",
                columns: new[] { "CandidateId", "ReviewerKeyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_selection_records_CallId_AppliedAt",
                schema: "selection",
                table: "selection_records",
                columns: new[] { "CallId", "AppliedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "calls",
                schema: "selection");

            migrationBuilder.DropTable(
                name: "inbox",
                schema: "selection");

            migrationBuilder.DropTable(
                name: "outbox",
                schema: "selection");

            migrationBuilder.DropTable(
                name: "reviewer_assignments",
                schema: "selection");

            migrationBuilder.DropTable(
                name: "reviews",
                schema: "selection");

            migrationBuilder.DropTable(
                name: "selection_records",
                schema: "selection");

            migrationBuilder.DropTable(
                name: "candidates",
                schema: "selection");
        }
    }
}
