using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CapRural.Knowledge.Infrastructure.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class InitialPostgreSql : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "knowledge");

            migrationBuilder.CreateTable(
                name: "experience_reports",
                schema: "knowledge",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    GroupId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false),
                    PublishAuthorName = table.Column<bool>(type: "boolean", nullable: false),
                    PublishedAuthor = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Body = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: false),
                    Themes = table.Column<List<string>>(type: "text[]", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RejectionReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SheetId = table.Column<Guid>(type: "uuid", nullable: true),
                    SubmittedAt = table.Column<long>(type: "bigint", nullable: false),
                    DecidedAt = table.Column<long>(type: "bigint", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_experience_reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inbox",
                schema: "knowledge",
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
                name: "meeting_notes",
                schema: "knowledge",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    GroupId = table.Column<Guid>(type: "uuid", nullable: false),
                    GroupName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    StartsAtUtc = table.Column<long>(type: "bigint", nullable: false),
                    Minutes = table.Column<string>(type: "text", nullable: false),
                    Themes = table.Column<List<string>>(type: "text[]", nullable: false),
                    AttendeeCount = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SheetId = table.Column<Guid>(type: "uuid", nullable: true),
                    MinutesAt = table.Column<long>(type: "bigint", nullable: false),
                    ReceivedAt = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meeting_notes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "member_tokens",
                schema: "knowledge",
                columns: table => new
                {
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    GroupId = table.Column<Guid>(type: "uuid", nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_member_tokens", x => x.MemberId);
                });

            migrationBuilder.CreateTable(
                name: "members",
                schema: "knowledge",
                columns: table => new
                {
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    CandidateId = table.Column<Guid>(type: "uuid", nullable: false),
                    CallId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false),
                    Email = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Organisation = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Role = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Sector = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DepartmentCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    EpciName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Topics = table.Column<List<string>>(type: "text[]", nullable: false),
                    TopicKeys = table.Column<List<string>>(type: "text[]", nullable: false),
                    HasProfile = table.Column<bool>(type: "boolean", nullable: false),
                    ApplicationConsent = table.Column<bool>(type: "boolean", nullable: false),
                    OwnDirectoryChoice = table.Column<bool>(type: "boolean", nullable: true),
                    LeftAt = table.Column<long>(type: "bigint", nullable: true),
                    Erased = table.Column<bool>(type: "boolean", nullable: false),
                    ListedInDirectory = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_members", x => x.ApplicationId);
                });

            migrationBuilder.CreateTable(
                name: "method_sheets",
                schema: "knowledge",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Slug = table.Column<string>(type: "character varying(88)", maxLength: 88, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Body = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: false),
                    Themes = table.Column<List<string>>(type: "text[]", nullable: false),
                    Authors = table.Column<List<string>>(type: "text[]", nullable: false),
                    Licence = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    SourceMeetingId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PublishedRevision = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    EditedAt = table.Column<long>(type: "bigint", nullable: false),
                    FirstPublishedAt = table.Column<long>(type: "bigint", nullable: true),
                    ArchivedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_method_sheets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "outbox",
                schema: "knowledge",
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
                name: "method_sheet_revisions",
                schema: "knowledge",
                columns: table => new
                {
                    SheetId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Slug = table.Column<string>(type: "character varying(88)", maxLength: 88, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Body = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: false),
                    Themes = table.Column<List<string>>(type: "text[]", nullable: false),
                    Authors = table.Column<List<string>>(type: "text[]", nullable: false),
                    Licence = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    PublishedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_method_sheet_revisions", x => new { x.SheetId, x.Number });
                    table.ForeignKey(
                        name: "FK_method_sheet_revisions_method_sheets_SheetId",
                        column: x => x.SheetId,
                        principalSchema: "knowledge",
                        principalTable: "method_sheets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "public_method_sheets",
                schema: "knowledge",
                columns: table => new
                {
                    SheetId = table.Column<Guid>(type: "uuid", nullable: false),
                    Slug = table.Column<string>(type: "character varying(88)", maxLength: 88, nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    Html = table.Column<string>(type: "text", nullable: false),
                    Themes = table.Column<List<string>>(type: "text[]", nullable: false),
                    ThemeKeys = table.Column<List<string>>(type: "text[]", nullable: false),
                    Authors = table.Column<List<string>>(type: "text[]", nullable: false),
                    Licence = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    SearchText = table.Column<string>(type: "text", nullable: false),
                    PublishedAt = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false),
                    Deleted = table.Column<bool>(type: "boolean", nullable: false),
                    Amendments = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_public_method_sheets", x => x.SheetId);
                    table.ForeignKey(
                        name: "FK_public_method_sheets_method_sheets_SheetId",
                        column: x => x.SheetId,
                        principalSchema: "knowledge",
                        principalTable: "method_sheets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_experience_reports_ApplicationId",
                schema: "knowledge",
                table: "experience_reports",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_experience_reports_Status_SubmittedAt",
                schema: "knowledge",
                table: "experience_reports",
                columns: new[] { "Status", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_meeting_notes_MeetingId",
                schema: "knowledge",
                table: "meeting_notes",
                column: "MeetingId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_meeting_notes_Status_StartsAtUtc",
                schema: "knowledge",
                table: "meeting_notes",
                columns: new[] { "Status", "StartsAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_member_tokens_ApplicationId",
                schema: "knowledge",
                table: "member_tokens",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_member_tokens_TokenHash",
                schema: "knowledge",
                table: "member_tokens",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_members_ListedInDirectory_Name",
                schema: "knowledge",
                table: "members",
                columns: new[] { "ListedInDirectory", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_method_sheets_Slug",
                schema: "knowledge",
                table: "method_sheets",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_method_sheets_Status_EditedAt",
                schema: "knowledge",
                table: "method_sheets",
                columns: new[] { "Status", "EditedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_ClaimedBy",
                schema: "knowledge",
                table: "outbox",
                column: "ClaimedBy");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_ProcessedAt_ParkedAt_NextAttemptAt",
                schema: "knowledge",
                table: "outbox",
                columns: new[] { "ProcessedAt", "ParkedAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_SubjectId_ProcessedAt_CreatedAt_Sequence",
                schema: "knowledge",
                table: "outbox",
                columns: new[] { "SubjectId", "ProcessedAt", "CreatedAt", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_public_method_sheets_Deleted_UpdatedAt_SheetId",
                schema: "knowledge",
                table: "public_method_sheets",
                columns: new[] { "Deleted", "UpdatedAt", "SheetId" });

            migrationBuilder.CreateIndex(
                name: "IX_public_method_sheets_Slug",
                schema: "knowledge",
                table: "public_method_sheets",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_public_method_sheets_UpdatedAt_SheetId",
                schema: "knowledge",
                table: "public_method_sheets",
                columns: new[] { "UpdatedAt", "SheetId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "experience_reports",
                schema: "knowledge");

            migrationBuilder.DropTable(
                name: "inbox",
                schema: "knowledge");

            migrationBuilder.DropTable(
                name: "meeting_notes",
                schema: "knowledge");

            migrationBuilder.DropTable(
                name: "member_tokens",
                schema: "knowledge");

            migrationBuilder.DropTable(
                name: "members",
                schema: "knowledge");

            migrationBuilder.DropTable(
                name: "method_sheet_revisions",
                schema: "knowledge");

            migrationBuilder.DropTable(
                name: "outbox",
                schema: "knowledge");

            migrationBuilder.DropTable(
                name: "public_method_sheets",
                schema: "knowledge");

            migrationBuilder.DropTable(
                name: "method_sheets",
                schema: "knowledge");
        }
    }
}
